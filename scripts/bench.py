"""Benchmark the SDK side by side with raw httpx, the generated layer and the official SDK, on a loopback server.

    python scripts/bench.py [--output bench/results.json] [--quick]
                            [--only sync|startup|live|bulk-requests|fleet|fake|watch]
    python scripts/bench.py --budget-only     # the rate-limit budget part (scripts/bench_budget.py) alone

The server (`scripts/bench_server.py`) runs in its own process, so it never competes with the client for the
GIL. Contenders alternate block by block (in a rotating order) so that drift hits them alike; figures are
medians over repeats, and ratios are medians of the per-repeat (paired) ratios. Prints a table and writes every
figure, with the machine and the versions, as JSON.

The official SDK (PyPI's eulerapisdk, `OFFICIAL_SDK`) is measured when it is installed in this environment, as
httpx is: `make bench` installs it first. Without it, its rows are left out and the results say why.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

import bench_live
import httpx

ROOT = Path(__file__).resolve().parent.parent
SERVER = ROOT / "scripts" / "bench_server.py"
KEY = "sk-bench-not-a-secret"
NAME = "someone"
# The official SDK, measured side by side (the Makefile's bench target installs this pin).
OFFICIAL_SDK = "eulerapisdk==0.5.0"
# Sync per call, as a ratio to the fastest raw httpx call (request built once, sent with Client.send).
SYNC_GOAL_RATIO = 0.8


def official_sdk() -> tuple[Any, Any] | None:
    """eulerapisdk's client class and its room id function (`GET /webcast/anchors/{creator_id}/room_id`), or None
    when it is not installed."""
    try:
        from EulerApiSdk import AuthenticatedClient
        from EulerApiSdk.api.tik_tok_live_anchors import retrieve_room_id
    except ImportError:
        return None
    return AuthenticatedClient, retrieve_room_id


def official_note() -> dict[str, str]:
    """What the results say about the official SDK: its version, or why it was not measured."""
    if official_sdk() is None:
        return {"measured": "no", "why": f"{OFFICIAL_SDK} is not installed here (make bench installs it)"}
    return {"measured": "yes", "package": f"eulerapisdk {version('eulerapisdk')}"}


# -- the server ------------------------------------------------------------------------------------


class Server:
    """`bench_server.py` in a child process."""

    def __init__(self, latency: float = 0.0) -> None:
        self.latency = latency
        self.process = subprocess.Popen(
            [sys.executable, str(SERVER), "--latency", str(latency)], stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        self.port = int(self.process.stdout.readline())
        self.url = f"http://127.0.0.1:{self.port}"

    def _control(self, path: str) -> dict[str, int]:
        with socket.create_connection(("127.0.0.1", self.port)) as sock:
            sock.sendall(f"GET {path} HTTP/1.1\r\nhost: bench\r\n\r\n".encode())
            data = b""
            while chunk := sock.recv(65536):
                data += chunk
        return dict(json.loads(data.split(b"\r\n\r\n", 1)[1]))

    def reset(self) -> None:
        self._control("/_reset")

    def connections(self) -> int:
        """Connections accepted since the last reset, other than the control ones."""
        stats = self._control("/_stats")
        return stats["accepted"] - stats["control"]

    def close(self) -> None:
        self.process.kill()
        self.process.wait()


@contextlib.contextmanager
def running(latency: float = 0.0) -> Iterator[Server]:
    server = Server(latency)
    try:
        yield server
    finally:
        server.close()


def _median(values: list[float]) -> float:
    return statistics.median(values)


def _paired(results: dict[str, list[float]], baseline: str) -> dict[str, float]:
    return {
        name: _median([value / base for value, base in zip(values, results[baseline], strict=True)])
        for name, values in results.items()
    }


def _rotations(names: list[str], repeats: int) -> Iterator[list[str]]:
    for index in range(repeats):
        shift = index % len(names)
        yield names[shift:] + names[:shift]


# -- the server's own ceiling ----------------------------------------------------------------------


def server_ceiling(server: Server, quick: bool) -> dict[str, float]:
    """A minimal raw-socket client: sequential round trips, then pipelined throughput."""
    request = f"GET /webcast/room_id?uniqueId={NAME} HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n".encode()
    answer_end = b'"}'
    with socket.create_connection(("127.0.0.1", server.port)) as sock:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def round_trip() -> None:
            sock.sendall(request)
            data = b""
            while not data.endswith(answer_end):
                data += sock.recv(65536)

        sequential = 500 if quick else 5000
        for _ in range(sequential // 5):
            round_trip()
        started = time.perf_counter()
        for _ in range(sequential):
            round_trip()
        round_trip_us = (time.perf_counter() - started) / sequential * 1e6

        pipelined = 2000 if quick else 20000
        started = time.perf_counter()
        sock.sendall(request * pipelined)
        seen, tail = 0, b""
        while seen < pipelined:
            tail += sock.recv(1 << 20)
            count = tail.count(answer_end)
            if count:
                seen += count
                tail = tail[tail.rfind(answer_end) + len(answer_end) :]
        pipelined_rps = pipelined / (time.perf_counter() - started)
    return {"round_trip_us": round_trip_us, "pipelined_requests_per_s": pipelined_rps}


# -- sync: per-call latency ------------------------------------------------------------------------


def sync_latency(server: Server, quick: bool) -> dict[str, Any]:
    import tiktok_live
    from tiktok_live._base import USER_AGENT
    from tiktok_live_api import AuthenticatedClient
    from tiktok_live_api.api.webcast import retrieve_room_id

    headers = {"User-Agent": USER_AGENT, "x-api-key": KEY}
    raw = httpx.Client(base_url=server.url, headers=headers)
    # The fastest raw call: the request built once (no params= to merge), sent as it is.
    prebuilt = raw.build_request("GET", f"/webcast/room_id?uniqueId={NAME}")
    generated = AuthenticatedClient(
        base_url=server.url, token=KEY, auth_header_name="x-api-key", prefix="", headers={"User-Agent": USER_AGENT}
    )
    ours = tiktok_live.TikTokLiveClient(api_key=KEY, base_url=server.url)
    # The same method over the REST layout's route (GET /webcast/anchors/NAME/room_id).
    ours_rest = tiktok_live.TikTokLiveClient(api_key=KEY, base_url=server.url, layout="rest")

    def raw_call() -> object:
        response = raw.get("/webcast/room_id", params={"uniqueId": NAME})
        response.raise_for_status()
        return response.json()

    def fastest_raw_call() -> object:
        response = raw.send(prebuilt)
        response.raise_for_status()
        return response.json()

    calls: dict[str, Callable[[], object]] = {
        "raw_httpx_fastest": fastest_raw_call,
        "raw_httpx": raw_call,
        "generated": lambda: retrieve_room_id.sync_detailed(client=generated, unique_id=NAME).parsed,
        "wrapper": lambda: ours.room_id(NAME),
        "wrapper_rest_layout": lambda: ours_rest.room_id(NAME),
    }
    official = official_sdk()
    official_client = None
    if official is not None:
        official_class, official_room_id = official
        official_client = official_class(base_url=server.url, token=KEY)

        def official_call() -> object:
            parsed = official_room_id.sync(NAME, client=official_client)
            assert parsed is not None, "the official SDK parsed the answer"
            return parsed

        calls["official_sdk"] = official_call
    per_block, repeats = (100, 5) if quick else (200, 31)
    for call in calls.values():  # warm-up: connections, caches, lazy imports
        for _ in range(per_block):
            call()
    results: dict[str, list[float]] = {name: [] for name in calls}
    for order in _rotations(list(calls), repeats):
        for name in order:
            call = calls[name]
            started = time.perf_counter()
            for _ in range(per_block):
                call()
            results[name].append((time.perf_counter() - started) / per_block * 1e6)
    for client in (raw, ours, ours_rest):
        client.close()
    generated.get_httpx_client().close()
    if official_client is not None:
        official_client.get_httpx_client().close()
    to_fastest = _paired(results, "raw_httpx_fastest")
    figures: dict[str, Any] = {
        "calls_per_block": per_block,
        "blocks": repeats,
        "median_us": {name: _median(values) for name, values in results.items()},
        "ratio_to_raw_httpx": _paired(results, "raw_httpx"),
        "ratio_to_fastest_raw": to_fastest,
        "goal_ratio_to_fastest_raw": SYNC_GOAL_RATIO,
        "within_goal": to_fastest["wrapper"] <= SYNC_GOAL_RATIO,
        "official_sdk": official_note(),
    }
    if "official_sdk" in results:
        to_official = _paired(results, "official_sdk")
        figures["ratio_to_official_sdk"] = to_official
        figures["ahead_of_official_sdk"] = to_official["wrapper"] < 1.0
    return figures


# -- async: throughput -----------------------------------------------------------------------------

TUNED_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)


async def _throughput(call: Callable[[], Awaitable[object]], concurrency: int, total: int) -> float:
    per_worker = total // concurrency

    async def worker() -> None:
        for _ in range(per_worker):
            await call()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return per_worker * concurrency / (time.perf_counter() - started)


def _raw_call(client: httpx.AsyncClient) -> Callable[[], Awaitable[object]]:
    async def call() -> object:
        response = await client.get("/webcast/room_id", params={"uniqueId": NAME})
        response.raise_for_status()
        return response.json()

    return call


async def _async_round(server: Server, concurrency: int, quick: bool) -> dict[str, Any]:
    import tiktok_live
    from tiktok_live._base import USER_AGENT

    headers = {"User-Agent": USER_AGENT, "x-api-key": KEY}
    default = httpx.AsyncClient(base_url=server.url, headers=headers)
    tuned = httpx.AsyncClient(base_url=server.url, headers=headers, limits=TUNED_LIMITS)
    ours = tiktok_live.AsyncTikTokLiveClient(api_key=KEY, base_url=server.url)

    async def wrapper_call() -> object:
        return await ours.room_id(NAME)

    calls: dict[str, Callable[[], Awaitable[object]]] = {
        "raw_httpx_default_limits": _raw_call(default),
        "raw_httpx_tuned_limits": _raw_call(tuned),
        "wrapper": wrapper_call,
    }
    official = official_sdk()
    official_client = None
    if official is not None:
        official_class, official_room_id = official
        official_client = official_class(base_url=server.url, token=KEY)  # as its README shows

        async def official_call() -> object:
            parsed = await official_room_id.asyncio(NAME, client=official_client)
            assert parsed is not None, "the official SDK parsed the answer"
            return parsed

        calls["official_sdk"] = official_call
    total = (300 if concurrency == 1 else 500) if quick else (1000 if concurrency == 1 else 2000)
    repeats = 3 if quick else 9
    for call in calls.values():  # warm-up
        await _throughput(call, concurrency, total // 4)
    results: dict[str, list[float]] = {name: [] for name in calls}
    connections: dict[str, list[float]] = {name: [] for name in calls}
    for order in _rotations(list(calls), repeats):
        for name in order:
            # A short warm-up first: httpx's default keep-alive expiry (5 s) would otherwise close a pool's
            # connections while the other contenders run, and this measures steady state.
            await _throughput(calls[name], concurrency, concurrency * 2)
            server.reset()
            results[name].append(await _throughput(calls[name], concurrency, total))
            connections[name].append(server.connections())
    await default.aclose()
    await tuned.aclose()
    await ours.aclose()
    if official_client is not None:
        await official_client.get_async_httpx_client().aclose()
    figures: dict[str, Any] = {
        "requests_per_run": total,
        "runs": repeats,
        "median_requests_per_s": {name: _median(values) for name, values in results.items()},
        "ratio_to_raw_default_limits": _paired(results, "raw_httpx_default_limits"),
        "ratio_to_raw_tuned_limits": _paired(results, "raw_httpx_tuned_limits"),
        "median_new_connections_per_run": {name: _median(values) for name, values in connections.items()},
    }
    if "official_sdk" in results:
        figures["ratio_to_official_sdk"] = _paired(results, "official_sdk")
    return figures


async def async_throughput(server: Server, quick: bool) -> dict[str, Any]:
    figures: dict[str, Any] = {f"concurrency_{c}": await _async_round(server, c, quick) for c in (1, 10, 50)}
    figures["official_sdk"] = official_note()
    return figures


# -- import time and the CLI's start-up ----------------------------------------------------------------

IMPORTS = {
    "bare_interpreter": "pass",
    "httpx": "import httpx",
    "tiktok_live": "import tiktok_live",
    "tiktok_live_clients": "from tiktok_live import TikTokLiveClient, AsyncTikTokLiveClient",
}
# Goals, as ratios to `import httpx` measured in the same run (net of the bare interpreter's start).
IMPORT_GOALS = {"tiktok_live_clients": 1.2}
# `tiktok-live ...` as a user starts it (the console script), in the same rotation as the imports; its figures are
# whole start-ups (interpreter included), compared with `python -c "import httpx"` started alike.
CLI_STARTS = {
    "tiktok_live_help": ["--help"],
    "tiktok_live_group_help": ["alerts", "--help"],
}
CLI_GOAL_MS = 150.0


def _cli_command() -> list[str]:
    script = Path(sys.executable).parent / "tiktok-live"
    return [str(script)] if script.exists() else [sys.executable, "-m", "tiktok_live.cli"]


# What a program using the official SDK imports for the same call (it has no command-line tool).
OFFICIAL_IMPORT = (
    "from EulerApiSdk import AuthenticatedClient; from EulerApiSdk.api.tik_tok_live_anchors import retrieve_room_id"
)


def _imports() -> dict[str, str]:
    return {**IMPORTS, "official_sdk": OFFICIAL_IMPORT} if official_sdk() is not None else dict(IMPORTS)


def _private_bytecode_env() -> dict[str, str]:
    """Installed packages come with compiled bytecode (pip compiles it); an editable checkout has none, and the
    environment may forbid writing it. A private bytecode cache gives this checkout the same footing as httpx."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="tiktok-live-bench-pycache-")
    return env


