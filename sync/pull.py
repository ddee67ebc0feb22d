"""Pull: bring the device's copy up to the server's change feed.

Each page is applied in ONE local transaction together with its new cursor
(``settings["sync"]["cursor"]``), so a crash at any point leaves either the page
and its cursor, or neither: the next pull repeats the page, and upserts make a
repeated page harmless. A 409 ``resync_required`` clears the cursor and pulls
again from a snapshot; the outbox is not touched.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from core import clock
from core.db.models import Member
from sync.client import SyncClient
from sync.errors import BadAnswer, ResyncRequired
from sync.mirror import (
    Mirror,
    defer_indexes,
    members_with_unsent,
    page_transaction,
    restore_indexes,
    uniques_deferred,
)
from sync.protocol import MAX_PULL_LIMIT, snapshot_complete
from sync.scope import follow
from sync.state import add_stale, iso, load_sync, update_sync

# Rows per page: the protocol's largest. A new device's snapshot is millions of rows;
# bigger pages mean fewer answers and transactions, and a page stays a few MB.
PAGE: Final = MAX_PULL_LIMIT


@dataclass
class PullReport:
    pages: int = 0
    rows: int = 0
    deleted: int = 0
    skipped: int = 0
    resynced: bool = False
    snapshot: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "pages": self.pages,
            "rows": self.rows,
            "deleted": self.deleted,
            "skipped": self.skipped,
            "resynced": self.resynced,
            "snapshot": self.snapshot,
        }


# Called after every page: (the report so far, the page's progress hint or None).
PullProgress = Callable[[PullReport, dict[str, Any] | None], None]


def read_cursor(factory: sessionmaker[Session]) -> str | None:
    with factory() as session:
        cursor = load_sync(session)["cursor"]
        return cursor if isinstance(cursor, str) and cursor else None


def clear_cursor(factory: sessionmaker[Session]) -> None:
    with factory() as session, session.begin():
        update_sync(session, cursor=None, snapshot_done=False)


def apply_page(
    factory: sessionmaker[Session],
    cursor: str | None,
    page: dict[str, Any],
    report: PullReport,
) -> bool:
    """Apply one page and store its cursor, atomically; False if another pull got there first.

    A snapshot page is written with the loading pragmas (``sync/mirror.py``). A new
    device (no member yet) drops the big tables' secondary indexes with the first
    page of its snapshot, and the page that completes any snapshot creates whichever
    are missing, in the same transaction as its cursor: a crash in between resumes
    the snapshot, whose end still builds them.
    """
    snapshot = isinstance(page.get("progress"), dict)
    with page_transaction(factory, loading=snapshot) as session:
        if read_cursor_in(session) != cursor:
            return False
        if cursor is None and snapshot and _new_device(session):
            defer_indexes(session)
        protected = members_with_unsent(session)
        # After a resync: mark what the snapshot brings, sweep the rest at its end.
        follow(session, cursor, page, protected)
        deferred = snapshot and uniques_deferred(session)
        mirror = Mirror(session, protected, uniques_deferred=deferred)
        for block in page["changes"]:
            mirror.apply(block)
        stale = mirror.stats.stale
        if snapshot_complete(page):
            stale = stale | restore_indexes(session)
        add_stale(session, stale)
        changes: dict[str, Any] = {"cursor": page["cursor"], "last_pull_at": iso(clock.now())}
        if not page.get("has_more"):
            changes["snapshot_done"] = True
        update_sync(session, **changes)
    report.pages += 1
    report.rows += mirror.stats.rows
    report.deleted += mirror.stats.deleted
    report.skipped += mirror.stats.skipped
    return True


def _new_device(session: Session) -> bool:
    return session.execute(select(Member.id).limit(1)).first() is None


def read_cursor_in(session: Session) -> str | None:
    cursor = load_sync(session)["cursor"]
    return cursor if isinstance(cursor, str) and cursor else None


async def pull_all(
    factory: sessionmaker[Session],
    client: SyncClient,
    *,
    limit: int = PAGE,
    progress: PullProgress | None = None,
) -> PullReport:
    """Pull pages until the server has nothing more (one resync at most).

    The next page is fetched while this one is written (its cursor comes with the
    page), so the network and the local disk work at the same time; a page and its
    cursor are still stored together, in order.
    """
    report = PullReport()
    while True:
        cursor = await asyncio.to_thread(read_cursor, factory)
        if cursor is None:
            report.snapshot = True
        try:
            finished = await _pages_from(factory, client, cursor, limit, report, progress)
        except ResyncRequired:
            if report.resynced:
                raise
            await asyncio.to_thread(clear_cursor, factory)
            report.resynced = True
            continue
        if finished:
            return report


async def _pages_from(
    factory: sessionmaker[Session],
    client: SyncClient,
    cursor: str | None,
    limit: int,
    report: PullReport,
    progress: PullProgress | None,
) -> bool:
    """Apply pages from ``cursor`` on; False if another pull moved the cursor meanwhile."""
    fetch: asyncio.Task[dict[str, Any]] = asyncio.create_task(client.pull(cursor, limit))
    try:
        while True:
            page = await fetch
            if not isinstance(page.get("has_more"), bool):
                raise BadAnswer(reason="a pull page needs has_more")
            if page["has_more"]:
                fetch = asyncio.create_task(client.pull(page["cursor"], limit))
            if not await asyncio.to_thread(apply_page, factory, cursor, page, report):
                return False
            if progress is not None:
                hint = page.get("progress")
                progress(report, hint if isinstance(hint, dict) else None)
            if not page["has_more"]:
                return True
            cursor = page["cursor"]
    finally:
        if not fetch.done():
            fetch.cancel()
            with contextlib.suppress(BaseException):
                await fetch
