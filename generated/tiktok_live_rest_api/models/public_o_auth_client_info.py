from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.o_auth_client_mode import OAuthClientMode, check_o_auth_client_mode
from ..models.o_auth_scope import OAuthScope, check_o_auth_scope

T = TypeVar("T", bound="PublicOAuthClientInfo")


@_attrs_define
class PublicOAuthClientInfo:
    client_id: str
    name: str
    description: None | str
    redirect_uris: list[str]
    supported_scopes: list[OAuthScope]
    theme: None | str
    mode: None | OAuthClientMode
    logo: None | str
    animated_background: bool
    """ Whether the consent screen shows the animated background """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        name = self.name

        description: None | str
        description = self.description

        redirect_uris = self.redirect_uris

        supported_scopes = []
        for supported_scopes_item_data in self.supported_scopes:
            supported_scopes_item: str = supported_scopes_item_data
            supported_scopes.append(supported_scopes_item)

        theme: None | str
        theme = self.theme

        mode: None | str
        if isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        logo: None | str
        logo = self.logo

        animated_background = self.animated_background

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "name": name,
                "description": description,
                "redirect_uris": redirect_uris,
                "supported_scopes": supported_scopes,
                "theme": theme,
                "mode": mode,
                "logo": logo,
                "animated_background": animated_background,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        name = d.pop("name")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        redirect_uris = cast(list[str], d.pop("redirect_uris"))

        supported_scopes = []
        _supported_scopes = d.pop("supported_scopes")
        for supported_scopes_item_data in _supported_scopes:
            supported_scopes_item = check_o_auth_scope(supported_scopes_item_data)

            supported_scopes.append(supported_scopes_item)

        def _parse_theme(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        theme = _parse_theme(d.pop("theme"))

        def _parse_mode(data: object) -> None | OAuthClientMode:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_1 = check_o_auth_client_mode(data)

                return mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OAuthClientMode, data)

        mode = _parse_mode(d.pop("mode"))

        def _parse_logo(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo = _parse_logo(d.pop("logo"))

        animated_background = d.pop("animated_background")

        public_o_auth_client_info = cls(
            client_id=client_id,
            name=name,
            description=description,
            redirect_uris=redirect_uris,
            supported_scopes=supported_scopes,
            theme=theme,
            mode=mode,
            logo=logo,
            animated_background=animated_background,
        )

        public_o_auth_client_info.additional_properties = d
        return public_o_auth_client_info

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
