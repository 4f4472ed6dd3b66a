"""The fake's view of the API documents: every operation, its plans and credentials, and a method-aware route table.

Both layouts ship next to this module as JSON (written by `make generate`, checked by `make check-generated`):
`openapi.json` (the flat paths of `openapi.yaml`) and `openapi-rest.json` (the REST paths of
`openapi-rest.yaml`), so the fake serves whatever operations they describe without hand edits. Every operation
knows its layout and resolves its `$ref`s in its own document (`document(operation.layout)`).

What the documents cannot say (which client method an operation serves, how a REST operation's arguments map onto
the flat one's, which calls the quota does not count) the fake reads from the catalog the clients and the CLI read
(`tiktok_live/_catalog/`, generated from both documents and spec/overrides.yaml), through `catalog_operations()`.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast, get_args

from .._operations import LAYOUTS, Layout
from ._data import Plan

if TYPE_CHECKING:
    from .._operations import Operation as CatalogOperation

__all__ = [
    "OPERATIONS",
    "REST_OPERATIONS",
    "Layout",
    "Operation",
    "Parameter",
    "Route",
    "all_operations",
    "catalog_operation",
    "catalog_operations",
    "client_method",
    "document",
    "flat_twin",
    "load_rest_spec",
    "load_spec",
    "operation_name",
    "resolve",
    "route",
    "spec_operations",
]

_SPEC_FILE = Path(__file__).with_name("openapi.json")
_REST_SPEC_FILE = Path(__file__).with_name("openapi-rest.json")
_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "options", "head", "trace")
_PLANS: tuple[Plan, ...] = get_args(Plan)
_JWT_HEADER = "x-jwt-key"


@functools.cache
def load_spec() -> dict[str, Any]:
    """The packaged copy of `openapi.yaml`, read once."""
    with _SPEC_FILE.open(encoding="utf-8") as file:
        return cast(dict[str, Any], json.load(file))


@functools.cache
def load_rest_spec() -> dict[str, Any]:
    """The packaged copy of `openapi-rest.yaml`, read once."""
    with _REST_SPEC_FILE.open(encoding="utf-8") as file:
        return cast(dict[str, Any], json.load(file))


def document(layout: Layout) -> dict[str, Any]:
    """The document an operation of `layout` comes from (its `$ref`s resolve there)."""
    return load_rest_spec() if layout == "rest" else load_spec()


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
    """One operation of the spec, with what the fake needs to route, authorize, check and answer it: the server's
    view. The client's view of the same operation (its method's arguments, how its answer is read) is the
    catalog's `tiktok_live._operations.Operation`, found by `catalog_operation(layout, operation_id)`."""

    name: str
    """The fake's name: the seed operations keep their short names (`room_info`, `fetch`, ...), every other
    operation is named by its operationId. A REST twin of a flat operation shares its name."""
    operation_id: str
    method: str
    path: str
    plans: frozenset[Plan]
    anonymous: bool
    jwt: bool
    # Defaults for what 0.1.0's Operation did not have, so building one as then still works.
    parameters: tuple[Parameter, ...] = ()
    body_required: bool = False
    body_types: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    """Request body schema per media type (`application/json`, `multipart/form-data`, ...)."""
    answer_types: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    """Schema of the 200 answer per media type."""
    pattern: re.Pattern[str] = re.compile(r"(?!)")
    """The path as a regular expression (the default matches nothing)."""
    layout: Layout = "flat"

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
    path: str,
    method: str,
    item: Mapping[str, Any],
    node: Mapping[str, Any],
    spec: Mapping[str, Any],
    layout: Layout = "flat",
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
        name=_name(layout, operation_id),
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
        layout=layout,
    )


def _read(spec: Mapping[str, Any], layout: Layout) -> list[Operation]:
    found: list[Operation] = []
    for path, item in spec.get("paths", {}).items():
        for method in _HTTP_METHODS:
            node = item.get(method)
            if isinstance(node, dict):
                found.append(_operation(path, method, item, node, spec, layout))
    return found


def catalog_operations(layout: Layout) -> tuple[CatalogOperation[Any], ...]:
    """The client's description of every operation of `layout` (`tiktok_live/_catalog/`, generated from the
    document and spec/overrides.yaml): the one place the fake reads the catalog."""
    from .. import _catalog

    return tuple(operation for operation in _catalog.operations() if operation.layout == layout)


@functools.cache
def _catalog() -> dict[tuple[Layout, str], CatalogOperation[Any]]:
    return {(layout, each.operation_id): each for layout in LAYOUTS for each in catalog_operations(layout)}


@functools.cache
def _flat_by_method() -> dict[str, CatalogOperation[Any]]:
    return {each.name: each for each in catalog_operations("flat")}


def catalog_operation(layout: Layout, operation_id: str) -> CatalogOperation[Any] | None:
    """The catalog's description of an operation (None for one it lacks: a document newer than the catalog)."""
    return _catalog().get((layout, operation_id))


def flat_twin(operation: CatalogOperation[Any]) -> CatalogOperation[Any] | None:
    """The flat operation serving the same client method as `operation` (itself, for a flat one)."""
    return _flat_by_method().get(operation.name)


