"""The spec can grow: a new operation and a new response field regenerate into a working client.

The regenerated package is imported only in subprocesses (PYTHONPATH first), so the installed
`tiktok_live_api` of this interpreter is never replaced.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from .._helpers import upstream_of

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from generate import generate_into  # noqa: E402

NEW_OPERATION = {
    "operationId": "RetrieveRoomStickers",
    "summary": "List the gifts of a live room",
    "tags": ["webcast"],
    "security": [{"api_key_header": []}],
    "parameters": [{"name": "uniqueId", "in": "query", "required": True, "schema": {"type": "string"}}],
    "responses": {
        "200": {
            "description": "The room's gifts.",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RoomGiftsResponse"}}},
        },
        "404": {"$ref": "#/components/responses/NotFound"},
    },
}
NEW_SCHEMA = {
    "type": "object",
    "required": ["code", "gifts"],
    "properties": {
        "code": {"type": "integer"},
        "gifts": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
            },
        },
    },
}

CALL_NEW_OPERATION = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path

    import httpx
    import tiktok_live_api
    from tiktok_live_api import AuthenticatedClient
    from tiktok_live_api.api.webcast import retrieve_room_stickers
    from tiktok_live_api.models import RoomGiftsResponse, RoomIdResponse

    assert Path(tiktok_live_api.__file__).is_relative_to(sys.argv[1]), tiktok_live_api.__file__
    seen = []

    def answer(request):
        seen.append(request)
        body = {"code": 200, "gifts": [{"id": 5655, "name": "Rose"}], "added_later": {"x": 1}}
        return httpx.Response(200, json=body)

    client = AuthenticatedClient(
        base_url="https://euler.test", token="k", auth_header_name="x-api-key", prefix="",
        httpx_args={"transport": httpx.MockTransport(answer)},
    )
    result = retrieve_room_stickers.sync_detailed(client=client, unique_id="someone")
    assert isinstance(result.parsed, RoomGiftsResponse), result
    assert [(g.id, g.name) for g in result.parsed.gifts] == [(5655, "Rose")]
    assert result.parsed.additional_properties["added_later"] == {"x": 1}
    assert seen[0].url.path == "/webcast/room_stickers"
    assert seen[0].url.params["uniqueId"] == "someone"
    assert seen[0].headers["x-api-key"] == "k"

    room = RoomIdResponse.from_dict(
        {"code": 200, "ok": True, "routes_attempted": [], "region": "eu", "unheard_of": [1]}
    )
    assert room.region == "eu"
    assert room.additional_properties == {"unheard_of": [1]}
    print("ok")
    """
)