def startup_times(quick: bool) -> tuple[dict[str, Any], dict[str, Any]]:
    """Fresh processes, in a rotating order: the imports (`import_time`) and the CLI's start-up (`cli_startup`)."""
    runs = 5 if quick else 21
    imports = _imports()
    commands = {name: [sys.executable, "-c", code] for name, code in imports.items()}
    commands.update({name: [*_cli_command(), *argv] for name, argv in CLI_STARTS.items()})
    times: dict[str, list[float]] = {name: [] for name in commands}
    env = _private_bytecode_env()
    for order in _rotations(list(commands), runs + 1):
        for name in order:
            started = time.perf_counter()
            subprocess.run(commands[name], check=True, env=env, stdout=subprocess.DEVNULL)
            times[name].append((time.perf_counter() - started) * 1e3)
    times = {name: values[1:] for name, values in times.items()}  # the first round warms the caches
    bare = _median(times["bare_interpreter"])
    net = {name: _median(times[name]) - bare for name in imports if name != "bare_interpreter"}
    ratios = {name: value / net["httpx"] for name, value in net.items()}
    import_figures = {
        "runs": runs,
        "bare_interpreter_ms": bare,
        "net_ms": net,
        "ratio_to_httpx": ratios,
        "goal_ratio_to_httpx": IMPORT_GOALS,
        "within_goal": {name: ratios[name] <= goal for name, goal in IMPORT_GOALS.items()},
        "official_sdk": official_note(),
    }
    cli_ms = {name: _median(times[name]) for name in CLI_STARTS}
    cli = {
        "runs": runs,
        "commands": {name: " ".join(["tiktok-live", *argv]) for name, argv in CLI_STARTS.items()},
        "median_ms": cli_ms,
        "python_import_httpx_ms": _median(times["httpx"]),
        "python_pass_ms": bare,
        "ratio_to_python_import_httpx": {
            name: _median([value / base for value, base in zip(times[name], times["httpx"], strict=True)])
            for name in CLI_STARTS
        },
        "goal_ms": CLI_GOAL_MS,
        "within_goal": {name: value <= CLI_GOAL_MS for name, value in cli_ms.items()},
        "official_sdk": "eulerapisdk has no command-line tool",
    }
    return import_figures, cli


