from typing import Literal

TikTokSignLiveClient = Literal[
    "gotiktok_live",
    "internal",
    "ttlive-cloudflare",
    "ttlive-java",
    "ttlive-net",
    "ttlive-node",
    "ttlive-other",
    "ttlive-python",
    "ttlive-rust",
]

TIK_TOK_SIGN_LIVE_CLIENT_VALUES: set[TikTokSignLiveClient] = {
    "gotiktok_live",
    "internal",
    "ttlive-cloudflare",
    "ttlive-java",
    "ttlive-net",
    "ttlive-node",
    "ttlive-other",
    "ttlive-python",
    "ttlive-rust",
}


def check_tik_tok_sign_live_client(value: str) -> TikTokSignLiveClient:
    if value in TIK_TOK_SIGN_LIVE_CLIENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TIK_TOK_SIGN_LIVE_CLIENT_VALUES!r}"
    )
