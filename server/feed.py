"""The change feed: what changed, in commit order, and the pull that reads it.

Capture. Sessions of the server's factory note every row they insert, update or
delete (``after_flush``). At commit (``before_commit``) the transaction takes
the single ``feed_clock`` row with an UPDATE, which holds its lock until the
commit ends, and numbers its changes from it. Change numbers are therefore
handed out in commit order: once a reader sees number N committed, every
smaller number is committed too, so a cursor can never step over a change that
commits late (a plain sequence read under concurrent writers can).

Pull. A device with no cursor first receives a snapshot of its scope (the
rulebook, the catalog, its stores' stock, and its members with their accounts,
open lots, coupons and recent qualifying events), page by page in key order,
and then the feed from the clock value read when the snapshot began. A page
carries the rows as they are now, never as they were when they changed, so a
late or repeated page cannot roll a device back.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    DateTime,
    Select,
    Table,
    Text,
    and_,
    cast,
    event,
    func,
    insert,
    inspect,
    literal_column,
    or_,
    select,
    tuple_,
    update,
)
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.util import identity_key

from core.db import models as m
from core.errors import DomainError
from server.models import Change, FeedClock

FEED_KEY = "memberdesk.feed"
# Members whose home store changed in this transaction: their key -> the store they left.
MOVED_KEY = "memberdesk.feed.moved"
# Stores that only head-office devices (scope "*") receive changes of.
HQ_ONLY = "-"
PROTOCOL = 1
# Qualifying events a device needs for tier projections: the longest window plus grace.
EVENT_HORIZON = timedelta(days=400)
# Ledger and sales history that a region's laptop receives with its snapshot, so that its
# dashboards (a year's trends, RFM over twelve months, churn over two periods) cover the
# past and not only what happened since it was set up. Tills and the head-office desktop
# take history from the feed only (docs/analytics.md "What a regional laptop knows").
HISTORY_DAYS = 400


class CursorInvalid(DomainError):
    code = "cursor_invalid"
    template = "the pull cursor is not one this server issued"


class ResyncRequired(DomainError):
    code = "resync_required"
    template = "the device's scope or the protocol changed: pull again from the start"


# --- which rows are in the feed, and whose they are ---------------------------


MemberOf = Callable[[Session, Any], "str | None"]
StoreOf = Callable[[Any], "str | None"]


@dataclass(frozen=True)
class Entity:
    model: type[m.Base]
    member_of: MemberOf | None = None
    store_of: StoreOf | None = None
    # The snapshot sends every row of the scope unless a filter says otherwise;
    # ``snapshot=False`` leaves history (entries, sales) to the feed.
    snapshot: bool = True
    snapshot_filter: Callable[[datetime], ColumnElement[bool]] | None = None

    @property
    def table(self) -> Table:
        table = self.model.__table__
        assert isinstance(table, Table)
        return table

    @property
    def name(self) -> str:
        return self.table.name

    def key_of(self, obj: Any) -> str:
        return json.dumps([getattr(obj, c.key) for c in self.table.primary_key.columns])


def _attr(name: str) -> MemberOf:
    return lambda _session, obj: getattr(obj, name)


def _via_sale(session: Session, obj: Any) -> str | None:
    sale = _loaded(session, m.Sale, obj.sale_id)
    if sale is not None:
        return sale.member_id  # type: ignore[no-any-return]
    return session.execute(select(m.Sale.member_id).where(m.Sale.id == obj.sale_id)).scalar()


def _sale_store(obj: Any) -> str | None:
    # An anonymous sale goes to its own store's devices (for refunds there).
    return HQ_ONLY if obj.member_id is None and obj.store_code is None else None


def _via_lot(session: Session, obj: Any) -> str | None:
    lot = _loaded(session, m.PointLot, obj.lot_id)
    if lot is not None:
        return lot.member_id  # type: ignore[no-any-return]
    return session.execute(select(m.PointLot.member_id).where(m.PointLot.id == obj.lot_id)).scalar()


def _loaded(session: Session, model: type[m.Base], pk: Any) -> Any:
    return session.identity_map.get(identity_key(model, (pk,)))


def _attention_store(obj: Any) -> str | None:
    return HQ_ONLY if obj.member_id is None else None


ENTITIES: tuple[Entity, ...] = (
    Entity(m.Store),
    Entity(m.Setting, snapshot_filter=lambda _now: m.Setting.key != "device"),
    Entity(m.PointRuleSet),
    Entity(m.Tier),
    Entity(m.BenefitRow),
    Entity(m.CouponTemplate),
    Entity(m.Reward),
    Entity(m.StoreStock, store_of=lambda obj: obj.store_code),
    Entity(m.Member, member_of=_attr("id")),
    Entity(m.PointAccount, member_of=_attr("member_id")),
    Entity(m.PointEntry, member_of=_attr("member_id"), snapshot=False),
    Entity(
        m.PointLot,
        member_of=_attr("member_id"),
        snapshot_filter=lambda _now: m.PointLot.remaining > 0,
    ),
    Entity(m.LotMovement, member_of=_via_lot, snapshot=False),
    Entity(m.Sale, member_of=_attr("member_id"), store_of=_sale_store, snapshot=False),
    Entity(m.SaleLineRow, member_of=_via_sale, snapshot=False),
    Entity(m.Refund, member_of=_via_sale, snapshot=False),
    Entity(
        m.QualifyingEvent,
        member_of=_attr("member_id"),
        snapshot_filter=lambda now: m.QualifyingEvent.at >= now - EVENT_HORIZON,
    ),
    Entity(m.TierChange, member_of=_attr("member_id"), snapshot=False),
    Entity(m.Redemption, member_of=_attr("member_id")),
    Entity(
        m.Coupon,
        member_of=_attr("member_id"),
        snapshot_filter=lambda _now: m.Coupon.status == "issued",
    ),
    Entity(m.BenefitUse, member_of=_attr("member_id")),
    Entity(
        m.AttentionItem,
        member_of=_attr("member_id"),
        store_of=_attention_store,
        snapshot_filter=lambda _now: m.AttentionItem.resolved_at.is_(None),
    ),
)
BY_MODEL: dict[type[Any], Entity] = {e.model: e for e in ENTITIES}
# Tables whose rows may be large get at most this many rows in one page, whatever the
# page's limit: a reward holds its picture (up to 64 KB, about 88 KB as base64), so a
# thousand of them would make a 90 MB answer. Consulted at run time (tests lower it).
PAGE_ROWS: dict[str, int] = {"rewards": 25}
BY_NAME: dict[str, Entity] = {e.name: e for e in ENTITIES}
SNAPSHOT: tuple[Entity, ...] = tuple(e for e in ENTITIES if e.snapshot)
# The history a scope with ``history_days`` also snapshots (see ``_history``): members'
# sales (with their lines and refunds), ledger entries and tier changes since the cut-off.
# Lot movements stay with the feed: open lots come whole, and the dashboards read entries.
HISTORY: tuple[Entity, ...] = tuple(
    BY_MODEL[model] for model in (m.Sale, m.SaleLineRow, m.Refund, m.PointEntry, m.TierChange)
)


# --- capture ------------------------------------------------------------------


def capture(factory: sessionmaker[Session]) -> None:
    """Make every session of ``factory`` write its changes to the feed when it commits."""
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_rollback", _after_rollback)


def _after_flush(session: Session, _context: Any) -> None:
    pending: dict[tuple[str, str], tuple[str | None, str | None]] = session.info.setdefault(
        FEED_KEY, {}
    )
    for obj in (*session.new, *session.dirty, *session.deleted):
        entity = BY_MODEL.get(type(obj))
        if entity is None:
            continue
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        if entity.model is m.Setting and obj.key == "device":
            continue
        member = entity.member_of(session, obj) if entity.member_of else None
        store = entity.store_of(obj) if entity.store_of else None
        pending[(entity.name, entity.key_of(obj))] = (member, store)
        if entity.model is m.Member and obj in session.dirty:
            left = inspect(obj).attrs.home_store.history.deleted
            if left and left[0] != obj.home_store:
                moved: dict[str, str] = session.info.setdefault(MOVED_KEY, {})
                moved.setdefault(entity.key_of(obj), left[0] or HQ_ONLY)


def _before_commit(session: Session) -> None:
    session.flush()
    pending: dict[tuple[str, str], tuple[str | None, str | None]] = session.info.pop(FEED_KEY, {})
    if not pending:
        return
    # A member who moved home store is also named to the store they left (with no
    # member, so the old scope's devices see it): their pull then says the member is
    # no longer theirs (``_feed_page``), and the device forgets them.
    changes = [(e, k, mem, st) for (e, k), (mem, st) in pending.items()]
    changes += [
        (BY_MODEL[m.Member].name, k, None, st) for k, st in session.info.pop(MOVED_KEY, {}).items()
    ]
    conn = session.connection()
    # Holding this row until commit puts change numbers in commit order.
    last = conn.execute(
        update(FeedClock)
        .where(FeedClock.id == 1)
        .values(last=FeedClock.last + len(changes))
        .returning(FeedClock.last)
    ).scalar_one()
    first = last - len(changes) + 1
    if conn.dialect.name == "postgresql":
        # A pushed batch names thousands of rows: COPY is one statement for all of them
        # (an executemany is one INSERT each), and the clock row is held that much less.
        driver = conn.connection.driver_connection
        assert driver is not None
        with (
            driver.cursor() as cursor,
            cursor.copy(
                "COPY changes (id, entity, key, member_id, store_code) FROM STDIN (FORMAT BINARY)"
            ) as copy,
        ):
            copy.set_types(["int8", "text", "text", "text", "text"])
            write = copy.write_row
            for i, (e, k, mem, st) in enumerate(changes, first):
                write((i, e, k, mem, st))
        return
    conn.execute(
        insert(Change),
        [
            {"id": first + i, "entity": e, "key": k, "member_id": mem, "store_code": st}
            for i, (e, k, mem, st) in enumerate(changes)
        ],
    )


def _after_rollback(session: Session) -> None:
    session.info.pop(FEED_KEY, None)
    session.info.pop(MOVED_KEY, None)


def touch(session: Session, rows: Iterable[Any]) -> None:
    """Put rows in the feed without changing them (a device must see them again)."""
    pending = session.info.setdefault(FEED_KEY, {})
    for obj in rows:
        entity = BY_MODEL[type(obj)]
        member = entity.member_of(session, obj) if entity.member_of else None
        store = entity.store_of(obj) if entity.store_of else None
        pending[(entity.name, entity.key_of(obj))] = (member, store)


def clock_now(session: Session) -> int:
    return int(session.execute(select(FeedClock.last).where(FeedClock.id == 1)).scalar_one())


# --- scope and cursor -----------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """What a device may receive: the stores whose members and stock it sees (None: all)."""

    stores: tuple[str, ...] | None
    # Days of ledger and sales history the snapshot carries (0: none, the feed brings it).
    history_days: int = 0

    @property
    def digest(self) -> str:
        text = "*" if self.stores is None else ",".join(sorted(self.stores))
        if self.history_days:
            # A device whose snapshot gains history pulls it again (409 resync_required).
            text += f"|h{self.history_days}"
        return hashlib.sha256(f"{PROTOCOL}|{text}".encode()).hexdigest()[:16]

    @property
    def snapshot(self) -> tuple[Entity, ...]:
        """What this scope's snapshot sends, in order (parents before children)."""
        return SNAPSHOT + HISTORY if self.history_days else SNAPSHOT