# -- cold start: a fresh process's first answer -------------------------------------------------------

# Each program imports, builds its client and makes one room id call against the server (argv[1]), then exits.
COLD_STARTS = {
    "raw_httpx": (
        "import sys, httpx\n"
        "r = httpx.get(sys.argv[1] + '/webcast/room_id', "
        f"params={{'uniqueId': '{NAME}'}}, headers={{'x-api-key': '{KEY}'}})\n"
        "r.raise_for_status(); r.json()"
    ),
    "tiktok_live": (
        "import sys\nfrom tiktok_live import TikTokLiveClient\n"
        f"TikTokLiveClient(api_key='{KEY}', base_url=sys.argv[1]).room_id('{NAME}')"
    ),
    "official_sdk": (
        f"import sys\n{OFFICIAL_IMPORT.replace('; ', chr(10))}\n"
        f"assert retrieve_room_id.sync('{NAME}', client=AuthenticatedClient(base_url=sys.argv[1], token='{KEY}'))"
    ),
}


def cold_start(server: Server, quick: bool) -> dict[str, Any]:
    """Fresh processes, in a rotating order (as the imports): from the interpreter's start to the first answer."""
    runs = 5 if quick else 21
    programs = {name: code for name, code in COLD_STARTS.items() if name != "official_sdk" or official_sdk()}
    env = _private_bytecode_env()
    times: dict[str, list[float]] = {name: [] for name in programs}
    for order in _rotations(list(programs), runs + 1):
        for name in order:
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", programs[name], server.url], check=True, env=env)
            times[name].append((time.perf_counter() - started) * 1e3)
    times = {name: values[1:] for name, values in times.items()}  # the first round warms the caches
    figures: dict[str, Any] = {
        "runs": runs,
        "median_ms": {name: _median(values) for name, values in times.items()},
        "ratio_to_raw_httpx": _paired(times, "raw_httpx"),
        "official_sdk": official_note(),
    }
    if "official_sdk" in times:
        figures["ratio_to_official_sdk"] = _paired(times, "official_sdk")
    return figures


