"""`tiktok-live`: the Euler Stream TikTok LIVE API from the command line.

Output is for people by default and one JSON document with --json. The key comes from EULER_API_KEY (or
SIGN_API_KEY) or --api-key-file and is never printed; credentials inside answers read <redacted> unless
--show-secrets. Each error class has its own exit code (EXIT_CODES).

Start-up: `tiktok-live --help` and argument parsing load neither httpx nor the client, the generated packages or
the rate-limit modules (a command imports them when it runs; tests/test_cli_startup.py checks it), and a command's
parser, or a resource group's, is filled in only when the command line names it (`_LazyCommands`).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._cli import _watch as _cli_watch
from ._cli._exit_codes import EXIT_CODES as EXIT_CODES  # the table, as `cli.EXIT_CODES` has always offered it
from ._cli._exit_codes import (
    EXIT_INTERRUPTED,
    EXIT_NOT_SHARED,
    EXIT_OFFLINE,
    EXIT_OK,
    EXIT_USAGE,
    described,
    exit_code_for,
)
from ._exceptions import TikTokLiveError
from ._validation import clip
from ._version import __version__

__all__ = ["build_parser", "exit_code_for", "main"]

if TYPE_CHECKING:
    import logging

    import httpx

    from ._client import TikTokLiveClient
    from ._results import RoomMedia

MOCK_BASE_URL = "https://fake-euler.invalid"
SESSION_VARIABLE = "TIKTOK_SESSION_ID"  # check-live's numeric ids: as the operations' TIKTOK_<NAME> variables
TARGET_IDC_VARIABLE = "TIKTOK_TT_TARGET_IDC"


# -- output ---------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """JSON-ready form of a result: generated models via to_dict(), bytes as their length."""
    from ._results import RoomMedia, WebcastFetchResult

    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, WebcastFetchResult):
        return {
            "room_id": value.room_id,
            "request_id": value.request_id,
            "agent_id": value.agent_id,
            "payload_bytes": len(value.payload),
            "cookie_names": _cookie_names(value.set_tt_cookie),
        }
    if isinstance(value, RoomMedia):
        # A cover or video is either bytes or a JSON document: show the one the answer has.
        media: dict[str, Any] = {"content_type": value.content_type}
        if value.data is not None:
            media["bytes"] = len(value.data)
        if value.document is not None:
            media["document"] = value.document.to_dict()
        return media
    return value


def _cookie_names(cookie: str | None) -> list[str]:
    """The names in a `name=value; ...` cookie string: the values are credentials."""
    return [part.split("=", 1)[0].strip() for part in (cookie or "").split(";") if "=" in part]


def _print_human(value: Any, indent: str = "") -> None:
    if isinstance(value, str):
        print(value)
        return
    plain = _plain(value)
    if isinstance(plain, dict):
        for key, item in plain.items():
            if isinstance(item, dict) and item:
                print(f"{indent}{key}:")
                _print_human(item, indent + "  ")
            else:
                print(f"{indent}{key}: {_human_scalar(item)}")
    else:
        print(f"{indent}{_human_scalar(plain)}")


def _human_scalar(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or "-"
    if value is None or value == {}:
        return "-"
    return str(value)


# -- commands -------------------------------------------------------------------------------------

Command = Callable[["TikTokLiveClient", argparse.Namespace], Any]


def _is_live(client: TikTokLiveClient, args: argparse.Namespace) -> Any:
    room = client.room_id(args.unique_id)
    args.exit_code = EXIT_OK if room.is_live is True else EXIT_OFFLINE
    return {"unique_id": args.unique_id, "is_live": room.is_live is True, "room_id": room.room_id or None}


def _media_to_file(media: RoomMedia, output: str | None) -> dict[str, Any]:
    summary: dict[str, Any] = _plain(media)
    if output:
        if media.data is not None:
            Path(output).write_bytes(media.data)
        else:
            Path(output).write_text(json.dumps(summary.get("document"), indent=2) + "\n")
        summary["written_to"] = output
    elif media.data is not None:
        summary["hint"] = "-o FILE writes it to a file"
    return summary


def _operation(client: TikTokLiveClient, args: argparse.Namespace) -> Any:
    from ._answer_secrets import without_secrets
    from ._cli._operations import call
    from ._pagination import SyncPage
    from ._results import RoomMedia, WebcastFetchResult

    result = call(client, args.api_method, args)
    if isinstance(result, SyncPage):  # a list answered page by page: the page asked for (`--page N`)
        result = result.result
    if not args.show_secrets:
        result = without_secrets(result)  # key values, JWTs, webhook secrets, OAuth tokens read <redacted>
    output = getattr(args, "output", None)
    if isinstance(result, WebcastFetchResult):
        summary = _plain(result)
        envelope = result.envelope
        summary.update(cursor=envelope.cursor, push_server=envelope.push_server, route_params=envelope.route_params)
        if output:
            Path(output).write_bytes(result.payload)
            summary["written_to"] = output
        return summary
    if isinstance(result, RoomMedia):
        return _media_to_file(result, output)
    if isinstance(result, bytes) and output:
        Path(output).write_bytes(result)
        return {"bytes": len(result), "written_to": output}
    return _without_cookie_values(result)


def _without_cookie_values(result: Any) -> Any:
    """Cookie values are credentials, as in `fetch`: any answer's `cookies` list shows their names only."""
    if not hasattr(result, "to_dict"):
        return result
    plain: dict[str, Any] = result.to_dict()
    cookies = plain.pop("cookies", None)
    if isinstance(cookies, list):
        plain["cookie_names"] = [cookie.get("name") for cookie in cookies if isinstance(cookie, dict)]
    elif cookies is not None:
        plain["cookies"] = cookies
    return plain


