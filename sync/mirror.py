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

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Final

import orjson
from sqlalchemy import JSON, Date, DateTime, Index, Table, and_, delete, func, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.schema import CreateIndex

from core.commands.payloads import REDEMPTION_KINDS, named_members
from core.db.models import (
    Base,
    CommandRow,
    Member,
    PointEntry,
    PointLot,
    Redemption,
    Sale,
)
from sync.errors import BadAnswer
from sync.state import LOCAL_SETTINGS

TABLES: Final[dict[str, Table]] = {t.name: t for t in Base.metadata.sorted_tables}
# History: added for a member with unsent commands when missing here, never overwritten.
APPEND_ONLY: Final = frozenset(
    {"point_entries", "lot_movements", "sales", "sale_lines", "refunds", "tier_changes"}
)
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
# Blocks smaller than this go row by row: the one-statement load pays off on big pages.
BULK_MIN_ROWS: Final = 500


# While a snapshot page is written (``page_transaction(loading=True)``), set on its
# connection and put back afterwards: no fsync at each commit (WAL stays consistent: a
# power cut loses at most the last pages, which are pulled again with their cursor), a
# bigger page cache for the growing indexes, no memory map and sorts that spill to a
# file (building the indexes of a million members sorts hundreds of MB), so the device's
# memory does not grow with the file it is filling.
LOADING_PRAGMAS: Final = {
    "synchronous": "1",
    "cache_size": "-65536",
    "mmap_size": "0",
    "temp_store": "1",
}
# Tables whose secondary (not unique) indexes a new device's first snapshot builds once
# at its end instead of row by row (``defer_indexes`` / ``restore_indexes``).
DEFERRED_INDEX_TABLES: Final = (
    "members",
    "point_lots",
    "qualifying_events",
    "redemptions",
    "coupons",
    "benefit_uses",
    "attention_items",
)
# Unique indexes such a snapshot also builds at its end: members' codes and phones come
# in the random order of members' ids, and writing those two indexes row by row was a
# third of a million-member pull. Until the end nothing keeps them unique; the end
# settles a value two rows hold (a phone that moved from one member to another while
# the snapshot was being read): the row changed last keeps it (``_settle``).
DEFERRED_UNIQUE: Final = {"uq_members_code": "code", "uq_members_phone": "phone"}


@contextmanager
def page_transaction(factory: sessionmaker[Session], *, loading: bool = False) -> Iterator[Session]:
    """One transaction with foreign-key checks off (set outside it, as SQLite requires)."""
    engine = factory.kw["bind"]
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        sqlite = engine.dialect.name == "sqlite"
        saved: dict[str, Any] = {}
        if sqlite:
            raw.execute("PRAGMA foreign_keys=OFF")
            if loading:
                for name, value in LOADING_PRAGMAS.items():
                    saved[name] = raw.execute(f"PRAGMA {name}").fetchone()[0]
                    raw.execute(f"PRAGMA {name}={value}")
        try:
            with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                yield session
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys=ON")
                for name, value in saved.items():
                    raw.execute(f"PRAGMA {name}={value}")


def _deferrable() -> list[Index]:
    return [
        i
        for t in DEFERRED_INDEX_TABLES
        for i in TABLES[t].indexes
        if not i.unique or i.name in DEFERRED_UNIQUE
    ]


def _index_names(session: Session) -> set[str]:
    return set(
        session.execute(text("SELECT name FROM sqlite_master WHERE type = 'index'")).scalars()
    )


def uniques_deferred(session: Session) -> bool:
    """Whether the members' unique indexes are dropped (a new device's first snapshot)."""
    return not DEFERRED_UNIQUE.keys() <= _index_names(session)


def defer_indexes(session: Session) -> None:
    """Drop the secondary indexes of the big tables (a new device, before its snapshot)."""
    for index in _deferrable():
        session.execute(text(f'DROP INDEX IF EXISTS "{index.name}"'))


def restore_indexes(session: Session) -> set[str]:
    """Create whichever of those indexes are missing (at the end of every snapshot).

    Answers the members whose rows were removed to make a unique index (``_settle``):
    the caller marks them stale, and the refresh after the pull brings them back.
    """
    existing = _index_names(session)
    settled: set[str] = set()
    raw = session.connection().connection.driver_connection
    assert raw is not None
    for index in _deferrable():
        if index.name in existing:
            continue
        ddl = str(CreateIndex(index).compile(dialect=session.get_bind().dialect))
        try:
            raw.execute(ddl)  # a failed CREATE is undone by SQLite itself
        except sqlite3.IntegrityError:
            # Only a unique index fails, on a value two rows of the snapshot hold.
            settled |= _settle(session, DEFERRED_UNIQUE[str(index.name)])
            raw.execute(ddl)
    return settled


