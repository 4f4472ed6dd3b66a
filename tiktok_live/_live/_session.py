"""What the sync and async live-event streams share: options, the URL, close codes, reconnects. No I/O.

A stream runs as a generator (`LiveSession.run`) that yields what to do next: connect to a URL, receive a
frame, sleep, or hand events to the caller. The drivers in `_stream.py` only do those things, with
the `websockets` library, and send back what happened (a frame, or a `Closed`).
"""

from __future__ import annotations

import logging
import random
import re
import ssl
import threading
import weakref
from collections import Counter
from collections.abc import Callable, Generator, Mapping
from typing import Any, Literal, TypedDict
from urllib.parse import urlencode, urlsplit

import attrs

from .. import _logs, _validation
from .._budget._slots import SlotRefusal
from .._constants import DEFAULT_WS_URL, WS_URL_ENV_VARS
from .._retry import backoff_delay
from ._errors import (
    CreatorNotLiveError,
    LiveAuthenticationError,
    LiveConnectionError,
    LiveConnectionLimitError,
    LiveEventsError,
    LiveFrameError,
    LiveOptionsError,
    LivePermissionError,
)
from ._events import GiftStreaks, LiveEvent, StreamEndedEvent, decode_frame

logger = logging.getLogger("tiktok_live.live")
# Handed to `websockets` as its logger: it logs the opening request line (with the key in the query string)
# and close frames (with the server's reason) at DEBUG. The filter below sees every record it writes.
websockets_logger = logging.getLogger("tiktok_live.live.websockets")

InvalidFrames = Literal["skip", "raise"]

# Close codes (see spec/upstream/euler-websocket.md); every code not listed here is transient.
STREAM_ENDED = 4005
TOO_MANY_CONNECTIONS = 4429
NORMAL = 1000
MESSAGE_TOO_BIG = 1009
FATAL: dict[int, tuple[type[LiveEventsError], str]] = {
    4400: (LiveOptionsError, "the service rejected the options (check the unique id and the feature flags)"),
    4401: (
        LiveAuthenticationError,
        "the API key or JWT was refused: set EULER_API_KEY (or pass api_key=/jwt=) to a valid key",
    ),
    4403: (LivePermissionError, "the JWT may not watch this creator: issue one whose allowed_creators has them"),
    4404: (CreatorNotLiveError, "the creator is not live: try again when they are"),
    4429: (
        LiveConnectionLimitError,
        "the account has as many WebSocket connections open as its plan allows: close one, or wait",
    ),
}
# What the service sends on every connection before the stream's own messages: no sign of progress.
GREETING = frozenset({"workerInfo", "roomInfo", "tiktok.connect"})
# A refused handshake's HTTP status, read as the close code it most likely means (inferred).
HANDSHAKE_STATUS = {400: 4400, 401: 4401, 403: 4403, 429: 4429}


@attrs.frozen
class Closed:
    """How a connection ended: a close `code` (None when there was no close frame: a dropped connection,
    a refused handshake, a receive timeout) and a `reason` already cleared of secrets."""

    code: int | None
    reason: str = ""


@attrs.frozen
class Connect:
    url: str


@attrs.frozen
class Receive:
    timeout: float | None


@attrs.frozen
class Sleep:
    seconds: float


@attrs.frozen
class TakeSlot:
    """Take a connection slot from the budget (the reply: None when taken or not counted, else a
    `SlotRefusal`)."""


@attrs.frozen
class ReleaseSlot:
    """Release the slot held; `refused`: the service closed with 4429 (the reply: the limit learned, or None)."""

    refused: bool = False


Step = Connect | Receive | Sleep | TakeSlot | ReleaseSlot | list[LiveEvent]
Reply = str | bytes | Closed | SlotRefusal | int | None


@attrs.define
class LiveStats:
    """What a stream saw so far: events by class name, connections opened, reconnects, frames skipped as
    invalid, and how the last connection closed (`last_close_code` None: no close frame, or still open)."""

    events: Counter[str] = attrs.field(factory=Counter)
    connections: int = 0
    reconnects: int = 0
    invalid_frames: int = 0
    last_close_code: int | None = None
    last_close_reason: str = ""

    @property
    def total(self) -> int:
        return sum(self.events.values())


