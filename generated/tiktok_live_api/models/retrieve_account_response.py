from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_with_permissions_safe import AccountWithPermissionsSafe


T = TypeVar("T", bound="RetrieveAccountResponse")


@_attrs_define
class RetrieveAccountResponse:
    """What `GET /accounts/me` answers: read the calling account."""

    code: int
    message: str | Unset = UNSET
    account: AccountWithPermissionsSafe | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_with_permissions_safe import AccountWithPermissionsSafe

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message", UNSET)

        _account = d.pop("account", UNSET)
        account: AccountWithPermissionsSafe | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = AccountWithPermissionsSafe.from_dict(_account)

        retrieve_account_response = cls(
            code=code,
            message=message,
            account=account,
        )

        retrieve_account_response.additional_properties = d
        return retrieve_account_response

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
