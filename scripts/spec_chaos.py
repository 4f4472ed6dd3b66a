"""Spec chaos: import, generate and test variants of the vendored upstream documents.

    python scripts/spec_chaos.py [--seed N] [--only NAME ...] [--list] [--keep]

Each variant applies one transformation that upstream's tools really apply (openapi-generator's normaliser
hoisting inline schemas, a dereferencing tool inlining them, renames, re-tags, operations added and dropped,
fields made optional or required, an enum value or a content type added, `allOf` wrappers and the other
spelling of nullable) to each layout's vendored document (spec/upstream/manifest.yaml), in a temporary copy
of the repository (the work tree is never touched), then runs there:

1. `scripts/import_spec.py` with the layout's fixes (what did not apply is counted, not fatal);
2. `scripts/generate.py` for both layouts (the generated packages and the facade);
3. a focused suite: the facade, resources, CLI, fake contract, layouts and check_live tests (FOCUS), each
   per-operation parametrisation sampled (`_chaos_sample`: a seeded few, plus every case of an operation the
   variant touched);
4. the Python API check (`scripts/api_diff.py`'s surfaces, the copy against the work tree): a variant that
   changes the public API is reported there, with the count of breaking changes and additions.

One line per variant: its name, ok/FAIL, the seconds it took, what it did to each document, and the reports.
A failing step prints the end of its output. Deterministic: every choice comes from `random.Random` seeded
with `--seed`, the variant and the layout. Exit status 1 when any variant fails.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import api_diff  # noqa: E402

Document = dict[str, Any]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SCHEMA = "#/components/schemas/"
# The focused suite: what a spec change reaches (the facade, resources, CLI, the fake's contract, layouts,
# check_live), without the tests that time subprocesses or fuzz with schemathesis.
FOCUS = [
    "tests/client/test_facade.py",
    "tests/client/test_resources.py",
    "tests/cli/test_cli.py",
    "tests/fake/test_fake_service_contract.py",
    "tests/client/test_layouts.py",
    "tests/lib/test_bulk.py",
]
DESELECT = [
    "tests/client/test_facade.py::test_every_method_is_a_cli_command",  # 18 s: builds every parser (sampled elsewhere)
    "tests/cli/test_cli.py::test_cli_serve_fake_prints_its_url_and_stops_on_ctrl_c",
    "tests/cli/test_cli.py::test_cli_console_script_is_installed",
    "tests/cli/test_cli.py::test_every_help_is_the_same_when_parsers_are_filled_in_lazily",
    "tests/fake/test_fake_service_contract.py::test_every_generated_request_gets_an_answer_that_conforms_to_openapi_yaml",
    "tests/fake/test_fake_service_contract.py::test_every_generated_request_gets_an_answer_that_conforms_to_openapi_rest_yaml",
]
# The seed eight and the bulk check: operations the focused suite calls by name.
SEED = {
    "FetchWebcastURL",
    "FetchWebcastUrlByUniqueId",
    "GetRateLimits",
    "RetrieveRoomCover",
    "RetrieveRoomId",
    "RetrieveRoomInfo",
    "RetrieveRoomVideo",
    "SendRoomChat",
    "SignWebcastUrl",
    "SignTikTokUrl",
    "RetrieveBulkLiveCheck",
    "RetrieveAccountSelf",
}


# -- walking a document ---------------------------------------------------------------------------------------


def operations(doc: Document) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            if isinstance(item.get(method), dict):
                yield path, method, item[method]


def schemas(doc: Document) -> dict[str, Any]:
    found: dict[str, Any] = doc.setdefault("components", {}).setdefault("schemas", {})
    return found


def _media_schemas(operation: dict[str, Any]) -> Iterator[tuple[dict[str, Any], str]]:
    """(media object, where: `<status>_response` or `request`) of each answer and body."""
    for status, answer in operation.get("responses", {}).items():
        for media in (answer.get("content") or {}).values() if isinstance(answer, dict) else []:
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                yield media, f"{status}_response"
    body = operation.get("requestBody")
    for media in (body.get("content") or {}).values() if isinstance(body, dict) else []:
        if isinstance(media, dict) and isinstance(media.get("schema"), dict):
            yield media, "request"


def _references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from _references(value)
    elif isinstance(node, list):
        for value in node:
            yield from _references(value)


def _rename_references(node: Any, old: str, new: str) -> None:
    if isinstance(node, dict):
        if node.get("$ref") == old:
            node["$ref"] = new
        for value in node.values():
            _rename_references(value, old, new)
    elif isinstance(node, list):
        for value in node:
            _rename_references(value, old, new)


def _hoistable(schema: Any) -> bool:
    """What openapi-generator's normaliser gives a name: an inline object with fields, or a composition."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    return (isinstance(schema.get("properties"), dict) and bool(schema["properties"])) or any(
        isinstance(schema.get(keyword), list) and len(schema[keyword]) > 1 for keyword in ("anyOf", "oneOf")
    )


