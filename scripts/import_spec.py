"""Import an upstream OpenAPI document: keep the TikTok LIVE operations and re-apply our fixes to them.

    python scripts/import_spec.py UPSTREAM.json [--fixes spec/fixes.yaml] [--output openapi.yaml] [--strict]

Steps: keep the paths under the configured prefix (the 8 webcast operations, in the configured order),
apply each fix of `spec/fixes.yaml` in turn, drop the components nothing refers to any more, and write the
result in the canonical layout of `spec_yaml`. The Markdown report on stdout names every fix that did not
apply (its target is gone, or differs from what the fix expects), then gives the spec diff from the
current output file to the new one.

A fix is data: `name`, `op` and the op's arguments. Targets are key lists (`at`), relative to an operation
(`operation: RetrieveRoomId`) or schema (`schema: LiveRoom`) when one is named; `"*"` matches every key.
`where` is the value the target must have for the fix to apply (`absent`: the target must not exist).
The ops are documented in spec/fixes.yaml.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from spec_diff import diff, to_markdown
from spec_yaml import dump, load

ROOT = Path(__file__).resolve().parent.parent
FIXES = ROOT / "spec" / "fixes.yaml"
OUTPUT = ROOT / "openapi.yaml"

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
                if key != "*":
                    raise FixError(f"{_show([*done, concrete])} is gone")
                continue
            yield from walk(child, tail, [*done, concrete])

    yield from walk(spec, path, [])


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
    if current != expected:
        return f"{_show(where_path)} is {_short(current)}, expected {_short(expected)}"
    return None


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
    """Move the inline target to the component at `to` and refer to it from where it was."""
    destination: list[Key] = fix["to"]
    container = _get_path(spec, destination[:-1], create=True)
    if destination[-1] in container:
        result.problems.append(f"{_show(destination)} already exists")
        return
    for parent, key, current in list(_each_target(spec, fix, result)):
        if current is _MISSING or "$ref" in current:
            result.problems.append(f"{_show(fix['at'])} is not an inline object: {_short(current)}")
            continue
        container[destination[-1]] = current
        parent[key] = {"$ref": "#/" + "/".join(str(part).replace("/", "~1") for part in destination)}
        result.applied += 1


def _get_path(spec: Document, path: list[Key], *, create: bool = False) -> Any:
    node: Any = spec
    for key in path:
        if create and isinstance(node, dict):
            node = node.setdefault(key, {})
        else:
            node = _get(node, key)
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
    prefix: str = keep["path_prefix"]
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("upstream", type=Path, help="the upstream OpenAPI document (JSON or YAML)")
    parser.add_argument("--fixes", type=Path, default=FIXES)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--strict", action="store_true", help="exit 1 if any fix did not apply as written")
    args = parser.parse_args(argv)

    fixes = yaml.safe_load(args.fixes.read_text(encoding="utf-8"))
    result = import_spec(load(args.upstream), fixes)
    previous = load(args.output) if args.output.exists() else {}
    args.output.write_text(dump(result.spec), encoding="utf-8")

    sys.stdout.write(report(result) + "\n")
    sys.stdout.write(to_markdown(diff(previous, result.spec), old_name="before", new_name=str(args.output)))
    return 1 if args.strict and not result.all_applied else 0


if __name__ == "__main__":
    raise SystemExit(main())
