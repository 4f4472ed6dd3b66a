"""Worker processes for the fleet tests: each watches the same creators through one Redis and reports back."""

from __future__ import annotations

import threading
import time
from typing import Any

API_KEY = "sk-WATCH-FLEET-SENTINEL-7d1e"
SESSION = "session-FLEET-SENTINEL-3b9a"
TIME_SCALE = 0.01  # a day of rate limits lasts 864 s: the watches' pace is 115 requests a second


def watch_worker(
    base_url: str, redis_url: str, names: list[str], fleet: str, lease: float, stop_at: float, results: Any
) -> None:
    """Watches `names` in `fleet` until `stop_at` (wall clock; not a shared Event: setting one waits for every
    process waiting on it, a killed one too); puts ("watcher", id) first, then ("event", kind, creator, at) for
    each transition it reports, then ("done", requests sent) when it stops."""
    from tiktok_live import RedisBudget, TikTokLiveClient, WentLive, WentOffline

    limiter = RedisBudget(redis_url, time_scale=TIME_SCALE, margin=0.4, socket_timeout=2.0)
    with TikTokLiveClient(api_key=API_KEY, base_url=base_url, layout="rest", rate_limiter=limiter) as client:
        watch = client.watch_creators(
            names, session_id=SESSION, coordinator=redis_url, fleet=fleet, lease=lease, interval=0.3
        )
        assert watch._core.fleet is not None
        results.put(("watcher", watch._core.fleet.watcher))
        threading.Timer(max(stop_at - time.time(), 0), watch.close).start()
        for event in watch:
            if isinstance(event, WentLive | WentOffline):
                results.put(("event", type(event).__name__, event.creator, event.at))
        results.put(("done", watch.status().requests))
