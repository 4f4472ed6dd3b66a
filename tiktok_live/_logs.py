"""Keeps credentials out of log records, including those of httpx and httpcore.

httpx logs every request at INFO with its full URL, and `/webcast/fetch` takes `session_id` and
`tt_target_idc` in the query string; httpcore logs response headers at DEBUG, among them
`X-Set-TT-Cookie`. The filter rewrites those values (and `apiKey`, when a user opted in to query-string
auth) before any handler sees the record. Logger filters do not apply to child loggers, so each logger
that prints such data gets the filter.
"""

from __future__ import annotations

import logging
import re

import httpx

SENSITIVE_QUERY_PARAMETERS = ("apiKey", "session_id", "tt_target_idc", "sessionId", "ttTargetIdc", "jwt")
_SENSITIVE = re.compile(r"((?:^|[?&])(?:" + "|".join(SENSITIVE_QUERY_PARAMETERS) + r")=)[^&#\s\"']*")
SENSITIVE_HEADERS = (
    "x-set-tt-cookie",
    "x-api-key",
    "x-jwt-key",
    "cookie",
    "set-cookie",
    # The REST layout's session and OAuth headers.
    "x-cookie-header",
    "x-oauth-token",
)
# Header pairs as httpcore prints them: (b'X-Set-TT-Cookie', b'ttwid=...')
_SENSITIVE_HEADER = re.compile(
    r"((?:" + "|".join(SENSITIVE_HEADERS) + r")['\"]?\s*[,:]\s*b?['\"])([^'\"]*)", re.IGNORECASE
)
REDACTED = "<redacted>"
LOGGERS = ("httpx", "httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy", "tiktok_live")


def redact(text: str) -> str:
    """`text` with the values of sensitive query parameters and headers replaced by <redacted>."""
    return _SENSITIVE_HEADER.sub(r"\1" + REDACTED, _SENSITIVE.sub(r"\1" + REDACTED, text))


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact(str(arg)) if isinstance(arg, httpx.URL | str) else arg for arg in record.args)
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


_FILTER = RedactingFilter()


def install() -> None:
    """Attach the filter to the loggers that may print request URLs (idempotent)."""
    for name in LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
