"""The "Live events" guide page's examples (docs/live-events.md, once the README's) run as written, in process,
against the fake WebSocket."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tiktok_live.testing import FakeEulerService, FakeLiveServer

PAGE = Path(__file__).resolve().parents[2] / "docs" / "live-events.md"


def _live_events_examples() -> list[str]:
    return re.findall(r"```python\n(.*?)```", PAGE.read_text(), flags=re.DOTALL)


def test_the_page_has_live_events_examples() -> None:
    assert len(_live_events_examples()) >= 2


@pytest.mark.parametrize("index", range(len(_live_events_examples())))
def test_live_events_example_runs(
    index: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with FakeLiveServer(FakeEulerService(), events=40) as live:
        monkeypatch.setenv("EULER_API_KEY", "docs-key")
        monkeypatch.setenv("EULER_WS_URL", live.ws_url)
        exec(compile(_live_events_examples()[index], f"docs/live-events.md example {index}", "exec"), {})
    out = capsys.readouterr().out
    assert "diamonds" in out
