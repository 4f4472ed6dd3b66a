"""Generate the low-level client from openapi.yaml, or check that the committed copy is current.

    python scripts/generate.py --output generated/tiktok_live_api           # write
    python scripts/generate.py --output generated/tiktok_live_api --check   # compare, exit 1 on drift
    python scripts/generate.py --layout rest --output generated/tiktok_live_rest_api [--check]

For the flat layout (openapi.yaml, the default) it then writes the ergonomic layer's facade
(scripts/generate_facade.py: tiktok_live/_catalog/, tiktok_live/_methods.py, tiktok_live/resources/,
tiktok_live/testing/openapi.json, ...) and deletes the generated files it no longer writes; `--check` compares
those files too and names the stale ones. The REST layout (openapi-rest.yaml) gets its own package and no facade yet.

The generator runs into a temporary directory with this interpreter's bin/ first on PATH, so its ruff
post-hooks use the project's pinned ruff whatever else the machine has installed.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import generate_facade

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
CONFIG = ROOT / "openapi-python-client.yaml"
REST_SPEC = ROOT / "openapi-rest.yaml"
REST_CONFIG = ROOT / "openapi-python-client-rest.yaml"
# Each layout's document and generator configuration (which names the package).
LAYOUTS = {"flat": (SPEC, CONFIG), "rest": (REST_SPEC, REST_CONFIG)}
# Our versions of some of the generator's templates (the others are its own): see templates/README.md.
TEMPLATES = ROOT / "templates"


def generate_into(target: Path, *, spec: Path = SPEC, config: Path = CONFIG) -> None:
    """Run openapi-python-client, writing the package to `target` (which must not exist)."""
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path",
        str(spec),
        "--meta",
        "none",
        "--output-path",
        str(target),
        "--config",
        str(config),
        "--custom-template-path",
        str(TEMPLATES),
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    # The generator reports some problems as warnings with exit status 0; treat any warning as fatal.
    if result.returncode != 0 or "Warning" in result.stdout or "Warning" in result.stderr:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"openapi-python-client failed (exit {result.returncode})")


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that are missing, extra or different in `actual` compared to `expected`."""
    wanted, present = _files(expected), _files(actual)
    changed = [
        name for name in sorted(wanted & present) if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return (
        [f"missing: {name}" for name in sorted(wanted - present)]
        + [f"extra:   {name}" for name in sorted(present - wanted)]
        + [f"changed: {name}" for name in changed]
    )


# The guide's page of operations holds their table, between the markers.
OPERATIONS_PAGE = ROOT / "docs" / "operations.md"
TABLE_START, TABLE_END = "<!-- operations:start -->", "<!-- operations:end -->"


def page_with_current_table() -> str:
    """docs/operations.md with its table of operations rendered from the committed catalog (in a fresh interpreter,
    so a catalog written a moment ago is the one read)."""
    code = "from tiktok_live._cli._operations import markdown_table; print(markdown_table())"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
    table = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, env=env
    ).stdout
    page = OPERATIONS_PAGE.read_text(encoding="utf-8")
    if TABLE_START not in page or TABLE_END not in page:
        raise SystemExit(f"docs/operations.md lacks the markers {TABLE_START} ... {TABLE_END}")
    before, rest = page.split(TABLE_START, 1)
    after = rest.split(TABLE_END, 1)[1]
    return f"{before}{TABLE_START}\n{table.strip()}\n{TABLE_END}{after}"


def _drifted(what: str, drift: list[str]) -> int:
    print(f"{what}:")
    print("\n".join(f"  {line}" for line in drift))
    print("Run `make generate` and commit the result.")
    return 1


def _replace(output: Path, fresh: Path) -> None:
    if output.exists():
        shutil.rmtree(output)
    shutil.copytree(fresh, output)


def package_only(output: Path, *, spec: Path, config: Path, check: bool) -> int:
    """Generate (or with `check`, compare) the package of a layout that has no facade."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / output.name
        generate_into(fresh, spec=spec, config=config)
        if check:
            drift = differences(fresh, output) if output.exists() else [f"missing: {output}"]
            if drift:
                return _drifted(f"{output.relative_to(ROOT)} differs from what {spec.name} generates", drift)
            print(f"{output.relative_to(ROOT)} is up to date with {spec.name}.")
            return 0
        _replace(output, fresh)
        print(f"Generated {output.relative_to(ROOT)} from {spec.name}.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, required=True, help="the generated package directory")
    parser.add_argument("--layout", choices=sorted(LAYOUTS), default="flat", help="which document (default: flat)")
    parser.add_argument("--spec", type=Path, help="the document (default: the layout's)")
    parser.add_argument("--check", action="store_true", help="compare instead of writing; exit 1 on drift")
    args = parser.parse_args(argv)
    output: Path = args.output.resolve()
    spec, config = LAYOUTS[args.layout]
    if args.spec is not None:
        spec = args.spec
    if args.layout != "flat":
        return package_only(output, spec=spec, config=config, check=args.check)
    args.spec = spec

    facade_dir = ROOT / "tiktok_live"
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / output.name
        generate_into(fresh, spec=args.spec)
        fresh_facade = Path(scratch) / "facade"
        facade_files = generate_facade.write(fresh_facade, args.spec)
        names = {path.relative_to(fresh_facade).as_posix() for path in facade_files}
        stale = generate_facade.stale(facade_dir, names)
        if args.check:
            drift = differences(fresh, output) if output.exists() else [f"missing: {output}"]
            for path in facade_files:
                name = path.relative_to(fresh_facade)
                committed = facade_dir / name
                if not committed.exists() or not filecmp.cmp(path, committed, shallow=False):
                    drift.append(f"changed: tiktok_live/{name}")
            drift += [f"stale: {path.relative_to(ROOT)}" for path in stale]
            if drift:
                what = f"{output.relative_to(ROOT)} or the facade differs from what {args.spec.name} generates"
                return _drifted(what, drift)
            if page_with_current_table() != OPERATIONS_PAGE.read_text(encoding="utf-8"):
                print("docs/operations.md's table is out of date. Run `make generate` and commit the result.")
                return 1
            print(f"{output.relative_to(ROOT)} is up to date with {args.spec.name}.")
            return 0
        _replace(output, fresh)
        for path in facade_files:
            target = facade_dir / path.relative_to(fresh_facade)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        for path in stale:
            path.unlink()
        OPERATIONS_PAGE.write_text(page_with_current_table(), encoding="utf-8")
        print(f"Generated {output.relative_to(ROOT)} and the facade in tiktok_live/ from {args.spec.name}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