def scope_of_device(session: Session, regions: Sequence[str], device_kind: str | None) -> Scope:
    """The scope a device pulls: its stores, and history with the snapshot for a region's."""
    scope = scope_for_regions(session, regions)
    if device_kind == "region":
        return Scope(scope.stores, HISTORY_DAYS)
    return scope


def scope_for_regions(session: Session, regions: Sequence[str]) -> Scope:
    if "*" in regions:
        return Scope(None)
    codes = session.execute(
        select(m.Store.code).where(m.Store.region.in_(list(regions))).order_by(m.Store.code)
    ).scalars()
    return Scope(tuple(codes))


@dataclass
class Cursor:
    scope: str
    pos: int
    # While the snapshot runs: the entity being sent and the last key sent.
    entity: int | None = None
    after: list[Any] | None = None

    def encode(self) -> str:
        body = {"v": PROTOCOL, "s": self.scope, "p": self.pos, "e": self.entity, "a": self.after}
        return base64.urlsafe_b64encode(json.dumps(body).encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str) -> Cursor:
        try:
            raw = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
            cursor = cls(raw["s"], int(raw["p"]), raw.get("e"), raw.get("a"))
            if raw.get("v") != PROTOCOL:
                raise ResyncRequired()
        except ResyncRequired:
            raise
        except Exception:
            raise CursorInvalid() from None
        if not isinstance(cursor.scope, str) or cursor.pos < 0:
            raise CursorInvalid()
        if cursor.entity is not None and not (
            isinstance(cursor.entity, int) and 0 <= cursor.entity < len(SNAPSHOT) + len(HISTORY)
        ):
            raise CursorInvalid()
        if cursor.after is not None and not isinstance(cursor.after, list):
            raise CursorInvalid()
        return cursor


