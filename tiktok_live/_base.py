"""Everything the sync and async clients share: configuration, request building, retries, answers.

A call runs as a generator (`_BaseClient._flow`) that yields what to do next, a request to send,
seconds to sleep or a rate-limit budget step (`_budget/_flow.py`), and returns the raw response. The sync and
async clients only drive it (`_drive.py`), each with its table of I/O for those steps.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import logging
import os
import random
import re
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, Self, TypeVar

import httpx

from . import _logs, _retry
from ._auth import EulerAuth
from ._budget import _local as _budget
from ._budget._flow import CallBudget, CallStep, budget_from
from ._constants import (
    API_KEY_ENV_VARS,
    BASE_URL_ENV_VARS,
    DEFAULT_BASE_URL,
    DEFAULT_LAYOUT,
    DEFAULT_LIMITS,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_WAIT,
    DEFAULT_REST_BASE_URL,
    DEFAULT_TIMEOUT,
    LAYOUT_ENV_VAR,
)
from ._drive import Handlers
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    InvalidResponseError,
    ModelMismatch,
    RateLimitError,
    TikTokLiveError,
)
from ._pool import Outgoing, RequestTemplate, SentRequest
from ._response import RawResponse, answer_of_hook_error, error_code, json_body, status_error
from ._validation import clip, from_environment
from ._version import __version__

if TYPE_CHECKING:
    import inspect

    from ._calls import Call
    from ._operations import Layout

T = TypeVar("T")
HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)

logger = logging.getLogger("tiktok_live")

_PYTHON_VERSION = ".".join(map(str, sys.version_info[:3]))
USER_AGENT = f"tiktok-live/{__version__} (Python {_PYTHON_VERSION}; httpx {httpx.__version__})"


class NotGiven:
    """Marks an argument that was not passed, as opposed to one passed as None."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
TimeoutArg = float | httpx.Timeout | None


@dataclasses.dataclass(slots=True)
class RateLimitState:
    """What the last answer said about the rate limit. Fields are None until an answer says."""

    remaining: int | None = None
    reset_at: float | None = None
    limit_label: str | None = None


def _api_key_from(api_key: str | None) -> str | None:
    if api_key is not None:
        if not isinstance(api_key, str):
            raise TypeError(f"api_key must be a str, not {type(api_key).__name__}")
        if not api_key.strip():
            raise ValueError("api_key is empty: pass your Euler Stream API key, or leave it out and set EULER_API_KEY")
        return api_key.strip()
    for variable in API_KEY_ENV_VARS:
        value = os.environ.get(variable)
        if value is not None:
            if not value.strip():
                raise ValueError(f"the {variable} environment variable is empty: set it to your Euler Stream API key")
            return value.strip()
    return None


def _jwt_from(jwt: str | None) -> str | None:
    if jwt is None:
        return None
    if not isinstance(jwt, str):
        raise TypeError(f"jwt must be a str, not {type(jwt).__name__}")
    if not jwt.strip():
        raise ValueError("jwt is empty: pass the JWT issued by Euler Stream, or leave it out")
    return jwt.strip()


def _layout_from(layout: object) -> Layout:
    argument = "layout"
    if layout is None:
        layout, argument = from_environment([LAYOUT_ENV_VAR]) or (DEFAULT_LAYOUT, argument)
    if layout not in ("flat", "rest"):
        raise ValueError(
            f"{argument} must be 'flat' (tiktok.eulerstream.com) or 'rest' (api.eulerstream.com), "
            f"got {clip(str(layout))!r}"
        )
    return "rest" if layout == "rest" else "flat"


