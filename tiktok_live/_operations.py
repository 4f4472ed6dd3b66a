"""Operations as data: an `Operation` describes one operation of openapi.yaml, a `Method` the operations that serve
one method of the clients (one per layout), and `operation_for` picks the one for a layout. `_calls.build_call`
turns a method's arguments into the generated layer's request and a parser of the answer.

The descriptions themselves are generated (`_catalog/`, by scripts/generate_facade.py from openapi.yaml and
spec/overrides.yaml), and are made of the types here: this module imports nothing of the catalog's.
"""

# No `from __future__ import annotations`: a NamedTuple turns each string annotation into a ForwardRef, which
# compiles it, a cost paid at import for every field of the catalog's types.

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, NamedTuple, TypeVar

from ._exceptions import LayoutError

if TYPE_CHECKING:  # the catalog (and so the CLI's help) loads without httpx
    import httpx


# Named tuples, not attrs classes: importing a client defines these classes and, on first use, builds the
# catalog's descriptions; attrs (and the results and models that need it) loads on the first call instead.

T = TypeVar("T")

# Which failures a call may be re-sent after. "always": reading or signing has no side effect.
# "unsent-only": only when the request provably never reached the server.
RetryMode = Literal["always", "unsent-only"]

# (answer, its JSON body or None) -> result; raises ModelMismatch when the answer does not fit.
Parser = Callable[["httpx.Response", Any], T]

Layout = Literal["flat", "rest"]
# Where an argument goes: a path or query parameter of the generated `_get_kwargs`, or a field of the body.
Location = Literal["path", "query", "header", "body"]
# How an argument is checked before anything is sent (see `_CHECKS`).
Check = Literal[
    "str", "text", "int", "float", "bool", "choice", "datetime", "bytes", "list", "object",
    "unique_id", "room_id", "numeric_id", "http_url",
]  # fmt: skip
# How a 2xx answer becomes a result (see `_parser`).
Answer = Literal["model", "unwrap", "fetch", "media", "bytes", "json", "none"]


class Param(NamedTuple):
    """One argument of an operation's method."""

    name: str  # the method's argument name
    wire: str  # the name in openapi.yaml (query/path parameter, or body property)
    generated: str  # the keyword of the generated `_get_kwargs` (unused for body fields)
    location: Location
    check: Check
    required: bool
    choices: tuple[str, ...] = ()
    fold: str = ""  # "upper"/"lower": case-folding of a choice
    secret: bool = False  # a credential: kept out of error messages; the CLI reads it from the environment
    environment: bool = False  # no credential, but the CLI reads it from the environment (a session setting)
    items: Check = "str"  # element check of a "list"
    description: str = ""
    type_hint: str = "str"  # the method's annotation, as a string (listings and the CLI)
    default: object = None  # the method's default, when it has one besides None
    constant: object = None  # always sent as this value (a layout's fixed argument); the method has none
    derive: str = ""  # built by `_DERIVERS[derive]` from the method's arguments `sources`
    sources: tuple[str, ...] = ()
    secret_sources: tuple[str, ...] = ()  # those of `sources` that are credentials
    max_items: int | None = None  # a "list" argument's most items, as the spec says


class Operation(NamedTuple, Generic[T]):
    """One operation of openapi.yaml, with what spec/overrides.yaml adds. `T` is what its method returns."""

    name: str  # the client method
    operation_id: str
    http_method: str
    path: str
    module: str  # the generated module with `_get_kwargs`
    params: tuple[Param, ...]
    answer: Answer
    plans: tuple[str, ...]
    retry: RetryMode
    command: str  # the CLI subcommand
    summary: str = ""
    model: str = ""  # "module:Class" of the 2xx model, for "model" / "unwrap" answers
    unwrap: str = ""  # the field an "unwrap" answer returns
    body_model: str = ""  # "module:Class" of the request body, built with `from_dict`
    # A body the spec gives several shapes (a payload and its older form): each one's "module:Class", its
    # required arguments and all of them; a call sends the first whose required arguments it was given.
    body_alternatives: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = ()
    exactly_one_of: tuple[str, ...] = ()
    counts_against_quota: bool = True
    reports_rate_limits: bool = False  # the answer is the key's limits per window: it seeds the budget
    layout: Layout = "flat"
    unsupported: tuple[str, ...] = ()  # method arguments this layout's operation cannot send

    @property
    def given_params(self) -> tuple[Param, ...]:
        """The arguments a caller gives: not the layout's constants nor the values derived from others."""
        return tuple(param for param in self.params if param.constant is None and not param.derive)


class Paging(NamedTuple):
    """How a list operation is paged (`_pagination.py`)."""

    param: str  # the page-number argument
    items: str  # the answer's field holding the page's items
    has_more: str  # the answer's field saying whether another page follows
    first: int  # the page asked for when the caller gives none


class Method(NamedTuple, Generic[T]):
    """A client method: the operation that serves it in each layout. The flat layout has at most one; the REST
    layout may have several, of which a call uses the first whose required arguments it was given."""

    name: str  # how users call it: `room_id` on the client, `alerts.targets.list` on a resource
    command: str  # the CLI's command: `room-id`, `alerts targets list`
    flat: Operation[T] | None
    rest: tuple[Operation[T], ...] = ()
    missing: str = ""  # what to say when the chosen layout lacks the operation
    extra: tuple[Param, ...] = ()  # keyword-only arguments only another layout's operation takes
    relaxed: tuple[str, ...] = ()  # required by the primary operation, optional because another layout lacks them
    resource: str = ""  # the client's resource holding it, as a dotted path ("alerts.targets")
    attribute: str = ""  # its name in that resource ("list")
    on_client: bool = False  # also a method of the client itself (`name`): the seed operations
    paging: Paging | None = None  # a list answered page by page

    @property
    def params(self) -> tuple[Param, ...]:
        """The method's arguments: the primary operation's (less constants and derived values; those another
        layout does without are optional), then `extra`."""
        own = tuple(p._replace(required=False) if p.name in self.relaxed else p for p in self.primary.given_params)
        return own + self.extra

    @property
    def operations(self) -> tuple[Operation[T], ...]:
        return ((self.flat,) if self.flat is not None else ()) + self.rest

    @property
    def primary(self) -> Operation[T]:
        """The operation whose arguments make the method's signature."""
        return self.operations[0]


LAYOUTS: tuple[Layout, ...] = ("flat", "rest")
LAYOUT_NAMES = {"flat": "the flat layout (tiktok.eulerstream.com)", "rest": "the REST layout (api.eulerstream.com)"}


def operation_for(method: Method[T], layout: Layout, arguments: Mapping[str, object]) -> Operation[T]:
    """The operation that serves `method` in `layout`; LayoutError, before anything is sent, when none does."""
    candidates = (() if method.flat is None else (method.flat,)) if layout == "flat" else method.rest
    if not candidates:
        other = next(name for name in LAYOUTS if name != layout)
        hint = f" {method.missing}" if method.missing else ""
        raise LayoutError(
            f"{method.name} is not part of {LAYOUT_NAMES[layout]}; it is in {LAYOUT_NAMES[other]}: pass "
            f"layout={other!r} (or set EULER_API_LAYOUT={other}).{hint}"
        )
    if len(candidates) == 1:  # the usual case: nothing to choose
        return candidates[0]
    for operation in candidates:
        needed = (p.name for p in operation.given_params if p.required)
        if all(arguments.get(name) is not None for name in needed):
            return operation
    return candidates[0]
