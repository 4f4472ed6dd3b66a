"""What a watch reports (`watch_creators`): `WentLive`, `WentOffline`, `CheckFailed`."""

from __future__ import annotations

import attrs

from .._exceptions import TikTokLiveError

__all__ = ["CheckFailed", "WatchEvent", "WentLive", "WentOffline"]


@attrs.frozen
class WentLive:
    """`creator` (as given: a unique id without `@`, or a numeric id's digits) went live in `room_id` (None
    when the answer did not say), seen at `at` (the client's clock, seconds since the epoch). A creator
    live at their first check is reported live then."""

    creator: str
    room_id: str | None
    at: float


@attrs.frozen
class WentOffline:
    """`creator`'s stream ended, seen at `at`."""

    creator: str
    at: float


@attrs.frozen
class CheckFailed:
    """A check of `creator` failed with `error`, at `at`; the creator stays watched (checked again next
    sweep), except when it cannot be checked at all (`error` an `InvalidInputError` or `NotFoundError`)."""

    creator: str
    error: TikTokLiveError
    at: float


WatchEvent = WentLive | WentOffline | CheckFailed
