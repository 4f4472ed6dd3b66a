"""The clients' direct path to their own pool (`_OwnPool`, `_pool.Outgoing`): what it sends and what it hands
back are what httpx's `Client.send` would send and hand back. Speed is measured by `make bench`, not here."""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

import tiktok_live
from tiktok_live import _pool
from tiktok_live._base import _query
from tiktok_live._response import json_body

from .._helpers import BASE_URL, ROOM_ID_BODY, SECRET_KEY, Recorder, make_client, use_handler

PATHS = ["sync", "async", "sync-own", "async-own"]


def _own(kind: str = "sync", **options: Any) -> Any:
    options.setdefault("api_key", SECRET_KEY)
    options.setdefault("base_url", BASE_URL)
    cls = tiktok_live.TikTokLiveClient if kind == "sync" else tiktok_live.AsyncTikTokLiveClient
    return cls(**options)


def _raw_answer(status: int, *, content: bytes, headers: dict[str, str]) -> Any:
    """A handler answering `content` as it is on the wire (a Recorder would decode it first)."""
    return lambda request: httpx.Response(status, headers=headers, stream=httpx.ByteStream(content))


def _call(client: Any, name: str, *args: Any, **kwargs: Any) -> Any:
    result = getattr(client, name)(*args, **kwargs)
    return asyncio.run(result) if asyncio.iscoroutine(result) else result


@given(st.dictionaries(st.text(min_size=1), st.text()))
def test_the_query_is_what_httpx_encodes(params: dict[str, str]) -> None:
    if params:
        assert _query(params) == str(httpx.QueryParams(params))


def test_non_string_values_are_encoded_by_httpx() -> None:
    params = {"limit": 5, "flag": True, "many": ["a", "b c"]}
    assert _query(params) == str(httpx.QueryParams(params))


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_own_pool_calls_send_what_the_user_client_path_sends(kind: str) -> None:
    """The same call through a user's httpx client and through the direct path: the same request on the wire."""
    seen: dict[str, httpx.Request] = {}
    for path in (kind, f"{kind}-own"):
        recorder = Recorder(httpx.Response(200, json=ROOM_ID_BODY))
        make_client(path, recorder, default_headers={"X-Team": "a"}, jwt="the-jwt").room_id("@some.one_1")
        seen[path] = recorder.request
    user, own = seen[kind], seen[f"{kind}-own"]
    assert own.method == user.method
    assert own.url == user.url
    assert own.url.raw_path == b"/webcast/room_id?uniqueId=some.one_1"
    ours = {name: value for name, value in own.headers.items() if name != "user-agent"}
    theirs = {name: value for name, value in user.headers.items() if name != "user-agent"}
    assert ours == theirs  # Host, Accept, Accept-Encoding, Connection, the key, the JWT, the default headers
    assert own.headers["user-agent"].startswith("tiktok-live/")


@pytest.mark.parametrize("kind", ["sync", "async"])
def test_the_answer_is_what_client_send_hands_back(kind: str) -> None:
    recorder = Recorder(httpx.Response(200, json=ROOM_ID_BODY, headers={"RateLimit-Remaining": "3"}))
    client = _own(kind)
    use_handler(client, recorder)
    raw = _call(client.with_raw_response, "room_id", "someone")
    response = raw.http_response
    assert isinstance(response, httpx.Response)
    assert (response.is_closed, response.is_stream_consumed) == (True, True)
    assert response.json() == ROOM_ID_BODY
    assert response.num_bytes_downloaded == len(response.content)
    assert response.elapsed.total_seconds() >= 0
    assert response.http_version == "HTTP/1.1"
    # The request it names is built by httpx only when read, and is the one that was sent.
    assert isinstance(response.request, _pool.SentRequest)
    assert response.request.url == f"{BASE_URL}/webcast/room_id?uniqueId=someone"
    assert response.request.headers["x-api-key"] == SECRET_KEY
    assert response.request.method == "GET"
    assert repr(raw) == "<RawResponse [200] GET /webcast/room_id retries_taken=0>"


def test_a_compressed_answer_is_decoded() -> None:
    body = gzip.compress(json.dumps(ROOM_ID_BODY).encode())
    client = _own()
    use_handler(
        client, _raw_answer(200, content=body, headers={"content-encoding": "gzip", "content-type": "application/json"})
    )
    assert client.room_id("someone").room_id == "7321"


def test_a_bad_compressed_answer_is_an_invalid_response() -> None:
    headers = {"content-encoding": "gzip", "content-type": "application/json"}
    client = _own(max_retries=0)
    use_handler(client, _raw_answer(200, content=b"not gzip", headers=headers))
    with pytest.raises(tiktok_live.InvalidResponseError, match="could not be decoded"):
        client.room_id("someone")


