from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RetrieveWebSocketsRouteResponse")


@_attrs_define
class RetrieveWebSocketsRouteResponse:
    """What `GET /webcast/websockets/{account_id}` answers: list an account's connected WebSockets."""

    code: int
    message: str | Unset = UNSET
    web_socket_ids: list[str] | Unset = UNSET
    connections: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        web_socket_ids: list[str] | Unset = UNSET
        if not isinstance(self.web_socket_ids, Unset):
            web_socket_ids = self.web_socket_ids

        connections = self.connections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if web_socket_ids is not UNSET:
            field_dict["webSocketIds"] = web_socket_ids
        if connections is not UNSET:
            field_dict["connections"] = connections

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message", UNSET)

        web_socket_ids = cast(list[str], d.pop("webSocketIds", UNSET))

        connections = d.pop("connections", UNSET)

        retrieve_web_sockets_route_response = cls(
            code=code,
            message=message,
            web_socket_ids=web_socket_ids,
            connections=connections,
        )

        retrieve_web_sockets_route_response.additional_properties = d
        return retrieve_web_sockets_route_response

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
