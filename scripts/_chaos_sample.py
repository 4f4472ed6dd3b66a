"""A pytest plugin for `make spec-chaos` (scripts/spec_chaos.py): the focused suite, sampled.

Of every parametrised test it keeps a few cases that name an operation the variant touched (the operationIds in
TIKTOK_LIVE_CHAOS_FOCUS, also in snake_case) and a few others, chosen with the seed TIKTOK_LIVE_CHAOS_SEED;
unparametrised tests all run. Without TIKTOK_LIVE_CHAOS_SEED it does nothing.
"""

from __future__ import annotations

import os
import random
import re

import pytest

SAMPLE = 3  # cases kept of each parametrised test: this many of the touched operations', this many others


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    seed = os.environ.get("TIKTOK_LIVE_CHAOS_SEED")
    if seed is None:
        return
    focus = [name for name in os.environ.get("TIKTOK_LIVE_CHAOS_FOCUS", "").split(",") if name]
    words = {word.lower() for name in focus for word in (name, _snake(name))}
    groups: dict[str, list[pytest.Item]] = {}
    for item in items:
        groups.setdefault(item.nodeid.split("[", 1)[0], []).append(item)
    rng = random.Random(seed)
    kept: set[str] = set()
    for group in groups.values():
        if len(group) <= SAMPLE or "[" not in group[0].nodeid:
            kept |= {item.nodeid for item in group}
            continue
        focused = [item for item in group if any(word in item.nodeid.lower() for word in words)]
        kept |= {item.nodeid for item in rng.sample(focused, min(SAMPLE, len(focused)))}
        kept |= {item.nodeid for item in rng.sample(group, SAMPLE)}
    deselected = [item for item in items if item.nodeid not in kept]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if item.nodeid in kept]
