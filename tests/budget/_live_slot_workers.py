"""Worker processes for the live-connection budget tests: each opens one live-events stream on one shared key."""

from __future__ import annotations

from typing import Any

API_KEY = "sk-LIVE-SLOTS-SENTINEL-93b1d7"


def _limiter(redis_url: str | None, live_connections: int, live_lease: float) -> Any:
    from tiktok_live import LocalBudget, RedisBudget

    if redis_url is None:
        return LocalBudget(live_connections=live_connections, live_lease=live_lease)
    return RedisBudget(redis_url, live_connections=live_connections, live_lease=live_lease, seed=False)


class _Overlap:
    """Makes the fleet's streams overlap (see test_live_slots.py's `_Overlap`), across processes: `tried` counts
    the workers that connected or were turned away; `all_tried` is set when every worker has."""

    def __init__(self, workers: int, tried: Any, all_tried: Any) -> None:
        self.workers, self.tried, self.all_tried = workers, tried, all_tried
        self._counted = False

    def note(self) -> None:
        if self._counted:
            return
        self._counted = True
        with self.tried.get_lock():
            self.tried.value += 1
            if self.tried.value >= self.workers:
                self.all_tried.set()

    def count_refusals(self, limiter: Any) -> None:
        from tiktok_live._budget._slots import SlotRefusal

        slots, take = limiter.slots, limiter.slots.take

        def counting_take(key: str) -> Any:
            taken = take(key)
            if isinstance(taken, SlotRefusal):
                self.note()
            return taken

        slots.take = counting_take


def stream_worker(
    ws_url: str,
    redis_url: str | None,
    unique_id: str,
    live_connections: int,
    start: Any,
    results: Any,
    overlap: tuple[int, Any, Any],
) -> None:
    """Reads one stream to its end, holding its connection after the first event until every worker connected
    or was turned away; reports the events read, or the error that stopped it."""
    from tiktok_live import LiveEventsError, TikTokLiveClient

    limiter = _limiter(redis_url, live_connections, 30.0)
    together = _Overlap(*overlap)
    together.count_refusals(limiter)
    with TikTokLiveClient(api_key=API_KEY, rate_limiter=limiter) as client:
        start.wait()
        try:
            with client.live_events(unique_id, ws_url=ws_url, max_reconnect_delay=0.01) as events:
                next(events)
                together.note()
                together.all_tried.wait(60)  # bounded: a worker that died before it tried must not hang the rest
                count = 1 + sum(1 for _ in events)
            results.put({"events": count, "error": None, "close_code": events.stats.last_close_code})
        except LiveEventsError as error:
            together.note()
            results.put({"events": 0, "error": type(error).__name__, "close_code": error.close_code})


def holding_worker(ws_url: str, redis_url: str, live_lease: float, connected: Any) -> None:
    """Holds a connection to an endless stream until it is killed."""
    from tiktok_live import TikTokLiveClient

    limiter = _limiter(redis_url, 1, live_lease)
    with TikTokLiveClient(api_key=API_KEY, rate_limiter=limiter) as client:
        with client.live_events("someone", ws_url=ws_url) as events:
            next(events)
            connected.set()
            for _ in events:
                pass
