from typing import Literal

RoomResolutionReason = Literal["no_live_profile"]

ROOM_RESOLUTION_REASON_VALUES: set[RoomResolutionReason] = {
    "no_live_profile",
}


def check_room_resolution_reason(value: str) -> RoomResolutionReason:
    if value in ROOM_RESOLUTION_REASON_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROOM_RESOLUTION_REASON_VALUES!r}"
    )
