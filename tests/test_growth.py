"""The spec can grow: a new operation and a new response field regenerate into a working client.

The regenerated package is imported only in subprocesses (PYTHONPATH first), so the installed
`tiktok_live_api` of this interpreter is never replaced.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from generate import generate_into  # noqa: E402

NEW_OPERATION = {
    "operationId": "RetrieveRoomGifts",
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
    from tiktok_live_api.api.webcast import retrieve_room_gifts
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
    result = retrieve_room_gifts.sync_detailed(client=client, unique_id="someone")
    assert isinstance(result.parsed, RoomGiftsResponse), result
    assert [(g.id, g.name) for g in result.parsed.gifts] == [(5655, "Rose")]
    assert result.parsed.additional_properties["added_later"] == {"x": 1}
    assert seen[0].url.path == "/webcast/room_gifts"
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
    spec["paths"]["/webcast/room_gifts"] = {"get": NEW_OPERATION}
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
    assert (package / "api" / "webcast" / "retrieve_room_gifts.py").is_file()
    assert "region" in (package / "models" / "room_id_response.py").read_text(encoding="utf-8")


def test_new_operation_is_callable_and_unknown_fields_parse(regenerated: Path) -> None:
    result = _run(["-c", CALL_NEW_OPERATION, str(regenerated)], regenerated)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "ok"


def test_existing_generated_layer_tests_pass_on_the_regenerated_package(regenerated: Path) -> None:
    result = _run(["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_generated_layer.py"], regenerated)
    assert result.returncode == 0, result.stdout + result.stderr
