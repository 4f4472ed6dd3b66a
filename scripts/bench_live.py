"""Live events in `scripts/bench.py`: event throughput from the fake Euler WebSocket (in its own process) to a
consumer, sync and async, and the memory a stalled consumer holds.

    python scripts/bench.py --only live      # just this part, merged into bench/results.json
"""

from __future__ import annotations

import asyncio
import contextlib
import statistics
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SERVER = ROOT / "scripts" / "bench_live_server.py"
KEY = "sk-bench-not-a-secret"
BUNDLE_SIZE = 20


@contextlib.contextmanager
def live_server(bundle_size: int = BUNDLE_SIZE) -> Iterator[str]:
    process = subprocess.Popen(
        [sys.executable, str(SERVER), "--bundle-size", str(bundle_size)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    try:
        yield f"ws://127.0.0.1:{int(process.stdout.readline())}"
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _sync_rate(ws_url: str, events: int) -> float:
    from tiktok_live import TikTokLiveClient

    with TikTokLiveClient(api_key=KEY) as client, client.live_events("someone", ws_url=ws_url) as stream:
        next(stream)  # connected, greeting read
        started = time.perf_counter()
        for _ in range(events):
            next(stream)
        return events / (time.perf_counter() - started)


def _async_rate(ws_url: str, events: int) -> float:
    from tiktok_live import AsyncTikTokLiveClient

    async def run() -> float:
        async with (
            AsyncTikTokLiveClient(api_key=KEY) as client,
            client.live_events("someone", ws_url=ws_url) as stream,
        ):
            await anext(stream)
            started = time.perf_counter()
            for _ in range(events):
                await anext(stream)
            return events / (time.perf_counter() - started)

    return asyncio.run(run())


def _decode_rate(events: int) -> float:
    """The decoder alone, on the same frames: the ceiling of the client's own work."""
    import json

    from tiktok_live._live._events import decode_frame
    from tiktok_live.testing import stream_messages

    messages = stream_messages(1201)[:-1]
    frames = [
        json.dumps({"timestamp": 0, "messages": messages[start : start + BUNDLE_SIZE]})
        for start in range(0, len(messages), BUNDLE_SIZE)
    ]
    decoded = 0
    started = time.perf_counter()
    while decoded < events:
        for frame in frames:
            decoded += len(decode_frame(frame))
    return decoded / (time.perf_counter() - started)


def _stall_memory(ws_url: str, stall_s: float, asynchronous: bool) -> dict[str, Any]:
    """Traced Python memory, sampled while the consumer stops reading for `stall_s` seconds."""
    from tiktok_live import AsyncTikTokLiveClient, TikTokLiveClient

    samples: list[float] = []
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.25):
            samples.append(tracemalloc.get_traced_memory()[0] / 1024)

    def watch_stall() -> tuple[threading.Thread, float]:
        baseline = tracemalloc.get_traced_memory()[0] / 1024
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        return sampler, baseline

    tracemalloc.start()
    try:
        if asynchronous:

            async def run() -> tuple[float, int]:
                async with (
                    AsyncTikTokLiveClient(api_key=KEY) as client,
                    client.live_events("someone", ws_url=ws_url) as stream,
                ):
                    for _ in range(1000):
                        await anext(stream)
                    sampler, baseline = watch_stall()
                    await asyncio.sleep(stall_s)
                    stop.set()
                    sampler.join()
                    after = [await anext(stream) for _ in range(1000)]
                    return baseline, len(after)

            baseline, read_after = asyncio.run(run())
        else:
            with TikTokLiveClient(api_key=KEY) as client, client.live_events("someone", ws_url=ws_url) as stream:
                for _ in range(1000):
                    next(stream)
                sampler, baseline = watch_stall()
                time.sleep(stall_s)
                stop.set()
                sampler.join()
                read_after = sum(1 for _, _event in zip(range(1000), stream, strict=False))
    finally:
        tracemalloc.stop()
    growth = [value - baseline for value in samples]
    # `baseline` is everything traced since just before connecting: the stream, its full frame queue included.
    half = len(growth) // 2
    return {
        "stall_s": stall_s,
        "traced_at_stall_start_kib": baseline,
        "samples": len(growth),
        "max_growth_kib": max(growth),
        "growth_first_half_max_kib": max(growth[:half] or [0.0]),
        "growth_second_half_max_kib": max(growth[half:] or [0.0]),
        "events_read_after_stall": read_after,
    }


def live_events(quick: bool) -> dict[str, Any]:
    events = 20_000 if quick else 100_000
    runs = 1 if quick else 5
    rates: dict[str, list[float]] = {"sync": [], "async": [], "decoder": []}
    with live_server() as ws_url:
        measures = {
            "sync": lambda: _sync_rate(ws_url, events),
            "async": lambda: _async_rate(ws_url, events),
            "decoder": lambda: _decode_rate(events),
        }
        names = list(measures)
        for run in range(runs):  # interleaved, in a rotating order, so the machine's drift hits all alike
            for name in names[run % 3 :] + names[: run % 3]:
                rates[name].append(measures[name]())
        stall = 2.0 if quick else 6.0
        memory = {
            "sync": _stall_memory(ws_url, stall, asynchronous=False),
            "async": _stall_memory(ws_url, stall, asynchronous=True),
        }
    from importlib.metadata import version

    return {
        "websockets": version("websockets"),
        "bundle_size": BUNDLE_SIZE,
        "events_per_run": events,
        "runs": runs,
        "median_events_per_s": {name: statistics.median(rates[name]) for name in ("sync", "async")},
        "decoder_only_events_per_s": statistics.median(rates["decoder"]),
        "all_runs_events_per_s": rates,
        "target_events_per_s": 20_000,
        "stalled_consumer_memory": memory,
        "bound": "websockets' queue of max_queue=16 frames (about 16 x 7 KiB here) plus one decoded frame",
    }


def _row(label: str, value: str, note: str = "") -> str:
    return f"  {label:<44} {value:>14}  {note}"


def table_lines(results: dict[str, Any]) -> list[str]:
    row = _row
    live = results["live_events"]
    lines = [
        f"Live events, bundles of {live['bundle_size']}, fake WebSocket in its own process "
        f"(median of {live['runs']}; websockets {live['websockets']})"
    ]
    for name, value in live["median_events_per_s"].items():
        lines.append(row(f"{name} iterator", f"{value:,.0f} ev/s", f"target {live['target_events_per_s']:,}"))
    lines.append(row("decoder alone (same frames, in process)", f"{live['decoder_only_events_per_s']:,.0f} ev/s"))
    for name, memory in live["stalled_consumer_memory"].items():
        lines.append(
            row(
                f"{name}: memory growth, consumer stalled {memory['stall_s']:.0f} s",
                f"{memory['max_growth_kib']:,.0f} KiB",
                f"held at the stall's start {memory['traced_at_stall_start_kib']:,.0f} KiB; "
                f"first half max {memory['growth_first_half_max_kib']:,.0f}, second half max "
                f"{memory['growth_second_half_max_kib']:,.0f}; {memory['events_read_after_stall']} events read after",
            )
        )
    return lines
