"""scripts/api_diff.py: griffe finds breaking changes in the public Python API."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from api_diff import compare, export_ref, to_markdown  # noqa: E402


def _copy_tree(destination: Path) -> Path:
    shutil.copytree(ROOT / "tiktok_live", destination / "tiktok_live")
    shutil.copytree(ROOT / "generated", destination / "generated")
    return destination


def test_unchanged_tree_has_no_breaking_changes(tmp_path: Path) -> None:
    reports = compare(_copy_tree(tmp_path), ROOT)
    assert [(report.package, report.breakages) for report in reports] == [
        ("tiktok_live", []),
        ("tiktok_live_api", []),
    ]


def test_removed_model_attribute_and_function_are_reported(tmp_path: Path) -> None:
    new = _copy_tree(tmp_path)
    model = new / "generated" / "tiktok_live_api" / "models" / "room_id_response.py"
    model.write_text(model.read_text(encoding="utf-8").replace("    room_id:", "    room_ident:"), "utf-8")
    operation = new / "generated" / "tiktok_live_api" / "api" / "webcast" / "retrieve_room_id.py"
    text = operation.read_text(encoding="utf-8").replace("def asyncio(\n", "def asyncio_renamed(\n")
    operation.write_text(text, encoding="utf-8")

    report = compare(ROOT, new)[1]
    assert sorted(report.breakages) == [
        "`tiktok_live_api.api.webcast.retrieve_room_id.asyncio`: public object was removed",
        "`tiktok_live_api.models.room_id_response.RoomIdResponse.room_id`: public object was removed",
    ]
    markdown = to_markdown(compare(ROOT, new), "v0")
    assert "**2 breaking change(s):**" in markdown


def test_package_missing_at_the_ref_is_noted(tmp_path: Path) -> None:
    (tmp_path / "generated").mkdir()
    shutil.copytree(ROOT / "generated" / "tiktok_live_api", tmp_path / "generated" / "tiktok_live_api")
    assert compare(tmp_path, ROOT)[0].note == "new package (nothing to compare)"


def test_export_ref_writes_both_packages(tmp_path: Path) -> None:
    inside_git = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, check=False)
    if inside_git.returncode != 0:
        pytest.skip("not a git checkout")
    export_ref("HEAD", tmp_path)
    assert (tmp_path / "tiktok_live" / "__init__.py").is_file()
    assert (tmp_path / "generated" / "tiktok_live_api" / "client.py").is_file()
