"""Calls: `build_call` turns a method's arguments into the generated layer's request (checked before anything is
sent) and a parser of the answer, preparing each operation's generated module once (`_fixed`: the repr of models
that carry credentials, `_answer_secrets.protect`; field aliases, `_aliases.add_aliases`).

Sync and async clients share everything here; they differ only in how a request is sent.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Mapping
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Protocol, Self, TypeVar

from . import _validation as check
from ._exceptions import ModelMismatch
from ._operations import LAYOUT_NAMES, Operation, Param, Parser, RetryMode

if TYPE_CHECKING:  # the catalog (and so the CLI's help) loads without httpx
    import httpx

    from ._results import RoomMedia, WebcastFetchResult

    class _Model(Protocol):
        @classmethod
        def from_dict(cls, src_dict: Any) -> Self: ...


T = TypeVar("T")
M = TypeVar("M", bound="_Model")


def tiktok_cookie(session_id: object, tt_target_idc: object) -> str | None:
    """The Cookie header the REST layout takes instead of separate session arguments."""
    if session_id is None:
        return None
    cookie = f"sessionid={check.non_empty_str(session_id, 'session_id')}"
    if tt_target_idc is not None:
        cookie += f"; tt-target-idc={check.non_empty_str(tt_target_idc, 'tt_target_idc')}"
    return cookie


_DERIVERS: dict[str, Callable[..., object]] = {"tiktok_cookie": tiktok_cookie}


# -- arguments -------------------------------------------------------------------------------------------


def _as_int(value: object, argument: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{argument} must be an int, not {type(value).__name__}")
    return value


def _as_float(value: object, argument: str) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise TypeError(f"{argument} must be a number, not {type(value).__name__}")
    return float(value)


def _as_datetime(value: object, argument: str) -> datetime.datetime:
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"{argument} must be a datetime.datetime, not {type(value).__name__}")
    return value


def _as_bytes(value: object, argument: str) -> bytes:
    if not isinstance(value, bytes | bytearray | memoryview):
        raise TypeError(f"{argument} must be bytes, not {type(value).__name__}")
    return bytes(value)


def _as_object(value: object, argument: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise TypeError(f"{argument} must be a mapping, not {type(value).__name__}")
    return dict(value)


_CHECKS: dict[str, Callable[[object, str], Any]] = {
    "str": check.require_str,
    "text": check.non_empty_str,
    "int": _as_int,
    "float": _as_float,
    "bool": check.require_bool,
    "datetime": _as_datetime,
    "bytes": _as_bytes,
    "object": _as_object,
    "unique_id": check.unique_id,
    "room_id": check.room_id,
    "numeric_id": check.numeric_id,
    "http_url": check.http_url,
}


def _checked(param: Param, value: object) -> Any:
    if param.check == "choice":
        return check.choice(value, param.name, param.choices, param.fold)
    if param.check == "list":
        if isinstance(value, str | bytes) or not isinstance(value, list | tuple):
            raise TypeError(f"{param.name} must be a list, not {type(value).__name__}")
        element = _CHECKS[param.items]
        return [element(item, f"{param.name}[{index}]") for index, item in enumerate(value)]
    return _CHECKS[param.check](value, param.name)


def _wire_value(value: Any) -> Any:
    """A checked argument as the body's JSON (`from_dict` input) holds it."""
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value


@functools.cache
def _module(name: str) -> ModuleType:
    return import_module(name)


def _class(reference: str) -> Any:
    module, _, name = reference.partition(":")
    return getattr(_module(module), name)


class Call(Generic[T]):
    """One call, checked and built (`build_call`): the generated layer's request and the parser of its answer.
    `secrets`: credentials among the arguments (session ids), kept out of error messages. `counts_against_quota`
    is False for calls the plan's quota does not count (GetRateLimits): they pass the rate-limit budget freely;
    `reports_rate_limits`, True when the answer is the key's limits per window (GetRateLimits): it seeds the
    budget."""

    # A plain class, not a NamedTuple: defining one costs more at import than a call ever saves.
    __slots__ = (
        "counts_against_quota",
        "json_answer",
        "operation",
        "parse",
        "plans",
        "reports_rate_limits",
        "request",
        "retry",
        "secrets",
    )

    def __init__(
        self,
        operation: str,
        request: dict[str, Any],
        parse: Parser[T],
        plans: tuple[str, ...],
        retry: RetryMode = "always",
        json_answer: bool = True,
        secrets: tuple[str, ...] = (),
        counts_against_quota: bool = True,
        reports_rate_limits: bool = False,
    ) -> None:
        self.operation = operation
        self.request = request
        self.parse = parse
        self.plans = plans
        self.retry = retry
        self.json_answer = json_answer
        self.secrets = secrets
        self.counts_against_quota = counts_against_quota
        self.reports_rate_limits = reports_rate_limits


