from typing import Literal

StableStreamQuality = Literal[
    "AUDIO_ONLY",
    "AUTO",
    "HD",
    "HD_60",
    "LD",
    "ORIGIN",
    "SD",
    "UHD",
    "UHD_60",
    "UNKNOWN",
]

STABLE_STREAM_QUALITY_VALUES: set[StableStreamQuality] = {
    "AUDIO_ONLY",
    "AUTO",
    "HD",
    "HD_60",
    "LD",
    "ORIGIN",
    "SD",
    "UHD",
    "UHD_60",
    "UNKNOWN",
}


def check_stable_stream_quality(value: str) -> StableStreamQuality:
    if value in STABLE_STREAM_QUALITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STABLE_STREAM_QUALITY_VALUES!r}"
    )
