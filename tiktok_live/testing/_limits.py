"""Fixed-window rate limiting per key: minute, hour and day windows that start with their first request."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

__all__ = ["Exhausted", "RateLimiter", "WindowRecord", "WindowState"]

WINDOW_SECONDS = {"minute": 60, "hour": 3_600, "day": 86_400}
_HISTORY = 10_000  # ended windows kept per key and window name


@dataclass(frozen=True)
class WindowRecord:
    """One window of a key as the service counted it: `name` (`minute`, ...), when it started and resets (or
    reset), its limit, the requests it answered (`used`) and refused with a 429 (`refused`), and whether it has
    ended (`complete`)."""

    name: str
    started: float
    reset_at: float
    limit: int
    used: int
    refused: int
    complete: bool


@dataclass
class _Window:
    seconds: float
    limit: int | None
    started: float | None = None
    used: int = 0
    refused: int = 0
    history: deque[WindowRecord] = field(default_factory=lambda: deque(maxlen=_HISTORY))

    def record(self, name: str, now: float) -> WindowRecord | None:
        if self.started is None or self.limit is None:
            return None
        reset_at = self.started + self.seconds
        return WindowRecord(name, self.started, reset_at, self.limit, self.used, self.refused, now >= reset_at)

    def roll(self, now: float, name: str = "") -> None:
        if self.started is not None and now >= self.started + self.seconds:
            ended = self.record(name, now)
            if ended is not None:
                self.history.append(ended)
            self.started = None
            self.used = 0
            self.refused = 0

    @property
    def reset_at(self) -> float | None:
        return None if self.started is None else self.started + self.seconds


@dataclass(frozen=True)
class WindowState:
    name: str
    limit: int
    remaining: int
    reset_at: float | None


@dataclass(frozen=True)
class Exhausted:
    """The window that refused a request: its name (`minute`, ...), limit and reset time."""

    window: str
    limit: int
    reset_at: float


class RateLimiter:
    """Counts requests per bucket (a key, or the anonymous caller) in each limited window. `time_scale`
    shrinks the windows (0.05 makes a minute 3 s) so tests of many windows finish in seconds."""

    def __init__(self, time_scale: float = 1.0) -> None:
        if not time_scale > 0:
            raise ValueError(f"time_scale must be a positive number, got {time_scale}")
        self.time_scale = time_scale
        self._buckets: dict[str, dict[str, _Window]] = {}

    def _windows(self, bucket: str, limits: dict[str, int | None]) -> dict[str, _Window]:
        windows = self._buckets.get(bucket)
        if windows is None or any(windows[name].limit != limit for name, limit in limits.items()):
            windows = {name: _Window(WINDOW_SECONDS[name] * self.time_scale, limit) for name, limit in limits.items()}
            self._buckets[bucket] = windows
        return windows

    def consume(self, bucket: str, limits: dict[str, int | None], now: float) -> Exhausted | None:
        """Count one request, or say which window is exhausted (the one that resets last)."""
        windows = self._windows(bucket, limits)
        exhausted: Exhausted | None = None
        refusing: _Window | None = None
        for name, window in windows.items():
            window.roll(now, name)
            if window.limit is not None and window.used >= window.limit:
                reset_at = window.reset_at if window.reset_at is not None else now + window.seconds
                if exhausted is None or reset_at > exhausted.reset_at:
                    exhausted, refusing = Exhausted(name, window.limit, reset_at), window
        if exhausted is not None:
            if refusing is not None:
                refusing.refused += 1
            return exhausted
        for window in windows.values():
            if window.limit is None:
                continue
            if window.started is None:
                window.started = now
            window.used += 1
        return None

    def state(self, bucket: str, limits: dict[str, int | None], now: float) -> list[WindowState]:
        windows = self._windows(bucket, limits)
        states = []
        for name, window in windows.items():
            window.roll(now, name)
            if window.limit is not None:
                remaining = max(window.limit - window.used, 0)
                states.append(WindowState(name, window.limit, remaining, window.reset_at))
        return states

    def history(self, bucket: str, name: str, now: float) -> list[WindowRecord]:
        """The bucket's `name` windows so far, oldest first: the ended ones, then the current one if started."""
        window = self._buckets.get(bucket, {}).get(name)
        if window is None:
            return []
        current = window.record(name, now)
        return [*window.history, *([current] if current is not None else [])]

    def reset(self) -> None:
        self._buckets.clear()
