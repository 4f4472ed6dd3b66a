"""Ctrl-C during `tiktok-live check-live`: a real process, a real SIGINT, a slow fake on loopback."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from .._helpers import spawn

EXECUTABLE = Path(sys.executable).parent / "tiktok-live"
LATENCY = 0.5  # seconds per answer
NAMES = 200  # at concurrency 4 the whole batch would take 25 s
KEY = "interrupt-test-key"


@pytest.fixture
def slow_fake() -> Iterator[str]:
    process = spawn(
        [str(EXECUTABLE), "serve-fake", "--port", "0", "--latency", str(LATENCY)],
        stderr=subprocess.DEVNULL,
        ctrl_c=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        yield first.split()[-1]
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


def test_ctrl_c_stops_check_live_at_once_with_what_it_has(slow_fake: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EULER_", "SIGN_"))}
    env.update(EULER_BASE_URL=slow_fake, EULER_API_KEY=KEY)
    names = [f"creator{number}" for number in range(NAMES)]
    # A job started in the background by a shell inherits SIGINT ignored; Ctrl-C must reach this one.
    process = spawn([str(EXECUTABLE), "check-live", "--concurrency", "4", "someone", *names], env=env, ctrl_c=True)
    try:
        # Wait until the batch is under way: the fake has answered a few checks.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            time.sleep(0.2)
            if _answered(slow_fake) >= 4:
                break
        assert process.poll() is None, "the batch ended before it could be interrupted"
        process.send_signal(signal.SIGINT)
        # The whole batch needs about 25 s more; an interrupted one stops after the requests in flight.
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 130, err
    summary = out.splitlines()[0]
    checked = int(summary.split(" checked")[0])
    assert 0 < checked < NAMES + 1
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1] == f"tiktok-live: interrupted: {checked} of {NAMES + 1} names checked"


def _answered(base_url: str) -> int:
    # The key's minute window counts the requests it has made.
    response = httpx.get(f"{base_url}/webcast/rate_limits", headers={"x-api-key": KEY}, timeout=5)
    minute = response.json()["minute"]
    return int(minute["max"]) - int(minute["remaining"])
