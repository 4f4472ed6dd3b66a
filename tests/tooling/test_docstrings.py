"""The client methods' docstrings read as Python docstrings: no upstream markup (JSDoc links, HTML, markdown
headings), lists kept as lists, at most 100 columns, and every argument described in "Args:".

The properties run over every method of both clients (the catalog's `methods()`); scripts/_docstrings.py, which
renders the spec's descriptions, is tested on small inputs."""

from __future__ import annotations

import importlib
import inspect
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

import tiktok_live
from tiktok_live._catalog import methods, operations
from tiktok_live._operations import Method

from .._helpers import method_of

ROOT = Path(__file__).resolve().parents[2]
METHODS, OPERATIONS = methods(), operations()
CLIENTS = (tiktok_live.TikTokLiveClient, tiktok_live.AsyncTikTokLiveClient)


def _renderer() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        return importlib.import_module("_docstrings")
    finally:
        sys.path.remove(str(ROOT / "scripts"))


docstrings = _renderer()

_CODE_SPAN = re.compile(r"`[^`]*`")
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(\s[^<>]*)?/?>")


def _doc(client: type, method: Method[Any]) -> str:
    doc = inspect.getdoc(method_of(client, method.name))
    assert doc, f"{client.__name__}.{method.name} has no docstring"
    return doc


def _long_lines(doc: str) -> list[str]:
    return [f"over 100 columns: {line!r}" for line in doc.splitlines() if len(line) > 100]


def _markup(doc: str) -> list[str]:
    """What in a docstring is upstream markup a Python reader should not see."""
    problems = []
    prose = _CODE_SPAN.sub("``", doc)  # `unknown_<index>` in code is no HTML
    for line in doc.splitlines():
        if line.lstrip().startswith("#"):
            problems.append(f"a markdown heading: {line!r}")
    if "{@" in doc:
        problems.append("a JSDoc link")
    problems += [f"an HTML tag {tag.group(0)!r}" for tag in _HTML_TAG.finditer(prose)]
    if "**" in prose or re.search(r"\]\(https?://", prose):
        problems.append("markdown emphasis or a markdown link")
    if "Premium Route" in doc:
        problems.append("'Premium Route' (the Plans: line says it)")
    return problems


def _args_section(doc: str) -> dict[str, str]:
    """The "Args:" section: argument name -> its description (continuation lines joined)."""
    lines = doc.splitlines()
    assert "Args:" in lines, "no Args: section"
    found: dict[str, str] = {}
    name = ""
    for line in lines[lines.index("Args:") + 1 :]:
        entry = re.match(r"^    (\w+): (.*)$", line)
        if entry:
            name = entry.group(1)
            found[name] = entry.group(2)
        elif line.startswith("        ") and name:
            found[name] += " " + line.strip()
        else:
            break
    return found


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.__name__)
@pytest.mark.parametrize("method", METHODS, ids=lambda m: m.name)
def test_no_upstream_markup(client: type, method: Method[Any]) -> None:
    assert _markup(_doc(client, method)) == []


@pytest.mark.parametrize("method", METHODS, ids=lambda m: m.name)
def test_no_line_over_100_columns(method: Method[Any]) -> None:
    assert _long_lines(_doc(tiktok_live.TikTokLiveClient, method)) == []


def test_no_async_line_over_100_columns() -> None:
    assert [line for m in METHODS for line in _long_lines(_doc(tiktok_live.AsyncTikTokLiveClient, m))] == []


@pytest.mark.parametrize("method", METHODS, ids=lambda m: m.name)
def test_every_argument_is_described_and_enum_values_listed(method: Method[Any]) -> None:
    doc = _doc(tiktok_live.TikTokLiveClient, method)
    signature = [name for name in inspect.signature(method_of(tiktok_live.TikTokLiveClient, method.name)).parameters]
    described = _args_section(doc) if len(signature) > 1 else {}
    assert list(described) == signature[1:], "Args: lists the signature's arguments, in order"
    for param in method.params:
        text = described[param.name]
        assert text != docstrings.UNDESCRIBED, f"{param.name}: add spec/overrides.yaml descriptions.{param.name}"
        assert not text.startswith("One of"), f"{param.name}: only its values, no description"
        for choice in param.choices:
            assert re.search(rf"(?<![\w-]){re.escape(choice)}(?![\w-])", text), f"{param.name}: {choice} unlisted"