def cold_start_lines(results: dict[str, Any]) -> list[str]:
    c = results["cold_start"]
    lines = [f"Cold start to the first answer, whole process (median of {c['runs']})"]
    for name, value in c["median_ms"].items():
        note = f"x{c['ratio_to_raw_httpx'][name]:.2f} raw httpx"
        if "ratio_to_official_sdk" in c:
            note += f", x{c['ratio_to_official_sdk'][name]:.2f} official SDK"
        lines.append(f"  {name:<44} {value:>11.1f} ms  {note}")
    if c["official_sdk"]["measured"] == "no":
        lines.append(f"  (official SDK not measured: {c['official_sdk']['why']})")
    return lines


def startup_lines(results: dict[str, Any]) -> list[str]:
    i = results["import_time"]
    lines = [
        f"Import time, fresh interpreters (median of {i['runs']}, less bare start {i['bare_interpreter_ms']:.0f} ms)"
    ]
    for name, value in i["net_ms"].items():
        goal = i.get("goal_ratio_to_httpx", {}).get(name)
        note = f"x{i['ratio_to_httpx'][name]:.2f} import httpx" + (f" (goal: at most x{goal})" if goal else "")
        label = "import eulerapisdk (the official SDK)" if name == "official_sdk" else IMPORTS[name]
        lines.append(f"  {label:<44} {value:>11.1f} ms  {note}")
    c = results.get("cli_startup")
    if c is not None:
        lines.append(
            f"CLI start-up, whole process (median of {c['runs']}; python -c pass {c['python_pass_ms']:.0f} ms, "
            f"python -c 'import httpx' {c['python_import_httpx_ms']:.0f} ms)"
        )
        for name, value in c["median_ms"].items():
            note = f"x{c['ratio_to_python_import_httpx'][name]:.2f} import httpx (goal: at most {c['goal_ms']:.0f} ms)"
            lines.append(f"  {c['commands'][name]:<44} {value:>11.1f} ms  {note}")
    return lines


# -- connections, payload, bulk --------------------------------------------------------------------


def sequential_connections(server: Server) -> dict[str, int]:
    import tiktok_live

    server.reset()
    with tiktok_live.TikTokLiveClient(api_key=KEY, base_url=server.url) as client:
        for _ in range(100):
            client.room_id(NAME)
    sync_count = server.connections()

    async def run_async() -> None:
        async with tiktok_live.AsyncTikTokLiveClient(api_key=KEY, base_url=server.url) as client:
            for _ in range(100):
                await client.room_id(NAME)

    server.reset()
    asyncio.run(run_async())
    return {"sync_100_calls": sync_count, "async_100_calls": server.connections()}


