"""Hand-written helpers over the client's calls, which code generation never touches (like openai's `lib/`).

It owns `check_live` (`_bulk.py`: many creators at once, by unique id or by the bulk live check) and the creator
watch (`watch_creators`: `_watch.py` and its parts, `_watch_events.py` (what a watch reports), `_watch_plan.py`
(its pace and operations), `_watch_connect.py` (live events of the creators who are live) and `_watch_fleet.py`
(a fleet of processes sharing creators through Redis)). It may import the client's core (`_base`, `_catalog`,
`_drive`, `_exceptions`, `_operations`, `_retry`, `_validation`), the budget (`_budget`) and live events (`_live`);
never the clients (`_client`, which imports it lazily for `check_live()` and `watch_creators()`), the CLI or the
fake (`testing`).
"""
