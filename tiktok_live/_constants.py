from __future__ import annotations

import httpx

DEFAULT_BASE_URL = "https://tiktok.eulerstream.com"
# The REST layout's service (`layout="rest"`); the flat layout's is DEFAULT_BASE_URL.
DEFAULT_REST_BASE_URL = "https://api.eulerstream.com"
DEFAULT_LAYOUT = "flat"
LAYOUT_ENV_VAR = "EULER_API_LAYOUT"

# Finite by default: a stalled server must never hang the caller. /webcast/fetch signs and fetches from
# TikTok on the server side, so reads get a generous allowance; connecting should be quick.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
# A server hint (Retry-After and friends) longer than this is not slept through: the error is raised
# at once with `retry_after` set, so the caller decides.
DEFAULT_MAX_RETRY_WAIT = 60.0
# The pool of the clients we build: 100 connections, all kept alive (httpx keeps only 20 idle ones by
# default, so more than 20 concurrent calls close and reopen connections), idle ones closed after 30 s.
# They are split over POOL_SHARDS httpx pools of 10: httpcore's per-request bookkeeping grows with the
# connections one pool holds (see _pool.py). Pass `http_client=` to use a pool of your own instead.
DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=30.0)
POOL_SHARDS = 10

API_KEY_ENV_VARS = ("EULER_API_KEY", "SIGN_API_KEY")
BASE_URL_ENV_VARS = ("EULER_BASE_URL", "SIGN_API_URL")

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0

# Live events: Euler's WebSocket service (tiktok_live._live._session).
DEFAULT_WS_URL = "wss://ws.eulerstream.com"
WS_URL_ENV_VARS = ("EULER_WS_URL",)