class LiveEventOptions(TypedDict, total=False):
    """The keyword arguments of `live_events()`; see `TikTokLiveClient.live_events`."""

    ws_url: str | None
    bundle_events: bool | None
    raw_messages: bool | None
    normalize_unique_id: bool | None
    synthetic_presence: bool | None
    presence_leave_after: int | None
    close_inactive_after: int | None
    schema_version: Literal["v1", "v2"] | None
    include_raw_bytes: bool | None
    use_enterprise_api: bool | None
    gift_streaks: GiftStreaks
    invalid_frames: InvalidFrames
    max_reconnects: int
    max_reconnect_delay: float
    max_connection_wait: float | None
    receive_timeout: float | None
    open_timeout: float
    ping_interval: float | None
    ping_timeout: float | None
    max_queue: int
    max_frame_size: int
    proxy: str | bool | None
    headers: Mapping[str, str] | None
    ssl: ssl.SSLContext | None


def ws_url_from(ws_url: object) -> str:
    argument = "ws_url"
    if ws_url is None:
        ws_url, argument = _validation.from_environment(WS_URL_ENV_VARS) or (DEFAULT_WS_URL, argument)
    text = _validation.require_str(ws_url, "ws_url").strip()
    parts = urlsplit(text)
    if parts.scheme not in ("ws", "wss") or not parts.netloc or parts.query:
        raise ValueError(f"{argument} must be a ws(s) URL without a query, such as {DEFAULT_WS_URL}; got {text!r}")
    return text.rstrip("/")


def _number(value: object, argument: str, low: float, high: float, *, allow_none: bool = False) -> float | None:
    if value is None and allow_none:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"{argument} must be a number, not {type(value).__name__}")
    if not low <= value <= high:
        raise ValueError(f"{argument} must be between {low:g} and {high:g}, got {value}")
    return float(value)


@attrs.frozen
class LiveOptions:
    """Everything `live_events()` takes, checked. Feature flags left as None are not sent (the service's
    defaults apply); the rest is how this client connects, reconnects and reads."""

    unique_id: str
    ws_url: str
    bundle_events: bool | None = None
    raw_messages: bool | None = None
    normalize_unique_id: bool | None = None
    synthetic_presence: bool | None = None
    presence_leave_after: int | None = None
    close_inactive_after: int | None = None
    schema_version: str | None = None
    include_raw_bytes: bool | None = None
    use_enterprise_api: bool | None = None
    gift_streaks: GiftStreaks = "end"
    invalid_frames: InvalidFrames = "skip"
    max_reconnects: int = 5
    max_reconnect_delay: float = 30.0
    max_connection_wait: float | None = None
    receive_timeout: float | None = 90.0
    open_timeout: float = 10.0
    ping_interval: float | None = 20.0
    ping_timeout: float | None = 20.0
    max_queue: int = 16
    max_frame_size: int = 1 << 20
    # How to reach the WebSocket: a proxy URL, True for the environment's (*_PROXY), None or False for none;
    # extra handshake headers; a TLS context. Left out of the repr: a proxy URL or a header may hold a secret.
    proxy: str | bool | None = attrs.field(default=True, repr=False)
    headers: Mapping[str, str] = attrs.field(factory=dict, repr=False)
    ssl: ssl.SSLContext | None = attrs.field(default=None, repr=False)

    def features(self) -> dict[str, str]:
        flags: dict[str, Any] = {
            "bundleEvents": self.bundle_events,
            "rawMessages": self.raw_messages,
            "normalizeUniqueId": self.normalize_unique_id,
            "syntheticPresence": self.synthetic_presence,
            "syntheticPresenceLeaveAfter": self.presence_leave_after,
            "closeInactiveWebSocketAfter": self.close_inactive_after,
            "schemaVersion": self.schema_version,
            "includeRawBytes": self.include_raw_bytes,
            "useEnterpriseApi": self.use_enterprise_api,
        }
        return {
            f"features.{name}": ("true" if value else "false") if isinstance(value, bool) else str(value)
            for name, value in flags.items()
            if value is not None
        }


