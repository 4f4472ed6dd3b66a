"""The `tiktok-live` command line: human and JSON output, exit codes, --mock, serve-fake."""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tiktok_live import cli
from tiktok_live.testing import FakeEulerService

from .._helpers import SECRET_KEY, spawn

EXECUTABLE = Path(sys.executable).parent / "tiktok-live"


def run(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_mock_room_id_json_is_one_valid_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run("--mock", "room-id", "someone", "--json", capsys=capsys)
    assert code == 0
    document = json.loads(out)
    assert document["is_live"] is True
    assert document["room_id"]


def test_cli_console_script_is_installed() -> None:
    result = subprocess.run(
        [str(EXECUTABLE), "--mock", "room-id", "someone", "--json"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["is_live"] is True


@pytest.mark.parametrize(("name", "code"), [("someone", 0), ("offline_creator", 1)])
def test_cli_is_live_exit_code(name: str, code: int, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--mock", "is-live", name, capsys=capsys)[0] == code


def test_cli_human_output_for_each_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for args in (
        ["room-info", "@someone"],
        ["rate-limits"],
        ["sign", "https://www.tiktok.com/api/live/detail/?aid=1988"],
        ["video", "someone", "--stream-type", "flv_sd"],
    ):
        code, out, err = run("--mock", *args, capsys=capsys)
        assert (code, err) == (0, ""), args
        assert out.strip(), args
    code, out, _ = run("--mock", "cover", "someone", "-o", str(tmp_path / "cover.png"), capsys=capsys)
    assert code == 0
    assert (tmp_path / "cover.png").read_bytes().startswith(b"\x89PNG")


def test_cli_fetch_shows_decoded_envelope_without_cookie_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    payload = tmp_path / "fetch.bin"
    code, out, _ = run("--mock", "fetch", "--unique-id", "someone", "-o", str(payload), "--json", capsys=capsys)
    document = json.loads(out)
    assert code == 0
    assert document["push_server"].startswith("wss://")
    assert document["cursor"]
    assert "ttwid" in document["cookie_names"]
    assert payload.stat().st_size == document["payload_bytes"]


def test_cli_chat_reads_the_session_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("--mock", "chat", "7321", "hello", capsys=capsys)[0] == 2
    monkeypatch.setenv("TIKTOK_SESSION_ID", "sid")
    monkeypatch.setenv("TIKTOK_TT_TARGET_IDC", "useast5")
    code, _, err = run("--mock", "chat", "7321456789012345678", "hello", capsys=capsys)
    assert (code, err) == (0, "")


@pytest.mark.parametrize(
    ("status", "code"), [(401, 5), (402, 6), (403, 7), (404, 8), (429, 9), (500, 10), (503, 11), (400, 12)]
)
def test_cli_error_classes_have_distinct_exit_codes_and_one_line_messages(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], status: int, code: int
) -> None:
    service = FakeEulerService()
    service.fail_next("room_id", status=status, times=5)
    monkeypatch.setattr(time, "sleep", lambda seconds: None)  # the client's retry waits
    monkeypatch.setattr(cli, "_fake_transport", lambda: service.transport())
    exit_code, out, err = run("--mock", "room-id", "someone", "--timeout", "1", capsys=capsys)
    assert exit_code == code
    assert out == ""
    # Long waits before the retries each say so in a line of their own; the error is one line.
    *waits, error = err.splitlines()
    assert all(line.startswith("tiktok-live: waiting ") for line in waits)
    assert error.startswith("tiktok-live: room_id:")


def test_cli_connection_error_exit_code_and_no_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EULER_API_KEY", SECRET_KEY)
    monkeypatch.setattr(httpx.Client, "send", _refuse)
    code, out, err = run("--base-url", "http://127.0.0.1:9", "room-id", "someone", capsys=capsys)
    assert code == 3
    assert SECRET_KEY not in out + err


def _refuse(self: httpx.Client, request: httpx.Request, **kwargs: object) -> httpx.Response:
    raise httpx.ConnectError("refused", request=request)


def test_cli_key_from_file_is_never_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    key_file = tmp_path / "key"
    key_file.write_text(SECRET_KEY + "\n")
    code, out, err = run("--mock", "--api-key-file", str(key_file), "rate-limits", "--json", capsys=capsys)
    assert code == 0
    assert SECRET_KEY not in out + err


def test_cli_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--mock", "room-id", "not a name", capsys=capsys)[0] == 2
    with pytest.raises(SystemExit) as caught:
        cli.main(["room-id"])
    assert caught.value.code == 2


def test_cli_serve_fake_prints_its_url_and_stops_on_ctrl_c() -> None:
    process = spawn([str(EXECUTABLE), "serve-fake", "--port", "0"])
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(7)]
        url = next(word for line in lines for word in line.split() if word.startswith("http://127.0.0.1:"))
        assert any(line.startswith("export SIGN_API_URL=") or "SIGN_API_URL=" in line for line in lines)
        # The banner says every variable to export; with them (and nothing else) the CLI works against it.
        exports = dict(line.split("export ", 1)[1].strip().split("=", 1) for line in lines if "export " in line)
        assert exports["EULER_BASE_URL"] == exports["SIGN_API_URL"] == url
        assert exports["EULER_API_KEY"] == exports["SIGN_API_KEY"]
        env = {k: v for k, v in os.environ.items() if not k.startswith(("EULER_", "SIGN_"))}
        env.update(exports)
        checked = subprocess.run(
            [str(EXECUTABLE), "is-live", "someone", "--quiet"], env=env, capture_output=True, text=True, timeout=30
        )
        assert (checked.returncode, checked.stdout, checked.stderr) == (0, "", "")
    finally:
        process.send_signal(signal.SIGINT)
        out, _ = process.communicate(timeout=10)  # also closes the pipes
    assert process.returncode in (0, 130)
    assert "Stopping" in out


def test_cli_check_live_summary_json_and_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    names = tmp_path / "names.txt"
    names.write_text("# creators to watch\noffline_creator\n\nnobody_at_all\n")
    code, out, err = run("--mock", "check-live", "someone", "--from-file", str(names), capsys=capsys)
    assert code == 1  # one check failed
    assert out.splitlines()[0] == "3 checked: 1 live, 1 offline, 1 failed"
    assert err == ""  # no progress bar when stderr is not a terminal
    code, out, _ = run("--mock", "check-live", "someone", "offline_creator", "--json", capsys=capsys)
    assert code == 0
    assert [(item["unique_id"], item["is_live"]) for item in json.loads(out)] == [
        ("someone", True),
        ("offline_creator", False),
    ]


def test_cli_check_live_needs_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("--mock", "check-live", capsys=capsys)[0] == 2


def _command_paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _command_paths(sub, (*path, name))


def test_every_help_is_the_same_when_parsers_are_filled_in_lazily(capsys: pytest.CaptureFixture[str]) -> None:
    # `main` fills in a command's parser (or a resource group's) only when the command line names it.
    eager = cli.build_parser()
    paths = list(_command_paths(eager))
    assert len(paths) > 100
    assert ("alerts", "targets", "create") in paths
    for path in paths:
        expected = eager
        for word in path:
            expected = next(a for a in expected._actions if isinstance(a, argparse._SubParsersAction)).choices[word]
        with pytest.raises(SystemExit) as exit:
            cli.main([*path, "--help"])
        assert exit.value.code == 0
        assert capsys.readouterr().out == expected.format_help(), path


def test_an_unknown_command_in_a_group_names_the_nearest(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit:
        cli.main(["alerts", "targets", "creat"])
    assert exit.value.code == cli.EXIT_USAGE
    assert "unknown command 'creat'; did you mean 'create'" in capsys.readouterr().err
