from typing import Literal

PeerRole = Literal["enterprise", "public", "staging"]

PEER_ROLE_VALUES: set[PeerRole] = {
    "enterprise",
    "public",
    "staging",
}


def check_peer_role(value: str) -> PeerRole:
    if value in PEER_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PEER_ROLE_VALUES!r}")
