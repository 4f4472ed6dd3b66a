"""What the distributions ship, and the package installed the way a user installs it: without the `testing` extra.

The wheel and the sdist are built once with the project's build backend (hatchling, from the dev extra). The
"fresh venv" is made offline: `python -m venv --without-pip`, the wheel installed into it with this
environment's pip (`pip --python ... install --no-deps --no-index`), and the runtime dependencies plus pytest
linked in from this environment, so it holds exactly what `pip install tiktok-live pytest` would, and no
protobuf.
"""

from __future__ import annotations

import ast
import importlib.metadata
import os
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("dist")
    script = (
        "import sys\nfrom hatchling.build import build_sdist, build_wheel\n"
        "print(build_wheel(sys.argv[1]))\nprint(build_sdist(sys.argv[1]))\n"
    )
    built = subprocess.run(
        [sys.executable, "-c", script, str(out)], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    wheel, sdist = (out / name for name in built[-2:])
    return {"wheel": wheel, "sdist": sdist}


def test_wheel_and_sdist_ship_the_mit_license(dists: dict[str, Path]) -> None:
    with zipfile.ZipFile(dists["wheel"]) as wheel:
        licenses = [name for name in wheel.namelist() if name.endswith("/LICENSE")]
        assert licenses, "no LICENSE in the wheel"
        assert "MIT License" in wheel.read(licenses[0]).decode()
        metadata = next(name for name in wheel.namelist() if name.endswith(".dist-info/METADATA"))
        assert "License-Expression: MIT" in wheel.read(metadata).decode()
    with tarfile.open(dists["sdist"]) as sdist:
        names = sdist.getnames()
    assert any(name.endswith("/LICENSE") for name in names), "no LICENSE in the sdist"
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")


def test_sdist_ships_no_tests_it_cannot_run(dists: dict[str, Path]) -> None:
    # The tests need the repository (scripts/, spec/, the dev extra); the sdist ships the package, not them.
    with tarfile.open(dists["sdist"]) as sdist:
        names = sdist.getnames()
    top = names[0].split("/")[0]
    assert not [name for name in names if name.startswith(f"{top}/tests/")]
    assert f"{top}/tiktok_live/__init__.py" in names
    assert f"{top}/generated/tiktok_live_api/__init__.py" in names
    assert f"{top}/generated/tiktok_live_rest_api/__init__.py" in names
    assert {f"{top}/openapi.yaml", f"{top}/openapi-rest.yaml"} <= set(names)


# One generated package per layout (docs/maintainers.md, "Two layouts").
GENERATED_PACKAGES = ["tiktok_live_api", "tiktok_live_rest_api"]


@pytest.mark.parametrize("package", GENERATED_PACKAGES)
def test_the_wheel_ships_each_generated_layer_typed_and_importable(
    dists: dict[str, Path], venv_without_extra: Path, package: str
) -> None:
    with zipfile.ZipFile(dists["wheel"]) as wheel:
        names = set(wheel.namelist())
    assert {f"{package}/__init__.py", f"{package}/py.typed", f"{package}/client.py"} <= names
    modules = sorted(
        name for name in names if name.startswith(f"{package}/api/") and name.count("/") == 3 and "__" not in name
    )
    assert modules, f"no operation modules of {package} in the wheel"
    module = modules[0].removesuffix(".py").replace("/", ".")
    run = subprocess.run(
        [str(venv_without_extra / "bin" / "python"), "-c", f"import {module} as m; assert callable(m._get_kwargs)"],
        capture_output=True,
        text=True,
        env=_clean_env(),
        timeout=60,
    )
    assert run.returncode == 0, run.stderr


def _closure(names: list[str]) -> list[importlib.metadata.Distribution]:
    """The installed distributions `names` need at run time (no extras), themselves included."""
    seen: dict[str, importlib.metadata.Distribution] = {}
    todo = list(names)
    while todo:
        name = todo.pop().lower().replace("_", "-")
        if name in seen:
            continue
        dist = importlib.metadata.distribution(name)
        seen[name] = dist
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return list(seen.values())


@pytest.fixture(scope="module")
def venv_without_extra(dists: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    pip = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check"]
    subprocess.run([*pip, "install", "--quiet", "--no-deps", "--no-index", str(dists["wheel"])], check=True)
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    runtime = [
        Requirement(text).name for text in importlib.metadata.requires("tiktok-live") or [] if "extra" not in text
    ]
    for dist in _closure([*runtime, "pytest"]):
        for top in {file.parts[0] for file in dist.files or [] if file.parts[0] not in ("..", "__pycache__")}:
            source = Path(str(dist.locate_file(top)))
            if source.exists() and not (site / top).exists():
                (site / top).symlink_to(source)
    no_protobuf = subprocess.run([str(python), "-c", "import google.protobuf"], capture_output=True)
    assert no_protobuf.returncode != 0, "the fresh venv must not have protobuf"
    return venv


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "EULER_", "SIGN_", "PYTHON"))}


