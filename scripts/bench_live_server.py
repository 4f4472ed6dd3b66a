"""The fake Euler WebSocket for `scripts/bench_live.py`, in its own process: an endless stream of bundled
frames as fast as the socket takes them. Prints its port, then serves until stdin closes."""

from __future__ import annotations

import argparse
import sys

from tiktok_live.testing import FakeEulerService, FakeLiveServer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle-size", type=int, default=20)
    args = parser.parse_args()
    with FakeLiveServer(FakeEulerService(), events=None, bundle_size=args.bundle_size, connection_limit=100) as live:
        print(live.ws_url.rsplit(":", 1)[1], flush=True)
        sys.stdin.read()


if __name__ == "__main__":
    main()
