"""What a new user meets first (issue 12): the fake, the clients and the CLI used as a newcomer would."""

from __future__ import annotations

import argparse
import asyncio
import re
from pathlib import Path

import httpx
import pytest
import yaml

import tiktok_live
import tiktok_live.testing
from tiktok_live import (
    APIConnectionError,
    AsyncTikTokLiveClient,
    AuthenticationError,
    NotFoundError,
    PremiumRequiredError,
    TikTokLiveClient,
    TikTokLiveError,
    cli,
)
from tiktok_live.testing import FakeEulerService

from .._helpers import closed_port

BASE_URL = "https://tiktok.eulerstream.com"
ROOT = Path(__file__).resolve().parents[2]


def fake_client(service: FakeEulerService, **options: object) -> TikTokLiveClient:
    client = TikTokLiveClient(
        api_key=str(options.pop("api_key", "k")),
        base_url=str(options.pop("base_url", BASE_URL)),
        http_client=httpx.Client(transport=service.transport()),
        **options,  # type: ignore[arg-type]
    )
    client._sleep = lambda seconds: None  # type: ignore[method-assign]
    return client


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


# -- rate-limit state -----------------------------------------------------------------------------


def test_successful_answers_carry_and_update_the_rate_limit_state() -> None:
    client = fake_client(FakeEulerService())
    raw = client.with_raw_response.room_id("someone")
    remaining = int(raw.headers["RateLimit-Remaining"])
    assert client.rate_limit.remaining == remaining
    assert client.rate_limit.reset_at is not None
    client.room_info("someone")
    assert client.rate_limit.remaining == remaining - 1


def test_every_success_declares_the_rate_limit_headers_the_fake_sends() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text())
    headers = fake_client(FakeEulerService()).with_raw_response.room_id("someone").headers
    sent = {name for name in headers if name.lower().startswith("ratelimit-")}
    assert sent
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            declared = {name.lower() for name in operation["responses"]["200"].get("headers", {})}
            assert sent <= declared, (method, path)


def test_a_success_after_a_429_clears_the_limit_label() -> None:
    service = FakeEulerService()
    client = fake_client(service, max_retries=0)
    service.fail_next("room_id", status=429, retry_after=1, limit_label="rate_limit_account_minute")
    with pytest.raises(tiktok_live.RateLimitError):
        client.room_id("someone")
    assert client.rate_limit.limit_label == "rate_limit_account_minute"
    client.room_id("someone")
    assert client.rate_limit.limit_label is None


# -- with_options and the raw twin ----------------------------------------------------------------


def test_with_options_applies_to_with_raw_response_after_it_was_used() -> None:
    service = FakeEulerService()
    client = fake_client(service)
    client.with_raw_response.room_id("someone")  # caches the raw twin of `client`
    service.fail_next("room_id", status=500, times=5)
    before = len(service.requests)
    with pytest.raises(tiktok_live.ServerError):
        client.with_options(max_retries=0).with_raw_response.room_id("someone")
    assert len(service.requests) - before == 1


def test_with_raw_response_has_a_readable_repr() -> None:
    client = TikTokLiveClient(api_key="sk-secret-key", base_url=BASE_URL)
    text = repr(client.with_raw_response)
    assert text.startswith("<TikTokLiveClientWithRawResponse of TikTokLiveClient(")
    assert "sk-secret-key" not in text
    client.close()


# -- error texts ----------------------------------------------------------------------------------


def test_plan_error_does_not_contradict_the_service() -> None:
    service = FakeEulerService(strict=True)
    service.add_key("basic-key", plan="Basic")
    client = fake_client(service, api_key="basic-key")
    with pytest.raises(PremiumRequiredError) as caught:
        client.fetch_webcast_url(unique_id="someone")
    message = str(caught.value)
    assert re.search(r"\ba (?=[AEIOU])", message) is None  # no "a Enterprise"
    # The service said which plan; the SDK names no other.
    named = {plan for plan in ("Public", "Basic", "Pro", "Enterprise") if plan in message}
    detail = caught.value.body["message"]
    assert named == {plan for plan in ("Public", "Basic", "Pro", "Enterprise") if plan in detail}


