"""Server-side verbs of the command line: ``server init|run|jobs``, ``import members``."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from memberdesk.cli_common import CliError, Out


def _url(args: argparse.Namespace) -> str:
    url: str | None = args.database_url or os.environ.get("MEMBERDESK_DATABASE_URL")
    if not url:
        raise CliError("--database-url is required (or set MEMBERDESK_DATABASE_URL)")
    if not (url.startswith(("sqlite", "postgres"))):
        raise CliError(f"unsupported database URL {url!r}: use postgresql://… or sqlite:///…")
    return url


def _reachable(url: str) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    from server.db import server_engine

    engine = server_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        first = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise CliError(f"cannot reach the database: {first}") from None
    finally:
        engine.dispose()


def cmd_server_init(args: argparse.Namespace, out: Out) -> None:
    from server.main import init

    url = _url(args)
    _reachable(url)
    init(url, args.admin_password)
    out.emit({"database_url": url, "admin": "admin"}, f"schema ready at {url}; user admin exists")


def cmd_server_run(args: argparse.Namespace, _out: Out) -> None:
    import uvicorn

    from server.main import URL_ENV

    url = _url(args)
    _reachable(url)
    from server.db import open_server_db

    open_server_db(url).kw["bind"].dispose()  # migrate once, before the workers start
    os.environ[URL_ENV] = url
    print(f"MemberDesk API on http://{args.host}:{args.port} ({url})", file=sys.stderr)
    uvicorn.run(
        "server.main:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="warning",
    )


def add_server_verbs(sub: Any, common: argparse.ArgumentParser, parser_class: Any) -> None:
    server = sub.add_parser("server", help="the central member API")
    ssub = server.add_subparsers(dest="action", required=True, parser_class=parser_class)
    url = parser_class(add_help=False)
    url.add_argument("--database-url", help="postgresql://… or sqlite:///PATH")

    p = ssub.add_parser("init", parents=[common, url], help="create or migrate the schema")
    p.add_argument("--admin-password", required=True)
    p.set_defaults(fn=cmd_server_init)

    p = ssub.add_parser("run", parents=[common, url], help="serve the API")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8700)
    p.add_argument("--workers", type=int, default=1)
    p.set_defaults(fn=cmd_server_run)


def seed_server_database(url: str) -> tuple[Any, Any]:
    """The server's session factory for ``seed --database-url``, and what adds demo staff."""
    from server.db import open_server_db
    from server.seed import add_demo_staff

    if not url.startswith(("sqlite", "postgres")):
        raise CliError(f"unsupported database URL {url!r}: use postgresql://… or sqlite:///…")
    _reachable(url)
    factory = open_server_db(url)
    return factory, lambda: add_demo_staff(factory)
