"""What the budget says to people: why a window is closed (and who said so), waits worth knowing about, and
warnings given once.

A wait longer than `VISIBLE_WAIT` seconds is logged at INFO on `tiktok_live`, with the line a command-line user
should see in `record.wait_line` (the CLI prints it); shorter ones at DEBUG.
"""

from __future__ import annotations

import logging
import threading

from ._local import Refusal

logger = logging.getLogger("tiktok_live")

VISIBLE_WAIT = 1.0

_warned: set[str] = set()
_warned_lock = threading.Lock()


def describe_refusal(refusal: Refusal, budget: str) -> str:
    """Which window is closed and who closed it, e.g. "this key's minute window (600/minute) is used up by
    the requests this budget (in-process) let through since it started afresh"."""
    window = refusal.window
    per = f" ({refusal.limit}/{window})" if refusal.limit is not None else ""
    what = f"this key's {window} window{per}"
    if refusal.source == "429":
        return f"{what} is closed: the service answered 429 for it"
    if refusal.source == "header":
        return f"{what} is used up, per the service's rate-limit headers and the requests sent since"
    if refusal.source == "rate_limits":
        return f"{what} is used up, per the service's rate_limits() report and the requests sent since"
    return f"{what} is used up by the requests this budget ({budget}) let through since the window began"


def log_wait(operation: str, seconds: float, why: str) -> None:
    """A call is about to wait `seconds` because of `why`."""
    if seconds > VISIBLE_WAIT:
        line = f"waiting {seconds:.0f} s: {why}; Ctrl-C to stop"
        logger.info("%s: %s", operation, line, extra={"wait_line": line})
    else:
        logger.debug("%s waits %.2f s: %s", operation, seconds, why)


def warn_once(message: str) -> None:
    """Log `message` as a WARNING the first time this process sees it."""
    with _warned_lock:
        if message in _warned:
            return
        _warned.add(message)
    logger.warning(message)
