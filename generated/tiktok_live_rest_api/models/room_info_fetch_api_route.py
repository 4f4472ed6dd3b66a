from typing import Literal

RoomInfoFetchApiRoute = Literal[
    "ALERTS", "CACHE", "GET_INFO_BY_ROOM_ID", "HTML", "PRELOAD_ROOM", "ROOM_INFO_BY_ID"
]

ROOM_INFO_FETCH_API_ROUTE_VALUES: set[RoomInfoFetchApiRoute] = {
    "ALERTS",
    "CACHE",
    "GET_INFO_BY_ROOM_ID",
    "HTML",
    "PRELOAD_ROOM",
    "ROOM_INFO_BY_ID",
}


def check_room_info_fetch_api_route(value: str) -> RoomInfoFetchApiRoute:
    if value in ROOM_INFO_FETCH_API_ROUTE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROOM_INFO_FETCH_API_ROUTE_VALUES!r}"
    )
