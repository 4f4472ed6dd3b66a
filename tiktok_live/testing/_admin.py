"""The fake's admin API: JSON over HTTP under `/__fake__/`, to script a running fake from any language.

A test suite in Node, Go or a shell drives `tiktok-live serve-fake` through it (add keys on a plan, add creators,
take them offline, queue faults, read the recorded requests) as a Python test drives `FakeEulerService`. Every
endpoint maps onto a public method of the service; the path prefix is no path of either API layout, admin
requests are neither recorded nor delayed, and nothing it answers holds an API key or a session cookie.

    GET    /__fake__                       what the fake holds (keys without their values) and the endpoints
    GET    /__fake__/creators              the creators
    POST   /__fake__/creators              add or replace one: {"unique_id": "x", "is_live": false, ...}
    PATCH  /__fake__/creators/{unique_id}  change one: {"is_live": false} (or title, current_viewers, ...)
    POST   /__fake__/keys                  add a key: {"key": "k", "plan": "Basic", "limits": {...}, "blocked": false}
    POST   /__fake__/keys/block            {"key": "k", "blocked": true}
    POST   /__fake__/keys/revoke           {"key": "k"}
    POST   /__fake__/faults                queue a fault: {"kind": "status", "status": 429, "operation": ...}
    DELETE /__fake__/faults                drop every queued fault
    POST   /__fake__/latency               {"seconds": 0.2, "operation": "room_info", "layout": "rest"}
    GET    /__fake__/requests              the recorded requests, secrets redacted (?operation=room_info)
    DELETE /__fake__/requests              forget them
    DELETE /__fake__/rate-limits           every key's windows start afresh
    POST   /__fake__/reset                 faults, latency, recorded requests and rate limits back to the start
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from typing import Any, Protocol, cast, get_args

import httpx

from ._data import DEFAULT_LIMITS, PLANS, Creator, Plan, RateLimits
from ._records import ApiKey, RecordedRequest, RetryStyle


class FakeEulerService(Protocol):
    """What the admin API drives of a `FakeEulerService` (`_service.py`, which hands its admin requests here):
    the methods a Python test calls, and the state the overview shows."""

    strict: bool
    latency: float
    _latencies: dict[str, float]

    @property
    def creators(self) -> dict[str, Creator]: ...
    @property
    def keys(self) -> dict[str, ApiKey]: ...
    @property
    def requests(self) -> list[RecordedRequest]: ...
    def requests_for(self, *args: Any, **kwargs: Any) -> Any: ...
    def creator(self, *args: Any, **kwargs: Any) -> Any: ...
    def add_creator(self, *args: Any, **kwargs: Any) -> Any: ...
    def add_key(self, *args: Any, **kwargs: Any) -> Any: ...
    def block_key(self, *args: Any, **kwargs: Any) -> Any: ...
    def revoke_key(self, *args: Any, **kwargs: Any) -> Any: ...
    def fail_next(self, *args: Any, **kwargs: Any) -> Any: ...
    def drop_next(self, *args: Any, **kwargs: Any) -> Any: ...
    def stall_next(self, *args: Any, **kwargs: Any) -> Any: ...
    def error_body_next(self, *args: Any, **kwargs: Any) -> Any: ...
    def clear_faults(self, *args: Any, **kwargs: Any) -> Any: ...
    def clear_requests(self, *args: Any, **kwargs: Any) -> Any: ...
    def set_latency(self, *args: Any, **kwargs: Any) -> Any: ...
    def reset_rate_limits(self, *args: Any, **kwargs: Any) -> Any: ...


__all__ = ["ADMIN_PREFIX", "admin_response", "is_admin_path"]

ADMIN_PREFIX = "/__fake__"

_FAULT_KINDS = ("status", "reset", "disconnect", "connect", "stall", "error-body")
_CREATOR_FIELDS = frozenset(field.name for field in dataclasses.fields(Creator)) - {"cover_image"}
_CREATOR_TYPES = {name: type(getattr(Creator("sample", "1"), name)) for name in _CREATOR_FIELDS}
_STYLES = get_args(RetryStyle)
_ENDPOINTS = [
    line.strip() for line in (__doc__ or "").splitlines() if line.strip().startswith(("GET", "POST", "PATCH", "DELETE"))
]


class _AdminError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.headers = headers or {}


def is_admin_path(path: str) -> bool:
    return path == ADMIN_PREFIX or path.startswith(ADMIN_PREFIX + "/")


def admin_response(service: FakeEulerService, request: httpx.Request) -> httpx.Response:
    """The admin API's answer to `request` (a path under `/__fake__`)."""
    parts = [part for part in request.url.path[len(ADMIN_PREFIX) :].split("/") if part]
    method = request.method.upper()
    try:
        status, body = _route(service, request, method, parts)
    except _AdminError as error:
        return httpx.Response(error.status, json={"error": str(error)}, headers=error.headers)
    except (ValueError, KeyError, TypeError) as error:
        message = str(error.args[0]) if isinstance(error, KeyError) and error.args else str(error)
        return httpx.Response(400, json={"error": message})
    return httpx.Response(status, json=body)


