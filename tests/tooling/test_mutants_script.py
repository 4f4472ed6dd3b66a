"""`make mutants`' driver (scripts/mutants.py): which mutants it runs and how it scores them."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from mutants import Target, pending, report, score, targets  # noqa: E402


def test_every_configured_module_exists_and_its_functions_are_defined_there() -> None:
    configured = targets()
    assert any(target.path == "tiktok_live/_retry.py" and not target.functions for target in configured)
    for target in configured:
        source = (ROOT / target.path).read_text("utf-8")
        for function in target.functions:
            assert f"def {function.rpartition('.')[2]}(" in source, (target.path, function)


def test_a_target_owns_the_mutants_of_its_functions_only() -> None:
    whole = Target("tiktok_live/_retry.py")
    assert whole.owns("tiktok_live._retry.x_backoff_delay__mutmut_3")
    assert not whole.owns("tiktok_live._retry_other.x_f__mutmut_1")
    part = Target("tiktok_live/_live/_session.py", ("backoff_delay", "LiveSession.run"))
    assert part.owns("tiktok_live._live._session.x_backoff_delay__mutmut_17")
    assert part.owns("tiktok_live._live._session.xǁLiveSessionǁrun__mutmut_4")
    assert not part.owns("tiktok_live._live._session.xǁLiveSessionǁrun_more__mutmut_4")
    assert not part.owns("tiktok_live._live._session.x_live_options__mutmut_1")


def test_timeouts_count_as_detected_and_skipped_mutants_not_at_all() -> None:
    s = score("m", {"a": 1, "b": 36, "c": 0, "d": 33, "e": 34, "f": None, "g": 99})
    assert s.counts == Counter(
        {"killed": 1, "timeout": 1, "survived": 1, "no tests": 1, "skipped": 1, "not checked": 1, "suspicious": 1}
    )
    assert (s.detected, s.scored) == (2, 6)


def test_the_report_lists_what_was_not_detected(tmp_path: Path) -> None:
    meta = tmp_path / "tiktok_live" / "_retry.py.meta"
    meta.parent.mkdir()
    codes = {"tiktok_live._retry.x_f__mutmut_1": 1, "tiktok_live._retry.x_f__mutmut_2": 0}
    meta.write_text(json.dumps({"exit_code_by_key": codes}))
    text, total = report([Target("tiktok_live/_retry.py")], tmp_path)
    assert (total.detected, total.scored) == (1, 2)
    assert "| tiktok_live/_retry.py | 1 | 0 | 1 | 0 | 0 | 1/2 = 50.0% |" in text
    assert "- tiktok_live._retry.x_f__mutmut_2: survived" in text
    assert "mutmut_1:" not in text


def test_pending_names_the_mutants_not_detected(tmp_path: Path) -> None:
    meta = tmp_path / "tiktok_live" / "_retry.py.meta"
    meta.parent.mkdir()
    codes = {f"tiktok_live._retry.x_f__mutmut_{n}": code for n, code in enumerate([1, 0, None, 36, 33, 35])}
    meta.write_text(json.dumps({"exit_code_by_key": codes}))
    assert pending([Target("tiktok_live/_retry.py")], tmp_path) == [
        "tiktok_live._retry.x_f__mutmut_1",
        "tiktok_live._retry.x_f__mutmut_2",
        "tiktok_live._retry.x_f__mutmut_4",
        "tiktok_live._retry.x_f__mutmut_5",
    ]
