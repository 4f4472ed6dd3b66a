from typing import Literal

WebcastFetchPlatform = Literal["mobile", "web"]

WEBCAST_FETCH_PLATFORM_VALUES: set[WebcastFetchPlatform] = {
    "mobile",
    "web",
}


def check_webcast_fetch_platform(value: str) -> WebcastFetchPlatform:
    if value in WEBCAST_FETCH_PLATFORM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBCAST_FETCH_PLATFORM_VALUES!r}"
    )
