from __future__ import annotations

from collections.abc import Iterator

import pytest

from ._redis_server import RedisServer, running_redis


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RedisServer]:
    """One throwaway redis-server on a free loopback port for the whole run."""
    with running_redis(tmp_path_factory.mktemp("redis")) as server:
        yield server


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never see a developer's real key or base URL."""
    for name in (
        "EULER_API_KEY",
        "EULER_BASE_URL",
        "SIGN_API_KEY",
        "SIGN_API_URL",
        "EULER_WS_URL",
        "EULER_RATE_LIMIT_URL",
        "EULER_API_LAYOUT",
        "TIKTOK_SESSION_ID",
        "TIKTOK_TT_TARGET_IDC",
    ):
        monkeypatch.delenv(name, raising=False)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under `make mutants`, run a mutant's tests fastest first.

    mutmut runs the tests that reach a mutated function with `-x`, in whatever order it names them; the one
    that kills the mutant is usually a quick one, so ordering by the durations mutmut measured (known to the
    forked worker) stops most mutants in seconds instead of after the slow stateful and Redis tests.
    """
    import sys

    if "mutmut" not in sys.modules:
        return
    try:
        from mutmut.state import state

        durations = state().duration_by_test
    except Exception:  # another mutmut version: keep pytest's order
        return
    if durations:
        items.sort(key=lambda item: durations.get(item.nodeid.removeprefix("mutants/"), 0.0))
