"""Import an upstream OpenAPI document and re-apply our fixes to it.

    python scripts/import_spec.py [UPSTREAM.json] [--fixes spec/fixes.yaml] [--output openapi.yaml] [--strict]
                                  [--source URL]

Without UPSTREAM, the input is the vendored upstream document of `--output` (spec/upstream/manifest.yaml
names one per output), so the import round-trips. With UPSTREAM, a new upstream document is imported and, when
`--output` is one the manifest knows, becomes its vendored input: copied into spec/upstream/ (byte for byte, a
YAML document as JSON) and recorded in the manifest with where it came from (`--source`, else the path given),
today's date and its SHA-256. Commit it with the output.

Steps: keep the paths under the configured prefix (every path by default; the configured operations first,
in that order), apply each fix of `spec/fixes.yaml` in turn, drop the components nothing refers to any
more, and write the result in the canonical layout of `spec_yaml`. The Markdown report on stdout names
every fix that did not apply (its target is gone, or differs from what the fix expects), then gives the
spec diff from the current output file to the new one.

A fix is data: `name`, `op` and the op's arguments. Targets are key lists (`at`), relative to an operation
(`operation: RetrieveRoomId`) or schema (`schema: LiveRoom`) when one is named; `"*"` matches every key.
`where` is the value the target must have for the fix to apply (`absent`: the target must not exist).
The ops are documented in spec/fixes.yaml.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import yaml
from spec_diff import diff, to_markdown
from spec_yaml import dump, load

ROOT = Path(__file__).resolve().parent.parent
FIXES = ROOT / "spec" / "fixes.yaml"
OUTPUT = ROOT / "openapi.yaml"
UPSTREAM_DIR = ROOT / "spec" / "upstream"
MANIFEST = UPSTREAM_DIR / "manifest.yaml"

ABSENT = "absent"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_MISSING = object()

Document = dict[str, Any]
Key = str | int


class FixError(Exception):
    """The fix cannot be applied as written; the message says why."""


@dataclass
class FixResult:
    name: str
    applied: int = 0
    already: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.problems:
            return "partly applied" if self.applied else "not applied"
        if not self.applied and self.already:
            return "already upstream"
        return "applied"


@dataclass
class ImportResult:
    spec: Document
    fixes: list[FixResult]
    notes: list[str]

    @property
    def all_applied(self) -> bool:
        return all(result.status == "applied" for result in self.fixes)


# --- addressing --------------------------------------------------------------------------------------------


def _find_operation(spec: Document, operation_id: str) -> list[Key]:
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if isinstance(item.get(method), dict) and item[method].get("operationId") == operation_id:
                return ["paths", path, method]
    raise FixError(f"operation {operation_id} is gone")


def _base(spec: Document, fix: dict[str, Any]) -> list[Key]:
    if "operation" in fix and "parameter" in fix:
        operation = _find_operation(spec, fix["operation"])
        parameters = _get_path(spec, operation).get("parameters", [])
        for index, parameter in enumerate(parameters):
            if parameter.get("name") == fix["parameter"]:
                return [*operation, "parameters", index]
        raise FixError(f"{fix['operation']} has no parameter {fix['parameter']}")
    if "operation" in fix:
        return _find_operation(spec, fix["operation"])
    if "schema" in fix:
        return ["components", "schemas", fix["schema"]]
    return []


def _show(path: list[Key]) -> str:
    return "/".join(str(key) for key in path)


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."


def _targets(spec: Document, path: list[Key]) -> Iterator[tuple[Any, Key, list[Key]]]:
    """(container, key, concrete path) for each target of `path`; the last key need not exist."""

    def walk(node: Any, rest: list[Key], done: list[Key]) -> Iterator[tuple[Any, Key, list[Key]]]:
        key, *tail = rest
        for concrete in _expand(node, key):
            if not tail:
                yield node, concrete, [*done, concrete]
                continue
            child = _get(node, concrete)
            if child is _MISSING or not isinstance(child, dict | list):
                if "*" not in path[: len(done) + 1]:
                    raise FixError(f"{_show([*done, concrete])} is gone")
                continue
            inner, left, parent, inner_key = _through_wrappers(child, tail)
            if not left:  # the wrappers led to the target itself
                if parent is None:
                    yield node, concrete, [*done, concrete]
                else:
                    yield parent, inner_key, [*done, concrete, *tail]
                continue
            yield from walk(inner, left, [*done, concrete, *tail[: len(tail) - len(left)]])

    yield from walk(spec, path, [])


def _nullable_alternative(node: Any) -> Any:
    """X of a nullable X spelled `oneOf`/`anyOf: [X, {type: "null"}]` (either order), else None."""
    for keyword in ("oneOf", "anyOf"):
        alternatives = node.get(keyword) if isinstance(node, dict) else None
        if isinstance(alternatives, list) and len(alternatives) == 2 and {"type": "null"} in alternatives:
            return next(alternative for alternative in alternatives if alternative != {"type": "null"})
    return None


def _through_wrappers(node: Any, rest: list[Key]) -> tuple[Any, list[Key], Any, Key]:
    """Where `rest` leads from `node` whatever wraps the schema on the way: a key the node lacks is looked up in
    the one schema of an `allOf` of one, or in X of a nullable `oneOf`/`anyOf: [X, null]`; `allOf, 0` where the
    node is no `allOf` is the node itself. So a fix written for one of these shapes finds its target in the
    others (docs/maintainers.md, "Fixes by meaning"). (node reached, keys left, its container and key there, or
    None and 0 when it is `node` itself.)"""
    parent: Any = None
    key: Key = 0
    while rest and isinstance(node, dict) and rest[0] not in node and rest[0] != "*":
        single = node.get("allOf")
        inner = _nullable_alternative(node)
        if isinstance(single, list) and len(single) == 1 and isinstance(single[0], dict):
            parent, key, node = single, 0, single[0]
        elif inner is not None:
            alternatives: list[Any] = node.get("oneOf") or node.get("anyOf") or []
            parent, key, node = alternatives, alternatives.index(inner), inner
        elif rest[0] == "allOf" and len(rest) > 1 and rest[1] == 0:
            rest = rest[2:]
        else:
            break
    return node, rest, parent, key


def _expand(node: Any, key: Key) -> list[Key]:
    if key != "*":
        return [key]
    return list(node) if isinstance(node, dict) else list(range(len(node)))


def _get(container: Any, key: Key) -> Any:
    if isinstance(container, dict):
        return container.get(key, _MISSING)
    if isinstance(container, list) and isinstance(key, int) and 0 <= key < len(container):
        return container[key]
    return _MISSING


def _check_where(fix: dict[str, Any], current: Any, where_path: list[Key]) -> str | None:
    """Why the target does not match the fix's `where`, or None when it does."""
    if "where" not in fix:
        return None
    expected = fix["where"]
    if expected == ABSENT:
        return None if current is _MISSING else f"{_show(where_path)} exists: {_short(current)}"
    if current is _MISSING:
        return f"{_show(where_path)} is gone"
    if canonical(current) != canonical(expected):
        return f"{_show(where_path)} is {_short(current)}, expected {_short(expected)}"
    return None


