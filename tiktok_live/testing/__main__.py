"""`python -m tiktok_live.testing [--port N] [--host H] [--strict] [--key K] [--latency S]`: the same command
as `tiktok-live serve-fake`, with the same options."""

from __future__ import annotations

import sys

from tiktok_live.cli import main as cli_main


def main(argv: list[str] | None = None) -> int:
    return cli_main(["serve-fake", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    raise SystemExit(main())
