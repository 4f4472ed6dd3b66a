"""Every ```python block in README.md and docs/ (subfolders included) runs as written, against the fake service.

The convention (also stated in docs/maintainers.md):
- Each block is a complete program. It runs in a fresh interpreter, in an empty directory, with
  `EULER_BASE_URL` pointing at a `FakeEulerService` served on loopback, `EULER_WS_URL` at its live-events
  WebSocket, and `EULER_API_KEY` set, which is what `tiktok-live serve-fake` tells a user to export.
- A block that defines `test_*` functions is a pytest module: it is written to a file and run with pytest,
  with the installed `pytest11` plugin providing its fixtures.
- A block that must not run says so on the line right before it: `<!-- docs-test: skip (the reason) -->`.
  Use it sparingly; there is none today.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tiktok_live.testing import FakeEulerService, FakeLiveServer

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
SKIP = re.compile(r"<!--\s*docs-test:\s*skip\b.*-->")
EXAMPLE_KEY = "docs-example-key"


def _blocks() -> list[tuple[str, str, bool]]:
    """(where, code, skipped) for each ```python block."""
    found = []
    for path in DOCS:
        lines = path.read_text().splitlines()
        index = 0
        while index < len(lines):
            if lines[index].strip() == "```python":
                start = index
                index += 1
                body = []
                while lines[index].strip() != "```":
                    body.append(lines[index])
                    index += 1
                skipped = start > 0 and SKIP.search(lines[start - 1]) is not None
                found.append((f"{path.relative_to(ROOT)}:{start + 1}", "\n".join(body) + "\n", skipped))
            index += 1
    return found


BLOCKS = _blocks()


def test_the_docs_have_python_examples() -> None:
    assert any(where.startswith("README.md") for where, _, _ in BLOCKS)


@pytest.fixture(scope="module")
def served_fake() -> Iterator[tuple[str, str]]:
    """The fake's HTTP base URL and its live-events WebSocket URL."""
    service = FakeEulerService()
    with service.serve() as base_url, FakeLiveServer(service, events=40) as live:
        yield base_url, live.ws_url


@pytest.mark.parametrize(("where", "code", "skipped"), BLOCKS, ids=[where for where, _, _ in BLOCKS])
def test_python_block_runs(where: str, code: str, skipped: bool, served_fake: tuple[str, str], tmp_path: Path) -> None:
    if skipped:
        pytest.skip(f"{where} is marked <!-- docs-test: skip -->")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EULER_", "SIGN_", "PYTEST_", "TIKTOK_"))}
    env.update(EULER_BASE_URL=served_fake[0], EULER_WS_URL=served_fake[1], EULER_API_KEY=EXAMPLE_KEY)
    if re.search(r"^(async )?def test_", code, re.MULTILINE):
        (tmp_path / "test_example.py").write_text(code)
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_example.py"]
    else:
        (tmp_path / "example.py").write_text(code)
        command = [sys.executable, "example.py"]
    run = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, f"{where} failed:\n{run.stdout}\n{run.stderr}"