def _settle(session: Session, column: str) -> set[str]:
    """Members sharing a value of ``column``: all but the row changed last are removed."""
    col = Member.__table__.c[column]
    shared = session.execute(select(col).group_by(col).having(func.count() > 1)).scalars().all()
    losers: set[str] = set()
    for chunk in _chunks(shared):
        rows = session.execute(
            select(Member.id, col, Member.updated_at).where(col.in_(chunk))
        ).all()
        holders: dict[Any, list[tuple[Any, str]]] = {}
        for member_id, value, updated_at in rows:
            holders.setdefault(value, []).append((updated_at, member_id))
        for marks in holders.values():
            losers.update(member_id for _at, member_id in sorted(marks)[:-1])
    for chunk in _chunks(sorted(losers)):
        session.execute(delete(Member).where(Member.id.in_(chunk)))
    return losers


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
        found.update(named_members(kind, payload))
        if kind == "refund_sale" and isinstance(payload.get("sale_id"), str):
            sale_ids.append(payload["sale_id"])
        if kind in REDEMPTION_KINDS and isinstance(payload.get("redemption_id"), str):
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


# ISO 8601 from the wire (``2026-03-02T10:00:00``, ``…:00.5``) as SQLAlchemy stores a
# DateTime on SQLite (``2026-03-02 10:00:00.500000``); NULL stays NULL.
_STORED_TIME: Final = (
    "substr({v},1,10)||' '||substr({v},12,8)||'.'||substr(substr({v},21)||'000000',1,6)"
)


def _json_text(value: Any) -> str:
    """A JSON column as SQLite's compact text (what ``json()`` would store), not
    ASCII-escaped; orjson, as the page itself was decoded."""
    return orjson.dumps(value).decode()


@dataclass(frozen=True)
class BulkInsert:
    """How a block of one shape is upserted with one ``executemany``.

    ``sql`` takes a row's values by their position in the block (``?1``, ``?2``, …), so a
    column this device does not keep is simply never named; times are turned into
    SQLAlchemy's stored form by SQLite. ``json_at``: positions whose values are JSON
    (encoded to text here); ``width``: how many values a bound row has (None: all).
    """

    sql: str
    json_at: tuple[int, ...]
    width: int | None

    def rows(self, rows: list[Any]) -> list[Any]:
        """The block's rows as bound values (new lists: the block itself is left as it was)."""
        width = self.width
        if not self.json_at:
            return rows if width is None else [r[:width] for r in rows]
        out = []
        for r in rows:
            bound = r[:width]
            for i in self.json_at:
                bound[i] = _json_text(bound[i])
            out.append(bound)
        return out


_BULK_SQL: dict[tuple[str, tuple[Any, ...]], BulkInsert | None] = {}


def _bulk_sql(table: Table, columns: tuple[Any, ...]) -> BulkInsert | None:
    """``INSERT … VALUES (?1, …) ON CONFLICT … DO UPDATE`` for this shape of block.

    Values are stored as SQLAlchemy stores them on SQLite: a time as
    ``YYYY-MM-DD HH:MM:SS.ffffff`` (the wire has ISO 8601, with any number of
    fraction digits or none), JSON as its text, true/false as 1/0. None when a
    column this table fills by default is missing (only the ORM path knows it).
    """
    key = (table.name, columns)
    if key in _BULK_SQL:
        return _BULK_SQL[key]
    names: list[str] = []
    values: list[str] = []
    json_at: list[int] = []
    width = 0  # values up to the last column this device keeps
    for i, name in enumerate(columns):
        col = table.c.get(name) if isinstance(name, str) else None
        if col is None:
            continue
        width = i + 1
        names.append(f'"{name}"')
        if isinstance(col.type, DateTime):
            values.append(_STORED_TIME.format(v=f"?{i + 1}"))
        else:
            values.append(f"?{i + 1}")
            if isinstance(col.type, JSON):
                json_at.append(i)
    present = set(columns)
    pk = [c.name for c in table.primary_key.columns]
    bulk: BulkInsert | None = None
    if names and not any(
        c.name not in present and (c.default is not None or c.primary_key) for c in table.columns
    ):
        others = [n for n in names if n.strip('"') not in pk]
        conflict = ",".join(f'"{k}"' for k in pk)
        action = (
            "DO UPDATE SET " + ",".join(f"{n}=excluded.{n}" for n in others)
            if others
            else "DO NOTHING"
        )
        sql = (
            f'INSERT INTO "{table.name}" ({",".join(names)}) VALUES ({",".join(values)}) '
            f"ON CONFLICT ({conflict}) {action}"
        )
        # Rows are cut only when columns this device does not keep come last.
        bulk = BulkInsert(sql, tuple(json_at), None if width == len(columns) else width)
    _BULK_SQL[key] = bulk
    return bulk


