from __future__ import annotations

from collections.abc import Generator

import httpx


class EulerAuth(httpx.Auth):
    """Adds the API key (`x-api-key`, or the `apiKey` query parameter on opt-in) and the JWT (`x-jwt-key`).

    The credentials live only here, so no client, request or error repr can show them.
    """

    def __init__(self, api_key: str | None, jwt: str | None, *, api_key_in_query: bool = False) -> None:
        self._api_key = api_key
        self._jwt = jwt
        self._api_key_in_query = api_key_in_query
        self._secrets = tuple(secret for secret in (api_key, jwt) if secret)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._api_key is not None:
            if self._api_key_in_query:
                request.url = request.url.copy_merge_params({"apiKey": self._api_key})
            else:
                request.headers["x-api-key"] = self._api_key
        if self._jwt is not None:
            request.headers["x-jwt-key"] = self._jwt
        yield request

    @property
    def api_key_in_query(self) -> bool:
        return self._api_key is not None and self._api_key_in_query

    @property
    def secrets(self) -> tuple[str, ...]:
        return self._secrets

    def __repr__(self) -> str:
        def state(value: str | None) -> str:
            return "<set>" if value else "<not set>"

        return f"EulerAuth(api_key={state(self._api_key)}, jwt={state(self._jwt)})"