def live_options(unique_id: object, ws_url: object, **settings: Any) -> LiveOptions:
    """Check every argument of `live_events()` before anything connects; errors name the argument."""
    for name in (
        "bundle_events",
        "raw_messages",
        "normalize_unique_id",
        "synthetic_presence",
        "include_raw_bytes",
        "use_enterprise_api",
    ):
        if settings.get(name) is not None:
            _validation.require_bool(settings[name], name)
    for name, low, high in (("presence_leave_after", 60, 3600), ("close_inactive_after", 30, 3600)):
        value = settings.get(name)
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"{name} must be an int number of seconds, not {type(value).__name__}")
            _number(value, name, low, high)
    if settings.get("schema_version") is not None:
        settings["schema_version"] = _validation.choice(settings["schema_version"], "schema_version", ("v1", "v2"))
    _validation.choice(settings.get("gift_streaks", "end"), "gift_streaks", ("end", "all"))
    _validation.choice(settings.get("invalid_frames", "skip"), "invalid_frames", ("skip", "raise"))
    reconnects = settings.get("max_reconnects", 5)
    if isinstance(reconnects, bool) or not isinstance(reconnects, int):
        raise TypeError(f"max_reconnects must be an int, not {type(reconnects).__name__}")
    if reconnects < 0:
        raise ValueError(f"max_reconnects must be 0 or more, got {reconnects}")
    _number(settings.get("max_reconnect_delay", 30.0), "max_reconnect_delay", 0, 3600)
    _number(settings.get("max_connection_wait"), "max_connection_wait", 0, 86400, allow_none=True)
    _number(settings.get("receive_timeout", 90.0), "receive_timeout", 0.001, 86400, allow_none=True)
    _number(settings.get("open_timeout", 10.0), "open_timeout", 0.001, 3600)
    _number(settings.get("ping_interval", 20.0), "ping_interval", 0.001, 3600, allow_none=True)
    _number(settings.get("ping_timeout", 20.0), "ping_timeout", 0.001, 3600, allow_none=True)
    for name, low in (("max_queue", 1), ("max_frame_size", 1024)):
        value = settings.get(name, low)
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an int, not {type(value).__name__}")
        if value < low:
            raise ValueError(f"{name} must be at least {low}, got {value}")
    _check_connection_settings(settings)
    return LiveOptions(unique_id=_validation.unique_id(unique_id), ws_url=ws_url_from(ws_url), **settings)


_PROXY_SCHEMES = ("http", "https", "socks5", "socks5h", "socks4", "socks4a")


def _check_connection_settings(settings: dict[str, Any]) -> None:
    proxy = settings.get("proxy", True)
    if isinstance(proxy, str):
        scheme = urlsplit(proxy).scheme.lower()
        if scheme not in _PROXY_SCHEMES or not urlsplit(proxy).hostname:
            raise ValueError(f"proxy must be a URL with one of the schemes {', '.join(_PROXY_SCHEMES)}")
    elif proxy is not None and not isinstance(proxy, bool):
        raise TypeError(f"proxy must be a URL, True (the environment's) or None, not {type(proxy).__name__}")
    headers = settings.get("headers")
    if headers is not None:
        if not isinstance(headers, Mapping) or not all(
            isinstance(name, str) and isinstance(value, str) for name, value in headers.items()
        ):
            raise TypeError("headers must be a mapping of header names to str values")
        settings["headers"] = dict(headers)
    else:
        settings.pop("headers", None)
    context = settings.get("ssl")
    if context is not None and not isinstance(context, ssl.SSLContext):
        raise TypeError(f"ssl must be an ssl.SSLContext, not {type(context).__name__}")


# -- secrets ---------------------------------------------------------------------------------------------