def _route(service: FakeEulerService, request: httpx.Request, method: str, parts: list[str]) -> tuple[int, Any]:
    handlers: dict[tuple[str, ...], dict[str, Callable[[], tuple[int, Any]]]] = {
        (): {"GET": lambda: (200, _overview(service))},
        ("creators",): {
            "GET": lambda: (200, {"creators": [_creator(c) for c in service.creators.values()]}),
            "POST": lambda: _add_creator(service, _body(request)),
        },
        ("keys",): {"POST": lambda: _add_key(service, _body(request))},
        ("keys", "block"): {"POST": lambda: _block_key(service, _body(request))},
        ("keys", "revoke"): {"POST": lambda: _revoke_key(service, _body(request))},
        ("faults",): {
            "POST": lambda: _queue_fault(service, _body(request)),
            "DELETE": lambda: _done(service.clear_faults),
        },
        ("latency",): {"POST": lambda: _latency(service, _body(request))},
        ("requests",): {
            "GET": lambda: (200, _requests(service, request.url.params.get("operation"))),
            "DELETE": lambda: _done(service.clear_requests),
        },
        ("rate-limits",): {"DELETE": lambda: _done(service.reset_rate_limits)},
        ("reset",): {"POST": lambda: _done(lambda: _reset(service))},
    }
    if len(parts) == 2 and parts[0] == "creators":
        handlers[tuple(parts)] = {"PATCH": lambda: _update_creator(service, parts[1], _body(request))}
    methods = handlers.get(tuple(parts))
    if methods is None:
        raise _AdminError(404, f"The fake's admin API has no {request.url.path}; GET {ADMIN_PREFIX} lists it.")
    handler = methods.get(method)
    if handler is None:
        allowed = ", ".join(methods)
        raise _AdminError(405, f"{request.url.path} takes {allowed}, not {method}.", {"Allow": allowed})
    return handler()


# -- reading -----------------------------------------------------------------------------------------


def _overview(service: FakeEulerService) -> dict[str, Any]:
    keys = [
        {"plan": key.plan, "limits": {"minute": key.minute, "hour": key.hour, "day": key.day}, "blocked": key.blocked}
        for key in service.keys.values()
    ]
    return {
        "strict": service.strict,
        "latency": service.latency,
        "keys": keys,  # without their values: the admin API never answers with a secret
        "creators": [_creator(creator) for creator in service.creators.values()],
        "endpoints": _ENDPOINTS,
    }


def _creator(creator: Creator) -> dict[str, Any]:
    return {name: getattr(creator, name) for name in sorted(_CREATOR_FIELDS)}


def _requests(service: FakeEulerService, operation: str | None) -> dict[str, Any]:
    recorded = service.requests if operation is None else service.requests_for(operation)
    return {"requests": [dataclasses.asdict(item) for item in recorded]}


# -- changing ----------------------------------------------------------------------------------------


def _body(request: httpx.Request) -> dict[str, Any]:
    if not request.content.strip():
        return {}
    try:
        body = json.loads(request.content)
    except ValueError:
        raise _AdminError(400, "The body is not valid JSON.") from None
    if not isinstance(body, dict):
        raise _AdminError(400, "The body must be a JSON object.")
    return body


def _field(body: dict[str, Any], name: str, kind: type | tuple[type, ...], default: Any = None) -> Any:
    value = body.get(name, default)
    if value is None:
        return default
    kinds = kind if isinstance(kind, tuple) else (kind,)
    if isinstance(value, bool) and bool not in kinds:
        raise _AdminError(400, f"The {name} field has the wrong type.")
    if not isinstance(value, kinds):
        raise _AdminError(400, f"The {name} field has the wrong type.")
    return value


def _required(body: dict[str, Any], name: str, kind: type | tuple[type, ...]) -> Any:
    value = _field(body, name, kind)
    if value is None or value == "":
        raise _AdminError(400, f"The {name} field is required.")
    return value


def _done(action: Callable[[], None]) -> tuple[int, Any]:
    action()
    return 200, {"ok": True}


def _add_creator(service: FakeEulerService, body: dict[str, Any]) -> tuple[int, Any]:
    unique_id = _required(body, "unique_id", str)
    unknown = set(body) - _CREATOR_FIELDS
    if unknown:
        raise _AdminError(400, f"Unknown creator fields: {', '.join(sorted(unknown))}.")
    _check_types({name: value for name, value in body.items() if name != "room_id"})
    fields = {name: value for name, value in body.items() if name not in ("unique_id", "room_id", "is_live")}
    room_id = _field(body, "room_id", (str, int))
    creator = service.add_creator(
        unique_id,
        None if room_id is None else str(room_id),
        is_live=_field(body, "is_live", bool, True),
        **fields,
    )
    return 201, _creator(creator)


