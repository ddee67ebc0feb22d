"""Applying the server's rows to the device's copy: pull pages and member refreshes.

A block (``sync/protocol.py``) is upserted table by table with
``INSERT … ON CONFLICT DO UPDATE``; its deleted keys are removed. Rows of a
member with unsent local commands are never overwritten (DESIGN.md): such a
member is remembered as stale and refreshed once its commands are through.
History rows (ledger entries, lot movements, sales and their lines, refunds)
are still added for such a member if they are missing here, never overwritten.

A page runs with SQLite's foreign-key checks off (``page_transaction``): the
snapshot leaves old history out, so rows may name rows the device never had;
the server checked every row it sends.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Final

from sqlalchemy import Date, DateTime, Table, and_, delete, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from core.db.models import (
    Base,
    CommandRow,
    PointEntry,
    PointLot,
    Redemption,
    Sale,
)
from sync.errors import BadAnswer
from sync.state import LOCAL_SETTINGS

TABLES: Final[dict[str, Table]] = {t.name: t for t in Base.metadata.sorted_tables}
# History: added for a member with unsent commands when missing here, never overwritten.
APPEND_ONLY: Final = frozenset({"point_entries", "lot_movements", "sales", "sale_lines", "refunds"})
# Not the member's data but notes about it: always taken as the server has them.
UNPROTECTED: Final = frozenset({"attention_items"})
# Unique columns besides the key: a row the server now gives that value wins over ours.
UNIQUE: Final[dict[str, tuple[str, ...]]] = {
    "members": ("code", "phone"),
    "coupons": ("code",),
    "sales": ("receipt_no",),
    "tiers": ("rank",),
}
CHUNK: Final = 500


@contextmanager
def page_transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction with foreign-key checks off (set outside it, as SQLite requires)."""
    engine = factory.kw["bind"]
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                yield session
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")


def members_with_unsent(session: Session) -> set[str]:
    """Members that this device's unsent commands touch."""
    found: set[str] = set()
    rows = session.execute(
        select(CommandRow.kind, CommandRow.payload).where(CommandRow.sync_state == "local")
    ).all()
    if not rows:
        return found
    sale_ids: list[str] = []
    redemption_ids: list[str] = []
    for kind, payload in rows:
        member = payload.get("member_id")
        if isinstance(member, str):
            found.add(member)
        if kind == "refund_sale" and isinstance(payload.get("sale_id"), str):
            sale_ids.append(payload["sale_id"])
        if kind == "cancel_redemption" and isinstance(payload.get("redemption_id"), str):
            redemption_ids.append(payload["redemption_id"])
    for chunk in _chunks(sale_ids):
        found.update(
            m
            for m in session.execute(select(Sale.member_id).where(Sale.id.in_(chunk))).scalars()
            if m
        )
    for chunk in _chunks(redemption_ids):
        found.update(
            session.execute(select(Redemption.member_id).where(Redemption.id.in_(chunk))).scalars()
        )
    found.update(
        session.execute(
            select(PointEntry.member_id)
            .join(CommandRow, CommandRow.id == PointEntry.command_id)
            .where(CommandRow.sync_state == "local")
            .distinct()
        ).scalars()
    )
    return found


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _decoders(table: Table, columns: Sequence[str]) -> list[Any]:
    out: list[Any] = []
    for name in columns:
        col = table.c.get(name)
        if col is None:
            out.append(None)
        elif isinstance(col.type, DateTime):
            out.append(_datetime)
        elif isinstance(col.type, Date):
            out.append(_date)
        else:
            out.append(_same)
    return out


def _same(value: Any) -> Any:
    return value


def _datetime(value: Any) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _date(value: Any) -> date | None:
    return None if value is None else date.fromisoformat(value)


@dataclass
class MirrorStats:
    rows: int = 0
    deleted: int = 0
    skipped: int = 0
    stale: set[str] = field(default_factory=set)


