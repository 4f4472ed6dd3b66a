"""Read OpenAPI documents (YAML or JSON) and write them in one canonical YAML layout.

The canonical layout is what `make import-spec` writes and what `openapi.yaml` is kept in, so that an import
which changes nothing produces a byte-identical file:

- keywords of an object (`type`, `description`, `properties`, ...) come in a fixed order;
- names chosen by the author (paths, property names, status codes, component names) keep their order;
- lists of scalars are written inline (`[a, b]`), other lists as blocks indented under their key;
- strings with line breaks are literal blocks, long strings folded blocks, the rest plain where YAML allows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

# The order in which each kind of object's keywords are written. Keys not listed follow in their original
# order; the keys of name maps (paths, properties, status codes, component names) always keep theirs.
ORDER: dict[str, list[str]] = {
    "root": ["openapi", "info", "jsonSchemaDialect", "servers", "security", "tags", "paths", "webhooks"],
    "info": ["title", "version", "summary", "description", "termsOfService", "contact", "license"],
    "generic": ["name", "url", "identifier", "email", "description"],
    "path": ["$ref", "summary", "description", "servers", "parameters"],
    "operation": [
        "operationId",
        "summary",
        "description",
        "tags",
        "deprecated",
        "x-euler-plans",
        "security",
        "servers",
        "parameters",
        "requestBody",
        "responses",
    ],
    "parameter": [
        "$ref",
        "name",
        "in",
        "required",
        "deprecated",
        "description",
        "style",
        "explode",
        "schema",
    ],
    "header": ["$ref", "required", "deprecated", "description", "style", "explode", "schema"],
    "request": ["$ref", "description", "required", "content"],
    "response": ["$ref", "description", "headers", "content", "links"],
    "media": ["schema", "example", "examples", "encoding"],
    "security_scheme": ["$ref", "type", "scheme", "bearerFormat", "in", "name", "description"],
    "components": ["securitySchemes", "parameters", "headers", "responses", "requestBodies", "schemas"],
    "schema": [
        "$ref",
        "type",
        "format",
        "title",
        "description",
        "const",
        "enum",
        "default",
        "nullable",
        "deprecated",
        "readOnly",
        "writeOnly",
        "minimum",
        "exclusiveMinimum",
        "maximum",
        "exclusiveMaximum",
        "minLength",
        "maxLength",
        "pattern",
        "minItems",
        "maxItems",
        "uniqueItems",
        "required",
        "properties",
        "additionalProperties",
        "patternProperties",
        "items",
        "allOf",
        "oneOf",
        "anyOf",
        "not",
        "discriminator",
    ],
}

# What kind of object sits under a key, per kind of parent; "*name" means a map of names to that kind,
# "[kind]" a list of that kind, and "data" a value written exactly as it is.
CHILDREN: dict[str, dict[str, str]] = {
    "root": {
        "info": "info",
        "servers": "[generic]",
        "tags": "[generic]",
        "paths": "*path",
        "webhooks": "*path",
        "components": "components",
        "security": "data",
    },
    "info": {"contact": "generic", "license": "generic"},
    "path": {
        "parameters": "[parameter]",
        "servers": "[generic]",
        **{m: "operation" for m in ("get", "put", "post", "delete", "options", "head", "patch", "trace")},
    },
    "operation": {
        "parameters": "[parameter]",
        "requestBody": "request",
        "responses": "*response",
        "security": "data",
        "servers": "[generic]",
        "x-euler-plans": "data",
    },
    "parameter": {"schema": "schema", "content": "*media", "example": "data", "examples": "data"},
    "header": {"schema": "schema", "content": "*media", "example": "data", "examples": "data"},
    "request": {"content": "*media"},
    "response": {"headers": "*header", "content": "*media", "links": "data"},
    "media": {"schema": "schema", "example": "data", "examples": "data", "encoding": "data"},
    "security_scheme": {"flows": "data"},
    "components": {
        "schemas": "*schema",
        "parameters": "*parameter",
        "headers": "*header",
        "responses": "*response",
        "requestBodies": "*request",
        "securitySchemes": "*security_scheme",
        "examples": "data",
        "links": "data",
        "callbacks": "data",
        "pathItems": "*path",
    },
    "schema": {
        "properties": "*schema",
        "patternProperties": "*schema",
        "$defs": "*schema",
        "additionalProperties": "schema",
        "items": "schema",
        "not": "schema",
        "allOf": "[schema]",
        "oneOf": "[schema]",
        "anyOf": "[schema]",
        "prefixItems": "[schema]",
        "enum": "data",
        "const": "data",
        "default": "data",
        "example": "data",
        "examples": "data",
    },
}

FOLD_LONGER_THAN = 90
LINE_WIDTH = 100


def load(path: Path) -> Any:
    """Parse a YAML or JSON OpenAPI document."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    return yaml.safe_load(text)


def canonical(node: Any, kind: str = "root") -> Any:
    """A copy of `node` with the keywords of every object in canonical order."""
    if kind == "data":
        return node
    if kind.startswith("["):
        item_kind = kind[1:-1]
        return [canonical(item, item_kind) for item in node] if isinstance(node, list) else node
    if kind.startswith("*"):
        item_kind = kind[1:]
        return {name: canonical(value, item_kind) for name, value in node.items()} if isinstance(node, dict) else node
    if not isinstance(node, dict):
        return node
    rank = {key: index for index, key in enumerate(ORDER.get(kind, ORDER["generic"]))}
    children = CHILDREN.get(kind, {})
    keys = sorted(node, key=lambda key: rank.get(key, len(rank)))
    return {key: canonical(node[key], children.get(key, "generic")) for key in keys}


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent block sequences under their key (PyYAML aligns them with it by default).
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = None
    if "\n" in value:
        style = "|"
    elif len(value) > FOLD_LONGER_THAN:
        style = ">"
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.Node:
    scalars_only = all(not isinstance(item, dict | list) for item in value)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=scalars_only)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)


def dump(document: Any) -> str:
    """The document as canonical YAML text."""
    return yaml.dump(
        canonical(document),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=LINE_WIDTH,
        default_flow_style=False,
    )


def main(argv: list[str] | None = None) -> int:
    """Rewrite the given YAML/JSON files in the canonical layout (used once to normalize openapi.yaml)."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--check", action="store_true", help="exit 1 if a file is not in canonical layout")
    args = parser.parse_args(argv)
    unformatted = []
    for path in args.files:
        text = dump(load(path))
        if path.read_text(encoding="utf-8") != text:
            unformatted.append(path)
            if not args.check:
                path.write_text(text, encoding="utf-8")
    for path in unformatted:
        print(f"{'not canonical' if args.check else 'rewrote'}: {path}")
    return 1 if args.check and unformatted else 0


if __name__ == "__main__":
    raise SystemExit(main())
