"""The error answer a handler raises: turned into the spec's shared `ErrorResponse` body."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["_Problem"]


class _Problem(Exception):
    """An error answer: raised by a handler, turned into an `ErrorResponse` body."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        limit_label: str | None = None,
        headers: Mapping[str, str] | None = None,
        use_error_field: bool = False,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.limit_label = limit_label
        self.headers = dict(headers or {})
        self.use_error_field = use_error_field

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "code": self.status,
            "error" if self.use_error_field else "message": self.message,
        }
        if self.limit_label is not None:
            body["limit_label"] = self.limit_label
        return body
