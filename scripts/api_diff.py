"""Breaking changes in the public Python API of `tiktok_live`, `tiktok_live_api` and `tiktok_live_rest_api`.

    python scripts/api_diff.py [REF] [--no-fail]

REF is a release recorded in scripts/releases.toml (`0.1.0` or `v0.1.0`) or any git ref; left out, the last
recorded release. The packages at REF are exported with `git archive` into a temporary directory (no worktree
or checkout is touched), and each side is read by `scripts/api_surface.py` in its own interpreter, importing
the packages as users do: `__all__` and the lazy re-exports, classes with their methods, properties and
signatures, attrs/dataclass/NamedTuple fields, exception bases, module-level functions.

The report is Markdown: one line per breaking change naming what and where, then the additions. Exit status
1 when something breaks (0 with --no-fail), 2 when REF cannot be resolved.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RELEASES_FILE = ROOT / "scripts" / "releases.toml"
SURFACE_SCRIPT = Path(__file__).resolve().parent / "api_surface.py"
PACKAGES = ("tiktok_live", "tiktok_live_api", "tiktok_live_rest_api")
EXPORTED_PATHS = ("tiktok_live", "generated/tiktok_live_api", "generated/tiktok_live_rest_api")

Description = dict[str, Any]
Surface = dict[str, dict[str, Description]]


class RefError(Exception):
    """The ref names neither a recorded release nor a git commit."""


@dataclass
class PackageReport:
    package: str
    breakages: list[str] = field(default_factory=list)
    additions: list[str] = field(default_factory=list)
    note: str | None = None


# -- which commit --------------------------------------------------------------------------------


def releases(path: Path = RELEASES_FILE) -> dict[str, str]:
    """{version: commit} from the releases table."""
    with path.open("rb") as file:
        table = tomllib.load(file).get("releases", {})
    return {str(version): str(commit) for version, commit in table.items()}


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else -1 for part in version.split("."))


def resolve_ref(ref: str | None, *, repo: Path = ROOT, recorded: dict[str, str] | None = None) -> tuple[str, str]:
    """(label, commit) for `ref`: a recorded release (with or without a leading `v`), else any git ref;
    None is the last recorded release. RefError with a one-line message otherwise."""
    recorded = releases() if recorded is None else recorded
    if ref is None:
        if not recorded:
            raise RefError(f"no release recorded in {RELEASES_FILE.relative_to(ROOT)}: pass a ref")
        version = max(recorded, key=_version_key)
        return f"release {version}", recorded[version]
    version = ref.removeprefix("v")
    if version in recorded:
        return f"release {version}", recorded[version]
    found = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
        capture_output=True,
        text=True,
        check=False,
    )
    if found.returncode != 0:
        known = ", ".join(sorted(recorded, key=_version_key)) or "none"
        raise RefError(f"unknown ref {ref!r}: not a recorded release (recorded: {known}) nor a git commit")
    return ref, found.stdout.strip()


def export_ref(ref: str, destination: Path, *, repo: Path = ROOT) -> None:
    """Write the package directories as they are at `ref` into `destination`."""
    present = subprocess.run(
        ["git", "-C", str(repo), "ls-tree", "--name-only", ref, "--", *EXPORTED_PATHS],
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


# -- reading a checkout ----------------------------------------------------------------------------


def surface(root: Path) -> Surface:
    """The public API of the checkout at `root`, read in a separate interpreter."""
    done = subprocess.run(
        [sys.executable, "-I", str(SURFACE_SCRIPT), str(root)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise RuntimeError(f"could not read the API at {root}: {last}")
    result: Surface = json.loads(done.stdout)
    return result


# -- comparing -----------------------------------------------------------------------------------

POSITIONAL = ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD")
VARIADIC = ("VAR_POSITIONAL", "VAR_KEYWORD")


def compare_signatures(
    old: list[Description] | None, new: list[Description] | None, *, skip: frozenset[str] = frozenset()
) -> tuple[list[str], list[str]]:
    """(breaking, added) from one parameter list to another; `skip` names parameters reported elsewhere."""
    if old is None or new is None:
        return [], []
    breaking: list[str] = []
    added: list[str] = []
    new_by_name = {p["name"]: p for p in new}
    new_kinds = {p["kind"] for p in new}
    old_positional = [p for p in old if p["kind"] in POSITIONAL]
    new_positional = [p for p in new if p["kind"] in POSITIONAL]
    removed: list[tuple[int, Description]] = []
    for index, p in enumerate(old):
        name, kind = p["name"], p["kind"]
        if kind in VARIADIC:
            if kind not in new_kinds:
                breaking.append(f"`{'*' if kind == 'VAR_POSITIONAL' else '**'}{name}` removed")
            continue
        if name in skip:
            continue
        q = new_by_name.get(name)
        if q is None and kind == "POSITIONAL_ONLY":  # its name was never part of the API: match by position
            position = old_positional.index(p)
            if position < len(new_positional) and new_positional[position]["kind"] == "POSITIONAL_ONLY":
                q = new_positional[position]
        if q is None or q["kind"] in VARIADIC:
            if kind == "KEYWORD_ONLY" and "VAR_KEYWORD" in new_kinds:
                continue  # still accepted
            removed.append((index, p))
            continue
        if kind in POSITIONAL:
            if q["kind"] == "KEYWORD_ONLY":
                breaking.append(f"parameter `{name}` became keyword-only")
            elif old_positional.index(p) != new_positional.index(q):
                breaking.append(
                    f"parameter `{name}` moved from position {old_positional.index(p) + 1} to "
                    f"{new_positional.index(q) + 1}"
                )
        if kind != "POSITIONAL_ONLY" and q["kind"] == "POSITIONAL_ONLY":
            breaking.append(f"parameter `{name}` became positional-only")
        if p["default"] is not None and q["default"] is None:
            breaking.append(f"parameter `{name}` became required")
    old_names = {p["name"] for p in old}
    new_only = [
        (i, q)
        for i, q in enumerate(new)
        if q["kind"] not in VARIADIC and q["name"] not in old_names and q["name"] not in skip
    ]
    for index, p in removed:
        twin = next(((i, q) for i, q in new_only if i == index and q["kind"] == p["kind"]), None)
        if twin is not None:  # same place, same kind, another name
            new_only.remove(twin)
            breaking.append(f"parameter `{p['name']}` renamed to `{twin[1]['name']}`")
        else:
            breaking.append(f"parameter `{p['name']}` removed")
    for _, q in new_only:
        if q["kind"] == "POSITIONAL_ONLY" and any(q is match for match in new_positional[: len(old_positional)]):
            continue  # matched by position above
        if q["default"] is None:
            breaking.append(f"new required parameter `{q['name']}`")
        else:
            added.append(f"new optional parameter `{q['name']}`")
    for kind in ("VAR_POSITIONAL", "VAR_KEYWORD"):
        if kind in new_kinds and kind not in {p["kind"] for p in old}:
            added.append(f"now accepts {'*args' if kind == 'VAR_POSITIONAL' else '**kwargs'}")
    return breaking, added


def _compare_fields(old: list[Description], new: list[Description]) -> tuple[list[str], list[str], set[str]]:
    breaking: list[str] = []
    added: list[str] = []
    changed: set[str] = set()
    new_by_name = {f["name"]: f for f in new}
    for f in old:
        g = new_by_name.get(f["name"])
        if g is None:
            breaking.append(f"field `{f['name']}` removed")
            changed.add(f["name"].lstrip("_"))
        elif not f["required"] and g["required"]:
            breaking.append(f"field `{f['name']}` became required")
            changed.add(f["name"].lstrip("_"))
        elif f["init"] and not g["init"]:
            breaking.append(f"field `{f['name']}` can no longer be passed to the constructor")
            changed.add(f["name"].lstrip("_"))
    old_names = {f["name"] for f in old}
    for g in new:
        if g["name"] not in old_names:
            changed.add(g["name"].lstrip("_"))
            if g["required"]:
                breaking.append(f"new required field `{g['name']}`")
            else:
                added.append(f"new field `{g['name']}`")
    return breaking, added, changed


def _compare_class(old: Description, new: Description) -> tuple[list[str], list[str]]:
    breaking: list[str] = []
    added: list[str] = []
    lost = [base for base in old["bases"] if base not in new["bases"]]
    breaking += [f"no longer a subclass of `{base}`" for base in lost]
    added += [f"now also a subclass of `{base}`" for base in new["bases"] if base not in old["bases"]]
    reported: set[str] = set()
    if old["fields"] is not None and new["fields"] is not None:
        more_breaking, more_added, reported = _compare_fields(old["fields"], new["fields"])
        breaking += more_breaking
        added += more_added
    elif old["fields"] is not None:
        breaking += [f"field `{f['name']}` removed" for f in old["fields"] if f["name"] not in new["members"]]
    more_breaking, more_added = compare_signatures(old["constructor"], new["constructor"], skip=frozenset(reported))
    breaking += [f"constructor: {line}" for line in more_breaking]
    added += [f"constructor: {line}" for line in more_added if not line.startswith("new optional parameter `")]
    return breaking, added


def _compare_members(path: str, old: Description, new: Description) -> tuple[list[str], list[str]]:
    breaking: list[str] = []
    added: list[str] = []
    new_fields = {f["name"] for f in new["fields"] or []}
    for name, before in old["members"].items():
        where = f"`{path}.{name}`"
        after = new["members"].get(name)
        if after is None:
            if name not in new_fields:
                breaking.append(f"{where}: {before['kind']} removed")
            continue
        if before["kind"] != after["kind"]:
            breaking.append(f"{where}: was a {before['kind']}, is now a {after['kind']}")
        elif before["kind"] == "method":
            more_breaking, more_added = compare_signatures(before.get("signature"), after.get("signature"))
            breaking += [f"{where}: {line}" for line in more_breaking]
            added += [f"{where}: {line}" for line in more_added]
    added += [
        f"`{path}.{name}`: new {after['kind']}" for name, after in new["members"].items() if name not in old["members"]
    ]
    return breaking, added


def compare_package(old: dict[str, Description], new: dict[str, Description]) -> tuple[list[str], list[str]]:
    """(breaking, added) lines from one package's surface to another's."""
    breaking: list[str] = []
    added: list[str] = []
    for path, before in old.items():
        after = new.get(path)
        where = f"`{path}`"
        if after is None:
            what = "module" if before["kind"] == "module" else "export"
            breaking.append(f"{where}: {what} removed")
            continue
        if after.get("error") and not before.get("error"):
            breaking.append(f"{where}: no longer importable ({after['error']})")
            continue
        kinds = {before["kind"], after["kind"]}
        if "alias" in kinds:  # the object is described at its first path; both are still exported
            continue
        if before["kind"] != after["kind"]:
            breaking.append(f"{where}: was a {before['kind']}, is now a {after['kind']}")
        elif before["kind"] == "function":
            more_breaking, more_added = compare_signatures(before["signature"], after["signature"])
            breaking += [f"{where}: {line}" for line in more_breaking]
            added += [f"{where}: {line}" for line in more_added]
        elif before["kind"] == "class":
            more_breaking, more_added = _compare_class(before, after)
            breaking += [f"{where}: {line}" for line in more_breaking]
            added += [f"{where}: {line}" for line in more_added]
            more_breaking, more_added = _compare_members(path, before, after)
            breaking += more_breaking
            added += more_added
    for path, after in new.items():
        if path not in old:
            added.append(f"`{path}`: new {'module' if after['kind'] == 'module' else 'export'}")
    return breaking, added


def compare_surfaces(old: Surface, new: Surface) -> list[PackageReport]:
    reports = []
    for package in PACKAGES:
        report = PackageReport(package)
        if package not in old:
            report.note = "new package (nothing to compare)" if package in new else "absent on both sides"
        elif package not in new:
            report.breakages.append(f"`{package}`: the whole package was removed")
        else:
            report.breakages, report.additions = compare_package(old[package], new[package])
        reports.append(report)
    return reports


def compare(old_root: Path, new_root: Path) -> list[PackageReport]:
    """Breaking changes and additions of each package from the checkout at `old_root` to `new_root`."""
    return compare_surfaces(surface(old_root), surface(new_root))


def to_markdown(reports: list[PackageReport], label: str) -> str:
    lines = [f"## Python API diff: {label} → work tree", ""]
    for report in reports:
        lines += [f"### `{report.package}`", ""]
        if report.note:
            lines += [report.note.capitalize() + ".", ""]
            continue
        if not report.breakages:
            lines.append("No breaking changes.")
        else:
            lines += [f"**{len(report.breakages)} breaking change(s):**", ""]
            lines += [f"- {line}" for line in report.breakages]
        lines.append("")
        if report.additions:
            lines += [f"{len(report.additions)} addition(s) (not breaking):", ""]
            lines += [f"- {line}" for line in report.additions]
            lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("ref", nargs="?", help="a recorded release or git ref (default: the last release)")
    parser.add_argument("--no-fail", action="store_true", help="exit 0 even when something breaks")
    parser.add_argument("--fail-on-breaking", action="store_true", help="(the default; kept for old callers)")
    args = parser.parse_args(argv)
    try:
        label, commit = resolve_ref(args.ref or None)
    except RefError as error:
        print(f"api-diff: {error}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as scratch:
        export_ref(commit, Path(scratch))
        reports = compare(Path(scratch), ROOT)
    sys.stdout.write(to_markdown(reports, f"{label} (`{commit[:12]}`)"))
    breaking = any(report.breakages for report in reports)
    return 1 if breaking and not args.no_fail else 0


if __name__ == "__main__":
    raise SystemExit(main())
