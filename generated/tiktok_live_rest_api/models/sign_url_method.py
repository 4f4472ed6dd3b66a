from typing import Literal

SignUrlMethod = Literal["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"]

SIGN_URL_METHOD_VALUES: set[SignUrlMethod] = {
    "DELETE",
    "GET",
    "HEAD",
    "OPTIONS",
    "PATCH",
    "POST",
    "PUT",
}


def check_sign_url_method(value: str) -> SignUrlMethod:
    if value in SIGN_URL_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SIGN_URL_METHOD_VALUES!r}"
    )
