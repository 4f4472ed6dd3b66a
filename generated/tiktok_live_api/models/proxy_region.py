from typing import Literal

ProxyRegion = Literal["DE", "ES", "FR", "GB", "PL"]

PROXY_REGION_VALUES: set[ProxyRegion] = {
    "DE",
    "ES",
    "FR",
    "GB",
    "PL",
}


def check_proxy_region(value: str) -> ProxyRegion:
    if value in PROXY_REGION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROXY_REGION_VALUES!r}"
    )
