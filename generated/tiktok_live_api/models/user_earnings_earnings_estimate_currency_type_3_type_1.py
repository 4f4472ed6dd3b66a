from typing import Literal

UserEarningsEarningsEstimateCurrencyType3Type1 = Literal["USD"]

USER_EARNINGS_EARNINGS_ESTIMATE_CURRENCY_TYPE_3_TYPE_1_VALUES: set[
    UserEarningsEarningsEstimateCurrencyType3Type1
] = {
    "USD",
}


def check_user_earnings_earnings_estimate_currency_type_3_type_1(
    value: str,
) -> UserEarningsEarningsEstimateCurrencyType3Type1:
    if value in USER_EARNINGS_EARNINGS_ESTIMATE_CURRENCY_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_EARNINGS_EARNINGS_ESTIMATE_CURRENCY_TYPE_3_TYPE_1_VALUES!r}"
    )