def _base_url_from(base_url: str | httpx.URL | None, layout: Layout = "flat") -> str:
    argument = "base_url"
    if base_url is None:
        default = DEFAULT_REST_BASE_URL if layout == "rest" else DEFAULT_BASE_URL
        base_url, argument = from_environment(BASE_URL_ENV_VARS) or (default, argument)
    if not isinstance(base_url, str | httpx.URL):
        raise TypeError(f"base_url must be a str, not {type(base_url).__name__}")
    try:
        url = httpx.URL(str(base_url))
    except httpx.InvalidURL as error:
        raise ValueError(f"{argument} is not a valid URL ({error}): {clip(str(base_url))!r}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"{argument} must be an http(s) URL such as {DEFAULT_BASE_URL}, got {clip(str(base_url))!r}")
    if url.path.rstrip("/").endswith("/webcast"):
        # Every operation's path starts with /webcast/ already: this would ask for /webcast/webcast/...
        raise ValueError(
            f"{argument} must be the service's root such as {DEFAULT_BASE_URL}, without the /webcast path; "
            f"got {clip(str(base_url))!r}"
        )
    return str(url).rstrip("/")


def _check_retry_settings(max_retries: object, max_retry_wait: object) -> None:
    if not isinstance(max_retries, int) or isinstance(max_retries, bool):
        raise TypeError(f"max_retries must be an int, not {type(max_retries).__name__}")
    if max_retries < 0:
        raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
    if not isinstance(max_retry_wait, int | float) or isinstance(max_retry_wait, bool):
        raise TypeError(f"max_retry_wait must be a number of seconds, not {type(max_retry_wait).__name__}")
    if max_retry_wait < 0:
        raise ValueError(f"max_retry_wait must be 0 or more, got {max_retry_wait}")


def _check_timeout(timeout: object) -> None:
    if (timeout is not None and not isinstance(timeout, int | float | httpx.Timeout)) or isinstance(timeout, bool):
        raise TypeError(f"timeout must be seconds, an httpx.Timeout or None, not {type(timeout).__name__}")
    # httpx accepts 0 and negative numbers and then fails every request with its own words.
    if isinstance(timeout, int | float) and not timeout > 0:
        raise ValueError(f"timeout must be more than 0 seconds (or None for no timeout), got {timeout}")


def _proxy_for(base_url: str) -> str | None:
    """The proxy the environment sets for `base_url` (as httpx reads it), without credentials, or None."""
    url = httpx.URL(base_url)
    proxies = urllib.request.getproxies()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass(url.host):
        return None
    try:
        parsed = httpx.URL(proxy if "://" in proxy else f"http://{proxy}")
    except httpx.InvalidURL:
        return None
    return _proxy_url(parsed.scheme, parsed.host, parsed.port)


def client_proxy_url(http: httpx.Client | httpx.AsyncClient, base_url: str, *, credentials: bool = False) -> str | None:
    """The proxy a user's httpx client sends `base_url` through (`proxy=`, `mounts=`), or None; its credentials
    only with `credentials` (to connect through it, never for a message). It reads httpx's and httpcore's
    private attributes, so anything unexpected means "no proxy known"."""
    try:
        pool = getattr(http._transport_for_url(httpx.URL(base_url)), "_pool", None)
        url = getattr(pool, "_proxy_url", None)
        if url is None:
            return None
        userinfo = _proxy_userinfo(pool) if credentials else ""
        return _proxy_url(url.scheme.decode(), url.host.decode(), url.port, userinfo)
    except Exception:  # only a better message or the live-events proxy is at stake
        return None


def _proxy_url(scheme: str, host: str, port: int | None, userinfo: str = "") -> str:
    """A proxy's URL as messages show it and websockets takes it: `scheme://[userinfo]host[:port]`."""
    return f"{scheme}://{userinfo}{host}" + (f":{port}" if port else "")


def _proxy_userinfo(pool: object) -> str:
    """`user:password@` of an httpcore proxy pool (HTTP: its Proxy-Authorization header; SOCKS: its auth)."""
    import base64
    from urllib.parse import quote

    auth = getattr(pool, "_proxy_auth", None)
    if isinstance(auth, tuple) and len(auth) == 2:
        user, password = (part.decode() if isinstance(part, bytes) else str(part) for part in auth)
    else:
        headers = dict(getattr(pool, "_proxy_headers", None) or [])
        value = headers.get(b"Proxy-Authorization") or headers.get(b"proxy-authorization")
        if not value or not value.startswith(b"Basic "):
            return ""
        user, _, password = base64.b64decode(value[6:]).decode().partition(":")
    return f"{quote(user, safe='')}:{quote(password, safe='')}@"


class _OwnPool:
    """What every request through the client's own pool shares, prepared once from a request the httpx client
    itself built (its `build_request`, then the auth): the origin and the headers (Host, Accept,
    Accept-Encoding, Connection, User-Agent, the default headers, the key and the JWT) in `template`, and the
    base URL's path. `valid` turns False for good once the httpx client's headers, cookies or timeout may have
    been changed (through `client.generated`): requests are then built by httpx each time."""

    __slots__ = ("prefix", "template", "valid")

    def __init__(self, request: httpx.Request) -> None:
        self.template = RequestTemplate(request)
        self.prefix = request.url.raw_path.decode("ascii").rstrip("/")
        self.valid = True


# Characters `quote_plus` leaves as they are.
_UNQUOTED = re.compile(r"[A-Za-z0-9_.~-]*").fullmatch


def _query(params: dict[str, Any]) -> str:
    """The query string httpx encodes `params` as (`str(httpx.QueryParams(params))`, which ends in
    `urlencode`): with string values, `urlencode`'s own `quote_plus` on each name and value that needs it."""
    parts = []
    for name, value in params.items():
        if type(value) is not str or type(name) is not str:
            return str(httpx.QueryParams(params))
        if not _UNQUOTED(name):
            name = urllib.parse.quote_plus(name)
        parts.append(f"{name}={value if _UNQUOTED(value) else urllib.parse.quote_plus(value)}")
    return "&".join(parts)


def _said(reason: str, error: APIStatusError | None) -> str:
    """A retry's cause for people: "the service's 429 (rate_limit_account_minute)", "status 503", ..."""
    if isinstance(error, RateLimitError):
        label = f" ({error.limit_label})" if error.limit_label else ""
        return f"the service's 429{label}"
    return reason


def _request_of(error: httpx.HTTPError) -> httpx.Request | None:
    try:
        return error.request
    except RuntimeError:  # raised when the error was not tied to a request
        return None


class _ConstructorSignature:
    """`inspect.signature()` and `help()` of a client class show `__init__`'s keyword parameters, which the
    `__new__` below (there for a clear message on positional arguments) would hide behind `(*args, **kwargs)`.
    Computed on access, so importing the client does not import `inspect`."""

    def __get__(self, instance: object, owner: type) -> inspect.Signature:
        import inspect  # only when someone asks for a signature

        signature = inspect.signature(vars(owner).get("__init__") or _BaseClient.__init__)
        parameters = list(signature.parameters.values())[1:]
        return signature.replace(parameters=parameters, return_annotation=inspect.Signature.empty)


class _BaseClient(Generic[HttpClientT]):
    _http: HttpClientT
    __signature__ = _ConstructorSignature()
    # False on the twin `check_live` uses: a 429 is raised at once, and the batch pauses as a whole.
    _retry_rate_limits = True

    _http_client_type: type[HttpClientT]

    def __new__(cls, *args: object, **kwargs: object) -> Self:
        if args:  # otherwise Python's own message names _BaseClient.__init__
            raise TypeError(
                f"{cls.__name__}() takes keyword arguments only: {cls.__name__}(api_key=...), or leave the key out "
                "and set EULER_API_KEY"
            )
        return super().__new__(cls)

    def __init__(
        self,
        *,
        api_key: str | None = None,
        jwt: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        default_headers: Mapping[str, str] | None = None,
        api_key_in_query: bool = False,
        http_client: HttpClientT | None = None,
        rate_limiter: _budget.RateLimiterArg | Literal[False] = None,
        layout: Layout | None = None,
        sleep: Callable[[float], Any] | None = None,
    ) -> None:
        """Arguments left out come from the environment: the key from `EULER_API_KEY` (or `SIGN_API_KEY`), the
        base URL from `EULER_BASE_URL` (or `SIGN_API_URL`), else https://tiktok.eulerstream.com. The key is sent
        in the `x-api-key` header; `api_key_in_query=True` sends it as `?apiKey=` instead (it then shows in URLs
        and server logs). `http_client` brings your own `httpx.Client` / `httpx.AsyncClient` (proxies, mounts,
        event hooks); it is used as it is and not closed by `close()`. `rate_limiter` is the key's request budget:
        left out, `EULER_RATE_LIMIT_URL` (a `redis://` URL, shared by every process using it) or else one
        in this process; a URL, a `LocalBudget` / `RedisBudget`, or False for none. `layout` picks the API's
        paths: "flat" (the default: /webcast/room_id, ... on https://tiktok.eulerstream.com) or "rest"
        (/webcast/anchors/{id}/room_id, ... on https://api.eulerstream.com); left out, `EULER_API_LAYOUT`.
        `sleep(seconds)` is how the client waits before a retry or for the rate-limit budget (an async function
        on the async client): tests pass one that returns at once; left out, `time.sleep` / `asyncio.sleep`."""
        _logs.install()
        _check_retry_settings(max_retries, max_retry_wait)
        if not isinstance(timeout, NotGiven):
            _check_timeout(timeout)
        expected = self._http_client_type
        if http_client is not None and not isinstance(http_client, expected):
            raise TypeError(f"http_client must be an {expected.__module__}.{expected.__name__}")
        if default_headers is not None and not isinstance(default_headers, Mapping):
            raise TypeError("default_headers must be a mapping of header names to values")
        if sleep is not None and not callable(sleep):
            raise TypeError(f"sleep must be a function of the seconds to wait, not {type(sleep).__name__}")
        api_key = _api_key_from(api_key)
        self._api_key_configured = api_key is not None
        self._auth = EulerAuth(api_key, _jwt_from(jwt), api_key_in_query=api_key_in_query)
        self.layout: Layout = _layout_from(layout)
        self.base_url = _base_url_from(base_url, self.layout)
        self.max_retries = max_retries
        self.max_retry_wait = float(max_retry_wait)
        self.rate_limit = RateLimitState()
        self._budget: CallBudget | None = budget_from(rate_limiter, api_key)
        # A limiter built here from a URL is closed by close(); one passed in belongs to the caller.
        self._owns_budget = not isinstance(rate_limiter, _budget.BudgetLimiter)
        self._headers = {"User-Agent": USER_AGENT, **(default_headers or {})}
        self._http_built_here = http_client is None
        self._owns_http = self._http_built_here  # close() closes it; twins from with_options() do not
        self._return_raw = False
        if sleep is not None:
            self._sleep = sleep
        # How the user sets a key, for the 401 message; the CLI says its own options.
        self._key_hint = "pass api_key=... or set the EULER_API_KEY environment variable"
        # Injected in tests: the clock, the jitter source.
        self._now: Callable[[], float] = time.time
        self._random: Callable[[], float] = random.random
        # The client's own pool (`_pool.py`), sent to directly; None with the user's client or a proxy.
        self._transport: Any = None
        self._own: _OwnPool | None = None
        self._timeout_extensions: tuple[TimeoutArg | NotGiven, dict[str, Any]] | None = None
        if http_client is None:
            self._timeout: TimeoutArg | NotGiven = NOT_GIVEN
            self._http = self._make_http_client(timeout)
            if self._transport is not None:
                self._own = self._prepare_own_pool()
        else:
            # The user's client keeps its own settings; ours ride on each request.
            self._timeout = timeout
            self._http = http_client

    def _make_http_client(self, timeout: TimeoutArg | NotGiven) -> HttpClientT:
        """Our httpx client; sets `_transport` to the pool it sends through when that is ours."""
        raise NotImplementedError

    def _http_options(self, timeout: TimeoutArg | NotGiven) -> dict[str, Any]:
        """The arguments of our httpx client (either kind), sending through `_transport`, our own pool."""
        return {
            "base_url": self.base_url,
            "auth": self._auth,
            "headers": self._headers,
            "timeout": DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else timeout,
            "limits": DEFAULT_LIMITS,
            "transport": self._transport,
        }

    def _prepare_own_pool(self) -> _OwnPool | None:
        if self._auth.api_key_in_query:  # the key then goes in each URL: httpx builds each request
            return None
        probe = self._http.build_request("GET", self.base_url + "/")
        next(self._auth.auth_flow(probe))
        if probe.url.query or not probe.url.raw_path.isascii():
            return None
        return _OwnPool(probe)

    # -- configuration ----------------------------------------------------------------------------

    def with_options(
        self,
        *,
        max_retries: int | NotGiven = NOT_GIVEN,
        max_retry_wait: float | NotGiven = NOT_GIVEN,
        timeout: TimeoutArg | NotGiven = NOT_GIVEN,
    ) -> Self:
        """A copy of this client with other retry or timeout settings, sharing its connection pool."""
        twin = self._copy()
        new_retries = self.max_retries if isinstance(max_retries, NotGiven) else max_retries
        new_wait = self.max_retry_wait if isinstance(max_retry_wait, NotGiven) else max_retry_wait
        _check_retry_settings(new_retries, new_wait)
        twin.max_retries, twin.max_retry_wait = new_retries, float(new_wait)
        if not isinstance(timeout, NotGiven):
            _check_timeout(timeout)
            twin._timeout = timeout
        twin._owns_http = twin._owns_budget = False
        return twin

    def _copy(self) -> Self:
        """A shallow copy sharing the pool, without this client's cached properties (`with_raw_response`, the
        resources), which would still call this client."""
        twin = copy.copy(self)
        for name in list(twin.__dict__):
            if isinstance(getattr(type(twin), name, None), functools.cached_property):
                del twin.__dict__[name]
        twin._owns_http = twin._owns_budget = False
        return twin

    def _raw_twin(self) -> Self:
        twin = self._copy()
        twin._return_raw = True
        return twin

    def __repr__(self) -> str:
        key = "<set>" if self._api_key_configured else "<not set>"
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, api_key={key}, max_retries={self.max_retries}, "
            f"layout={self.layout!r})"
        )

    # -- one call ---------------------------------------------------------------------------------

    def _build_request(self, call: Call[Any]) -> Outgoing | httpx.Request:
        """The request of one attempt. Through the client's own pool: an `Outgoing` for the pool itself, built
        from what `_OwnPool` prepared when the call has no body and no headers of its own (every read), else from
        the request httpx builds; through the user's client: the `httpx.Request` it sends."""
        own = self._own
        if own is None:
            return self._httpx_request(call)
        spec = call.request
        path = spec["url"]
        # No body, no headers of its own (only method, url and maybe params), and a path httpx would send as it
        # is (the generated layer percent-encodes path arguments: only a "." or ".." segment would be rewritten).
        if len(spec) == 2 + ("params" in spec) and own.valid and "/." not in path and path.isascii():
            target = own.prefix + path
            params = spec.get("params")
            if params:
                target += "?" + _query(params)
            return own.template.outgoing(
                spec["method"].upper().encode("ascii"),
                target.encode("ascii"),
                self._timeout_extension(),
                SentRequest(functools.partial(self._authenticated_request, call)),
            )
        return Outgoing.of(self._authenticated_request(call))

    def _timeout_extension(self) -> dict[str, Any]:
        """The `extensions` httpx's `build_request` gives a request for the timeout, computed once per setting."""
        cached = self._timeout_extensions
        if cached is None or cached[0] is not self._timeout:
            timeout = self._http.timeout if isinstance(self._timeout, NotGiven) else httpx.Timeout(self._timeout)
            cached = self._timeout_extensions = (self._timeout, {"timeout": timeout.as_dict()})
        return cached[1]

    def _authenticated_request(self, call: Call[Any]) -> httpx.Request:
        """The request httpx builds and sends through our own client, the auth applied as `send` applies it."""
        request = self._httpx_request(call)
        next(self._auth.auth_flow(request))
        return request

    def _httpx_request(self, call: Call[Any]) -> httpx.Request:
        spec = call.request
        headers = spec.get("headers")
        if not self._http_built_here:
            headers = {**self._request_headers(), **(headers or {})}
        url = self.base_url + spec["url"]
        params = spec.get("params")
        if params:
            # Encoded here, once: `params=` would make httpx parse the URL a second time to merge them in.
            url += "?" + str(httpx.QueryParams(params))
        return self._http.build_request(
            spec["method"],
            url,
            json=spec.get("json"),
            # Multipart, form and raw bodies, as the generated `_get_kwargs` spells them.
            files=spec.get("files"),
            data=spec.get("data"),
            content=spec.get("content"),
            headers=headers,
            timeout=httpx.USE_CLIENT_DEFAULT if isinstance(self._timeout, NotGiven) else self._timeout,
        )

    def _request_headers(self) -> dict[str, str]:
        """Our headers on a request sent through the user's httpx client: a User-Agent of theirs keeps its place
        with ours appended (httpx's own default is replaced); their other headers stay theirs."""
        theirs = self._http.headers.get("User-Agent")
        if not theirs or theirs.startswith("python-httpx/") or theirs == self._headers["User-Agent"]:
            return self._headers
        return {**self._headers, "User-Agent": f"{theirs} {self._headers['User-Agent']}"}

    @property
    def _send_auth(self) -> Any:
        # Our own httpx client carries the auth; a user's client gets it on each request.
        return httpx.USE_CLIENT_DEFAULT if self._http_built_here else self._auth

    # The I/O of the steps that carry their own (`run`/`arun`, `read`/`aread`): set by each client.
    _step_io: ClassVar[Handlers]

    @functools.cached_property
    def _steps(self) -> Handlers:
        """What the client's driver does for each kind of step of a call (`_drive.py`): the same for both clients
        but for `_step_io`, the calls being sync on one and async on the other."""
        steps: dict[type, Any] = {
            **self._step_io,
            httpx.Request: lambda request: self._http.send(request, auth=self._send_auth),
            float: lambda seconds: self._sleep(seconds),  # looked up on each sleep: tests replace it
            int: lambda seconds: self._sleep(seconds),
        }
        if self._transport is not None:  # our own pool: straight to it
            steps[Outgoing] = self._transport.send
        return steps

    _sleep: Callable[[float], Any]  # each client's; the `sleep` argument replaces it

    def _flow(self, call: Call[T]) -> Generator[CallStep, Any, RawResponse[T]]:
        if self._http.is_closed:  # httpx would raise a bare RuntimeError
            raise TikTokLiveError(
                f"{call.operation}: this {type(self).__name__} is closed; make a new client for further calls"
            )
        retries_taken = 0
        budget_waited = 0.0
        budget = self._budget
        # check_live's twin pauses the whole batch on a 429 itself: the closed window is its pause.
        waited_for_429 = not self._retry_rate_limits
        while True:
            ticket = None
            if budget is not None and call.counts_against_quota:
                # The usual case in one step: the budget is seeded and grants the take at once. Anything else (a
                # seed to learn or wait for, a refusal to wait on) goes on in `ticket`, told what was asked.
                seed = budget.seed_state()
                answer = (yield budget.take(waited_for_429)) if seed == "ready" else None
                if isinstance(answer, _budget.Ticket):
                    ticket = answer
                else:
                    budget_waited, ticket = yield from budget.ticket(
                        self, call, budget_waited, waited_for_429, seed, answer
                    )
            try:
                try:
                    response = yield self._build_request(call)
                except httpx.HTTPStatusError as error:  # a response hook of the user's client raised on the answer
                    response = yield from answer_of_hook_error(error)
            except httpx.HTTPError as error:
                if ticket is not None:  # it may have reached the service: it counts from now
                    yield budget.settled(ticket)  # type: ignore[union-attr]
                delay = self._delay_after_transport_error(call, error, retries_taken)
                if delay is None:
                    raise self._transport_failure(call, error) from error
                reason, raw_error = type(error).__name__, None
            else:
                headers = _retry.answer_headers(response.headers)
                raw = self._answer(call, response, retries_taken, headers)
                if budget is not None:
                    told = budget.told(self, call, response, raw, ticket, headers)
                    if told is not None:
                        yield told
                if not isinstance(raw, APIStatusError):
                    return raw
                delay = self._delay_after_status_error(call, raw, retries_taken)
                if delay is None:
                    raise raw
                reason = f"status {raw.status_code}" + (f" (code {raw.code})" if raw.status_code < 400 else "")
                raw_error = raw
            from ._budget._messages import VISIBLE_WAIT  # here: a call that is never retried does without

            level = logging.INFO if delay > VISIBLE_WAIT else logging.DEBUG
            line = f"waiting {delay:.0f} s to retry after {_said(reason, raw_error)}; Ctrl-C to stop"
            logger.log(
                level,
                "Retrying %s (retry %d of %d) after %s; waiting %.2f s",
                call.operation,
                retries_taken + 1,
                self.max_retries,
                reason,
                delay,
                extra={"wait_line": line} if level == logging.INFO else None,
            )
            yield delay
            retries_taken += 1
            waited_for_429 = waited_for_429 or reason.startswith("status 429")

    def _answer(
        self, call: Call[T], response: httpx.Response, retries_taken: int, headers: _retry.Headers | None = None
    ) -> RawResponse[T] | APIStatusError:
        """`headers`: the answer's `_retry.answer_headers`, when the caller has them."""
        if headers is None:
            headers = _retry.answer_headers(response.headers)
        body = json_body(response) if call.json_answer or "json" in headers.get("content-type", "") else None
        now = self._now()
        self._remember_rate_limit(response, body, now, headers)
        if error_code(response, body) is not None:  # an error answer: which one, and its message
            error = status_error(
                response,
                body,
                operation=call.operation,
                plans=call.plans,
                key_configured=self._api_key_configured,
                key_hint=self._key_hint,
                secrets=self._auth.secrets + call.secrets,
                now=now,
            )
            if error is not None:
                return error
        return RawResponse(response, retries_taken=retries_taken, parse=lambda: self._parse(call, response, body))

    @staticmethod
    def _parse(call: Call[T], response: httpx.Response, body: Any) -> T:
        try:
            return call.parse(response, body)
        except ModelMismatch as mismatch:
            raise InvalidResponseError(
                f"{call.operation}: the answer does not match the API description ({mismatch}).",
                response=response,
            ) from None

    def _remember_rate_limit(
        self, response: httpx.Response, body: Any, now: float, headers: _retry.Headers | None = None
    ) -> None:
        if headers is None:
            headers = _retry.answer_headers(response.headers)
        remaining = _retry.remaining(headers)
        if remaining is not None:
            self.rate_limit.remaining = remaining
        reset_at = _retry.reset_at(headers, now=now)
        if reset_at is not None:
            self.rate_limit.reset_at = reset_at
        label = body.get("limit_label") if isinstance(body, dict) else None
        if isinstance(label, str):
            self.rate_limit.limit_label = label
        elif response.status_code != 429:
            # Only a 429 names the limit that was hit; any other answer means no limit is hit now.
            self.rate_limit.limit_label = None

    def _delay_after_transport_error(self, call: Call[Any], error: httpx.HTTPError, retries_taken: int) -> float | None:
        if retries_taken >= self.max_retries or not isinstance(error, httpx.TransportError):
            return None
        if call.retry == "unsent-only" and not isinstance(error, _retry.UNSENT_REQUEST_ERRORS):
            return None
        return _retry.backoff_delay(retries_taken, rand=self._random)

    def _delay_after_status_error(self, call: Call[Any], error: APIStatusError, retries_taken: int) -> float | None:
        status = error.status_code if error.status_code >= 400 else (error.code or 0)
        if retries_taken >= self.max_retries or call.retry != "always" or not _retry.should_retry_status(status):
            return None
        if isinstance(error, RateLimitError) and not self._retry_rate_limits:
            return None
        hint = (
            error.retry_after
            if isinstance(error, RateLimitError)
            else _retry.retry_after_seconds(error.response.headers, error.body, now=self._now())
        )
        if hint is None:
            return _retry.backoff_delay(retries_taken, rand=self._random)
        return hint if hint <= self.max_retry_wait else None

    def _transport_failure(self, call: Call[Any], error: httpx.HTTPError) -> TikTokLiveError:
        detail = _logs.redact_secrets(re.sub(r"\?[^\s'\"]*", "?…", str(error)), self._auth.secrets + call.secrets)
        if isinstance(error, httpx.LocalProtocolError):
            # h11 quotes the offending header value, escaped (b'key\x00'): a credential that redaction cannot spot.
            detail = "a header value holds a character HTTP does not allow; check the key, JWT and session values"
        detail = detail or type(error).__name__
        request = _request_of(error)
        proxy = _proxy_for(self.base_url) if self._http_built_here else client_proxy_url(self._http, self.base_url)
        if isinstance(error, httpx.ProxyError) or (proxy and isinstance(error, httpx.ConnectError)):
            via = f" {proxy}" if proxy else ""
            fix = (
                ", or unset the *_PROXY environment variables" if self._http_built_here else " set on your http_client"
            )
            return APIConnectionError(
                f"{call.operation}: could not get through the proxy{via} to the Euler Stream API "
                f"({type(error).__name__}: {detail}). Check the proxy{fix}.",
                request=request,
            )
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(
                f"{call.operation}: the Euler Stream API at {self.base_url} did not answer in time "
                f"({type(error).__name__}). Retry, or raise the timeout.",
                request=request,
            )
        if isinstance(error, httpx.DecodingError):
            return InvalidResponseError(f"{call.operation}: the answer's body could not be decoded ({detail}).")
        return APIConnectionError(
            f"{call.operation}: could not reach the Euler Stream API at {self.base_url} "
            f"({type(error).__name__}: {detail}).",
            request=request,
        )

    def _result(self, raw: RawResponse[T]) -> T:
        # The twin behind `with_raw_response` hands the raw response back as is; see _client.py.
        if self._return_raw:
            return raw  # type: ignore[return-value]
        return raw.parse()

    # -- the rate-limit budget --------------------------------------------------------------------------

    def budget_windows(self) -> list[_budget.WindowBudget]:
        """This key's rate-limit budget per window (minute, hour, day): limit, used, remaining, seconds until
        it refills. Empty without a rate limiter. With a `RedisBudget` it is one (blocking) Redis round trip."""
        return [] if self._budget is None else self._budget.windows()

    @property
    def rate_limiter(self) -> _budget.BudgetLimiter | None:
        """The rate-limit budget this client asks before each request (None when turned off)."""
        return None if self._budget is None else self._budget.limiter
