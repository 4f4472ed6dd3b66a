from typing import Literal

RevokeRequestBodyTokenTypeHint = Literal["access_token", "refresh_token"]

REVOKE_REQUEST_BODY_TOKEN_TYPE_HINT_VALUES: set[RevokeRequestBodyTokenTypeHint] = {
    "access_token",
    "refresh_token",
}


def check_revoke_request_body_token_type_hint(
    value: str,
) -> RevokeRequestBodyTokenTypeHint:
    if value in REVOKE_REQUEST_BODY_TOKEN_TYPE_HINT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REVOKE_REQUEST_BODY_TOKEN_TYPE_HINT_VALUES!r}"
    )
