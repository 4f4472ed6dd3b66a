"""What watching creators costs: `watch_creators` against the fake on a simulated clock, for 1,000 and 10,000
creators on an Enterprise key (600/minute, 20,000/hour, 200,000/day), next to naive polling (one `room_id` per
creator a minute, what community bots do).

Each run resolves the creators' unique ids first (the REST layout names offline creators' numeric ids: one
request each, once, cached), then measures one hour of creators going live and offline on a seeded schedule
(sessions of 10 to 60 minutes, 10 minutes to 2 hours apart): requests per creator-hour in that hour, and the
detection delay (seen minus happened) of every transition in it, for the shortest interval the default share
(0.5 of the key) allows and for `interval=60` (the naive bot's delay). The clock is simulated (no sleeping);
requests go through the fake in-process, so a run takes seconds of CPU, not hours.

    python scripts/bench_watch.py            # or: python scripts/bench.py --only watch
"""

from __future__ import annotations

import math
import statistics
import sys
from typing import Any

API_KEY = "sk-bench-watch-not-a-secret"
SESSION = "session-bench-watch"
HOUR = 3_600.0
NAIVE_INTERVAL = 60.0
CREATOR_COUNTS = (1_000, 10_000)


class Clock:
    """One simulated clock for the fake, the client, its budget and the watch: it moves when someone sleeps."""

    def __init__(self) -> None:
        self.now = 1_000_000.0
        self.stop_at = math.inf
        self.watch: Any = None
        self.count: Any = None  # requests so far, noted when the clock passes each of `marks`
        self.marks: dict[float, int | None] = {}

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        for mark, noted in self.marks.items():
            if noted is None and self.now >= mark:
                self.marks[mark] = self.count()
        if self.now >= self.stop_at and self.watch is not None:
            self.watch.close()


def run(creators: int, interval: float | None = None, seed: int = 1) -> dict[str, Any]:
    import httpx

    from tiktok_live import LocalBudget, TikTokLiveClient
    from tiktok_live.testing import DEFAULT_LIMITS, FakeEulerService, LiveSchedule

    clock = Clock()
    service = FakeEulerService(clock=clock, creators=[])
    service.add_key(API_KEY, "Enterprise")
    schedule = LiveSchedule(service)
    limits = DEFAULT_LIMITS["Enterprise"]
    # Resolving: one request each at the share's pace with sweeps alongside (the plan's warm-up), then an hour.
    warm_up = 2.0 * creators / (0.5 * (limits.day or 1) / 86_400) + 60
    start = clock.now + warm_up
    names = schedule.seeded(
        creators, seed=seed, start=start, end=start + HOUR, live=(600, 3_600), offline=(600, 7_200), prefix="c"
    )
    client = TikTokLiveClient(
        api_key=API_KEY,
        base_url="https://api.eulerstream.com",
        layout="rest",
        http_client=httpx.Client(transport=service.transport()),
        rate_limiter=LocalBudget(clock=clock),
        sleep=clock.sleep,
    )
    client._now = clock
    watch = client.watch_creators(names, session_id=SESSION, interval=interval)
    clock.watch, clock.stop_at = watch, start + HOUR + 120
    clock.count = lambda: len(service.requests)
    clock.marks = {start: None, start + HOUR: None}
    events = list(watch)
    sent = (clock.marks[start + HOUR] or 0) - (clock.marks[start] or 0)
    truth = [change for change in schedule.transitions if start <= change.at <= start + HOUR - 300]
    seen: dict[str, list[Any]] = {}
    for event in events:
        seen.setdefault(event.creator, []).append(event)
    delays = []
    missed = 0
    for change in truth:
        match = [
            event
            for event in seen.get(change.unique_id, [])
            if event.at >= change.at and (type(event).__name__ == "WentLive") == change.is_live
        ]
        if match:
            delays.append(match[0].at - change.at)
        else:
            missed += 1
    delays.sort()
    plan = watch.plan
    statuses = [record.status for record in service.requests]
    client.close()
    return {
        "creators": creators,
        "interval_asked_s": interval,
        "interval_promised_s": round(plan.interval, 2) if plan else None,
        "requests_in_the_hour": sent,
        "requests_per_creator_hour": round(sent / creators, 3),
        "resolving_requests": creators,
        "transitions_in_the_hour": len(truth),
        "missed": missed,
        "delay_p50_s": round(delays[len(delays) // 2], 2) if delays else None,
        "delay_p95_s": round(delays[int(len(delays) * 0.95)], 2) if delays else None,
        "delay_max_s": round(delays[-1], 2) if delays else None,
        "delay_mean_s": round(statistics.fmean(delays), 2) if delays else None,
        "responses_429": statuses.count(429),
    }


def naive(creators: int) -> dict[str, Any]:
    """One `room_id` per creator a minute: computed (it is arithmetic), with what the key allows."""
    from tiktok_live.testing import DEFAULT_LIMITS

    limits = DEFAULT_LIMITS["Enterprise"]
    per_hour = creators * HOUR / NAIVE_INTERVAL
    return {
        "creators": creators,
        "requests_per_creator_hour": HOUR / NAIVE_INTERVAL,
        "requests_in_the_hour": int(per_hour),
        "delay_mean_s": NAIVE_INTERVAL / 2,
        "delay_max_s": NAIVE_INTERVAL,
        "times_the_hour_limit": round(per_hour / (limits.hour or 1), 1),
    }


def measure() -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for creators in CREATOR_COUNTS:
        print(f"Watching {creators:,} creators for a simulated hour...", file=sys.stderr)
        figures[str(creators)] = {
            "watch_shortest": run(creators),
            "watch_interval_60": run(creators, interval=NAIVE_INTERVAL),
            "naive_polling": naive(creators),
        }
    return figures


def table(figures: dict[str, Any]) -> str:
    lines = [
        "Watching creators (Enterprise key, REST layout with a session; simulated hour after resolving; "
        "naive: one room_id a creator a minute)"
    ]
    for creators, row in figures.items():
        short, minute, bot = row["watch_shortest"], row["watch_interval_60"], row["naive_polling"]
        lines.append(f"  {int(creators):,} creators")
        for name, figure in (("watch, shortest interval", short), ("watch, interval=60", minute)):
            lines.append(
                f"    {name:<26} {figure['requests_per_creator_hour']:>7.3f} requests/creator-hour, promised every "
                f"{figure['interval_promised_s']} s; delay p50 {figure['delay_p50_s']} s, p95 {figure['delay_p95_s']} "
                f"s, max {figure['delay_max_s']} s; {figure['missed']} of {figure['transitions_in_the_hour']} "
                f"missed, {figure['responses_429']} 429s"
            )
        lines.append(
            f"    {'naive polling (computed)':<26} {bot['requests_per_creator_hour']:>7.3f} requests/creator-hour, "
            f"delay mean {bot['delay_mean_s']:.0f} s, max {bot['delay_max_s']:.0f} s; "
            f"{bot['times_the_hour_limit']}x the key's hourly limit"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(measure()))
