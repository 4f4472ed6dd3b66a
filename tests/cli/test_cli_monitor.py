"""`tiktok-live monitor`: NDJSON transitions, the plan and a summary, a status line on a terminal, Ctrl-C."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path
from typing import Any

import pytest
import redis

from tiktok_live import cli
from tiktok_live._cli import _monitor as _cli_monitor

from .._redis_server import RedisServer
from ..lib.test_watch import START, _client, _setup


def _args(**overrides: Any) -> argparse.Namespace:
    values: dict[str, Any] = {
        "creators": [],
        "from_file": None,
        "budget_share": 0.5,
        "interval": None,
        "duration": None,
        "json": False,
        "quiet": False,
        "connect": False,
        "coordinator": None,
        "fleet": None,
        "lease": None,
    }
    values.update(overrides)
    return argparse.Namespace(**values)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _run(args: argparse.Namespace, err: io.StringIO | None = None, **session: Any) -> tuple[int, str, str, Any]:
    clock, service, schedule = _setup()
    schedule.script("alpha", [(START + 30, START + 90)])
    schedule.script("beta", [(START + 60, START + 400)])
    client = _client(clock, service)
    watch = client.watch_creators(_cli_monitor.creators_of(args), **session)
    out, err = io.StringIO(), err or io.StringIO()
    code = _cli_monitor.monitor(client, watch, args, out=out, err=err)
    return code, out.getvalue(), err.getvalue(), service


def test_json_prints_one_transition_a_line_and_the_plan_and_summary_on_stderr(tmp_path: Path) -> None:
    names = tmp_path / "creators.txt"
    names.write_text("# watched\nalpha\n\n@beta\n")
    code, out, err, _ = _run(_args(from_file=str(names), json=True, duration=200))
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(line["event"], line["creator"]) for line in lines] == [
        ("WentLive", "alpha"),
        ("WentLive", "beta"),
        ("WentOffline", "alpha"),
    ]
    assert lines[0]["room_id"]
    assert lines[0]["at"].endswith("Z")
    assert "tiktok-live: 2 creators on this key: every" in err
    assert "monitor ended after 200 s: 2 creators, 2 went live, 1 went offline, 0 checks failed" in err
    assert "live now: @beta" in err
    assert "\r" not in err  # no status line off a terminal


def test_people_get_lines_and_on_a_terminal_a_status_line() -> None:
    code, out, err, _ = _run(_args(creators=["alpha", "beta"], duration=100), err=_Terminal(), session_id="s-1")
    assert code == 0
    assert [line.split()[1:3] for line in out.splitlines()] == [
        ["live", "@alpha"],
        ["live", "@beta"],
        ["offline", "@alpha"],
    ]
    assert "2 creators, 1 live now," in err
    assert "requests in the last minute, next sweep in" in err
    assert "with bulk live check" in err


def test_ctrl_c_stops_with_the_summary_and_exit_130(monkeypatch: pytest.MonkeyPatch) -> None:
    waits = 0
    original = _cli_monitor._Screen.update

    def interrupt_later(self: Any) -> None:
        nonlocal waits
        waits += 1
        if waits == 40:
            raise KeyboardInterrupt
        original(self)

    monkeypatch.setattr(_cli_monitor._Screen, "update", interrupt_later)
    code, _, err, _ = _run(_args(creators=["alpha"]))
    assert code == 130
    assert "monitor stopped after" in err


def test_the_command_is_wired_and_needs_creators(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["--mock", "--json", "monitor", "someone", "--duration", "0"])
    assert done.value.code == 0
    captured = capsys.readouterr()
    assert "monitor ended after 0 s: 1 creator" in captured.err
    assert cli.main(["--mock", "monitor"]) == 2
    assert "monitor needs at least one name" in capsys.readouterr().err


def test_fleet_options_need_a_coordinator_and_one_runs_in_a_fleet(
    capsys: pytest.CaptureFixture[str], redis_server: RedisServer
) -> None:
    assert cli.main(["--mock", "monitor", "someone", "--lease", "5"]) == 2
    assert "--fleet and --lease are for a fleet: give --coordinator too" in capsys.readouterr().err
    with pytest.raises(SystemExit) as done:
        cli.main(
            ["--mock", "monitor", "someone", "--duration", "2", "--coordinator", redis_server.url, "--fleet", "cli"]
        )
    assert done.value.code == 0
    assert "monitor ended after" in capsys.readouterr().err
    stored = redis.Redis.from_url(redis_server.url, decode_responses=True)
    try:
        assert stored.smembers("tiktok-live:watch:cli:creators") == {"someone"}
        assert [fields["creator"] for _, fields in stored.xrange("tiktok-live:watch:cli:transitions")] == ["someone"]
    finally:
        stored.close()


def test_connect_prints_each_live_event_after_its_creator() -> None:
    from tiktok_live._live._events import ChatEvent, User

    event = ChatEvent(
        type="WebcastChatMessage", data={}, user=User(id="1", unique_id="fan", nickname="Fan"), comment="hello"
    )
    out = io.StringIO()
    _cli_monitor._live_event_printer(_args(), out)("alpha", event)
    _cli_monitor._live_event_printer(_args(json=True), out)("alpha", event)
    human, machine = out.getvalue().splitlines()
    assert human == "@alpha  Fan: hello"
    assert json.loads(machine)["creator"] == "alpha"
    assert json.loads(machine)["comment"] == "hello"