def fetch_payload(server: Server, quick: bool) -> dict[str, Any]:
    import tiktok_live

    raw = httpx.Client(base_url=server.url, headers={"x-api-key": KEY})
    ours = tiktok_live.TikTokLiveClient(api_key=KEY, base_url=server.url)
    answer = ours.with_raw_response.fetch_webcast_url(room_id="7321")
    result = answer.parse()
    calls: dict[str, Callable[[], object]] = {
        "raw_httpx": lambda: raw.get("/webcast/fetch", params={"roomId": "7321", "client": "ttlive-other"}).content,
        "wrapper": lambda: ours.fetch_webcast_url(room_id="7321").payload,
    }
    per_block, repeats = (10, 3) if quick else (50, 11)
    results: dict[str, list[float]] = {name: [] for name in calls}
    for order in _rotations(list(calls), repeats):
        for name in order:
            started = time.perf_counter()
            for _ in range(per_block):
                calls[name]()
            results[name].append((time.perf_counter() - started) / per_block * 1e6)
    raw.close()
    ours.close()
    return {
        "payload_bytes": len(result.payload),
        "payload_is_response_content": result.payload is answer.http_response.content,
        "median_us": {name: _median(values) for name, values in results.items()},
        "ratio_to_raw_httpx": _paired(results, "raw_httpx"),
    }


def bulk_check(server: Server, quick: bool) -> dict[str, Any]:
    import tiktok_live

    count = 200 if quick else 1000
    ids = [f"creator_{index}" for index in range(count)]
    figures: dict[str, Any] = {"ids": count, "latency_s": server.latency}
    for concurrency in (10, 50):
        ideal = server.latency * count / concurrency

        async def run_async(concurrency: int = concurrency) -> float:
            async with tiktok_live.AsyncTikTokLiveClient(api_key=KEY, base_url=server.url) as client:
                started = time.perf_counter()
                results = await client.check_live(ids, concurrency=concurrency)
                elapsed = time.perf_counter() - started
            assert all(result.is_live for result in results), "every creator is live on the bench server"
            return elapsed

        async_elapsed = asyncio.run(run_async())
        with tiktok_live.TikTokLiveClient(api_key=KEY, base_url=server.url) as client:
            started = time.perf_counter()
            results = client.check_live(ids, concurrency=concurrency)
            sync_elapsed = time.perf_counter() - started
        assert all(result.is_live for result in results)
        figures[f"concurrency_{concurrency}"] = {
            "ideal_s": ideal,
            "async_s": async_elapsed,
            "async_ratio_to_ideal": async_elapsed / ideal,
            "sync_s": sync_elapsed,
            "sync_ratio_to_ideal": sync_elapsed / ideal,
        }
    return figures


def bulk_requests() -> dict[str, Any]:
    """HTTP requests `check_live` makes for 1,000 numeric user ids (RetrieveBulkLiveCheck, in chunks) and for
    1,000 unique ids (one room_id each), counted on the in-process fake; both clients. The key is unlimited, so
    no 429 adds retries: the counts are what the ids cost."""
    import tiktok_live
    from tiktok_live._lib._bulk import BULK_LIMIT
    from tiktok_live.testing import FakeEulerService, RateLimits

    count = 1000
    service = FakeEulerService()
    service.add_key(KEY, limits=RateLimits.unlimited())
    creators = [
        service.add_creator(f"creator_{index}", str(7_400_000_000_000_000_000 + index)) for index in range(count)
    ]
    inputs: dict[str, list[str | int]] = {
        "numeric_ids": [int(creator.numeric_uid) for creator in creators],
        "unique_ids": [creator.unique_id for creator in creators],
    }
    figures: dict[str, Any] = {"ids": count, "bulk_limit": BULK_LIMIT}
    for kind, ids in inputs.items():
        counts: dict[str, int] = {}
        seconds: dict[str, float] = {}
        for client_name in ("sync", "async"):
            service.clear_requests()
            started = time.perf_counter()
            if client_name == "sync":
                with tiktok_live.TikTokLiveClient(
                    api_key=KEY, http_client=httpx.Client(transport=service.transport())
                ) as client:
                    results = client.check_live(ids, session_id="bench-session", concurrency=10)
            else:

                async def run_async(ids: list[str | int] = ids) -> list[tiktok_live.LiveStatus]:
                    async with tiktok_live.AsyncTikTokLiveClient(
                        api_key=KEY, http_client=httpx.AsyncClient(transport=service.async_transport())
                    ) as client:
                        return await client.check_live(ids, session_id="bench-session", concurrency=10)

                results = asyncio.run(run_async())
            seconds[client_name] = time.perf_counter() - started
            assert all(result.is_live for result in results), "every creator is live on the fake"
            counts[client_name] = len(service.requests)
        figures[kind] = {"http_requests": counts, "seconds_in_process": seconds}
    return figures


