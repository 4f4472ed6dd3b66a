"""A process's share of a key's limits: what a `RedisBudget` on its fallback lets its own process use, for
requests (`LocalBudget`) and live-events connections (`LocalSlots`) alike; and the live-connection settings both
check (here, so that a budget checks them without loading `_slots.py`)."""

from __future__ import annotations

import math

DEFAULT_LIVE_CONNECTIONS = 25  # the Community plan's, the smallest published
DEFAULT_LIVE_LEASE = 30.0


def check_share(fraction: object) -> float:
    if not isinstance(fraction, int | float) or isinstance(fraction, bool):
        raise TypeError(f"share must be a number, not {type(fraction).__name__}")
    if not (math.isfinite(fraction) and 0 < fraction <= 1):
        raise ValueError(f"share must be more than 0 and at most 1 (a fraction of each limit), got {fraction}")
    return float(fraction)


def scaled(count: int, share: float) -> int:
    """This process's part of `count` when it may use `share` of it: rounded down, at least 1 of a non-empty count."""
    if share >= 1.0 or count <= 0:
        return count
    return max(math.floor(count * share + 1e-9), 1)


def check_slot_settings(live_connections: object, live_lease: object) -> None:
    if isinstance(live_connections, bool) or not isinstance(live_connections, int):
        raise TypeError(f"live_connections must be an int, not {type(live_connections).__name__}")
    if live_connections < 1:
        raise ValueError(f"live_connections must be 1 or more (connections per account), got {live_connections}")
    if isinstance(live_lease, bool) or not isinstance(live_lease, int | float):
        raise TypeError(f"live_lease must be a number of seconds, not {type(live_lease).__name__}")
    if not (math.isfinite(live_lease) and live_lease > 0):
        raise ValueError(f"live_lease must be a positive number of seconds, got {live_lease}")


class Shares:
    """A share for every key (`default`), and the keys with one of their own. Not locked: its owner locks."""

    def __init__(self) -> None:
        self.default = 1.0
        self._by_key: dict[str, float] = {}

    def set(self, fraction: float, key: str | None = None) -> None:
        """`fraction` for `key`, or without one for every key that has no share of its own (1 is the whole)."""
        if key is None:
            self.default = fraction
        elif fraction == 1.0:
            self._by_key.pop(key, None)
        else:
            self._by_key[key] = fraction

    def of(self, key: str) -> float:
        return self._by_key.get(key, self.default)

    def copy(self) -> Shares:
        twin = Shares()
        twin.default, twin._by_key = self.default, dict(self._by_key)
        return twin