@pytest.mark.parametrize("kind", PATHS)
def test_a_redirect_is_not_followed_on_either_path(kind: str) -> None:
    answer = httpx.Response(302, headers={"location": "https://elsewhere.test/"}, text="moved")
    recorder = Recorder(answer)
    client = make_client(kind, recorder)
    with pytest.raises(tiktok_live.TikTokLiveError) as caught:
        client.room_id("someone")
    assert len(recorder.requests) == 1
    assert type(caught.value) is tiktok_live.InvalidResponseError


def test_the_httpx_log_line_is_written(caplog: pytest.LogCaptureFixture) -> None:
    client = _own()
    use_handler(client, Recorder(httpx.Response(200, json=ROOM_ID_BODY)))
    with caplog.at_level(logging.INFO, logger="httpx"):
        client.room_id("someone")
    lines = [record.getMessage() for record in caplog.records if record.name == "httpx"]
    assert lines == [f'HTTP Request: GET {BASE_URL}/webcast/room_id?uniqueId=someone "HTTP/1.1 200 OK"']


def test_timeouts_ride_on_each_request() -> None:
    sent: list[dict[str, Any]] = []

    class Pool:
        def handle_request(self, request: Any) -> Any:
            import httpcore

            sent.append(request.extensions["timeout"])
            return httpcore.Response(
                200, headers=[(b"content-type", b"application/json")], content=json.dumps(ROOM_ID_BODY).encode()
            )

    class Connection(Pool):
        def has_expired(self) -> bool:
            return False

        def is_available(self) -> bool:
            return True

    client = _own()
    for shard in client._transport._transports:
        shard._pool = Pool()
        shard._new_connection = lambda origin: Connection()
    client.room_id("someone")
    client.with_options(timeout=2.5).room_id("someone")
    client.room_id("someone")
    assert sent == [
        {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0},
        {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5},
        {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0},
    ]


def test_headers_set_through_the_generated_client_reach_later_calls() -> None:
    recorder = Recorder(httpx.Response(200, json=ROOM_ID_BODY))
    client = _own()
    use_handler(client, recorder)
    client.generated.with_headers({"X-Extra": "1"})
    client.generated.with_cookies({"c": "v"})
    client.room_id("someone")
    assert recorder.requests[-1].headers["x-extra"] == "1"
    assert recorder.requests[-1].headers["cookie"] == "c=v"


def test_key_in_the_query_and_bodies_go_through_httpx_requests() -> None:
    recorder = Recorder(httpx.Response(200, json={"code": 200, "data": {}}))
    client = _own(api_key_in_query=True)
    assert client._own is None
    use_handler(client, recorder)
    client.send_chat("7321", "hello", session_id="sid", tt_target_idc="idc")
    request = recorder.request
    assert request.url.params["apiKey"] == SECRET_KEY
    assert json.loads(request.content)["content"] == "hello"


def test_a_base_url_path_prefixes_every_request() -> None:
    recorder = Recorder(httpx.Response(200, json=ROOM_ID_BODY))
    client = _own(base_url="https://euler.test/api/v2/")
    use_handler(client, recorder)
    client.room_id("someone")
    assert recorder.request.url == "https://euler.test/api/v2/webcast/room_id?uniqueId=someone"


def test_a_dot_segment_path_is_left_to_httpx() -> None:
    recorder = Recorder(httpx.Response(200, json=ROOM_ID_BODY))
    client = _own(layout="rest")
    use_handler(client, recorder)
    client.room_id("..")
    assert recorder.request.url.path == httpx.URL(f"{BASE_URL}/webcast/anchors/../room_id").path


def test_errors_name_the_request_that_was_sent() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused")

    client = _own(max_retries=0)
    use_handler(client, refuse)
    with pytest.raises(tiktok_live.APIConnectionError) as caught:
        client.room_id("someone")
    assert caught.value.request is not None
    assert caught.value.request.url.path == "/webcast/room_id"


def test_httpcore_errors_become_httpx_errors_as_httpx_maps_them() -> None:
    import httpcore

    for raised, expected in [
        (httpcore.ReadTimeout("slow"), httpx.ReadTimeout),
        (httpcore.ConnectError("no"), httpx.ConnectError),
        (httpcore.RemoteProtocolError("cut"), httpx.RemoteProtocolError),
        (httpcore.PoolTimeout("busy"), httpx.PoolTimeout),
    ]:
        mapped = _pool._httpx_error(raised)
        assert type(mapped) is expected
        assert str(mapped) == str(raised)
    assert _pool._httpx_error(ValueError("x")) is None