def build_call(operation: Operation[T], arguments: Mapping[str, object]) -> Call[T]:
    """Check `arguments` (the method's, by name; None means left out) and build the request.

    Raises TypeError / ValueError naming the argument at fault, before anything is sent."""
    if operation.exactly_one_of:
        given = [name for name in operation.exactly_one_of if arguments.get(name) is not None]
        if len(given) != 1:
            raise ValueError(f"pass exactly one of {' and '.join(operation.exactly_one_of)}")
    for name in operation.unsupported:
        if arguments.get(name) is not None:
            raise ValueError(f"{name} is not available in {LAYOUT_NAMES[operation.layout]}; leave it out")
    kwargs: dict[str, Any] = {}
    body: dict[str, Any] = {}
    secrets: list[str] = []
    fixed = _fixed(operation)
    unset = fixed.unset
    for param in operation.params:
        if param.constant is not None:
            value: object = param.constant
        elif param.derive:
            sources = [arguments.get(source) for source in param.sources]
            secrets.extend(
                source
                for name, source in zip(param.sources, sources, strict=True)
                if name in param.secret_sources and isinstance(source, str) and source
            )
            value = _DERIVERS[param.derive](*sources)
        else:
            value = arguments.get(param.name)
        if value is None:
            if param.required:
                raise TypeError(f"{param.name} is required")
            if param.location != "body":
                kwargs[param.generated] = unset
            continue
        checked = _checked(param, value)
        if param.secret and isinstance(checked, str) and checked:
            secrets.append(checked)
        if param.location == "body":
            body[param.wire] = _wire_value(checked)
        else:
            kwargs[param.generated] = checked
    if operation.body_model:
        model, body = _body_shape(operation, arguments, body)
        try:
            kwargs["body"] = _class(model).from_dict(body)
        except (KeyError, TypeError, ValueError) as error:  # the spec and overrides disagree: say which
            raise ValueError(f"{operation.name}: cannot build the request body ({error!r})") from None
        for param in operation.params:
            upload = getattr(kwargs["body"], param.generated, None) if param.check == "bytes" else None
            if upload is not None and hasattr(upload, "file_name"):
                # A multipart part is a file upload only with a file name; `from_dict` leaves it out.
                upload.file_name = upload.file_name or param.wire
                upload.mime_type = upload.mime_type or "application/octet-stream"
    return Call(
        operation.name,
        fixed.get_kwargs(**kwargs),
        fixed.parse,
        operation.plans,
        operation.retry,
        fixed.json_answer,
        tuple(secrets) if secrets else (),
        operation.counts_against_quota,
        operation.reports_rate_limits,
    )


