"""Compare two OpenAPI documents operation by operation and classify each change for API clients.

    python scripts/spec_diff.py OLD NEW [--format markdown|json] [--fail-on-breaking]

Schemas are compared by structure, not by name: every `$ref` is resolved and each request or response body
is flattened into field paths (`data.room_info.current_viewers`, `routes_attempted[]`, `raw.*`), so renaming
a schema is not a change while retyping one of its fields is. Operations are matched by `operationId`.

Each change is `breaking` (a client written against OLD can fail against NEW), `potentially breaking` (it
may, depending on the client: a new enum value in a response, a response field becoming a union with
something else) or `non-breaking`. Descriptions and examples are not compared.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from spec_yaml import load

BREAKING = "breaking"
POTENTIALLY_BREAKING = "potentially breaking"
NON_BREAKING = "non-breaking"
SEVERITIES = (BREAKING, POTENTIALLY_BREAKING, NON_BREAKING)

Direction = Literal["request", "response"]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Field:
    """One value of a flattened schema: its type, and whether its parent object requires it."""

    type: str
    required: bool = True
    nullable: bool = False
    enum: tuple[str, ...] | None = None
    default: str | None = None


@dataclass
class Operation:
    method: str
    path: str
    plans: tuple[str, ...] | None
    security: set[frozenset[str]] | None
    parameters: dict[str, Field]
    request_required: bool | None
    request: dict[str, dict[str, Field]]
    responses: dict[str, dict[str, dict[str, Field]]]
    response_headers: dict[str, dict[str, Field]]


@dataclass(frozen=True)
class Change:
    severity: str
    operation: str
    where: str
    change: str


@dataclass
class _Shape:
    """A schema reduced to what matters to a client, after resolving `$ref`, `allOf`, `oneOf` and `anyOf`."""

    types: set[str] = field(default_factory=set)
    nullable: bool = False
    properties: dict[str, _Shape] = field(default_factory=dict)
    required: set[str] = field(default_factory=set)
    items: _Shape | None = None
    extra: _Shape | None = None
    enum: tuple[str, ...] | None = None
    default: str | None = None


class SpecIndex:
    """An OpenAPI document with `$ref` resolution."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document

    def resolve(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                return {}
            seen.add(ref)
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def shape(self, schema: Any, active: frozenset[str] = frozenset()) -> _Shape:
        if isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if ref in active:
                return _Shape(types={"recursive"})
            return self.shape(self.resolve(schema), active | {ref})
        if schema is True or schema == {} or not isinstance(schema, dict):
            return _Shape(types={"any"})
        result = _Shape()
        declared = schema.get("type")
        for name in [declared] if isinstance(declared, str) else list(declared or []):
            if name == "null":
                result.nullable = True
            else:
                result.types.add(_with_format(name, schema.get("format")))
        result.nullable = result.nullable or schema.get("nullable") is True
        if declared == "null" or declared == ["null"]:
            result.types.add("null")
        if "enum" in schema:
            result.enum = tuple(str(value) for value in schema["enum"] if value is not None)
            result.nullable = result.nullable or None in schema["enum"]
        if "default" in schema:
            result.default = json.dumps(schema["default"])
        result.required = set(schema.get("required", []))
        result.properties = {
            name: self.shape(value, active) for name, value in (schema.get("properties") or {}).items()
        }
        if "items" in schema:
            result.items = self.shape(schema["items"], active)
        extra = schema.get("additionalProperties")
        if extra is True or isinstance(extra, dict):
            result.extra = self.shape(extra, active)
        for part in schema.get("allOf", []):
            _merge_all(result, self.shape(part, active))
        alternatives = [self.shape(part, active) for key in ("oneOf", "anyOf") for part in schema.get(key, [])]
        if alternatives:
            _merge_any(result, alternatives)
        if not result.types:
            result.types.add("object" if result.properties else "any")
        return result

    def flatten(self, schema: Any) -> dict[str, Field]:
        """Field paths of a schema; the schema itself is the path `(body)`."""
        fields: dict[str, Field] = {}
        _flatten_into(fields, "(body)", self.shape(schema), required=True)
        return fields


def _with_format(type_name: str, fmt: Any) -> str:
    return f"{type_name}({fmt})" if fmt else type_name


def _merge_all(into: _Shape, part: _Shape) -> None:
    """allOf: the value satisfies every part (nullability stays the outer schema's)."""
    concrete = part.types - {"any"}
    if concrete:
        own = into.types - {"any"}
        into.types = own & concrete if own else concrete
    into.properties.update(part.properties)
    into.required |= part.required
    into.items = into.items or part.items
    into.extra = into.extra or part.extra
    into.enum = into.enum or part.enum


def _merge_any(into: _Shape, alternatives: list[_Shape]) -> None:
    real = [alt for alt in alternatives if alt.types != {"null"}]
    into.nullable = into.nullable or any(alt.nullable or alt.types == {"null"} for alt in alternatives)
    for alt in real:
        into.types |= alt.types
        for name, prop in alt.properties.items():
            into.properties.setdefault(name, prop)
        into.items = into.items or alt.items
        into.extra = into.extra or alt.extra
    object_alternatives = [alt for alt in real if alt.properties]
    if object_alternatives:
        into.required |= set.intersection(*(alt.required for alt in object_alternatives))
    into.types.discard("null")


def _flatten_into(fields: dict[str, Field], path: str, shape: _Shape, *, required: bool) -> None:
    fields[path] = Field(
        type="|".join(sorted(shape.types)),
        required=required,
        nullable=shape.nullable,
        enum=shape.enum,
        default=shape.default,
    )
    prefix = "" if path == "(body)" else f"{path}."
    for name, prop in shape.properties.items():
        _flatten_into(fields, f"{prefix}{name}", prop, required=name in shape.required)
    if shape.items is not None:
        _flatten_into(fields, f"{path}[]", shape.items, required=True)
    if shape.extra is not None:
        _flatten_into(fields, f"{prefix}*", shape.extra, required=False)


def operations(document: dict[str, Any]) -> dict[str, Operation]:
    """The document's operations keyed by operationId (or `METHOD /path` where it has none)."""
    index = SpecIndex(document)
    found: dict[str, Operation] = {}
    for path, item in (document.get("paths") or {}).items():
        item = index.resolve(item)
        shared = item.get("parameters", [])
        for method in METHODS:
            if method not in item:
                continue
            raw = item[method]
            key = raw.get("operationId") or f"{method.upper()} {path}"
            found[key] = _operation(index, method, path, raw, shared, document.get("security"))
    return found


def _operation(
    index: SpecIndex,
    method: str,
    path: str,
    raw: dict[str, Any],
    shared_parameters: list[Any],
    default_security: Any,
) -> Operation:
    parameters: dict[str, Field] = {}
    for parameter in [*shared_parameters, *raw.get("parameters", [])]:
        parameter = index.resolve(parameter)
        schema_field = index.flatten(parameter.get("schema", {}))["(body)"]
        parameters[f"{parameter['in']} {parameter['name']}"] = Field(
            type=schema_field.type,
            required=bool(parameter.get("required", parameter["in"] == "path")),
            nullable=schema_field.nullable,
            enum=schema_field.enum,
            default=schema_field.default,
        )
    body = index.resolve(raw.get("requestBody")) if "requestBody" in raw else None
    request = {media: index.flatten(content.get("schema", {})) for media, content in _content(index, body)}
    responses: dict[str, dict[str, dict[str, Field]]] = {}
    headers: dict[str, dict[str, Field]] = {}
    for status, response in (raw.get("responses") or {}).items():
        response = index.resolve(response)
        responses[str(status)] = {
            media: index.flatten(content.get("schema", {})) for media, content in _content(index, response)
        }
        headers[str(status)] = {
            name.lower(): _header_field(index, index.resolve(header))
            for name, header in (response.get("headers") or {}).items()
        }
    security = raw.get("security", default_security)
    plans = raw.get("x-euler-plans")
    return Operation(
        method=method,
        path=path,
        plans=tuple(plans) if plans is not None else None,
        security={frozenset(alternative) for alternative in security} if security is not None else None,
        parameters=parameters,
        request_required=bool(body.get("required", False)) if body is not None else None,
        request=request,
        responses=responses,
        response_headers=headers,
    )


def _header_field(index: SpecIndex, header: dict[str, Any]) -> Field:
    schema_field = index.flatten(header.get("schema", {}))["(body)"]
    return Field(type=schema_field.type, required=bool(header.get("required", False)), enum=schema_field.enum)


def _content(index: SpecIndex, holder: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(holder, dict):
        for media, content in (holder.get("content") or {}).items():
            yield media, index.resolve(content)


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """Every client-relevant change from `old` to `new`, most severe first."""
    before, after = operations(old), operations(new)
    changes: list[Change] = []
    for key in sorted(before.keys() - after.keys()):
        changes.append(Change(BREAKING, key, f"{before[key].method.upper()} {before[key].path}", "removed"))
    for key in sorted(after.keys() - before.keys()):
        changes.append(Change(NON_BREAKING, key, f"{after[key].method.upper()} {after[key].path}", "added"))
    for key in sorted(before.keys() & after.keys()):
        changes.extend(_operation_changes(key, before[key], after[key]))
    return sorted(changes, key=lambda change: SEVERITIES.index(change.severity))


def _operation_changes(key: str, old: Operation, new: Operation) -> Iterator[Change]:
    if (old.method, old.path) != (new.method, new.path):
        yield Change(
            BREAKING,
            key,
            "method and path",
            f"`{old.method.upper()} {old.path}` → `{new.method.upper()} {new.path}`",
        )
    yield from _security_changes(key, old, new)
    yield from _compare_fields(key, "parameter", old.parameters, new.parameters, "request")
    if old.request_required is not None or new.request_required is not None:
        if new.request_required and not old.request_required:
            yield Change(BREAKING, key, "request body", "now required")
        elif old.request_required and not new.request_required:
            yield Change(NON_BREAKING, key, "request body", "now optional")
    yield from _compare_media(key, "request body", old.request, new.request, "request")
    for status in sorted(old.responses.keys() - new.responses.keys()):
        yield Change(BREAKING, key, f"response {status}", "removed")
    for status in sorted(new.responses.keys() - old.responses.keys()):
        yield Change(NON_BREAKING, key, f"response {status}", "added")
    for status in sorted(old.responses.keys() & new.responses.keys()):
        where = f"response {status}"
        yield from _compare_media(key, where, old.responses[status], new.responses[status], "response")
        yield from _compare_fields(
            key,
            f"{where} header",
            old.response_headers.get(status, {}),
            new.response_headers.get(status, {}),
            "response",
        )


def _security_changes(key: str, old: Operation, new: Operation) -> Iterator[Change]:
    def describe(alternative: frozenset[str]) -> str:
        return " + ".join(sorted(alternative)) or "anonymous"

    if old.security is not None and new.security is not None:
        for alternative in sorted(old.security - new.security, key=describe):
            yield Change(BREAKING, key, "security", f"no longer accepts {describe(alternative)}")
        for alternative in sorted(new.security - old.security, key=describe):
            yield Change(NON_BREAKING, key, "security", f"now accepts {describe(alternative)}")
    if old.plans is not None and new.plans is not None:
        for plan in [plan for plan in old.plans if plan not in new.plans]:
            yield Change(BREAKING, key, "x-euler-plans", f"plan {plan} removed")
        for plan in [plan for plan in new.plans if plan not in old.plans]:
            yield Change(NON_BREAKING, key, "x-euler-plans", f"plan {plan} added")


def _compare_media(
    key: str,
    where: str,
    old: dict[str, dict[str, Field]],
    new: dict[str, dict[str, Field]],
    direction: Direction,
) -> Iterator[Change]:
    for media in [media for media in old if media not in new]:
        yield Change(BREAKING, key, f"{where} {media}", "media type removed")
    for media in [media for media in new if media not in old]:
        # A body that becomes required is reported as such; a new accepted or returned type breaks nothing.
        yield Change(NON_BREAKING, key, f"{where} {media}", "media type added")
    for media in [media for media in old if media in new]:
        yield from _compare_fields(key, f"{where} {media}", old[media], new[media], direction)


def _compare_fields(
    key: str, where: str, old: dict[str, Field], new: dict[str, Field], direction: Direction
) -> Iterator[Change]:
    def at(name: str) -> str:
        return f"{where} `{name}`"

    for name in [name for name in old if name not in new]:
        yield Change(BREAKING, key, at(name), "removed")
    for name in [name for name in new if name not in old]:
        if direction == "request" and new[name].required and not _parent_is_new(name, old):
            yield Change(BREAKING, key, at(name), f"added, required ({_describe(new[name])})")
        else:
            required = "required" if new[name].required else "optional"
            yield Change(NON_BREAKING, key, at(name), f"added, {required} ({_describe(new[name])})")
    for name in [name for name in old if name in new]:
        for severity, text in _field_changes(old[name], new[name], direction):
            yield Change(severity, key, at(name), text)


def _parent_is_new(name: str, old: dict[str, Field]) -> bool:
    """A required field inside a new optional object only matters if that object is sent."""
    parent = name.rsplit(".", 1)[0] if "." in name else None
    return parent is not None and parent not in old


def _describe(value: Field) -> str:
    text = value.type + (", nullable" if value.nullable else "")
    if value.enum is not None:
        text += f", one of {', '.join(value.enum)}"
    return text


def _field_changes(old: Field, new: Field, direction: Direction) -> Iterator[tuple[str, str]]:
    request = direction == "request"
    if old.type != new.type:
        if (request and "any" in new.type.split("|")) or (not request and "any" in old.type.split("|")):
            severity = NON_BREAKING if request else POTENTIALLY_BREAKING
        else:
            severity = BREAKING
        yield severity, f"type {old.type} → {new.type}"
    if old.required != new.required:
        tighter = new.required
        severity = BREAKING if tighter == request else NON_BREAKING
        yield severity, "now required" if tighter else "now optional"
    if old.nullable != new.nullable:
        # A response that may now be null, or a request that may no longer be, can break a client.
        severity = BREAKING if new.nullable != request else NON_BREAKING
        yield severity, "now nullable" if new.nullable else "no longer nullable"
    yield from _enum_changes(old.enum, new.enum, direction)
    if old.default != new.default:
        yield NON_BREAKING, f"default {old.default or '(none)'} → {new.default or '(none)'}"


def _enum_changes(
    old: tuple[str, ...] | None, new: tuple[str, ...] | None, direction: Direction
) -> Iterator[tuple[str, str]]:
    request = direction == "request"
    if old is None and new is None:
        return
    if old is None:
        yield (BREAKING if request else NON_BREAKING), f"now limited to {', '.join(new or ())}"
        return
    if new is None:
        yield (NON_BREAKING if request else POTENTIALLY_BREAKING), "no longer limited to listed values"
        return
    removed = [value for value in old if value not in new]
    added = [value for value in new if value not in old]
    if removed:
        yield BREAKING, f"enum values removed: {', '.join(removed)}"
    if added:
        yield (NON_BREAKING if request else POTENTIALLY_BREAKING), f"enum values added: {', '.join(added)}"


def has_breaking(changes: list[Change]) -> bool:
    return any(change.severity == BREAKING for change in changes)


def to_markdown(changes: list[Change], *, old_name: str = "old", new_name: str = "new") -> str:
    lines = [f"## Spec diff: `{old_name}` → `{new_name}`", ""]
    if not changes:
        return "\n".join([*lines, "No client-relevant changes.", ""])
    counts = {severity: sum(change.severity == severity for change in changes) for severity in SEVERITIES}
    lines.append(", ".join(f"**{counts[severity]}** {severity}" for severity in SEVERITIES) + ".")
    for severity in SEVERITIES:
        selected = [change for change in changes if change.severity == severity]
        if not selected:
            continue
        lines += ["", f"### {severity.capitalize()} ({len(selected)})", ""]
        lines += ["| operation | where | change |", "| --- | --- | --- |"]
        lines += [f"| {c.operation} | {_cell(c.where)} | {_cell(c.change)} |" for c in selected]
    return "\n".join([*lines, ""])


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def to_json(changes: list[Change]) -> str:
    return json.dumps(
        {
            "breaking": has_breaking(changes),
            "counts": {s: sum(c.severity == s for c in changes) for s in SEVERITIES},
            "changes": [asdict(change) for change in changes],
        },
        indent=2,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("old", type=Path, help="the OpenAPI document before (YAML or JSON)")
    parser.add_argument("new", type=Path, help="the OpenAPI document after (YAML or JSON)")
    parser.add_argument("--format", choices=["markdown", "json"], default="markdown")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 if a change is breaking")
    args = parser.parse_args(argv)
    changes = diff(load(args.old), load(args.new))
    if args.format == "json":
        sys.stdout.write(to_json(changes) + "\n")
    else:
        sys.stdout.write(to_markdown(changes, old_name=str(args.old), new_name=str(args.new)))
    return 1 if args.fail_on_breaking and has_breaking(changes) else 0


if __name__ == "__main__":
    raise SystemExit(main())
