"""Server-side verbs of the command line: ``server init|run|jobs|check``, ``import members``."""

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
    from server.main import URL_ENV

    url = _url(args)
    _reachable(url)
    from server.db import open_server_db

    open_server_db(url).kw["bind"].dispose()  # migrate once, before the workers start
    os.environ[URL_ENV] = url
    from server.jobs import JOBS_EVERY_ENV

    # Each worker's app reads it; the job_runs row lock keeps their runs apart.
    os.environ[JOBS_EVERY_ENV] = str(max(0.0, args.jobs_every))
    from memberdesk.workers import serve

    print(f"MemberDesk API on http://{args.host}:{args.port} ({url})", file=sys.stderr)
    try:
        serve(args.host, args.port, args.workers, "warning")
    except OSError as exc:
        raise CliError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None


def _at(text: str | None) -> Any:
    from datetime import datetime

    from core import clock

    if not text:
        return clock.now()
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        raise CliError(f"--at {text!r}: use an ISO time such as 2026-03-02T10:00") from None
    return at.astimezone(clock.zone()).replace(tzinfo=None) if at.tzinfo else at


def cmd_server_jobs(args: argparse.Namespace, out: Out) -> None:
    from server.db import open_server_db
    from server.jobs import run_all, run_job

    url = _url(args)
    at = _at(args.at)
    _reachable(url)
    factory = open_server_db(url)
    try:
        if args.only:
            results = {args.only: run_job(factory, args.only, at)}
        else:
            results = run_all(factory, at)
    except Exception as exc:
        raise CliError(f"job {args.only or 'run'} failed: {exc}") from None
    finally:
        factory.kw["bind"].dispose()

    def text() -> str:
        lines = []
        for name, result in results.items():
            counts = {k: v for k, v in result.items() if k not in ("job", "status")}
            counts.pop("started_at", None)
            counts.pop("finished_at", None)
            shown = ", ".join(f"{k} {v}" for k, v in counts.items())
            lines.append(f"{name}: {result['status']}" + (f" ({shown})" if shown else ""))
        return "\n".join(lines)

    out.emit({"at": at.isoformat(), "jobs": results}, text)
    failed = [name for name, result in results.items() if result["status"] == "failed"]
    if failed:
        raise CliError(f"job(s) failed: {', '.join(failed)}")


def cmd_server_check(args: argparse.Namespace, out: Out) -> None:
    from server.db import server_engine
    from server.integrity import orphans

    url = _url(args)
    _reachable(url)
    engine = server_engine(url)
    try:
        with engine.connect() as conn:
            found = orphans(conn)
    finally:
        engine.dispose()
    bad = {name: count for name, count in found.items() if count}

    def text() -> str:
        if not bad:
            return f"{len(found)} links checked: every row's parent is there"
        return "\n".join(f"{name}: {count} row(s) without a parent" for name, count in bad.items())

    out.emit({"links": found, "orphans": sum(bad.values())}, text)
    if bad:
        raise CliError(f"{sum(bad.values())} row(s) name a parent that is missing")


def _existing_sqlite(url: str) -> None:
    """Importing into a mistyped SQLite path would create an empty database: refuse."""
    from pathlib import Path

    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise CliError(f"not a database URL: {url!r}") from None
    file = parsed.database if parsed.get_backend_name() == "sqlite" else None
    if file and file != ":memory:" and not Path(file).is_file():
        raise CliError(f"no database at {file} (create it: memberdesk server init)")


def cmd_import_members(args: argparse.Namespace, out: Out) -> None:
    from pathlib import Path

    from core import clock
    from memberdesk.cli_common import TerminalProgress
    from server.db import open_server_db
    from server.importer import import_members

    url = _url(args)
    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"cannot read {path}: {'not a file' if path.exists() else 'no such file'}")
    _existing_sqlite(url)
    _reachable(url)
    factory = open_server_db(url)
    bar = TerminalProgress(enabled=not out.as_json and sys.stderr.isatty())
    try:
        report = import_members(
            factory, path, now=clock.now(), progress=bar, staff=args.staff, dry_run=args.dry_run
        )
    finally:
        bar.finish()
        factory.kw["bind"].dispose()

    def text() -> str:
        lines = [
            f"accepted {report.accepted:,}, rejected {report.rejected:,}"
            + (" (dry run: nothing written)" if report.dry_run else "")
            + (" (cancelled)" if report.cancelled else "")
        ]
        if report.opening_balances:
            lines.append(
                f"opening balances: {report.opening_points:,} points "
                f"for {report.opening_balances:,} members"
            )
        lines += [f"warning: {w}" for w in report.warnings]
        lines += [f"line {e.line}: {e.message}" for e in report.errors[:20]]
        if report.rejected > 20:
            lines.append(f"… and {report.rejected - 20:,} more (--json lists them)")
        return "\n".join(lines)

    out.emit(report.as_dict(), text)


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
    p.add_argument(
        "--jobs-every",
        type=float,
        default=3600,
        metavar="SECONDS",
        help="run the scheduled jobs this often in the server (0: off)",
    )
    p.set_defaults(fn=cmd_server_run)

    p = ssub.add_parser("jobs", parents=[common, url], help="run the scheduled jobs once")
    p.add_argument("--only", choices=["expire", "tiers", "release"], help="just this job")
    p.add_argument("--at", help="the time to run them at (ISO, default now)")
    p.set_defaults(fn=cmd_server_jobs)

    p = ssub.add_parser(
        "check", parents=[common, url], help="find rows whose command, sale, entry or lot is gone"
    )
    p.set_defaults(fn=cmd_server_check)

    imports = sub.add_parser("import", help="bulk imports from the old system")
    isub = imports.add_subparsers(dest="action", required=True, parser_class=parser_class)
    p = isub.add_parser("members", parents=[common, url], help="members from a CSV file")
    p.add_argument("file", help="CSV with a header row (docs/import.md)")
    p.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    p.set_defaults(fn=cmd_import_members)


def seed_server_database(url: str) -> tuple[Any, Any]:
    """The server's session factory for ``seed --database-url``, and what adds demo staff."""
    from server.db import open_server_db
    from server.seed import add_demo_staff

    if not url.startswith(("sqlite", "postgres")):
        raise CliError(f"unsupported database URL {url!r}: use postgresql://… or sqlite:///…")
    _reachable(url)
    factory = open_server_db(url)
    return factory, lambda: add_demo_staff(factory)
