"""Pages of a list operation: `client.alerts.list(account_id)` answers its first page, which iterates across
every page lazily (`for alert in page`, `async for` with the async client), or page by page (`iter_pages()`,
`has_next_page()`, `next_page()`).

Which operations are paged is decided from the spec by rule (scripts/generate_facade.py `_paged`): an integer
query argument `page`, and an answer with a "has more" flag beside one list of items. `Paging` says which
fields those are; the answer model stays reachable as `page.result` (and its fields as the page's own).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._operations import Paging

if TYPE_CHECKING:
    from ._operations import Method

__all__ = ["AsyncPage", "AsyncPager", "Paging", "SyncPage"]

R = TypeVar("R")  # the answer model of one page
I = TypeVar("I")  # noqa: E741 - one item of a page
F = TypeVar("F")  # what fetching a page gives: the answer (sync), or an awaitable of it (async)


class _Page(Generic[R, I, F]):
    def __init__(
        self, result: R, paging: Paging, arguments: dict[str, object], fetch: Callable[[dict[str, object]], F]
    ) -> None:
        self.result = result
        self._paging = paging
        self._arguments = arguments
        self._fetch = fetch

    @property
    def items(self) -> list[I]:
        """This page's items (an empty list when the answer has none)."""
        items = getattr(self.result, self._paging.items, None)
        return list(items) if isinstance(items, list) else []

    @property
    def page(self) -> int:
        """This page's number, as asked for (the next page asks for one more)."""
        asked = self._arguments[self._paging.param]
        return asked if isinstance(asked, int) else self._paging.first

    def has_next_page(self) -> bool:
        """Whether the service said another page follows (an answer that does not say means no)."""
        return getattr(self.result, self._paging.has_more, None) is True and bool(self.items)

    def _next_arguments(self) -> dict[str, object]:
        return {**self._arguments, self._paging.param: self.page + 1}

    def __getattr__(self, name: str) -> Any:
        # The answer's own fields (`page.has_more`, `page.code`) read through the page.
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.result, name)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} page={self.page} items={len(self.items)} more={self.has_next_page()}>"


class SyncPage(_Page[R, I, R]):
    """One page of a list operation; iterating it yields every item of this page and the pages after it."""

    def next_page(self) -> SyncPage[R, I] | None:
        """The next page (one request), or None when this is the last."""
        if not self.has_next_page():
            return None
        arguments = self._next_arguments()
        return SyncPage(self._fetch(arguments), self._paging, arguments, self._fetch)

    def iter_pages(self) -> Iterator[SyncPage[R, I]]:
        """This page, then each next one as it is asked for."""
        page: SyncPage[R, I] | None = self
        while page is not None:
            yield page
            page = page.next_page()

    def __iter__(self) -> Iterator[I]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Page[R, I, Awaitable[R]]):
    """One page of a list operation of the async client; `async for` yields every item from this page on."""

    async def next_page(self) -> AsyncPage[R, I] | None:
        """The next page (one request), or None when this is the last."""
        if not self.has_next_page():
            return None
        arguments = self._next_arguments()
        return AsyncPage(await self._fetch(arguments), self._paging, arguments, self._fetch)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[R, I]]:
        page: AsyncPage[R, I] | None = self
        while page is not None:
            yield page
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[I]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPager(Generic[R, I]):
    """What a list method of the async client returns: `await` it for the first page, or `async for` over it
    for every item of every page. Nothing is sent until then."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[R, I]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[R, I]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[I]:
        page = await self._first()
        async for item in page:
            yield item

    async def iter_pages(self) -> AsyncIterator[AsyncPage[R, I]]:
        page = await self._first()
        async for each in page.iter_pages():
            yield each


def start(method: Method[Any], arguments: dict[str, object]) -> tuple[Paging, dict[str, object]]:
    """The paging of `method` and the arguments of its first page (the one given, else the first)."""
    paging = method.paging
    if paging is None:
        raise TypeError(f"{method.name} is not a paged operation")
    if arguments.get(paging.param) is None:
        arguments = {**arguments, paging.param: paging.first}
    return paging, arguments
