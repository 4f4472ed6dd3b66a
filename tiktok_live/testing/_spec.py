"""The fake's view of `openapi.yaml`: every operation, its plans and credentials, and a method-aware route table.

The spec ships as `openapi.json` next to this module (written by `make generate`, checked by
`make check-generated`), so the fake serves whatever operations the spec describes without hand edits.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast, get_args

from ._data import SEED_ALIASES, SEED_NAMES, Plan

__all__ = [
    "OPERATIONS",
    "Operation",
    "Parameter",
    "Route",
    "load_spec",
    "operation_name",
    "resolve",
    "route",
    "spec_operations",
]

_SPEC_FILE = Path(__file__).with_name("openapi.json")
_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
_PLANS: tuple[Plan, ...] = get_args(Plan)
_JWT_HEADER = "x-jwt-key"


@functools.cache
def load_spec() -> dict[str, Any]:
    """The packaged copy of `openapi.yaml`, read once."""
    with _SPEC_FILE.open(encoding="utf-8") as file:
        return cast(dict[str, Any], json.load(file))


def resolve(node: Any, root: Mapping[str, Any]) -> Any:
    """Follow `$ref`s (local ones, `#/...`) until a node that is not a reference."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            return {}
        seen.add(ref)
        target: Any = root
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node = target
    return node


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    """`query`, `path`, `header` or `cookie`."""
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class Operation:
    """One operation of the spec, with what the fake needs to route, authorize, check and answer it."""

    name: str
    """The fake's name: the seed operations keep their short names (`room_info`, `fetch`, ...), every other
    operation is named by its operationId."""
    operation_id: str
    method: str
    path: str
    plans: frozenset[Plan]
    anonymous: bool
    jwt: bool
    parameters: tuple[Parameter, ...]
    body_required: bool
    body_types: Mapping[str, Mapping[str, Any]]
    """Request body schema per media type (`application/json`, `multipart/form-data`, ...)."""
    answer_types: Mapping[str, Mapping[str, Any]]
    """Schema of the 200 answer per media type."""
    pattern: re.Pattern[str]

    @property
    def python_name(self) -> str:
        """`RetrieveBulkLiveCheck` -> `retrieve_bulk_live_check`."""
        return _snake(self.operation_id)


def _snake(name: str) -> str:
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).replace("-", "_").lower()


def _path_pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}/]+\})", path.rstrip("/") or "/")
    regex = "".join(
        f"(?P<p{index}>[^/]+)" if part.startswith("{") else re.escape(part) for index, part in enumerate(parts)
    )
    return re.compile(regex + "/?")


def _path_names(path: str) -> list[str]:
    return re.findall(r"\{([^}/]+)\}", path)


def _credentials(operation: Mapping[str, Any], spec: Mapping[str, Any]) -> tuple[bool, bool]:
    """(anonymous callers served, `x-jwt-key` accepted), from the operation's `security`."""
    requirements = operation.get("security", spec.get("security"))
    if not requirements:
        return True, False
    schemes = spec.get("components", {}).get("securitySchemes", {})
    anonymous = any(not requirement for requirement in requirements)
    jwt = any(
        str(schemes.get(name, {}).get("name", "")).lower() == _JWT_HEADER
        for requirement in requirements
        for name in requirement
    )
    return anonymous, jwt


def _plans(operation: Mapping[str, Any]) -> frozenset[Plan]:
    listed = operation.get("x-euler-plans")
    if not isinstance(listed, list):
        return frozenset(_PLANS)
    return frozenset(plan for plan in _PLANS if plan in listed)


