"""Device-side sync verbs: ``memberdesk device setup`` and ``memberdesk sync`` (CONTRACT.md).

Errors print one line on stderr: bad input or a database that is not set up
exits 2 (nothing changed); a sync that did not finish (network, server,
credential) exits 1.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import sys
from pathlib import Path
from typing import Any

from memberdesk.cli_common import CliError, Out, TerminalProgress

EXIT_NOT_FINISHED = 1


def _fail(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(EXIT_NOT_FINISHED)


class _PullBar:
    """Pull progress on the terminal: snapshot tables done of all, rows so far."""

    def __init__(self, enabled: bool) -> None:
        self.bar = TerminalProgress(enabled=enabled)

    def __call__(self, report: Any, hint: dict[str, Any] | None) -> None:
        if hint and isinstance(hint.get("done"), int) and isinstance(hint.get("total"), int):
            done, total = hint["done"], hint["total"]
        else:
            done = total = report.pages
        self.bar.update(done, max(total, 1), f"{report.rows:,} rows")

    def finish(self) -> None:
        self.bar.finish()


def _check_page_size(page_size: int) -> None:
    from sync.protocol import MAX_PULL_LIMIT

    if not 1 <= page_size <= MAX_PULL_LIMIT:
        raise CliError(f"--page-size must be between 1 and {MAX_PULL_LIMIT}")


def _open(db: str, *, create: bool, page_size: int) -> Any:
    from core.db.engine import open_device_db

    _check_page_size(page_size)

    path = Path(db)
    if not create and not path.exists():
        raise CliError(f"no database at {db} (set one up with: memberdesk device setup --db {db})")
    path.parent.mkdir(parents=True, exist_ok=True)
    return open_device_db(path)


def _summary(report: Any) -> str:
    push, pull = report.push, report.pull
    text = (
        f"pushed {push.sent:,} commands ({push.applied:,} applied, {push.duplicate:,} duplicate, "
        f"{push.rejected:,} rejected); pulled {pull.rows:,} rows in {pull.pages:,} pages"
    )
    if pull.resynced:
        text += " (full resync)"
    if report.refreshed:
        text += f"; refreshed {report.refreshed:,} members"
    if push.rejected:
        text += f"\n{push.rejected:,} commands were rejected: see the needs-attention list"
    return text


# --- device setup ---------------------------------------------------------------


def _kind_of(args: argparse.Namespace) -> tuple[str, str | None, str | None]:
    """(kind, store, region) from ``--store``, ``--region`` or ``--backoffice``."""
    if args.backoffice:
        return "backoffice", None, None
    if args.region is not None:
        region = args.region.strip().upper()
        if not region:
            raise CliError("--region needs a region code, e.g. R01")
        return "region", None, region
    store = args.store.strip().upper()
    if not store:
        raise CliError("--store needs a store code, e.g. S001")
    return "store", store, None


def cmd_device_setup(args: argparse.Namespace, out: Out) -> None:
    from sqlalchemy import func, select

    from core import clock
    from core.db.models import CommandRow, Member
    from sync.errors import SyncError
    from sync.setup import device_config, enrol_device, reset_mirror
    from sync.state import check_keyring, store_token

    _check_page_size(args.page_size)
    kind, store, region = _kind_of(args)
    check_keyring()  # before anything is enrolled on the server
    server = args.server.rstrip("/")
    if not server.startswith(("http://", "https://")):
        raise CliError(f"--server must be an http:// or https:// URL, not {args.server!r}")
    if Path(args.db).exists():
        factory = _open(args.db, create=False, page_size=args.page_size)
        with factory() as session:
            unsent = session.execute(
                select(func.count()).where(CommandRow.sync_state == "local")
            ).scalar_one()
        if unsent:
            raise CliError(
                f"{args.db} has {unsent:,} unsent commands; "
                "sync them first (memberdesk sync) or set up a fresh database"
            )
    name = args.name or f"{store or region or 'backoffice'} {socket.gethostname()}"[:100]
    try:
        enrolled = asyncio.run(
            enrol_device(server, args.user, args.password, store, name, kind=kind, region=region)
        )
    except SyncError as err:
        _fail(err.message)
    # Only now, with an identity from the server, is a new database file created.
    factory = _open(args.db, create=True, page_size=args.page_size)
    device = device_config(enrolled, server_url=server, name=name, operator=args.user)
    store_token(device.device_id, enrolled["token"])
    reset_mirror(factory, device, clock.now())

    from sync.service import SyncService

    bar = _PullBar(enabled=(not out.as_json and sys.stderr.isatty()) or args.progress)
    service = SyncService(factory, page_limit=args.page_size)
    try:
        report = asyncio.run(service.run_cycle(progress=bar))
    except SyncError as err:
        bar.finish()
        _fail(
            f"enrolled as device {device.device_id} but the first pull did not finish: "
            f"{err.message} (run: memberdesk sync --db {args.db})"
        )
    bar.finish()
    with factory() as session:
        members = session.execute(select(func.count()).select_from(Member)).scalar_one()
    data = {
        "device_id": device.device_id,
        "kind": device.kind,
        "store_code": device.store_code,
        "region": device.region,
        "name": device.name,
        "server": server,
        "regions": list(device.regions),
        "operator": device.operator,
        "members": members,
        "pull": report.pull.as_dict(),
    }
    out.emit(
        data,
        lambda: (
            f"device {device.device_id} enrolled for {device.scope_text} at {server}; "
            f"pulled {report.pull.rows:,} rows in {report.pull.pages:,} pages: "
            f"{members:,} members"
        ),
    )


# --- sync -------------------------------------------------------------------------


def cmd_sync(args: argparse.Namespace, out: Out) -> None:
    from sync.errors import SyncError
    from sync.service import SyncService

    factory = _open(args.db, create=False, page_size=args.page_size)
    service = SyncService(factory, page_limit=args.page_size)
    bar = _PullBar(enabled=args.progress)
    try:
        report = asyncio.run(service.run_cycle(progress=bar))
    except SyncError as err:
        bar.finish()
        if not err.retryable and err.code in ("not_set_up", "no_keyring"):
            raise
        _fail(err.message)
    bar.finish()
    status = service.status
    data = {
        **report.as_dict(),
        "status": {
            "queue_depth": status.queue_depth,
            "oldest_unsent_age_s": status.oldest_unsent_age_s,
            "last_push_at": status.last_push_at,
            "last_pull_at": status.last_pull_at,
            "last_success_at": status.last_success_at,
        },
    }
    out.emit(data, lambda: _summary(report) + f"; {status.queue_depth:,} unsent")


# --- parser -----------------------------------------------------------------------


def add_device_verbs(sub: Any, common: argparse.ArgumentParser, parser_class: type) -> None:
    """Register ``device setup`` and ``sync`` on the main parser."""
    device = sub.add_parser("device", help="enrol this device with the central API")
    dsub = device.add_subparsers(dest="action", required=True, parser_class=parser_class)
    p = dsub.add_parser(
        "setup",
        parents=[common],
        help="enrol a store's till, a region's laptop or a back-office desktop; pull its scope",
    )
    p.add_argument("--db", required=True, help="the device's local SQLite file")
    p.add_argument("--server", required=True, help="the central API, e.g. http://host:8700")
    kind = p.add_mutually_exclusive_group(required=True)
    kind.add_argument("--store", help="a store's till: store code, e.g. S001")
    kind.add_argument("--region", help="a regional manager's laptop: region code, e.g. R01")
    kind.add_argument(
        "--backoffice", action="store_true", help="a head-office desktop: every member"
    )
    p.add_argument(
        "--user",
        required=True,
        help="a manager's or head office's user name (a laptop's or desktop's commands name them)",
    )
    p.add_argument("--password", required=True)
    p.add_argument("--name", help="the device's name on the server (default: store/region, host)")
    p.add_argument("--page-size", type=int, default=1000, help=argparse.SUPPRESS)
    p.add_argument("--progress", action="store_true", help="show progress even when piped")
    p.set_defaults(fn=cmd_device_setup)

    p = sub.add_parser("sync", parents=[common], help="one push and pull with the central API")
    p.add_argument("--db", required=True, help="the device's local SQLite file")
    p.add_argument("--page-size", type=int, default=1000, help=argparse.SUPPRESS)
    p.add_argument("--progress", action="store_true", help="show pull progress")
    p.set_defaults(fn=cmd_sync)