@pytest.mark.parametrize("key_sent", [True, False])
def test_401_text_says_it_once_and_how_to_set_a_key(key_sent: bool) -> None:
    service = FakeEulerService(strict=True)
    client = fake_client(service, api_key="unknown-key") if key_sent else None
    if client is None:
        client = TikTokLiveClient(base_url=BASE_URL, http_client=httpx.Client(transport=service.transport()))
    with pytest.raises(AuthenticationError) as caught:
        client.room_id("someone")
    message = str(caught.value)
    assert message.count("EULER_API_KEY") == 1
    assert message.lower().count("api key") <= 2  # ours once, the service's once


def test_cli_401_text_speaks_to_cli_users(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    service = FakeEulerService(strict=True)
    with service.serve() as base_url:
        monkeypatch.setenv("EULER_API_KEY", "unknown-key")
        code, _, err = run(capsys, "--base-url", base_url, "room-id", "someone")
    assert code == 5
    assert "api_key=" not in err
    assert "--api-key-file" in err


def test_huge_inputs_are_clipped_in_error_messages() -> None:
    client = TikTokLiveClient(api_key="k", base_url=BASE_URL)
    for call in (
        lambda: client.room_id("x" * 100_000),
        lambda: client.fetch_webcast_url(room_id="1" * 50_000 + "x"),
        lambda: client.sign_webcast_url("u" * 100_000),
    ):
        with pytest.raises(ValueError, match=r"must|is not") as caught:
            call()
        assert len(str(caught.value)) < 300
    with pytest.raises(ValueError, match=r"^base_url") as caught:
        TikTokLiveClient(api_key="k", base_url="ftp://" + "h" * 100_000)
    assert len(str(caught.value)) < 300
    client.close()


@pytest.mark.parametrize("timeout", [0, -1, 0.0])
def test_timeout_must_be_positive_and_the_error_names_it(timeout: float) -> None:
    with pytest.raises(ValueError, match=r"^timeout must be more than 0"):
        TikTokLiveClient(api_key="k", timeout=timeout)
    client = TikTokLiveClient(api_key="k")
    with pytest.raises(ValueError, match=r"^timeout must be more than 0"):
        client.with_options(timeout=timeout)
    client.close()


@pytest.mark.parametrize("value", ["0", "-1", "soon", "inf"])
def test_cli_timeout_error_names_the_option(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["--mock", "--timeout", value, "room-id", "someone"])
    assert caught.value.code == 2
    assert "argument --timeout:" in capsys.readouterr().err


def test_a_dead_proxy_is_blamed_not_the_api(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.delenv(variable, raising=False)
    port = closed_port()
    monkeypatch.setenv("HTTPS_PROXY", f"http://user:secret@127.0.0.1:{port}")
    with TikTokLiveClient(api_key="k", base_url=BASE_URL, max_retries=0) as client:
        with pytest.raises(APIConnectionError) as caught:
            client.room_id("someone")
    message = str(caught.value)
    assert f"proxy http://127.0.0.1:{port}" in message
    assert "secret" not in message
    assert "could not reach the Euler Stream API" not in message


def test_a_base_url_with_the_webcast_path_is_refused_naming_the_argument() -> None:
    with pytest.raises(ValueError, match=r"^base_url .*without the /webcast path"):
        TikTokLiveClient(api_key="k", base_url=f"{BASE_URL}/webcast")


def test_a_base_url_with_another_path_blames_the_url_not_the_creator() -> None:
    client = fake_client(FakeEulerService(), base_url=f"{BASE_URL}/api/v1")
    with pytest.raises(NotFoundError) as caught:
        client.room_id("someone")
    message = str(caught.value)
    assert "base URL" in message
    assert "unique id" not in message
    # An unknown creator still says to check the name.
    with pytest.raises(NotFoundError, match="unique id"):
        fake_client(FakeEulerService()).room_info("nobody_here")


# -- the clients' life cycle and construction -----------------------------------------------------


def test_a_closed_client_raises_an_sdk_error() -> None:
    client = TikTokLiveClient(api_key="k", base_url=BASE_URL)
    client.close()
    with pytest.raises(TikTokLiveError, match="closed"):
        client.room_id("someone")


def test_the_async_client_closes_with_await_close() -> None:
    async def main() -> None:
        client = AsyncTikTokLiveClient(api_key="k", base_url=BASE_URL)
        await client.close()
        assert client._http.is_closed
        with pytest.raises(TikTokLiveError, match="closed"):
            await client.room_id("someone")

    asyncio.run(main())


@pytest.mark.parametrize("cls", [TikTokLiveClient, AsyncTikTokLiveClient])
def test_a_positional_key_gets_a_clear_type_error(cls: type[TikTokLiveClient]) -> None:
    with pytest.raises(TypeError) as caught:
        cls("sk-positional-secret")  # type: ignore[call-arg]
    message = str(caught.value)
    assert f"{cls.__name__}(api_key=...)" in message
    assert "_BaseClient" not in message
    assert "sk-positional-secret" not in message


@pytest.mark.parametrize("module", [tiktok_live, tiktok_live.testing])
def test_dir_shows_the_public_names_only(module: object) -> None:
    names = set(dir(module))
    assert set(module.__all__) <= names  # type: ignore[attr-defined]
    assert not names & {"Any", "TYPE_CHECKING", "import_module", "_importlib", "_typing"}
    assert not [name for name in names if not name.startswith("__") and name not in module.__all__]  # type: ignore[attr-defined]


def test_unset_has_a_readable_repr() -> None:
    from tiktok_live_api.types import UNSET

    assert repr(UNSET) == "UNSET"
    assert "object at 0x" not in repr(fake_client(FakeEulerService()).room_id("offline_creator"))


# -- the command line -----------------------------------------------------------------------------


def test_debug_keeps_the_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    plain, _, _ = run(capsys, "--mock", "room-id", "nobody")
    debug, _, err = run(capsys, "--mock", "--debug", "room-id", "nobody")
    assert plain == debug == 8
    assert "Traceback" in err
    assert err.rstrip().splitlines()[-1].startswith("tiktok-live: room_id:")


def test_quiet_prints_nothing_and_keeps_the_exit_code(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--mock", "is-live", "@someone", "--quiet") == (0, "", "")
    assert run(capsys, "--mock", "-q", "is-live", "offline_creator") == (1, "", "")
    code, out, err = run(capsys, "--mock", "--quiet", "room-id", "nobody")
    assert (code, out) == (8, "")
    assert err.count("\n") == 1


def test_every_global_option_has_help_and_exit_codes_are_in_order() -> None:
    parser = cli.build_parser()
    for action in parser._actions:
        if action.option_strings and not isinstance(action, argparse._HelpAction):
            assert action.help, action.option_strings
    codes = [int(code) for code in re.findall(r"(\d+) [A-Za-z(]", parser.epilog or "")]
    assert codes == sorted(codes)
    assert {code for _, code in cli.EXIT_CODES} <= set(codes)


@pytest.mark.parametrize("command", ["cover", "video"])
def test_cover_and_video_show_what_the_answer_has(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--mock", command, "someone")
    assert code == 0
    assert not [line for line in out.splitlines() if line.endswith(": -")]  # no empty "document: -"
    assert "bytes:" in out


def test_sign_hides_cookie_values_like_fetch(capsys: pytest.CaptureFixture[str]) -> None:
    service = FakeEulerService()
    url = "https://www.tiktok.com/api/live/detail/?aid=1988"
    signed = fake_client(service).sign_webcast_url(url)
    values = [cookie["value"] for cookie in signed.to_dict()["cookies"]]
    assert values
    for args in (["sign", url], ["sign", url, "--json"]):
        code, out, _ = run(capsys, "--mock", *args)
        assert code == 0
        assert "ttwid" in out
        # The mock's answers differ from this service's, so check the shape: no cookie value field.
        assert "'value'" not in out
        assert '"value"' not in out


def test_python_m_testing_is_serve_fake(capsys: pytest.CaptureFixture[str]) -> None:
    from tiktok_live.testing.__main__ import main as testing_main

    with pytest.raises(SystemExit):
        testing_main(["--help"])
    module_help = capsys.readouterr().out
    with pytest.raises(SystemExit):
        cli.main(["serve-fake", "--help"])
    cli_help = capsys.readouterr().out
    assert module_help == cli_help
    for option in ("--port", "--host", "--strict", "--key", "--latency"):
        assert option in cli_help