def canonical(node: Any) -> Any:
    """One spelling of a schema for comparing by meaning: an `allOf` of one schema with nothing else beside it is
    that schema; nullable is `type: [T, "null"]` (a type) or `oneOf: [X, {type: "null"}]` (anything else), whether
    it was written with 3.0's `nullable: true`, a type list, `anyOf` or `oneOf`, in either order."""
    if isinstance(node, list):
        return [canonical(value) for value in node]
    if not isinstance(node, dict):
        return node
    node = {key: canonical(value) for key, value in node.items()}
    nullable = node.pop("nullable", False) is True
    inner = _nullable_alternative(node)
    if inner is not None:
        node = {key: value for key, value in node.items() if key not in ("oneOf", "anyOf")}
        node, nullable = {**node, "allOf": [inner]} if node else inner, True
    single = node.get("allOf")
    if isinstance(single, list) and len(single) == 1 and isinstance(single[0], dict):
        siblings = {key: value for key, value in node.items() if key != "allOf"}
        if not siblings:
            node = single[0]
        elif "$ref" not in single[0] and not set(siblings) & set(single[0]):
            node = {**single[0], **siblings}
    types = node.get("type")
    if isinstance(types, list) and "null" in types:
        rest = [kind for kind in types if kind != "null"]
        node = {**node, "type": rest[0] if len(rest) == 1 else rest}
        nullable = True
    if not nullable:
        return node
    if isinstance(node.get("type"), str):
        enum = node.get("enum")
        extra = {"enum": [*enum, None]} if isinstance(enum, list) and None not in enum else {}
        return {**node, "type": [node["type"], "null"], **extra}
    return {"oneOf": [node, {"type": "null"}]}


def _each_target(spec: Document, fix: dict[str, Any], result: FixResult) -> Iterator[tuple[Any, Key, Any]]:
    """Targets that match `where`; mismatches are recorded unless `at` has a wildcard."""
    path = [*_base(spec, fix), *fix["at"]]
    wildcard = "*" in fix["at"]
    matched = False
    for container, key, concrete in _targets(spec, path):
        current = _get(container, key)
        if "value" in fix and current == fix["value"]:
            result.already += 1
            matched = True
            continue
        problem = _check_where(fix, current, concrete)
        if problem is None:
            matched = True
            yield container, key, current
        elif not wildcard:
            result.problems.append(problem)
    if wildcard and not matched:
        result.problems.append(f"nothing under {_show(path)} matches {_short(fix.get('where'))}")


# --- ops ---------------------------------------------------------------------------------------------------


