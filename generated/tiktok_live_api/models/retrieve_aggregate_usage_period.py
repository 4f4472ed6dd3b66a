from typing import Literal

RetrieveAggregateUsagePeriod = Literal["day", "hour"]

RETRIEVE_AGGREGATE_USAGE_PERIOD_VALUES: set[RetrieveAggregateUsagePeriod] = {
    "day",
    "hour",
}


def check_retrieve_aggregate_usage_period(value: str) -> RetrieveAggregateUsagePeriod:
    if value in RETRIEVE_AGGREGATE_USAGE_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETRIEVE_AGGREGATE_USAGE_PERIOD_VALUES!r}"
    )
