"""Keeps credentials out of log records, including httpx's own request lines.

httpx logs every request at INFO with its full URL, and `/webcast/fetch` takes `session_id` and
`tt_target_idc` in the query string. The filter rewrites those values (and `apiKey`, when a user opted
in to query-string auth) before any handler sees the record.
"""

from __future__ import annotations

import logging
import re

import httpx

SENSITIVE_QUERY_PARAMETERS = ("apiKey", "session_id", "tt_target_idc", "sessionId", "ttTargetIdc", "jwt")
_SENSITIVE = re.compile(r"((?:^|[?&])(?:" + "|".join(SENSITIVE_QUERY_PARAMETERS) + r")=)[^&#\s\"']*")
REDACTED = "<redacted>"


def redact_query(text: str) -> str:
    """`text` with the values of sensitive query parameters replaced by <redacted>."""
    return _SENSITIVE.sub(r"\1" + REDACTED, text)


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                redact_query(str(arg)) if isinstance(arg, httpx.URL | str) else arg for arg in record.args
            )
        if isinstance(record.msg, str):
            record.msg = redact_query(record.msg)
        return True


_FILTER = RedactingFilter()


def install() -> None:
    """Attach the filter to the loggers that may print request URLs (idempotent)."""
    for name in ("httpx", "httpcore", "tiktok_live"):
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
