from typing import Literal

UserEarningsEarningsEstimateCurrencyType1 = Literal["USD"]

USER_EARNINGS_EARNINGS_ESTIMATE_CURRENCY_TYPE_1_VALUES: set[
    UserEarningsEarningsEstimateCurrencyType1
] = {
    "USD",
}


def check_user_earnings_earnings_estimate_currency_type_1(
    value: str,
) -> UserEarningsEarningsEstimateCurrencyType1:
    if value in USER_EARNINGS_EARNINGS_ESTIMATE_CURRENCY_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_EARNINGS_EARNINGS_ESTIMATE_CURRENCY_TYPE_1_VALUES!r}"
    )
