"""The Redis budget's Lua scripts and the in-process budget are one model in two languages: for any sequence of
takes and answers (hints, reports, 429s, lost answers, in any order), both decide the same."""

from __future__ import annotations

import itertools
import os
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tiktok_live import LocalBudget, RedisBudget
from tiktok_live._budget._local import WINDOW_SECONDS, Hint, Observation, Refusal, Ticket

from .._redis_server import RedisServer

FUZZ = os.environ.get("TIKTOK_LIVE_FUZZ") == "1"
NAMES = list(WINDOW_SECONDS)
_prefixes = itertools.count()

windows = st.sampled_from(NAMES)
resets = st.sampled_from([None, 10.0, 30.0, 50.5, 3_000.0])
hints = st.builds(Hint, windows, st.integers(0, 6), resets, st.sampled_from(["header", "429"]))
reports = st.dictionaries(
    windows,
    st.tuples(st.integers(1, 8), st.integers(0, 8), st.sampled_from([None, 20.0, 55.0, 2_000.0])),
    min_size=1,
).map(
    lambda chosen: Observation(
        limits={name: most for name, (most, _, _) in chosen.items()},
        remaining={name: min(left, most) for name, (most, left, _) in chosen.items()},
        reset_in={name: reset for name, (_, _, reset) in chosen.items() if reset is not None},
        unknown=frozenset(name for name in NAMES if name not in chosen),
    )
)
closures = st.builds(
    lambda name, seconds: Observation(closed_for={name: seconds}), windows, st.sampled_from([-1.0, 40.0])
)
observations = st.one_of(
    st.just(Observation()), st.builds(lambda hint: Observation(hint=hint), hints), reports, closures
)
steps = st.lists(
    st.one_of(st.just(("take",)), st.tuples(st.just("learn"), st.integers(0, 20), observations)),
    max_size=30,
)


def _same(local: Ticket | Refusal, shared: Ticket | Refusal) -> None:
    assert type(local) is type(shared), (local, shared)
    if isinstance(local, Refusal) and isinstance(shared, Refusal):
        assert (local.window, local.limit, local.source) == (shared.window, shared.limit, shared.source)
        assert abs(local.refills_in - shared.refills_in) < 1.0, (local, shared)


@pytest.mark.fuzz
@settings(
    max_examples=1_000 if FUZZ else 80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    derandomize=not FUZZ,
)
@given(steps=steps)
def test_the_lua_scripts_decide_as_the_in_process_budget(redis_server: RedisServer, steps: list[Any]) -> None:
    local = LocalBudget(clock=time.time, margin=0.0)
    shared = RedisBudget(redis_server.url, margin=0.0, prefix=f"lua-{next(_prefixes)}")
    tickets: list[tuple[Ticket, Ticket]] = []
    try:
        for step in steps:
            if step[0] == "take":
                mine, theirs = local.take("k"), shared.take("k")
                _same(mine, theirs)
                if isinstance(mine, Ticket) and isinstance(theirs, Ticket):
                    tickets.append((mine, theirs))
            else:
                _, which, observation = step
                pair = tickets.pop(which % len(tickets)) if tickets else None
                local.learn("k", observation, None if pair is None else pair[0])
                shared.learn("k", observation, None if pair is None else pair[1])
        for mine_view, theirs_view in zip(local.windows("k"), shared.windows("k"), strict=True):
            assert mine_view[:6:2] + mine_view[3:5] + (mine_view.source,) == (
                theirs_view[:6:2] + theirs_view[3:5] + (theirs_view.source,)
            )
    finally:
        shared.close()
