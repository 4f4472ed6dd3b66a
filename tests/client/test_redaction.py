"""Redaction of known credentials from texts: values of at least 8 characters are redacted wherever the SDK
writes them (status errors, transport errors, live-events close reasons, CLI messages, logs); shorter ones are
left alone, so a key "o" cannot turn "Connection refused" into "C<redacted>nnecti<redacted>n refused".

Each path runs over every secret argument of every operation, or every way a key reaches the client."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from tiktok_live import (
    APIConnectionError,
    APIStatusError,
    AsyncTikTokLiveClient,
    LiveEventsError,
    TikTokLiveClient,
    _catalog,
    cli,
)
from tiktok_live._logs import MIN_SECRET_LENGTH, REDACTED, redact, redact_secrets
from tiktok_live._operations import Method, Operation
from tiktok_live.testing import FakeEulerService, FakeLiveServer

from .._helpers import make_client, method_of
from .fault_server import FaultServer, Respond
from .test_facade import required_arguments

SHORT = ("o", "e", "n-7char")  # the last one is one character under the threshold
LONG = "secret-value-0123456789"
SECRETS = [*SHORT, LONG]
MESSAGE = "Connection refused: No agents are available for {secret}"


def _shown(text: str, secret: str) -> None:
    """The property: a short secret leaves the text as it was, a long one is gone and marked."""
    if len(secret) < MIN_SECRET_LENGTH:
        assert MESSAGE.format(secret=secret) in text, text
        assert REDACTED not in text, text
    else:
        assert secret not in text, text
        assert MESSAGE.format(secret=REDACTED) in text, text


@pytest.mark.parametrize("secret", SECRETS)
def test_the_helper_redacts_exactly_the_long_secrets_and_their_url_forms(secret: str) -> None:
    text = MESSAGE.format(secret=secret)
    _shown(redact_secrets(text, [secret, None, ""]), secret)
    tricky = secret + "/+ &-0123"  # long enough, with characters a URL encodes
    encoded = redact_secrets(f"url ?k={quote(tricky, safe='')} raw {tricky}", [tricky])
    assert tricky not in encoded
    assert quote(tricky, safe="") not in encoded


def test_the_threshold_is_eight_characters() -> None:
    assert redact_secrets("a 1234567 b", ["1234567"]) == "a 1234567 b"
    assert redact_secrets("a 12345678 b", ["12345678"]) == f"a {REDACTED} b"


@pytest.mark.parametrize("kind", ["sync", "async", "sync-own", "async-own"])
@pytest.mark.parametrize("secret", SECRETS)
def test_a_key_echoed_in_a_status_error(kind: str, secret: str) -> None:
    message = MESSAGE.format(secret=secret)
    client = make_client(
        kind, lambda request: httpx.Response(400, json={"code": 400, "message": message}), api_key=secret
    )
    with pytest.raises(APIStatusError) as caught:
        client.rate_limits()
    _shown(str(caught.value), secret)


# Every operation that takes a credential argument, in each layout that serves it.
WITH_SECRET_ARGUMENTS = [
    (method, operation)
    for method in _catalog.methods()
    for operation in method.operations
    if any(param.secret for param in operation.params)
]


@pytest.mark.parametrize("served", WITH_SECRET_ARGUMENTS, ids=lambda pair: f"{pair[1].layout}-{pair[1].operation_id}")
@pytest.mark.parametrize("secret", SECRETS)
def test_a_credential_argument_echoed_in_a_status_error(
    served: tuple[Method[Any], Operation[Any]], secret: str
) -> None:
    method, operation = served
    arguments = required_arguments(method, operation)
    # Each credential the operation sends: its own secret arguments and those a derived one is built from.
    secret_names = {param.name for param in operation.params if param.secret and not param.derive}
    secret_names |= {name for param in operation.params for name in param.secret_sources}
    assert secret_names
    arguments.update(dict.fromkeys(secret_names, secret))
    message = MESSAGE.format(secret=secret)
    client = make_client(
        "sync",
        lambda request: httpx.Response(400, json={"code": 400, "message": message}),
        layout=operation.layout,
        api_key="the-api-key-of-this-test",
    )
    with pytest.raises(APIStatusError) as caught:
        method_of(client, method.name)(**arguments)
    _shown(str(caught.value), secret)


@pytest.mark.parametrize("kind", ["sync", "async", "sync-own", "async-own"])
@pytest.mark.parametrize("secret", SECRETS)
def test_a_key_in_a_transport_error(kind: str, secret: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(MESSAGE.format(secret=secret), request=request)

    client = make_client(kind, refuse, api_key=secret, max_retries=0)
    with pytest.raises(APIConnectionError) as caught:
        client.rate_limits()
    _shown(str(caught.value), secret)


@pytest.fixture
def live() -> Iterator[FakeLiveServer]:
    with FakeLiveServer(FakeEulerService(), events=5) as server:
        yield server


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("secret", SECRETS)
def test_a_key_echoed_in_a_live_close_reason(
    live: FakeLiveServer, kind: str, secret: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    live.close_next(4400, MESSAGE.format(secret=secret))

    async def collect_async() -> None:
        async with AsyncTikTokLiveClient(api_key=secret) as client:
            async with client.live_events("@someone", ws_url=live.ws_url) as events:
                [event async for event in events]

    def collect_sync() -> None:
        with TikTokLiveClient(api_key=secret) as client, client.live_events("@someone", ws_url=live.ws_url) as events:
            list(events)

    with pytest.raises(LiveEventsError) as caught:
        collect_sync() if kind == "sync" else asyncio.run(collect_async())
    _shown(str(caught.value), secret)
    _shown(caught.value.reason, secret)
    if len(secret) >= MIN_SECRET_LENGTH:
        assert all(secret not in record.getMessage() for record in caplog.records)


@pytest.mark.parametrize("secret", SECRETS)
def test_a_key_echoed_to_the_cli(
    secret: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    service = FakeEulerService()
    service.fail_next(None, status=400, message=MESSAGE.format(secret=secret))
    monkeypatch.setattr(cli, "_fake_transport", service.transport)
    key_file = tmp_path / "key"
    key_file.write_text(secret)
    command = next(method.command for method in _catalog.methods() if not required_arguments(method))
    code = cli.main(["--mock", "--api-key-file", str(key_file), *command.split()])
    _, err = capsys.readouterr()
    assert code != 0
    _shown(err, secret)


@pytest.mark.parametrize("secret", ["o\x00", "long-secret-with\x00-a-nul", "a\rb"])
def test_a_key_http_cannot_carry_is_not_quoted_by_the_library_message(secret: str) -> None:
    """h11 refuses such a header and quotes it escaped (b'o\\x00'), where no redaction would find it."""
    with FaultServer(Respond(200, {"code": 200})) as server:
        client = TikTokLiveClient(api_key=secret, base_url=server.url, max_retries=0, rate_limiter=None)
        with pytest.raises(APIConnectionError) as caught:
            client.rate_limits()
    text = str(caught.value)
    assert "does not allow" in text
    for form in (secret, repr(secret)[1:-1], repr(secret.encode())[2:-1]):
        assert form not in text


def test_a_secret_inside_a_longer_one_leaves_nothing_of_the_longer() -> None:
    assert redact_secrets("x key-zz345678 y", ["zz345678", "key-zz345678"]) == f"x {REDACTED} y"
    assert redact_secrets("a/b c", ["a/b-c-d-e", "a/b"]) == "a/b c"  # short: left alone
    assert redact_secrets("k=a%2Fb+c%2Bd+e&l=a/b c+d e", ["a/b c+d e"]) == f"k={REDACTED}&l={REDACTED}"


def test_the_log_filter_marks_where_a_value_was() -> None:
    url = "GET https://host/webcast/fetch?session_id=abc123&tt_target_idc=useast5&apiKey=k-1&x=1"
    assert (
        redact(url)
        == f"GET https://host/webcast/fetch?session_id={REDACTED}&tt_target_idc=useast5&apiKey={REDACTED}&x=1"
    )
    headers = "[(b'X-Set-TT-Cookie', b'ttwid=1|2'), (b'Content-Type', b'text/plain')]"
    assert redact(headers) == f"[(b'X-Set-TT-Cookie', b'{REDACTED}'), (b'Content-Type', b'text/plain')]"


def test_install_attaches_the_filter_once_to_each_logger_that_prints_urls() -> None:
    from tiktok_live import _logs

    loggers = [logging.getLogger(name) for name in _logs.LOGGERS]
    for logger in loggers:  # as if no client had been built in this process yet
        while _logs._FILTER in logger.filters:
            logger.removeFilter(_logs._FILTER)
    _logs.install()
    _logs.install()
    assert [logger.filters.count(_logs._FILTER) for logger in loggers] == [1] * len(loggers)
    assert _logs._FILTER not in logging.getLogger().filters
