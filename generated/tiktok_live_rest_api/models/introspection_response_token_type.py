from typing import Literal

IntrospectionResponseTokenType = Literal["Bearer"]

INTROSPECTION_RESPONSE_TOKEN_TYPE_VALUES: set[IntrospectionResponseTokenType] = {
    "Bearer",
}


def check_introspection_response_token_type(
    value: str,
) -> IntrospectionResponseTokenType:
    if value in INTROSPECTION_RESPONSE_TOKEN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INTROSPECTION_RESPONSE_TOKEN_TYPE_VALUES!r}"
    )
