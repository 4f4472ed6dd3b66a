"""Mutation testing of the reliability core (`make mutants`): runs mutmut over the modules of
`[tool.mutmut] only_mutate` in pyproject.toml and prints the score of each.

    python scripts/mutants.py                 # run every configured module, then print the scores
    python scripts/mutants.py --only _retry   # only modules whose path contains "_retry"
    python scripts/mutants.py --score-only    # print the scores of the last run (mutants/*.meta)
    python scripts/mutants.py --pending       # run again only the mutants the last runs did not detect

mutmut runs every mutant it is given by name, so each run without `--pending` runs the chosen modules whole.
`--pending` names only the mutants not yet detected (survived, not checked, suspicious, ...): after adding tests,
it checks the survivors in minutes rather than re-running every mutant. Results kept from earlier runs are not
re-checked against the new code: run without it once at the end.

Where only part of a module is the reliability core, `[tool.mutants.only_functions]` names the functions
(`name` or `Class.method`) that are run and scored there; a module not named there is run and scored whole.

Score: detected / scored, where detected = killed (a test failed) + timeout (the suite would hang rather than
pass: a mutant that turns a loop endless), scored = every mutant of the targets except those mutmut skipped.
"No tests" (no selected test reaches the function), "suspicious" and "not checked" count as not detected.
The table goes to stdout and to mutants/score.md; the exit status is 1 when the total is below `--min`.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import subprocess
import sys
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "mutants"

# mutmut 3.8's result codes (mutmut.stats.status_by_exit_code); any other code is "suspicious".
STATUS_BY_EXIT_CODE: dict[int | None, str] = {
    1: "killed",
    3: "killed",
    0: "survived",
    5: "no tests",
    33: "no tests",
    2: "interrupted",
    None: "not checked",
    34: "skipped",
    35: "suspicious",
    36: "timeout",
    24: "timeout",
    -24: "timeout",
    152: "timeout",
    255: "timeout",
    37: "killed",  # caught by the type checker
    -11: "segfault",
    -9: "segfault",
}
DETECTED = ("killed", "timeout")


@dataclass(frozen=True)
class Target:
    """One configured module and, when only part of it is scored, the functions that are."""

    path: str  # tiktok_live/_retry.py
    functions: tuple[str, ...] = ()

    @property
    def module(self) -> str:
        return self.path.removesuffix(".py").replace("/", ".")

    def patterns(self) -> list[str]:
        """mutmut's mutant names of the target, as globs (`tiktok_live._retry.x_backoff_delay__mutmut_*`)."""
        if not self.functions:
            return [f"{self.module}.*"]
        return [f"{self.module}.{_mangled(function)}__mutmut_*" for function in self.functions]

    def owns(self, mutant: str) -> bool:
        return any(fnmatch.fnmatchcase(mutant, pattern) for pattern in self.patterns())


def _mangled(function: str) -> str:
    """mutmut's name for a function (`x_name`) or a method (`xǁClassǁname`)."""
    cls, _, name = function.rpartition(".")
    return f"xǁ{cls}ǁ{name}" if cls else f"x_{name}"


def targets(pyproject: Path = ROOT / "pyproject.toml") -> list[Target]:
    tool = tomllib.loads(pyproject.read_text("utf-8"))["tool"]
    only_functions: dict[str, list[str]] = tool.get("mutants", {}).get("only_functions", {})
    paths: list[str] = tool["mutmut"]["only_mutate"]
    unknown = sorted(set(only_functions) - set(paths))
    if unknown:
        raise SystemExit(f"[tool.mutants.only_functions] names modules not in only_mutate: {unknown}")
    return [Target(path, tuple(only_functions.get(path, ()))) for path in paths]


def results(target: Target, work: Path = WORK) -> dict[str, int | None]:
    """Each mutant of `target` with its exit code from the last run (None: not run)."""
    meta = work / f"{target.path}.meta"
    if not meta.exists():
        return {}
    codes: dict[str, int | None] = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
    return {name: code for name, code in codes.items() if target.owns(name)}


