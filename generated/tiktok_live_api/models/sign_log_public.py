from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SignLogPublic")


@_attrs_define
class SignLogPublic:
    id: str
    ts: datetime.datetime
    code: int
    client: str
    ip: str
    api_key_id: int
    user_agent: str
    agent_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        ts = self.ts.isoformat()

        code = self.code

        client = self.client

        ip = self.ip

        api_key_id = self.api_key_id

        user_agent = self.user_agent

        agent_id = self.agent_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "ts": ts,
                "code": code,
                "client": client,
                "ip": ip,
                "api_key_id": api_key_id,
                "user_agent": user_agent,
                "agent_id": agent_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        ts = datetime.datetime.fromisoformat(d.pop("ts"))

        code = d.pop("code")

        client = d.pop("client")

        ip = d.pop("ip")

        api_key_id = d.pop("api_key_id")

        user_agent = d.pop("user_agent")

        agent_id = d.pop("agent_id")

        sign_log_public = cls(
            id=id,
            ts=ts,
            code=code,
            client=client,
            ip=ip,
            api_key_id=api_key_id,
            user_agent=user_agent,
            agent_id=agent_id,
        )

        sign_log_public.additional_properties = d
        return sign_log_public

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
