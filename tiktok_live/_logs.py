"""Keeps credentials out of log records, including those of httpx and httpcore.

httpx logs every request at INFO with its full URL, and `/webcast/fetch` takes `session_id` in the query
string (`tt_target_idc` beside it names a data centre, no credential: it shows); httpcore logs response
headers at DEBUG, among them `X-Set-TT-Cookie`. The filter rewrites those values (and `apiKey`, when a user
opted in to query-string auth) before any handler sees the record. Logger filters do not apply to child
loggers, so each logger that prints such data gets the filter.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from urllib.parse import quote, quote_plus

import httpx

# The *_param of the API-key operations (get/update/delete a key) may be the key's value itself.
SENSITIVE_QUERY_PARAMETERS = (
    "apiKey",
    "session_id",
    "sessionId",
    "jwt",
    "retrieve_param",
    "update_param",
    "delete_param",
)
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
REDACTED = "<redacted>"
LOGGERS = ("httpx", "httpcore.connection", "httpcore.http11", "httpcore.http2", "httpcore.proxy", "tiktok_live")


@functools.cache  # compiled when a record is first logged, not when a client is made
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Sensitive query parameters, and header pairs as httpcore prints them: (b'X-Set-TT-Cookie', b'ttwid=...')."""
    query = re.compile(r"((?:^|[?&])(?:" + "|".join(SENSITIVE_QUERY_PARAMETERS) + r")=)[^&#\s\"']*")
    header = re.compile(r"((?:" + "|".join(SENSITIVE_HEADERS) + r")['\"]?\s*[,:]\s*b?['\"])([^'\"]*)", re.IGNORECASE)
    return query, header


def redact(text: str) -> str:
    """`text` with the values of sensitive query parameters and headers replaced by <redacted>."""
    query, header = _patterns()
    return header.sub(r"\1" + REDACTED, query.sub(r"\1" + REDACTED, text))


# Credentials shorter than this are not looked for in texts: "o" would turn "Connection refused" into
# "C<redacted>nnecti<redacted>n refused". Nothing leaks by it: the SDK never writes a credential into a message or
# a log record itself (errors name the argument, never its value), so a short one could only be quoted by the
# service or a library, and real keys, JWTs, session ids and tokens are far longer.
MIN_SECRET_LENGTH = 8


def redact_secrets(text: str, secrets: Iterable[str | None]) -> str:
    """`text` with each of `secrets` at least MIN_SECRET_LENGTH characters long (also URL-encoded) replaced by
    <redacted>; shorter ones are left alone."""
    forms: set[str] = set()
    for secret in secrets:
        if secret and len(secret) >= MIN_SECRET_LENGTH:
            forms.update((secret, quote(secret, safe=""), quote_plus(secret)))  # quote_plus: nothing safe
    for form in sorted(forms, key=len, reverse=True):  # the longest first: a key inside a longer secret
        text = text.replace(form, REDACTED)
    return text


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
