from typing import Literal

OAuthClientMode = Literal["auto", "dark", "light"]

O_AUTH_CLIENT_MODE_VALUES: set[OAuthClientMode] = {
    "auto",
    "dark",
    "light",
}


def check_o_auth_client_mode(value: str) -> OAuthClientMode:
    if value in O_AUTH_CLIENT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {O_AUTH_CLIENT_MODE_VALUES!r}"
    )
