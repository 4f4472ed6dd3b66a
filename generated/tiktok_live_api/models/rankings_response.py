from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.feed_region import FeedRegion, check_feed_region
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.rankings import Rankings


T = TypeVar("T", bound="RankingsResponse")


@_attrs_define
class RankingsResponse:
    """What `GET /webcast/rankings` answers: read the live rankings of a region."""

    code: int
    region: FeedRegion
    message: str | Unset = UNSET
    response: Rankings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        region: str = self.region

        message = self.message

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "region": region,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.rankings import Rankings

        d = dict(src_dict)
        code = d.pop("code")

        region = check_feed_region(d.pop("region"))

        message = d.pop("message", UNSET)

        _response = d.pop("response", UNSET)
        response: Rankings | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = Rankings.from_dict(_response)

        rankings_response = cls(
            code=code,
            region=region,
            message=message,
            response=response,
        )

        rankings_response.additional_properties = d
        return rankings_response

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
