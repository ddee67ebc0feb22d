"""The fast ways of a big pull, against the row-by-row way they replace.

* The server: on PostgreSQL a snapshot page's rows are encoded as JSON by the
  database; the page must say what the Python encoding says.
* The device: a big block is upserted by one statement that SQLite feeds from
  the rows' JSON text; the rows stored must be the ones the row-by-row path
  stores (times in SQLAlchemy's format, JSON, booleans), a unique value held by
  another local row still makes room, and a new device's snapshot drops the big
  tables' secondary indexes with its first page and builds them with its last.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from core.db.engine import open_device_db
from core.db.models import Member, PointLot
from sync.mirror import BULK_MIN_ROWS, LOADING_PRAGMAS, Mirror, page_transaction
from sync.pull import PullReport, apply_page
from sync.state import load_sync

T = datetime(2026, 3, 2, 10, 0, 0)
N = BULK_MIN_ROWS + 20  # big enough for the one-statement path


@pytest.fixture
def factory(tmp_path: Path) -> Iterator[Any]:
    f = open_device_db(tmp_path / "device.db")
    yield f
    f.kw["bind"].dispose()


def _members(n: int, code_of: Any = None) -> dict[str, Any]:
    columns = [c.name for c in Member.__table__.columns]
    rows = []
    for i in range(n):
        # Times as the server sends them: whole seconds, and PostgreSQL's short fractions.
        at = ["2025-02-23T17:30:04", "2025-02-23T17:30:04.5", "2025-02-23T17:30:04.123456"][i % 3]
        values = {
            "id": f"m-{i:05d}",
            "code": code_of(i) if code_of else f"M{i:07d}",
            "name": "张三" if i % 2 else "李四",
            "name_initials": "zs",
            "name_pinyin": "zhangsan",
            "phone": f"139{i:08d}",
            "phone_last4": f"{i:04d}"[-4:],
            "email": None,
            "gender": "F",
            "birthday": "1986-07-10" if i % 2 else None,
            "home_store": "S001",
            "status": "active",
            "tags": ["宠物", "新客"] if i % 2 else [],
            "tier_code": "T0",
            "tier_since": "2026-06-03",
            "tier_grace_until": None,
            "enrolled_on": "2025-02-23",
            "created_at": at,
            "updated_at": at,
            "version": 3,
            "merged_into": None,
        }
        rows.append([values[c] for c in columns])
    return {"entity": "members", "key": ["id"], "columns": columns, "rows": rows}


def _lots(n: int) -> dict[str, Any]:
    columns = [c.name for c in PointLot.__table__.columns]
    rows = []
    for i in range(n):
        values = {
            "id": f"lot-{i:05d}",
            "member_id": f"m-{i % 7:05d}",
            "entry_id": f"e-{i:05d}",
            "points": 100 + i,
            "remaining": i % 5,
            "available_at": "2026-03-09T00:00:00",
            "expires_at": "2028-03-02T23:59:59.999999",
            "sale_id": None,
        }
        rows.append([values[c] for c in columns])
    return {"entity": "point_lots", "key": ["id"], "columns": columns, "rows": rows}


def _dump(factory: Any, table: str) -> list[tuple[Any, ...]]:
    """Every stored value with its SQLite type, JSON parsed (its spacing is not data)."""
    path = factory.kw["bind"].url.database
    with sqlite3.connect(path) as conn:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        sel = ", ".join(f'"{c}", typeof("{c}")' for c in cols)
        rows = conn.execute(f"SELECT {sel} FROM {table} ORDER BY 1").fetchall()
    conn.close()
    out = []
    for row in rows:
        values = list(row)
        for i, v in enumerate(values):
            if isinstance(v, str) and v[:1] in "[{":
                values[i] = json.dumps(json.loads(v), sort_keys=True)
        out.append(tuple(values))
    return out


def _apply(factory: Any, blocks: list[dict[str, Any]], protected: set[str] | None = None) -> Any:
    with page_transaction(factory) as session:
        mirror = Mirror(session, protected or set())
        for block in blocks:
            mirror.apply(block)
    return mirror.stats


def test_one_statement_stores_what_the_row_by_row_path_stores(factory: Any, tmp_path: Path) -> None:
    blocks = [_members(N), _lots(N)]
    fast = _apply(factory, blocks)
    # The row-by-row path: a member with unsent commands makes the mirror look at each row.
    slow_factory = open_device_db(tmp_path / "slow.db")
    try:
        slow = _apply(slow_factory, blocks, protected={"somebody-else"})
        assert fast.rows == slow.rows == 2 * N
        for table in ("members", "point_lots"):
            assert _dump(factory, table) == _dump(slow_factory, table)
        # Only the spelling of JSON differs: SQLite's compact text, not json.dumps'.
        tags = "SELECT tags FROM members WHERE id = 'm-00001'"
        with sqlite3.connect(factory.kw["bind"].url.database) as fast_db:
            assert fast_db.execute(tags).fetchone() == ('["宠物","新客"]',)
        fast_db.close()
    finally:
        slow_factory.kw["bind"].dispose()
    # Read back through the models: the times and JSON are what the server sent.
    with factory() as s:
        m1 = s.get(Member, "m-00001")
        m2 = s.get(Member, "m-00002")
        assert m1 is not None and m2 is not None
        assert m1.created_at == datetime(2025, 2, 23, 17, 30, 4, 500000)
        assert m2.created_at == datetime(2025, 2, 23, 17, 30, 4, 123456)
        assert m1.birthday == date(1986, 7, 10) and m1.tags == ["宠物", "新客"]
        assert m2.birthday is None and m2.tags == []
        lot = s.get(PointLot, "lot-00003")
        assert lot is not None and lot.expires_at == datetime(2028, 3, 2, 23, 59, 59, 999999)
    # The same page again changes nothing (a repeated page after a crash).
    again = _apply(factory, blocks)
    assert again.rows == 2 * N and again.deleted == 0
    with factory() as s:
        assert len(s.execute(select(Member.id)).all()) == N


def test_a_unique_value_held_by_another_local_row_still_makes_room(factory: Any) -> None:
    _apply(factory, [_members(1)])  # m-00000 holds code M0000000 and its phone
    with factory() as s, s.begin():
        old = s.get(Member, "m-00000")
        assert old is not None
        old.id = "m-local"  # the same code and phone on another id
    stats = _apply(factory, [_members(N)])
    assert stats.deleted == 1 and stats.rows == N
    with factory() as s:
        assert s.get(Member, "m-local") is None
        member = s.get(Member, "m-00000")
        assert member is not None and member.code == "M0000000"


def _index_sql(factory: Any) -> set[tuple[str, str]]:
    path = factory.kw["bind"].url.database
    with sqlite3.connect(path) as conn:
        found = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).fetchall()
    conn.close()
    return set(found)


def _page(blocks: list[dict[str, Any]], cursor: str, done: int, has_more: bool) -> dict[str, Any]:
    return {
        "changes": blocks,
        "cursor": cursor,
        "has_more": has_more,
        "progress": {"done": done, "total": 3},
    }


def test_a_new_device_builds_its_indexes_once_at_the_end_of_its_snapshot(factory: Any) -> None:
    schema = _index_sql(factory)
    report = PullReport()
    assert apply_page(factory, None, _page([_members(N)], "c1", 1, True), report)
    mid = _index_sql(factory)
    missing = {name for name, _sql in schema - mid}
    assert {"ix_members_name", "ix_point_lots_open", "ix_qualifying_member_at"} <= missing
    # Of the unique ones only the members' code and phone wait for the end; keys stay.
    assert {n for n in missing if not n.startswith("ix_")} == {
        "uq_members_code",
        "uq_members_phone",
    }
    with sqlite3.connect(factory.kw["bind"].url.database) as conn:
        keys = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'members' "
            "AND name LIKE 'sqlite_autoindex%'"
        ).fetchone()
    conn.close()
    assert keys == (1,)  # the id
    # A page that fails half-way leaves the indexes as they were and the cursor unmoved.
    broken = _page([_lots(N), {"entity": "members", "columns": "oops", "rows": []}], "c2", 2, True)
    with pytest.raises(Exception, match="columns and rows must be lists"):
        apply_page(factory, "c1", broken, report)
    assert _index_sql(factory) == mid
    assert apply_page(factory, "c1", _page([_lots(N)], "c2", 2, True), report)
    assert _index_sql(factory) == mid
    assert apply_page(factory, "c2", _page([], "c3", 3, False), report)
    assert _index_sql(factory) == schema
    assert report.pages == 3 and report.rows == 2 * N


def test_a_device_with_rows_keeps_its_indexes_during_a_snapshot(factory: Any) -> None:
    _apply(factory, [_members(3)])
    schema = _index_sql(factory)
    assert apply_page(factory, None, _page([_members(N)], "c1", 1, True), PullReport())
    assert _index_sql(factory) == schema


def test_loading_pragmas_are_put_back(factory: Any) -> None:
    engine = factory.kw["bind"]

    def pragmas() -> dict[str, Any]:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            return {p: raw.execute(f"PRAGMA {p}").fetchone()[0] for p in LOADING_PRAGMAS}

    before = pragmas()
    with page_transaction(factory, loading=True) as session:
        raw = session.connection().connection.driver_connection
        assert raw is not None
        during = {p: raw.execute(f"PRAGMA {p}").fetchone()[0] for p in LOADING_PRAGMAS}
    assert during == {p: int(v) for p, v in LOADING_PRAGMAS.items()}
    assert before != during
    assert pragmas() == before


def test_a_block_that_fails_at_its_last_row_is_stored_whole_by_the_row_by_row_way(
    factory: Any,
) -> None:
    # The one statement writes every row before the last, then meets a local row
    # holding the last member's code; with no savepoint those rows stay, and the
    # row-by-row way writes them again (the same values) after making room.
    _apply(factory, [_members(N)])
    with factory() as s, s.begin():
        last = s.get(Member, f"m-{N - 1:05d}")
        assert last is not None
        last.id = "m-local"
        s.flush()
        s.execute(Member.__table__.delete().where(Member.id != "m-local"))
    stats = _apply(factory, [_members(N)])
    assert stats.rows == N and stats.deleted == 1
    with factory() as s:
        assert s.get(Member, "m-local") is None
        ids = s.execute(select(Member.id).order_by(Member.id)).scalars().all()
        assert ids == [f"m-{i:05d}" for i in range(N)]


@pytest.mark.parametrize("bad_row", ["x" * 21, {"id": "m-1"}, None])
def test_a_row_that_is_not_a_list_of_its_columns_is_a_bad_answer(
    factory: Any, bad_row: Any
) -> None:
    block = _members(N)
    block["rows"][N // 2] = bad_row
    with pytest.raises(Exception, match="a row does not match its columns"):
        _apply(factory, [block])
    with factory() as s:
        assert s.execute(select(Member.id)).first() is None


def test_a_phone_two_snapshot_pages_give_two_members_goes_to_the_one_changed_last(
    factory: Any,
) -> None:
    # Read while a phone moved from m-00003 (page 1, read before) to m-00600 (page 2,
    # read after): the new device holds both until its snapshot ends.
    first = _members(N)
    second = _members(N + 100)
    second["rows"] = second["rows"][N:]
    columns = second["columns"]
    moved = second["rows"][600 - N]
    moved[columns.index("phone")] = first["rows"][3][columns.index("phone")]
    moved[columns.index("updated_at")] = "2025-03-01T09:00:00"
    report = PullReport()
    assert apply_page(factory, None, _page([first], "c1", 1, True), report)
    assert apply_page(factory, "c1", _page([second], "c2", 2, True), report)
    assert apply_page(factory, "c2", _page([], "c3", 3, False), report)
    assert {name for name, _sql in _index_sql(factory)} >= {"uq_members_code", "uq_members_phone"}
    with factory() as s:
        assert s.get(Member, "m-00003") is None  # put aside, to be refreshed
        kept = s.get(Member, "m-00600")
        assert kept is not None and kept.phone == "13900000003"
        assert len(s.execute(select(Member.id)).all()) == N + 99
        assert load_sync(s)["stale"] == ["m-00003"]
