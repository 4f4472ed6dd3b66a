"""The base of the clients' resources (`client.alerts`, `client.api_keys`, ...; generated in
`tiktok_live/resources/`): a resource only names operations and hands each call to its client."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, ParamSpec, Protocol, TypeVar, cast

from ._pagination import AsyncPage, AsyncPager, SyncPage, start

if TYPE_CHECKING:
    from ._operations import Method
    from ._response import RawResponse

__all__ = ["AsyncResource", "SyncResource", "async_raw_list", "raw_list"]

T = TypeVar("T")
R = TypeVar("R")
I = TypeVar("I")  # noqa: E741
P = ParamSpec("P")


class _SyncCaller(Protocol):
    _return_raw: bool

    def _call(self, method: Method[T], arguments: dict[str, object]) -> T: ...


class _AsyncCaller(Protocol):
    _return_raw: bool

    async def _call(self, method: Method[T], arguments: dict[str, object]) -> T: ...


class _Resource:
    def __init__(self, client: Any) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class SyncResource(_Resource):
    _client: _SyncCaller

    def _list(self, method: Method[R], arguments: dict[str, object]) -> SyncPage[R, Any]:
        paging, arguments = start(method, arguments)

        def fetch(page_arguments: dict[str, object]) -> R:
            return self._client._call(method, page_arguments)

        first = fetch(arguments)
        if self._client._return_raw:  # `with_raw_response`: the first page's raw answer
            return cast(SyncPage[R, Any], first)
        return SyncPage(first, paging, arguments, fetch)


class AsyncResource(_Resource):
    _client: _AsyncCaller

    def _list(self, method: Method[R], arguments: dict[str, object]) -> AsyncPager[R, Any]:
        paging, arguments = start(method, arguments)

        async def fetch(page_arguments: dict[str, object]) -> R:
            return await self._client._call(method, page_arguments)

        if self._client._return_raw:  # `with_raw_response`: awaiting it gives the first page's raw answer
            return cast(AsyncPager[R, Any], fetch(arguments))

        async def first() -> AsyncPage[R, Any]:
            return AsyncPage(await fetch(arguments), paging, arguments, fetch)

        return AsyncPager(first)


def raw_list(method: Callable[P, SyncPage[R, I]]) -> Callable[P, RawResponse[R]]:
    """A list method behind `with_raw_response`: it answers the first page's `RawResponse`."""
    return cast(Callable[P, "RawResponse[R]"], method)


def async_raw_list(method: Callable[P, AsyncPager[R, I]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    return cast(Callable[P, Awaitable["RawResponse[R]"]], method)
