"""scripts/api_diff.py: breaking changes of the public Python API, as users import it.

Both "versions" are copies of the work tree in temporary directories; the planted one has one change of each
kind, and every change must be named in the report. Each copy is read once (a subprocess, ~1.5 s).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from api_diff import (  # noqa: E402
    RefError,
    compare_signatures,
    compare_surfaces,
    export_ref,
    main,
    releases,
    resolve_ref,
    surface,
    to_markdown,
)

# (file under the copy, text, replacement, the report line it must produce)
PLANTED = [
    (  # a renamed field of a result model
        "tiktok_live/_results.py",
        "    set_tt_cookie: str | None = attrs.field(repr=False)",
        "    tt_cookie: str | None = attrs.field(repr=False)",
        "`tiktok_live.WebcastFetchResult`: field `set_tt_cookie` removed",
    ),
    (  # a renamed parameter of a client method
        "tiktok_live/_methods.py",
        "    def room_id(self, unique_id: str) -> RoomIdResponse:",
        "    def room_id(self, creator: str) -> RoomIdResponse:",
        "`tiktok_live.TikTokLiveClient.room_id`: parameter `unique_id` renamed to `creator`",
    ),
    (  # an export dropped from tiktok_live's __all__
        "tiktok_live/__init__.py",
        '    "ForbiddenError",\n',
        "",
        "`tiktok_live.ForbiddenError`: export removed",
    ),
    (  # a renamed field of an event
        "tiktok_live/_live/_events.py",
        "    comment: str\n",
        "    text: str\n",
        "`tiktok_live.ChatEvent`: field `comment` removed",
    ),
    (  # a renamed constructor parameter
        "tiktok_live/_base.py",
        "        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,",
        "        max_wait: float = DEFAULT_MAX_RETRY_WAIT,",
        "`tiktok_live.TikTokLiveClient`: constructor: parameter `max_retry_wait` renamed to `max_wait`",
    ),
    (  # an export dropped from tiktok_live.testing's __all__
        "tiktok_live/testing/__init__.py",
        '    "FakeLiveServer",\n',
        "",
        "`tiktok_live.testing.FakeLiveServer`: export removed",
    ),
    (  # a field dropped from a generated REST model
        "generated/tiktok_live_rest_api/models/room_id_response.py",
        "    room_id: str | Unset = UNSET\n",
        "",
        "`tiktok_live_rest_api.models.RoomIdResponse`: field `room_id` removed",
    ),
    (  # an optional parameter made required
        "tiktok_live/_base.py",
        "        max_retries: int | NotGiven = NOT_GIVEN,",
        "        max_retries: int | NotGiven,",
        "`tiktok_live.TikTokLiveClient.with_options`: parameter `max_retries` became required",
    ),
    (  # an exception's base changed
        "tiktok_live/_exceptions.py",
        "class NotFoundError(APIStatusError):",
        "class NotFoundError(TikTokLiveError):",
        "`tiktok_live.NotFoundError`: no longer a subclass of `APIStatusError`",
    ),
    (  # positional → keyword-only, in a module-level function
        "tiktok_live/_webcast_proto.py",
        "def decode_fetch_result(payload: bytes)",
        "def decode_fetch_result(*, payload: bytes)",
        "`tiktok_live.decode_fetch_result`: parameter `payload` became keyword-only",
    ),
    (  # a renamed parameter of a resource's method
        "tiktok_live/resources/alerts.py",
        "    def create(self, account_id: int, unique_id: str) -> CreateAlertResponse:",
        "    def create(self, account_id: int, creator: str) -> CreateAlertResponse:",
        "`tiktok_live.resources.alerts.Alerts.create`: parameter `unique_id` renamed to `creator`",
    ),
    (  # a resource of the client renamed
        "tiktok_live/_methods.py",
        "    def alerts(self) -> Alerts:",
        "    def alert_rules(self) -> Alerts:",
        "`tiktok_live.TikTokLiveClient.alerts`: property removed",
    ),
    (  # a function removed from a generated module
        "generated/tiktok_live_api/api/webcast/retrieve_room_id.py",
        "def asyncio(\n",
        "def asyncio_renamed(\n",
        "`tiktok_live_api.api.webcast.retrieve_room_id.asyncio`: export removed",
    ),
]


def _copy_tree(destination: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "tiktok_live", destination / "tiktok_live", ignore=ignore)
    shutil.copytree(ROOT / "generated", destination / "generated", ignore=ignore)
    return destination


@pytest.fixture(scope="module")
def surfaces(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, dict[str, dict[str, object]]]]:
    old = _copy_tree(tmp_path_factory.mktemp("old"))
    new = _copy_tree(tmp_path_factory.mktemp("new"))
    for relative, text, replacement, _ in PLANTED:
        path = new / relative
        source = path.read_text(encoding="utf-8")
        assert source.count(text) >= 1, f"{relative} no longer holds {text!r}: update PLANTED"
        path.write_text(source.replace(text, replacement, 1), encoding="utf-8")
    return {"old": surface(old), "new": surface(new), "work tree": surface(ROOT)}


def test_a_copy_of_the_work_tree_has_no_changes(surfaces: dict[str, dict[str, dict[str, dict[str, object]]]]) -> None:
    reports = compare_surfaces(surfaces["old"], surfaces["work tree"])
    assert [(r.package, r.breakages, r.additions, r.note) for r in reports] == [
        ("tiktok_live", [], [], None),
        ("tiktok_live_api", [], [], None),
        ("tiktok_live_rest_api", [], [], None),
    ]


def test_the_surface_is_what_users_import(surfaces: dict[str, dict[str, dict[str, dict[str, object]]]]) -> None:
    entries = surfaces["old"]["tiktok_live"]
    import tiktok_live
    import tiktok_live.testing

    # Every lazily re-exported name is there, resolved to what it is.
    assert {f"tiktok_live.{name}" for name in tiktok_live.__all__ if not name.startswith("__")} <= set(entries)
    assert {f"tiktok_live.testing.{name}" for name in tiktok_live.testing.__all__} <= set(entries)
    client = entries["tiktok_live.TikTokLiveClient"]
    assert client["kind"] == "class"
    assert "room_id" in client["members"]  # type: ignore[operator]
    assert entries["tiktok_live.LayoutError"]["bases"][:2] == ["TikTokLiveError", "ValueError"]  # type: ignore[index]
    assert [f["name"] for f in entries["tiktok_live.ChatEvent"]["fields"]][-3:] == ["user", "comment", "language"]  # type: ignore[attr-defined,index]


@pytest.mark.parametrize("expected", [planted[3] for planted in PLANTED], ids=[p[3][:60] for p in PLANTED])
def test_each_planted_breaking_change_is_named(
    surfaces: dict[str, dict[str, dict[str, dict[str, object]]]], expected: str
) -> None:
    reports = compare_surfaces(surfaces["old"], surfaces["new"])
    breakages = [line for report in reports for line in report.breakages]
    assert expected in breakages


def test_nothing_else_is_reported(surfaces: dict[str, dict[str, dict[str, dict[str, object]]]]) -> None:
    # Consequences are reported too (NotFoundError's lost attributes, the async twin's parameter), but only
    # for the objects a change was planted in.
    reports = compare_surfaces(surfaces["old"], surfaces["new"])
    planted = {line.split("`")[1] for *_, line in PLANTED}
    planted |= {path.replace("TikTokLiveClient", "AsyncTikTokLiveClient") for path in planted}
    for report in reports:
        for line in report.breakages:
            assert line.split("`")[1].startswith(tuple(planted)), line
    markdown = to_markdown(reports, "v0")
    assert markdown.count("breaking change(s):**") == 3
    assert "- `tiktok_live.ForbiddenError`: export removed\n" in markdown


def test_the_reverse_changes_are_additions(surfaces: dict[str, dict[str, dict[str, dict[str, object]]]]) -> None:
    reports = compare_surfaces(surfaces["new"], surfaces["old"])
    additions = [line for report in reports for line in report.additions]
    assert "`tiktok_live.ForbiddenError`: new export" in additions
    assert "`tiktok_live.NotFoundError`: now also a subclass of `APIStatusError`" in additions
    assert "`tiktok_live_rest_api.models.RoomIdResponse`: new field `room_id`" in additions
    assert "addition(s) (not breaking):" in to_markdown(reports, "v0")


# -- signatures, one rule at a time ---------------------------------------------------------------


def _params(*spec: str) -> list[dict[str, object]]:
    """'a' positional-or-keyword, 'a=' with a default, '*a' keyword-only, '/a' positional-only."""
    kinds = {"*": "KEYWORD_ONLY", "/": "POSITIONAL_ONLY"}
    out: list[dict[str, object]] = []
    for item in spec:
        kind = kinds.get(item[0], "POSITIONAL_OR_KEYWORD")
        name = item.lstrip("*/").rstrip("=")
        out.append({"name": name, "kind": kind, "default": "None" if item.endswith("=") else None})
    return out


@pytest.mark.parametrize(
    ("old", "new", "breaking", "added"),
    [
        (["a", "b="], ["a", "b=", "c="], [], ["new optional parameter `c`"]),
        (["a", "b="], ["a", "*b="], ["parameter `b` became keyword-only"], []),
        (
            ["a", "b"],
            ["b", "a"],
            ["parameter `a` moved from position 1 to 2", "parameter `b` moved from position 2 to 1"],
            [],
        ),
        (["a="], ["a"], ["parameter `a` became required"], []),
        (["a", "*b="], ["a"], ["parameter `b` removed"], []),
        (["a"], ["a", "*b"], ["new required parameter `b`"], []),
        (["/a"], ["/x"], [], []),  # a positional-only name is not part of the API
        (["a"], ["/a"], ["parameter `a` became positional-only"], []),
        (["*a="], ["*b="], ["parameter `a` renamed to `b`"], []),
    ],
)
def test_signature_rules(old: list[str], new: list[str], breaking: list[str], added: list[str]) -> None:
    assert compare_signatures(_params(*old), _params(*new)) == (breaking, added)


# -- which commit ---------------------------------------------------------------------------------


def test_releases_are_recorded_for_the_changelog() -> None:
    recorded = releases()
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "0.1.0" in recorded
    for version, commit in recorded.items():
        assert f"## [{version}]" in changelog
        assert len(commit) == 40
    with (ROOT / "scripts" / "releases.toml").open("rb") as file:
        assert tomllib.load(file)["releases"] == recorded


def test_refs_resolve_to_recorded_releases_or_commits(capsys: pytest.CaptureFixture[str]) -> None:
    recorded = {"0.1.0": "a" * 40, "0.10.0": "b" * 40, "0.9.1": "c" * 40}
    assert resolve_ref(None, recorded=recorded) == ("release 0.10.0", "b" * 40)
    assert resolve_ref("v0.9.1", recorded=recorded) == ("release 0.9.1", "c" * 40)
    with pytest.raises(RefError, match=r"unknown ref 'v7\.7\.7': not a recorded release \(recorded: 0\.1\.0, 0\.9"):
        resolve_ref("v7.7.7", recorded=recorded)
    assert main(["no-such-ref-anywhere"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "unknown ref 'no-such-ref-anywhere'" in err
    assert "Traceback" not in err


def test_export_ref_writes_all_three_packages(tmp_path: Path) -> None:
    inside_git = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, check=False)
    if inside_git.returncode != 0:
        pytest.skip("not a git checkout")
    _, commit = resolve_ref("HEAD")
    export_ref(commit, tmp_path)
    assert (tmp_path / "tiktok_live" / "__init__.py").is_file()
    assert (tmp_path / "generated" / "tiktok_live_api" / "client.py").is_file()
    assert (tmp_path / "generated" / "tiktok_live_rest_api" / "client.py").is_file()
