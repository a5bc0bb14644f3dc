"""`python -m tavus.testing serve [--host H] [--port P] [--api-key K] [--time-scale X] [--allow-remote]`."""

from __future__ import annotations

import argparse
import sys

from . import load

# Through `load`: without the `testing` extra, the error says how to install it.
FakeTavus = load("._fake").FakeTavus
_server = load("._server")
DEFAULT_HOST, DEFAULT_PORT, check_bind_host, run = (
    _server.DEFAULT_HOST, _server.DEFAULT_PORT, _server.check_bind_host, _server.run
)  # fmt: skip


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tavus.testing", description="Serve the fake Tavus API.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fake over HTTP with uvicorn")
    serve.add_argument("--host", default=DEFAULT_HOST, help="bind address (default: %(default)s, loopback)")
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help="port (default: %(default)s)")
    serve.add_argument("--api-key", default=FakeTavus.DEFAULT_API_KEY, help="accepted x-api-key (default: %(default)s)")
    serve.add_argument(
        "--time-scale", type=float, default=1.0, help="fake seconds per real second (default: %(default)s)"
    )
    serve.add_argument("--allow-remote", action="store_true", help="allow binding a non-loopback address")
    serve.add_argument("--log-level", default="info", help="uvicorn log level (default: %(default)s)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        check_bind_host(args.host, allow_remote=args.allow_remote)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.time_scale <= 0:
        print("error: --time-scale must be > 0", file=sys.stderr)
        return 2
    with FakeTavus(args.api_key, time_scale=args.time_scale) as fake:
        print(f"fake Tavus API on http://{args.host}:{args.port} (x-api-key: {args.api_key})", file=sys.stderr)
        run(fake.asgi_app, args.host, args.port, allow_remote=args.allow_remote, log_level=args.log_level)
    return 0


if __name__ == "__main__":
    sys.exit(main())
