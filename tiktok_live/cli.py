"""`tiktok-live`: the Euler Stream TikTok LIVE API from the command line.

Output is for people by default and one JSON document with --json. The key comes from EULER_API_KEY (or
SIGN_API_KEY) or --api-key-file and is never printed. Each error class has its own exit code (EXIT_CODES).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx

from ._client import TikTokLiveClient
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ForbiddenError,
    InvalidResponseError,
    NotFoundError,
    PremiumRequiredError,
    RateLimitError,
    ServerError,
    ServiceUnavailableError,
    TikTokLiveError,
)
from ._results import RoomMedia, WebcastFetchResult
from ._version import __version__

EXIT_OK = 0
EXIT_OFFLINE = 1  # `is-live`: the creator is not live
EXIT_USAGE = 2  # bad arguments (argparse uses 2 as well)
# Most specific class first: the first match wins.
EXIT_CODES: list[tuple[type[Exception], int]] = [
    (APITimeoutError, 4),
    (APIConnectionError, 3),
    (AuthenticationError, 5),
    (PremiumRequiredError, 6),
    (ForbiddenError, 7),
    (NotFoundError, 8),
    (RateLimitError, 9),
    (ServiceUnavailableError, 11),
    (ServerError, 10),
    (BadRequestError, 12),
    (InvalidResponseError, 13),
    (APIStatusError, 14),
    (TikTokLiveError, 15),
]
MOCK_BASE_URL = "https://fake-euler.invalid"


def exit_code_for(error: Exception) -> int:
    for cls, code in EXIT_CODES:
        if isinstance(error, cls):
            return code
    return EXIT_USAGE


# -- output ---------------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """JSON-ready form of a result: generated models via to_dict(), bytes as their length."""
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
        return {
            "content_type": value.content_type,
            "bytes": None if value.data is None else len(value.data),
            "document": None if value.document is None else value.document.to_dict(),
        }
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

Command = Callable[[TikTokLiveClient, argparse.Namespace], Any]


def _room_id(client: TikTokLiveClient, args: argparse.Namespace) -> Any:
    return client.room_id(args.unique_id)


def _room_info(client: TikTokLiveClient, args: argparse.Namespace) -> Any:
    return client.room_info(args.unique_id)


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
            Path(output).write_text(json.dumps(summary["document"], indent=2) + "\n")
        summary["written_to"] = output
    return summary


def _cover(client: TikTokLiveClient, args: argparse.Namespace) -> Any:
    return _media_to_file(client.room_cover(args.unique_id), args.output)


def _video(client: TikTokLiveClient, args: argparse.Namespace) -> Any:
    return _media_to_file(client.room_video(args.unique_id, stream_type=args.stream_type), args.output)


def _rate_limits(client: TikTokLiveClient, args: argparse.Namespace) -> Any:
    return client.rate_limits()


def _limits(client: TikTokLiveClient, args: argparse.Namespace) -> Any:
    service = client.rate_limits()  # free, and it seeds the budget with the plan's limits
    limiter = client.rate_limiter
    windows = {
        view.window: {
            "limit": view.limit,
            "used": view.used,
            "remaining": view.remaining,
            "refills_in_seconds": None if view.refills_in is None else round(view.refills_in, 1),
        }
        for view in client.budget_windows()
    }
    return {
        "budget": "none" if limiter is None else limiter.description,
        "windows": windows,
        "service": service.to_dict(),
    }


def _fetch(client: TikTokLiveClient, args: argparse.Namespace) -> Any:
    result = client.fetch_webcast_url(
        room_id=args.room_id,
        unique_id=args.unique_id,
        cursor=args.cursor,
        session_id=os.environ.get("TIKTOK_SESSION_ID"),
        tt_target_idc=os.environ.get("TIKTOK_TT_TARGET_IDC"),
        country=args.country,
        platform=args.platform,
    )
    summary = _plain(result)
    envelope = result.envelope
    summary.update(cursor=envelope.cursor, push_server=envelope.push_server, route_params=envelope.route_params)
    if args.output:
        Path(args.output).write_bytes(result.payload)
        summary["written_to"] = args.output
    return summary


def _sign(client: TikTokLiveClient, args: argparse.Namespace) -> Any:
    return client.sign_webcast_url(args.url, method=args.method, user_agent=args.user_agent, type=args.type)


def _check_live(client: TikTokLiveClient, args: argparse.Namespace) -> Any:
    from ._bulk import format_summary

    names = list(args.unique_ids)
    if args.from_file:
        lines = Path(args.from_file).read_text().splitlines()
        names += [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not names:
        raise ValueError("check-live needs at least one name, or --from-file with one name per line")
    progress = _progress_bar if sys.stderr.isatty() and not args.json else None
    results = client.check_live(names, concurrency=args.concurrency, on_progress=progress)
    if progress is not None:
        print(file=sys.stderr)
    if any(result.error is not None for result in results):
        args.exit_code = EXIT_OFFLINE
    if args.json:
        return [
            {
                "unique_id": result.unique_id,
                "is_live": result.is_live,
                "room_id": result.room_id,
                "error": None if result.error is None else f"{type(result.error).__name__}: {result.error.message}",
            }
            for result in results
        ]
    return format_summary(results)


def _progress_bar(done: int, total: int) -> None:
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    sys.stderr.flush()


def _chat(client: TikTokLiveClient, args: argparse.Namespace) -> Any:
    session_id = os.environ.get("TIKTOK_SESSION_ID")
    tt_target_idc = os.environ.get("TIKTOK_TT_TARGET_IDC")
    if not session_id or not tt_target_idc:
        raise ValueError("chat needs the TIKTOK_SESSION_ID and TIKTOK_TT_TARGET_IDC environment variables")
    return client.send_chat(args.room_id, args.message, session_id=session_id, tt_target_idc=tt_target_idc)


# -- arguments ------------------------------------------------------------------------------------


def _common_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Options accepted before or after the subcommand (`tiktok-live --json room-id x` or `room-id x --json`)."""

    def default(value: Any) -> Any:
        return argparse.SUPPRESS if suppress else value

    parser.add_argument("--json", action="store_true", default=default(False), help="print one JSON document")
    parser.add_argument("--mock", action="store_true", default=default(False), help="use the in-process fake service")
    parser.add_argument("--base-url", default=default(None), help="API base URL (default: EULER_BASE_URL, ...)")
    parser.add_argument("--api-key-file", default=default(None), help="read the API key from this file")
    parser.add_argument("--timeout", type=float, default=default(None), help="seconds to wait for an answer")
    parser.add_argument(
        "--rate-limit-url",
        default=default(None),
        help="share the key's rate-limit budget through this redis:// URL (default: EULER_RATE_LIMIT_URL)",
    )
    parser.add_argument("--debug", action="store_true", default=default(False), help="show tracebacks")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tiktok-live",
        description="Call the Euler Stream TikTok LIVE API. The key comes from EULER_API_KEY (or SIGN_API_KEY).",
        epilog="Exit codes: 0 ok, 1 offline (is-live), 2 bad arguments, "
        + ", ".join(f"{code} {cls.__name__}" for cls, code in EXIT_CODES),
    )
    parser.add_argument("--version", action="version", version=f"tiktok-live {__version__}")
    _common_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, handler: Command | None, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        _common_options(sub, suppress=True)
        sub.set_defaults(handler=handler)
        return sub

    for name, handler, text in [
        ("room-id", _room_id, "a creator's room id and live state"),
        ("room-info", _room_info, "a creator's live room information"),
        ("is-live", _is_live, "exit 0 if the creator is live, 1 if not"),
    ]:
        command(name, handler, text).add_argument("unique_id", help="name, @name or a tiktok.com/@name URL")
    for name, handler, text in [("cover", _cover, "the room cover"), ("video", _video, "the room video")]:
        sub = command(name, handler, text)
        sub.add_argument("unique_id")
        sub.add_argument("-o", "--output", help="write the image/stream (or the JSON answer) to this file")
        if name == "video":
            sub.add_argument("--stream-type", choices=["hls_ld", "hls_sd", "flv_ld", "flv_sd"])
    command("rate-limits", _rate_limits, "the rate limits of your key")
    command("limits", _limits, "the rate-limit budget per window (in-process, or shared with --rate-limit-url)")

    fetch = command("fetch", _fetch, "webcast connection data (session from TIKTOK_SESSION_ID, ..._TT_TARGET_IDC)")
    target = fetch.add_mutually_exclusive_group(required=True)
    target.add_argument("--room-id")
    target.add_argument("--unique-id")
    fetch.add_argument("--cursor")
    fetch.add_argument("--country", choices=["DE", "ES", "FR", "GB", "PL", "US"])
    fetch.add_argument("--platform", choices=["web", "mobile"])
    fetch.add_argument("-o", "--output", help="write the protobuf payload to this file")

    sign = command("sign", _sign, "sign a TikTok URL")
    sign.add_argument("url")
    sign.add_argument("--method", default="GET")
    sign.add_argument("--user-agent")
    sign.add_argument("--type", choices=["fetch", "xhr"])

    chat = command("chat", _chat, "send a chat message (TIKTOK_SESSION_ID and TIKTOK_TT_TARGET_IDC must be set)")
    chat.add_argument("room_id")
    chat.add_argument("message")

    check_live = command("check-live", _check_live, "which of many creators are live (exit 1 if any check failed)")
    check_live.add_argument("unique_ids", nargs="*", metavar="NAME")
    check_live.add_argument("--from-file", help="a file with one name per line (# starts a comment)")
    check_live.add_argument("--concurrency", type=int, default=10, help="checks at once (default 10)")

    serve = command("serve-fake", None, "serve the offline fake Euler service on 127.0.0.1")
    serve.add_argument("--port", type=int, default=8080, help="port (0 picks a free one; default 8080)")
    serve.add_argument("--host", default="127.0.0.1")
    return parser


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
    options: dict[str, Any] = {"api_key": _api_key(args), "base_url": args.base_url}
    if args.rate_limit_url:
        options["rate_limiter"] = args.rate_limit_url
    if args.timeout is not None:
        options["timeout"] = args.timeout
    if args.mock:
        options["base_url"] = args.base_url or MOCK_BASE_URL
        options["api_key"] = options["api_key"] or os.environ.get("EULER_API_KEY") or "mock-key"
        options["http_client"] = httpx.Client(transport=_fake_transport())
    with TikTokLiveClient(**options) as client:
        yield client


def _fake_transport() -> httpx.BaseTransport:
    from .testing import FakeEulerService  # only --mock needs the testing extra

    return FakeEulerService().transport()


def _serve_fake(args: argparse.Namespace) -> int:
    from .testing import serve_forever

    serve_forever(args.port, args.host)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    args.exit_code = EXIT_OK
    try:
        if args.handler is None:
            return _serve_fake(args)
        with _client(args) as client:
            result = args.handler(client, args)
    except KeyboardInterrupt:
        return 130
    except (TikTokLiveError, ValueError, TypeError, OSError) as error:
        if args.debug:
            raise
        print(f"tiktok-live: {error}", file=sys.stderr)
        return exit_code_for(error) if isinstance(error, TikTokLiveError) else EXIT_USAGE
    if args.json:
        print(json.dumps(_plain(result), indent=2, sort_keys=True))
    else:
        _print_human(result)
    return int(args.exit_code)


if __name__ == "__main__":
    raise SystemExit(main())
