from typing import Literal

AccountScopes = Literal[
    -1, 0, 1, 3, 6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22
]

ACCOUNT_SCOPES_VALUES: set[AccountScopes] = {
    -1,
    0,
    1,
    3,
    6,
    7,
    8,
    10,
    11,
    12,
    13,
    14,
    15,
    16,
    17,
    18,
    19,
    20,
    22,
}


def check_account_scopes(value: int) -> AccountScopes:
    if value in ACCOUNT_SCOPES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACCOUNT_SCOPES_VALUES!r}"
    )