@pytest.mark.parametrize("method", METHODS, ids=lambda m: m.name)
def test_the_async_method_points_at_the_sync_ones_docstring(method: Method[Any]) -> None:
    sync = method_of(tiktok_live.TikTokLiveClient, method.name)
    owner = "TikTokLiveClient" if method.on_client else sync.__qualname__.split(".")[0]
    assert f"`{owner}.{method.name.split('.')[-1]}`" in _doc(tiktok_live.AsyncTikTokLiveClient, method)


def test_markdown_lists_stay_one_item_a_line() -> None:
    """Wherever a spec description has a list, each item starts its own docstring line."""
    checked = 0
    for layout, spec_name in (("flat", "openapi.yaml"), ("rest", "openapi-rest.yaml")):
        spec = yaml.safe_load((ROOT / spec_name).read_text(encoding="utf-8"))
        ids = {op.operation_id: op for op in OPERATIONS if op.layout == layout}
        for item in spec["paths"].values():
            for operation in item.values():
                if not isinstance(operation, dict) or operation.get("operationId") not in ids:
                    continue
                method = next(m for m in METHODS if ids[operation["operationId"]] in m.operations)
                if method.primary is not ids[operation["operationId"]]:
                    continue  # the docstring is the other layout's
                items = re.findall(r"^[-*] +(\S+(?: \S+){0,2})", str(operation.get("description", "")), re.M)
                doc = _doc(tiktok_live.TikTokLiveClient, method).splitlines()
                for words in items:
                    words = docstrings.inline(words)
                    assert any(line.startswith(f"- {words}") for line in doc), f"{method.name}: - {words}"
                    checked += 1
    assert checked > 10  # the captcha and REST authentication lists at least


def test_the_overrides_describe_arguments_that_exist() -> None:
    overrides = yaml.safe_load((ROOT / "spec" / "overrides.yaml").read_text(encoding="utf-8"))
    names = {(op.operation_id, param.name) for op in OPERATIONS for param in op.params}
    for key in overrides.get("descriptions", {}):
        operation_id, _, argument = key.rpartition(".")
        if operation_id:
            assert (operation_id, argument) in names, f"descriptions.{key}: no such argument"
        else:
            assert any(argument == name for _, name in names), f"descriptions.{key}: no such argument"


def test_delete_key_says_what_delete_by_takes() -> None:
    doc = _doc(tiktok_live.TikTokLiveClient, next(m for m in METHODS if m.name == "api_keys.delete"))
    assert "name" not in doc.split("Args:")[0].lower().replace("account", "")
    assert "One of value, id." in doc


# -- scripts/_docstrings.py on small inputs --------------------------------------------------------------------


def test_a_jsdoc_link_becomes_the_enum_value_it_names() -> None:
    spec = {"components": {"schemas": {"Source": {"type": "string", "enum": ["cdn", "origin"]}}}}
    links = docstrings.link_values(spec)
    assert docstrings.inline("Defaults to {@link Source.origin}.", links) == "Defaults to `origin`."
    named = {"components": {"schemas": {"S": {"enum": ["o"], "x-enum-varnames": ["ORIGIN"]}}}}
    assert docstrings.inline("{@link S.ORIGIN}", docstrings.link_values(named)) == "`o`"
    assert docstrings.inline("Defaults to {@link Unknown.MEMBER}.") == "Defaults to `MEMBER`."
    assert docstrings.inline("See {@link Thing|the thing}.") == "See the thing."


