from __future__ import annotations

import pytest


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
