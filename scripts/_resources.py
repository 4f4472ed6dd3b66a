"""Which resource of the clients each method belongs to, and its name there: by rule from the spec's tags and
operationIds, with spec/overrides.yaml `resources` where the rule reads badly.

Rules (docs/maintainers.md, "From an operation to a method"):
- a method's resource is the tag of its operation in the newest layout that has it (REST, else flat);
- a tag that starts with another tag's singular and `_` is nested under it: `alert_targets` is
  `alerts.targets` (`client.alerts.targets.list(...)`);
- a method's name is its operationId in snake_case without the words that name its resource (singular or
  plural, of the resource and the resources it is nested in) and without `generic_words` (words every
  operation could carry, such as "webcast"): CreateAlert -> `alerts.create`, ListAlertTargets ->
  `alerts.targets.list`; where that leaves nothing, or two methods of a resource the same name, those keep
  every word but the generic ones.

spec/overrides.yaml `resources`:
    generic_words: [webcast, ...]      dropped from every name
    paths: {<tag>: <dotted path>}      a tag's place among the resources, instead of the nesting rule
    names: {<operationId>: <name>}     a method's name in its resource, instead of the naming rule
"""

from __future__ import annotations

import keyword
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")


class ResourceError(Exception):
    """A tag or a name that cannot become a Python attribute, or two methods that end up with one name."""


@dataclass(frozen=True)
class Placement:
    resource: str  # dotted path from the client: "alerts.targets"
    attribute: str  # the method's name in it: "list"


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _check_identifier(name: str, what: str) -> str:
    if not _IDENTIFIER.match(name) or keyword.iskeyword(name):
        raise ResourceError(f"{what} {name!r} is not a Python attribute name: set it in spec/overrides.yaml resources")
    return name


def resource_paths(tags: Iterable[str], overrides: Mapping[str, Any]) -> dict[str, str]:
    """tag -> dotted resource path."""
    given: dict[str, str] = dict(overrides.get("paths", {}) or {})
    known = sorted(set(tags), key=len)
    paths: dict[str, str] = {}

    def path_of(tag: str) -> str:
        if tag in given:
            return str(given[tag])
        for parent in sorted(known, key=len, reverse=True):
            prefix = singular(parent) + "_"
            if parent != tag and tag.startswith(prefix) and len(tag) > len(prefix):
                return path_of(parent) + "." + tag[len(prefix) :]
        return tag

    for tag in known:
        path = path_of(tag)
        for part in path.split("."):
            _check_identifier(part, f"the resource of tag {tag!r}:")
        paths[tag] = path
    return paths


def _noun_words(path: str) -> set[str]:
    words: set[str] = set()
    for part in path.split("."):
        for word in part.split("_"):
            words |= {word, singular(word), singular(word) + "s"}
    return words


def place(
    methods: Mapping[str, tuple[str, str, str]], overrides: Mapping[str, Any], tags: Iterable[str] | None = None
) -> dict[str, Placement]:
    """method key -> Placement, from method key -> (its tag, its operationId, that in snake_case) and the
    overrides' `resources` section. `tags` are every tag of the spec (nesting is decided among them)."""
    paths = resource_paths(tags if tags is not None else [tag for tag, _, _ in methods.values()], overrides)
    generic = set(overrides.get("generic_words", []) or [])
    names: Mapping[str, str] = overrides.get("names", {}) or {}
    full: dict[str, str] = {}
    short: dict[str, str] = {}
    for key, (tag, _, snake) in methods.items():
        words = [w for w in snake.split("_") if w and w not in generic]
        full[key] = "_".join(words) or snake
        nouns = _noun_words(paths[tag])
        short[key] = "_".join(w for w in words if w not in nouns) or full[key]
    by_resource: dict[str, list[str]] = defaultdict(list)
    for key, (tag, _, _) in methods.items():
        by_resource[paths[tag]].append(key)
    placed: dict[str, Placement] = {}
    for resource, keys in by_resource.items():
        chosen: dict[str, str] = {}
        for key in keys:
            chosen[key] = short[key]
        counts: dict[str, int] = defaultdict(int)
        for name in chosen.values():
            counts[name] += 1
        for key in keys:
            if counts[chosen[key]] > 1:
                chosen[key] = full[key]
        for key in keys:
            chosen[key] = str(names.get(methods[key][1], chosen[key]))
            _check_identifier(chosen[key], f"the method name for {key}:")
        taken: dict[str, str] = {}
        children = {path.rsplit(".", 1)[1] for path in paths.values() if path.startswith(resource + ".")}
        for key in keys:
            name = chosen[key]
            if name in taken or name in children:
                raise ResourceError(
                    f"{key} and {taken.get(name, 'a nested resource')} are both {resource}.{name}: "
                    "name one in spec/overrides.yaml resources.names"
                )
            taken[name] = key
            placed[key] = Placement(resource, name)
    return placed
