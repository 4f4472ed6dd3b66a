from typing import Literal

PeerPresenceType = Literal["agent", "api"]

PEER_PRESENCE_TYPE_VALUES: set[PeerPresenceType] = {
    "agent",
    "api",
}


def check_peer_presence_type(value: str) -> PeerPresenceType:
    if value in PEER_PRESENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PEER_PRESENCE_TYPE_VALUES!r}"
    )
