from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.jwt_config import JWTConfig


T = TypeVar("T", bound="CreateJWTResponse")


@_attrs_define
class CreateJWTResponse:
    """What `POST /accounts/{account_id}/jwt/create` answers: create a JWT carrying an API key's limits."""

    code: int
    message: str | Unset = UNSET
    token: str | Unset = UNSET
    config: JWTConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        token = self.token

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if token is not UNSET:
            field_dict["token"] = token
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.jwt_config import JWTConfig

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message", UNSET)

        token = d.pop("token", UNSET)

        _config = d.pop("config", UNSET)
        config: JWTConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = JWTConfig.from_dict(_config)

        create_jwt_response = cls(
            code=code,
            message=message,
            token=token,
            config=config,
        )

        create_jwt_response.additional_properties = d
        return create_jwt_response

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
