from typing import Literal

StableWebcastUserEarningsOutputEarningsEstimateCurrency = Literal["USD"]

STABLE_WEBCAST_USER_EARNINGS_OUTPUT_EARNINGS_ESTIMATE_CURRENCY_VALUES: set[
    StableWebcastUserEarningsOutputEarningsEstimateCurrency
] = {
    "USD",
}


def check_stable_webcast_user_earnings_output_earnings_estimate_currency(
    value: str,
) -> StableWebcastUserEarningsOutputEarningsEstimateCurrency:
    if value in STABLE_WEBCAST_USER_EARNINGS_OUTPUT_EARNINGS_ESTIMATE_CURRENCY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_WEBCAST_USER_EARNINGS_OUTPUT_EARNINGS_ESTIMATE_CURRENCY_VALUES!r}"
    )
