"""The `with` protocol of the classes that hold connections or run a server: entering gives the object itself,
leaving closes it (or stops it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, Self, TypeVar

if TYPE_CHECKING:  # what `self` must offer, for the type checker alone
    from types import TracebackType

    class _Closes(Protocol):
        def close(self) -> object: ...

    class _AsyncCloses(Protocol):
        async def aclose(self) -> object: ...

    class _Starts(Protocol):
        def start(self) -> object: ...

        def stop(self) -> object: ...


__all__ = ["AsyncClosing", "Closing", "Started"]

_S = TypeVar("_S", bound="_Starts")


class Closing:
    """`with x:` gives `x` and calls `x.close()` on the way out."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self: _Closes, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClosing:
    """`async with x:` gives `x` and awaits `x.aclose()` on the way out."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self: _AsyncCloses, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


class Started:
    """`with x:` calls `x.start()`, gives `x`, and calls `x.stop()` on the way out."""

    def __enter__(self: _S) -> _S:
        self.start()
        return self

    def __exit__(
        self: _Starts, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
