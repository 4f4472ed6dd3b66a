"""The README's "Live events" examples run as written, against the fake WebSocket."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tiktok_live.testing import FakeEulerService, FakeLiveServer

README = Path(__file__).resolve().parent.parent / "README.md"


def _live_events_examples() -> list[str]:
    text = README.read_text()
    section = text.split("\n## Live events\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def test_the_readme_has_live_events_examples() -> None:
    assert len(_live_events_examples()) >= 2


@pytest.mark.parametrize("index", range(len(_live_events_examples())))
def test_readme_live_events_example_runs(
    index: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with FakeLiveServer(FakeEulerService(), events=40) as live:
        monkeypatch.setenv("EULER_API_KEY", "readme-key")
        monkeypatch.setenv("EULER_WS_URL", live.ws_url)
        exec(compile(_live_events_examples()[index], f"README.md live events example {index}", "exec"), {})
    out = capsys.readouterr().out
    assert "diamonds" in out