def test_pytest_runs_where_the_testing_extra_is_not_installed(venv_without_extra: Path, tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text("def test_mine():\n    assert 1 + 1 == 2\n")
    (tmp_path / "test_fixture.py").write_text(
        "def test_uses_the_fake(fake_euler):\n    fake_euler.set_live('someone', False)\n"
    )
    run = subprocess.run(
        [str(venv_without_extra / "bin" / "python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=_clean_env(),
        timeout=120,
    )
    output = run.stdout + run.stderr
    assert "Error while loading plugin" not in output
    # The plugin loaded: the user's own test passes; only the test using a fake fixture needs the extra.
    assert "1 passed" in output, output
    assert "1 error" in output, output
    assert "pip install 'tiktok-live[testing]'" in output


@pytest.mark.parametrize("argv", [["--mock", "room-id", "someone"], ["serve-fake", "--port", "0"]])
def test_cli_names_the_testing_extra_in_one_line(venv_without_extra: Path, argv: list[str]) -> None:
    run = subprocess.run(
        [str(venv_without_extra / "bin" / "tiktok-live"), *argv],
        capture_output=True,
        text=True,
        env=_clean_env(),
        timeout=60,
    )
    assert run.returncode == 2
    assert run.stdout == ""
    assert run.stderr.count("\n") == 1, run.stderr
    assert "pip install 'tiktok-live[testing]'" in run.stderr


def _imported_distributions(paths: list[Path]) -> set[str]:
    """The installed distributions whose top-level modules `paths` import (the standard library left out)."""
    modules: set[str] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules.add(node.module.split(".")[0])
    owners = importlib.metadata.packages_distributions()
    ours = {"tiktok_live", *GENERATED_PACKAGES}
    return {owners[module][0].lower() for module in modules - ours - sys.stdlib_module_names if module in owners}


def _requirements(extra: str) -> set[str]:
    return {
        Requirement(text).name.lower()
        for text in importlib.metadata.requires("tiktok-live") or []
        if Requirement(text).marker is None or Requirement(text).marker.evaluate({"extra": extra})  # type: ignore[union-attr]
    }


def test_declared_dependencies_are_what_the_packages_import() -> None:
    package = ROOT / "tiktok_live"
    # Modules that need an extra, importing it only when it is used.
    optional = {"_budget/_redis.py": "redis", "_budget/_redis_link.py": "redis"}
    runtime = [
        *(
            path
            for path in package.rglob("*.py")
            if path.relative_to(package).as_posix() not in optional and "testing" not in path.relative_to(package).parts
        ),
        *(path for package in GENERATED_PACKAGES for path in (ROOT / "generated" / package).rglob("*.py")),
    ]
    # sniffio is declared on purpose though nothing imports it (see pyproject.toml); pytest is the host of the
    # plugin, not a dependency.
    assert _imported_distributions(runtime) == _requirements("") - {"sniffio"}
    for name, extra in optional.items():
        assert _imported_distributions([package / name]) <= _requirements(extra)
    testing = [path for path in (package / "testing").glob("*.py") if path.name != "pytest_plugin.py"]
    assert _imported_distributions(testing) <= _requirements("testing")
