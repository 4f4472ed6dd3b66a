"""JSON Schema, the little the fake needs: deterministic example data for an answer, and a check of a request.

Both cover the subset `openapi.yaml` uses (types and type lists, `nullable`, enums, `$ref`, `allOf`/`anyOf`/
`oneOf`, objects, arrays, string formats and lengths, numeric bounds). The check is not a full validator: a
value it passes may still break a keyword it does not know (`pattern`, `multipleOf`, ...).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from ._spec import resolve

__all__ = ["example", "problem"]

_MAX_DEPTH = 12
_TIMESTAMP = "2025-11-26T12:00:00Z"
_FORMATS = {
    "date-time": _TIMESTAMP,
    "date": "2025-11-26",
    "time": "12:00:00Z",
    "uri": "https://www.eulerstream.com/example",
    "url": "https://www.eulerstream.com/example",
    "uri-reference": "https://www.eulerstream.com/example",
    "email": "creator@example.com",
    "uuid": "7a1c7d4e-2b3f-4c5d-8e9f-0a1b2c3d4e5f",
    "hostname": "tiktok.eulerstream.com",
    "ipv4": "127.0.0.1",
    "byte": "ZXhhbXBsZQ==",
}


def _types(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type")
    types = list(kind) if isinstance(kind, list) else [kind] if isinstance(kind, str) else []
    if not types and ("properties" in schema or "additionalProperties" in schema):
        types = ["object"]
    if types and schema.get("nullable") is True and "null" not in types:
        types.append("null")
    return types


def _number(seed: str) -> int:
    return int(hashlib.sha256(seed.encode()).hexdigest()[:6], 16)


def example(schema: Any, root: Mapping[str, Any], seed: str = "", *, _depth: int = 0) -> Any:
    """A value that conforms to `schema`, the same for the same `seed`: every property (required and
    optional) while nesting is shallow, only the required ones deeper down, one or two array items."""
    schema = resolve(schema, root)
    if not isinstance(schema, dict):
        return None
    depth = _depth + 1
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][_number(seed) % len(schema["enum"])]
    if "default" in schema and not isinstance(schema["default"], (dict, list)):
        return schema["default"]
    if isinstance(schema.get("allOf"), list):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = example(part, root, seed, _depth=depth)
            if not isinstance(value, dict):
                return value
            merged.update(value)
        rest = {key: value for key, value in schema.items() if key != "allOf"}
        if "properties" in rest or "type" in rest:
            extra = example(rest, root, seed, _depth=depth)
            if isinstance(extra, dict):
                merged.update(extra)
        return merged
    for key in ("oneOf", "anyOf"):
        options = schema.get(key)
        if isinstance(options, list) and options:
            # The first option that is not just `null`; past the depth limit, `null` if allowed.
            resolved = [resolve(option, root) for option in options]
            concrete = [option for option in resolved if _types(option) != ["null"]]
            if (not concrete or depth > _MAX_DEPTH) and len(concrete) < len(resolved):
                return None
            return example(concrete[0], root, seed, _depth=depth)
    types = _types(schema)
    kind = next((kind for kind in types if kind != "null"), None)
    if kind is None:
        return None if "null" in types else f"example-{seed.rsplit('.', 1)[-1] or 'value'}"
    if depth > _MAX_DEPTH and "null" in types:
        return None
    if kind == "object":
        return _object(schema, root, seed, depth)
    if kind == "array":
        return _array(schema, root, seed, depth)
    if kind == "string":
        return _string(schema, seed)
    if kind in ("integer", "number"):
        return _bounded(schema, seed)
    if kind == "boolean":
        return _number(seed) % 2 == 0
    return None


def _object(schema: Mapping[str, Any], root: Mapping[str, Any], seed: str, depth: int) -> dict[str, Any]:
    properties: Mapping[str, Any] = schema.get("properties") or {}
    required = set(schema.get("required") or [])
    shallow = depth <= _MAX_DEPTH // 2
    value = {
        name: example(sub, root, f"{seed}.{name}", _depth=depth)
        for name, sub in properties.items()
        if name in required or shallow
    }
    for name in required - set(value):
        value[name] = f"example-{name}"
    extra = schema.get("additionalProperties")
    if not properties and isinstance(extra, dict) and shallow:
        value[str(7_000_000_000 + _number(seed))] = example(extra, root, f"{seed}.item", _depth=depth)
    return value


def _array(schema: Mapping[str, Any], root: Mapping[str, Any], seed: str, depth: int) -> list[Any]:
    low = int(schema.get("minItems", 0))
    high = schema.get("maxItems")
    count = 1 if schema.get("uniqueItems") or depth > _MAX_DEPTH // 2 else 2
    count = max(count, low)
    if high is not None:
        count = min(count, int(high))
    if depth > _MAX_DEPTH:
        count = low
    return [example(schema.get("items", {}), root, f"{seed}.{index}", _depth=depth) for index in range(count)]


def _string(schema: Mapping[str, Any], seed: str) -> str:
    text = _FORMATS.get(str(schema.get("format")))
    if text is None:
        name = seed.rsplit(".", 1)[-1] or "value"
        text = f"{name}-{_number(seed) % 10_000}"
    low = int(schema.get("minLength", 0))
    high = schema.get("maxLength")
    text = text.ljust(low, "x")
    return text if high is None else text[: int(high)]


def _bounded(schema: Mapping[str, Any], seed: str) -> int | float:
    low = schema.get("minimum")
    high = schema.get("maximum")
    exclusive_low = schema.get("exclusiveMinimum")
    exclusive_high = schema.get("exclusiveMaximum")
    # OpenAPI 3.0 writes exclusive bounds as booleans next to minimum/maximum; 3.1 as numbers.
    if isinstance(exclusive_low, bool):
        exclusive_low = low if exclusive_low else None
        low = None if exclusive_low is not None else low
    if isinstance(exclusive_high, bool):
        exclusive_high = high if exclusive_high else None
        high = None if exclusive_high is not None else high
    floor = low if low is not None else (exclusive_low + 1 if exclusive_low is not None else 1)
    ceiling = high if high is not None else (exclusive_high - 1 if exclusive_high is not None else floor + 1_000)
    if ceiling < floor:  # bounds closer than 1 apart: the midpoint of the open interval
        if exclusive_low is not None and exclusive_high is not None:
            return float(exclusive_low + exclusive_high) / 2
        return int(floor)
    value = floor + _number(seed) % (int(ceiling - floor) + 1)
    return int(value) if float(value).is_integer() else value


# ----------------------------------------------------------------------------------------- request check


def problem(value: Any, schema: Any, root: Mapping[str, Any], where: str) -> str | None:
    """Why `value` does not conform to `schema` (a sentence naming `where`), or `None` if it does."""
    schema = resolve(schema, root)
    if not isinstance(schema, dict):
        return None
    for part in schema.get("allOf") or []:
        found = problem(value, part, root, where)
        if found:
            return found
    for key in ("anyOf", "oneOf"):
        options = schema.get(key)
        if isinstance(options, list) and options and all(problem(value, o, root, where) for o in options):
            return f"{where} does not match any of the allowed forms."
    types = _types(schema)
    if value is None:
        return None if not types or "null" in types else f"{where} must not be null."
    if isinstance(schema.get("enum"), list) and value not in schema["enum"]:
        allowed = ", ".join(str(item) for item in schema["enum"])
        return f"{where} must be one of {allowed}."
    if types and not any(_is(value, kind) for kind in types):
        return f"{where} must be of type {' or '.join(types)}."
    if isinstance(value, dict):
        return _object_problem(value, schema, root, where)
    if isinstance(value, list):
        if "minItems" in schema and len(value) < int(schema["minItems"]):
            return f"{where} needs at least {schema['minItems']} items."
        if "maxItems" in schema and len(value) > int(schema["maxItems"]):
            return f"{where} takes at most {schema['maxItems']} items; this one has {len(value)}."
        for index, item in enumerate(value):
            found = problem(item, schema.get("items", {}), root, f"{where}[{index}]")
            if found:
                return found
    if isinstance(value, str):
        if schema.get("format") in ("date-time", "date") and not _is_date(value, str(schema["format"])):
            return f"{where} must be an ISO 8601 {schema['format']}."
        if "minLength" in schema and len(value) < int(schema["minLength"]):
            return f"{where} must be at least {schema['minLength']} characters long."
        if "maxLength" in schema and len(value) > int(schema["maxLength"]):
            return f"{where} must be at most {schema['maxLength']} characters long."
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number_problem(value, schema, where)
    return None


def _is_date(value: str, kind: str) -> bool:
    try:
        if kind == "date":
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value)
    except ValueError:
        return False
    return kind == "date" or "T" in value.upper() or " " in value


def _is(value: Any, kind: str) -> bool:
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    checks: dict[str, Any] = {
        "object": dict,
        "array": list,
        "string": str,
        "boolean": bool,
        "null": type(None),
    }
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, checks.get(kind, object))


def _object_problem(
    value: dict[str, Any], schema: Mapping[str, Any], root: Mapping[str, Any], where: str
) -> str | None:
    properties: Mapping[str, Any] = schema.get("properties") or {}
    for name in schema.get("required") or []:
        if name not in value:
            return f"The {name} field is required in {where}."
    extra = schema.get("additionalProperties", True)
    for name, item in value.items():
        if name in properties:
            found = problem(item, properties[name], root, f"{where}.{name}")
        elif extra is False and not schema.get("allOf"):
            found = f"{where} has an unknown field {name!r}."
        elif isinstance(extra, dict):
            found = problem(item, extra, root, f"{where}.{name}")
        else:
            found = None
        if found:
            return found
    return None


def _number_problem(value: float, schema: Mapping[str, Any], where: str) -> str | None:
    low, high = schema.get("minimum"), schema.get("maximum")
    exclusive_low, exclusive_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if low is not None and (value <= low if exclusive_low is True else value < low):
        return f"{where} must be at least {low}."
    if high is not None and (value >= high if exclusive_high is True else value > high):
        return f"{where} must be at most {high}."
    if not isinstance(exclusive_low, bool) and exclusive_low is not None and value <= exclusive_low:
        return f"{where} must be more than {exclusive_low}."
    if not isinstance(exclusive_high, bool) and exclusive_high is not None and value >= exclusive_high:
        return f"{where} must be less than {exclusive_high}."
    return None


# ----------------------------------------------------------------------------------------- known values


def conform(known: Any, schema: Any, root: Mapping[str, Any], seed: str = "", *, optional: bool = True) -> Any:
    """`known` completed to conform to `schema`: properties the schema lacks are dropped (where it forbids
    others), required properties (and optional ones too, if `optional`) it has but `known` lacks are filled
    from `example()`."""
    if isinstance(known, list):
        items = _flat(schema, root).get("items", {})
        return [conform(item, items, root, f"{seed}.{index}", optional=optional) for index, item in enumerate(known)]
    if not isinstance(known, dict):
        return known
    flat = _flat(schema, root)
    properties: Mapping[str, Any] = flat.get("properties") or {}
    extra = flat.get("additionalProperties", True)
    out: dict[str, Any] = {}
    for name, value in known.items():
        if name in properties:
            out[name] = conform(value, properties[name], root, f"{seed}.{name}", optional=optional)
        elif isinstance(extra, dict):
            out[name] = conform(value, extra, root, f"{seed}.{name}", optional=optional)
        elif extra is not False:
            out[name] = value
    wanted = [name for name in properties if name not in out and (optional or name in (flat.get("required") or []))]
    if wanted:
        template = example(flat, root, seed)
        if isinstance(template, dict):
            for name in wanted:
                if name in template:
                    out[name] = template[name]
    return out


def _flat(schema: Any, root: Mapping[str, Any]) -> dict[str, Any]:
    """An object schema with its `allOf` members merged in, and the first object option of `anyOf`/`oneOf`."""
    schema = resolve(schema, root)
    if not isinstance(schema, dict):
        return {}
    flat = {key: value for key, value in schema.items() if key not in ("allOf", "anyOf", "oneOf")}
    properties = dict(flat.get("properties") or {})
    required = list(flat.get("required") or [])
    parts = list(schema.get("allOf") or [])
    for key in ("anyOf", "oneOf"):
        options = [resolve(option, root) for option in schema.get(key) or []]
        objects = [option for option in options if "object" in _types(option) or "allOf" in option]
        parts += objects[:1]
    for part in parts:
        member = _flat(part, root)
        properties.update(member.get("properties") or {})
        required += [name for name in member.get("required") or [] if name not in required]
        if member.get("additionalProperties") is False and schema.get("allOf"):
            flat["additionalProperties"] = False
        for key in ("items", "type"):
            if key in member and key not in flat:
                flat[key] = member[key]
    if properties:
        flat["properties"] = properties
    if required:
        flat["required"] = required
    return flat


def allows_null(schema: Any, root: Mapping[str, Any], *path: str) -> bool:
    """Whether the field at `path` (property names, `*` for a map's values) may be `null`."""
    node: Any = schema
    for name in path:
        flat = _flat(node, root)
        node = flat.get("additionalProperties") if name == "*" else (flat.get("properties") or {}).get(name)
        if not isinstance(node, dict):
            return False
    return problem(None, node, root, "") is None