def _body_shape(
    operation: Operation[Any], arguments: Mapping[str, object], body: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    """The body's model and fields: of several shapes, the first whose required arguments were all given."""
    if not operation.body_alternatives:
        return operation.body_model, body
    given = {name for name, value in arguments.items() if value is not None}
    for model, required, names in operation.body_alternatives:
        if set(required) <= given:
            wires = {param.name: param.wire for param in operation.params if param.location == "body"}
            stray = sorted(name for name in given if name in wires and name not in names)
            if stray:
                needs = ", ".join(required) or "nothing"
                raise ValueError(f"{', '.join(stray)} cannot be sent with the body that takes {needs}; leave it out")
            keep = {wires[name] for name in names if name in wires}
            return model, {wire: value for wire, value in body.items() if wire in keep}
    forms = " or ".join("(" + ", ".join(required) + ")" for _, required, _ in operation.body_alternatives)
    raise TypeError(f"pass the arguments of one of the body's forms: {forms}")


class _Fixed:
    """What `build_call` needs of an operation that is the same on every call: the generated package's UNSET
    (each package checks for its own), the generated module's `_get_kwargs`, the parser of the answer, and
    whether the answer is JSON."""

    __slots__ = ("get_kwargs", "json_answer", "parse", "unset")

    def __init__(
        self, unset: object, get_kwargs: Callable[..., dict[str, Any]], parse: Parser[Any], json_answer: bool
    ) -> None:
        self.unset = unset
        self.get_kwargs = get_kwargs
        self.parse = parse
        self.json_answer = json_answer


# By the operation's identity: the catalog's operations live as long as the process, and hashing a named tuple
# of named tuples on every call would cost more than the lookup saves.
# The operation is kept beside what was derived from it, so an id is never reused for another one.
_FIXED: dict[int, tuple[Operation[Any], _Fixed]] = {}


def _fixed(operation: Operation[Any]) -> _Fixed:
    entry = _FIXED.get(id(operation))
    if entry is None or entry[0] is not operation:
        from ._aliases import add_aliases
        from ._answer_secrets import protect

        bodies = (operation.body_model, *(model for model, _, _ in operation.body_alternatives))
        for reference in (operation.model, *bodies):
            if reference:
                protect(reference)  # redacting reprs on the models its answer (or body) can hold, before any is made
                add_aliases(reference)  # `max` for `max_`, on the same
        fixed = _Fixed(
            unset=_module(operation.module.partition(".")[0] + ".types").UNSET,
            get_kwargs=_module(operation.module)._get_kwargs,
            parse=_make_parser(operation),
            json_answer=operation.answer in ("model", "unwrap", "json"),
        )
        entry = _FIXED[id(operation)] = (operation, fixed)
    return entry[1]


# -- answers ---------------------------------------------------------------------------------------------


# `_model_check.check_model`, loaded with the first answer (it needs attrs, which the catalog does without).
_CHECK_MODEL: list[Callable[[Any], None]] = []


def _model(body: Any, model: type[M]) -> M:
    if not _CHECK_MODEL:
        from ._model_check import check_model

        _CHECK_MODEL.append(check_model)
    if not isinstance(body, dict):
        raise ModelMismatch("body: expected a JSON object")
    try:
        parsed = model.from_dict(body)
    except KeyError as missing:
        raise ModelMismatch(f"body: missing field {missing}") from None
    except (TypeError, ValueError, AttributeError) as error:
        raise ModelMismatch(f"body: {error}") from None
    _CHECK_MODEL[0](parsed)
    return parsed


def _parse_fetch(response: httpx.Response, body: Any) -> WebcastFetchResult:
    from ._results import WebcastFetchResult

    if body is not None:
        raise ModelMismatch("body: expected protobuf bytes, got a JSON document")
    headers = response.headers
    return WebcastFetchResult(
        payload=response.content,
        set_tt_cookie=headers.get("x-set-tt-cookie"),
        room_id=headers.get("x-room-id"),
        request_id=headers.get("x-request-id"),
        agent_id=headers.get("x-agent-id"),
    )


def _parse_media(model: str) -> Parser[RoomMedia]:
    def parse(response: httpx.Response, body: Any) -> RoomMedia:
        from ._results import RoomMedia

        content_type = response.headers.get("content-type", "")
        if body is not None:
            return RoomMedia(content_type=content_type, data=None, document=_model(body, _class(model)))
        if not response.content:
            raise ModelMismatch("body: empty")
        return RoomMedia(content_type=content_type, data=response.content, document=None)

    return parse


def _parse_bytes(response: httpx.Response, body: Any) -> bytes:
    return response.content


def _parse_json(response: httpx.Response, body: Any) -> Any:
    if body is None and response.content:
        raise ModelMismatch("body: expected a JSON document")
    return body


def _parse_none(response: httpx.Response, body: Any) -> None:
    return None


def _make_parser(operation: Operation[Any]) -> Parser[Any]:
    if operation.answer == "fetch":
        return _parse_fetch
    if operation.answer == "media":
        return _parse_media(operation.model)
    if operation.answer == "bytes":
        return _parse_bytes
    if operation.answer == "json":
        return _parse_json
    if operation.answer == "none":
        return _parse_none
    model, field = operation.model, operation.unwrap
    model_class: list[Any] = []  # resolved with the first answer: the models load with the first call

    def parse(response: httpx.Response, body: Any) -> Any:
        if not model_class:
            model_class.append(_class(model))
        parsed = _model(body, model_class[0])
        if not field:
            return parsed
        value = getattr(parsed, field, None)
        if value is None or type(value).__name__ == "Unset":  # either package's UNSET
            raise ModelMismatch(f"body: missing field {field!r}")
        return value

    return parse
