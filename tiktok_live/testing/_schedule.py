"""Creators that go live and offline over time on a `FakeEulerService`: scripted, or on a seeded schedule.

    schedule = LiveSchedule(service)
    schedule.script("someone", [(100.0, 400.0), (900.0, 1_000.0)])   # live from 100 to 400, from 900 to 1,000
    schedule.seeded(1_000, seed=7, start=0.0, end=3_600.0)            # creator_0000 ... creator_0999

Times are the service's clock (`FakeEulerService(clock=...)`); before each answer the service moves every
scheduled creator to the state of the moment (`FakeEulerService.before_answer`). `transitions` is the truth a
monitor is tested against: every change, in time order. A creator's numeric id (`Creator.numeric_uid`) is
answered by room info and the bulk live check as for any creator of the fake.
"""

from __future__ import annotations

import bisect
import random
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._service import FakeEulerService

__all__ = ["LiveSchedule", "Transition"]


@dataclass(frozen=True, order=True)
class Transition:
    """`unique_id` went live (`is_live`) or offline at `at` (the service's clock)."""

    at: float
    unique_id: str
    is_live: bool


class LiveSchedule:
    """Live sessions of some of a fake's creators over time; see the module's doc."""

    def __init__(self, service: FakeEulerService) -> None:
        self.service = service
        self._transitions: list[Transition] = []  # sorted by time
        self._applied = 0
        self._lock = threading.Lock()
        service.before_answer.append(self.apply)

    @property
    def transitions(self) -> list[Transition]:
        with self._lock:
            return list(self._transitions)

    def script(self, unique_id: str, sessions: Iterable[tuple[float, float]]) -> None:
        """`unique_id` (added to the service when it does not know them; offline until their first session) is
        live during each `(start, end)` session, offline between them. A session that started already goes live
        with the next answer."""
        clean = unique_id.lstrip("@").lower()
        try:
            creator = self.service.creator(clean)
        except KeyError:
            creator = self.service.add_creator(clean, is_live=False)
        creator.is_live = False
        changes: list[Transition] = []
        last = -float("inf")
        for start, end in sorted(sessions):
            if not start < end or start < last:
                raise ValueError(f"{clean}: sessions must be (start, end) with start < end, not overlapping")
            changes += [Transition(start, clean, True), Transition(end, clean, False)]
            last = end
        with self._lock:
            for change in changes:
                bisect.insort(self._transitions, change, lo=self._applied)

    def seeded(
        self,
        count: int,
        *,
        seed: int = 0,
        start: float = 0.0,
        end: float = 3_600.0,
        live: tuple[float, float] = (120.0, 900.0),
        offline: tuple[float, float] = (120.0, 1_800.0),
        prefix: str = "creator_",
    ) -> list[str]:
        """`count` creators (`creator_0000`, ...) going live and offline between `start` and `end`: sessions
        and the gaps between them last a uniform random time in `live` and `offline` (seconds), from `seed`.
        Returns their unique ids."""
        rand = random.Random(seed)
        names = []
        for number in range(count):
            name = f"{prefix}{number:04d}"
            names.append(name)
            sessions: list[tuple[float, float]] = []
            moment = start + rand.uniform(0, offline[1])
            while True:
                length = rand.uniform(*live)
                if moment + length >= end:
                    break
                sessions.append((moment, moment + length))
                moment += length + rand.uniform(*offline)
            self.script(name, sessions)
        return names

    def apply(self, now: float) -> None:
        """Move the scheduled creators to their state at `now` (the service calls it before each answer)."""
        with self._lock:
            due = bisect.bisect_right(self._transitions, now, lo=self._applied, key=lambda change: change.at)
            changes = self._transitions[self._applied : due]
            self._applied = max(self._applied, due)
        for change in changes:
            self.service.set_live(change.unique_id, change.is_live)