# -- the transformations: (document, layout, rng) -> what was done ------------------------------------------


def hoist(doc: Document, layout: str, rng: random.Random) -> str:
    """Every inline schema of an answer, a body, a property or a list's items becomes a component named as
    openapi-generator names it (`<OperationId>_200_response`, `<OperationId>_request`, `<Schema>_<property>`,
    `<Schema>_<property>_inner`)."""
    table = schemas(doc)
    count = 0

    def place(container: Any, key: Any, name: str) -> None:
        nonlocal count
        if name in table:
            return
        table[name] = container[key]
        container[key] = {"$ref": SCHEMA + name}
        count += 1
        inside(name, table[name])

    def inside(name: str, schema: dict[str, Any]) -> None:
        for prop, value in list((schema.get("properties") or {}).items()):
            if _hoistable(value):
                place(schema["properties"], prop, f"{name}_{prop}")
            elif isinstance(value, dict) and _hoistable(value.get("items")):
                place(value, "items", f"{name}_{prop}_inner")

    for _, _, operation in operations(doc):
        for media, where in _media_schemas(operation):
            if _hoistable(media["schema"]):
                place(media, "schema", f"{operation['operationId']}_{where}")
    for name in list(table):
        inside(name, table[name])
    return f"{count} inline schemas hoisted"


def inline(doc: Document, layout: str, rng: random.Random) -> str:
    """The reverse: each component that only one answer or body refers to (and nothing else) is put inline there,
    as a dereferencing tool leaves it."""
    table = schemas(doc)
    uses: dict[str, int] = {}
    for reference in _references(doc):
        uses[reference] = uses.get(reference, 0) + 1
    count = 0
    for _, _, operation in operations(doc):
        for media, _ in _media_schemas(operation):
            reference = media["schema"].get("$ref", "")
            name = reference.removeprefix(SCHEMA)
            body = table.get(name)
            single_use = reference.startswith(SCHEMA) and uses.get(reference) == 1 and isinstance(body, dict)
            if single_use and SCHEMA + name not in set(_references(body)):
                media["schema"] = table.pop(name)
                count += 1
    return f"{count} answer and body schemas inlined"


def retag(doc: Document, layout: str, rng: random.Random) -> str:
    """Every operation under a new tag (upstream's groups renamed)."""
    count = 0
    for _, _, operation in operations(doc):
        operation["tags"] = [f"Renamed {tag}" for tag in operation.get("tags") or ["Untagged"]]
        count += 1
    doc["tags"] = [{"name": f"Renamed {tag.get('name')}"} for tag in doc.get("tags", []) if isinstance(tag, dict)]
    return f"{count} operations re-tagged"


def _named_in_fixes(layout: str) -> str:
    names = ["fixes.yaml" if layout == "flat" else "fixes-rest.yaml", "overrides.yaml"]
    return "\n".join((ROOT / "spec" / name).read_text(encoding="utf-8") for name in names)


