from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tik_tok_catalog_user import TikTokCatalogUser


T = TypeVar("T", bound="SearchTikTokUsersCatalogResponse")


@_attrs_define
class SearchTikTokUsersCatalogResponse:
    """What `POST /tiktok/users/catalog/search` answers: search the TikTok users catalog."""

    code: int
    users: list[TikTokCatalogUser]
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "users": users,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tik_tok_catalog_user import TikTokCatalogUser

        d = dict(src_dict)
        code = d.pop("code")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = TikTokCatalogUser.from_dict(users_item_data)

            users.append(users_item)

        message = d.pop("message", UNSET)

        search_tik_tok_users_catalog_response = cls(
            code=code,
            users=users,
            message=message,
        )

        search_tik_tok_users_catalog_response.additional_properties = d
        return search_tik_tok_users_catalog_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
