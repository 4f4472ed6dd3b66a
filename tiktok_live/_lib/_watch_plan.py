"""How a watch spends its share of a key (`watch_creators`): the pace its limits allow (`sustained_rate`, `burst`),
the interval that gives for the creators it checks (`plan_sweeps`, `SweepPlan`), and the operations it uses, found
in the catalog by name (the bulk live check's batch size is its spec's `maxItems`)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ._bulk import BULK_OPERATION_ID

if TYPE_CHECKING:
    from .._operations import Method

__all__ = [
    "BATCH",
    "BULK_CHECK",
    "DEFAULT_SHARE",
    "UNKNOWN_RATE",
    "USER_ID_LOOKUP",
    "WARM_UP_STRETCH",
    "WINDOW_SECONDS",
    "SweepPlan",
    "burst",
    "method_named",
    "plan_sweeps",
    "sustained_rate",
]

WINDOW_SECONDS: dict[str, float] = {"minute": 60.0, "hour": 3_600.0, "day": 86_400.0}
DEFAULT_SHARE = 0.5
# While unique ids are being resolved, sweeps come this many times further apart (see SweepPlan.describe).
WARM_UP_STRETCH = 2.0
# Without any limit known, the pace: one request a second (the service's 429s still teach the client's budget).
UNKNOWN_RATE = 1.0


BULK_CHECK = BULK_OPERATION_ID  # the one name check_live (_bulk.py) finds the bulk live check by
USER_ID_LOOKUP = "RetrieveWebcastUserId"


def method_named(name: str) -> Method[Any] | None:
    """The catalog's method `name` (a method name or an operationId), None when the spec has none."""
    from .. import _catalog

    try:
        return _catalog.by_name(name)
    except KeyError:
        return None


def _batch() -> int:
    method = method_named(BULK_CHECK)
    ids = None if method is None else next((p for p in method.params if p.name == "user_numeric_ids"), None)
    return (None if ids is None else ids.max_items) or 50


BATCH = _batch()


@attrs.frozen
class SweepPlan:
    """How a watch spends its share of the key. `creators` watched (`bulk`: checked with the bulk live check,
    `single`: one request each; `unresolved`: unique ids still to resolve, one request each, once);
    `requests_per_sweep`; `rate` (requests a second it may spend: `share` of the tightest of `limits`);
    `interval` (seconds between two checks of a creator, the detection delay it promises)."""

    creators: int
    bulk: int
    single: int
    unresolved: int
    requests_per_sweep: int
    rate: float
    interval: float
    share: float
    limits: Mapping[str, int] = attrs.field(factory=dict)

    @property
    def requests_per_minute(self) -> float:
        return self.rate * 60.0

    def describe(self) -> str:
        """For people: "1,000 creators on this key: every 17 s (20 requests a sweep, ...)"."""
        how = "bulk live check" if self.bulk and not self.single else "room_id" if self.single else "nothing yet"
        if self.bulk and self.single:
            how = "bulk live check and room_id"
        if self.limits:
            budget = f"{self.share:.0%} of the key's " + ", ".join(
                f"{limit:,}/{window}" for window, limit in self.limits.items()
            )
        else:
            budget = "the key's limits unknown"
        line = (
            f"{_count(self.creators, 'creator')} on this key: every {_seconds(self.interval)} "
            f"({_count(self.requests_per_sweep, 'request')} a sweep with {how}; {self.requests_per_minute:.1f} "
            f"requests a minute, {budget})"
        )
        if self.unresolved:
            line += (
                f"; first resolving {self.unresolved:,} unique ids, one request each: at most "
                f"{_seconds(self.unresolved * WARM_UP_STRETCH / self.rate)}, with sweeps every "
                f"{_seconds(self.interval * WARM_UP_STRETCH)} meanwhile"
            )
        return line


def _count(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _seconds(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s" if seconds >= 10 else f"{seconds:.1f} s"
    if seconds < 600:
        return f"{seconds / 60:.1f} min"
    if seconds < 7_200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3_600:.1f} h"


def sustained_rate(limits: Mapping[str, int], share: float, time_scale: float = 1.0) -> float:
    """Requests a second that keep within `share` of every window of `limits` for as long as it runs."""
    rates = [share * limit / (WINDOW_SECONDS[window] * time_scale) for window, limit in limits.items() if limit > 0]
    return min(rates) if rates else UNKNOWN_RATE


def burst(limits: Mapping[str, int], share: float, rate: float, time_scale: float = 1.0) -> float:
    """Requests that may go at once on top of `rate` without any window's requests passing its share."""
    room = [share * limit - rate * WINDOW_SECONDS[window] * time_scale for window, limit in limits.items()]
    return max(math.floor(min(room) + 1e-9), 1) if room else 1.0


def plan_sweeps(
    bulk: int,
    single: int,
    limits: Mapping[str, int],
    *,
    share: float = DEFAULT_SHARE,
    batch: int = BATCH,
    unresolved: int = 0,
    interval: float | None = None,
    time_scale: float = 1.0,
) -> SweepPlan:
    """The plan for `bulk` creators checked `batch` a request and `single` checked one a request, on a key with
    `limits` (`{"minute": 600, ...}`), spending `share` of them: the shortest interval (or `interval`, if
    longer). `unresolved` unique ids will join `bulk` once resolved: the interval counts them already."""
    rate = sustained_rate(limits, share, time_scale)
    requests = math.ceil((bulk + unresolved) / batch) + single
    shortest = requests / rate if requests else 0.0  # a fleet process may own no one for a while
    chosen = shortest if interval is None else max(interval, shortest)
    return SweepPlan(
        creators=bulk + single + unresolved,
        bulk=bulk + unresolved,
        single=single,
        unresolved=unresolved,
        requests_per_sweep=requests,
        rate=rate,
        interval=chosen,
        share=share,
        limits=dict(limits),
    )
