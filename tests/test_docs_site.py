"""The documentation site's sources: the API reference covers the public API (`make docs` builds the site
itself, --strict)."""

from __future__ import annotations

import re
from pathlib import Path

import tiktok_live

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "docs" / "reference"


def test_every_public_name_has_its_reference() -> None:
    text = "".join(path.read_text(encoding="utf-8") for path in sorted(REFERENCE.glob("*.md")))
    documented = set(re.findall(r"^::: tiktok_live\.(\w+)$", text, flags=re.MULTILINE))
    missing = sorted(set(tiktok_live.__all__) - documented - {"__version__"})
    assert not missing, f"add a `::: tiktok_live.NAME` block to a page of docs/reference/ for {missing}"
