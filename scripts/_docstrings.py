"""Spec descriptions (markdown with JSDoc links and some HTML, as upstream writes them) as Python docstring text.

scripts/generate_facade.py uses these for the client methods' docstrings and their arguments' descriptions:
- `render`: an operation's description as docstring lines: paragraphs wrapped, lists kept one item a line
  (bullet and hanging indent), headings a plain line ("Usage:"), fenced code verbatim and indented, images
  dropped, other HTML tags stripped, `{@link Schema.MEMBER}` as the member's value in backticks;
- `inline`: an argument's description, the same way, as one line;
- `describe`: an argument's description: the spec's words, else spec/overrides.yaml `descriptions`;
- `summary_lines`: the docstring's opening line(s), the summary and the route;
- `argument_lines`: an argument's entry of the "Args:" section, its enum values listed;
- `link_values`: what the spec's `{@link Schema.MEMBER}` links stand for (its string enums).
"""

from __future__ import annotations

import html
import re
import textwrap
from collections.abc import Mapping
from typing import Any

WIDTH = 100

# Upstream text that means nothing in a Python docstring: "Premium Route - " (the plans are in the "Plans:" line).
LEFTOVERS = (re.compile(r"^\s*Premium Route\s*[-\u2013\u2014:]\s*", re.IGNORECASE),)

# What an argument without a description (in the spec or in spec/overrides.yaml) shows; tests refuse it.
UNDESCRIBED = "Not described by the spec (add it to spec/overrides.yaml `descriptions`)."

