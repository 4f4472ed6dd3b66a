"""Breaking changes in the public Python API of `tiktok_live` and `tiktok_live_api` since a git ref.

    python scripts/api_diff.py REF [--fail-on-breaking]

Both packages are read with griffe, at REF (exported with `git archive`, so no worktree or checkout is
touched) and in the work tree, and compared with `griffe.find_breaking_changes`. The report is Markdown.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import griffe

ROOT = Path(__file__).resolve().parent.parent

# Each public package and the directory (relative to the repository root) it is imported from.
PACKAGES = {"tiktok_live": ".", "tiktok_live_api": "generated"}


@dataclass
class PackageReport:
    package: str
    breakages: list[str] = field(default_factory=list)
    note: str | None = None


def export_ref(ref: str, destination: Path, *, repo: Path = ROOT) -> None:
    """Write the package directories as they are at `ref` into `destination`."""
    paths = [str(Path(where) / package) for package, where in PACKAGES.items()]
    present = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "--name-only", ref, "--", *paths],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    if not present:
        return
    archive = subprocess.run(
        ["git", "-C", str(repo), "archive", "--format=tar", ref, "--", *present],
        capture_output=True,
        check=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(destination, filter="data")


def _load(package: str, root: Path) -> griffe.Object | griffe.Alias | None:
    search_path = root / PACKAGES[package]
    if not (search_path / package).is_dir():
        return None
    return griffe.load(
        package,
        search_paths=[search_path],
        modules_collection=griffe.ModulesCollection(),
        allow_inspection=False,
        resolve_aliases=True,
        resolve_external=False,
    )


def compare(old_root: Path, new_root: Path) -> list[PackageReport]:
    """Breaking changes of each package from the tree at `old_root` to the tree at `new_root`."""
    reports = []
    for package in PACKAGES:
        report = PackageReport(package)
        old, new = _load(package, old_root), _load(package, new_root)
        if old is None:
            report.note = "new package (nothing to compare)" if new is not None else "absent on both sides"
        elif new is None:
            report.breakages.append(f"`{package}`: the whole package was removed")
        else:
            report.breakages = [_explain(breakage) for breakage in griffe.find_breaking_changes(old, new)]
        reports.append(report)
    return reports


def _explain(breakage: griffe.Breakage) -> str:
    # Built from the breakage's fields: griffe's own one-line style carries terminal colours.
    text = f"`{breakage.obj.path}`: {breakage.kind.value.lower()}"
    if breakage.kind is not griffe.BreakageKind.OBJECT_REMOVED:
        text += f" (`{_value(breakage.old_value)}` → `{_value(breakage.new_value)}`)"
    return text


def _value(value: object) -> str:
    name = getattr(value, "name", None)
    return str(name) if isinstance(value, griffe.Parameter) and name else str(value)


def to_markdown(reports: list[PackageReport], ref: str) -> str:
    lines = [f"## Python API diff: `{ref}` → work tree", ""]
    for report in reports:
        lines.append(f"### `{report.package}`")
        lines.append("")
        if report.note:
            lines.append(report.note.capitalize() + ".")
        elif not report.breakages:
            lines.append("No breaking changes.")
        else:
            lines.append(f"**{len(report.breakages)} breaking change(s):**")
            lines.append("")
            lines += [f"- {line}" for line in report.breakages]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ref", help="the git ref to compare with (tag, branch or commit)")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 on any breaking change")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        export_ref(args.ref, Path(scratch))
        reports = compare(Path(scratch), ROOT)
    sys.stdout.write(to_markdown(reports, args.ref))
    breaking = any(report.breakages for report in reports)
    return 1 if args.fail_on_breaking and breaking else 0


if __name__ == "__main__":
    raise SystemExit(main())
