from typing import Literal

EarningsPeriod = Literal["daily"]

EARNINGS_PERIOD_VALUES: set[EarningsPeriod] = {
    "daily",
}


def check_earnings_period(value: str) -> EarningsPeriod:
    if value in EARNINGS_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EARNINGS_PERIOD_VALUES!r}"
    )