# --- pull -------------------------------------------------------------------------


@dataclass(frozen=True)
class RawRows:
    """A block's rows already encoded as JSON by the database: the text between ``[`` and ``]``."""

    text: str
    count: int


@dataclass
class Page:
    blocks: list[dict[str, Any]]
    cursor: str
    has_more: bool
    rows: int
    # During a snapshot: how many of its tables are finished, for a device's progress bar.
    progress: dict[str, int] | None = None

    def as_dict(self) -> dict[str, Any]:
        blocks = [
            {**b, "rows": json.loads(f"[{b['rows'].text}]")}
            if isinstance(b["rows"], RawRows)
            else b
            for b in self.blocks
        ]
        body = {"changes": blocks, "cursor": self.cursor, "has_more": self.has_more}
        if self.progress is not None:
            body["progress"] = self.progress
        return body

    def encode(self) -> bytes:
        """The page as the JSON body of a pull answer; rows the database encoded are spliced in."""
        parts = ['{"changes":[']
        for i, block in enumerate(self.blocks):
            if i:
                parts.append(",")
            rows = block["rows"]
            if isinstance(rows, RawRows):
                head = {k: v for k, v in block.items() if k != "rows"}
                parts.append(_dumps(head)[:-1])
                parts.append(',"rows":[')
                parts.append(rows.text)
                parts.append("]}")
            else:
                parts.append(_dumps(block))
        parts.append("],")
        tail: dict[str, Any] = {"cursor": self.cursor, "has_more": self.has_more}
        if self.progress is not None:
            tail["progress"] = self.progress
        parts.append(_dumps(tail)[1:])
        return "".join(parts).encode()


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _encoders(table: Table) -> list[Callable[[Any], Any] | None]:
    out: list[Callable[[Any], Any] | None] = []
    for col in table.columns:
        if isinstance(col.type, DateTime | Date):
            out.append(_iso)
        else:
            out.append(None)
    return out


