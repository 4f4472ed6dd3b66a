"""`tiktok-live watch`: lines per event, NDJSON, filters, the stream's end, not live, Ctrl-C."""

from __future__ import annotations

import json
import os
import re
import signal
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tiktok_live import cli
from tiktok_live.testing import FakeEulerService, FakeLiveServer

from .._helpers import spawn

KEY = "watch-secret-key-0123456789"
EXECUTABLE = Path(sys.executable).parent / "tiktok-live"


@pytest.fixture
def live(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeLiveServer]:
    monkeypatch.setenv("EULER_API_KEY", KEY)
    with FakeLiveServer(FakeEulerService(), events=40) as server:
        monkeypatch.setenv("EULER_WS_URL", server.ws_url)
        yield server


def watch(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as caught:
        cli.main(["watch", *args])
    out, err = capsys.readouterr()
    assert isinstance(caught.value.code, int)
    return caught.value.code, out, err


def test_watch_prints_a_line_per_event_and_ends_with_the_stream(
    live: FakeLiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = watch("@someone", capsys=capsys)
    assert code == 0
    lines = out.splitlines()
    assert "Ana: hi everyone!" in lines
    assert "* Dmitri sent 3 x Rose (3 diamonds)" in lines  # one line per finished streak
    assert any(line.endswith(" joined") for line in lines)
    assert any(" liked x5 " in line for line in lines)
    assert any(line.startswith("* viewers: ") for line in lines)
    assert any(line.endswith(" followed") for line in lines)
    assert lines[-1] == "* the stream ended"
    assert err.count("\n") == 1
    assert err.startswith("watch @someone ended after ")
    assert re.search(r"\bviewers \d+", err)  # counted by --events group, not by class
    assert KEY not in out + err


def test_watch_json_is_ndjson_and_events_filters(live: FakeLiveServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = watch("@someone", "--json", "--events", "gift,chat", capsys=capsys)
    assert code == 0
    documents = [json.loads(line) for line in out.splitlines()]
    assert {document["event"] for document in documents} == {"ChatEvent", "GiftEvent"}
    gift = next(document for document in documents if document["event"] == "GiftEvent")
    assert gift["repeat_count"] >= 1
    assert gift["user"]["unique_id"]


def test_watch_an_offline_creator_exits_with_the_not_live_code(
    live: FakeLiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = watch("@offline_creator", capsys=capsys)
    assert code == 1  # as `is-live`
    assert out == ""
    assert "not live" in err
    assert err.count("\n") == 1


def test_watch_with_a_refused_key_exits_with_the_authentication_code(
    live: FakeLiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    live.service.strict = True  # the fake echoes the refused key in its close reason
    code, _, err = watch("@someone", capsys=capsys)
    assert code == 5
    assert KEY not in err


def test_watch_rejects_unknown_event_groups(live: FakeLiveServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["watch", "@someone", "--events", "chat,nope"]) == 2
    assert "--events" in capsys.readouterr().err


def test_watch_mock_streams_from_an_in_process_fake(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = watch("--mock", "@someone", "--events", "stream", capsys=capsys)
    assert code == 0
    assert out.splitlines() == ["* the stream ended"]


def test_ctrl_c_stops_watch_with_a_one_line_summary() -> None:
    with FakeLiveServer(FakeEulerService(), events=400, rate=20.0) as slow:
        env = {**os.environ, "EULER_API_KEY": KEY, "EULER_WS_URL": slow.ws_url}
        # A parent that ignores SIGINT (mutmut's workers do) would pass that on, and Ctrl-C would do nothing.
        process = spawn([str(EXECUTABLE), "watch", "@someone"], env=env, ctrl_c=True)
        try:
            assert process.stdout is not None
            first = [process.stdout.readline() for _ in range(3)]
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=20)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert all(line.strip() for line in first)
    assert process.returncode == 130
    assert err.count("\n") == 1, err
    assert err.startswith("watch @someone stopped after ")
    assert "events (" in err
    assert KEY not in "".join(first) + out + err


def test_watch_without_a_key_says_what_to_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["watch", "@someone"]) == 2
    assert "EULER_API_KEY" in capsys.readouterr().err