# The credentials of the streams alive in this process: the log filter takes them out of any record.
_LIVE_SECRETS: weakref.WeakSet[Secrets] = weakref.WeakSet()
_LIVE_SECRETS_LOCK = threading.Lock()  # streams open in one thread while another thread logs


class Secrets:
    """The key and JWT of one stream. Its repr shows neither."""

    def __init__(self, api_key: str | None, jwt: str | None) -> None:
        self.api_key = api_key
        self.jwt = jwt
        with _LIVE_SECRETS_LOCK:
            _LIVE_SECRETS.add(self)

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(value for value in (self.api_key, self.jwt) if value)

    def __repr__(self) -> str:
        def state(value: str | None) -> str:
            return "<set>" if value else "<not set>"

        return f"Secrets(api_key={state(self.api_key)}, jwt={state(self.jwt)})"


_CREDENTIAL_PARAMETER = re.compile(r"((?:apiKey|jwtKey)=)[^&#\s\"']*")


def scrub(text: str, secrets: tuple[str, ...] = ()) -> str:
    """`text` without any known credential: query parameters, and the literal values of `secrets` and of
    every live stream's key (a server may echo a key in a close reason)."""
    text = _CREDENTIAL_PARAMETER.sub(r"\1" + _logs.REDACTED, _logs.redact(text))
    with _LIVE_SECRETS_LOCK:
        holders = list(_LIVE_SECRETS)
    known = [*secrets, *(value for holder in holders for value in holder.values)]
    return _logs.redact_secrets(text, known)


class _ScrubbingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        # Formatting first: websockets passes frames and requests as objects whose str() holds the secrets.
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        record.msg, record.args = scrub(message), ()
        return True


_FILTER = _ScrubbingFilter()


def install_log_filter(*others: logging.Logger) -> None:
    """Attach the scrubbing filter to our loggers (and `others`); idempotent."""
    for log in (websockets_logger, logger, logging.getLogger("websockets.client"), *others):
        if _FILTER not in log.filters:
            log.addFilter(_FILTER)


def build_url(options: LiveOptions, secrets: Secrets) -> str:
    parameters = {"uniqueId": options.unique_id}
    if secrets.api_key:
        parameters["apiKey"] = secrets.api_key
    if secrets.jwt:
        parameters["jwtKey"] = secrets.jwt
    parameters.update(options.features())
    base = options.ws_url if urlsplit(options.ws_url).path else options.ws_url + "/"
    return f"{base}?{urlencode(parameters)}"


# -- the stream -------------------------------------------------------------------------------------------


