"""FakeEulerService: an in-memory, scriptable model of the Euler Stream TikTok LIVE API."""

from __future__ import annotations

import contextlib
import email.parser
import email.policy
import email.utils
import hashlib
import json
import math
import secrets
import string
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import anyio
import httpx

from ._accounts import Account, AccountStore, ParsedRequest
from ._admin import admin_response, is_admin_path
from ._data import DEFAULT_COVER_IMAGE, DEFAULT_LIMITS, PLANS, Creator, Plan, RateLimits, default_creators
from ._limits import RateLimiter, WindowRecord
from ._problem import _Problem
from ._proto import WebcastMessage, chat_message_payload, encode_fetch_result, room_message_payload
from ._records import (
    ApiKey,
    ChatMessage,
    DropMode,
    FetchRecord,
    RecordedRequest,
    RetryStyle,
    SignedUrlRecord,
    redact_headers,
    redact_json,
    redact_query,
)
from ._rest import flat_request
from ._schema import _flat, allows_null, conform, problem
from ._spec import (
    Layout,
    Operation,
    Parameter,
    Route,
    catalog_operation,
    client_method,
    load_rest_spec,
    load_spec,
    resolve,
    route,
)
from ._spec import operation_name as _operation_name

__all__ = ["FakeEulerService"]

_ANONYMOUS = "<anonymous>"
_MAX_BODY = 1 << 20
_COUNTRIES = frozenset({"DE", "ES", "FR", "GB", "PL", "US"})
_PLATFORMS = frozenset({"mobile", "web"})
_STREAM_TYPES = frozenset({"hls_ld", "hls_sd", "flv_ld", "flv_sd"})
_SIGN_METHODS = frozenset({"GET", "POST", "OPTIONS", "PUT", "DELETE", "PATCH", "HEAD"})
_SIGN_TYPES = frozenset({"fetch", "xhr"})
_SIGNATURE_PARAMS = ("msToken", "X-Bogus", "_signature")
_CHAT_LIMIT = 150
_BULK_LIMIT = 50  # user ids per bulk live check, unless the spec's schema sets maxItems
_DEFAULT_USER_AGENT = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
)
_PUSH_SERVER = "wss://webcast-ws.tiktok.com/webcast/im/ws_proxy/ws_reuse_supplement/"
_TOKEN_ALPHABET = string.ascii_letters + string.digits

_STATUS_MESSAGES = {
    400: "The request is malformed.",
    401: "The API key is missing, unknown or revoked.",
    402: "Your plan does not include this operation. Upgrade your plan to use it.",
    403: "This API key has been blocked. Contact Euler Stream support to restore access.",
    404: "The requested TikTok user or room does not exist.",
    429: "You have hit a rate limit of your plan. Wait for the window to reset before retrying.",
    500: "The sign server failed to process the request. Please try again.",
    503: "No agents are available to serve the request right now. Please try again shortly.",
}


def _document(operation: Operation) -> dict[str, Any]:
    """The document the operation comes from: its schemas and `$ref`s live there."""
    return load_rest_spec() if operation.layout == "rest" else load_spec()


_SeedHandler = Callable[[httpx.Request, dict[str, str], ApiKey, Operation], httpx.Response]


def _counted(operation: Operation) -> bool:
    """Whether a call counts against the caller's rate limits: not one the catalog says is free (`quota: free` in
    spec/overrides.yaml: reading the limits, as the service does)."""
    described = catalog_operation(operation.layout, operation.operation_id)
    return described is None or described.counts_against_quota


@dataclass
class _Fault:
    operation: str | None
    remaining: int
    kind: Literal["status", "drop", "error-body", "stall"]
    status: int = 500
    retry_after: float | None = None
    style: RetryStyle = "all"
    message: str | None = None
    limit_label: str | None = None
    use_error_field: bool = False
    drop: DropMode = "disconnect"
    layout: Layout | None = None
    seconds: float = 0.0


def _clip(text: str, limit: int = 64) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _token(seed: str, length: int, alphabet: str = _TOKEN_ALPHABET) -> str:
    """A deterministic, realistic-looking token derived from `seed`."""
    out: list[str] = []
    counter = 0
    while len(out) < length:
        digest = hashlib.sha256(f"{seed}:{counter}".encode()).digest()
        out.extend(alphabet[byte % len(alphabet)] for byte in digest)
        counter += 1
    return "".join(out[:length])


def _seconds_header(seconds: float) -> str:
    """Whole seconds as HTTP wants them; a fractional wait is kept as a decimal so tests stay fast."""
    if seconds == int(seconds):
        return str(int(seconds))
    return f"{seconds:.3f}".rstrip("0")


def _reset_seconds(seconds: float, precise: bool) -> float:
    """A wait until a window resets, rounded UP so the hint is never earlier than the truth: to whole seconds as
    the real service gives them, or (`precise`, for scaled windows, where a minute may last 1 s) to milliseconds."""
    seconds = max(seconds, 0.0)
    return math.ceil(seconds * 1000) / 1000 if precise else float(math.ceil(seconds))


def _retry_headers(
    retry_after: float,
    style: RetryStyle,
    now: float,
    *,
    remaining: int = 0,
    precise: bool = False,
    reset_at: float | None = None,
) -> dict[str, str]:
    """The hints on a 429. `precise` (scaled windows) keeps the reset in milliseconds, rounded up, rather than
    whole seconds; an HTTP date has whole seconds either way. `reset_at`: the exact moment, when known."""
    reset_at = now + retry_after if reset_at is None else reset_at
    whole = max(math.ceil(retry_after), 0)
    headers: dict[str, str] = {}
    if style in ("all", "retry-after"):
        headers["Retry-After"] = _seconds_header(max(retry_after, 0.0))
    if style == "retry-after-date":
        headers["Retry-After"] = email.utils.formatdate(now + whole, usegmt=True)
    if style == "all":
        headers["RateLimit-Remaining"] = str(remaining)
    if style in ("all", "ratelimit-reset"):
        headers["RateLimit-Reset"] = _seconds_header(_reset_seconds(retry_after, precise)) if precise else str(whole)
    if style in ("all", "x-ratelimit-reset"):
        headers["X-RateLimit-Reset"] = (
            _seconds_header(_reset_seconds(reset_at, True)) if precise else str(math.ceil(reset_at))
        )
    return headers


def _coerce(raw: str, param: Parameter, root: Mapping[str, Any]) -> Any:
    """A query/path/header string read as the type its schema wants (left as is when it does not parse)."""
    schema = resolve(param.schema, root)
    kinds = schema.get("type") if isinstance(schema, dict) else None
    kinds = kinds if isinstance(kinds, list) else [kinds]
    lowered = raw.strip().lower()
    if "boolean" in kinds and lowered in ("true", "false"):
        return lowered == "true"
    if "integer" in kinds or "number" in kinds:
        with contextlib.suppress(ValueError):
            number = float(raw)
            if math.isfinite(number):
                return int(number) if number.is_integer() else number
    if "array" in kinds:
        return raw.split(",")
    return raw


