"""A process's share of a key's limits: what a `RedisBudget` on its fallback lets its own process use, for
requests (`LocalBudget`) and live-events connections (`LocalSlots`) alike."""

from __future__ import annotations

import math


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
