"""The `tiktok-live` command's parts; the program itself is the public `tiktok_live.cli` (`main`, `EXIT_CODES`).

It owns the commands derived from the catalog, one per client method (`_operations.py`), `watch` (`_watch.py`),
`monitor` (`_monitor.py`) and the exit codes of every command (`_exit_codes.py`). It may import anything in the
package, the fake (`testing`, for `--mock` and `serve-fake`) included, lazily where `tiktok-live --help` need not
pay for it (httpx, the client, the generated packages, the budget); nothing in the package imports it but
`tiktok_live.cli`.
"""
