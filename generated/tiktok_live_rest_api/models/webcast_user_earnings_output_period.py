from typing import Literal

WebcastUserEarningsOutputPeriod = Literal["daily"]

WEBCAST_USER_EARNINGS_OUTPUT_PERIOD_VALUES: set[WebcastUserEarningsOutputPeriod] = {
    "daily",
}


def check_webcast_user_earnings_output_period(
    value: str,
) -> WebcastUserEarningsOutputPeriod:
    if value in WEBCAST_USER_EARNINGS_OUTPUT_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBCAST_USER_EARNINGS_OUTPUT_PERIOD_VALUES!r}"
    )
