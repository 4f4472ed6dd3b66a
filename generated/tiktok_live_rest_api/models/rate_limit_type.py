from typing import Literal

RateLimitType = Literal["ALERTS", "CATALOG", "RANKINGS", "RATE_LIMITS", "WEBCAST"]

RATE_LIMIT_TYPE_VALUES: set[RateLimitType] = {
    "ALERTS",
    "CATALOG",
    "RANKINGS",
    "RATE_LIMITS",
    "WEBCAST",
}


def check_rate_limit_type(value: str) -> RateLimitType:
    if value in RATE_LIMIT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RATE_LIMIT_TYPE_VALUES!r}"
    )