def bulk_requests_lines(figures: dict[str, Any]) -> list[str]:
    lines = [f"check_live, HTTP requests for {figures['ids']} ids (counted on the in-process fake)"]
    for kind in ("numeric_ids", "unique_ids"):
        counts, seconds = figures[kind]["http_requests"], figures[kind]["seconds_in_process"]
        note = f"sync / async; {seconds['sync']:.2f} s / {seconds['async']:.2f} s in process"
        lines.append(f"  {kind.replace('_', ' '):<44} {counts['sync']:>6} / {counts['async']}  {note}")
    return lines


# -- report ----------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {
        "cpu_count": os.cpu_count(),
        "cpu_model": cpu,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "versions": {
            name: version(name)
            for name in ("httpx", "httpcore", "h11", "attrs", "tiktok-live", "eulerapisdk")
            if name != "eulerapisdk" or official_sdk() is not None
        },
    }


def table(results: dict[str, Any]) -> str:
    lines: list[str] = []

    def row(label: str, value: str, note: str = "") -> None:
        lines.append(f"  {label:<44} {value:>14}  {note}")

    m = results["machine"]
    lines.append(f"Machine: {m['cpu_count']} cores, {m['cpu_model']}, Python {m['python']}")
    lines.append("Versions: " + ", ".join(f"{name} {value}" for name, value in m["versions"].items()))
    c = results["server_ceiling"]
    lines.append("Server ceiling (raw socket client)")
    row("sequential round trip", f"{c['round_trip_us']:.0f} us")
    row("pipelined", f"{c['pipelined_requests_per_s']:.0f} req/s")
    lines.extend(sync_latency_lines(results))
    for key, a in results["async_throughput"].items():
        if not key.startswith("concurrency_"):
            continue
        lines.append(f"Async room_id, {key.replace('_', ' ')} (median of {a['runs']} runs)")
        for name, value in a["median_requests_per_s"].items():
            note = (
                f"x{a['ratio_to_raw_default_limits'][name]:.2f} default, "
                f"x{a['ratio_to_raw_tuned_limits'][name]:.2f} tuned; "
                f"{a['median_new_connections_per_run'][name]:.0f} connections/run"
            )
            row(name, f"{value:.0f} req/s", note)
    lines.extend(startup_lines(results))
    if "cold_start" in results:
        lines.extend(cold_start_lines(results))
    k = results["connections"]
    lines.append("TCP connections accepted by the server for 100 sequential calls on one client")
    row("sync / async", f"{k['sync_100_calls']} / {k['async_100_calls']}")
    f = results["fetch_payload"]
    lines.append(
        f"fetch_webcast_url, {f['payload_bytes'] // 1024} KiB payload (payload is response.content: "
        f"{f['payload_is_response_content']})"
    )
    for name, value in f["median_us"].items():
        row(name, f"{value:.0f} us", f"x{f['ratio_to_raw_httpx'][name]:.3f} raw httpx")
    b = results["bulk_check"]
    lines.append(f"check_live, {b['ids']} ids, {b['latency_s'] * 1000:.0f} ms server latency")
    for key, value in b.items():
        if key.startswith("concurrency_"):
            row(
                key.replace("_", " "),
                f"{value['async_s']:.2f} s",
                f"async x{value['async_ratio_to_ideal']:.2f} ideal {value['ideal_s']:.2f} s; "
                f"sync {value['sync_s']:.2f} s (x{value['sync_ratio_to_ideal']:.2f})",
            )
    if "bulk_requests" in results:
        lines.extend(bulk_requests_lines(results["bulk_requests"]))
    if "live_events" in results:
        lines.extend(bench_live.table_lines(results))
    if "fake_keepalive" in results:
        lines.extend(fake_keepalive_lines(results["fake_keepalive"]))
    if "watch_creators" in results:
        import bench_watch

        lines.extend(bench_watch.table(results["watch_creators"]).splitlines())
    return "\n".join(lines)


def _read_results(output: Path) -> dict[str, Any]:
    """The figures already in `output` (none when it does not exist yet), for an `--only` run to merge into."""
    results: dict[str, Any] = json.loads(output.read_text()) if output.exists() else {}
    return results


def _write_results(output: Path, results: dict[str, Any]) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2) + "\n")


def _budget_only(output: Path) -> int:
    import bench_budget

    figures = bench_budget.measure()
    print(bench_budget.table(figures))
    results = _read_results(output)
    results["shared_budget"] = figures
    _write_results(output, results)
    print(f"Merged into {output}.")
    return 0


def only_watch(output: Path) -> int:
    """`--only watch`: what watching creators costs (scripts/bench_watch.py), merged into `output`'s figures."""
    import bench_watch

    results = _read_results(output)
    results["watch_creators"] = bench_watch.measure()
    print(bench_watch.table(results["watch_creators"]))
    _write_results(output, results)
    print(f"Merged into {output}.")
    return 0