class Mirror:
    """Applies blocks inside one transaction, protecting members with unsent commands."""

    def __init__(self, session: Session, protected: set[str]) -> None:
        self.session = session
        self.protected = protected
        self.stats = MirrorStats()
        # Owners of lots and sales seen in this transaction (for movements, lines, refunds).
        self._lot_owner: dict[str, str] = {}
        self._sale_owner: dict[str, str | None] = {}

    # --- whose row is it --------------------------------------------------------

    def _owner(self, name: str, row: dict[str, Any]) -> str | None:
        if name == "members":
            return row.get("id")
        if name == "lot_movements":
            return self._owner_of_lot(row["lot_id"])
        if name in ("sale_lines", "refunds"):
            return self._owner_of_sale(row["sale_id"])
        member = row.get("member_id")
        return member if isinstance(member, str) else None

    def _owner_of_lot(self, lot_id: str) -> str | None:
        if lot_id not in self._lot_owner:
            found = self.session.execute(
                select(PointLot.member_id).where(PointLot.id == lot_id)
            ).scalar()
            if found is None:
                return None
            self._lot_owner[lot_id] = found
        return self._lot_owner[lot_id]

    def _owner_of_sale(self, sale_id: str) -> str | None:
        if sale_id not in self._sale_owner:
            self._sale_owner[sale_id] = self.session.execute(
                select(Sale.member_id).where(Sale.id == sale_id)
            ).scalar()
        return self._sale_owner[sale_id]

    # --- applying -----------------------------------------------------------------

    def apply(self, block: Any) -> None:
        if not isinstance(block, dict):
            raise BadAnswer(reason="a block must be an object")
        name = block.get("entity")
        table = TABLES.get(name) if isinstance(name, str) else None
        if table is None:
            return  # a table this device's version does not keep
        columns = block.get("columns")
        rows = block.get("rows") or []
        if not isinstance(columns, list) or not isinstance(rows, list):
            raise BadAnswer(reason=f"block {name}: columns and rows must be lists")
        decoders = _decoders(table, columns)
        wanted = [(i, c) for i, c in enumerate(columns) if decoders[i] is not None]
        records = [{c: decoders[i](row[i]) for i, c in wanted} for row in rows]
        self._upsert(table, records)
        deleted = block.get("deleted") or []
        if deleted:
            self._delete(table, deleted)

    def _remember(self, name: str, record: dict[str, Any]) -> None:
        if name == "point_lots":
            self._lot_owner[record["id"]] = record["member_id"]
        elif name == "sales":
            self._sale_owner[record["id"]] = record.get("member_id")

    def _upsert(self, table: Table, records: list[dict[str, Any]]) -> None:
        name = table.name
        update: list[dict[str, Any]] = []
        add_only: list[dict[str, Any]] = []
        for record in records:
            if name == "settings" and record.get("key") in LOCAL_SETTINGS:
                continue
            self._remember(name, record)
            owner = None if name in UNPROTECTED else self._owner(name, record)
            if owner is not None and owner in self.protected:
                self.stats.stale.add(owner)
                if name in APPEND_ONLY:
                    add_only.append(record)
                else:
                    self.stats.skipped += 1
                continue
            update.append(record)
        update = self._make_room(table, update)
        pk = [c.name for c in table.primary_key.columns]
        for group in _same_keys(update):
            stmt = sqlite_insert(table)
            others = [c for c in group[0] if c not in pk]
            if others:
                stmt = stmt.on_conflict_do_update(
                    index_elements=pk, set_={c: stmt.excluded[c] for c in others}
                )
            else:
                stmt = stmt.on_conflict_do_nothing(index_elements=pk)
            self.session.execute(stmt, group)
            self.stats.rows += len(group)
        for group in _same_keys(add_only):
            self.session.execute(sqlite_insert(table).on_conflict_do_nothing(), group)
            self.stats.rows += len(group)

    def _make_room(self, table: Table, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Remove local rows holding a unique value the server now gives another row."""
        unique = UNIQUE.get(table.name)
        if not unique or not records:
            return records
        pk = table.primary_key.columns[0]
        member_col = table.c.get("member_id")
        keep = list(records)
        for col_name in unique:
            col = table.c[col_name]
            by_value = {r[col_name]: r for r in keep if col_name in r}
            losers: list[Any] = []
            dropped: set[int] = set()
            for chunk in _chunks(list(by_value)):
                cols = [pk, col] + ([member_col] if member_col is not None else [])
                for found in self.session.execute(select(*cols).where(col.in_(chunk))).all():
                    incoming = by_value[found[1]]
                    if found[0] == incoming[pk.name]:
                        continue
                    owner = (
                        found[0]
                        if table.name == "members"
                        else (found[2] if member_col is not None else None)
                    )
                    if owner is not None and owner in self.protected:
                        # Our unsent row holds the value: the server's row waits for a refresh.
                        dropped.add(id(incoming))
                        mine = self._owner(table.name, incoming)
                        if mine is not None:
                            self.stats.stale.add(mine)
                        self.stats.skipped += 1
                    else:
                        losers.append(found[0])
            for chunk in _chunks(losers):
                self.session.execute(delete(table).where(pk.in_(chunk)))
                self.stats.deleted += len(chunk)
            keep = [r for r in keep if id(r) not in dropped]
        return keep

    def _delete(self, table: Table, keys: list[Any]) -> None:
        pk = list(table.primary_key.columns)
        name = table.name
        for key in keys:
            if not isinstance(key, list) or len(key) != len(pk):
                raise BadAnswer(reason=f"block {name}: a deleted key has the wrong shape")
            values = [
                _datetime(v) if isinstance(c.type, DateTime) else v
                for c, v in zip(pk, key, strict=True)
            ]
            cond = and_(*(c == v for c, v in zip(pk, values, strict=True)))
            if name == "settings" and values[0] in LOCAL_SETTINGS:
                continue
            if name not in UNPROTECTED and self.protected:
                found = self.session.execute(select(*table.columns).where(cond)).mappings().first()
                if found is None:
                    continue
                owner = self._owner(name, dict(found))
                if owner is not None and owner in self.protected:
                    self.stats.stale.add(owner)
                    self.stats.skipped += 1
                    continue
            self.stats.deleted += _count(self.session.execute(delete(table).where(cond)))


def _count(result: Any) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def _same_keys(records: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """Records grouped by their set of columns (one executemany needs one shape)."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for r in records:
        groups.setdefault(tuple(r), []).append(r)
    yield from groups.values()


def delete_keys_not_in(
    session: Session, table: Table, member_ids: Sequence[str], keep: set[str]
) -> int:
    """Delete ``table``'s rows of these members whose id the server did not name."""
    removed = 0
    for chunk in _chunks(list(member_ids)):
        ids = (
            session.execute(select(table.c.id).where(table.c.member_id.in_(chunk))).scalars().all()
        )
        gone = [i for i in ids if i not in keep]
        for part in _chunks(gone):
            removed += _count(session.execute(delete(table).where(table.c.id.in_(part))))
    return removed


def keys_of(blocks: list[Any], entity: str) -> set[str]:
    out: set[str] = set()
    for block in blocks:
        if isinstance(block, dict) and block.get("entity") == entity:
            pos = block["columns"].index("id")
            out.update(row[pos] for row in block["rows"])
    return out
