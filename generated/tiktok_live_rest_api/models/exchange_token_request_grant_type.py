from typing import Literal

ExchangeTokenRequestGrantType = Literal["authorization_code", "refresh_token"]

EXCHANGE_TOKEN_REQUEST_GRANT_TYPE_VALUES: set[ExchangeTokenRequestGrantType] = {
    "authorization_code",
    "refresh_token",
}


def check_exchange_token_request_grant_type(
    value: str,
) -> ExchangeTokenRequestGrantType:
    if value in EXCHANGE_TOKEN_REQUEST_GRANT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXCHANGE_TOKEN_REQUEST_GRANT_TYPE_VALUES!r}"
    )