def op_set(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Set the target to `value`."""
    for container, key, _ in list(_each_target(spec, fix, result)):
        container[key] = copy.deepcopy(fix["value"])
        result.applied += 1


def op_remove(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Remove the target (which must exist)."""
    for container, key, current in list(_each_target(spec, fix, result)):
        if current is _MISSING:
            result.already += 1
            continue
        del container[key]
        result.applied += 1


def op_merge(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Merge `value` into the target: nested mappings must exist; other values are set."""

    def merge(target: dict[str, Any], value: dict[str, Any], path: list[Key]) -> None:
        for key, item in value.items():
            if isinstance(item, dict) and item:
                child = target.get(key)
                if not isinstance(child, dict):
                    result.problems.append(f"{_show([*path, key])} is gone")
                    continue
                merge(child, item, [*path, key])
            elif target.get(key, _MISSING) == item:
                result.already += 1
            else:
                target[key] = copy.deepcopy(item)
                result.applied += 1

    for container, key, current in list(_each_target(spec, fix, result)):
        if not isinstance(current, dict):
            result.problems.append(f"{_show(fix['at'])} is not a mapping")
            continue
        merge(container[key], fix["value"], [*_base(spec, fix), *fix["at"]])


def op_rename_schema(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Rename components/schemas/`from` to `to` in place and update every reference to it."""
    schemas = spec.get("components", {}).get("schemas", {})
    old, new = fix["from"], fix["to"]
    if old not in schemas:
        if new in schemas:
            result.already += 1
        else:
            result.problems.append(f"schema {old} is gone")
        return
    if new in schemas:
        result.problems.append(f"schema {new} already exists")
        return
    spec["components"]["schemas"] = {(new if name == old else name): body for name, body in schemas.items()}
    _rewrite_refs(spec, f"#/components/schemas/{old}", f"#/components/schemas/{new}")
    result.applied += 1


def _rewrite_refs(node: Any, old: str, new: str) -> None:
    if isinstance(node, dict):
        if node.get("$ref") == old:
            node["$ref"] = new
        for value in node.values():
            _rewrite_refs(value, old, new)
    elif isinstance(node, list):
        for value in node:
            _rewrite_refs(value, old, new)


def op_extract(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Move the inline target to the component at `to` and refer to it from where it was.

    When upstream has made it a schema of its own meanwhile, that schema is renamed to ours instead.
    """
    destination: list[Key] = fix["to"]
    container = _get_path(spec, destination[:-1], create=True)
    if destination[-1] in container:
        result.problems.append(f"{_show(destination)} already exists")
        return
    for parent, key, current in list(_each_target(spec, fix, result)):
        reference = str(current.get("$ref", "")) if isinstance(current, dict) else ""
        if reference.startswith("#/components/schemas/") and destination[:2] == ["components", "schemas"]:
            # Upstream made it a schema of its own meanwhile: keep our name for it.
            op_rename_schema(spec, {"from": reference.rsplit("/", 1)[1], "to": destination[-1]}, result)
            continue
        if current is _MISSING or "$ref" in current:
            result.problems.append(f"{_show(fix['at'])} is not an inline object: {_short(current)}")
            continue
        container[destination[-1]] = current
        parent[key] = {"$ref": "#/" + "/".join(str(part).replace("/", "~1") for part in destination)}
        result.applied += 1


def _get_path(spec: Document, path: list[Key], *, create: bool = False) -> Any:
    node: Any = spec
    rest = list(path)
    while rest:
        if create and isinstance(node, dict):
            node = node.setdefault(rest.pop(0), {})
            continue
        node, rest, _, _ = _through_wrappers(node, rest)
        if not rest:
            break
        node = _get(node, rest.pop(0))
        if node is _MISSING:
            raise FixError(f"{_show(path)} is gone")
    return node


def op_replace_security(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Set the `security` of each listed operation to `value`, where it is `where`."""
    for operation in fix["operations"]:
        single = {"operation": operation, "at": ["security"], **_pick(fix, "where", "value")}
        try:
            op_set(spec, single, result)
        except FixError as error:
            result.problems.append(str(error))


def op_add_error_responses(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Add `{status: $ref to components/responses/NAME}` to each listed operation's responses."""
    for operation in fix["operations"]:
        try:
            responses = _get_path(spec, [*_find_operation(spec, operation), "responses"])
        except FixError as error:
            result.problems.append(str(error))
            continue
        for status, name in fix["responses"].items():
            reference = {"$ref": f"#/components/responses/{name}"}
            status = str(status)
            if responses.get(status) == reference:
                result.already += 1
            elif status in responses:
                result.problems.append(f"{operation} already documents {status}: {_short(responses[status])}")
            else:
                responses[status] = reference
                result.applied += 1


def op_retype(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Replace the `from` keywords of each `Schema.property` in `fields` with the `to` keywords."""
    before: dict[str, Any] = fix["from"]
    after: dict[str, Any] = fix["to"]
    for dotted in fix["fields"]:
        schema_name, _, prop = dotted.partition(".")
        properties = spec.get("components", {}).get("schemas", {}).get(schema_name, {}).get("properties", {})
        target = properties.get(prop)
        if not isinstance(target, dict):
            result.problems.append(f"{dotted} is gone")
            continue
        dropped = set(before) - set(after)
        if all(target.get(key) == value for key, value in after.items()) and not dropped & set(target):
            result.already += 1
        elif any(target.get(key) != value for key, value in before.items()):
            found = {key: target.get(key) for key in before}
            result.problems.append(f"{dotted} is {_short(found)}, expected {_short(before)}")
        else:
            properties[prop] = {**{k: v for k, v in target.items() if k not in before}, **after}
            result.applied += 1


def op_reorder(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Put the target mapping's keys in the order `keys`; keys not listed follow in their own order."""
    for container, key, current in list(_each_target(spec, fix, result)):
        if not isinstance(current, dict):
            result.problems.append(f"{_show(fix['at'])} is not a mapping")
            continue
        wanted = [name for name in fix["keys"] if name in current]
        result.problems += [f"{name} is gone" for name in fix["keys"] if name not in current]
        ordered = {name: current[name] for name in [*wanted, *[k for k in current if k not in wanted]]}
        if list(ordered) == list(current):
            result.already += 1
        else:
            container[key] = ordered
            result.applied += 1


# --- generic ops: keyed by what the target means, for every operation or schema -----------------------------


def _operations(spec: Document) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method in METHODS:
            if isinstance(item.get(method), dict):
                yield path, method, item[method]


def _schemas(spec: Document) -> dict[str, Any]:
    schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
    return schemas


def _resolve(spec: Document, node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 20:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = _get(target, part.replace("~1", "/").replace("~0", "~"))
        if target is _MISSING:
            return {}
        node, seen = target, seen + 1
    return node


def op_plans_from_scopes(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Set `x-euler-plans` of every operation from the scopes of its security requirements.

    `scopes` maps each upstream scope (any spelling upstream used) to plans; `plans` is the order to list
    them in; `open` are the plans of an operation that needs no credential (`security: []`). A scope not in
    the table is reported, and the operation keeps the plans its known scopes give.
    """
    table: dict[str, list[str]] = fix["scopes"]
    order: list[str] = fix["plans"]
    for _, _, operation in _operations(spec):
        name = operation.get("operationId", "?")
        requirements = operation.get("security")
        if requirements is None:
            result.problems.append(f"{name} declares no security")
            continue
        scopes = [scope for requirement in requirements for scopes in requirement.values() for scope in scopes]
        plans: set[str] = set()
        for scope in scopes:
            if scope in table:
                plans.update(table[scope])
            else:
                result.problems.append(f"{name}: unknown scope {scope!r}")
        if not requirements or all(not requirement for requirement in requirements):
            plans.update(fix["open"])
        if plans:
            _set_plans(operation, plans, order, result)


def _set_plans(operation: dict[str, Any], plans: set[str], order: list[str], result: FixResult) -> None:
    """Set `x-euler-plans` of `operation` to `plans` in the order `order`; counted as applied, or as already so."""
    value = [plan for plan in order if plan in plans]
    if operation.get("x-euler-plans") == value:
        result.already += 1
    else:
        operation["x-euler-plans"] = value
        result.applied += 1


def op_plans(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Set `x-euler-plans` of every operation from `value` (operationId: plans), else to `default`; without a
    `default`, an unlisted operation gets none: its plans are unknown (listings say so, and the fake lets any plan
    call it).

    For a document whose security requirements carry no scopes (so `plans-from-scopes` has nothing to
    read). Plans are listed in the order `plans`; a listed operation that is gone is reported.
    """
    wanted: dict[str, list[str]] = fix.get("value", {})
    order: list[str] = fix["plans"]
    seen: set[str] = set()
    for _, _, operation in _operations(spec):
        name = operation.get("operationId", "?")
        seen.add(name)
        if name not in wanted and fix.get("default") is None:
            continue
        plans = set(wanted[name] if name in wanted else fix["default"])
        unknown = sorted(plans - set(order))
        if unknown:
            result.problems.append(f"{name}: unknown plans {unknown}")
        _set_plans(operation, plans, order, result)
    result.problems += [f"operation {name} is gone" for name in wanted if name not in seen]


def op_split_security(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Make the schemes of every operation alternatives: one requirement object per scheme, no scopes.

    Upstream lists all schemes in one requirement object, which means "all at once". Schemes are listed in
    the order `schemes` (unlisted ones follow); operations in `anonymous` also accept no credential (`{}`).
    An operation with `security: []` stays open.
    """
    order: list[str] = fix.get("schemes", [])
    anonymous: list[str] = fix.get("anonymous", [])
    seen: set[str] = set()
    for _, _, operation in _operations(spec):
        name = operation.get("operationId", "?")
        seen.add(name)
        requirements = operation.get("security")
        if not requirements:
            if name in anonymous:
                result.problems.append(f"{name} declares no credential at all")
            continue
        names = list(dict.fromkeys(scheme for requirement in requirements for scheme in requirement))
        names = [scheme for scheme in order if scheme in names] + [s for s in names if s not in order]
        value: list[dict[str, Any]] = [{scheme: []} for scheme in names]
        if name in anonymous or {} in requirements:
            value.append({})
        if requirements == value:
            result.already += 1
        else:
            operation["security"] = value
            result.applied += 1
    result.problems += [f"operation {name} is gone" for name in anonymous if name not in seen]


def _path_pattern(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def op_tag_by_path(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Tag every operation by the longest `rules` prefix its path starts with ({...} matches any name).

    Upstream's own tags are replaced, so a re-tag upstream moves nothing. An operation under no prefix is
    reported and keeps its tags.
    """
    rules: dict[str, str] = fix["rules"]
    prefixes = sorted(rules, key=lambda prefix: len(_path_pattern(prefix)), reverse=True)
    for path, method, operation in _operations(spec):
        pattern = _path_pattern(path)
        match = next((prefix for prefix in prefixes if pattern.startswith(_path_pattern(prefix))), None)
        if match is None:
            result.problems.append(f"{method.upper()} {path} is under no known prefix")
            continue
        if operation.get("tags") == [rules[match]]:
            result.already += 1
        else:
            operation["tags"] = [rules[match]]
            result.applied += 1


def _looks_something_up(spec: Document, path: str, operation: dict[str, Any], names: set[str]) -> bool:
    for parameter in operation.get("parameters", []):
        parameter = _resolve(spec, parameter)
        if parameter.get("in") == "path" or parameter.get("name") in names:
            return True
    for media in operation.get("requestBody", {}).get("content", {}).values():
        if names & set(_resolve(spec, media.get("schema", {})).get("properties", {})):
            return True
    return "{" in path


def op_error_responses(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Add `responses` (status: components/responses/NAME) to every operation, and `lookup_responses` to
    those that look something up: a path parameter, or a parameter or body field named in `lookup_fields`.
    An answer upstream already documents for that status is reported, unless it is a JSON answer whose
    schema's name matches `replaces` (upstream's per-operation error schema), which the shared one replaces.
    """
    names = set(fix.get("lookup_fields", []))
    replaceable = re.compile(fix["replaces"]) if "replaces" in fix else None
    for path, _, operation in _operations(spec):
        wanted = dict(fix["responses"])
        if _looks_something_up(spec, path, operation, names):
            wanted |= fix.get("lookup_responses", {})
        responses = operation.setdefault("responses", {})
        for status in sorted(wanted, key=str):
            reference = {"$ref": f"#/components/responses/{wanted[status]}"}
            status = str(status)
            if responses.get(status) == reference:
                result.already += 1
            elif status in responses and not _replaceable(responses[status], replaceable):
                result.problems.append(
                    f"{operation.get('operationId')} already documents {status}: {_short(responses[status])}"
                )
            else:
                responses[status] = reference
                result.applied += 1


def _replaceable(response: Any, pattern: re.Pattern[str] | None) -> bool:
    """Whether `response` is upstream's own error answer: JSON only, its schema a reference matching `pattern` (or,
    inline, a schema holding only error fields)."""
    if pattern is None or not isinstance(response, dict):
        return False
    content = response.get("content", {})
    schema = content.get("application/json", {}).get("schema", {})
    reference = schema.get("$ref", "")
    name = reference.removeprefix("#/components/schemas/")
    if list(content) != ["application/json"]:
        return False
    # the same error schema put inline by a tool that dereferenced the document: known by its fields
    inline_error = not reference and _is_error_model(schema, {"code", "message", "error", "limit_label"})
    return inline_error or (name != reference and bool(pattern.search(name)))


def op_name_schema(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Name the schema at `at` `to`, whatever upstream calls it and whatever its shape: the schema a `$ref` there
    points to (also inside an `allOf` of one or a nullable `oneOf`/`anyOf`) is renamed; an inline object or enum
    there (a document whose tool inlined it) moves to the component `to` and is referred to."""
    try:
        [(container, key, _)] = list(_targets(spec, [*_base(spec, fix), *fix["at"]]))
    except (FixError, ValueError) as error:
        result.problems.append(str(error) if isinstance(error, FixError) else f"{_show(fix['at'])} is ambiguous")
        return
    node = _get(container, key)
    if node is _MISSING:
        result.problems.append(f"{_show([*_base(spec, fix), *fix['at']])} is gone")
        return
    while True:  # through the wrappers around the schema itself
        single = node.get("allOf") if isinstance(node, dict) else None
        if isinstance(single, list) and len(single) == 1 and isinstance(single[0], dict):
            container, key, node = single, 0, single[0]
        elif _nullable_alternative(node) is not None:
            alternatives = node.get("oneOf") or node.get("anyOf")
            key = next(index for index, value in enumerate(alternatives) if value != {"type": "null"})
            container, node = alternatives, alternatives[key]
        else:
            break
    reference = node.get("$ref") if isinstance(node, dict) else None
    prefix = "#/components/schemas/"
    if isinstance(node, dict) and reference is None and _is_named_shape(node):
        schemas = spec.setdefault("components", {}).setdefault("schemas", {})
        if fix["to"] in schemas:
            result.problems.append(f"schema {fix['to']} already exists")
            return
        schemas[fix["to"]] = node
        container[key] = {"$ref": prefix + fix["to"]}
        result.applied += 1
        return
    if not isinstance(reference, str) or not reference.startswith(prefix):
        result.problems.append(f"{_show(fix['at'])} is not a schema reference: {_short(node)}")
        return
    old = reference.removeprefix(prefix)
    if old == fix["to"]:
        result.applied += 1  # a guard, not a change: it keeps the name when upstream renames the schema
        return
    op_rename_schema(spec, {"from": old, "to": fix["to"]}, result)


def _is_named_shape(node: dict[str, Any]) -> bool:
    """An inline schema that deserves a name: an object with fields, an enum, or a composition."""
    compositions = (isinstance(node.get(keyword), list) for keyword in ("allOf", "anyOf", "oneOf"))
    return isinstance(node.get("properties"), dict) or isinstance(node.get("enum"), list) or any(compositions)


_TYPESCRIPT_NAME = re.compile(r"^(Partial|Pick|Omit|Record|Required|Readonly)_|[^A-Za-z0-9]")


def op_readable_schema_names(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Rename every schema still named like a TypeScript type expression to a CamelCase name.

    `Partial_X_Y_` becomes `XY` (the helper is dropped), `Wrapper_Arg_` becomes `ArgWrapper`, other
    punctuation is dropped between capitalised words (`Feed_Item` becomes `FeedItem`). Specific fixes that
    run earlier choose better names.
    """
    for name in list(_schemas(spec)):
        if not _TYPESCRIPT_NAME.search(name):
            continue
        new = _readable(name)
        if new in _schemas(spec) or not new:
            result.problems.append(f"no readable name for {name} ({new or 'empty'} is taken)")
            continue
        op_rename_schema(spec, {"from": name, "to": new}, result)


def _readable(name: str) -> str:
    helper = re.match(r"^(Partial|Pick|Omit|Required|Readonly)_+(.*)$", name)
    generic = re.match(r"^([A-Za-z0-9]+)_([A-Za-z0-9]+)_$", name)
    if helper:
        name = helper.group(2)
    elif generic:
        name = generic.group(2) + generic.group(1)
    words = re.split(r"[^A-Za-z0-9]+", name)
    return "".join(word[:1].upper() + word[1:] for word in words if word)


def op_inline_schemas(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Replace every reference to a schema whose name matches `matching` by a copy of the schema."""
    pattern = re.compile(fix["matching"])
    for name in [name for name in _schemas(spec) if pattern.search(name)]:
        body = _schemas(spec)[name]
        reference = f"#/components/schemas/{name}"
        count = _replace_refs(spec, reference, body)
        if count:
            result.applied += count
        del _schemas(spec)[name]


def _replace_refs(node: Any, reference: str, body: Any) -> int:
    count = 0
    if isinstance(node, dict):
        for key, value in list(node.items()):
            if isinstance(value, dict) and value.get("$ref") == reference:
                node[key] = {**copy.deepcopy(body), **{k: v for k, v in value.items() if k != "$ref"}}
                count += 1
            else:
                count += _replace_refs(value, reference, body)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            if isinstance(value, dict) and value.get("$ref") == reference:
                node[index] = copy.deepcopy(body)
                count += 1
            else:
                count += _replace_refs(value, reference, body)
    return count


_DOUBLE = {"type": "number", "format": "double"}


def _is_double(node: Any) -> bool:
    """A double, nullable or not (3.0's `nullable` or 3.1's type list)."""
    if not isinstance(node, dict) or node.get("format") != "double":
        return False
    kind = node.get("type")
    return kind == "number" or (isinstance(kind, list) and sorted(kind) == ["null", "number"])


def _is_number(node: Any, *, unformatted: bool) -> bool:
    """A double, or with `unformatted` also a (nullable) `number` without a format (a document that lost its
    formats)."""
    if _is_double(node):
        return True
    bare = isinstance(node, dict) and "format" not in node and node.get("type") in ("number", ["number", "null"])
    return unformatted and bare


def _to_integer(node: dict[str, Any]) -> dict[str, Any]:
    kind = ["integer", "null"] if isinstance(node.get("type"), list) else "integer"
    return {**{k: v for k, v in node.items() if k not in _DOUBLE}, "type": kind}


def op_integers(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Make whole numbers declared as doubles `integer`: every schema property and every parameter whose
    name matches one of `names` (regular expressions), plus the listed `fields` (Schema.property, where the
    property may sit in a nested inline object) and `parameters` (OperationId.parameter). With
    `unformatted: true`, a `number` without a format counts as a double too.
    """
    patterns = [re.compile(pattern) for pattern in fix.get("names", [])]
    unformatted: bool = fix.get("unformatted", False)

    def candidate(node: Any) -> bool:
        return _is_number(node, unformatted=unformatted)

    explicit_fields = set(fix.get("fields", []))
    explicit_parameters = set(fix.get("parameters", []))
    found: set[str] = set()

    def retype_properties(schema_name: str, node: Any) -> None:
        if isinstance(node, list):
            for value in node:
                retype_properties(schema_name, value)
            return
        if not isinstance(node, dict):
            return
        properties = node.get("properties")
        if isinstance(properties, dict):
            for prop, value in properties.items():
                dotted = f"{schema_name}.{prop}"
                if dotted in explicit_fields:
                    found.add(dotted)
                wanted = dotted in explicit_fields or any(p.search(prop) for p in patterns)
                if wanted and candidate(value):
                    properties[prop] = _to_integer(value)
                    result.applied += 1
                elif wanted and isinstance(value, dict) and candidate(value.get("items")):
                    value["items"] = _to_integer(value["items"])
                    result.applied += 1
                elif dotted in explicit_fields and isinstance(value, dict) and value.get("type") != "integer":
                    result.problems.append(f"{dotted} is {_short(value)}, not a double")
        for value in node.values():
            retype_properties(schema_name, value)

    for name, schema in _schemas(spec).items():
        retype_properties(name, schema)
    for _, _, operation in _operations(spec):
        for parameter in operation.get("parameters", []):
            if "$ref" in parameter:
                continue
            dotted = f"{operation.get('operationId')}.{parameter.get('name')}"
            if dotted in explicit_parameters:
                found.add(dotted)
            wanted = dotted in explicit_parameters or any(p.search(parameter.get("name", "")) for p in patterns)
            if wanted and candidate(parameter.get("schema")):
                parameter["schema"] = _to_integer(parameter["schema"])
                result.applied += 1
    result.problems += [f"{name} is gone" for name in sorted((explicit_fields | explicit_parameters) - found)]


def _every_object(node: Any) -> Iterator[dict[str, Any]]:
    """Every mapping in a document, innermost first: a fix may rewrite one once everything inside it is done."""
    if isinstance(node, dict):
        for value in list(node.values()):
            yield from _every_object(value)
        yield node
    elif isinstance(node, list):
        for value in list(node):
            yield from _every_object(value)


def op_plain_numbers(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Drop `format: double` everywhere (TypeScript's `number`; a JSON number is a double anyway)."""
    for node in _every_object(spec):
        if _is_double(node):
            del node["format"]
            result.applied += 1


def op_open_objects(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Remove `additionalProperties: false` everywhere: a closed object rejects every field added later."""
    for node in _every_object(spec):
        if node.get("additionalProperties") is False:
            del node["additionalProperties"]
            result.applied += 1


def op_drop_empty_alternatives(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Remove `{}` from every anyOf/oneOf; a single remaining alternative replaces the anyOf/oneOf."""
    for node in _every_object(spec):
        for keyword in ("anyOf", "oneOf"):
            alternatives = node.get(keyword)
            if isinstance(alternatives, list) and {} in alternatives:
                kept = [alternative for alternative in alternatives if alternative != {}]
                del node[keyword]
                if len(kept) == 1 and isinstance(kept[0], dict):
                    node.update(kept[0])
                elif kept:
                    node[keyword] = kept
                result.applied += 1


def op_nullable_31(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Rewrite OpenAPI 3.0's `nullable` for 3.1: `type: [T, "null"]`, or a oneOf with `{type: "null"}`."""
    for node in _every_object(spec):
        if "nullable" not in node:
            continue
        nullable = node.pop("nullable")
        result.applied += 1
        if nullable is not True:
            continue
        if isinstance(node.get("type"), str):
            node["type"] = [node["type"], "null"]
            if isinstance(node.get("enum"), list) and None not in node["enum"]:
                node["enum"].append(None)
            continue
        alternatives = node.pop("allOf", None) or ([{"$ref": node.pop("$ref")}] if "$ref" in node else None)
        if alternatives and len(alternatives) == 1:
            node["oneOf"] = [alternatives[0], {"type": "null"}]
        elif alternatives:
            node["oneOf"] = [{"allOf": alternatives}, {"type": "null"}]
        else:
            result.problems.append(f"cannot make {_short(node)} nullable")


def op_success_answers(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Make every 2xx JSON answer that is an `anyOf`/`oneOf` of one success model and error models (schemas whose
    fields are all among `error_fields`: upstream's `{code, message}` JSONResponse) the success model alone: the
    errors are declared responses of their own. Whatever the shape: the alternatives inline or behind `$ref`s."""
    error_fields = set(fix.get("error_fields", ["code", "message"]))
    for _, _, operation in _operations(spec):
        for status, answer in operation.get("responses", {}).items():
            answer = _resolve(spec, answer)
            if not str(status).startswith("2") or not isinstance(answer, dict):
                continue
            media = answer.get("content", {}).get("application/json")
            schema = media.get("schema") if isinstance(media, dict) else None
            if not isinstance(schema, dict):
                continue
            keyword = next((k for k in ("anyOf", "oneOf") if isinstance(schema.get(k), list)), None)
            if keyword is None or set(schema) - {keyword, "description"}:
                continue
            alternatives = schema[keyword]
            errors = [a for a in alternatives if _is_error_model(_resolve(spec, a), error_fields)]
            kept = [a for a in alternatives if a not in errors]
            if errors and len(kept) == 1 and _is_model(_resolve(spec, kept[0])):
                media["schema"] = kept[0]
                result.applied += 1


def _is_model(schema: Any) -> bool:
    return isinstance(schema, dict) and isinstance(schema.get("properties"), dict) and bool(schema["properties"])


def _is_error_model(schema: Any, error_fields: set[str]) -> bool:
    return _is_model(schema) and set(schema["properties"]) <= error_fields


def normalise_hoisted(spec: Document) -> list[str]:
    """Put back inline the schemas a tool hoisted into components with a generated name (openapi-generator's
    normaliser: `<OperationId>_<status>_response`, `<OperationId>_request`, `<Schema>_<property>`, and
    `_inner` for a list's items), each referred to once, from the place its name spells: the fixes then meet the
    shapes they were written for. The names of those put back, for the report."""
    inlined: list[str] = []
    while True:
        uses: dict[str, list[tuple[Any, Key, list[Key]]]] = {}
        for container, key, path in _references(spec, spec, []):
            uses.setdefault(str(container[key]["$ref"]), []).append((container, key, path))
        schemas = _schemas(spec)
        done = False
        for reference, places in uses.items():
            name = reference.removeprefix("#/components/schemas/")
            if name == reference or name not in schemas or len(places) != 1:
                continue
            container, key, path = places[0]
            if name not in _generated_names(spec, path):
                continue
            siblings = {k: v for k, v in container[key].items() if k != "$ref"}
            body = schemas.pop(name)
            container[key] = {**body, **siblings} if isinstance(body, dict) else body
            inlined.append(name)
            done = True
            break
        if not done:
            return inlined


def _references(spec: Document, node: Any, path: list[Key]) -> Iterator[tuple[Any, Key, list[Key]]]:
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, value in items:
        if isinstance(value, dict) and isinstance(value.get("$ref"), str):
            yield node, key, [*path, key]
        else:
            yield from _references(spec, value, [*path, key])


def _generated_names(spec: Document, path: list[Key]) -> set[str]:
    """The name a tool hoisting the schema at `path` gives it: its root's name (`<OperationId>_<status>_response`,
    `<OperationId>_request`, the component's own name), then each property on the way (`_<property>`), then
    `_inner` for a list's items."""
    root, rest = "", []
    if path[:1] == ["paths"] and len(path) >= 7:
        operation = _get(_get(spec["paths"], path[1]), path[2])
        operation_id = operation.get("operationId", "") if isinstance(operation, dict) else ""
        if path[3] == "responses" and len(path) >= 8 and path[5] == "content" and path[7] == "schema":
            root, rest = f"{operation_id}_{path[4]}_response", path[8:]
        elif path[3] == "requestBody" and path[4] == "content" and path[6] == "schema":
            root, rest = f"{operation_id}_request", path[7:]
    elif path[:2] == ["components", "schemas"] and len(path) >= 3:
        root, rest = str(path[2]), path[3:]
    if not root:
        return set()
    words = [root]
    while rest:
        if rest[0] == "properties" and len(rest) >= 2:
            words.append(str(rest[1]))
            rest = rest[2:]
        elif rest == ["items"]:
            words.append("inner")
            rest = []
        else:
            return set()
    return {"_".join(words)} if len(words) > 1 or path[:1] == ["paths"] else set()


def op_json_bodies(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """A request body offered as JSON and in other media types with the same schema (a form, text) is sent as JSON
    only: the client sends JSON, and the generator cannot tell bodies of one model apart by their type."""
    for _, _, operation in _operations(spec):
        body = operation.get("requestBody")
        content = body.get("content") if isinstance(body, dict) else None
        if not isinstance(content, dict) or "application/json" not in content or len(content) < 2:
            continue
        same = canonical(content["application/json"].get("schema"))
        for media in [m for m in content if m != "application/json"]:
            if canonical((content[media] or {}).get("schema")) == same:
                del content[media]
                result.applied += 1


def op_single_allof(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Replace every `allOf` of one schema with nothing beside it but a description or title by that schema (the
    wrapper some tools write around a `$ref`); beside a `$ref`, the description goes (the schema has its own)."""
    for node in _every_object(spec):
        single = node.get("allOf")
        if not (isinstance(single, list) and len(single) == 1 and isinstance(single[0], dict)):
            continue
        siblings = {key: value for key, value in node.items() if key != "allOf"}
        if set(siblings) - {"description", "title"} or (set(siblings) & set(single[0])):
            continue
        node.clear()
        node.update(single[0] if "$ref" in single[0] else {**single[0], **siblings})
        result.applied += 1


def op_summaries(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Give every operation without a summary the one in `value` (by operationId), else one spelled out
    from its operationId (`RetrieveGiftInfo` -> "Retrieve gift info"). A listed operation that is gone,
    or whose summary upstream now sets differently, is reported.
    """
    wanted: dict[str, str] = fix.get("value", {})
    seen: set[str] = set()
    for _, _, operation in _operations(spec):
        name = operation.get("operationId", "")
        seen.add(name)
        summary = wanted.get(name) or _spelled_out(name)
        if operation.get("summary") == summary:
            result.already += 1
        elif "summary" in operation:
            if name in wanted:
                result.problems.append(f"{name} has summary {_short(operation['summary'])}")
        else:
            operation["summary"] = summary
            result.applied += 1
    result.problems += [f"operation {name} is gone" for name in wanted if name not in seen]


def op_describe_schemas(spec: Document, fix: dict[str, Any], result: FixResult) -> None:
    """Give each component schema that an operation's 2xx JSON answer or JSON request body refers to (or the
    inline object schema it has instead), and that has no description, one naming that operation, so that its
    generated model has a docstring. A schema serving several operations is described by the first."""
    schemas = spec.get("components", {}).get("schemas", {})
    for path, method, operation in _operations(spec):
        summary = str(operation.get("summary", "")).rstrip(".")
        route = f"`{method.upper()} {path}`"
        places: list[tuple[str, Any]] = []
        for status, answer in operation.get("responses", {}).items():
            if str(status).startswith("2") and isinstance(answer, dict):
                places.append(("What {route} answers", answer.get("content", {}).get("application/json", {})))
        body = operation.get("requestBody", {})
        if isinstance(body, dict):
            places.append(("The body {route} takes", body.get("content", {}).get("application/json", {})))
        for template, media in places:
            schema = media.get("schema", {}) if isinstance(media, dict) else {}
            ref = schema.get("$ref", "") if isinstance(schema, dict) else ""
            name = ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else ""
            # the schema an answer refers to, or the inline one (a document whose tool inlined it) alike
            inline = isinstance(schema, dict) and (_is_model(schema) or isinstance(schema.get("allOf"), list))
            target = schemas.get(name) if ref else schema if inline else None
            if not isinstance(target, dict):
                continue
            if "description" in target:
                result.already += 1
                continue
            text = template.format(route=route)
            target["description"] = f"{text}: {summary[:1].lower()}{summary[1:]}." if summary else f"{text}."
            result.applied += 1


def _spelled_out(operation_id: str) -> str:
    words = re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", operation_id)
    text = " ".join(word if word.isupper() and len(word) > 1 else word.lower() for word in words)
    return text[:1].upper() + text[1:]


def _pick(mapping: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {key: mapping[key] for key in keys if key in mapping}


OPS: dict[str, Callable[[Document, dict[str, Any], FixResult], None]] = {
    "set": op_set,
    "remove": op_remove,
    "merge": op_merge,
    "rename-schema": op_rename_schema,
    "extract": op_extract,
    "replace-security": op_replace_security,
    "add-error-responses": op_add_error_responses,
    "retype": op_retype,
    "reorder": op_reorder,
    "plans-from-scopes": op_plans_from_scopes,
    "plans": op_plans,
    "split-security": op_split_security,
    "tag-by-path": op_tag_by_path,
    "error-responses": op_error_responses,
    "name-schema": op_name_schema,
    "readable-schema-names": op_readable_schema_names,
    "inline-schemas": op_inline_schemas,
    "integers": op_integers,
    "plain-numbers": op_plain_numbers,
    "open-objects": op_open_objects,
    "drop-empty-alternatives": op_drop_empty_alternatives,
    "nullable-3.1": op_nullable_31,
    "summaries": op_summaries,
    "success-answers": op_success_answers,
    "single-allof": op_single_allof,
    "json-bodies": op_json_bodies,
    "describe-schemas": op_describe_schemas,
}


def apply_fix(spec: Document, fix: dict[str, Any]) -> FixResult:
    result = FixResult(fix["name"])
    if fix.get("op") not in OPS:
        result.problems.append(f"unknown op {fix.get('op')!r}")
        return result
    try:
        OPS[fix["op"]](spec, fix, result)
    except FixError as error:
        result.problems.append(str(error))
    return result


# --- selection and pruning ---------------------------------------------------------------------------------


def select_operations(upstream: Document, keep: dict[str, Any]) -> tuple[Document, list[str]]:
    """A copy of `upstream` with only the paths under `keep.path_prefix`, listed operations first."""
    spec = copy.deepcopy(upstream)
    prefix: str = keep.get("path_prefix", "/")
    kept = {path: item for path, item in spec.get("paths", {}).items() if path.startswith(prefix)}
    order: list[str] = keep.get("operations", [])

    def rank(path: str) -> int:
        ids = [item.get("operationId") for item in kept[path].values() if isinstance(item, dict)]
        return min((order.index(i) for i in ids if i in order), default=len(order))

    spec["paths"] = {path: kept[path] for path in sorted(kept, key=rank)}
    present = {item.get("operationId") for entry in kept.values() for item in entry.values() if isinstance(item, dict)}
    notes = [f"operation {name} is not in the upstream document" for name in order if name not in present]
    notes += [f"new upstream operation {name} kept" for name in sorted(present - set(order), key=str)]
    return spec, notes


def prune_components(spec: Document) -> None:
    """Drop components that nothing outside them refers to (transitively), and empty sections."""
    components: dict[str, dict[str, Any]] = spec.get("components", {})
    used: set[tuple[str, str]] = set()
    pending = [_refs({key: value for key, value in spec.items() if key != "components"})]
    while pending:
        for section, name in pending.pop():
            if (section, name) not in used and name in components.get(section, {}):
                used.add((section, name))
                pending.append(_refs(components[section][name]))
    schemes = {name for requirement in _security_requirements(spec) for name in requirement}
    for section, entries in list(components.items()):
        if section == "securitySchemes":
            kept = {name: body for name, body in entries.items() if name in schemes}
        else:
            kept = {name: body for name, body in entries.items() if (section, name) in used}
        if kept:
            components[section] = kept
        else:
            del components[section]


def _refs(node: Any) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/"):
            _, _, section, name = ref.split("/", 3)
            found.add((section, name.replace("~1", "/").replace("~0", "~")))
        for value in node.values():
            found |= _refs(value)
    elif isinstance(node, list):
        for value in node:
            found |= _refs(value)
    return found


def _security_requirements(spec: Document) -> Iterator[dict[str, Any]]:
    yield from spec.get("security", [])
    for item in spec.get("paths", {}).values():
        for method in METHODS:
            if isinstance(item.get(method), dict):
                yield from item[method].get("security", [])


# --- the import --------------------------------------------------------------------------------------------


def import_spec(upstream: Document, fixes: dict[str, Any]) -> ImportResult:
    spec, notes = select_operations(upstream, fixes["keep"])
    hoisted = normalise_hoisted(spec)
    if hoisted:
        notes.append(f"schemas hoisted under generated names put back inline: {', '.join(hoisted)}")
    results = [apply_fix(spec, fix) for fix in fixes["fixes"]]
    prune_components(spec)
    return ImportResult(spec, results, notes)


def report(result: ImportResult) -> str:
    applied = sum(fix.status == "applied" for fix in result.fixes)
    lines = ["## Spec import", "", f"{applied} of {len(result.fixes)} fixes applied."]
    lines += [f"- {note}" for note in result.notes]
    failed = [fix for fix in result.fixes if fix.status != "applied"]
    if failed:
        lines += [
            "",
            "### Fixes that did not apply as written",
            "",
            "| fix | status | why |",
            "| --- | --- | --- |",
        ]
        for fix in failed:
            why = "; ".join(fix.problems) or "the upstream document already has this change"
            cell = why.replace("|", "\\|")
            lines.append(f"| {fix.name} | {fix.status} | {cell} |")
    return "\n".join([*lines, ""])


# --- the vendored upstream documents (spec/upstream/) -------------------------------------------------------


def _manifest(manifest: Path) -> dict[str, Any]:
    loaded = yaml.safe_load(manifest.read_text(encoding="utf-8")) if manifest.is_file() else None
    return loaded if isinstance(loaded, dict) else {}


def _entry_of(data: dict[str, Any], output: Path, manifest: Path) -> dict[str, Any] | None:
    root = manifest.parents[2]  # spec/upstream/manifest.yaml: its paths are relative to the project
    for entry in data.get("inputs", []):
        if (root / entry["output"]).resolve() == output.resolve():
            return cast(dict[str, Any], entry)
    return None


def vendored_input(output: Path, manifest: Path = MANIFEST) -> Path | None:
    """The vendored upstream document `output` is derived from, or None when the manifest names none."""
    entry = _entry_of(_manifest(manifest), output, manifest)
    return None if entry is None else manifest.parent / str(entry["file"])


def vendor(upstream: Path, output: Path, source: str | None, manifest: Path = MANIFEST) -> Path | None:
    """Make `upstream` the vendored input of `output` (see the module docstring); the file written, or None when
    the manifest has no entry for `output` or `upstream` already is its input."""
    data = _manifest(manifest)
    entry = _entry_of(data, output, manifest)
    if entry is None or (manifest.parent / entry["file"]).resolve() == upstream.resolve():
        return None
    raw = upstream.read_bytes()
    try:
        json.loads(raw)
    except ValueError:  # YAML: stored as JSON, so that the vendored file's name says what it holds
        raw = (json.dumps(load(upstream), ensure_ascii=False, indent=1) + "\n").encode()
    target = manifest.parent / str(entry["file"])
    target.write_bytes(raw)
    today = datetime.datetime.now(datetime.UTC).date().isoformat()
    entry.update(
        source=source or str(upstream),
        taken=today,
        obtained=f"imported with scripts/import_spec.py on {today}",
        sha256=hashlib.sha256(raw).hexdigest(),
    )
    manifest.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "upstream", type=Path, nargs="?", help="the upstream OpenAPI document (JSON or YAML); default: the vendored one"
    )
    parser.add_argument("--fixes", type=Path, default=FIXES)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--strict", action="store_true", help="exit 1 if any fix did not apply as written")
    parser.add_argument("--source", help="where UPSTREAM was taken from (a URL), recorded in the manifest")
    args = parser.parse_args(argv)

    upstream: Path | None = args.upstream
    if upstream is None:
        upstream = vendored_input(args.output)
        if upstream is None:
            parser.error(f"{MANIFEST.relative_to(ROOT)} names no upstream input for {args.output}: give UPSTREAM")
    fixes = yaml.safe_load(args.fixes.read_text(encoding="utf-8"))
    result = import_spec(load(upstream), fixes)
    previous = load(args.output) if args.output.exists() else {}
    args.output.write_text(dump(result.spec), encoding="utf-8")
    if args.upstream is not None:
        vendored = vendor(args.upstream, args.output, args.source)
        if vendored is not None:
            print(f"{args.upstream} is now the vendored input of {args.output}: {vendored}", file=sys.stderr)

    sys.stdout.write(report(result) + "\n")
    sys.stdout.write(to_markdown(diff(previous, result.spec), old_name="before", new_name=str(args.output)))
    return 1 if args.strict and not result.all_applied else 0


if __name__ == "__main__":
    raise SystemExit(main())