class LiveSession:
    """One stream's state and decisions; `run()` is the generator the drivers step through."""

    def __init__(self, options: LiveOptions, secrets: Secrets, *, rand: Callable[[], float] = random.random) -> None:
        self.options = options
        self.secrets = secrets
        self.stats = LiveStats()
        self._rand = rand
        self._turned = lambda: 1.0 - rand()

    def describe(self) -> str:
        return f"live events of @{self.options.unique_id} from {self.options.ws_url}"

    def url(self) -> str:
        return build_url(self.options, self.secrets)

    def scrub(self, text: str) -> str:
        return scrub(text, self.secrets.values)

    def _take_slot(self) -> Generator[Step, Reply, None]:
        """Waits (yields sleeps) for a connection slot, up to `max_connection_wait`."""
        waited, patience = 0.0, self.options.max_connection_wait or 0.0
        while isinstance(refusal := (yield TakeSlot()), SlotRefusal):
            if waited + refusal.retry_in > patience:
                raise LiveConnectionLimitError(
                    f"{self.describe()}: not connected: {refusal.open} live-events connections are open on this key, "
                    f"its limit is {refusal.limit} ({refusal.description}), and none closed within "
                    f"max_connection_wait={patience:g} s; close one, wait longer, or raise live_connections= "
                    "of the rate limiter if the plan allows more.",
                    close_code=None,
                )
            yield Sleep(refusal.retry_in)
            waited += refusal.retry_in

    def run(self) -> Generator[Step, Reply, None]:
        options = self.options
        failures = 0  # consecutive connections that brought no event
        delivered_any = False
        while True:
            yield from self._take_slot()
            opened = yield Connect(self.url())
            ended = False  # this connection brought the stream's end (a `StreamEndedEvent`)
            if isinstance(opened, Closed):
                closed = opened
            else:
                self.stats.connections += 1
                while True:
                    frame = yield Receive(options.receive_timeout)
                    if isinstance(frame, Closed):
                        closed = frame
                        break
                    assert isinstance(frame, str | bytes)
                    events = self._decode(frame)
                    if events:
                        if any(event.type not in GREETING for event in events):
                            failures = 0  # the stream is making progress
                            delivered_any = True
                        ended = ended or any(isinstance(event, StreamEndedEvent) for event in events)
                        count = self.stats.events
                        for event in events:
                            count[type(event).__name__] += 1
                        yield events
            self.stats.last_close_code, self.stats.last_close_reason = closed.code, closed.reason
            learned = yield ReleaseSlot(refused=closed.code == TOO_MANY_CONNECTIONS)
            if isinstance(learned, int) and failures < options.max_reconnects:
                # The budget counted fewer than the service: it now knows the limit, and the next slot waits.
                logger.warning(
                    "%s: the service refused a connection (4429) with %d others open on this key; "
                    "counting %d as the account's limit from now on",
                    self.describe(),
                    learned,
                    learned,
                )
                failures += 1
                self.stats.reconnects += 1
                continue
            if ended or self._ends(closed, delivered_any):
                # After the stream's end, however the connection closed (4005, or dropped before the close frame),
                # a reconnect would only find the creator offline, or a replay.
                logger.debug("%s ended (close code %s)", self.describe(), closed.code)
                return
            failures += 1
            if failures > options.max_reconnects:
                raise LiveConnectionError(
                    f"{self.describe()}: the connection failed {failures} times in a row "
                    f"(last: {self._explain(closed)}); check the network, or raise max_reconnects.",
                    close_code=closed.code,
                    reason=closed.reason,
                )
            # The jitter factor is in [0.5, 1), the shortest wait for rand() = 0.
            delay = backoff_delay(failures - 1, rand=self._turned, cap=options.max_reconnect_delay, jitter=0.5)
            logger.info(
                "%s: reconnecting in %.2f s (attempt %d of %d) after %s",
                self.describe(),
                delay,
                failures,
                options.max_reconnects,
                self._explain(closed),
            )
            self.stats.reconnects += 1
            yield Sleep(delay)

    def _decode(self, frame: str | bytes) -> list[LiveEvent]:
        try:
            return decode_frame(
                frame, raw_messages=bool(self.options.raw_messages), gift_streaks=self.options.gift_streaks
            )
        except LiveFrameError as error:
            if self.options.invalid_frames == "raise":
                raise LiveFrameError(f"{self.describe()}: {error.message}") from None
            self.stats.invalid_frames += 1
            logger.warning("%s: skipped a frame: %s", self.describe(), error.message)
            return []

    def _ends(self, closed: Closed, delivered_any: bool) -> bool:
        """True when `closed` ends the iteration normally; raises for a close that retrying cannot fix;
        False for a transient one."""
        code = closed.code
        if code in (STREAM_ENDED, NORMAL):
            return True
        if code == 4404 and delivered_any:
            return True  # the stream was on, and is over by the time we came back
        if code == MESSAGE_TOO_BIG:
            raise LiveFrameError(
                f"{self.describe()}: a frame was larger than max_frame_size={self.options.max_frame_size} bytes; "
                "raise max_frame_size.",
                close_code=code,
                reason=closed.reason,
            )
        if code in FATAL:
            cls, advice = FATAL[code]
            reason = f" (server said: {closed.reason.rstrip('.')})" if closed.reason else ""
            raise cls(f"{self.describe()}: {advice}{reason}.", close_code=code, reason=closed.reason)
        return False

    @staticmethod
    def _explain(closed: Closed) -> str:
        what = "a dropped connection" if closed.code is None else f"close code {closed.code}"
        return f"{what} ({closed.reason})" if closed.reason else what
