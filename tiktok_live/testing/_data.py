"""What the fake service knows besides the spec and the catalog: plan rate limits, creators."""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass, field
from typing import Literal, get_args

__all__ = [
    "DEFAULT_CREATORS",
    "DEFAULT_LIMITS",
    "PLANS",
    "Creator",
    "Plan",
    "RateLimits",
]

Plan = Literal["Public", "Basic", "Pro", "Enterprise"]
PLANS: tuple[Plan, ...] = get_args(Plan)


@dataclass(frozen=True)
class RateLimits:
    """Requests allowed per window; `None` means the window is not limited."""

    minute: int | None
    hour: int | None
    day: int | None

    @classmethod
    def unlimited(cls) -> RateLimits:
        return cls(None, None, None)


DEFAULT_LIMITS: dict[Plan, RateLimits] = {
    "Public": RateLimits(minute=10, hour=100, day=500),
    "Basic": RateLimits(minute=30, hour=1_000, day=10_000),
    "Pro": RateLimits(minute=120, hour=5_000, day=50_000),
    "Enterprise": RateLimits(minute=600, hour=20_000, day=200_000),
}


def _png_1x1(red: int, green: int, blue: int) -> bytes:
    """A valid one-pixel PNG, so a cover answer is a real image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(bytes([0, red, green, blue]))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


DEFAULT_COVER_IMAGE = _png_1x1(254, 44, 85)


@dataclass
class Creator:
    """A TikTok creator the fake knows about. Empty URL/id fields are derived from `unique_id`/`room_id`."""

    unique_id: str
    room_id: str
    is_live: bool = True
    nickname: str = ""
    title: str = ""
    current_viewers: int = 128
    total_viewers: int = 4_096
    start_time: int = 1_764_126_000
    followers: int = 25_000
    following: int = 180
    is_verified: bool = False
    signature: str = "Live most evenings."
    numeric_uid: str = ""
    sec_uid: str = ""
    avatar_url: str = ""
    cover_url: str = ""
    hls_pull_url: str = ""
    flv_pull_url: str = ""
    hls_pull_url_ld: str = ""
    flv_pull_url_ld: str = ""
    cover_image: bytes = field(default=DEFAULT_COVER_IMAGE, repr=False)

    def __post_init__(self) -> None:
        self.unique_id = self.unique_id.lstrip("@").lower()
        if not self.unique_id:
            raise ValueError("A creator needs a non-empty unique_id.")
        if not self.room_id.isdigit():
            raise ValueError(f"A room id is a decimal number, not {self.room_id!r}.")
        seed = int(self.room_id) % 10**12
        self.nickname = self.nickname or self.unique_id.replace("_", " ").title()
        self.title = self.title or f"{self.nickname} is live!"
        self.numeric_uid = self.numeric_uid or str(6_800_000_000_000_000_000 + seed)
        self.sec_uid = self.sec_uid or f"MS4wLjABAAAA{seed:012d}fake"
        cdn = "https://p16-sign.tiktokcdn-us.com"
        self.avatar_url = (
            self.avatar_url or f"{cdn}/tos-useast5-avt-0068-tx/{self.unique_id}~tplv-tiktokx-cropcenter:100:100.webp"
        )
        self.cover_url = self.cover_url or f"{cdn}/webcast-va/{self.room_id}~tplv-obj.image"
        pull = f"https://pull-f5-tt03.fcdn.us.tiktokcdn.com/stage/stream-{self.room_id}"
        self.hls_pull_url = self.hls_pull_url or f"{pull}_or4/index.m3u8"
        self.flv_pull_url = self.flv_pull_url or f"{pull}_or4.flv"
        self.hls_pull_url_ld = self.hls_pull_url_ld or f"{pull}_ld/index.m3u8"
        self.flv_pull_url_ld = self.flv_pull_url_ld or f"{pull}_ld.flv"

    @property
    def status(self) -> int:
        """TikTok's room status: 2 while live, 4 once the stream has ended."""
        return 2 if self.is_live else 4


def default_creators() -> list[Creator]:
    return [
        Creator("someone", "7321456789012345678", is_live=True, nickname="Someone", is_verified=True),
        Creator("offline_creator", "7321456789012340001", is_live=False, current_viewers=0),
    ]


DEFAULT_CREATORS = tuple(creator.unique_id for creator in default_creators())