def _form_fields(request: httpx.Request) -> dict[str, bool]:
    """The field names of a multipart/form-data body, each with whether it is a file (has a filename)."""
    head = f"Content-Type: {request.headers.get('content-type', '')}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + request.content)
    if not message.is_multipart():
        raise _Problem(400, "The request body is not valid multipart/form-data.")
    fields: dict[str, bool] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if isinstance(name, str):
            fields[name] = part.get_filename() is not None
    return fields


def _iso(timestamp: float | None, precise: bool = False) -> str | None:
    """ISO 8601 in UTC, rounded UP (never earlier than the truth): to whole seconds, or (`precise`) milliseconds."""
    if timestamp is None:
        return None
    if not precise:
        return datetime.fromtimestamp(math.ceil(timestamp), UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    millis = math.ceil(timestamp * 1000)
    moment = datetime.fromtimestamp(millis // 1000, UTC) + timedelta(milliseconds=millis % 1000)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class FakeEulerService:
    """An in-memory model of the Euler Stream TikTok LIVE API, for tests and offline demos.

    At its core is a stateful callable, `service(request) -> response`, over `httpx` objects. Use it as a
    transport (`service.transport()`, `service.async_transport()`) or as a real HTTP server on 127.0.0.1
    (`with service.serve() as base_url: ...`).

    Out of the box it knows two creators, `someone` (live) and `offline_creator` (not live), and accepts any
    non-empty API key as an Enterprise key. With `strict=True` only keys added with `add_key()` are accepted.

    It serves every operation of both API layouts it ships with, on one port and from one state: the flat
    paths (`openapi.json`, a copy of `openapi.yaml`) and the REST paths (`openapi-rest.json`, a copy of
    `openapi-rest.yaml`). The seed operations (and their REST twins) and the bulk live check answer from its
    creators; API keys, JWTs, alerts and alert targets from per-account state (`account(key)`); every other
    operation with made-up data that conforms to its 200 schema. Plans (`x-euler-plans`), credentials, rate
    limits (one budget per key across both layouts), faults, latency and recording apply to all. A fault or
    latency named by operation (`"room_id"`, `"RetrieveRoomId"`, a path) hits both layouts' twins; pass
    `layout="flat"` or `layout="rest"` to hit one.

    `time_scale` shrinks the rate-limit windows (0.05: a minute lasts 3 s), for tests of many windows.
    """

    def __init__(
        self,
        *,
        strict: bool = False,
        creators: list[Creator] | None = None,
        clock: Callable[[], float] = time.time,
        agent_id: str = "fake-agent-fra-01",
        time_scale: float = 1.0,
    ) -> None:
        self.strict = strict
        self.clock = clock
        self.agent_id = agent_id
        self.latency = 0.0
        """Seconds every answer waits (see also `set_latency()` per operation)."""
        self._latencies: dict[str, float] = {}
        self._lock = threading.RLock()
        self._creators: dict[str, Creator] = {}
        self._keys: dict[str, ApiKey] = {}
        self._faults: list[_Fault] = []
        self._limiter = RateLimiter(time_scale)
        self._requests: list[RecordedRequest] = []
        self._chats: list[ChatMessage] = []
        self._signed: list[SignedUrlRecord] = []
        self._fetches: list[FetchRecord] = []
        self._room_logs: dict[str, list[WebcastMessage]] = {}
        self._cursors: dict[str, int] = {}
        self._counter = 0
        self._revoked: set[str] = set()
        self._accounts = AccountStore(self, self._lock)
        # The seed operations, by the client method they serve in either layout (`client_method()`): they check
        # their own input (their messages are part of the fake's contract).
        self._seed_handlers: dict[str, _SeedHandler] = {
            "fetch_webcast_url": self._fetch,
            "rate_limits": self._rate_limits,
            "room_cover": self._room_cover,
            "room_id": self._room_id,
            "room_info": self._room_info,
            "room_video": self._room_video,
            "send_chat": self._chat,
            "sign_webcast_url": self._sign_url,
        }
        # Operations answered from state, by operationId: the known fields of a 200 answer.
        self._handlers: dict[str, Callable[[ParsedRequest], dict[str, Any]]] = {
            "RetrieveBulkLiveCheck": self._bulk_live_check,
            "RetrieveWebcastUserId": self._webcast_user_id,
            **self._accounts.handlers(),
        }
        self._salt = secrets.token_hex(8)  # log and request ids differ between service instances
        # Called with the clock before each answer: a LiveSchedule (_schedule.py) moves its creators live/offline.
        self.before_answer: list[Callable[[float], None]] = []
        for creator in default_creators() if creators is None else creators:
            self._add(creator)

    # ----------------------------------------------------------------------------------------- setup

    def add_creator(
        self, unique_id: str, room_id: str | None = None, *, is_live: bool = True, **fields: Any
    ) -> Creator:
        """Add (or replace) a creator; fields are those of `Creator` (title, current_viewers, ...)."""
        clean = unique_id.lstrip("@").lower()
        if room_id is None:
            room_id = str(7_300_000_000_000_000_000 + int(hashlib.sha256(clean.encode()).hexdigest()[:12], 16))
        return self._add(Creator(clean, room_id, is_live=is_live, **fields))

    def _add(self, creator: Creator) -> Creator:
        with self._lock:
            self._creators[creator.unique_id] = creator
            self._room_logs.setdefault(
                creator.room_id,
                [
                    WebcastMessage(
                        "WebcastRoomMessage",
                        room_message_payload(f"Welcome to {creator.nickname}'s LIVE!"),
                        msg_id=self._next_id(),
                    )
                ],
            )
        return creator

    def creator(self, unique_id: str) -> Creator:
        """The creator with this unique id (KeyError if the fake does not know them)."""
        with self._lock:
            return self._creators[unique_id.lstrip("@").lower()]

    @property
    def creators(self) -> dict[str, Creator]:
        with self._lock:
            return dict(self._creators)

    def set_live(self, unique_id: str, is_live: bool) -> None:
        self.creator(unique_id).is_live = is_live

    def add_key(
        self, key: str, plan: Plan = "Enterprise", *, limits: RateLimits | None = None, blocked: bool = False
    ) -> ApiKey:
        """Register a key on a plan (`Public`, `Basic`, `Pro`, `Enterprise`), with that plan's limits."""
        if plan not in PLANS:
            raise ValueError(f"Unknown plan {plan!r}; use one of {', '.join(PLANS)}.")
        if not key:
            raise ValueError("An API key cannot be empty.")
        chosen = DEFAULT_LIMITS[plan] if limits is None else limits
        api_key = ApiKey(key, plan, chosen.minute, chosen.hour, chosen.day, blocked=blocked)
        with self._lock:
            self._keys[key] = api_key
            self._revoked.discard(key)
        return api_key

    def block_key(self, key: str, blocked: bool = True) -> None:
        with self._lock:
            api_key = self._keys.get(key) or self.add_key(key)
            api_key.blocked = blocked

    def revoke_key(self, key: str) -> None:
        """Forget a key: later calls with it are answered 401, even when `strict` is off."""
        with self._lock:
            self._keys.pop(key, None)
            self._revoked.add(key)
        self._accounts.forget_key(key)

    def account(self, key: str) -> Account:
        """The account a key belongs to (its id goes in `/accounts/{account_id}/...` paths), opened on first
        use; keys and JWTs created through the API belong to the account of the key that created them."""
        with self._lock:
            found = self._keys.get(key)
            if found is None:
                if self.strict:
                    raise KeyError("A strict FakeEulerService does not know that key; add_key() it first.")
                found = self.add_key(key)
        return self._accounts.account_of(found)

    @property
    def keys(self) -> dict[str, ApiKey]:
        with self._lock:
            return dict(self._keys)

    def set_latency(self, seconds: float, operation: str | None = None, *, layout: Layout | None = None) -> None:
        """Delay answers by `seconds`: every answer, or only those of one operation (in both layouts, or in
        `layout` only)."""
        if layout not in (None, "flat", "rest"):
            raise ValueError(f"layout must be 'flat', 'rest' or None (both), not {layout!r}.")
        if operation is None:
            self.latency = seconds
        else:
            self._latencies[f"{layout or '*'}:{_operation_name(operation)}"] = seconds

    # ----------------------------------------------------------------------------------------- faults

    def fail_next(
        self,
        operation: str | None = None,
        status: int = 500,
        *,
        times: int = 1,
        retry_after: float | None = None,
        style: RetryStyle = "all",
        message: str | None = None,
        limit_label: str | None = None,
        use_error_field: bool = False,
        layout: Layout | None = None,
    ) -> None:
        """Answer the next `times` calls of `operation` (any operation if `None`) with an error status.

        An operation is named as `requests_for()` takes it; a flat operation and its REST twin share the name,
        so the fault hits whichever layout is called first unless `layout` (`"flat"` or `"rest"`) picks one.

        A 429 always carries `limit_label` (default `rate_limit_account_minute`) and rate-limit hints
        (`retry_after` defaults to 30 s). `style` picks the hint headers: `"all"` (Retry-After, RateLimit-
        Remaining, RateLimit-Reset, X-RateLimit-Reset) or just one form: `"retry-after"` (seconds),
        `"retry-after-date"` (an HTTP date), `"ratelimit-reset"` (seconds) or `"x-ratelimit-reset"` (unix
        time). Other statuses carry hints only when `retry_after` is given. `use_error_field` puts the text
        in `error` instead of `message`, as some real answers do.
        """
        if not 400 <= status <= 599:
            raise ValueError(f"fail_next() scripts error statuses (400-599), not {status}.")
        if status == 429:
            retry_after = 30.0 if retry_after is None else retry_after
            limit_label = limit_label or "rate_limit_account_minute"
        self._script(
            _Fault(
                self._fault_operation(operation),
                times,
                "status",
                status=status,
                retry_after=retry_after,
                style=style,
                message=message,
                limit_label=limit_label,
                use_error_field=use_error_field,
                layout=layout,
            )
        )

    def error_body_next(
        self,
        operation: str | None = None,
        code: int = 403,
        *,
        message: str | None = None,
        times: int = 1,
        layout: Layout | None = None,
    ) -> None:
        """Answer HTTP 200 with an error document (`{"code": 403, "message": ...}`, and `ok: false` where
        the operation has `ok`), as the real service sometimes does (`layout` as for `fail_next()`)."""
        fault = _Fault(self._fault_operation(operation), times, "error-body", status=code, message=message)
        self._script(replace(fault, layout=layout))

    def drop_next(
        self,
        operation: str | None = None,
        *,
        times: int = 1,
        mode: DropMode = "disconnect",
        layout: Layout | None = None,
    ) -> None:
        """Drop the connection instead of answering.

        Over HTTP the socket is closed without a response (`reset`: with a TCP RST); as a transport,
        `httpx.RemoteProtocolError` (`disconnect`), `httpx.ConnectError` (`connect`) or `httpx.ReadError`
        (`reset`) is raised. `layout` as for `fail_next()`.
        """
        if mode not in ("disconnect", "connect", "reset"):
            raise ValueError(f"mode must be 'disconnect', 'connect' or 'reset', not {mode!r}.")
        self._script(_Fault(self._fault_operation(operation), times, "drop", drop=mode, layout=layout))

    def stall_next(
        self, operation: str | None = None, seconds: float = 30.0, *, times: int = 1, layout: Layout | None = None
    ) -> None:
        """Hold the next `times` answers of `operation` (any if `None`) for `seconds` on top of any latency,
        then answer as usual: a client with a shorter read timeout times out (`layout` as for `fail_next()`).
        Applies where latency does (`handle()`, the transports, the HTTP server), not to `respond()`."""
        if not 0 <= seconds <= 3600:
            raise ValueError(f"A stall lasts 0 to 3600 seconds, not {seconds}.")
        self._script(_Fault(self._fault_operation(operation), times, "stall", seconds=seconds, layout=layout))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    @staticmethod
    def _fault_operation(operation: str | None) -> str | None:
        if operation is None or operation == "*":
            return None
        return _operation_name(operation)

    def _script(self, fault: _Fault) -> None:
        if fault.remaining < 1:
            raise ValueError("times must be at least 1.")
        if fault.layout not in (None, "flat", "rest"):
            raise ValueError(f"layout must be 'flat', 'rest' or None (both), not {fault.layout!r}.")
        with self._lock:
            self._faults.append(fault)

    def _take_fault(self, operation: Operation, *, stall: bool = False) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if (fault.kind == "stall") != stall:
                    continue
                if fault.operation in (None, operation.name) and fault.layout in (None, operation.layout):
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
                    return replace(fault)
        return None

    # ----------------------------------------------------------------------------------------- records

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request received, oldest first, with secrets redacted."""
        with self._lock:
            return list(self._requests)

    def requests_for(self, operation: str) -> list[RecordedRequest]:
        name = _operation_name(operation)
        return [request for request in self.requests if request.operation == name]

    @property
    def chat_messages(self) -> list[ChatMessage]:
        with self._lock:
            return list(self._chats)

    @property
    def signed_urls(self) -> list[SignedUrlRecord]:
        with self._lock:
            return list(self._signed)

    @property
    def fetch_results(self) -> list[FetchRecord]:
        with self._lock:
            return list(self._fetches)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    def rate_limit_windows(self, key: str, window: str = "minute") -> list[WindowRecord]:
        """The key's `window` windows (`minute`, `hour`, `day`) as this service counted them, oldest first: each
        one's start and reset, limit, requests answered and refused (429), and whether it has ended. Read-only; for
        measuring how much of a plan a client fleet used (`scripts/bench_budget.py`)."""
        with self._lock:
            return self._limiter.history(key, window, self.clock())

    def reset_rate_limits(self) -> None:
        """Start every key's windows afresh (the admin API's `DELETE /__fake__/rate-limits`, and part of
        `POST /__fake__/reset`)."""
        with self._lock:
            self._limiter.reset()

    # ----------------------------------------------------------------------------------------- entry points

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return self.handle(request)

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request (sleeping for the configured latency first)."""
        delay = self._delay(request)
        if delay > 0:
            time.sleep(delay)
        return self.respond(request)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        delay = self._delay(request)
        if delay > 0:
            await anyio.sleep(delay)
        return self.respond(request)

    def transport(self) -> httpx.MockTransport:
        """An httpx transport answering from this service, for `httpx.Client(transport=...)`."""
        return httpx.MockTransport(self.handle)

    def async_transport(self) -> httpx.MockTransport:
        """An httpx transport for `httpx.AsyncClient(transport=...)`; latency is awaited, not slept."""
        return httpx.MockTransport(self.handle_async)

    @contextlib.contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Serve over real HTTP in a background thread; yields the base URL (`http://127.0.0.1:PORT`)."""
        from ._server import FakeServer

        with FakeServer(self, host, port) as server:
            yield server.base_url

    def _delay(self, request: httpx.Request) -> float:
        if is_admin_path(request.url.path):
            return 0.0
        operation = route(request.method, request.url.path).operation
        if operation is None:
            return self.latency
        delay = self.latency
        for key in (f"{operation.layout}:{operation.name}", f"*:{operation.name}"):
            if key in self._latencies:
                delay = self._latencies[key]
                break
        stall = self._take_fault(operation, stall=True)
        return delay if stall is None else delay + stall.seconds

    def respond(self, request: httpx.Request) -> httpx.Response:
        """Answer one request without any latency. Raises `httpx.TransportError` for a scripted drop.

        Paths under `/__fake__/` are the admin API (docs/testing.md): answered here, never recorded, and no path
        of either API layout."""
        if is_admin_path(request.url.path):
            return admin_response(self, request)
        for hook in self.before_answer:
            hook(self.clock())
        query = {name: value for name, value in request.url.params.multi_items()}
        found = self._route(request, query)
        operation = found.operation
        body = request.content
        parsed_json: Any = None
        if body:
            with contextlib.suppress(ValueError):
                parsed_json = json.loads(body)
        record = RecordedRequest(
            method=request.method,
            path=request.url.path,
            query=redact_query(query),
            json=redact_json(parsed_json),
            headers=redact_headers(dict(request.headers)),
            operation=operation.name if operation else None,
            status=None,
            layout=operation.layout if operation else None,
        )
        try:
            response = self._answer(request, found, query)
        except httpx.TransportError:
            with self._lock:
                self._requests.append(record)
            raise
        with self._lock:
            self._requests.append(replace(record, status=response.status_code))
        return response

    # ----------------------------------------------------------------------------------------- dispatch

    def _route(self, request: httpx.Request, query: dict[str, str]) -> Route:
        """The route of a request; where both layouts have its method and path, the first operation whose
        document accepts the request (the flat one when neither does), with the other as a twin only if its
        document accepts the request too (the answer then conforms to both)."""
        found = route(request.method, request.url.path)
        if found.operation is None or not found.twins:
            return found
        accepted: list[Operation] = []
        for candidate in (found.operation, *found.twins):
            try:
                self._checked_request(request, candidate, found.path_params, query)
            except _Problem:
                continue
            accepted.append(candidate)
        if not accepted:
            return replace(found, twins=())
        return replace(found, operation=accepted[0], twins=tuple(accepted[1:]))

    def _answer(self, request: httpx.Request, found: Route, query: dict[str, str]) -> httpx.Response:
        operation = found.operation
        if operation is None:
            if found.allowed:
                allowed = ", ".join(found.allowed)
                path = _clip(request.url.path)
                problem = _Problem(
                    405, f"{path} does not support {request.method.upper()}; use {allowed}.", headers={"Allow": allowed}
                )
                return self._error(problem)
            return self._error(_Problem(404, f"There is no API route at {_clip(request.url.path)}."))
        fault = self._take_fault(operation)
        if fault is not None:
            return self._faulted(request, operation, fault)
        try:
            caller = self._authorize(request, operation, query)
            response = self._dispatch(request, operation, found.path_params, query, caller, found.twins)
            if _counted(operation):
                response.headers.update(self._limit_headers(caller))
            return response
        except _Problem as problem:
            return self._error(problem)
        except Exception:  # pragma: no cover - a bug in the fake must still answer like the service
            return self._error(_Problem(500, _STATUS_MESSAGES[500]))

    def _dispatch(
        self,
        request: httpx.Request,
        operation: Operation,
        path_params: dict[str, str],
        query: dict[str, str],
        caller: ApiKey,
        twins: tuple[Operation, ...] = (),
    ) -> httpx.Response:
        method = client_method(operation.layout, operation.operation_id)
        seed = None if method is None else self._seed_handlers.get(method)
        if seed is not None:
            if operation.layout == "rest":
                # The REST twin is the flat request in other clothes: one handler, one state for both. Its own
                # document's rules (enums, required fields) come first, then the seed handler's.
                self._checked_request(request, operation, path_params, query)
                request, query = flat_request(operation, request, path_params, query, self.creators)
            response = seed(request, query, caller, operation)
            if operation.layout == "rest" and "application/x-protobuf" in operation.answer_types:
                response.headers["Content-Type"] = "application/x-protobuf"
            return self._conforming_seed(operation, response)
        body = self._checked_request(request, operation, path_params, query)
        account = self._accounts.account_of(caller)
        call = ParsedRequest(operation, request, query, path_params, body, caller, account.id)
        handler = self._handlers.get(operation.operation_id)
        if handler is not None and "application/json" in operation.answer_types:
            return self._json(200, self._conforming(operation, handler(call), twins))
        return self._generic(operation, twins)

    def _conforming(self, operation: Operation, known: dict[str, Any], twins: tuple[Operation, ...] = ()) -> Any:
        """`known`, completed to conform to the operation's 200 JSON schema (and to its twins' in the other
        layout, which accept the same request at the same path)."""
        schema = operation.answer_types["application/json"]
        answer = conform(known, schema, _document(operation), operation.operation_id)
        for twin in twins:
            twin_schema = twin.answer_types.get("application/json")
            if twin_schema is None:
                continue
            # Made-up values of one document may break the other's enums: keep a merge only if both accept it.
            for first, second in ((operation, twin), (twin, operation)):
                both = known
                for each in (first, second):
                    both = conform(both, each.answer_types["application/json"], _document(each), each.operation_id)
                if not problem(both, schema, _document(operation), "") and not problem(
                    both, twin_schema, _document(twin), ""
                ):
                    answer = both
                    break
        return answer

    def _conforming_seed(self, operation: Operation, response: httpx.Response) -> httpx.Response:
        """A seed answer with any required field the spec has since added (an upstream change) filled in."""
        schema = operation.answer_types.get("application/json")
        if schema is None or response.headers.get("content-type") != "application/json":
            return response
        body = json.loads(response.content)
        if not isinstance(body, dict) or body.get("code", 200) != 200:
            return response  # an error document answered with HTTP 200
        fixed = conform(body, schema, _document(operation), operation.operation_id, optional=False)
        if fixed == body:
            return response
        headers = {name: value for name, value in response.headers.items() if name.lower() != "content-length"}
        return httpx.Response(response.status_code, json=fixed, headers=headers)

    def _generic(self, operation: Operation, twins: tuple[Operation, ...] = ()) -> httpx.Response:
        """An answer made up from the operation's 200 schema: JSON if it has one, else a few bytes."""
        if "application/json" in operation.answer_types or not operation.answer_types:
            schema = operation.answer_types.get("application/json")
            if schema is None:
                return httpx.Response(200, headers=self._meta_headers())
            known: dict[str, Any] = {
                "code": 200,
                "message": f"{operation.operation_id}: an answer made up by the fake service.",
            }
            if "ok" in (_flat(schema, _document(operation)).get("properties") or {}):
                known["ok"] = True  # a made-up `ok: false` would read as a failure
            return self._json(200, self._conforming(operation, known, twins))
        kind = next(iter(operation.answer_types))
        content = DEFAULT_COVER_IMAGE if kind.startswith("image/") else f"{operation.operation_id}\n".encode()
        headers = self._meta_headers()
        headers["Content-Type"] = kind if "*" not in kind else "application/octet-stream"
        return httpx.Response(200, content=content, headers=headers)

    def _checked_request(
        self, request: httpx.Request, operation: Operation, path_params: dict[str, str], query: dict[str, str]
    ) -> Any:
        """Check parameters and body against the spec (400 otherwise); returns the parsed JSON body or `None`."""
        root = _document(operation)
        for param in operation.parameters:
            if param.location == "path":
                raw: str | None = path_params.get(param.name)
            elif param.location == "query":
                raw = query.get(param.name)
            elif param.location == "header":
                raw = request.headers.get(param.name)
            else:
                continue
            if raw is None:
                if param.required:
                    raise _Problem(400, f"The {param.name} {param.location} parameter is required.")
                continue
            found = problem(_coerce(raw, param, root), param.schema, root, f"The {param.name} parameter")
            if found:
                raise _Problem(400, found)
        if not operation.body_types:
            return None
        if not request.content.strip():
            if operation.body_required:
                raise _Problem(400, "The request body is required.")
            return None
        kind = request.headers.get("content-type", "application/json").split(";", 1)[0].strip().lower()
        if kind == "multipart/form-data" and kind in operation.body_types:
            fields = _form_fields(request)
            form = operation.body_types[kind]
            for name in form.get("required") or []:
                if name not in fields:
                    raise _Problem(400, f"The {name} form field is required.")
            for name, sub in (form.get("properties") or {}).items():
                if name in fields and not fields[name] and resolve(sub, root).get("format") == "binary":
                    raise _Problem(400, f"The {name} form field must be a file upload.")
            return None
        schema = operation.body_types.get("application/json")
        if schema is None:
            if kind in operation.body_types:
                return None
            raise _Problem(400, f"Send the body as {' or '.join(operation.body_types)}, not {_clip(kind)}.")
        body = self._json_value(request)
        found = problem(body, schema, root, "The request body")
        if found:
            raise _Problem(400, found)
        return body

    def _bulk_live_check(self, call: ParsedRequest) -> dict[str, Any]:
        schema = call.operation.body_types.get("application/json", {})
        ids_schema = schema.get("properties", {}).get("user_numeric_ids", {})
        limit = int(ids_schema.get("maxItems", _BULK_LIMIT))
        ids = call.body.get("user_numeric_ids") if isinstance(call.body, dict) else None
        if not isinstance(ids, list) or not ids:
            raise _Problem(400, "The user_numeric_ids field is required: a list of numeric TikTok user ids.")
        if len(ids) > limit:
            raise _Problem(400, f"A bulk live check takes at most {limit} user ids; this one has {len(ids)}.")
        with self._lock:
            by_uid = {creator.numeric_uid: creator for creator in self._creators.values()}
        answer_schema = call.operation.answer_types.get("application/json", {})
        no_room = (
            None if allows_null(answer_schema, _document(call.operation), "response", "data", "*", "room_id") else ""
        )
        answers: dict[str, Any] = {}
        for raw in ids:
            creator = by_uid.get(str(raw).strip())
            live = creator is not None and creator.is_live
            answers[str(raw)] = {
                "is_live": live,
                "room_id": creator.room_id if creator is not None and live else no_room,
            }
        count = sum(1 for answer in answers.values() if answer["is_live"])
        return {"code": 200, "message": f"{count} of {len(answers)} users are live.", "response": {"data": answers}}

    def _webcast_user_id(self, call: ParsedRequest) -> dict[str, Any]:
        """The REST layout's handle lookup: the creator's numeric id (as the bulk live check knows it)."""
        creator = self._find_creator(call.path.get("unique_id", ""))
        return {"code": 200, "message": f"@{creator.unique_id}", "numeric_user_id": creator.numeric_uid}

    def _faulted(self, request: httpx.Request, operation: Operation, fault: _Fault) -> httpx.Response:
        if fault.kind == "drop":
            if fault.drop == "connect":
                raise httpx.ConnectError(
                    "[Errno 111] Connection refused (scripted by FakeEulerService)", request=request
                )
            if fault.drop == "reset":
                raise httpx.ReadError(
                    "[Errno 104] Connection reset by peer (scripted by FakeEulerService)", request=request
                )
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        if fault.kind == "error-body":
            body: dict[str, Any] = {
                "code": fault.status,
                "message": fault.message or _STATUS_MESSAGES.get(fault.status, "The request failed."),
            }
            if operation.name in ("room_id", "room_info"):
                body.update(ok=False, routes_attempted=[])
            if operation.name == "room_info":
                body["data"] = None
            if operation.name == "rate_limits":
                body["load_shedding"] = {"at": 0.9, "chance": 0.0}
            return self._json(200, body)
        headers: dict[str, str] = {}
        if fault.retry_after is not None:
            headers = _retry_headers(fault.retry_after, fault.style, self.clock())
        message = fault.message or _STATUS_MESSAGES.get(fault.status, f"The request failed with status {fault.status}.")
        return self._error(
            _Problem(
                fault.status,
                message,
                limit_label=fault.limit_label,
                headers=headers,
                use_error_field=fault.use_error_field,
            )
        )

    # ----------------------------------------------------------------------------------------- auth & limits

    def _authorize(self, request: httpx.Request, operation: Operation, query: dict[str, str]) -> ApiKey:
        key = request.headers.get("x-api-key", "").strip() or query.get("apiKey", "").strip()
        jwt = request.headers.get("x-jwt-key", "").strip()
        if not key and jwt:
            if not operation.jwt:
                raise _Problem(
                    401,
                    f"{operation.path} does not accept a JWT; send your API key in the x-api-key header.",
                )
            key = self._accounts.jwt_owner(jwt) or jwt
        with self._lock:
            if key in self._revoked:
                raise _Problem(401, _STATUS_MESSAGES[401])
            if not key:
                if not operation.anonymous:
                    raise _Problem(
                        401,
                        f"{operation.path} needs an API key; send it in the x-api-key header "
                        "(or the apiKey query parameter).",
                    )
                caller = ApiKey(_ANONYMOUS, "Public", *self._limits_of("Public"))
            else:
                found = self._keys.get(key)
                if found is None:
                    if self.strict:
                        raise _Problem(
                            401, "The API key you sent is not valid. Check it on your Euler Stream dashboard."
                        )
                    found = self.add_key(key, "Enterprise")
                caller = found
            if caller.blocked:
                raise _Problem(403, _STATUS_MESSAGES[403])
            if caller.plan not in operation.plans:
                needed = " or ".join(plan for plan in PLANS if plan in operation.plans)
                raise _Problem(
                    402,
                    f"Your {caller.plan} plan does not include {operation.path}; it needs the {needed} plan.",
                )
            if _counted(operation):
                self._consume(caller)
        return caller

    @staticmethod
    def _limits_of(plan: Plan) -> tuple[int | None, int | None, int | None]:
        limits = DEFAULT_LIMITS[plan]
        return limits.minute, limits.hour, limits.day

    @staticmethod
    def _windows(caller: ApiKey) -> dict[str, int | None]:
        return {"minute": caller.minute, "hour": caller.hour, "day": caller.day}

    def _consume(self, caller: ApiKey) -> None:
        now = self.clock()
        exhausted = self._limiter.consume(caller.key, self._windows(caller), now)
        if exhausted is None:
            return
        precise = self._precise
        wait = _reset_seconds(exhausted.reset_at - now, precise)
        scope = "ip" if caller.key == _ANONYMOUS else "account"
        raise _Problem(
            429,
            f"You have used all {exhausted.limit} requests of your {caller.plan} plan's "
            f"{exhausted.window} window. Try again in {_seconds_header(wait)} seconds.",
            limit_label=f"rate_limit_{scope}_{exhausted.window}",
            headers=_retry_headers(wait, "all", now, precise=precise, reset_at=exhausted.reset_at),
        )

    @property
    def _precise(self) -> bool:
        """Scaled windows (a minute may last 1 s) give resets in milliseconds; real-time ones in whole seconds."""
        return self._limiter.time_scale != 1

    def _limit_headers(self, caller: ApiKey) -> dict[str, str]:
        """The service's rate-limit headers on an answer: the window with the fewest requests left."""
        now = self.clock()
        with self._lock:
            states = self._limiter.state(caller.key, self._windows(caller), now)
        if not states:
            return {}
        tightest = min(states, key=lambda state: state.remaining)
        reset_in = 0.0 if tightest.reset_at is None else _reset_seconds(tightest.reset_at - now, self._precise)
        return {
            "RateLimit-Remaining": str(tightest.remaining),
            "RateLimit-Reset": _seconds_header(reset_in),
        }

    # ----------------------------------------------------------------------------------------- helpers

    def _next_id(self) -> int:
        with self._lock:
            self._counter += 1
            return 7_400_000_000_000_000_000 + self._counter

    def _meta_headers(self) -> dict[str, str]:
        with self._lock:
            self._counter += 1
            counter = self._counter
        stamp = time.strftime("%Y%m%d%H%M%S", time.gmtime(self.clock()))
        log_id = stamp + hashlib.sha256(f"log:{self._salt}:{counter}".encode()).hexdigest()[:18].upper()
        return {
            "X-Log-Id": log_id,
            "X-Agent-Id": self.agent_id,
            "X-Request-Id": f"req_{log_id[-12:].lower()}{counter}",
        }

    def _json(self, status: int, body: Any, headers: Mapping[str, str] | None = None) -> httpx.Response:
        merged = self._meta_headers()
        merged.update(headers or {})
        return httpx.Response(status, json=body, headers=merged)

    def error_response(self, status: int, message: str) -> httpx.Response:
        """An `ErrorResponse` answer with this service's headers (for adapters that refuse a request)."""
        return self._error(_Problem(status, message))

    def _error(self, problem: _Problem) -> httpx.Response:
        return self._json(problem.status, problem.body(), problem.headers)

    def _find_creator(self, unique_id: str) -> Creator:
        clean = unique_id.strip().lstrip("@").lower()
        with self._lock:
            creator = self._creators.get(clean)
        if creator is None:
            raise _Problem(404, f"The TikTok user @{_clip(clean)} does not exist or has no LIVE room.")
        return creator

    def _find_room(self, room_id: str) -> Creator:
        with self._lock:
            for creator in self._creators.values():
                if creator.room_id == room_id:
                    return creator
        raise _Problem(404, f"There is no TikTok LIVE room with the id {_clip(room_id)}.")

    @staticmethod
    def _unique_id(query: dict[str, str]) -> str:
        value = query.get("uniqueId", "").strip().lstrip("@")
        if not value:
            raise _Problem(400, "The uniqueId query parameter is required: the creator's TikTok username.")
        return value

    @staticmethod
    def _boolean(value: str, name: str) -> bool:
        lowered = value.strip().lower()
        if lowered in ("true", "1"):
            return True
        if lowered in ("false", "0"):
            return False
        raise _Problem(400, f"The {name} parameter must be true or false, not {_clip(value)!r}.")

    @staticmethod
    def _choice(value: str, name: str, allowed: frozenset[str], *, upper: bool = False) -> str:
        normal = value.strip().upper() if upper else value.strip().lower()
        if normal not in allowed:
            choices = ", ".join(sorted(allowed))
            raise _Problem(400, f"The {name} parameter must be one of {choices}, not {_clip(value)!r}.")
        return normal

    @staticmethod
    def _json_value(request: httpx.Request) -> Any:
        if len(request.content) > _MAX_BODY:
            raise _Problem(400, "The request body is larger than 1 MiB.")
        try:
            return json.loads(request.content)
        except ValueError:
            raise _Problem(400, "The request body is not valid JSON.") from None

    @staticmethod
    def _json_object(request: httpx.Request) -> dict[str, Any]:
        if len(request.content) > _MAX_BODY:
            raise _Problem(400, "The request body is larger than 1 MiB.")
        if not request.content.strip():
            raise _Problem(400, "The request body is empty; send a JSON object.")
        try:
            body = json.loads(request.content)
        except ValueError:
            raise _Problem(400, "The request body is not valid JSON.") from None
        if not isinstance(body, dict):
            raise _Problem(400, "The request body must be a JSON object.")
        return body

    @staticmethod
    def _optional_string(body: dict[str, Any], name: str, *, allow_number: bool = False) -> str | None:
        value = body.get(name)
        if value is None:
            return None
        if allow_number and isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            raise _Problem(400, f"The {name} field must be a string.")
        return value

    @classmethod
    def _required_string(cls, body: dict[str, Any], name: str, *, allow_number: bool = False) -> str:
        value = cls._optional_string(body, name, allow_number=allow_number)
        if value is None:
            raise _Problem(400, f"The {name} field is required.")
        return value

    @staticmethod
    def _bool_field(body: dict[str, Any], name: str) -> bool:
        value = body.get(name)
        if value is None:
            return False
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "false"):
            return value.lower() == "true"
        raise _Problem(400, f"The {name} field must be true or false.")

    # ----------------------------------------------------------------------------------------- operations

    def _rate_limits(
        self, request: httpx.Request, query: dict[str, str], caller: ApiKey, operation: Operation
    ) -> httpx.Response:
        now = self.clock()
        with self._lock:
            states = self._limiter.state(caller.key, self._windows(caller), now)
        who = "unauthenticated callers" if caller.key == _ANONYMOUS else "your API key"
        body: dict[str, Any] = {"code": 200, "message": f"The rate limits of {who} ({caller.plan} plan)."}
        for state in states:
            body[state.name] = {
                "max": state.limit,
                "remaining": state.remaining,
                "reset_at": _iso(state.reset_at, self._precise),
            }
        body["load_shedding"] = {"at": 0.9, "chance": 0.0}
        return self._json(200, body)

    def _room_id(
        self, request: httpx.Request, query: dict[str, str], caller: ApiKey, operation: Operation
    ) -> httpx.Response:
        creator = self._find_creator(self._unique_id(query))
        state = "is live" if creator.is_live else "is not live right now"
        body = {
            "code": 200,
            "message": f"@{creator.unique_id} {state}.",
            "ok": True,
            "routes_attempted": ["api", "web"],
            "is_live": creator.is_live,
            "room_id": creator.room_id,
        }
        return self._json(200, body)

    def _room_info(
        self, request: httpx.Request, query: dict[str, str], caller: ApiKey, operation: Operation
    ) -> httpx.Response:
        creator = self._find_creator(self._unique_id(query))
        room = {
            "status": creator.status,
            "is_live": creator.is_live,
            "id": creator.room_id,
            "cover_url": creator.cover_url,
            "title": creator.title,
            "start_time": creator.start_time,
            "current_viewers": creator.current_viewers if creator.is_live else 0,
            "total_viewers": creator.total_viewers,
            "hls_pull_url": creator.hls_pull_url,
            "flv_pull_url": creator.flv_pull_url,
            "hls_pull_url_ld": creator.hls_pull_url_ld,
            "flv_pull_url_ld": creator.flv_pull_url_ld,
        }
        user = {
            "unique_id": creator.unique_id,
            "avatar_url": creator.avatar_url,
            "nickname": creator.nickname,
            "sec_uid": creator.sec_uid,
            "numeric_uid": creator.numeric_uid,
            "signature": creator.signature,
            "is_verified": creator.is_verified,
            "following": creator.following,
            "followers": creator.followers,
        }
        if not creator.is_live:
            return self._offline_room_info(creator, user, operation)
        raw = {
            "id": int(creator.room_id),
            "id_str": creator.room_id,
            "status": creator.status,
            "title": creator.title,
            "create_time": creator.start_time,
            "user_count": room["current_viewers"],
            "stats": {"total_user": creator.total_viewers},
            "cover": {"url_list": [creator.cover_url]},
            "owner": {
                "id_str": creator.numeric_uid,
                "display_id": creator.unique_id,
                "nickname": creator.nickname,
                "sec_uid": creator.sec_uid,
                "avatar_thumb": {"url_list": [creator.avatar_url]},
                "follow_info": {"follower_count": creator.followers, "following_count": creator.following},
            },
            "stream_url": {
                "hls_pull_url": creator.hls_pull_url,
                "flv_pull_url": {"FULL_HD1": creator.flv_pull_url, "SD1": creator.flv_pull_url_ld},
            },
        }
        body = {
            "code": 200,
            "message": f"The room of @{creator.unique_id}.",
            "ok": True,
            "routes_attempted": ["api"],
            "data": {"unique_id": creator.unique_id, "room_info": room, "user": user, "raw": raw},
        }
        return self._json(200, body)

    def _offline_room_info(self, creator: Creator, user: dict[str, Any], operation: Operation) -> httpx.Response:
        """No room to describe: `data` is null, as the README says and the service answers. The REST layout's
        document has no null there: the creator alone, and `source: ALERTS` (the live check answered offline and
        no room was fetched)."""
        body: dict[str, Any] = {
            "code": 200,
            "message": f"@{creator.unique_id} is not live right now.",
            "ok": True,
            "routes_attempted": ["api"],
            "data": None,
        }
        schema = operation.answer_types.get("application/json", {})
        if not allows_null(schema, _document(operation), "data"):
            note = "The creator is not live: no room was fetched."
            body.update(
                source="ALERTS",
                detail={"reason": "no_live_profile"},
                data={"unique_id": creator.unique_id, "user": user, "raw": {"_note": note}},
            )
        return self._json(200, body)

    def _room_cover(
        self, request: httpx.Request, query: dict[str, str], caller: ApiKey, operation: Operation
    ) -> httpx.Response:
        creator = self._find_creator(self._unique_id(query))
        if not creator.is_live:
            message = f"@{creator.unique_id} is not live right now, so there is no LIVE cover to fetch."
            return self._json(200, {"code": 404, "message": message})
        headers = self._meta_headers()
        headers["Content-Type"] = "image/png"
        return httpx.Response(200, content=creator.cover_image, headers=headers)

    def _room_video(
        self, request: httpx.Request, query: dict[str, str], caller: ApiKey, operation: Operation
    ) -> httpx.Response:
        unique_id = self._unique_id(query)
        stream_type = self._choice(query.get("streamType", "hls_sd"), "streamType", _STREAM_TYPES)
        creator = self._find_creator(unique_id)
        if not creator.is_live:
            message = f"@{creator.unique_id} is not live right now, so there is no LIVE video to fetch."
            return self._json(200, {"code": 404, "message": message})
        if stream_type.startswith("hls"):
            source = creator.hls_pull_url if stream_type == "hls_sd" else creator.hls_pull_url_ld
            base = source.rsplit("/", 1)[0]
            lines = ["#EXTM3U", "#EXT-X-VERSION:3", "#EXT-X-TARGETDURATION:2", "#EXT-X-MEDIA-SEQUENCE:1"]
            for segment in range(1, 4):
                lines += ["#EXTINF:2.000,", f"{base}/segment-{segment}.ts"]
            content = ("\n".join(lines) + "\n").encode()
        else:
            # An FLV file header and an empty first tag size: the first bytes of a live FLV stream.
            content = b"FLV\x01\x05\x00\x00\x00\x09\x00\x00\x00\x00"
        headers = self._meta_headers()
        headers["Content-Type"] = "application/octet-stream"
        return httpx.Response(200, content=content, headers=headers)

    def _fetch(
        self, request: httpx.Request, query: dict[str, str], caller: ApiKey, operation: Operation
    ) -> httpx.Response:
        # The flat route serves unique_id to the Enterprise plan alone; the REST layout's own route for it lists
        # its own plans (checked by then).
        by_unique_id = operation.plans if operation.layout == "rest" else frozenset({"Enterprise"})
        if "client_enter" in query:
            self._boolean(query["client_enter"], "client_enter")
        if "country" in query:
            self._choice(query["country"], "country", _COUNTRIES, upper=True)
        if "platform" in query:
            self._choice(query["platform"], "platform", _PLATFORMS)
        room_id = query.get("room_id", "").strip()
        unique_id = query.get("unique_id", "").strip().lstrip("@")
        if room_id:
            if not room_id.isdigit():
                raise _Problem(400, f"The room_id parameter must be a numeric room id, not {_clip(room_id)!r}.")
            creator = self._find_room(room_id)
        elif unique_id:
            if caller.plan not in by_unique_id:
                raise _Problem(
                    402,
                    "Fetching by unique_id needs the Enterprise plan; "
                    f"your {caller.plan} plan can send room_id instead.",
                )
            creator = self._find_creator(unique_id)
        else:
            raise _Problem(400, "Send the room_id query parameter (or unique_id on the Enterprise plan).")
        if not creator.is_live:
            raise _Problem(
                404,
                f"@{creator.unique_id} is not live right now, so room {creator.room_id} has no webcast to fetch.",
            )
        request_cursor = query.get("cursor") or None
        now_ms = int(self.clock() * 1000)
        with self._lock:
            log = self._room_logs.setdefault(creator.room_id, [])
            start = self._cursors.get(request_cursor, 0) if request_cursor else 0
            messages = [replace(item, offset=index) for index, item in enumerate(log[start:], start)]
            self._counter += 1
            sequence = self._counter
            cursor = f"t-{now_ms}_r-{sequence}_d-1_u-1_h-1"
            self._cursors[cursor] = len(log)
        wrss = _token(f"wrss:{creator.room_id}:{sequence}", 43, _TOKEN_ALPHABET + "-_")
        internal_ext = (
            f"internal_src:dim|wss_push_room_id:{creator.room_id}|wss_push_did:7{sequence:018d}"
            f"|first_req_ms:{now_ms}|fetch_time:{now_ms}|seq:{sequence}|wss_info:0-{now_ms}-0-0"
            f"|wrds_v:{7_400_000_000_000_000_000 + sequence}"
        )
        payload = encode_fetch_result(
            cursor=cursor,
            internal_ext=internal_ext,
            fetch_interval=1000,
            now=now_ms,
            push_server=_PUSH_SERVER,
            route_params={"wrss": wrss},
            heartbeat_duration=10_000,
            needs_ack=True,
            is_first=request_cursor is None,
            messages=messages,
        )
        record = FetchRecord(creator.room_id, request_cursor, cursor, tuple(item.method for item in messages), payload)
        with self._lock:
            self._fetches.append(record)
        ttwid_hash = _token(cursor, 64, string.hexdigits[:16])
        ttwid = f"1%7C{_token('ttwid:' + creator.room_id, 43)}%7C{now_ms // 1000}%7C{ttwid_hash}"
        cookie = (
            f"ttwid={ttwid}; tt-target-idc=useast5; tt_csrf_token={_token('csrf' + cursor, 32)}; "
            f"msToken={_token('ms' + cursor, 107, _TOKEN_ALPHABET + '-_')}"
        )
        headers = self._meta_headers()
        headers.update(
            {
                "Content-Type": "application/octet-stream",
                "X-Set-TT-Cookie": cookie,
                "X-Room-Id": creator.room_id,
            }
        )
        return httpx.Response(200, content=payload, headers=headers)

    def _chat(
        self, request: httpx.Request, query: dict[str, str], caller: ApiKey, operation: Operation
    ) -> httpx.Response:
        body = self._json_object(request)
        content = self._required_string(body, "content")
        session_id = self._required_string(body, "sessionId")
        self._required_string(body, "ttTargetIdc")
        room_id = self._required_string(body, "roomId", allow_number=True)
        if not content.strip():
            raise _Problem(400, "The content field is empty; there is no chat message to send.")
        if len(content) > _CHAT_LIMIT:
            raise _Problem(400, f"Chat messages are limited to {_CHAT_LIMIT} characters; this one has {len(content)}.")
        if not session_id.strip():
            raise _Problem(400, "The sessionId field is empty; sending chat needs a logged-in TikTok session.")
        if not room_id.strip().isdigit():
            raise _Problem(400, f"The roomId field must be a numeric room id, not {_clip(room_id)!r}.")
        creator = self._find_room(room_id.strip())
        if not creator.is_live:
            raise _Problem(404, f"@{creator.unique_id} is not live right now, so room {creator.room_id} takes no chat.")
        msg_id = self._next_id()
        with self._lock:
            self._chats.append(ChatMessage(creator.room_id, creator.unique_id, content, msg_id))
            self._room_logs.setdefault(creator.room_id, []).append(
                WebcastMessage("WebcastChatMessage", chat_message_payload(content), msg_id)
            )
        answer = {
            "code": 200,
            "message": f"The chat message was sent to @{creator.unique_id}'s LIVE.",
            "data": {"status_code": 0, "data": {"msg_id": str(msg_id), "content": content}},
        }
        return self._json(200, answer)

    def _sign_url(
        self, request: httpx.Request, query: dict[str, str], caller: ApiKey, operation: Operation
    ) -> httpx.Response:
        body = self._json_object(request)
        url = self._required_string(body, "url")
        user_agent = self._optional_string(body, "userAgent") or _DEFAULT_USER_AGENT
        method = self._optional_string(body, "method") or "GET"
        method = self._choice(method, "method", _SIGN_METHODS, upper=True)
        kind = self._optional_string(body, "type")
        if kind is not None:
            self._choice(kind, "type", _SIGN_TYPES)
        for name in ("sessionId", "ttTargetIdc", "payload"):
            self._optional_string(body, name)
        browser_params = self._bool_field(body, "includeBrowserParams")
        verify_fp = self._bool_field(body, "includeVerifyFp")
        try:
            parts = urlsplit(url.strip())
            host = parts.hostname
        except ValueError:
            raise _Problem(400, f"The url field is not a valid URL: {_clip(url)!r}.") from None
        if parts.scheme not in ("http", "https") or not host:
            raise _Problem(400, f"The url field must be an absolute http(s) URL, not {_clip(url)!r}.")

        seed = f"{url}|{user_agent}|{method}"
        tokens = {
            "msToken": _token("msToken:" + seed, 107, _TOKEN_ALPHABET + "-_"),
            "X-Bogus": "DFSz" + _token("xbogus:" + seed, 24),
            "_signature": "_02B4Z6wo00001" + _token("signature:" + seed, 32, _TOKEN_ALPHABET + ".-"),
        }
        params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in _SIGNATURE_PARAMS]
        if browser_params:
            params += [
                ("browser_language", "en-US"),
                ("browser_name", "Mozilla"),
                ("browser_online", "true"),
                ("browser_platform", "Win32"),
                ("browser_version", user_agent.removeprefix("Mozilla/")),
                ("cookie_enabled", "true"),
                ("screen_height", "1080"),
                ("screen_width", "1920"),
                ("tz_name", "Europe/Berlin"),
            ]
        if verify_fp:
            tokens["verifyFp"] = "verify_" + _token("fp:" + seed, 40, string.ascii_lowercase + string.digits)
            params.append(("verifyFp", tokens["verifyFp"]))
        params += [(name, tokens[name]) for name in _SIGNATURE_PARAMS]
        signed = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(params), parts.fragment))
        browser_version = "131.0.0.0"
        if "Chrome/" in user_agent:
            browser_version = user_agent.split("Chrome/", 1)[1].split(" ", 1)[0] or browser_version
        cookies = [
            {
                "name": "ttwid",
                "value": f"1%7C{_token('ttwid:' + seed, 43)}%7C{int(self.clock())}",
                "domain": ".tiktok.com",
                "path": "/",
            },
            {"name": "msToken", "value": tokens["msToken"], "domain": ".tiktok.com", "path": "/"},
        ]
        record = SignedUrlRecord(url, signed, method, user_agent, query.get("client"))
        with self._lock:
            self._signed.append(record)
        answer = {
            "code": 200,
            "message": "The URL was signed.",
            "response": {
                "signedUrl": signed,
                "userAgent": user_agent,
                "browserName": "Chrome",
                "browserVersion": browser_version,
                "tokens": tokens,
                "requestHeaders": {
                    "User-Agent": user_agent,
                    "Referer": "https://www.tiktok.com/",
                    "Origin": "https://www.tiktok.com",
                    "Accept-Language": "en-US,en;q=0.9",
                },
                "cookies": cookies,
            },
        }
        return self._json(200, answer)
