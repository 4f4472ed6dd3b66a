"""Checks of user input, done before any request is made. Each error names the argument at fault."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Collection, Iterable
from typing import TypeVar
from urllib.parse import urlsplit

# TikTok usernames: letters, digits, underscores and periods, at most 24 characters.
_UNIQUE_ID = re.compile(r"[A-Za-z0-9_.]{1,24}")

T = TypeVar("T", bound=str)
_CLIP_LENGTH = 80


def clip(text: str) -> str:
    """`text` cut to a length an error message can show (inputs may be megabytes)."""
    return text if len(text) <= _CLIP_LENGTH else text[: _CLIP_LENGTH - 1] + "…"


def require_str(value: object, argument: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{argument} must be a str, not {type(value).__name__}")
    return value


def require_bool(value: object, argument: str) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{argument} must be a bool, not {type(value).__name__}")
    return value


def non_empty_str(value: object, argument: str) -> str:
    """`value` stripped. Its errors name the argument, never show the value: credentials are checked here too."""
    text = require_str(value, argument).strip()
    if not text:
        raise ValueError(f"{argument} must not be empty")
    return text


@functools.cache  # compiled when a URL is first given
def _profile_url() -> re.Pattern[str]:
    return re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)*tiktok\.com/@([^/?#]+)", re.IGNORECASE)


def unique_id(value: object, argument: str = "unique_id") -> str:
    """A creator's unique id from `name`, `@name` or a profile/live URL such as
    `https://www.tiktok.com/@name/live`, without the `@`."""
    text = non_empty_str(value, argument)
    url_match = _profile_url().match(text) if "/@" in text else None  # no URL can match without "/@"
    if url_match:
        text = url_match.group(1)
    elif "/" in text or "tiktok.com" in text.lower():
        raise ValueError(
            f"{argument} {clip(text)!r} is not a TikTok profile URL such as https://www.tiktok.com/@name/live"
        )
    name = text.removeprefix("@")
    if not _UNIQUE_ID.fullmatch(name):
        raise ValueError(
            f"{argument} {clip(text)!r} is not a TikTok username "
            "(letters, digits, '_' and '.', at most 24 characters, optionally prefixed with '@')"
        )
    return name


def room_id(value: object, argument: str = "room_id") -> str:
    """A numeric room id, given as a str or an int."""
    return _id_text(value, argument, "a str or an int", _is_room_id, "a numeric room id")


def numeric_id(value: object, argument: str) -> str:
    """A numeric id (a TikTok user's, say), given as an int or a str of digits; sent as the str."""
    return _id_text(value, argument, "an int or a str of digits", _is_digits, "a numeric id")


def _is_digits(text: str) -> bool:
    """`[0-9]+`: isdigit() alone takes other scripts' digits too."""
    return text.isascii() and text.isdigit()


def _is_room_id(text: str) -> bool:
    return len(text) <= 32 and _is_digits(text)


def _id_text(value: object, argument: str, types: str, valid: Callable[[str], object], what: str) -> str:
    """A positive int as its text, or a str (stripped) that `valid` accepts; else an error saying `types` or
    `what` are expected."""
    if isinstance(value, int) and not isinstance(value, bool):
        if value <= 0:
            raise ValueError(f"{argument} must be a positive number, got {value}")
        return str(value)
    text = non_empty_str(value, argument) if isinstance(value, str) else None
    if text is None:
        raise TypeError(f"{argument} must be {types}, not {type(value).__name__}")
    if not valid(text):
        raise ValueError(f"{argument} must be {what}, got {clip(text)!r}")
    return text


def http_url(value: object, argument: str) -> str:
    text = non_empty_str(value, argument)
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{argument} must be an http(s) URL, got {clip(text)!r}")
    return text


def choice(value: object, argument: str, allowed: Collection[T], fold: str = "") -> T:
    """One of `allowed`; `fold` ("upper" or "lower") normalises case first."""
    text = require_str(value, argument).strip()
    if fold == "upper":
        text = text.upper()
    elif fold == "lower":
        text = text.lower()
    for option in allowed:
        if option == text:
            return option
    raise ValueError(f"{argument} must be one of {', '.join(sorted(allowed))}; got {clip(repr(value))}")


def from_environment(variables: Iterable[str]) -> tuple[str, str] | None:
    """The first of `variables` set to a non-blank value, stripped, and how to name it in an error message."""
    for variable in variables:
        value = os.environ.get(variable)
        if value and value.strip():
            return value.strip(), f"the {variable} environment variable"
    return None