def _update_creator(service: FakeEulerService, unique_id: str, body: dict[str, Any]) -> tuple[int, Any]:
    try:
        creator = service.creator(unique_id)
    except KeyError:
        raise _AdminError(404, f"The fake knows no creator @{unique_id[:64]}.") from None
    unknown = set(body) - (_CREATOR_FIELDS - {"unique_id", "room_id"})
    if unknown:
        raise _AdminError(400, f"These creator fields cannot be changed: {', '.join(sorted(unknown))}.")
    _check_types(body)
    for name, value in body.items():
        setattr(creator, name, value)
    return 200, _creator(creator)


def _check_types(fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        wanted = _CREATOR_TYPES[name]
        if type(value) is not wanted:
            raise _AdminError(400, f"The {name} field must be a {'boolean' if wanted is bool else wanted.__name__}.")


def _plan(body: dict[str, Any]) -> Plan:
    plan = _field(body, "plan", str, "Enterprise")
    for known in PLANS:
        if plan.lower() == known.lower():
            return known
    raise _AdminError(400, f"Unknown plan {plan[:32]!r}; use one of {', '.join(PLANS)}.")


def _add_key(service: FakeEulerService, body: dict[str, Any]) -> tuple[int, Any]:
    key = _required(body, "key", str)
    plan = _plan(body)
    limits = None
    given = _field(body, "limits", dict)
    if given is not None:
        defaults = DEFAULT_LIMITS[plan]
        windows = {"minute": defaults.minute, "hour": defaults.hour, "day": defaults.day}
        for name, value in given.items():
            if name not in windows or not (value is None or (isinstance(value, int) and not isinstance(value, bool))):
                raise _AdminError(400, "limits takes minute, hour and day: whole numbers, or null for no limit.")
            windows[name] = value
        limits = RateLimits(**windows)
    added = service.add_key(key, plan, limits=limits, blocked=_field(body, "blocked", bool, False))
    limits_out = {"minute": added.minute, "hour": added.hour, "day": added.day}
    return 201, {"plan": added.plan, "limits": limits_out, "blocked": added.blocked}


def _block_key(service: FakeEulerService, body: dict[str, Any]) -> tuple[int, Any]:
    service.block_key(_required(body, "key", str), _field(body, "blocked", bool, True))
    return 200, {"ok": True}


def _revoke_key(service: FakeEulerService, body: dict[str, Any]) -> tuple[int, Any]:
    service.revoke_key(_required(body, "key", str))
    return 200, {"ok": True}


def _queue_fault(service: FakeEulerService, body: dict[str, Any]) -> tuple[int, Any]:
    kind = _field(body, "kind", str, "status")
    if kind not in _FAULT_KINDS:
        raise _AdminError(400, f"kind must be one of {', '.join(_FAULT_KINDS)}, not {kind[:32]!r}.")
    operation = _field(body, "operation", str)
    times = _field(body, "times", int, 1)
    layout = _field(body, "layout", str)
    style = _field(body, "style", str, "all")
    if style not in _STYLES:
        raise _AdminError(400, f"style must be one of {', '.join(_STYLES)}, not {style[:32]!r}.")
    if kind == "status":
        service.fail_next(
            operation,
            _field(body, "status", int, 500),
            times=times,
            retry_after=_field(body, "retry_after", (int, float)),
            style=style,
            message=_field(body, "message", str),
            limit_label=_field(body, "limit_label", str),
            use_error_field=_field(body, "use_error_field", bool, False),
            layout=layout,
        )
    elif kind == "error-body":
        code = _field(body, "status", int, 403)
        service.error_body_next(operation, code, message=_field(body, "message", str), times=times, layout=layout)
    elif kind == "stall":
        seconds = float(_field(body, "seconds", (int, float), 30.0))
        service.stall_next(operation, seconds, times=times, layout=layout)
    else:
        service.drop_next(operation, times=times, mode=cast("Any", kind), layout=layout)
    return 201, {"queued": {"kind": kind, "operation": operation or "*", "times": times, "layout": layout}}


def _latency(service: FakeEulerService, body: dict[str, Any]) -> tuple[int, Any]:
    seconds = float(_required(body, "seconds", (int, float)))
    if not 0 <= seconds <= 3600:
        raise _AdminError(400, "seconds must be between 0 and 3600.")
    service.set_latency(seconds, _field(body, "operation", str), layout=_field(body, "layout", str))
    return 200, {"ok": True}


def _reset(service: FakeEulerService) -> None:
    service.clear_faults()
    service.clear_requests()
    service.reset_rate_limits()
    service.set_latency(0.0)
    service._latencies.clear()