_CODE_SPAN = re.compile(r"(`[^`]*`)")
_JSDOC = re.compile(r"\{@(?:link|linkplain|linkcode|code)\s+([^}\s|]+)(?:\s*\|\s*|\s+)?([^}]*)\}")
_IMAGE = re.compile(r"<img\b[^>]*>|!\[[^\]]*\]\([^)]*\)", re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_ITEM = re.compile(r"^(\s*)([-*+]|\d{1,3}[.)])\s+(.*)$")
_HARD_BREAK = "\x01"  # a <br>, kept through cleaning: a new line inside a paragraph or list item
_GLUE = "\x00"  # a space no line may break at (inside `code`, before a lone "-" or a word starting with "#")


def link_values(spec: Mapping[str, Any]) -> dict[str, str]:
    """`Schema.MEMBER` -> the value it stands for, for every string enum of the spec's component schemas
    (members named by `x-enum-varnames` where the spec has them, else by their values)."""
    found: dict[str, str] = {}
    schemas = (spec.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items():
        if not isinstance(schema, dict) or not isinstance(schema.get("enum"), list):
            continue
        values = schema["enum"]
        members = schema.get("x-enum-varnames") or schema.get("x-enumNames") or values
        for member, value in zip(members, values, strict=False):
            if isinstance(value, str):
                found[f"{name}.{member}"] = value
    return found


def _link(match: re.Match[str], links: Mapping[str, str]) -> str:
    target, label = match.group(1), match.group(2).strip()
    if label:
        return label
    return f"`{links.get(target, target.rsplit('.', 1)[-1])}`"


def clean(text: str, links: Mapping[str, str] | None = None) -> str:
    """The text with its upstream leftovers, JSDoc links, HTML and markdown emphasis and links translated or
    removed; markdown structure (headings, lists, fences, paragraphs) is kept for `render`."""
    text = str(text or "").replace("\r\n", "\n").strip()
    for leftover in LEFTOVERS:
        text = leftover.sub("", text)
    parts = _CODE_SPAN.split(text)
    for index in range(0, len(parts), 2):  # the text between `code` spans (which are kept as they are)
        part = _JSDOC.sub(lambda match: _link(match, links or {}), parts[index])
        part = _IMAGE.sub("", part)
        part = _BREAK.sub(_HARD_BREAK, part)
        part = _TAG.sub("", part)
        part = _MD_LINK.sub(r"\1 (\2)", part)
        part = _BOLD.sub(r"\1", part)
        parts[index] = html.unescape(part)
    return "".join(parts)


def _wrap(text: str, width: int, initial: str = "", subsequent: str = "") -> list[str]:
    """Wrapped lines of one paragraph (or list item): never inside `code` (unless it could not fit a line),
    never at a hyphen or in a long word, and no line starting with "#" or a lone "-" (which would read as a
    heading or a list item)."""

    def glue(match: re.Match[str]) -> str:
        code = match.group(1)
        return code if len(code) > (width - len(subsequent)) // 2 else code.replace(" ", _GLUE)

    text = _CODE_SPAN.sub(glue, " ".join(text.split()))
    text = re.sub(r" (?=#)| (?=- )", _GLUE, text)
    lines = textwrap.wrap(
        text,
        width,
        initial_indent=initial,
        subsequent_indent=subsequent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [line.replace(_GLUE, " ") for line in lines] or [initial.rstrip()]


def _heading(text: str) -> str:
    text = " ".join(text.split())
    if not text or text[-1] in ".:!?":
        return text
    return text + ("." if ":" in text else ":")


def _blocks(text: str) -> list[tuple[str, Any]]:
    """(kind, content) of the cleaned text: ("para", text), ("item", (indent, bullet, text)), ("heading", text),
    ("code", lines), ("gap", None) for a blank line."""
    blocks: list[tuple[str, Any]] = []
    fence: list[str] | None = None
    current: list[Any] | None = None  # the paragraph or list item lines are being added to
    for line in text.split("\n"):
        if fence is not None:
            if _FENCE.match(line):
                blocks.append(("code", fence))
                fence = None
            else:
                fence.append(line)
            continue
        if _FENCE.match(line):
            fence, current = [], None
            continue
        heading = _HEADING.match(line)
        item = _ITEM.match(line)
        if not line.strip() or line.strip() == _HARD_BREAK:
            blocks.append(("gap", None))
            current = None
        elif heading:
            blocks.append(("heading", heading.group(1)))
            current = None
        elif item:
            current = [len(item.group(1).expandtabs()), item.group(2), item.group(3)]
            blocks.append(("item", current))
        elif current is not None:  # a paragraph's next line, or a list item's continuation
            current[-1] += "\n" + line.strip()
        else:
            current = [line.strip()]
            blocks.append(("para", current))
    if fence is not None:  # an unclosed fence: still code
        blocks.append(("code", fence))
    return blocks


def _tidy(blocks: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """Without headings that head nothing (their content was an image), empty paragraphs and repeated gaps."""
    kept: list[tuple[str, Any]] = []
    for kind, content in blocks:
        if kind == "para" and not "".join(content[0].split()).strip(_HARD_BREAK):
            kind, content = "gap", None
        if kind == "heading" and not _heading(content):
            continue
        if kind == "gap" and (not kept or kept[-1][0] == "gap"):
            continue
        kept.append((kind, content))
    while kept and kept[-1][0] == "gap":
        kept.pop()
    result: list[tuple[str, Any]] = []
    for index, (kind, content) in enumerate(kept):
        following = [k for k, _ in kept[index + 1 :] if k != "gap"]
        if kind == "heading" and (not following or following[0] == "heading"):
            continue
        if kind == "gap" and (not result or result[-1][0] == "gap"):
            continue
        result.append((kind, content))
    while result and result[-1][0] == "gap":
        result.pop()
    return result


def render(text: str, width: int = WIDTH, links: Mapping[str, str] | None = None) -> list[str]:
    """A spec description as docstring lines of at most `width` columns ("" for a blank line)."""
    lines: list[str] = []

    def separate() -> None:
        if lines and lines[-1]:
            lines.append("")

    for kind, content in _tidy(_blocks(clean(text, links))):
        if kind == "gap":
            separate()
        elif kind == "heading":
            separate()
            lines.append(_heading(content))
        elif kind == "para":
            for piece in content[0].split(_HARD_BREAK):
                lines += _wrap(piece, width)
        elif kind == "item":
            indent, bullet, body = content
            lead = " " * min(indent, 8)
            pieces = body.split(_HARD_BREAK)
            hang = lead + " " * (len(bullet) + 1)
            lines += _wrap(pieces[0], width, lead + bullet + " ", hang)
            for piece in pieces[1:]:
                lines += _wrap(piece, width, hang, hang)
        else:  # code: verbatim, indented, set apart
            separate()
            lines += [("    " + line).rstrip() for line in textwrap.dedent("\n".join(content)).split("\n")]
            lines.append("")
    while lines and not lines[-1]:
        lines.pop()
    return lines


def inline(text: str, links: Mapping[str, str] | None = None) -> str:
    """A description as one line (an argument's): cleaned like `render`, its whitespace collapsed."""
    return " ".join(clean(text, links).replace(_HARD_BREAK, " ").split())


def describe(
    argument: str,
    operation_id: str,
    spec_text: str,
    descriptions: Mapping[str, Any],
    links: Mapping[str, str] | None = None,
) -> str:
    """An argument's description: spec/overrides.yaml `descriptions.<OperationId>.<argument>` (which replaces
    the spec's words where they are wrong), else the spec's words, else `descriptions.<argument>`."""
    specific = descriptions.get(f"{operation_id}.{argument}")
    chosen = specific or spec_text or descriptions.get(argument) or ""
    return inline(str(chosen), links)


def summary_lines(summary: str, route: str, width: int = WIDTH) -> list[str]:
    """A docstring's opening: "Summary (`GET /path`)." on one line, or, when that is over `width` columns,
    the summary alone then the route after a blank line (a summary line is never wrapped)."""
    summary = inline(summary).rstrip(".")
    line = f"{summary} (`{route}`)."
    return [line] if len(line) <= width else [f"{summary}.", "", *_wrap(f"`{route}`.", width)]


def argument_lines(name: str, description: str, choices: tuple[str, ...] = (), width: int = WIDTH) -> list[str]:
    """An argument's entry of an "Args:" section: `    name: description`, wrapped with a hanging indent,
    followed by its enum values unless the description already names them all."""
    text = description or ("" if choices else UNDESCRIBED)
    if choices and not all(re.search(rf"(?<![\w-]){re.escape(choice)}(?![\w-])", text) for choice in choices):
        text = (text.rstrip(".") + ". " if text else "") + "One of " + ", ".join(choices) + "."
    return _wrap(f"{name}: {text}", width, "    ", "        ")
