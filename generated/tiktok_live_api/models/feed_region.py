from typing import Literal

FeedRegion = Literal[
    "AR",
    "AU",
    "BE",
    "BR",
    "CA",
    "CL",
    "CO",
    "DE",
    "ES",
    "FR",
    "GB",
    "IT",
    "JP",
    "KR",
    "MX",
    "PE",
    "PL",
    "RO",
    "SG",
    "US",
]

FEED_REGION_VALUES: set[FeedRegion] = {
    "AR",
    "AU",
    "BE",
    "BR",
    "CA",
    "CL",
    "CO",
    "DE",
    "ES",
    "FR",
    "GB",
    "IT",
    "JP",
    "KR",
    "MX",
    "PE",
    "PL",
    "RO",
    "SG",
    "US",
}


def check_feed_region(value: str) -> FeedRegion:
    if value in FEED_REGION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FEED_REGION_VALUES!r}"
    )