def test_an_image_is_dropped_with_a_heading_that_only_held_it() -> None:
    text = 'Intro.\n\n## Example Image\n<img src="https://x.test/a.png" alt="A" width="480" />\n\n## Usage\n\nDo it.'
    assert docstrings.render(text) == ["Intro.", "", "Usage:", "", "Do it."]


def test_html_tags_are_stripped_but_not_inside_code() -> None:
    assert docstrings.inline("A <b>bold</b> word and `unknown_<index>`.") == "A bold word and `unknown_<index>`."
    assert docstrings.render("one<br>two") == ["one", "two"]
    assert docstrings.inline("**Note:** see [the docs](https://x.test/d).") == "Note: see the docs (https://x.test/d)."


def test_a_heading_becomes_a_plain_line() -> None:
    assert docstrings.render("## Usage\nText.") == ["Usage:", "Text."]
    assert docstrings.render("# Done.\n\nText.") == ["Done.", "", "Text."]
    assert docstrings.render("## Warning: costly\n\nText.")[0] == "Warning: costly."


def test_a_list_keeps_one_item_a_line_with_a_hanging_indent() -> None:
    long_item = "word " * 30
    text = f"The selectors are:\n- Background: `.a`\n* Piece: `#b ~ c > img`\n1. {long_item}\n  continued"
    lines = docstrings.render(text, width=60)
    assert lines[:3] == ["The selectors are:", "- Background: `.a`", "* Piece: `#b ~ c > img`"]
    assert lines[3].startswith("1. word")
    assert all(line.startswith("   word") for line in lines[4:])
    assert lines[-1].endswith("continued")
    assert all(len(line) <= 60 for line in lines)


def test_a_paragraph_is_wrapped_never_inside_code_nor_before_a_hash_or_a_lone_dash() -> None:
    text = "x " * 45 + "`a b c d e f` and then the # of items - counted"
    for width in range(30, 101):
        lines = docstrings.render(text, width=width)
        assert all(len(line) <= width for line in lines), width
        assert all(not line.startswith(("#", "- ")) for line in lines), (width, lines)
        assert "`a b c d e f`" in "\n".join(lines), width


def test_a_code_fence_is_kept_verbatim_and_indented() -> None:
    code = "client.room_info('x')  # a very long comment that is not wrapped at all, whatever the width"
    text = f"Example:\n\n```python\n{code}\n    nested\n```\nAfter."
    lines = docstrings.render(text, width=40)
    assert lines == [
        "Example:",
        "",
        "    client.room_info('x')  # a very long comment that is not wrapped at all, whatever the width",
        "        nested",
        "",
        "After.",
    ]


def test_the_premium_route_leftover_is_dropped() -> None:
    assert docstrings.render("Premium Route - Retrieve TikTok LIVE rankings.") == ["Retrieve TikTok LIVE rankings."]


def test_an_argument_takes_the_spec_words_else_the_overrides() -> None:
    descriptions = {"page": "The page.", "Op.name": "The new name."}
    assert docstrings.describe("page", "Op", "", descriptions) == "The page."
    assert docstrings.describe("page", "Op", "Spec's page.", descriptions) == "Spec's page."
    assert docstrings.describe("name", "Op", "Wrong words.", descriptions) == "The new name."
    assert docstrings.describe("other", "Op", "", descriptions) == ""
    assert docstrings.argument_lines("kind", "", ("a", "b")) == ["    kind: One of a, b."]
    assert docstrings.argument_lines("by", "Field to delete by", ("value", "id")) == [
        "    by: Field to delete by. One of value, id."
    ]
    assert docstrings.argument_lines("x", "") == [f"    x: {docstrings.UNDESCRIBED}"]


def test_a_long_summary_line_puts_the_route_on_its_own_line() -> None:
    assert docstrings.summary_lines("Read it.", "GET /a") == ["Read it (`GET /a`)."]
    long = "Count " + "pages " * 15
    assert docstrings.summary_lines(long, "GET /a/b") == [long.strip() + ".", "", "`GET /a/b`."]