def rename_schemas(doc: Document, layout: str, rng: random.Random) -> str:
    """Ten schemas renamed (`<Name>Output`), among those the fixes reach by what they are rather than by name."""
    text = _named_in_fixes(layout)
    table = schemas(doc)
    candidates = sorted(name for name in table if not re.search(rf"\b{re.escape(name)}\b", text))
    chosen = rng.sample(candidates, min(10, len(candidates)))
    for name in chosen:
        new = f"{name}Output"
        doc["components"]["schemas"] = {(new if key == name else key): value for key, value in table.items()}
        table = doc["components"]["schemas"]
        _rename_references(doc, SCHEMA + name, SCHEMA + new)
    return f"renamed {', '.join(sorted(chosen)[:3])}... ({len(chosen)})"


def rename_scopes(doc: Document, layout: str, rng: random.Random) -> str:
    """Every security scope spelled anew (`TIER_<scope>`); a document without scopes gets new ones."""
    count = 0
    for _, _, operation in operations(doc):
        for requirement in operation.get("security") or []:
            for scheme, scopes in requirement.items():
                requirement[scheme] = [f"TIER_{scope}" for scope in scopes] or ["TIER_CHAOS"]
                count += 1
    return f"{count} requirements' scopes renamed"


def add_operation(doc: Document, layout: str, rng: random.Random) -> str:
    """A new operation under a known prefix, with an inline answer and a query parameter."""
    path = "/webcast/chaos_probe" if layout == "flat" else "/webcast/rooms/{room_id}/chaos_probe"
    parameters: list[dict[str, Any]] = [
        {"name": "depth", "in": "query", "required": False, "schema": {"type": "integer", "default": 1}}
    ]
    if layout == "rest":
        parameters.append({"name": "room_id", "in": "path", "required": True, "schema": {"type": "string"}})
    security: list[Any] = next((op["security"] for _, _, op in operations(doc) if op.get("security")), [])
    doc["paths"][path] = {
        "get": {
            "operationId": "RetrieveChaosProbe",
            "tags": ["Chaos"],
            "security": copy.deepcopy(security),
            "parameters": parameters,
            "responses": {
                "200": {
                    "description": "Ok",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["code"],
                                "properties": {"code": {"type": "integer"}, "probe": {"type": "string"}},
                            }
                        }
                    },
                }
            },
        }
    }
    return f"GET {path} added"


def _drop(doc: Document, operation_id: str) -> str:
    for path, method, operation in list(operations(doc)):
        if operation.get("operationId") == operation_id:
            del doc["paths"][path][method]
            if not any(m in doc["paths"][path] for m in METHODS):
                del doc["paths"][path]
            return f"{operation_id} dropped"
    return f"no {operation_id}"


def drop_operation(doc: Document, layout: str, rng: random.Random) -> str:
    """One operation gone (not one the focused suite calls by name)."""
    named = set(
        (yaml.safe_load((ROOT / "spec" / "overrides.yaml").read_text(encoding="utf-8")) or {}).get(
            "operations" if layout == "flat" else "rest_operations", {}
        )
    )
    candidates = sorted(
        str(op["operationId"]) for _, _, op in operations(doc) if op.get("operationId") not in SEED | named
    )
    return _drop(doc, rng.choice(candidates))


def drop_bulk(doc: Document, layout: str, rng: random.Random) -> str:
    """The bulk live check gone: check_live falls back to one room-id lookup per creator."""
    return _drop(doc, "RetrieveBulkLiveCheck")


def _object_schemas(doc: Document) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, schema in sorted(schemas(doc).items()):
        if isinstance(schema, dict) and isinstance(schema.get("properties"), dict) and schema["properties"]:
            yield name, schema


def required_to_optional(doc: Document, layout: str, rng: random.Random) -> str:
    """Three required fields made optional."""
    candidates = [(name, field) for name, schema in _object_schemas(doc) for field in schema.get("required", [])]
    chosen = rng.sample(candidates, min(3, len(candidates)))
    for name, field in chosen:
        schema = schemas(doc)[name]
        schema["required"] = [f for f in schema["required"] if f != field]
        if not schema["required"]:
            del schema["required"]
    return "optional now: " + ", ".join(f"{name}.{field}" for name, field in chosen)


