"""`python -m tiktok_live.testing [--port N] [--host H] [--strict] [--key K[:PLAN]] [--creator NAME[:offline]]
[--latency S] [--live-rate R]`: the same command as `tiktok-live serve-fake`, with the same options (HTTP on the
port, its admin API under `/__fake__`, the live-events WebSocket on the next one)."""

from __future__ import annotations

import sys

from tiktok_live.cli import main as cli_main


def main(argv: list[str] | None = None) -> int:
    return cli_main(["serve-fake", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    raise SystemExit(main())
