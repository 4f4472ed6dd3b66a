"""The generated layer (`tiktok_live_api`, `tiktok_live_rest_api`) with this SDK's way of reaching the service:
`client.generated` sends through the client's own httpx client (its pool, or the one you passed, with your
proxies and hooks), adding the key and base URL as every other call does; `low_level_client()` makes a
standalone, correctly authenticated generated client.

The generated functions only call `request(...)` on the httpx client they are given (and enter and exit it), so
a small stand-in that forwards to the SDK's client is enough; the SDK client keeps owning the pool.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, cast

import httpx

if TYPE_CHECKING:
    from tiktok_live_api import AuthenticatedClient

    from ._base import _BaseClient

__all__ = ["bound_generated_client", "low_level_client"]

_PACKAGES = {"flat": "tiktok_live_api", "rest": "tiktok_live_rest_api"}


class _Forwarding:
    def __init__(self, owner: _BaseClient[Any]) -> None:
        self._owner = owner

    def _arguments(self, url: Any, kwargs: dict[str, Any]) -> tuple[str, dict[str, Any]]:
        owner = self._owner
        target = str(url)
        if not httpx.URL(target).is_absolute_url:
            target = owner.base_url + target  # a user's client may have no base URL, or another one
        headers = kwargs.pop("headers", None)
        if not owner._http_built_here:  # the user's client: our headers ride on each request, theirs kept
            headers = {**owner._request_headers(), **(headers or {})}
        return target, {**kwargs, "headers": headers, "auth": owner._send_auth}

    # What `with_headers`, `with_cookies` and `with_timeout` of the generated client reach. They may change the
    # SDK client's httpx client: its calls stop using the requests prepared once (`_OwnPool`) and let httpx build
    # each one from then on, with those changes.
    def _may_change(self) -> httpx.Client | httpx.AsyncClient:
        own = self._owner._own
        if own is not None:
            own.valid = False
        return cast(httpx.Client | httpx.AsyncClient, self._owner._http)

    @property
    def headers(self) -> httpx.Headers:
        return self._may_change().headers

    @property
    def cookies(self) -> httpx.Cookies:
        return self._may_change().cookies

    @property
    def timeout(self) -> httpx.Timeout:
        return self._may_change().timeout

    @timeout.setter
    def timeout(self, value: httpx.Timeout) -> None:
        self._may_change().timeout = value


class _SyncForwarding(_Forwarding):
    def request(self, method: str, url: Any, **kwargs: Any) -> httpx.Response:
        target, arguments = self._arguments(url, kwargs)
        return cast(httpx.Response, self._owner._http.request(method, target, **arguments))

    def __enter__(self) -> _SyncForwarding:
        return self

    def __exit__(self, *args: object) -> None:  # the SDK client owns the pool: `client.close()` closes it
        pass


class _AsyncForwarding(_Forwarding):
    async def request(self, method: str, url: Any, **kwargs: Any) -> httpx.Response:
        target, arguments = self._arguments(url, kwargs)
        return cast(httpx.Response, await self._owner._http.request(method, target, **arguments))

    async def __aenter__(self) -> _AsyncForwarding:
        return self

    async def __aexit__(self, *args: object) -> None:
        pass


def bound_generated_client(owner: _BaseClient[Any], *, is_async: bool) -> AuthenticatedClient:
    """The generated client of `owner`'s layout, sending through `owner`'s httpx client (see the module)."""
    package = import_module(_PACKAGES[owner.layout])
    # The token stays empty: the key is added per request by the SDK's own auth, as for every other call.
    generated = package.AuthenticatedClient(base_url=owner.base_url, token="", auth_header_name="x-api-key", prefix="")
    if is_async:
        generated.set_async_httpx_client(_AsyncForwarding(owner))
    else:
        generated.set_httpx_client(_SyncForwarding(owner))
    return cast("AuthenticatedClient", generated)


def low_level_client(
    api_key: str | None = None,
    *,
    layout: str | None = None,
    base_url: str | None = None,
    timeout: float | httpx.Timeout | None = None,
    httpx_args: dict[str, Any] | None = None,
) -> AuthenticatedClient:
    """A standalone generated client (`tiktok_live_api.AuthenticatedClient`, or `tiktok_live_rest_api`'s with
    `layout="rest"`) that sends the key the way the service expects (`x-api-key`, no `Bearer`), from the same
    settings and environment variables as `TikTokLiveClient` (EULER_API_KEY, EULER_BASE_URL, EULER_API_LAYOUT).

    It is the generated layer alone: no retries, budget or typed errors, and a 200 answer whose body carries an
    error `code` parses as a success. Use it as a context manager, or close it with
    `client.get_httpx_client().close()`.
    """
    from ._base import USER_AGENT, _api_key_from, _base_url_from, _layout_from

    chosen = _layout_from(layout)
    key = _api_key_from(api_key)
    url = _base_url_from(base_url, chosen)
    package = import_module(_PACKAGES[chosen])
    options: dict[str, Any] = {"headers": {"User-Agent": USER_AGENT}, "httpx_args": httpx_args or {}}
    if timeout is not None:
        options["timeout"] = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    client = package.AuthenticatedClient(
        base_url=url, token=key or "", auth_header_name="x-api-key", prefix="", **options
    )
    return cast("AuthenticatedClient", client)
