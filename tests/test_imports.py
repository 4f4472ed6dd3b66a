"""What importing the SDK loads, checked in fresh interpreters (structure only: the benchmark measures time)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

import tiktok_live
import tiktok_live_api.models


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
    assert "tiktok_live._bulk" not in loaded


def test_a_call_loads_only_the_models_it_needs() -> None:
    loaded = _modules_after(
        """
        import httpx
        from tiktok_live import TikTokLiveClient

        body = {"code": 200, "ok": True, "routes_attempted": ["web"], "is_live": True, "room_id": "7"}
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
        client = TikTokLiveClient(api_key="k", http_client=httpx.Client(transport=transport))
        assert client.room_id("someone").room_id == "7"
        """
    )
    assert "tiktok_live_api.models.room_id_response" in loaded
    assert "tiktok_live_api.models.room_info_response" not in loaded
    assert "tiktok_live_api.models.live_room" not in loaded
    assert "tiktok_live_api.api.webcast.retrieve_room_info" not in loaded


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
