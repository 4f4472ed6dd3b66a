from typing import Literal

IntrospectRequestBodyTokenTypeHint = Literal["access_token", "refresh_token"]

INTROSPECT_REQUEST_BODY_TOKEN_TYPE_HINT_VALUES: set[
    IntrospectRequestBodyTokenTypeHint
] = {
    "access_token",
    "refresh_token",
}


def check_introspect_request_body_token_type_hint(
    value: str,
) -> IntrospectRequestBodyTokenTypeHint:
    if value in INTROSPECT_REQUEST_BODY_TOKEN_TYPE_HINT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INTROSPECT_REQUEST_BODY_TOKEN_TYPE_HINT_VALUES!r}"
    )
