from typing import Literal

SignUrlType = Literal["fetch", "xhr"]

SIGN_URL_TYPE_VALUES: set[SignUrlType] = {
    "fetch",
    "xhr",
}


def check_sign_url_type(value: str) -> SignUrlType:
    if value in SIGN_URL_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_URL_TYPE_VALUES!r}"
    )
