"""`tiktok-live check-live` with numeric user ids: --user-ids, --numeric, the session from the environment."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from tiktok_live import cli
from tiktok_live._lib._bulk import batch_size
from tiktok_live.testing import FakeEulerService

BULK = "RetrieveBulkLiveCheck"


class Recorded:
    """The fake behind `--mock`, and the raw bodies it was sent (its own records redact the session)."""

    def __init__(self) -> None:
        self.service = FakeEulerService()
        self.bodies: list[dict[str, object]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/bulk_live_check"):
            self.bodies.append(json.loads(request.read()))
        return self.service(request)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Recorded:
    recorded = Recorded()
    monkeypatch.setattr(cli, "_fake_transport", lambda: httpx.MockTransport(recorded))
    return recorded


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["--mock", "check-live", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_user_ids_are_checked_in_one_bulk_request_after_the_names(
    fake: Recorded, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TIKTOK_SESSION_ID", "sid-SENTINEL")
    monkeypatch.setenv("TIKTOK_TT_TARGET_IDC", "useast5")
    live, offline = fake.service.creator("someone"), fake.service.creator("offline_creator")
    code, out, err = run(capsys, "someone", "--user-ids", live.numeric_uid, offline.numeric_uid, "--json")

    assert (code, err) == (0, "")
    document = json.loads(out)
    assert [(item["unique_id"], item["user_id"], item["is_live"]) for item in document] == [
        ("someone", None, True),
        (live.numeric_uid, int(live.numeric_uid), True),
        (offline.numeric_uid, int(offline.numeric_uid), False),
    ]
    assert document[1]["room_id"] == live.room_id
    assert fake.bodies == [
        {
            "user_numeric_ids": [live.numeric_uid, offline.numeric_uid],
            "session_id": "sid-SENTINEL",
            "tt_target_idc": "useast5",
        }
    ]
    assert "sid-SENTINEL" not in out


def test_numeric_takes_names_and_file_lines_as_user_ids(
    fake: Recorded, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("TIKTOK_SESSION_ID", "sid")
    ids = tmp_path / "ids.txt"
    size = batch_size("flat")  # the CLI's default layout; the document's maxItems
    total = 2 * size + 21
    ids.write_text("# numeric ids\n" + "\n".join(str(number) for number in range(1, total)) + "\n")
    code, out, _ = run(capsys, "--numeric", "1234", "--from-file", str(ids))

    assert code == 0
    assert out.splitlines()[0] == f"{total} checked: 0 live, {total} offline, 0 failed"
    chunks = [min(size, total - start) for start in range(0, total, size)]  # [50, 50, 21]
    # Requests run concurrently: their order is not fixed.
    sizes = sorted((len(body["user_numeric_ids"]) for body in fake.bodies), reverse=True)  # type: ignore[arg-type]
    assert sizes == sorted(chunks, reverse=True)
    assert fake.service.requests_for("room_id") == []


def test_numeric_ids_without_the_session_variable_exit_2_before_any_request(
    fake: Recorded, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "someone", "--user-ids", "42")
    assert (code, out) == (2, "")
    assert "TIKTOK_SESSION_ID" in err
    assert fake.service.requests == []


def test_a_name_that_is_not_a_number_is_a_usage_error(
    fake: Recorded, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("TIKTOK_SESSION_ID", "sid")
    code, _, err = run(capsys, "--numeric", "42", "bob")
    assert code == 2
    assert "not a numeric user id: 'bob'" in err
    with pytest.raises(SystemExit) as caught:
        run(capsys, "--user-ids", "0")
    assert caught.value.code == 2
    assert "not a numeric user id" in capsys.readouterr().err
    assert fake.service.requests == []


def test_all_digit_names_stay_unique_ids_without_numeric(fake: Recorded, capsys: pytest.CaptureFixture[str]) -> None:
    fake.service.add_creator("12345")
    code, out, _ = run(capsys, "12345", "--json")
    assert code == 0
    assert json.loads(out)[0]["is_live"] is True
    assert fake.bodies == []
