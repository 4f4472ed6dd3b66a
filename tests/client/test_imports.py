"""What importing the SDK loads, checked in fresh interpreters (structure only: the benchmark measures time)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import httpx
import pytest

import tiktok_live
import tiktok_live_api.models
from tiktok_live import TikTokLiveClient


def _modules_after(code: str) -> set[str]:
    script = textwrap.dedent(code) + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))\n"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(result.stdout.split())


def test_import_tiktok_live_loads_almost_nothing() -> None:
    loaded = _modules_after("import tiktok_live")
    assert "tiktok_live._client" not in loaded
    assert "httpx" not in loaded
    assert not any(name.startswith("tiktok_live_api") for name in loaded)


def test_importing_the_client_loads_no_model_and_no_asyncio() -> None:
    loaded = _modules_after("from tiktok_live import TikTokLiveClient, AsyncTikTokLiveClient")
    assert not any(name.startswith("tiktok_live_api.models.") for name in loaded)
    assert not any(name.startswith("tiktok_live_api.api.") for name in loaded)
    assert "asyncio" not in loaded
    assert "tiktok_live._lib._bulk" not in loaded


# One call of a client, answered by a MockTransport.
_ONE_CALL = """
import httpx
from tiktok_live import TikTokLiveClient

body = {"code": 200, "ok": True, "routes_attempted": ["web"], "is_live": True, "room_id": "7"}
transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
client = TikTokLiveClient(api_key="k", http_client=httpx.Client(transport=transport))
assert client.room_id("someone").room_id == "7"
"""


def test_a_call_loads_only_the_models_it_needs() -> None:
    loaded = _modules_after(_ONE_CALL)
    assert "tiktok_live_api.models.room_id_response" in loaded
    assert "tiktok_live_api.models.room_info_response" not in loaded
    assert "tiktok_live_api.models.live_room" not in loaded
    assert "tiktok_live_api.api.webcast.retrieve_room_info" not in loaded


def test_a_plain_call_loads_no_live_connection_slots_nor_budget_messages() -> None:
    loaded = _modules_after(_ONE_CALL)
    assert "tiktok_live._budget._slots" not in loaded  # made by the budget when a stream first needs a slot
    assert "tiktok_live._budget._redis_link" not in loaded
    assert "tiktok_live._budget._messages" not in loaded  # what the budget says of waits and refusals


# A first call imports its own resource's module of the catalog (`_catalog/<resource>.py`) and the models its
# answer can hold, not the other resources' nor the models that carry credentials elsewhere.
@pytest.mark.parametrize(
    ("call", "part"),
    [
        ("client.room_id('someone')", "webcast"),
        ("client.rate_limits()", "accounts"),
        ("client.captchas.retrieve_credits()", "captchas"),
    ],
)
def test_a_first_call_loads_only_its_resources_catalog_module(call: str, part: str) -> None:
    from tiktok_live._catalog import PARTS, SECRET_FIELDS, SECRET_REACH, by_name
    from tiktok_live.testing import FakeEulerService

    # The fake's answer, recorded here: the fake itself reads the whole catalog, so the fresh interpreter replays
    # the answer through a MockTransport and loads only what the client does.
    answers: dict[str, tuple[int, dict[str, str], bytes]] = {}  # by path: the budget's rate_limits() too
    fake = FakeEulerService().transport()

    def record(request: httpx.Request) -> httpx.Response:
        answer = fake.handle_request(request)
        answers[request.url.path] = (answer.status_code, dict(answer.headers), answer.read())
        return answer

    http = httpx.Client(transport=httpx.MockTransport(record), base_url="https://tiktok.eulerstream.com")
    with TikTokLiveClient(api_key="k" * 20, http_client=http) as client:
        eval(call, {"client": client})  # one of the literal calls above
    loaded = _modules_after(
        f"""
        import httpx
        from tiktok_live import TikTokLiveClient

        answers = {answers!r}

        def replay(request):
            status, headers, content = answers[request.url.path]
            return httpx.Response(status, headers=headers, content=content)

        http = httpx.Client(transport=httpx.MockTransport(replay), base_url="https://tiktok.eulerstream.com")
        with TikTokLiveClient(api_key="k" * 20, http_client=http) as client:
            {call}
        """
    )
    assert {name for name in loaded if name.startswith("tiktok_live._catalog.")} == {f"tiktok_live._catalog.{part}"}
    assert len(PARTS) > 3
    method = by_name(call.partition("(")[0].removeprefix("client.").replace(".", " ").replace("_", "-"))
    held = {target for op in method.operations for target in SECRET_REACH.get(op.model, ())}
    assert not [ref for ref in SECRET_FIELDS if ref.partition(":")[0] in loaded and ref not in held]


def test_the_catalogs_parts_are_attributes_of_the_package_loaded_on_first_read() -> None:
    """The client methods read their operations as `_catalog.<part>.<OPERATION>`: a part is imported the first
    time it is read and is a plain attribute after; any other name is an AttributeError."""
    loaded = _modules_after(
        """
        import sys

        from tiktok_live import _catalog

        assert "tiktok_live._catalog.alerts" not in sys.modules
        alerts = _catalog.alerts
        assert alerts is sys.modules["tiktok_live._catalog.alerts"] and "alerts" in vars(_catalog)
        assert not hasattr(_catalog, "no_such_part")
        """
    )
    assert {name for name in loaded if name.startswith("tiktok_live._catalog.")} == {"tiktok_live._catalog.alerts"}


def test_a_generated_endpoint_module_loads_only_its_models() -> None:
    loaded = _modules_after("import tiktok_live_api.api.webcast.retrieve_room_id")
    models = {name for name in loaded if name.startswith("tiktok_live_api.models.")}
    assert models == {"tiktok_live_api.models.error_response", "tiktok_live_api.models.room_id_response"}


@pytest.mark.parametrize("package", [tiktok_live, tiktok_live_api.models], ids=lambda package: package.__name__)
def test_lazy_packages_still_export_every_name(package: object) -> None:
    names = package.__all__  # type: ignore[attr-defined]
    assert names
    for name in names:
        assert getattr(package, name) is not None
        assert name in dir(package)
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        package.Nope  # type: ignore[attr-defined]  # noqa: B018


# What the CLI's help and argument parsing load: `tiktok-live --help` starts without httpx (whose import costs
# more than the rest of the start-up), the client, the answers' classes, the generated packages or the rate-limit
# modules; each loads when a command runs.
_NOT_FOR_HELP = ("httpx", "tiktok_live._client", "tiktok_live._base", "tiktok_live._results", "tiktok_live._lib._bulk")
_NOT_FOR_HELP_PREFIXES = ("tiktok_live_api", "tiktok_live_rest_api", "tiktok_live._budget", "tiktok_live.resources")


def _cli_modules_after(argv: list[str]) -> set[str]:
    return _modules_after(
        f"""
        import contextlib, io
        from tiktok_live.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            try:
                code = main({argv!r})
            except SystemExit as exit:  # --help
                code = exit.code
        assert code == 0, code
        """
    )


@pytest.mark.parametrize(
    "argv",
    [["--help"], ["alerts", "--help"], ["alerts", "targets", "--help"], ["room-id", "--help"], ["is-live", "--help"]],
    ids=" ".join,
)
def test_cli_help_loads_no_http_client_and_no_generated_package(argv: list[str]) -> None:
    loaded = _cli_modules_after(argv)
    assert "tiktok_live.cli" in loaded
    assert not [name for name in _NOT_FOR_HELP if name in loaded]
    assert not [name for name in loaded if name.startswith(_NOT_FOR_HELP_PREFIXES)]


# The parser lists commands from the catalog's index; a command's own help reads its resource's module alone.
@pytest.mark.parametrize(
    ("argv", "parts"),
    [(["--help"], set()), (["alerts", "--help"], set()), (["room-id", "--help"], {"webcast"}),
     (["alerts", "targets", "list", "--help"], {"alerts"}), (["rate-limits", "--help"], {"accounts"})],
    ids=lambda value: " ".join(value) if isinstance(value, list) else None,
)  # fmt: skip
def test_cli_start_up_loads_only_the_catalog_module_of_the_command(argv: list[str], parts: set[str]) -> None:
    loaded = _cli_modules_after(argv)
    assert {name for name in loaded if name.startswith("tiktok_live._catalog.")} == {
        f"tiktok_live._catalog.{part}" for part in parts
    }


def test_importing_the_cli_loads_no_http_client() -> None:
    loaded = _modules_after("import tiktok_live.cli")
    assert not [name for name in _NOT_FOR_HELP if name in loaded]
    assert not [name for name in loaded if name.startswith(_NOT_FOR_HELP_PREFIXES)]


def test_a_cli_command_still_loads_the_client() -> None:  # the check above sees the modules a command needs
    loaded = _cli_modules_after(["--mock", "room-id", "someone"])
    assert {"httpx", "tiktok_live._client"} <= loaded
