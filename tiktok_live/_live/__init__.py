"""Live events: a LIVE's chat, gifts, likes and the rest, read from Euler's WebSocket service as typed events.

It owns the events and their decoder (`_events.py`, no I/O), the sans-IO session that decides what to do next
(`_session.py`: options, the URL, close codes, reconnects), the sync and async streams that drive it with
`websockets` (`_stream.py`: `LiveEvents`, `AsyncLiveEvents`) and its errors (`_errors.py`). It may import the
client's core (`_base`, `_constants`, `_drive`, `_exceptions`, `_logs`, `_retry`, `_validation`) and the budget
(`_budget`: a stream takes a connection slot); never the clients (`_client`, which imports it for `live_events()`),
the helpers (`_lib`), the CLI or the fake (`testing`). `websockets` is imported only by `_stream.py`, when a
stream is opened.
"""
