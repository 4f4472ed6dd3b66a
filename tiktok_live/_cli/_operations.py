"""The CLI's commands for the client methods, derived from the catalog (`_catalog`).

Rule: a method's command is `Method.command`; its required positional arguments are positional, every
other argument is an option `--kebab-name`. Credentials (`Param.secret`) never come from the command line (it
shows in `ps` and shell history): they come from `TIKTOK_<NAME>` environment variables, such as
`TIKTOK_SESSION_ID`; so do the session's other settings (`Param.environment`: `TIKTOK_TT_TARGET_IDC`).

The parser lists the commands from the catalog's index (`_catalog.ENTRIES`); a command's arguments are read from
its method, whose resource's module of the catalog is imported only when the command line names it.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol

from .. import _catalog
from .._catalog import Entry
from .._operations import Method, Operation, Param


def secret_variable(param: Param) -> str:
    return f"TIKTOK_{param.name.upper()}"


def _from_environment(param: Param) -> bool:
    return param.secret or param.environment


def _bytes_from_file(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise argparse.ArgumentTypeError(f"cannot read {path}: {error.strerror}") from None


def _datetime(text: str) -> datetime.datetime:
    try:
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date and time: {text!r}") from None


def _json_object(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not JSON: {text[:80]!r}") from None


_TYPES: dict[str, Callable[[str], Any]] = {
    "int": int,
    "float": float,
    "datetime": _datetime,
    "bytes": _bytes_from_file,
    "object": _json_object,
}


def _help(param: Param) -> str:
    text = param.description.rstrip(".") or param.name.replace("_", " ")
    if param.check == "bytes":
        text += " (a file to read)"
    if param.default is not None:
        text += f" (default: {param.default})"
    return text.replace("%", "%%")


# The CLI's own options and attributes: an operation's argument of one of these names becomes --param-NAME.
_RESERVED = frozenset(
    {"json", "mock", "base_url", "api_key_file", "timeout", "debug", "quiet", "layout", "rate_limit_url", "output",
     "help", "version", "handler", "api_method", "command", "exit_code", "listing", "show_secrets"}
)  # fmt: skip


def _dest(param: Param) -> str:
    return f"param_{param.name}" if param.name in _RESERVED else param.name


def _add_argument(parser: argparse.ArgumentParser | Any, param: Param, *, positional: bool) -> None:
    options: dict[str, Any] = {"help": _help(param)}
    if param.check == "bool":
        options["action"] = argparse.BooleanOptionalAction
    elif param.check == "choice":
        options["choices"] = param.choices
    elif param.check == "list":
        options["nargs"] = "+"
        options["type"] = _TYPES.get(param.items, str)
    elif param.check in _TYPES:
        options["type"] = _TYPES[param.check]
    if positional:
        parser.add_argument(_dest(param), metavar=param.name.upper(), **options)
    else:
        flag = "--" + _dest(param).rstrip("_").replace("_", "-")
        parser.add_argument(flag, dest=_dest(param), required=param.required, **options)


def _add_method_arguments(sub: argparse.ArgumentParser, method: Method[Any]) -> None:
    operation = method.primary
    sub.set_defaults(api_method=method)  # not `method`: an argument may be called that
    group = None
    if operation.exactly_one_of:
        group = sub.add_mutually_exclusive_group(required=True)
    for param in method.params:
        if _from_environment(param):
            continue
        target = group if group is not None and param.name in operation.exactly_one_of else sub
        # A required flag, not a positional, for a bool: a positional `--x/--no-x` cannot take a value.
        positional = param.required and target is sub and param.check not in ("list", "bool")
        _add_argument(target, param, positional=positional)
    if operation.answer in ("fetch", "media", "bytes"):
        sub.add_argument("-o", "--output", help="write the answer's bytes (or its JSON document) to this file")
    variables = [secret_variable(p) for p in operation.params if _from_environment(p)]
    if variables:
        sub.epilog = "Credentials come from the environment: " + ", ".join(variables) + "."


def _summary(entry: Entry, *, path: bool = True) -> str:
    summary = entry.summary
    return f"{summary[:1].lower()}{summary[1:]}" + (f" ({entry.path})" if path else "")


def _kebab(name: str) -> str:
    return name.replace("_", "-")


Arguments = Callable[[argparse.ArgumentParser], None]


class Commands(Protocol):
    """Where commands go: the top level of `tiktok-live`, or a resource's group. `arguments` fills in a
    command's parser and `contents` a group's commands: now, or only when the command line names them."""

    def command(self, name: str, help: str, arguments: Arguments | None = None) -> None: ...

    def group(self, name: str, help: str, contents: Callable[[Commands], None]) -> None: ...


def _arguments(entry: Entry) -> Arguments:
    return lambda sub: _add_method_arguments(sub, _catalog.by_name(entry.name))


def add_operation_commands(commands: Commands, entries: tuple[Entry, ...] = _catalog.ENTRIES) -> None:
    """The client's own methods as top-level commands (`tiktok-live room-id`)."""
    for entry in entries:
        if entry.on_client:
            commands.command(entry.command, _summary(entry, path=False), _arguments(entry))