def _limits(client: TikTokLiveClient, args: argparse.Namespace) -> Any:
    service = client.rate_limits()  # free, and it seeds the budget with the plan's limits
    limiter = client.rate_limiter
    windows = {
        view.window: {
            "limit": view.limit,
            "used": view.used,
            "remaining": view.remaining,
            "refills_in_seconds": None if view.refills_in is None else round(view.refills_in, 1),
            "said_by": _SAID_BY[view.source],
        }
        for view in client.budget_windows()
    }
    budget = "none" if limiter is None else limiter.description
    if getattr(limiter, "shared", True) is False:
        # Asked for a shared budget, and it is not in use: say so plainly, and fail the command.
        where = getattr(limiter, "location", "the shared budget")
        budget = f"NOT shared: Redis at {where} is unreachable; this process's own budget is shown"
        args.exit_code = EXIT_NOT_SHARED
    return {"budget": budget, "windows": windows, "service": service.to_dict()}


_SAID_BY = {
    "429": "the service (a 429)",
    "header": "the service (rate-limit headers)",
    "rate_limits": "the service (rate_limits)",
    "count": "this budget's own count",
}


def _wait_lines() -> logging.Handler:
    """A handler printing the line of each wait worth knowing about (`_budget._messages.log_wait`) to stderr."""
    import logging  # here, not at the top: `--help` does without it

    class WaitLines(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            line = getattr(record, "wait_line", None)
            if isinstance(line, str):
                print(f"tiktok-live: {line}", file=sys.stderr, flush=True)

    return WaitLines(logging.INFO)


@contextlib.contextmanager
def _waits_shown(args: argparse.Namespace) -> Iterator[None]:
    if args.quiet:
        yield
        return
    import logging

    logger = logging.getLogger("tiktok_live")
    handler, level = _wait_lines(), logger.level
    logger.addHandler(handler)
    if not logger.isEnabledFor(logging.INFO):
        logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _check_live(client: TikTokLiveClient, args: argparse.Namespace) -> Any:
    from ._lib._bulk import CheckLiveInterrupted, format_summary

    names = list(args.unique_ids)
    if args.from_file:
        lines = Path(args.from_file).read_text().splitlines()
        names += [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    ids: list[str | int] = [_user_id(name) for name in names] if args.numeric else list(names)
    ids += args.user_ids or []
    if not ids:
        raise ValueError("check-live needs at least one name, --user-ids, or --from-file with one name per line")
    # Credentials come from the environment, never the command line (see _cli/_operations.py).
    session_id = os.environ.get(SESSION_VARIABLE) or None
    if session_id is None and any(isinstance(given, int) for given in ids):
        raise ValueError(
            f"check-live with numeric user ids needs a TikTok session: set {SESSION_VARIABLE} (and "
            f"{TARGET_IDC_VARIABLE} when your session needs it)"
        )
    tt_target_idc = os.environ.get(TARGET_IDC_VARIABLE) or None
    progress = _progress_bar if sys.stderr.isatty() and not args.json and not args.quiet else None
    try:
        results = client.check_live(
            ids,
            concurrency=args.concurrency,
            on_progress=progress,
            session_id=session_id,
            tt_target_idc=tt_target_idc,
        )
    except CheckLiveInterrupted as interrupted:
        if progress is not None:
            print(file=sys.stderr)
        args.exit_code = EXIT_INTERRUPTED
        args.interrupted = f"interrupted: {len(interrupted.results)} of {interrupted.total} names checked"
        results = interrupted.results
    else:
        if progress is not None:
            print(file=sys.stderr)
    if any(result.error is not None for result in results) and args.exit_code == EXIT_OK:
        args.exit_code = EXIT_OFFLINE
    if args.json:
        return [
            {
                "unique_id": result.unique_id,
                "user_id": result.user_id,
                "is_live": result.is_live,
                "room_id": result.room_id,
                "error": None if result.error is None else f"{type(result.error).__name__}: {result.error.message}",
            }
            for result in results
        ]
    return format_summary(results)


def _user_id(text: str) -> int:
    """A numeric user id given on the command line (`--user-ids`, or a name with `--numeric`)."""
    cleaned = text.strip()
    if not cleaned.isdecimal() or not cleaned.isascii() or int(cleaned) == 0:
        raise ValueError(f"not a numeric user id: {clip(text)!r}")
    return int(cleaned)


def _user_id_argument(text: str) -> int:
    try:
        return _user_id(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _progress_bar(done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    sys.stderr.flush()


# -- arguments ------------------------------------------------------------------------------------


def _common_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Options accepted before or after the subcommand (`tiktok-live --json room-id x` or `room-id x --json`)."""

    def default(value: Any) -> Any:
        return argparse.SUPPRESS if suppress else value

    parser.add_argument("--json", action="store_true", default=default(False), help="print one JSON document")
    parser.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        default=default(False),
        help="print nothing on success (errors still go to stderr)",
    )
    parser.add_argument(
        "--mock",
        action="store_true",
        default=default(False),
        help="answer from the in-process fake service (the testing extra)",
    )
    parser.add_argument(
        "--base-url",
        default=default(None),
        metavar="URL",
        help="API base URL (default: EULER_BASE_URL, SIGN_API_URL, the layout's)",
    )
    parser.add_argument(
        "--api-key-file",
        default=default(None),
        metavar="FILE",
        help="read the API key from this file (default: EULER_API_KEY, SIGN_API_KEY)",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=default(None),
        metavar="SECONDS",
        help="seconds to wait for an answer (default 30)",
    )
    parser.add_argument(
        "--layout",
        choices=["flat", "rest"],
        default=default(None),
        help="the API's paths: flat (tiktok.eulerstream.com, the default) or rest (api.eulerstream.com); "
        "default: EULER_API_LAYOUT",
    )
    parser.add_argument(
        "--rate-limit-url",
        default=default(None),
        metavar="URL",
        help="share the key's rate-limit budget through this redis:// URL (default: EULER_RATE_LIMIT_URL)",
    )
    parser.add_argument(
        "--show-secrets",
        action="store_true",
        default=default(False),
        help="print the credentials an answer holds (API key values, JWTs, webhook secrets, OAuth tokens); "
        "by default they read <redacted>",
    )
    parser.add_argument(
        "--debug", action="store_true", default=default(False), help="print a traceback with errors (same exit code)"
    )


def _seconds(text: str) -> float:
    # argparse names the option in front of this message: "argument --timeout: ..."
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {clip(text)!r}") from None
    if not seconds > 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"must be more than 0 seconds, got {clip(text)!r}")
    return seconds


class _Parser(argparse.ArgumentParser):
    def _check_value(self, action: argparse.Action, value: Any) -> None:
        # An unknown command: the nearest ones, not every choice (there are well over a hundred).
        if isinstance(action, argparse._SubParsersAction) and value not in action.choices:
            import difflib

            near = difflib.get_close_matches(str(value), list(action.choices), n=3, cutoff=0.6)
            hint = f"; did you mean {' or '.join(repr(n) for n in near)}?" if near else ""
            raise argparse.ArgumentError(action, f"unknown command {value!r}{hint} (see --help)")
        super()._check_value(action, value)


Fill = Callable[[argparse.ArgumentParser], None]


class _LazyCommands(argparse._SubParsersAction):  # type: ignore[type-arg]
    """Subcommands whose parsers are filled in (options, arguments, nested commands) only when chosen.

    `tiktok-live --help` lists the commands from their names and help alone; building every parser of well over
    a hundred commands would cost more than the rest of the start-up. Parsing `alerts create ...` fills `alerts`,
    then `create`: the same parsers, built the same way, as `build_parser()` builds eagerly.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.later: dict[str, Fill] = {}

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        if isinstance(values, Sequence) and values:
            fill = self.later.pop(str(values[0]), None)
            if fill is not None:
                fill(self.choices[str(values[0])])
        super().__call__(parser, namespace, values, option_string)


class _Commands:
    """Adds commands (and resource groups) to one level of subcommands: filled in now, or when chosen if the
    subcommands are `_LazyCommands`."""

    def __init__(self, action: argparse._SubParsersAction[Any]) -> None:
        self._action = action
        self.groups: list[str] = []

    def _fill(self, name: str, sub: argparse.ArgumentParser, fill: Fill) -> None:
        if isinstance(self._action, _LazyCommands):
            self._action.later[name] = fill
        else:
            fill(sub)

    def command(
        self, name: str, help: str, arguments: Fill | None = None, handler: Command | None = _operation
    ) -> None:
        sub: argparse.ArgumentParser = self._action.add_parser(name, help=help, description=help)

        def fill(sub: argparse.ArgumentParser) -> None:
            _common_options(sub, suppress=True)
            sub.set_defaults(handler=handler)
            if arguments is not None:
                arguments(sub)

        self._fill(name, sub, fill)

    def group(self, name: str, help: str, contents: Callable[[_Commands], None]) -> None:
        # Not listed in `tiktok-live --help` (there are many): the top-level description names them.
        sub = self._action.add_parser(name, description=f"{name}: {help}")
        self.groups.append(name)
        action_class = type(self._action)

        def fill(sub: argparse.ArgumentParser) -> None:
            _common_options(sub, suppress=True)
            action = sub.add_subparsers(dest=f"{name}_command", required=True, metavar="COMMAND", action=action_class)
            contents(_Commands(action))

        self._fill(name, sub, fill)


def build_parser(*, lazy: bool = False) -> argparse.ArgumentParser:
    """The `tiktok-live` parser; `lazy` (as `main` builds it): each command's parser is filled in when chosen."""
    parser = _Parser(
        prog="tiktok-live",
        description="Call the Euler Stream TikTok LIVE API. The key comes from EULER_API_KEY (or SIGN_API_KEY).",
        epilog="Exit codes: 0 ok, 1 offline (is-live) or a failed check (check-live), 2 bad arguments, "
        + described()
        + f", {EXIT_NOT_SHARED} the shared budget asked for is not in use (limits)"
        + f", {EXIT_INTERRUPTED} interrupted (Ctrl-C).",
    )
    parser.add_argument("--version", action="version", version=f"tiktok-live {__version__}")
    _common_options(parser, suppress=False)
    action_class = _LazyCommands if lazy else argparse._SubParsersAction
    commands = _Commands(parser.add_subparsers(dest="command", required=True, metavar="COMMAND", action=action_class))

    from ._cli._operations import add_operation_commands, add_resource_commands

    add_operation_commands(commands)
    commands.command("is-live", "exit 0 if the creator is live, 1 if not", _is_live_arguments, _is_live)
    commands.command(
        "operations",
        "every operation: method, command, route, arguments, plans",
        lambda sub: sub.set_defaults(listing=True),
        None,
    )
    commands.command(
        "check-live", "which of many creators are live (exit 1: a check failed)", _check_live_arguments, _check_live
    )
    commands.command("watch", "print a creator's live events as they happen", _cli_watch.add_arguments, _cli_watch.run)
    commands.command(
        "monitor", "which of many creators go live and offline, as it happens", _monitor_arguments, _monitor
    )
    commands.command(
        "serve-fake",
        "serve the offline fake Euler service (python -m tiktok_live.testing)",
        _serve_fake_arguments,
        None,
    )
    commands.command("limits", "the rate-limit budget per window (or shared: --rate-limit-url)", None, _limits)
    add_resource_commands(commands)
    parser.description = (parser.description or "") + (
        " Every operation is also a command of its resource: " + ", ".join(commands.groups) + " (`tiktok-live "
        "alerts --help`; `tiktok-live operations` lists them all)."
    )
    return parser


def _is_live_arguments(is_live: argparse.ArgumentParser) -> None:
    is_live.add_argument("unique_id", help="name, @name or a tiktok.com/@name URL")


def _check_live_arguments(check_live: argparse.ArgumentParser) -> None:
    check_live.add_argument(
        "unique_ids", nargs="*", metavar="NAME", help="unique ids (name, @name or URL); numeric ids with --numeric"
    )
    check_live.add_argument("--from-file", help="a file with one name per line (# starts a comment)")
    check_live.add_argument(
        "--user-ids",
        nargs="+",
        type=_user_id_argument,
        default=[],
        metavar="ID",
        help=f"numeric user ids, checked 50 a request (needs {SESSION_VARIABLE}; checked after the names)",
    )
    check_live.add_argument(
        "--numeric",
        action="store_true",
        help="every NAME (and --from-file line) is a numeric user id: a username may be all digits",
    )
    check_live.add_argument("--concurrency", type=int, default=10, help="checks at once (default 10)")


def _monitor_arguments(parser: argparse.ArgumentParser) -> None:
    from ._cli import _monitor as _cli_monitor

    _cli_monitor.add_arguments(parser)


def _monitor(client: TikTokLiveClient, args: argparse.Namespace) -> Any:
    from ._cli import _monitor as _cli_monitor

    _cli_monitor.run(client, args)


def _serve_fake_arguments(serve: argparse.ArgumentParser) -> None:
    serve.add_argument("--port", type=int, default=8080, help="port to listen on (0 picks a free one; default 8080)")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--strict", action="store_true", help="reject unknown API keys with 401 (see --key)")
    serve.add_argument(
        "--key",
        action="append",
        default=[],
        metavar="KEY[:PLAN]",
        help="an accepted key, on PLAN (Public, Basic, Pro; default Enterprise) (repeatable)",
    )
    serve.add_argument(
        "--creator",
        action="append",
        default=[],
        metavar="NAME[:offline]",
        help="a creator the fake knows, live unless NAME:offline (repeatable; besides someone and offline_creator)",
    )
    serve.add_argument("--latency", type=float, default=0.0, help="seconds to wait before every answer (default 0)")
    serve.add_argument(
        "--live-rate", type=float, default=20.0, help="live events per second on the WebSocket (default 20)"
    )


# -- running --------------------------------------------------------------------------------------


def _api_key(args: argparse.Namespace) -> str | None:
    if args.api_key_file:
        key = Path(args.api_key_file).read_text().strip()
        if not key:
            raise ValueError(f"--api-key-file {args.api_key_file} is empty")
        return key
    return None


@contextlib.contextmanager
def _client(args: argparse.Namespace) -> Iterator[TikTokLiveClient]:
    options: dict[str, Any] = {"api_key": _api_key(args), "base_url": args.base_url, "layout": args.layout}
    if args.rate_limit_url:
        options["rate_limiter"] = args.rate_limit_url
    if args.timeout is not None:
        options["timeout"] = args.timeout
    from ._client import TikTokLiveClient  # here, not at the top: `--help` does without httpx and the client

    if args.mock:
        import httpx

        options["base_url"] = args.base_url or MOCK_BASE_URL
        options["api_key"] = options["api_key"] or os.environ.get("EULER_API_KEY") or "mock-key"
        options["http_client"] = httpx.Client(transport=_fake_transport())
    with TikTokLiveClient(**options) as client:
        client._key_hint = "set the EULER_API_KEY environment variable or pass --api-key-file FILE"
        yield client


def _fake_transport() -> httpx.BaseTransport:
    from .testing import FakeEulerService  # only --mock needs the testing extra

    return FakeEulerService().transport()


def _serve_fake(args: argparse.Namespace) -> int:
    from .testing import FakeEulerService, serve_forever
    from .testing._server import creator_option, key_option

    service = FakeEulerService(strict=args.strict)
    for key in args.key:
        service.add_key(*key_option(key))
    for creator in args.creator:
        name, is_live = creator_option(creator)
        if name.lower() in service.creators:  # someone:offline keeps someone's room id
            service.set_live(name, is_live)
        else:
            service.add_creator(name, is_live=is_live)
    service.latency = args.latency
    serve_forever(args.port, args.host, service=service, live_rate=args.live_rate)
    return EXIT_OK


def _print_traceback() -> None:
    import traceback

    traceback.print_exc()


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(lazy=True)
    args = parser.parse_args(argv)
    args.exit_code = EXIT_OK
    args.interrupted = None
    try:
        if getattr(args, "listing", False):
            from ._cli._operations import print_listing

            print_listing(args.json, args.layout)
            return EXIT_OK
        if args.handler is None:
            return _serve_fake(args)
        with _waits_shown(args), _client(args) as client:
            result = args.handler(client, args)
    except KeyboardInterrupt:
        print("tiktok-live: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except ImportError as error:
        # --mock and serve-fake need the testing extra; the ImportError names it.
        if args.debug:
            _print_traceback()
        print(f"tiktok-live: {error}", file=sys.stderr)
        return EXIT_USAGE
    except (TikTokLiveError, ValueError, TypeError, OSError) as error:
        if args.debug:
            _print_traceback()
        print(f"tiktok-live: {error}", file=sys.stderr)
        return exit_code_for(error) if isinstance(error, TikTokLiveError) else EXIT_USAGE
    if not args.quiet:
        if args.json:
            print(json.dumps(_plain(result), indent=2, sort_keys=True))
        else:
            _print_human(result)
    if args.interrupted:
        print(f"tiktok-live: {args.interrupted}", file=sys.stderr)
    return int(args.exit_code)


if __name__ == "__main__":
    raise SystemExit(main())
