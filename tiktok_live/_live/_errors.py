"""Errors of live events: how the Euler WebSocket's close codes that retrying cannot fix reach the caller."""

from __future__ import annotations

from .._exceptions import APIConnectionError, InvalidResponseError, TikTokLiveError

__all__ = [
    "CreatorNotLiveError",
    "LiveAuthenticationError",
    "LiveConnectionError",
    "LiveConnectionLimitError",
    "LiveEventsError",
    "LiveFrameError",
    "LiveOptionsError",
    "LivePermissionError",
]


class LiveEventsError(TikTokLiveError):
    """Live events stopped. `close_code` is the WebSocket close code that ended them, when there was one;
    `reason` is the server's close reason with any credential removed."""

    close_code: int | None
    reason: str

    def __init__(self, message: str, *, close_code: int | None = None, reason: str = "") -> None:
        super().__init__(message)
        self.close_code = close_code
        self.reason = reason

    def __repr__(self) -> str:
        return f"{type(self).__name__}(close_code={self.close_code}, message={self.message!r})"


class CreatorNotLiveError(LiveEventsError):
    """4404: the creator is not live (or does not exist) when the stream was opened."""


class LiveOptionsError(LiveEventsError):
    """4400: the service rejected the options (for example the unique id or a feature flag)."""


class LiveAuthenticationError(LiveEventsError):
    """4401: the API key or JWT is missing, unknown or revoked."""


class LivePermissionError(LiveEventsError):
    """4403: the JWT may not watch this creator."""


class LiveConnectionLimitError(LiveEventsError):
    """4429: the account has as many WebSocket connections open as its plan allows; or, before connecting, the
    rate-limit budget had no connection slot free within `max_connection_wait` (`close_code` None)."""


class LiveConnectionError(LiveEventsError, APIConnectionError):
    """The connection kept failing or dropping: every reconnect of the budget (`max_reconnects`) failed.
    Also an `APIConnectionError`."""


class LiveFrameError(LiveEventsError, InvalidResponseError):
    """A frame could not be read as the service's JSON (not JSON, a wrong shape, binary where text was
    expected, or larger than `max_frame_size`). Also an `InvalidResponseError`."""
