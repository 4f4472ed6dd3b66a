"""Well-formed requests for any operation of the spec, built from its parameter and body schemas.

Values the fake needs to find something (a creator, a room, an account, an alert) come from `known`, by
parameter or body field name; everything else is an example of the field's schema.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from tiktok_live.testing import OPERATIONS, FakeEulerService, Operation
from tiktok_live.testing._schema import example
from tiktok_live.testing._spec import load_rest_spec, load_spec

LIVE_ROOM = "7321456789012345678"

# What the default fake knows, by the name of the field that carries it.
KNOWN: dict[str, Any] = {
    "uniqueId": "someone",
    "unique_id": "someone",
    "room_id": LIVE_ROOM,
    "roomId": LIVE_ROOM,
    "url": "https://www.tiktok.com/@someone/live",
    "content": "hello",
    "creator_id": "someone",  # the REST layout's room id and room info, by unique id unless told otherwise
    "x-cookie-header": "sessionid=fake-session; tt-target-idc=useast5",
}


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(_text(item) for item in value)
    return str(value)


@dataclass
class Parts:
    """A well-formed request, by part (for schemathesis) and as `httpx.Client.request()` arguments."""

    method: str
    path: str
    path_params: dict[str, str] = field(default_factory=dict)
    params: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    json: Any = None
    files: dict[str, tuple[str, bytes, str]] | None = None
    data: dict[str, str] | None = None

    def httpx(self) -> dict[str, Any]:
        path = self.path
        for name, value in self.path_params.items():
            path = path.replace("{" + name + "}", value)
        request: dict[str, Any] = {"method": self.method, "url": path, "params": self.params, "headers": self.headers}
        if self.json is not None:
            request["content"] = json.dumps(self.json).encode()
            request["headers"] = {**self.headers, "content-type": "application/json"}
        if self.files is not None:
            request.update(files=self.files, data=self.data)
        return request


def well_formed(operation: Operation, known: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Arguments of `httpx.Client.request()` for a request that `operation`'s schemas accept."""
    return well_formed_parts(operation, known).httpx()


def well_formed_parts(operation: Operation, known: Mapping[str, Any] | None = None) -> Parts:
    spec = load_rest_spec() if operation.layout == "rest" else load_spec()
    values = {**KNOWN, **(known or {})}
    parts = Parts(operation.method, operation.path)
    for param in operation.parameters:
        if param.name in values:
            value = values[param.name]
        elif param.required or param.location == "path":
            value = example(param.schema, spec, param.name)
        else:
            continue
        where = {"path": parts.path_params, "query": parts.params, "header": parts.headers}.get(param.location)
        if where is not None:
            where[param.name] = _text(value)
    if "application/json" in operation.body_types:
        body = example(operation.body_types["application/json"], spec, operation.operation_id)
        if isinstance(body, dict):
            body.update({name: value for name, value in values.items() if name in body})
        parts.json = body
    elif "multipart/form-data" in operation.body_types:
        schema = operation.body_types["multipart/form-data"]
        parts.files, parts.data = {}, {}
        for name, sub in (schema.get("properties") or {}).items():
            if sub.get("format") == "binary":
                parts.files[name] = (f"{name}.png", b"\x89PNG\r\n\x1a\n", "image/png")
            else:
                parts.data[name] = _text(values.get(name, example(sub, spec, name)))
    return parts


def known_values(service: FakeEulerService, http: httpx.Client, key: str) -> dict[str, Any]:
    """Values that name things the fake has: the caller's account and key, a live creator, an alert and a
    target (created through the API when the spec has the operations for them)."""
    known: dict[str, Any] = {
        "account_id": service.account(key).id,
        "user_numeric_ids": [service.creator("someone").numeric_uid, "1"],
    }
    for name in ("retrieve", "update", "delete"):
        known[f"{name}_by"] = "value"
        known[f"{name}_param"] = key
    by_id = {operation.operation_id: operation for operation in OPERATIONS.values()}
    for operation_id, name, answer_field in (
        ("CreateAlert", "alert_id", "alert"),
        ("CreateAlertTarget", "target_id", "target"),
    ):
        if operation_id in by_id:
            answer = http.request(**well_formed(by_id[operation_id], known))
            assert answer.status_code == 200, answer.text
            known[name] = answer.json()[answer_field]["id"]
    return known