@dataclass
class MirrorStats:
    rows: int = 0
    deleted: int = 0
    skipped: int = 0
    stale: set[str] = field(default_factory=set)


class Mirror:
    """Applies blocks inside one transaction, protecting members with unsent commands."""

    def __init__(
        self, session: Session, protected: set[str], *, uniques_deferred: bool = False
    ) -> None:
        self.session = session
        self.protected = protected
        # A new device's snapshot: nothing here holds a code or phone but rows of that
        # same snapshot, and those are settled when its unique indexes are built.
        self.uniques_deferred = uniques_deferred
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
        if not (rows and self._bulk(table, columns, rows)):
            self._apply_rows(table, columns, rows)
        deleted = block.get("deleted") or []
        if deleted:
            self._delete(table, deleted)

    def _bulk(self, table: Table, columns: list[Any], rows: list[Any]) -> bool:
        """Upsert the rows with one ``executemany`` of positional values.

        Only when nothing needs a look at each row: no member with unsent commands,
        not the settings. A row that would take a unique value (member code, phone,
        coupon code, receipt number) from another local row, or that misses a
        required column, fails the statement at that row, and the block goes the
        row-by-row way, which makes room first. False: not done here.

        No savepoint guards the statement: the rows before the failing one stay
        written, and the row-by-row way writes them again, the same values (an
        upsert). A savepoint made SQLite copy every page the block touched into
        a statement journal first, a temporary file: 40% of a new device's pull.
        """
        if self.protected or table.name == "settings" or len(rows) < BULK_MIN_ROWS:
            return False
        bulk = _bulk_sql(table, tuple(columns))
        if bulk is None:
            return False
        # In C (map), not a generator: a snapshot checks 5 million rows.
        if set(map(type, rows)) != {list} or set(map(len, rows)) != {len(columns)}:
            raise BadAnswer(reason=f"block {table.name}: a row does not match its columns")
        bound = bulk.rows(rows)
        conn = self.session.connection()
        # The driver's own executemany: it takes the rows' lists as they are.
        raw = conn.connection.driver_connection
        assert raw is not None
        try:
            raw.executemany(bulk.sql, bound)
        except (IntegrityError, sqlite3.IntegrityError):
            return False
        self.stats.rows += len(rows)
        return True

    def _apply_rows(self, table: Table, columns: list[Any], rows: list[Any]) -> None:
        decoders = _decoders(table, columns)
        wanted = [(i, c) for i, c in enumerate(columns) if decoders[i] is not None]
        records = [{c: decoders[i](row[i]) for i, c in wanted} for row in rows]
        self._upsert(table, records)

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
        if not unique or not records or (table.name == "members" and self.uniques_deferred):
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
        if name == "members":
            self._forget(keys)
            return
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

    def _forget(self, keys: list[Any]) -> None:
        """Members the server says are no longer this device's (moved to a home store
        outside its scope): removed with every row of theirs; one with unsent commands
        is kept whole until they are through, then asked about again (``stale``)."""
        from sync.scope import forget_members  # the scope sweep is built on the mirror

        ids = []
        for key in keys:
            if not (isinstance(key, list) and len(key) == 1 and isinstance(key[0], str)):
                raise BadAnswer(reason="block members: a deleted key has the wrong shape")
            if key[0] in self.protected:
                self.stats.stale.add(key[0])
                self.stats.skipped += 1
            else:
                ids.append(key[0])
        if ids:
            here = select(Member.id).where(Member.id.in_(ids))
            self.stats.deleted += len(self.session.execute(here).all())
            forget_members(self.session, ids)


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
