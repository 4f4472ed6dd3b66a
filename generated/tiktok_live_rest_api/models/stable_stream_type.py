from typing import Literal

StableStreamType = Literal["FLV", "HLS"]

STABLE_STREAM_TYPE_VALUES: set[StableStreamType] = {
    "FLV",
    "HLS",
}


def check_stable_stream_type(value: str) -> StableStreamType:
    if value in STABLE_STREAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_STREAM_TYPE_VALUES!r}"
    )