def _body_schemas(doc: Document) -> set[str]:
    """The schemas a request body reaches (a field required there is a new required argument: a breaking change
    the API check reports, which no variant needs to force on the suite's calls)."""
    table = schemas(doc)
    pending = [
        ref
        for _, _, op in operations(doc)
        for media, where in _media_schemas(op)
        if where == "request"
        for ref in _references(media)
    ]
    seen: set[str] = set()
    while pending:
        name = pending.pop().removeprefix(SCHEMA)
        if name not in seen and name in table:
            seen.add(name)
            pending += list(_references(table[name]))
    return seen


def optional_to_required(doc: Document, layout: str, rng: random.Random) -> str:
    """Three optional fields of answers made required (a field that now always arrives)."""
    bodies = _body_schemas(doc)
    candidates = [
        (name, field)
        for name, schema in _object_schemas(doc)
        if name not in bodies
        for field in schema["properties"]
        if field not in schema.get("required", [])
    ]
    chosen = rng.sample(candidates, min(3, len(candidates)))
    for name, field in chosen:
        schemas(doc)[name].setdefault("required", []).append(field)
    return "required now: " + ", ".join(f"{name}.{field}" for name, field in chosen)


def _enums(node: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        enum = node.get("enum")
        if isinstance(enum, list) and enum and all(isinstance(value, str) for value in enum):
            yield path, node
        for key, value in node.items():
            yield from _enums(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _enums(value, f"{path}/{index}")


def add_enum_value(doc: Document, layout: str, rng: random.Random) -> str:
    """A new value in three string enums."""
    found = list(_enums(doc, ""))
    chosen = rng.sample(found, min(3, len(found)))
    for _, node in chosen:
        node["enum"].append("chaos_value")
    return f"{len(chosen)} enums got a value"


def add_content_type(doc: Document, layout: str, rng: random.Random) -> str:
    """A JSON body also accepted as a form, and a JSON answer also sent as text."""
    done = []
    bodies = [
        op
        for _, _, op in operations(doc)
        if "application/json" in ((op.get("requestBody") or {}).get("content") or {})
        and op.get("operationId") not in SEED
    ]
    if bodies:
        operation = rng.choice(bodies)
        content = operation["requestBody"]["content"]
        content["application/x-www-form-urlencoded"] = copy.deepcopy(content["application/json"])
        done.append(f"{operation['operationId']} takes a form")
    answers = [
        op
        for _, _, op in operations(doc)
        if "application/json" in ((op.get("responses", {}).get("200") or {}).get("content") or {})
        and op.get("operationId") not in SEED
    ]
    if answers:
        operation = rng.choice(answers)
        operation["responses"]["200"]["content"]["text/plain"] = {"schema": {"type": "string"}}
        done.append(f"{operation['operationId']} answers text too")
    return ", ".join(done)


def wrap_all_of(doc: Document, layout: str, rng: random.Random) -> str:
    """Every property that is a bare `$ref` wrapped in an `allOf` of one (as some generators write a $ref with
    siblings)."""
    count = 0
    for _, schema in list(_object_schemas(doc)):
        for prop, value in schema["properties"].items():
            if isinstance(value, dict) and list(value) == ["$ref"]:
                schema["properties"][prop] = {"allOf": [value]}
                count += 1
    return f"{count} $refs wrapped"


def respell_nullable(doc: Document, layout: str, rng: random.Random) -> str:
    """Nullable spelled the other way: OpenAPI 3.0's `nullable: true` as 3.1's type lists and `oneOf` with null,
    and 3.1's spellings as `nullable: true`."""
    count = 0

    def visit(node: Any) -> None:
        nonlocal count
        if isinstance(node, list):
            for value in node:
                visit(value)
            return
        if not isinstance(node, dict):
            return
        for value in list(node.values()):
            visit(value)
        if node.get("nullable") is True:
            del node["nullable"]
            count += 1
            if isinstance(node.get("type"), str):
                node["type"] = [node["type"], "null"]
                if isinstance(node.get("enum"), list) and None not in node["enum"]:
                    node["enum"].append(None)
            elif isinstance(node.get("allOf"), list) and len(node["allOf"]) == 1:
                node["oneOf"] = [node.pop("allOf")[0], {"type": "null"}]
            elif "$ref" in node:
                node["oneOf"] = [{"$ref": node.pop("$ref")}, {"type": "null"}]
            return
        types = node.get("type")
        if isinstance(types, list) and "null" in types and len(types) == 2:
            node["type"] = next(kind for kind in types if kind != "null")
            node["nullable"] = True
            count += 1
            return
        for keyword in ("anyOf", "oneOf"):
            alternatives = node.get(keyword)
            if isinstance(alternatives, list) and len(alternatives) == 2 and {"type": "null"} in alternatives:
                [other] = [alternative for alternative in alternatives if alternative != {"type": "null"}]
                del node[keyword]
                node["allOf"], node["nullable"] = [other], True
                count += 1
                return

    visit(doc)
    if str(doc.get("openapi", "")).startswith("3.0"):
        doc["openapi"] = "3.1.0"
    return f"{count} nullable values respelled"


@dataclass(frozen=True)
class Variant:
    name: str
    transform: Callable[[Document, str, random.Random], str]


VARIANTS = [
    Variant("hoist-inline-schemas", hoist),
    Variant("inline-named-schemas", inline),
    Variant("re-tag", retag),
    Variant("rename-schemas", rename_schemas),
    Variant("rename-scopes", rename_scopes),
    Variant("add-operation", add_operation),
    Variant("drop-operation", drop_operation),
    Variant("drop-bulk-check", drop_bulk),
    Variant("required-to-optional", required_to_optional),
    Variant("optional-to-required", optional_to_required),
    Variant("add-enum-value", add_enum_value),
    Variant("add-content-type", add_content_type),
    Variant("wrap-refs-in-allof", wrap_all_of),
    Variant("respell-nullable", respell_nullable),
]


# -- running a variant ----------------------------------------------------------------------------------------


def _inputs(root: Path) -> dict[str, tuple[Path, Path, Path]]:
    """layout -> (vendored upstream document, fixes, output) from the manifest."""
    manifest = yaml.safe_load((root / "spec" / "upstream" / "manifest.yaml").read_text(encoding="utf-8"))
    return {
        str(entry["layout"]): (
            root / "spec" / "upstream" / str(entry["file"]),
            root / str(entry["fixes"]),
            root / str(entry["output"]),
        )
        for entry in manifest["inputs"]
    }


def copy_repository(destination: Path) -> None:
    """The work tree's files (tracked and untracked, not ignored) copied to `destination`."""
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (entry.decode() for entry in listed)):
        source = ROOT / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[bool, str]:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    return done.returncode == 0, done.stdout + done.stderr


def _touched(before: Document, after: Document) -> set[str]:
    """The operationIds whose text the transformation changed, or that it added or dropped."""

    def table(doc: Document) -> dict[str, str]:
        return {str(op.get("operationId")): json.dumps(op, sort_keys=True) for _, _, op in operations(doc)}

    old, new = table(before), table(after)
    return {name for name in old.keys() | new.keys() if old.get(name) != new.get(name)}


def run_variant(variant: Variant, base: Path, scratch: Path, seed: int, base_surface: Any) -> tuple[bool, str]:
    work = scratch / variant.name
    shutil.copytree(base, work, symlinks=True)
    python = sys.executable
    done: list[str] = []
    touched: set[str] = set()
    not_applied = 0
    for layout, (upstream, fixes, output) in sorted(_inputs(work).items()):
        original = json.loads(upstream.read_text(encoding="utf-8"))
        document = copy.deepcopy(original)
        what = variant.transform(document, layout, random.Random(f"{seed}:{variant.name}:{layout}"))
        touched |= _touched(original, document)
        done.append(f"{layout}: {what}")
        changed = work / f"chaos-{layout}.json"
        changed.write_text(json.dumps(document, indent=1), encoding="utf-8")
        ok, text = _run(
            [python, "scripts/import_spec.py", str(changed), "--fixes", str(fixes), "--output", str(output)], work
        )
        if not ok:
            return False, f"{'; '.join(done)}\n  import ({layout}) failed:\n{_tail(text)}"
        report = text.split("### Spec diff", 1)[0]
        not_applied += len(re.findall(r"^\| [^|]+ \| (?:not applied|partly applied|already upstream) \|", report, re.M))
    for command in (
        [python, "scripts/generate.py", "--layout", "rest", "--output", "generated/tiktok_live_rest_api"],
        [python, "scripts/generate.py", "--output", "generated/tiktok_live_api"],
    ):
        ok, text = _run(command, work)
        if not ok:
            return False, f"{'; '.join(done)}\n  generate failed:\n{_tail(text)}"
    notes = len(re.findall(r"^note: spec/overrides.yaml", text, re.M))
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(str(work / part) for part in ("", "generated", "scripts")),
        "TIKTOK_LIVE_CHAOS_FOCUS": ",".join(sorted(touched)),
        "TIKTOK_LIVE_CHAOS_SEED": f"{seed}:{variant.name}",
    }
    pytest = [python, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", "-p", "_chaos_sample", *FOCUS]
    ok, text = _run([*pytest, *(f"--deselect={test}" for test in DESELECT)], work, env)
    summary = (text.strip().splitlines() or ["(no output)"])[-1].strip("= ")
    if not ok:
        return False, f"{'; '.join(done)}\n  focused suite failed ({summary}):\n{_tail(text)}"
    reports = api_diff.compare_surfaces(base_surface, api_diff.surface(work))
    breaking = sum(len(report.breakages) for report in reports)
    added = sum(len(report.additions) for report in reports)
    line = (
        f"{'; '.join(done)} | fixes not applied as written: {not_applied}, overrides noted: {notes} | "
        f"suite: {summary} | API: {breaking} breaking, {added} added"
    )
    return True, line


def _tail(text: str, lines: int = 30) -> str:
    return "\n".join("    " + line for line in text.strip().splitlines()[-lines:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=2026, help="the seed of every random choice (default 2026)")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these variants")
    parser.add_argument("--list", action="store_true", help="list the variants and exit")
    parser.add_argument("--keep", action="store_true", help="keep the temporary copies (their path is printed)")
    args = parser.parse_args(argv)
    if args.list:
        for variant in VARIANTS:
            print(f"{variant.name:24} {(variant.transform.__doc__ or '').split(chr(10))[0]}")
        return 0
    chosen = [v for v in VARIANTS if not args.only or v.name in args.only]
    unknown = sorted(set(args.only or []) - {v.name for v in VARIANTS})
    if unknown:
        parser.error(f"unknown variants: {unknown}")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stopped: the copies are removed all the same
    scratch = Path(tempfile.mkdtemp(prefix="spec-chaos-"))
    started = time.monotonic()
    failed = []
    try:
        base = scratch / "base"
        copy_repository(base)
        base_surface = api_diff.surface(base)
        print(f"spec chaos: {len(chosen)} variants of each layout's document, seed {args.seed}", flush=True)
        for variant in chosen:
            began = time.monotonic()
            try:
                ok, line = run_variant(variant, base, scratch, args.seed, base_surface)
            except Exception as error:  # a crash of the harness itself is a failure of this variant, reported
                ok, line = False, f"{type(error).__name__}: {error}"
            print(f"{variant.name:22} {'ok' if ok else 'FAIL':4} {time.monotonic() - began:5.0f}s  {line}", flush=True)
            if not ok:
                failed.append(variant.name)
            if not args.keep:
                shutil.rmtree(scratch / variant.name, ignore_errors=True)
    finally:
        if args.keep:
            print(f"kept: {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    minutes = (time.monotonic() - started) / 60
    print(f"spec chaos: {len(chosen) - len(failed)} of {len(chosen)} variants pass ({minutes:.1f} min)")
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