def only_fleet(output: Path) -> int:
    """`--only fleet`: the fleet utilisation of the rate-limit budget, merged into `output`'s figures."""
    import bench_budget

    results = _read_results(output)
    print("Measuring the fleet's utilisation of the plan...", file=sys.stderr)
    figures = bench_budget.measure_fleet()
    print(bench_budget.fleet_table(figures))
    results.setdefault("shared_budget", {})["fleet_utilisation"] = figures
    _write_results(output, results)
    print(f"Merged into {output}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument("--quick", action="store_true", help="fewer repeats: a smoke test, not figures")
    parser.add_argument(
        "--only",
        choices=["sync", "startup", "live", "bulk-requests", "fleet", "fake", "watch"],
        help="measure only the sync per-call latency, the import times, the CLI's start-up and cold starts, live "
        "events, check_live's request counts, the fleet's utilisation of a plan through the shared budget, or the "
        "fake's kept-alive request latency (serve-fake), or what watching 1,000 and 10,000 creators costs "
        "(scripts/bench_watch.py); merge into --output's figures",
    )
    parser.add_argument(
        "--budget-only",
        action="store_true",
        help="only the rate-limit budget part (scripts/bench_budget.py: check_live over 4 processes and the "
        "fleet utilisation); merged into --output",
    )
    args = parser.parse_args(argv)
    if args.budget_only:
        return _budget_only(args.output)
    quick: bool = args.quick
    if args.only == "sync":
        return only_sync(args.output, quick)
    if args.only == "startup":
        return only_startup(args.output, quick)
    if args.only == "live":
        return only_live(args.output, quick)
    if args.only == "bulk-requests":
        return only_bulk_requests(args.output)
    if args.only == "fleet":
        return only_fleet(args.output)
    if args.only == "fake":
        return only_fake(args.output, quick)
    if args.only == "watch":
        return only_watch(args.output)
    started = time.perf_counter()
    results: dict[str, Any] = {"machine": machine(), "quick": quick}
    print("Measuring import time and the CLI's start-up...", file=sys.stderr)
    results["import_time"], results["cli_startup"] = startup_times(quick)
    with running() as server:
        print("Measuring the server's ceiling...", file=sys.stderr)
        results["server_ceiling"] = server_ceiling(server, quick)
        print("Measuring sync latency...", file=sys.stderr)
        results["sync_latency"] = sync_latency(server, quick)
        print("Measuring cold starts...", file=sys.stderr)
        results["cold_start"] = cold_start(server, quick)
        print("Measuring async throughput...", file=sys.stderr)
        results["async_throughput"] = asyncio.run(async_throughput(server, quick))
        results["connections"] = sequential_connections(server)
        results["fetch_payload"] = fetch_payload(server, quick)
    with running(latency=0.02) as slow_server:
        print("Measuring check_live...", file=sys.stderr)
        results["bulk_check"] = bulk_check(slow_server, quick)
    print("Counting check_live's requests...", file=sys.stderr)
    results["bulk_requests"] = bulk_requests()
    print("Measuring live events...", file=sys.stderr)
    results["live_events"] = bench_live.live_events(quick)
    print("Measuring the fake's kept-alive request latency...", file=sys.stderr)
    results["fake_keepalive"] = fake_keepalive(quick)
    import bench_watch

    results["watch_creators"] = bench_watch.measure()
    print("Measuring the shared rate-limit budget...", file=sys.stderr)
    import bench_budget

    results["shared_budget"] = bench_budget.measure()
    print(bench_budget.table(results["shared_budget"]))
    results["duration_s"] = time.perf_counter() - started
    print(table(results))
    _write_results(args.output, results)
    print(f"Wrote {args.output} in {results['duration_s']:.0f} s.")
    return 0


def sync_latency_lines(results: dict[str, Any]) -> list[str]:
    s = results["sync_latency"]
    lines = [f"Sync room_id, per call (median of {s['blocks']} blocks of {s['calls_per_block']}; paired ratios)"]
    for name, value in s["median_us"].items():
        note = f"x{s['ratio_to_fastest_raw'][name]:.3f} fastest raw, x{s['ratio_to_raw_httpx'][name]:.3f} raw get"
        if "ratio_to_official_sdk" in s:
            note += f", x{s['ratio_to_official_sdk'][name]:.3f} official SDK"
        lines.append(f"  {name:<44} {value:>11.0f} us  {note}")
    met = "met" if s["within_goal"] else "NOT met"
    lines.append(f"  goal: wrapper at most x{s['goal_ratio_to_fastest_raw']} the fastest raw call: {met}")
    if "ahead_of_official_sdk" in s:
        lines.append(f"  ahead of the official SDK: {'yes' if s['ahead_of_official_sdk'] else 'NO'}")
    else:
        lines.append(f"  (official SDK not measured: {s['official_sdk']['why']})")
    return lines


def only_sync(output: Path, quick: bool) -> int:
    """`--only sync`: the sync per-call latency (same pairing and medians), merged into `output`'s figures."""
    results = _read_results(output)
    print("Measuring sync latency...", file=sys.stderr)
    with running() as server:
        results["sync_latency"] = sync_latency(server, quick)
    print("\n".join(sync_latency_lines(results)))
    _write_results(output, results)
    print(f"Merged the sync per-call figures into {output}.")
    return 0


def only_startup(output: Path, quick: bool) -> int:
    """`--only startup`: the import times and the CLI's start-up (one rotation), merged into `output`'s figures."""
    results = _read_results(output)
    print("Measuring import time and the CLI's start-up...", file=sys.stderr)
    results["import_time"], results["cli_startup"] = startup_times(quick)
    print("Measuring cold starts...", file=sys.stderr)
    with running() as server:
        results["cold_start"] = cold_start(server, quick)
    print("\n".join(startup_lines(results) + cold_start_lines(results)))
    _write_results(output, results)
    print(f"Merged the import and start-up figures into {output}.")
    return 0


def only_live(output: Path, quick: bool) -> int:
    """`--only live`: the live-event figures, merged into the results already in `output`."""
    results = _read_results(output)
    print("Measuring live events...", file=sys.stderr)
    results["live_events"] = bench_live.live_events(quick)
    print("\n".join(bench_live.table_lines(results)))
    _write_results(output, results)
    print(f"Merged the live-event figures into {output}.")
    return 0


def only_bulk_requests(output: Path) -> int:
    """`--only bulk-requests`: check_live's request counts, merged into the results already in `output`."""
    results = _read_results(output)
    print("Counting check_live's requests...", file=sys.stderr)
    results["bulk_requests"] = bulk_requests()
    print("\n".join(bulk_requests_lines(results["bulk_requests"])))
    _write_results(output, results)
    print(f"Merged check_live's request counts into {output}.")
    return 0


# -- the offline fake (tiktok-live serve-fake) -----------------------------------------------------

FAKE_GOAL_MS = 2.0
"""The goal for a kept-alive request to `serve-fake`: at most 2 ms (it was ~44 ms while headers and body went
out in two sends without TCP_NODELAY, Nagle's algorithm waiting on the client's delayed ACK)."""


@contextlib.contextmanager
def _serve_fake() -> Iterator[int]:
    """`python -m tiktok_live.testing --port 0` in a child process (as a Node or Go test suite runs it); its port."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tiktok_live.testing", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if "listening on http://" in line:
                yield int(line.rsplit(":", 1)[1])
                break
        else:
            raise RuntimeError("serve-fake did not print its URL")
    finally:
        process.kill()
        process.wait()


def _raw_keepalive(port: int, key: str, count: int) -> list[float]:
    """`count` sequential GET room_id requests on one raw keep-alive socket; seconds each."""
    request = (f"GET /webcast/room_id?uniqueId={NAME} HTTP/1.1\r\nHost: 127.0.0.1\r\nx-api-key: {key}\r\n\r\n").encode()
    times: list[float] = []
    with socket.create_connection(("127.0.0.1", port)) as sock:
        for _ in range(count):
            started = time.perf_counter()
            sock.sendall(request)
            data = b""
            while b"\r\n\r\n" not in data:
                data += sock.recv(65536)
            head, body = data.split(b"\r\n\r\n", 1)
            length = next(
                int(line.split(b":", 1)[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length:")
            )
            while len(body) < length:
                body += sock.recv(65536)
            times.append(time.perf_counter() - started)
            assert head.startswith(b"HTTP/1.1 200"), head[:40]
    return times


def _httpx_keepalive(port: int, key: str, count: int) -> list[float]:
    times: list[float] = []
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers={"x-api-key": key}) as client:
        for _ in range(count):
            started = time.perf_counter()
            client.get("/webcast/room_id", params={"uniqueId": NAME}).raise_for_status()
            times.append(time.perf_counter() - started)
    return times


def fake_keepalive(quick: bool) -> dict[str, Any]:
    """The per-request latency of `serve-fake` on one kept-alive connection: a raw socket client and raw httpx,
    in alternating blocks (each on a fresh key, so no block meets the Enterprise plan's 600 a minute)."""
    per_block, repeats = (100, 2) if quick else (200, 5)
    results: dict[str, list[float]] = {"raw_socket": [], "raw_httpx": []}
    clients = {"raw_socket": _raw_keepalive, "raw_httpx": _httpx_keepalive}
    with _serve_fake() as port:
        for index, order in enumerate(_rotations(list(clients), repeats)):
            for name in order:
                times = clients[name](port, f"sk-bench-fake-{index}-{name}", per_block)
                results[name].extend(times[1:])  # the first one opens the connection
    median_ms = {name: _median(values) * 1000 for name, values in results.items()}
    return {
        "requests": {name: len(values) for name, values in results.items()},
        "median_ms": median_ms,
        "p90_ms": {name: statistics.quantiles(values, n=10)[-1] * 1000 for name, values in results.items()},
        "goal_ms": FAKE_GOAL_MS,
        "goal_met": median_ms["raw_socket"] <= FAKE_GOAL_MS,
    }


def fake_keepalive_lines(figures: dict[str, Any]) -> list[str]:
    lines = ["fake: kept-alive request (serve-fake, GET room_id on one connection)"]
    met = "met" if figures["goal_met"] else "NOT met"
    for name, value in figures["median_ms"].items():
        note = f"p90 {figures['p90_ms'][name]:.2f} ms, {figures['requests'][name]} requests"
        if name == "raw_socket":
            note += f"; goal <= {figures['goal_ms']:.0f} ms: {met}"
        lines.append(f"  {name:<44} {value:>11.2f} ms  {note}")
    return lines


def only_fake(output: Path, quick: bool) -> int:
    """`--only fake`: the fake's kept-alive request latency, merged into `output`'s figures."""
    results = _read_results(output)
    print("Measuring the fake's kept-alive request latency...", file=sys.stderr)
    results["fake_keepalive"] = fake_keepalive(quick)
    print("\n".join(fake_keepalive_lines(results["fake_keepalive"])))
    _write_results(output, results)
    print(f"Merged the fake's kept-alive figures into {output}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
