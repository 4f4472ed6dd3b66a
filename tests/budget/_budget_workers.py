"""Worker processes for the shared-budget tests: each makes `room_id` calls on one key and reports back."""

from __future__ import annotations

import logging
from typing import Any

PLAN_PER_MINUTE = 120
API_KEY = "sk-FLEET-SENTINEL-5f0c2a"


class _CountWarnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def check_worker(
    base_url: str,
    redis_url: str | None,
    calls: int,
    time_scale: float,
    start: Any,
    killed: Any,
    calls_after_kill: int,
    results: Any,
) -> None:
    """Makes `calls` calls (or, with a `killed` event, calls until it is set and `calls_after_kill` more)."""
    from tiktok_live import LocalBudget, RateLimitError, RedisBudget, TikTokLiveClient

    warnings = _CountWarnings()
    logging.getLogger("tiktok_live").addHandler(warnings)
    limiter: Any
    if redis_url is None:
        limiter = LocalBudget(time_scale=time_scale, seed=True)
    else:
        # `margin` and `socket_timeout` cover a loaded CI machine's latency (a minute lasts 2 s here): a request
        # taken before a window's end may reach the service up to `margin` after it.
        limiter = RedisBudget(redis_url, time_scale=time_scale, margin=0.4, socket_timeout=2.0)
    ok = limited = 0
    with TikTokLiveClient(api_key=API_KEY, base_url=base_url, rate_limiter=limiter) as client:
        start.wait()
        remaining = calls
        while remaining > 0:
            try:
                client.room_id("someone")
                ok += 1
            except RateLimitError:
                limited += 1
            if killed is None:
                remaining -= 1
            elif killed.is_set():
                remaining = min(remaining, calls_after_kill) - 1
    results.put({"ok": ok, "limited": limited, "warnings": warnings.messages})
