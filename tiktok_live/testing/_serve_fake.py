"""`serve_forever`: the fake Euler service over HTTP (`FakeServer`) and its live-events WebSocket (`FakeLiveServer`),
until Ctrl-C; what `tiktok-live serve-fake` runs."""

from __future__ import annotations

import sys
from typing import TextIO

from ._live_fake import FakeLiveServer
from ._server import FakeServer
from ._service import FakeEulerService

__all__ = ["serve_forever"]


def serve_forever(
    port: int = 8080,
    host: str = "127.0.0.1",
    *,
    service: FakeEulerService | None = None,
    out: TextIO | None = None,
    live_rate: float | None = 20.0,
) -> None:
    """Serve a fake Euler service until interrupted (Ctrl-C), printing the base URL and the lines to export.

    This is what `tiktok-live serve-fake --port N` runs. Port 0 picks a free port. The live-events WebSocket
    (`FakeLiveServer`) listens on port N + 1 (a free one for port 0) and streams `live_rate` messages a second.
    """
    stream = sys.stdout if out is None else out

    def log(line: str) -> None:
        print(line, file=stream, flush=True)

    fake = FakeEulerService() if service is None else service
    server = FakeServer(fake, host, port, log=log)
    key = next(iter(fake.keys), None) if fake.strict else "fake-key"
    # The WebSocket side (live events) on the next port, `live_rate` messages a second (None: at full speed).
    live_server = FakeLiveServer(fake, host, port + 1 if port else 0, rate=live_rate, events=400)
    live_server.start()
    log(f"Fake Euler Stream service listening on {server.base_url}")
    log("Point a client at it with (tiktok-live and this SDK read EULER_*, community clients SIGN_*):")
    log(f"  export EULER_BASE_URL={server.base_url}")
    log(f"  export SIGN_API_URL={server.base_url}")
    if key is not None:
        log(f"  export EULER_API_KEY={key}")
        log(f"  export SIGN_API_KEY={key}")
    keys = "only the keys added with add_key() (or --key) are" if fake.strict else "any non-empty API key is"
    log(f"  export EULER_WS_URL={live_server.ws_url}   # live events: tiktok-live watch @someone")
    live = ", ".join(f"@{c.unique_id}" for c in fake.creators.values() if c.is_live) or "nobody"
    log(f"Accepted: {keys} accepted. Live: {live}. Both API layouts are served (EULER_API_LAYOUT=flat|rest).")
    log(f"Admin API (keys, creators, faults, recorded requests; JSON): GET {server.base_url}/__fake__ lists it.")
    log("Stop with Ctrl-C.")
    try:
        server.run()
    except KeyboardInterrupt:
        log("Stopping the fake Euler Stream service.")
    finally:
        server.stop()
        live_server.stop()