def grown_spec() -> dict[str, Any]:
    spec = copy.deepcopy(yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8")))
    spec["paths"]["/webcast/room_stickers"] = {"get": NEW_OPERATION}
    spec["components"]["schemas"]["RoomGiftsResponse"] = NEW_SCHEMA
    spec["components"]["schemas"]["RoomIdResponse"]["properties"]["region"] = {"type": "string"}
    return spec


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory holding `tiktok_live_api` regenerated from the grown spec."""
    root = tmp_path_factory.mktemp("grown")
    spec_path = root / "openapi.yaml"
    spec_path.write_text(yaml.safe_dump(grown_spec(), sort_keys=False), encoding="utf-8")
    generate_into(root / "site" / "tiktok_live_api", spec=spec_path)
    return root / "site"


def _run(args: list[str], site: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_generation_adds_the_new_operation_and_field(regenerated: Path) -> None:
    package = regenerated / "tiktok_live_api"
    assert (package / "api" / "webcast" / "retrieve_room_stickers.py").is_file()
    assert "region" in (package / "models" / "room_id_response.py").read_text(encoding="utf-8")


def test_new_operation_is_callable_and_unknown_fields_parse(regenerated: Path) -> None:
    result = _run(["-c", CALL_NEW_OPERATION, str(regenerated)], regenerated)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "ok"


def test_existing_generated_layer_tests_pass_on_the_regenerated_package(regenerated: Path) -> None:
    result = _run(["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/client/test_generated_layer.py"], regenerated)
    assert result.returncode == 0, result.stdout + result.stderr


# -- upstream grows: import, generate, and the new operation reaches every surface with no other edit ----------

REFERENCE = upstream_of("openapi.yaml")

UPSTREAM_NEW_OPERATION = {
    "operationId": "RetrieveRoomStickers",
    "description": "List the gifts sent in a live room",
    "tags": ["Some New Tag"],  # upstream's tag: our grouping ignores it
    "security": [{"api_key_query": ["PRO"], "api_key_header": ["PRO"]}],
    "parameters": [{"name": "uniqueId", "in": "query", "required": True, "schema": {"type": "string"}}],
    "responses": {
        "200": {
            "description": "Ok",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RoomStickersRouteResponse"}}},
        }
    },
}

USE_THE_GROWN_SDK = textwrap.dedent(
    """
    import asyncio, sys
    from pathlib import Path

    import httpx
    import tiktok_live
    from tiktok_live import _catalog, cli
    from tiktok_live.testing import FakeEulerService
    from tiktok_live_api.models import RoomIdResponse

    assert Path(tiktok_live.__file__).is_relative_to(sys.argv[1]), tiktok_live.__file__
    service = FakeEulerService()
    http = httpx.Client(transport=service.transport(), base_url="https://fake.test")
    method = _catalog.by_name("RetrieveRoomStickers")
    assert method.name == "webcast.retrieve_room_stickers", method.name  # the resource of its tag
    with tiktok_live.TikTokLiveClient(api_key="k", base_url="https://fake.test", http_client=http) as client:
        gifts = client.webcast.retrieve_room_stickers("@someone")
        assert type(gifts).__name__ == "RoomStickersRouteResponse" and gifts.gifts[0].name, gifts
        room = client.room_id("someone")
        assert isinstance(room, RoomIdResponse) and hasattr(room, "region"), room

    async def main():
        transport = service.async_transport()
        async with httpx.AsyncClient(transport=transport, base_url="https://fake.test") as http:
            client = tiktok_live.AsyncTikTokLiveClient(api_key="k", base_url="https://fake.test", http_client=http)
            gifts = await client.webcast.retrieve_room_stickers("someone")
            assert type(gifts).__name__ == "RoomStickersRouteResponse" and gifts.gifts[0].name, gifts

    asyncio.run(main())
    assert cli.main(["--mock", "--json", "webcast", "retrieve-room-stickers", "someone"]) == 0
    assert any(r.path == "/webcast/room_stickers" for r in service.requests), service.requests
    print("ok")
    """
)


def grown_upstream() -> dict[str, Any]:
    """The reference upstream document, one release later: a new operation under a new tag, a response schema
    renamed, and a new optional field on it."""
    upstream: dict[str, Any] = json.loads(REFERENCE.read_text(encoding="utf-8"))
    schemas = upstream["components"]["schemas"]
    schemas["RoomStickersRouteResponse"] = {
        "type": "object",
        "required": ["code"],
        "properties": {
            "code": {"type": "number", "format": "double"},
            "gifts": {"type": "array", "items": {"$ref": "#/components/schemas/RoomSticker"}},
        },
    }
    schemas["RoomSticker"] = {
        "type": "object",
        "required": ["id", "name"],
        "properties": {"id": {"type": "number", "format": "double"}, "name": {"type": "string"}},
    }
    upstream["paths"]["/webcast/room_stickers"] = {"get": UPSTREAM_NEW_OPERATION}
    old_name, new_name = "WebcastRoomIdRouteResponse", "WebcastRoomIdRouteResponseV2"
    renamed = schemas.pop(old_name)
    renamed["properties"]["region"] = {"type": "string"}
    schemas[new_name] = renamed
    text = json.dumps(upstream).replace(f'#/components/schemas/{old_name}"', f'#/components/schemas/{new_name}"')
    grown: dict[str, Any] = json.loads(text)
    return grown


def _git(copy: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(copy), *args], check=True, capture_output=True, text=True)


@pytest.fixture(scope="module")
def grown_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project after `make import-spec` of the grown upstream and `make generate`, committed
    before (HEAD) so that api-diff can compare."""
    copy = tmp_path_factory.mktemp("project") / "tiktok-live"
    tracked = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z"], check=True, capture_output=True, text=True
    ).stdout.split("\0")
    for name in filter(None, tracked):
        source = ROOT / name
        if source.is_file():
            target = copy / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    _git(copy, "init", "-q")
    _git(copy, "add", "-A")
    _git(copy, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "before")
    upstream = copy.parent / "upstream.json"
    upstream.write_text(json.dumps(grown_upstream()), encoding="utf-8")
    for step in (
        ["scripts/import_spec.py", str(upstream)],
        ["scripts/generate.py", "--output", "generated/tiktok_live_api"],
    ):
        result = subprocess.run([sys.executable, *step], cwd=copy, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout + result.stderr
    return copy


def test_grown_upstream_reaches_both_clients_the_cli_and_the_fake(grown_copy: Path) -> None:
    site = os.pathsep.join([str(grown_copy), str(grown_copy / "generated")])
    env = {**os.environ, "PYTHONPATH": site}
    result = subprocess.run(
        [sys.executable, "-c", USE_THE_GROWN_SDK, str(grown_copy)],
        cwd=grown_copy,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith("ok")


def test_grown_upstream_keeps_our_names_and_api_diff_says_nothing_broke(grown_copy: Path) -> None:
    spec = yaml.safe_load((grown_copy / "openapi.yaml").read_text(encoding="utf-8"))
    new = spec["paths"]["/webcast/room_stickers"]["get"]
    assert new["tags"] == ["webcast"]
    assert new["x-euler-plans"]
    assert "RoomIdResponse" in spec["components"]["schemas"]
    assert "WebcastRoomIdRouteResponseV2" not in spec["components"]["schemas"]
    result = subprocess.run(
        [sys.executable, "scripts/api_diff.py", "HEAD"], cwd=grown_copy, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No breaking changes" in result.stdout
    assert "retrieve_room_stickers" in (grown_copy / "docs" / "operations.md").read_text(encoding="utf-8")
