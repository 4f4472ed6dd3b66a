"""The shared rate-limit budget under load: `check_live` over 1,000 creators split over 4 processes on one key,
against the fake service (a 120-per-minute plan, its windows scaled down: a minute lasts 1 s) served over
loopback HTTP; with one budget shared through a throwaway redis-server, and with a budget per process.

    python scripts/bench_budget.py            # or: python scripts/bench.py --budget-only

Reports requests sent, 429s received and time to finish. Needs `redis-server` (apt-get install redis-server).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from typing import Any

CREATORS = 1_000
PROCESSES = 4
TIME_SCALE = 1.0 / 60
KEY = "sk-bench-budget-not-a-secret"


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    executable = shutil.which("redis-server")
    if executable is None:
        raise SystemExit("redis-server is not installed: apt-get install redis-server")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with tempfile.TemporaryDirectory() as directory:
        command = [executable, "--bind", "127.0.0.1", "--port", str(port), "--dir", directory, "--save", ""]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(200):
                with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
                    break
                time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            process.kill()
            process.wait(5)


def _worker(base_url: str, redis_url: str | None, names: list[str], start: Any, results: Any) -> None:
    from tiktok_live import LocalBudget, RateLimitError, RedisBudget, TikTokLiveClient

    limiter: Any = (
        LocalBudget(time_scale=TIME_SCALE, seed=True)
        if redis_url is None
        else RedisBudget(redis_url, time_scale=TIME_SCALE)
    )
    with TikTokLiveClient(api_key=KEY, base_url=base_url, rate_limiter=limiter) as client:
        start.wait()
        statuses = client.check_live(names, concurrency=10)
    results.put(sum(1 for status in statuses if isinstance(status.error, RateLimitError)))


def run(redis_url: str | None) -> dict[str, Any]:
    from tiktok_live.testing import FakeEulerService

    service = FakeEulerService(time_scale=TIME_SCALE)
    service.add_key(KEY, "Pro")  # 120 requests a minute
    names = [f"creator{number}" for number in range(CREATORS)]
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(PROCESSES + 1), context.Queue()
    with service.serve() as base_url:
        workers = [
            context.Process(target=_worker, args=(base_url, redis_url, names[index::PROCESSES], start, results))
            for index in range(PROCESSES)
        ]
        for worker in workers:
            worker.start()
        start.wait(timeout=120)
        started = time.perf_counter()
        failed = sum(results.get(timeout=600) for _ in workers)
        elapsed = time.perf_counter() - started
        for worker in workers:
            worker.join(10)
    counted = [request for request in service.requests if request.operation != "rate_limits"]
    return {
        "requests_sent": len(counted),
        "responses_429": sum(1 for request in counted if request.status == 429),
        "ids_failed_rate_limited": failed,
        "time_to_finish_s": round(elapsed, 2),
        "ideal_s": round(CREATORS / 120 * 60 * TIME_SCALE, 2),
    }


def measure() -> dict[str, Any]:
    with redis_server() as url:
        shared = run(url)
    return {
        "creators": CREATORS,
        "processes": PROCESSES,
        "plan_per_minute": 120,
        "minute_lasts_s": 60 * TIME_SCALE,
        "shared_budget": shared,
        "budget_per_process": run(None),
    }


def table(figures: dict[str, Any]) -> str:
    lines = [
        f"check_live, {figures['creators']} ids over {figures['processes']} processes on one key, "
        f"{figures['plan_per_minute']}/minute (a minute lasts {figures['minute_lasts_s']:.0f} s)"
    ]
    for name in ("shared_budget", "budget_per_process"):
        row = figures[name]
        lines.append(
            f"  {name.replace('_', ' '):<20} {row['requests_sent']:>6} requests  {row['responses_429']:>5} 429s  "
            f"{row['time_to_finish_s']:>6.2f} s (ideal {row['ideal_s']:.2f} s)"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    print(table(measure()))
