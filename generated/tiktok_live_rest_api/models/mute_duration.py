from typing import Literal

MuteDuration = Literal[-1, 5, 30, 60, 300]

MUTE_DURATION_VALUES: set[MuteDuration] = {
    -1,
    5,
    30,
    60,
    300,
}


def check_mute_duration(value: int) -> MuteDuration:
    if value in MUTE_DURATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MUTE_DURATION_VALUES!r}"
    )
