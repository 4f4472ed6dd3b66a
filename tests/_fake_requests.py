"""Well-formed requests for any operation of the spec, built from its parameter and body schemas.

Values the fake needs to find something (a creator, a room, an account, an alert) come from `known`, by
parameter or body field name; everything else is an example of the field's schema.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from tiktok_live.testing import Operation
from tiktok_live.testing._schema import example
from tiktok_live.testing._spec import load_spec

LIVE_ROOM = "7321456789012345678"

# What the default fake knows, by the name of the field that carries it.
KNOWN: dict[str, Any] = {
    "uniqueId": "someone",
    "unique_id": "someone",
    "room_id": LIVE_ROOM,
    "roomId": LIVE_ROOM,
    "url": "https://www.tiktok.com/@someone/live",
    "content": "hello",
}


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ",".join(_text(item) for item in value)
    return str(value)


def well_formed(operation: Operation, known: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Arguments of `httpx.Client.request()` for a request that `operation`'s schemas accept."""
    spec = load_spec()
    values = {**KNOWN, **(known or {})}
    path = operation.path
    params: dict[str, str] = {}
    headers: dict[str, str] = {}
    for param in operation.parameters:
        if param.name in values:
            value = values[param.name]
        elif param.required or param.location == "path":
            value = example(param.schema, spec, param.name)
        else:
            continue
        if param.location == "path":
            path = path.replace("{" + param.name + "}", _text(value))
        elif param.location == "query":
            params[param.name] = _text(value)
        elif param.location == "header":
            headers[param.name] = _text(value)
    content: bytes | None = None
    files: dict[str, tuple[str, bytes, str]] | None = None
    data: dict[str, str] | None = None
    if "application/json" in operation.body_types:
        body = example(operation.body_types["application/json"], spec, operation.operation_id)
        if isinstance(body, dict):
            body.update({name: value for name, value in values.items() if name in body})
        content = json.dumps(body).encode()
        headers["content-type"] = "application/json"
    elif "multipart/form-data" in operation.body_types:
        schema = operation.body_types["multipart/form-data"]
        files, data = {}, {}
        for name, field in (schema.get("properties") or {}).items():
            if field.get("format") == "binary":
                files[name] = (f"{name}.png", b"\x89PNG\r\n\x1a\n", "image/png")
            else:
                data[name] = _text(values.get(name, example(field, spec, name)))
    elif operation.body_types:
        kind = next(iter(operation.body_types))
        content = b"body"
        headers["content-type"] = kind
    request: dict[str, Any] = {"method": operation.method, "url": path, "params": params, "headers": headers}
    if content is not None:
        request["content"] = content
    if files is not None:
        request.update(files=files, data=data)
    return request
