from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SendChatRequest")


@_attrs_define
class SendChatRequest:
    """The body `POST /webcast/chat` takes: send a chat message to a live room."""

    content: str
    """ The chat message. """
    session_id: str
    """ Cookie - The account session ID from TikTok web """
    tt_target_idc: str
    """ Cookie - TikTok "Identity Data Center" which links a session_id to a region """
    room_id: str
    """ The room to send the message to. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        session_id = self.session_id

        tt_target_idc = self.tt_target_idc

        room_id = self.room_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "sessionId": session_id,
                "ttTargetIdc": tt_target_idc,
                "roomId": room_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        content = d.pop("content")

        session_id = d.pop("sessionId")

        tt_target_idc = d.pop("ttTargetIdc")

        room_id = d.pop("roomId")

        send_chat_request = cls(
            content=content,
            session_id=session_id,
            tt_target_idc=tt_target_idc,
            room_id=room_id,
        )

        send_chat_request.additional_properties = d
        return send_chat_request

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
