"""`python -m tiktok_live.testing [--port N] [--host H] [--strict] [--live-rate R]`: serve the fake Euler service
(HTTP on the port, the live-events WebSocket on the next one)."""

from __future__ import annotations

import argparse

from ._server import serve_forever
from ._service import FakeEulerService


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tiktok_live.testing",
        description="Serve an offline fake of the Euler Stream TikTok LIVE API.",
    )
    parser.add_argument("--port", type=int, default=8080, help="port to listen on (0 picks a free one; default 8080)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--strict", action="store_true", help="reject unknown API keys with 401")
    parser.add_argument("--key", action="append", default=[], help="an accepted Enterprise key (repeatable)")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds to wait before every answer")
    parser.add_argument("--live-rate", type=float, default=20.0, help="live events per second (default 20)")
    args = parser.parse_args(argv)
    service = FakeEulerService(strict=args.strict)
    for key in args.key:
        service.add_key(key)
    service.latency = args.latency
    serve_forever(args.port, args.host, service=service, live_rate=args.live_rate)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