def add_resource_commands(commands: Commands, entries: tuple[Entry, ...] = _catalog.ENTRIES) -> None:
    """One command group per resource, with its methods and nested resources: `tiktok-live alerts create`,
    `tiktok-live alerts targets list`."""
    tree: dict[str, Any] = {}
    for entry in entries:
        node = tree
        for part in entry.resource.split(".") if entry.resource else ():
            node = node.setdefault(part, {})
        if node is not tree:
            node.setdefault("", []).append(entry)

    def listed(node: dict[str, Any]) -> str:
        words = [_kebab(e.attribute) for e in node.get("", [])] + [_kebab(k) for k in node if k]
        listed = ", ".join(words)
        return listed if len(listed) <= 48 else f"{len(words)} commands: {', '.join(words[:2])}, ..."

    def contents(node: dict[str, Any]) -> Callable[[Commands], None]:
        def add(into: Commands) -> None:
            for entry in node.get("", []):
                into.command(_kebab(entry.attribute), _summary(entry), _arguments(entry))
            for part, child in node.items():
                if part:
                    into.group(_kebab(part), listed(child), contents(child))

        return add

    for part, child in tree.items():
        if part:
            commands.group(_kebab(part), listed(child), contents(child))


def arguments_of(method: Method[Any], args: argparse.Namespace, environ: Mapping[str, str]) -> dict[str, Any]:
    """The method's keyword arguments from the parsed command line and the environment."""
    arguments: dict[str, Any] = {}
    for param in method.params:
        if _from_environment(param):
            variable = secret_variable(param)
            value = environ.get(variable) or None
            if value is None and param.required:
                raise ValueError(f"{method.command} needs the {variable} environment variable")
        else:
            value = getattr(args, _dest(param), None)
        if value is not None:
            arguments[param.name] = value
    return arguments


def call(client: Any, method: Method[Any], args: argparse.Namespace) -> Any:
    target = client
    for part in method.name.split("."):  # `room_id`, or a resource's `alerts.targets.list`
        target = getattr(target, part)
    return target(**arguments_of(method, args, os.environ))


def listing(operations: tuple[Operation[Any], ...] | None = None) -> list[dict[str, Any]]:
    """What `tiktok-live operations --json` prints: one entry per operation of each layout (default: every one)."""
    methods = _catalog.methods()

    def described(param: Param) -> dict[str, Any]:
        entry: dict[str, Any] = {"name": param.name, "type": param.type_hint, "in": param.location}
        if param.default is not None:
            entry["default"] = param.default
        if _from_environment(param):
            entry["from_environment"] = secret_variable(param)
        return entry

    entries = []
    for operation in _catalog.operations() if operations is None else operations:
        method = next(method for method in methods if operation in method.operations)
        exposed = operation.given_params
        entries.append(
            {
                "layout": operation.layout,
                "operation_id": operation.operation_id,
                "http_method": operation.http_method,
                "path": operation.path,
                "method": method.name,
                "command": method.command,
                "summary": operation.summary,
                "required": [described(p) for p in exposed if p.required],
                "optional": [described(p) for p in exposed if not p.required],
                "plans": list(operation.plans),
                "resent_after_failure": operation.retry == "always",
            }
        )
    return entries


def markdown_table(methods: tuple[Method[Any], ...] | None = None) -> str:
    """docs/operations.md's table of client methods (default: every one) and the route serving each in each
    layout."""
    methods = _catalog.methods() if methods is None else methods
    rest = any(method.rest for method in methods)
    header = (
        "| method | command | flat layout | REST layout | plans |" if rest else "| method | command | HTTP | plans |"
    )
    rows = [header, "| --- " * (header.count("|") - 1) + "|"]
    for method in methods:
        operation = method.primary
        names = [p.name for p in operation.given_params if p.required]
        if operation.exactly_one_of:
            names.insert(0, " \\| ".join(operation.exactly_one_of))
        routes = [
            f"`{method.flat.http_method} {method.flat.path}`" if method.flat else "-",
            *([" / ".join(f"`{op.http_method} {op.path}`" for op in method.rest) or "-"] if rest else []),
        ]
        rows.append(
            f"| `{method.name}({', '.join(names)})` | `{method.command}` | {' | '.join(routes)} "
            f"| {', '.join(operation.plans) or 'unknown'} |"
        )
    return "\n".join(rows)


def print_listing(as_json: bool, layout: str | None = None) -> None:
    entries = [entry for entry in listing() if layout is None or entry["layout"] == layout]
    if as_json:
        print(json.dumps(entries, indent=2))
        return
    for entry in entries:
        required = " ".join(p["name"].upper() for p in entry["required"])
        print(f"{entry['command']} {required}".rstrip())
        route = f"{entry['layout']}: {entry['http_method']} {entry['path']}"
        print(f"    {route}  ({entry['operation_id']}; client.{entry['method']})")
        if entry["optional"]:
            print("    options: " + ", ".join(p["name"] for p in entry["optional"]))
        print(f"    plans: {', '.join(entry['plans']) or 'unknown'}")