def pending(chosen: list[Target], work: Path = WORK) -> list[str]:
    """The mutants of `chosen` that the last runs did not detect (each named, for `mutmut run`)."""
    return [
        name
        for target in chosen
        for name, code in sorted(results(target, work).items())
        if status(code) not in DETECTED
    ]


def status(code: int | None) -> str:
    return STATUS_BY_EXIT_CODE.get(code, "suspicious")


@dataclass(frozen=True)
class Score:
    module: str
    counts: Counter[str]

    @property
    def scored(self) -> int:
        return sum(self.counts.values()) - self.counts["skipped"]

    @property
    def detected(self) -> int:
        return sum(self.counts[name] for name in DETECTED)

    @property
    def percent(self) -> float:
        return 100.0 * self.detected / self.scored if self.scored else 0.0


def score(name: str, codes: dict[str, int | None]) -> Score:
    return Score(name, Counter(status(code) for code in codes.values()))


def table(scores: list[Score]) -> str:
    rows = [
        "| module | killed | timeout | survived | no tests | other | score |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for s in scores:
        c = s.counts
        other = s.scored - c["killed"] - c["timeout"] - c["survived"] - c["no tests"]
        rows.append(
            f"| {s.module} | {c['killed']} | {c['timeout']} | {c['survived']} | {c['no tests']} | {other} "
            f"| {s.detected}/{s.scored} = {s.percent:.1f}% |"
        )
    return "\n".join(rows)


def report(chosen: list[Target], work: Path = WORK) -> tuple[str, Score]:
    scores: list[Score] = []
    undetected: list[tuple[str, str]] = []
    everything: dict[str, int | None] = {}
    for target in chosen:
        codes = results(target, work)
        label = target.path + (f" ({', '.join(target.functions)})" if target.functions else "")
        scores.append(score(label, codes))
        everything.update(codes)
        undetected += [(name, status(code)) for name, code in sorted(codes.items()) if status(code) not in DETECTED]
    total = score("total", everything)
    lines = [table([*scores, total])]
    if undetected:
        lines += ["", "Not detected (see one with `.venv/bin/mutmut show NAME`):"]
        lines += [f"- {name}: {what}" for name, what in undetected]
    return "\n".join(lines) + "\n", total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", action="append", default=[], help="only modules whose path contains this")
    parser.add_argument("--score-only", action="store_true", help="print the last run's scores, run nothing")
    parser.add_argument("--pending", action="store_true", help="run only the mutants the last runs did not detect")
    parser.add_argument("--max-children", type=int, help="mutants run in parallel (default: one per core)")
    parser.add_argument("--min", type=float, default=90.0, help="fail below this total score (percent)")
    args = parser.parse_args(argv)

    chosen = [t for t in targets() if not args.only or any(part in t.path for part in args.only)]
    if not chosen:
        parser.error(f"no configured module matches {args.only}")
    if not args.score_only:
        command = [str(Path(sys.executable).parent / "mutmut"), "run"]
        if args.max_children:
            command += ["--max-children", str(args.max_children)]
        names = pending(chosen) if args.pending else [pattern for target in chosen for pattern in target.patterns()]
        if not names:
            print("Nothing pending: every mutant of the chosen modules was detected.", file=sys.stderr)
        command += names
        ran = subprocess.run(command, cwd=ROOT, check=False) if names else None
        if ran is not None and ran.returncode != 0:
            print(f"mutmut run failed (exit {ran.returncode})", file=sys.stderr)
            return ran.returncode
    text, total = report(chosen)
    if total.scored == 0:
        print("No results: run `make mutants` first.", file=sys.stderr)
        return 1
    WORK.mkdir(exist_ok=True)
    (WORK / "score.md").write_text(text, "utf-8")
    print()
    print(text, end="")
    if total.percent < args.min:
        print(f"Total {total.percent:.1f}% is below {args.min:g}%.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