def client_method(layout: Layout, operation_id: str) -> str | None:
    """The method of the client itself that an operation serves (`room_id`, `send_chat`, ...; in either layout),
    if it serves one: the seed operations, which spec/overrides.yaml names a method. The others sit in a resource
    (`alerts.create`) or are not in the catalog."""
    found = catalog_operation(layout, operation_id)
    return found.name if found is not None and "." not in found.name else None


def _name(layout: Layout, operation_id: str) -> str:
    """The fake's name of an operation: a seed operation's is the last part of its flat path, in either layout
    (`room_info`, `fetch`, `chat`, `sign_url`: the names it has recorded requests and taken faults by since 0.1.0);
    every other operation's is its operationId."""
    method = client_method(layout, operation_id)
    flat = None if method is None else _flat_by_method().get(method)
    return operation_id if flat is None else flat.path.rstrip("/").rsplit("/", 1)[-1]


@functools.cache
def spec_operations() -> dict[str, Operation]:
    """Every operation of the flat layout (`openapi.json`), by the fake's name."""
    return {operation.name: operation for operation in _read(load_spec(), "flat")}


@functools.cache
def rest_operations() -> dict[str, Operation]:
    """Every operation of the REST layout (`openapi-rest.json`), by operationId (two of them serve `fetch`)."""
    return {operation.operation_id: operation for operation in _read(load_rest_spec(), "rest")}


def all_operations() -> list[Operation]:
    """Every operation of both layouts, flat first."""
    return [*spec_operations().values(), *rest_operations().values()]


@functools.cache
def _lookup() -> dict[str, str]:
    names: dict[str, str] = {}
    for operation in all_operations():
        for alias in (operation.operation_id, operation.python_name, operation.path):
            names.setdefault(alias.lower(), operation.name)
    for operation in all_operations():
        described = catalog_operation(operation.layout, operation.operation_id)
        if described is not None:  # its client method: `send_chat`, `alerts.targets.create`
            names.setdefault(described.name.lower(), operation.name)
    for operation in all_operations():
        names[operation.name.lower()] = operation.name
    return names


def operation_name(name: str) -> str:
    """The fake's name for `room_info`, `/webcast/room_info`, `RetrieveRoomInfo`, `retrieve_bulk_live_check`,
    `RetrieveBulkLiveCheck`, a REST path or operationId, ... (ValueError naming the known ones otherwise).
    A flat operation and its REST twin share one name."""
    lookup = _lookup()
    for candidate in (name, name.rsplit("/", 1)[-1]):
        if candidate.lower() in lookup:
            return lookup[candidate.lower()]
    known = ", ".join(sorted({operation.name for operation in all_operations()}))
    raise ValueError(f"Unknown operation {name!r}; use one of: {known} (or an operationId).")


@dataclass(frozen=True)
class Route:
    """Where a request goes: its operation and path parameters, or the methods the path allows."""

    operation: Operation | None
    path_params: dict[str, str]
    allowed: tuple[str, ...]
    """The methods of a known path (empty for a path the API does not have)."""
    twins: tuple[Operation, ...] = ()
    """The other layout's operation at the same method and path, if both documents have it (the service
    picks the one whose document accepts the request)."""


@functools.cache
def _table() -> list[tuple[Operation, list[str]]]:
    # Literal paths first, then by fewer parameters: `/accounts/me` wins over `/accounts/{account_id}`.
    # Flat before REST where both documents have a path (sorted() keeps that order among equals).
    rows = [(operation, _path_names(operation.path)) for operation in all_operations()]
    return sorted(rows, key=lambda row: (len(row[1]), -len(row[0].path)))


def route(method: str, path: str) -> Route:
    allowed: list[str] = []
    found: Route | None = None
    twins: list[Operation] = []
    closest: str | None = None  # the most literal path template that matches; only its methods are served
    for operation, names in _table():
        match = operation.pattern.fullmatch(path)
        if match is None:
            continue
        closest = closest or operation.path
        if operation.path != closest:
            continue  # `/webcast/gifts/catalog/search` is not a `{gift_id}`, whatever its method
        if operation.method == method.upper():
            if found is None:
                values = [value for key, value in sorted(match.groupdict().items(), key=lambda kv: int(kv[0][1:]))]
                found = Route(operation, dict(zip(names, values, strict=True)), ())
            elif found.operation is not None and operation.path == found.operation.path:
                twins.append(operation)
        elif operation.method not in allowed:
            allowed.append(operation.method)
    if found is not None:
        return replace(found, twins=tuple(twins))
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


class _RestOperations(Mapping[str, Operation]):
    """Every operation of the REST layout by operationId, read from `openapi-rest.json` on first use."""

    def __getitem__(self, operation_id: str) -> Operation:
        return rest_operations()[operation_id]

    def __iter__(self) -> Iterator[str]:
        return iter(rest_operations())

    def __len__(self) -> int:
        return len(rest_operations())

    def __repr__(self) -> str:
        return f"REST_OPERATIONS({sorted(self)})"


OPERATIONS: Mapping[str, Operation] = _Operations()
"""The flat layout's operations (`openapi.json`) by the fake's name."""
REST_OPERATIONS: Mapping[str, Operation] = _RestOperations()
"""The REST layout's operations (`openapi-rest.json`) by operationId."""
