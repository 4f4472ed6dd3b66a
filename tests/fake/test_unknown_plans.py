"""An operation whose plans are unknown (the REST reconstruction lost its scopes) says "plans: unknown" in
listings, docstrings and the CLI, and the fake lets any plan call it."""

from __future__ import annotations

import functools
from typing import Any

import httpx
import pytest

import tiktok_live
from tests import _fake_requests
from tests._fake_requests import well_formed
from tiktok_live import _catalog
from tiktok_live._cli._operations import markdown_table, print_listing
from tiktok_live.testing import PLANS, REST_OPERATIONS, FakeEulerService

UNKNOWN = [m for m in _catalog.methods() if m.flat is None and not m.primary.plans]


def test_the_rest_only_operations_have_unknown_plans_not_all_four() -> None:
    assert len(UNKNOWN) > 50
    assert all(m.primary.plans for m in _catalog.methods() if m.flat is not None)


def test_listings_say_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    method = UNKNOWN[0]
    [row] = [line for line in markdown_table().splitlines() if f"`{method.command}`" in line]
    assert row.endswith("| unknown |")
    print_listing(False, "rest")
    listing = capsys.readouterr().out
    assert "    plans: unknown" in listing
    assert "plans: any" not in listing


def test_docstrings_say_unknown() -> None:
    client = tiktok_live.TikTokLiveClient(api_key="k", base_url="https://euler.invalid", layout="rest")
    method: Any = functools.reduce(getattr, UNKNOWN[0].name.split("."), client)
    assert "Plans: unknown" in (method.__doc__ or "")


@pytest.mark.parametrize("method", UNKNOWN[:3], ids=lambda m: m.name)
@pytest.mark.parametrize("plan", PLANS)
def test_the_fake_lets_any_plan_call_an_operation_of_unknown_plans(method: Any, plan: str) -> None:
    service = FakeEulerService()
    operation = REST_OPERATIONS[method.primary.operation_id]
    assert operation.plans == frozenset(PLANS)
    service.add_key("enterprise", "Enterprise")
    headers = {"x-api-key": "enterprise"}
    with httpx.Client(transport=service.transport(), base_url="https://fake.invalid", headers=headers) as http:
        service.add_key("mine", plan)  # type: ignore[arg-type]
        request = well_formed(operation, _fake_requests.known_values(service, http, "enterprise"))
        request["headers"]["x-api-key"] = "mine"
        assert http.request(**request).status_code != 402