def _media(content: Any, root: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    if not isinstance(content, dict):
        return {}
    return {kind: resolve(entry.get("schema", {}), root) for kind, entry in content.items() if isinstance(entry, dict)}


def _operation(
    path: str, method: str, item: Mapping[str, Any], node: Mapping[str, Any], spec: Mapping[str, Any]
) -> Operation:
    operation_id = str(node.get("operationId") or f"{method.upper()} {path}")
    by_key: dict[tuple[str, str], Parameter] = {}
    for raw in [*item.get("parameters", []), *node.get("parameters", [])]:
        param = resolve(raw, spec)
        if isinstance(param, dict) and "name" in param:
            location = str(param.get("in", "query"))
            by_key[(param["name"], location)] = Parameter(
                str(param["name"]),
                location,
                bool(param.get("required")) or location == "path",
                resolve(param.get("schema", {}), spec),
            )
    body = resolve(node.get("requestBody", {}), spec)
    answer = resolve(node.get("responses", {}).get("200", {}), spec)
    anonymous, jwt = _credentials(node, spec)
    return Operation(
        name=SEED_NAMES.get(operation_id, operation_id),
        operation_id=operation_id,
        method=method.upper(),
        path=path,
        plans=_plans(node),
        anonymous=anonymous,
        jwt=jwt,
        parameters=tuple(by_key.values()),
        body_required=bool(body.get("required")),
        body_types=_media(body.get("content"), spec),
        answer_types=_media(answer.get("content"), spec),
        pattern=_path_pattern(path),
    )


@functools.cache
def spec_operations() -> dict[str, Operation]:
    """Every operation of the packaged spec, by the fake's name."""
    spec = load_spec()
    found: dict[str, Operation] = {}
    for path, item in spec.get("paths", {}).items():
        for method in _HTTP_METHODS:
            node = item.get(method)
            if isinstance(node, dict):
                operation = _operation(path, method, item, node, spec)
                found[operation.name] = operation
    return found


@functools.cache
def _lookup() -> dict[str, str]:
    names: dict[str, str] = {}
    for operation in spec_operations().values():
        for alias in (operation.operation_id, operation.python_name, operation.path):
            names.setdefault(alias.lower(), operation.name)
    for alias, name in SEED_ALIASES.items():
        if name in spec_operations():
            names.setdefault(alias, name)
    for operation in spec_operations().values():
        names[operation.name.lower()] = operation.name
    return names


def operation_name(name: str) -> str:
    """The fake's name for `room_info`, `/webcast/room_info`, `RetrieveRoomInfo`, `retrieve_bulk_live_check`,
    `RetrieveBulkLiveCheck`, ... (ValueError naming the known ones otherwise)."""
    lookup = _lookup()
    for candidate in (name, name.rsplit("/", 1)[-1]):
        if candidate.lower() in lookup:
            return lookup[candidate.lower()]
    known = ", ".join(sorted(spec_operations()))
    raise ValueError(f"Unknown operation {name!r}; use one of: {known} (or an operationId).")


@dataclass(frozen=True)
class Route:
    """Where a request goes: its operation and path parameters, or the methods the path allows."""

    operation: Operation | None
    path_params: dict[str, str]
    allowed: tuple[str, ...]
    """The methods of a known path (empty for a path the API does not have)."""


@functools.cache
def _table() -> list[tuple[Operation, list[str]]]:
    # Literal paths first, then by fewer parameters: `/accounts/me` wins over `/accounts/{account_id}`.
    rows = [(operation, _path_names(operation.path)) for operation in spec_operations().values()]
    return sorted(rows, key=lambda row: (len(row[1]), -len(row[0].path)))


def route(method: str, path: str) -> Route:
    allowed: list[str] = []
    for operation, names in _table():
        match = operation.pattern.fullmatch(path)
        if match is None:
            continue
        if operation.method == method.upper():
            values = [value for key, value in sorted(match.groupdict().items(), key=lambda kv: int(kv[0][1:]))]
            return Route(operation, dict(zip(names, values, strict=True)), ())
        if operation.method not in allowed:
            allowed.append(operation.method)
    return Route(None, {}, tuple(allowed))


class _Operations(Mapping[str, Operation]):
    """Every operation of the spec by the fake's name, read from the spec on first use."""

    def __getitem__(self, name: str) -> Operation:
        return spec_operations()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(spec_operations())

    def __len__(self) -> int:
        return len(spec_operations())

    def __repr__(self) -> str:
        return f"OPERATIONS({sorted(self)})"


OPERATIONS: Mapping[str, Operation] = _Operations()
