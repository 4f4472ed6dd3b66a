"""The one sync and the one async driver of every step generator in the package.

A *flow* is a generator that decides what to do and does no I/O itself: it yields a *step* (a request to send,
seconds to sleep, a Redis script to run, ...) and is sent what came of it. A call (`_BaseClient._flow`), a
`check_live` job (`_lib._bulk._Batch.check`), a live-events session (`_live._session.LiveSession.run`) and a Redis round
trip with its fallback (`_budget._redis_link.RedisLink`) are flows. The sync and async code of each differs only in its
table of handlers: one function per kind of step, the I/O call itself (`time.sleep` / `asyncio.sleep`, ...).

The drivers look a step's type up in the table (then its base classes), call the handler, and send its answer back
to the flow; an exception of `throws` the handler raises is thrown into the flow instead. A handler that is `PAUSE`
hands its step to the driver's caller, leaving the flow where it is: the next `drive` of the same flow sends it
None and goes on. The driver returns what the flow returns; with `stop`, None as soon as `stop()` says so (checked
before each step is handled). This module imports nothing of the package.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from typing import Any, Final, TypeVar

__all__ = ["PAUSE", "Handlers", "adrive", "drive"]

T = TypeVar("T")


class _Pause:
    def __repr__(self) -> str:
        return "PAUSE"


PAUSE: Final[Any] = _Pause()

# A step's type (or a base class of it) -> what runs it: a function of the step (an async one for `adrive`), or PAUSE.
Handlers = Mapping[type, Any]


def _handler(handlers: Handlers, step: object) -> Any:
    """The handler of `step`'s type, else of the nearest of its base classes that has one."""
    for kind in type(step).__mro__:
        handler = handlers.get(kind)
        if handler is not None:
            return handler
    raise TypeError(f"no handler for a step of type {type(step).__name__}")


def drive(
    flow: Generator[Any, Any, T],
    handlers: Handlers,
    *,
    throws: tuple[type[BaseException], ...] = (),
    stop: Callable[[], bool] | None = None,
) -> Any:
    """Runs `flow` to its end (or to a paused step) with sync handlers; see the module's doc."""
    try:
        step = flow.send(None)
        while True:
            run = handlers.get(type(step)) or _handler(handlers, step)
            if run is PAUSE:
                return step
            if stop is not None and stop():
                return None
            try:
                reply = run(step)
            except throws as error:
                step = flow.throw(error)
            else:
                step = flow.send(reply)
    except StopIteration as done:
        return done.value


async def adrive(
    flow: Generator[Any, Any, T],
    handlers: Handlers,
    *,
    throws: tuple[type[BaseException], ...] = (),
    stop: Callable[[], bool] | None = None,
) -> Any:
    """`drive` with async handlers (each returns an awaitable)."""
    try:
        step = flow.send(None)
        while True:
            run = handlers.get(type(step)) or _handler(handlers, step)
            if run is PAUSE:
                return step
            if stop is not None and stop():
                return None
            try:
                reply = await run(step)
            except throws as error:
                step = flow.throw(error)
            else:
                step = flow.send(reply)
    except StopIteration as done:
        return done.value
