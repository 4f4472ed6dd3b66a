from typing import Literal

StreamType = Literal["flv_ld", "flv_sd", "hls_ld", "hls_sd"]

STREAM_TYPE_VALUES: set[StreamType] = {
    "flv_ld",
    "flv_sd",
    "hls_ld",
    "hls_sd",
}


def check_stream_type(value: str) -> StreamType:
    if value in STREAM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STREAM_TYPE_VALUES!r}"
    )
