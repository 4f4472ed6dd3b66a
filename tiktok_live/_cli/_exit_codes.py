"""The exit codes of the `tiktok-live` command, one table for every command (`watch` included): each error class
has its own code, the same for an API call and a live-events stream that fail alike."""

from __future__ import annotations

from .._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ForbiddenError,
    InvalidResponseError,
    NotFoundError,
    PremiumRequiredError,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
    TikTokLiveError,
)
from .._live._errors import (
    CreatorNotLiveError,
    LiveAuthenticationError,
    LiveConnectionError,
    LiveConnectionLimitError,
    LiveFrameError,
    LiveOptionsError,
    LivePermissionError,
)

__all__ = ["EXIT_CODES", "exit_code_for"]

EXIT_OK = 0
EXIT_OFFLINE = 1  # `is-live` and `watch`: the creator is not live
EXIT_USAGE = 2  # bad arguments (argparse uses 2 as well)
EXIT_NOT_SHARED = 16  # `limits`: the shared budget asked for (--rate-limit-url) is not in use
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT
# Most specific class first: the first match wins.
EXIT_CODES: list[tuple[type[Exception], int]] = [
    (CreatorNotLiveError, EXIT_OFFLINE),
    (LiveConnectionError, 3),
    (LiveAuthenticationError, 5),
    (LivePermissionError, 7),
    (LiveConnectionLimitError, 9),
    (LiveOptionsError, 12),
    (LiveFrameError, 13),
    (APITimeoutError, 4),
    (APIConnectionError, 3),
    (AuthenticationError, 5),
    (PremiumRequiredError, 6),
    (ForbiddenError, 7),
    (NotFoundError, 8),
    (RateLimitError, 9),
    (ServiceUnavailableError, 11),
    (ServerError, 10),
    (BadRequestError, 12),
    (InvalidResponseError, 13),
    (APIStatusError, 14),
    (TikTokLiveError, 15),
]


def exit_code_for(error: Exception) -> int:
    """The exit code of a command that failed with `error` (bad arguments for anything not in the table)."""
    for cls, code in EXIT_CODES:
        if isinstance(error, cls):
            return code
    return EXIT_USAGE


def described() -> str:
    """The table for `--help`: each code beyond the fixed ones, with the classes that exit with it."""
    names: dict[int, list[str]] = {}
    for cls, code in EXIT_CODES:
        if code > EXIT_USAGE:
            names.setdefault(code, []).append(cls.__name__)
    return ", ".join(f"{code} {'/'.join(classes)}" for code, classes in sorted(names.items()))