def _iso(value: date | datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _head(entity: Entity) -> dict[str, Any]:
    return {
        "entity": entity.name,
        "key": [c.name for c in entity.table.primary_key.columns],
        "columns": [c.name for c in entity.table.columns],
    }


def _encoded_rows(entity: Entity, rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    enc = _encoders(entity.table)
    return [[v if f is None else f(v) for f, v in zip(enc, row, strict=True)] for row in rows]


def _block(entity: Entity, rows: Sequence[Sequence[Any]], deleted: list[Any]) -> dict[str, Any]:
    block = _head(entity) | {"rows": _encoded_rows(entity, rows)}
    if deleted:
        block["deleted"] = deleted
    return block


def _scoped(entity: Entity, query: Select[Any], scope: Scope) -> Select[Any]:
    if scope.stores is None:
        return query
    stores = list(scope.stores)
    table = entity.table
    if entity.model is m.Member:
        return query.where(m.Member.home_store.in_(stores))
    if entity.member_of is not None and "member_id" in table.c:
        return query.join(m.Member, m.Member.id == table.c.member_id).where(
            m.Member.home_store.in_(stores)
        )
    if entity.model is m.StoreStock:
        return query.where(m.StoreStock.store_code.in_(stores))
    return query


def _history(entity: Entity, query: Select[Any], scope: Scope, since: datetime) -> Select[Any]:
    """A history entity's snapshot rows: its members' (in scope) since ``since``.

    Sale lines and refunds go with their sale (a refund of a sale before the cut-off
    is left to the feed, as its sale is); anonymous sales stay with the feed."""
    if entity.model is m.PointEntry:
        return _scoped(entity, query, scope).where(m.PointEntry.created_at >= since)
    if entity.model is m.TierChange:
        return _scoped(entity, query, scope).where(m.TierChange.at >= since)
    if entity.model is not m.Sale:
        query = query.join(m.Sale, m.Sale.id == entity.table.c.sale_id)
    query = query.where(m.Sale.at >= since, m.Sale.member_id.is_not(None))
    if scope.stores is not None:
        query = query.join(m.Member, m.Member.id == m.Sale.member_id).where(
            m.Member.home_store.in_(list(scope.stores))
        )
    return query


def pull(
    session: Session, scope: Scope, cursor_text: str | None, limit: int, now: datetime
) -> Page:
    """One page of changes after the cursor (or of the snapshot, for a new device)."""
    if not cursor_text:
        cursor = Cursor(scope.digest, clock_now(session), 0, None)
    else:
        cursor = Cursor.decode(cursor_text)
        if cursor.scope != scope.digest:
            raise ResyncRequired()
    if cursor.entity is not None:
        if cursor.entity >= len(scope.snapshot):
            raise CursorInvalid()
        return _snapshot_page(session, scope, cursor, limit, now)
    return _feed_page(session, scope, cursor, limit)


def _snapshot_page(
    session: Session, scope: Scope, cursor: Cursor, limit: int, now: datetime
) -> Page:
    blocks: list[dict[str, Any]] = []
    sent = 0
    index = cursor.entity or 0
    after = cursor.after
    in_database = session.get_bind().dialect.name == "postgresql"
    entities = scope.snapshot
    while index < len(entities) and sent < limit:
        entity = entities[index]
        table = entity.table
        pk = list(table.primary_key.columns)
        query = select(*table.columns).select_from(table)
        if index >= len(SNAPSHOT):
            query = _history(entity, query, scope, now - timedelta(days=scope.history_days))
        else:
            query = _scoped(entity, query, scope)
        if entity.snapshot_filter is not None:
            query = query.where(entity.snapshot_filter(now))
        if after is not None:
            query = query.where(pk[0] > after[0] if len(pk) == 1 else tuple_(*pk) > tuple_(*after))
        cap = PAGE_ROWS.get(entity.name)
        want = limit - sent if cap is None else min(limit - sent, cap)
        query = query.order_by(*pk).limit(want)
        encode = _encoded_in_database if in_database else _encoded_here
        count, last, rows_json = encode(session, entity, query, pk)
        if count:
            blocks.append(_head(entity) | {"rows": rows_json})
            sent += count
            after = last
        if count < want:  # this entity is finished
            index += 1
            after = None
        elif cap is not None and want == cap:  # as many of these as a page holds
            break
    if index >= len(entities):
        next_cursor = Cursor(cursor.scope, cursor.pos)
        # The snapshot is done; say so only if the feed has nothing newer either.
        has_more = clock_now(session) > cursor.pos
    else:
        next_cursor = Cursor(cursor.scope, cursor.pos, index, after)
        has_more = True
    progress = {"done": index, "total": len(entities)}
    return Page(blocks, next_cursor.encode(), has_more, sent, progress)


def _encoded_in_database(
    session: Session, _entity: Entity, query: Select[Any], pk: list[Any]
) -> tuple[int, list[Any] | None, RawRows | list[list[Any]]]:
    """One keyset page whose rows PostgreSQL encodes as JSON arrays itself.

    Python never sees the rows: one query answers how many, the last key (the next
    page's start) and the rows' JSON text, which the answer splices in. PostgreSQL
    writes a timestamp as ``2026-03-02T10:00:00[.ffffff]`` and a date as ``2026-03-02``,
    as ``isoformat()`` does.
    """
    page = query.subquery("page")
    keys = [page.c[c.name] for c in pk]
    row = session.execute(
        select(
            func.count(),
            cast(func.json_agg(aggregate_order_by(func.json_build_array(*keys), *keys)), Text),
            func.string_agg(
                cast(func.json_build_array(*page.c), Text),
                aggregate_order_by(literal_column("','"), *keys),
            ),
        ).select_from(page)
    ).one()
    count = int(row[0])
    if not count:
        return 0, None, RawRows("", 0)
    last = json.loads(row[1])[-1]
    return count, last, RawRows(row[2], count)


def _encoded_here(
    session: Session, entity: Entity, query: Select[Any], pk: list[Any]
) -> tuple[int, list[Any] | None, RawRows | list[list[Any]]]:
    rows = session.execute(query).all()
    if not rows:
        return 0, None, []
    positions = [list(entity.table.columns).index(c) for c in pk]
    last = [_plain(rows[-1][i]) for i in positions]
    return len(rows), last, _encoded_rows(entity, rows)


def encode_block(entity: Entity, rows: Sequence[Sequence[Any]]) -> dict[str, Any]:
    """Rows of one table in the pull's block format (also used by the refresh)."""
    return _block(entity, rows, [])


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def _feed_page(session: Session, scope: Scope, cursor: Cursor, limit: int) -> Page:
    # Everything numbered up to the clock value read now is committed (see the module doc).
    upto = clock_now(session)
    query = (
        select(Change.id, Change.entity, Change.key)
        .where(Change.id > cursor.pos, Change.id <= upto)
        .order_by(Change.id)
        .limit(limit)
    )
    if scope.stores is not None:
        stores = list(scope.stores)
        query = query.outerjoin(m.Member, m.Member.id == Change.member_id).where(
            or_(
                and_(
                    Change.member_id.is_(None),
                    or_(Change.store_code.is_(None), Change.store_code.in_(stores)),
                ),
                m.Member.home_store.in_(stores),
            )
        )
    changes = session.execute(query).all()
    full = len(changes) == limit
    cut = _capped(changes)
    if cut is not None:
        changes, full = changes[:cut], True
    by_entity: dict[str, dict[str, None]] = {}
    for _id, entity_name, key in changes:
        by_entity.setdefault(entity_name, {})[key] = None
    blocks: list[dict[str, Any]] = []
    sent = 0
    for entity in ENTITIES:  # parents before children
        keys = by_entity.get(entity.name)
        if not keys:
            continue
        table = entity.table
        pk = list(table.primary_key.columns)
        wanted = [json.loads(k) for k in keys]
        if len(pk) == 1:
            cond = pk[0].in_([k[0] for k in wanted])
        else:
            cond = tuple_(*pk).in_([tuple(k) for k in wanted])
        rows = session.execute(select(*table.columns).where(cond)).all()
        if entity.model is m.Member and scope.stores is not None:
            # A member who moved out of the scope is named here to the scope they left:
            # for this device they are gone (it forgets them and all their rows).
            home = [c.name for c in table.columns].index("home_store")
            rows = [r for r in rows if r[home] in scope.stores]
        positions = [list(table.columns).index(c) for c in pk]
        found = {json.dumps([_plain(r[i]) for i in positions]) for r in rows}
        deleted = [k for k, text in zip(wanted, keys, strict=True) if text not in found]
        blocks.append(_block(entity, rows, deleted))
        sent += len(rows) + len(deleted)
    pos = changes[-1][0] if full else upto
    return Page(blocks, Cursor(cursor.scope, pos).encode(), full, sent)


def _capped(changes: Sequence[Any]) -> int | None:
    """Where a feed page must end so that no table passes its ``PAGE_ROWS`` (None: it
    need not). The page then ends at that change; the next starts after it."""
    seen: dict[str, set[str]] = {}
    for i, (_id, entity_name, key) in enumerate(changes):
        cap = PAGE_ROWS.get(entity_name)
        if cap is None:
            continue
        keys = seen.setdefault(entity_name, set())
        keys.add(key)
        if len(keys) > cap:
            return i
    return None
