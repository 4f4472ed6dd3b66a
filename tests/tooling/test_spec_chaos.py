"""scripts/spec_chaos.py: its variants change each layout's document, the same way for the same seed (the runs
themselves are `make spec-chaos`, in CI after `make check`)."""

from __future__ import annotations

import copy
import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest

from .._helpers import upstream_of

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import spec_chaos  # noqa: E402

DOCUMENTS = {
    layout: upstream_of(output) for layout, output in (("flat", "openapi.yaml"), ("rest", "openapi-rest.yaml"))
}


@pytest.fixture(scope="module")
def documents() -> dict[str, dict[str, Any]]:
    return {layout: json.loads(path.read_text(encoding="utf-8")) for layout, path in DOCUMENTS.items()}


def test_at_least_ten_variants_each_named_once() -> None:
    names = [variant.name for variant in spec_chaos.VARIANTS]
    assert len(names) >= 10
    assert len(set(names)) == len(names)


@pytest.mark.parametrize("layout", list(DOCUMENTS))
@pytest.mark.parametrize("variant", spec_chaos.VARIANTS, ids=lambda v: v.name)
def test_each_variant_changes_the_document_and_is_seeded(
    variant: spec_chaos.Variant, layout: str, documents: dict[str, dict[str, Any]]
) -> None:
    first, second, other = (copy.deepcopy(documents[layout]) for _ in range(3))
    said = variant.transform(first, layout, random.Random(f"1:{variant.name}:{layout}"))
    variant.transform(second, layout, random.Random(f"1:{variant.name}:{layout}"))
    variant.transform(other, layout, random.Random(f"2:{variant.name}:{layout}"))
    assert first != documents[layout], said
    assert first == second
    assert said
    assert not said.startswith("no ")


def test_the_bulk_variant_drops_the_bulk_check_from_both_layouts(documents: dict[str, dict[str, Any]]) -> None:
    for layout, document in documents.items():
        changed = copy.deepcopy(document)
        spec_chaos.drop_bulk(changed, layout, random.Random(0))
        ids = {op["operationId"] for _, _, op in spec_chaos.operations(changed)}
        assert "RetrieveBulkLiveCheck" not in ids


def test_list_names_every_variant(capsys: pytest.CaptureFixture[str]) -> None:
    assert spec_chaos.main(["--list"]) == 0
    out = capsys.readouterr().out
    assert all(variant.name in out for variant in spec_chaos.VARIANTS)
