"""The documentation site's sources: the API reference covers the public API, and scripts/docs_pages.py adds one
page per resource module (`make docs` builds the site itself, --strict)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import tiktok_live

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import docs_pages as pages  # noqa: E402

REFERENCE = ROOT / "docs" / "reference"


def test_every_public_name_has_its_reference() -> None:
    text = "".join(path.read_text(encoding="utf-8") for path in sorted(REFERENCE.glob("*.md")))
    documented = set(re.findall(r"^::: tiktok_live\.(\w+)$", text, flags=re.MULTILINE))
    missing = sorted(set(tiktok_live.__all__) - documented - {"__version__"})
    assert not missing, f"add a `::: tiktok_live.NAME` block to a page of docs/reference/ for {missing}"


def test_one_page_per_public_resource_module(tmp_path: Path) -> None:
    assert pages.resource_modules(tmp_path / "resources") == []
    folder = tmp_path / "resources"
    folder.mkdir()
    for name in ("__init__", "_base", "webcast", "api_keys", "alerts"):
        (folder / f"{name}.py").write_text('"""A module."""\n')
    (folder / "notes.txt").write_text("not a module\n")
    assert pages.resource_modules(folder) == ["alerts", "api_keys", "webcast"]
    assert pages.page_path("api_keys") == "reference/resources/api_keys.md"
    assert "\n::: tiktok_live.resources.api_keys\n" in pages.page_text("api_keys")


def test_resource_pages_go_under_the_api_reference() -> None:
    nav = [{"Home": "index.md"}, {"API reference": [{"Clients": "reference/clients.md"}]}]
    assert pages.nav_with_resources(nav, []) == nav
    grown = pages.nav_with_resources(nav, ["alerts", "webcast"])
    assert grown[1]["API reference"] == [
        {"Clients": "reference/clients.md"},
        {"Resources": [{"alerts": "reference/resources/alerts.md"}, {"webcast": "reference/resources/webcast.md"}]},
    ]