def test_the_request_an_answer_names_is_built_once_and_pickles() -> None:
    import pickle

    built: list[int] = []

    def build() -> httpx.Request:
        built.append(1)
        return httpx.Request("GET", f"{BASE_URL}/webcast/room_id", headers={"x-test": "1"})

    request = _pool.SentRequest(build)
    assert built == []
    assert (request.method, request.headers["x-test"], request.url.path) == ("GET", "1", "/webcast/room_id")
    assert request.content == b""
    assert built == [1]
    copy = pickle.loads(pickle.dumps(request))
    assert (copy.method, str(copy.url)) == ("GET", f"{BASE_URL}/webcast/room_id")
    with pytest.raises(AttributeError):
        request.no_such_attribute  # noqa: B018


# -- the shortcuts the direct path takes, each against what it stands for ----------------------------------------

_HEADER_NAMES = st.sampled_from(["Content-Type", "content-length", "X-Request-Id", "RateLimit-Remaining", "Set-Cookie"])
_HEADER_VALUES = st.binary(max_size=20).filter(lambda value: b"\r" not in value and b"\n" not in value)


@given(
    status=st.sampled_from([200, 204, 401, 429, 503]),
    headers=st.lists(st.tuples(_HEADER_NAMES.map(str.encode), _HEADER_VALUES), max_size=6),
    body=st.binary(max_size=50),
)
def test_an_answer_read_directly_is_what_httpx_reads(
    status: int, headers: list[tuple[bytes, bytes]], body: bytes
) -> None:
    """`_read_answer` sets an answer's fields itself (an answer without a Content-Encoding): the same state as
    httpx's constructor and `read()` leave, whatever its headers (repeated, any case, any bytes)."""
    extensions = {"http_version": b"HTTP/1.1", "reason_phrase": b"OK"}
    request = httpx.Request("GET", "http://test/")
    direct = _pool._read_answer(status, headers, body, extensions, request)
    built = _pool._built_answer(status, headers, body, extensions, request)
    assert _pool._answer_state(direct) == _pool._answer_state(built)
    assert (direct.content, direct.headers.multi_items(), direct.text) == (
        built.content,
        built.headers.multi_items(),
        built.text,
    )


def test_answers_are_read_directly_with_this_httpx() -> None:
    """The installed httpx is one the shortcut knows (else every answer is built by httpx: slower, not wrong)."""
    assert _pool._reads_directly()


def test_an_httpx_the_shortcut_does_not_know_builds_its_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_pool, "_read_answer", lambda *args: httpx.Response(200))  # not what httpx would build
    monkeypatch.setattr(_pool, "_READ", [])
    client = _own()
    use_handler(client, Recorder(httpx.Response(200, json=ROOM_ID_BODY)))
    assert client.room_id("someone").room_id == "7321"
    assert [_pool._built_answer] == _pool._READ


@given(st.lists(st.tuples(_HEADER_NAMES, st.text(alphabet="abc XYZ-=;/", max_size=10)), max_size=4))
def test_headers_checked_once_send_the_bytes_h11_sends(extra: list[tuple[str, str]]) -> None:
    """`_h11_headers` hands h11 the headers it checked once: h11 writes the same request as from the plain list."""
    import h11

    headers = [(b"Host", b"example.com"), *((name.encode(), value.encode()) for name, value in extra)]
    prepared = _pool._h11_headers(headers)

    def wire(sent: Any) -> bytes | str:
        try:
            return h11.Connection(h11.CLIENT).send(h11.Request(method=b"GET", target=b"/a?b=c", headers=sent)) or b""
        except h11.LocalProtocolError as refused:  # a Content-Length of letters, say: refused either way
            return str(refused)

    assert wire(prepared) == wire(headers)


def test_headers_h11_refuses_are_left_for_h11_to_refuse() -> None:
    headers = [(b"Accept", b"*/*")]  # no Host
    assert _pool._h11_headers(headers) is headers


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(), children, max_size=3),
    max_leaves=8,
)


@given(
    document=st.dictionaries(st.text(), _JSON, max_size=4) | st.lists(_JSON, max_size=4),
    encoding=st.sampled_from(["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]),
    indent=st.sampled_from([None, 1]),
)
def test_a_json_body_reads_as_json_loads_reads_it(document: object, encoding: str, indent: int | None) -> None:
    """`json_body` decodes UTF-8 itself; the encodings json.loads recognises (UTF-16/32) stay its to find."""
    content = ((" " if encoding == "utf-8" else "") + json.dumps(document, indent=indent)).encode(encoding)
    response = httpx.Response(200, content=content)
    assert json_body(response) == (json.loads(content.lstrip()) if content.lstrip()[:1] in (b"{", b"[") else None)
    if encoding == "utf-8":
        assert json_body(response) == document
