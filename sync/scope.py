"""After a resync: remove what the new snapshot no longer includes (mark and sweep).

When the server answers 409 ``resync_required`` (the device's scope changed: a
store joined or left its region, say), the pull clears its cursor and takes a
fresh snapshot; the outbox is untouched. The snapshot upserts every row still in
scope, but rows that left the scope would stay in the file for ever: the feed
never names them again. So, while such a snapshot runs, :func:`follow`

* **marks** every member the snapshot delivers (``sync_scope_seen``, a work
  table that exists only while a sweep is open) and every store whose stock it
  delivers (``settings["sync"]["scope_sweep"]``);
* **sweeps**, in the transaction of the page that completes the snapshot, every
  member not marked — with their account, lots, lot movements, ledger entries,
  sales with their lines and refunds, qualifying events, redemptions, coupons,
  benefit uses and attention items — and the stock rows of stores not marked
  (never the device's own store's).

A member with unsent local commands is kept whole, marked or not: their rows
stay until the commands are acknowledged; the member is put on
``settings["sync"]["stale"]``, so the refresh after the push asks the server
again and removes them then if they are out of scope. The device's commands
(its outbox and their history) are never removed: they number the next command.

Each call runs inside the pull's page transaction (``sync/pull.py``
``apply_page``), so the marks, the sweep and the page's cursor are committed
together or not at all: a crash mid-snapshot resumes the marking with the next
page. A new device (no member yet when its first snapshot starts) opens no
sweep, so an initial pull pays nothing for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from core import clock
from core.db.models import Member, PointEntry, PointLot, Sale, StoreStock
from sync.mirror import TABLES
from sync.protocol import snapshot_complete
from sync.state import DEVICE_KEY, add_stale, iso, load_sync, update_sync

SEEN: Final = "sync_scope_seen"
SWEEP_KEY: Final = "scope_sweep"
LAST_KEY: Final = "last_scope_sweep"
CHUNK: Final = 500
# The member's own rows, children first (rows that hang off a lot or a sale go before it).
MEMBER_TABLES: Final = (
    "attention_items",
    "benefit_uses",
    "coupons",
    "redemptions",
    "qualifying_events",
    "tier_changes",
    "point_lots",
    "point_entries",
    "sales",
    "point_accounts",
)


def follow(session: Session, cursor: str | None, page: dict[str, Any], protected: set[str]) -> int:
    """Mark what a resync's snapshot delivers; sweep the rest once it is complete.

    ``cursor`` is the cursor the page was asked with (``None``: the first page of a
    snapshot), ``protected`` the members with unsent commands. Returns how many
    members were removed (0 until the page that completes the snapshot).
    """
    state = load_sync(session)
    sweep = state.get(SWEEP_KEY)
    if cursor is None:
        if session.execute(select(Member.id).limit(1)).first() is None:
            # A new device: nothing can be out of scope.
            if sweep:
                _close(session)
            return 0
        sweep = {"started_at": iso(clock.now()), "stock_stores": []}
        session.execute(text(f"CREATE TABLE IF NOT EXISTS {SEEN} (id TEXT PRIMARY KEY)"))
        session.execute(text(f"DELETE FROM {SEEN}"))
    elif not isinstance(sweep, dict):
        return 0
    stores = set(sweep["stock_stores"]) | _mark(session, page["changes"])
    sweep = {**sweep, "stock_stores": sorted(stores)}
    if not snapshot_complete(page):
        update_sync(session, **{SWEEP_KEY: sweep})
        return 0
    removed, kept, stock = _sweep(session, protected, stores)
    _close(session)
    update_sync(
        session,
        **{
            SWEEP_KEY: None,
            LAST_KEY: {
                "at": iso(clock.now()),
                "started_at": sweep["started_at"],
                "members_removed": removed,
                "members_kept": kept,
                "stock_rows_removed": stock,
            },
        },
    )
    return removed


def _close(session: Session) -> None:
    session.execute(text(f"DROP TABLE IF EXISTS {SEEN}"))
    update_sync(session, **{SWEEP_KEY: None})


def _column(block: dict[str, Any], name: str) -> Iterator[Any]:
    columns = block.get("columns")
    if not isinstance(columns, list) or name not in columns:
        return
    pos = columns.index(name)
    for row in block.get("rows") or []:
        yield row[pos]


def _mark(session: Session, blocks: Iterable[Any]) -> set[str]:
    """Note the members of this page; return the stores whose stock it carries."""
    stores: set[str] = set()
    for block in blocks:
        if not isinstance(block, dict):
            continue
        if block.get("entity") == "members":
            ids = [{"id": i} for i in _column(block, "id") if isinstance(i, str)]
            if ids:
                session.execute(text(f"INSERT OR IGNORE INTO {SEEN} (id) VALUES (:id)"), ids)
        elif block.get("entity") == "store_stock":
            stores.update(s for s in _column(block, "store_code") if isinstance(s, str))
    return stores


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def _sweep(session: Session, protected: set[str], stock_stores: set[str]) -> tuple[int, int, int]:
    """Remove members not marked (and their rows) and stock of stores not marked."""
    unmarked = list(
        session.execute(
            text(f"SELECT id FROM members WHERE id NOT IN (SELECT id FROM {SEEN})")
        ).scalars()
    )
    kept = sorted(m for m in unmarked if m in protected)
    gone = [m for m in unmarked if m not in protected]
    for chunk in _chunks(gone):
        forget_members(session, chunk)
    add_stale(session, set(kept))

    device = session.execute(
        text("SELECT json_extract(value, '$.store_code') FROM settings WHERE key = :k"),
        {"k": DEVICE_KEY},
    ).scalar()
    query = delete(StoreStock).where(StoreStock.store_code.not_in(sorted(stock_stores)))
    if isinstance(device, str):
        query = query.where(StoreStock.store_code != device)
    stock = int(getattr(session.execute(query), "rowcount", 0) or 0)
    return len(gone), len(kept), stock


def forget_members(session: Session, member_ids: Sequence[str]) -> None:
    """Delete these members and every row of theirs (not the device's commands)."""
    ids = list(member_ids)
    lots = select(PointLot.id).where(PointLot.member_id.in_(ids))
    entries = select(PointEntry.id).where(PointEntry.member_id.in_(ids))
    sales = select(Sale.id).where(Sale.member_id.in_(ids))
    movements = TABLES["lot_movements"]
    session.execute(
        delete(movements).where(movements.c.lot_id.in_(lots) | movements.c.entry_id.in_(entries))
    )
    for name in ("sale_lines", "refunds"):
        table = TABLES[name]
        session.execute(delete(table).where(table.c.sale_id.in_(sales)))
    for name in MEMBER_TABLES:
        table = TABLES[name]
        session.execute(delete(table).where(table.c.member_id.in_(ids)))
    session.execute(delete(Member).where(Member.id.in_(ids)))
