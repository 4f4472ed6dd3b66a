"""The API reference's resource pages: one per module of tiktok_live/resources/, written while the site builds.

A hook of mkdocs.yml (`hooks:`), so `make docs` and `mkdocs serve` alike have a page for every resource module
(`tiktok_live/resources/<name>.py`, not `_`-prefixed ones), each a `::: tiktok_live.resources.<name>` block, under
"API reference" > "Resources" in the nav. The pages exist only in the build (nothing is written to docs/, so
nothing generated is committed); without tiktok_live/resources/ there are none.

`python scripts/docs_pages.py` prints the pages it would add.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "tiktok_live" / "resources"
PAGES_DIR = "reference/resources"
REFERENCE_SECTION = "API reference"
RESOURCES_SECTION = "Resources"


def resource_modules(folder: Path = RESOURCES) -> list[str]:
    """The public resource modules in `folder`, by name, sorted; none when it does not exist."""
    if not folder.is_dir():
        return []
    return sorted(path.stem for path in folder.glob("*.py") if not path.stem.startswith("_"))


def page_path(name: str) -> str:
    """The page of a resource module, relative to docs/."""
    return f"{PAGES_DIR}/{name}.md"


def page_text(name: str) -> str:
    """The Markdown of a resource module's page."""
    return f"# `{name}`\n\n::: tiktok_live.resources.{name}\n"


def nav_with_resources(nav: list[Any], names: list[str]) -> list[Any]:
    """`nav` (mkdocs.yml's) with a "Resources" section holding `names` at the end of the reference section."""
    if not names:
        return nav
    section = {RESOURCES_SECTION: [{name: page_path(name)} for name in names]}
    for entry in nav:
        if isinstance(entry, dict) and isinstance(entry.get(REFERENCE_SECTION), list):
            entry[REFERENCE_SECTION] = [*entry[REFERENCE_SECTION], section]
            return nav
    raise ValueError(f"mkdocs.yml's nav has no {REFERENCE_SECTION!r} section for the resource pages")


# mkdocs hooks (https://www.mkdocs.org/user-guide/configuration/#hooks): the config and the files are passed in.


def on_config(config: Any) -> Any:
    config["nav"] = nav_with_resources(config["nav"], resource_modules())
    return config


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    for name in resource_modules():
        files.append(File.generated(config, page_path(name), content=page_text(name)))
    return files


if __name__ == "__main__":
    for name in resource_modules():
        print(f"docs/{page_path(name)}: ::: tiktok_live.resources.{name}")
