"""The device database: pragmas, schema upgrades on start, all-or-nothing commands."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from core.db.engine import open_device_db
from core.services import DeviceServices, SaleLineInput
from tests.conftest import T0
from tests.integration.test_handlers import counts


def test_pragmas_for_a_till_that_loses_power(tmp_path: Path) -> None:
    factory = open_device_db(tmp_path / "d.db")
    with factory() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_device_database_is_migrated_on_start_and_reopens_unchanged(tmp_path: Path) -> None:
    from alembic.script import ScriptDirectory

    from core.db.engine import alembic_config

    path = tmp_path / "d.db"
    factory = open_device_db(path)
    head = ScriptDirectory.from_config(alembic_config(factory.kw["bind"])).get_current_head()
    factory.kw["bind"].dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        conn.execute("INSERT INTO stores VALUES ('S9', 'x', 'R9', 1)")
    open_device_db(path).kw["bind"].dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head,)
        assert conn.execute("SELECT code FROM stores").fetchall() == [("S9",)]


def test_a_failure_midway_through_a_command_leaves_nothing(
    services: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    svc: DeviceServices = services
    code = svc.enrol("张三", "13812345678", at=T0).result["code"]
    before = counts(svc)

    def crash(*_a: Any, **_k: Any) -> None:
        raise RuntimeError("power cut after the ledger was written")

    # Fault injection after the sale, its lot and its ledger entry were flushed.
    monkeypatch.setattr("core.handlers.sales.upgrade_if_qualified", crash)
    with pytest.raises(RuntimeError):
        svc.record_sale([SaleLineInput(10000)], member_key=code, at=T0)
    assert counts(svc) == before


def test_pages_a_connection_keeps_and_reads_through_a_memory_map(tmp_path: Path) -> None:
    from core.db.engine import CACHE_KIB, MMAP_BYTES

    factory = open_device_db(tmp_path / "d.db")
    with factory() as s:
        assert s.execute(text("PRAGMA cache_size")).scalar() == -CACHE_KIB
        assert s.execute(text("PRAGMA mmap_size")).scalar() == MMAP_BYTES
        assert s.execute(text("PRAGMA temp_store")).scalar() == 2  # MEMORY
    factory.kw["bind"].dispose()


def _members_schema(path: Path) -> tuple[str, list[str], list[tuple[Any, ...]]]:
    with sqlite3.connect(path) as conn:
        table = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'members'").fetchone()[0]
        others = [
            r[0]
            for r in conn.execute(
                "SELECT sql FROM sqlite_master WHERE tbl_name = 'members' AND type != 'table' "
                "AND sql IS NOT NULL ORDER BY name"
            )
        ]
        rows = conn.execute("SELECT * FROM members ORDER BY id").fetchall()
    conn.close()
    return table, others, rows


def test_migration_0009_keeps_codes_and_phones_unique_by_indexes(services: Any) -> None:
    from alembic import command as alembic_command

    from core.db.engine import alembic_config
    from core.db.engine import upgrade as upgrade_schema

    svc: DeviceServices = services
    code = svc.enrol("张三", "13812345678", at=T0).result["code"]
    svc.enrol("李四", "13912345678", at=T0)
    svc.record_sale([SaleLineInput(10000)], member_key=code, at=T0)
    engine = svc.factory.kw["bind"]
    path = Path(engine.url.database)
    head_table, head_others, head_rows = _members_schema(path)

    alembic_command.downgrade(alembic_config(engine), "0008")
    table, others, rows = _members_schema(path)
    assert "CONSTRAINT uq_members_phone UNIQUE (phone)" in table
    assert not any("uq_members" in sql for sql in others)
    assert rows == head_rows

    upgrade_schema(engine)
    table, others, rows = _members_schema(path)
    assert (table, others, rows) == (head_table, head_others, head_rows)
    assert "UNIQUE" not in table
    assert "CREATE UNIQUE INDEX uq_members_phone ON members (phone)" in others
    # The analytics triggers on members came back with the table.
    assert sum(sql.startswith("CREATE TRIGGER") for sql in others) == 4
    with svc.factory() as s:
        # Enforcement is back on for the application's connections, and nothing dangles.
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA foreign_key_check")).all() == []
    with sqlite3.connect(path) as conn, pytest.raises(sqlite3.IntegrityError, match="phone"):
        conn.execute(
            "INSERT INTO members SELECT 'other-id', 'M-OTHER', name, name_initials, "
            "name_pinyin, phone, phone_last4, email, gender, birthday, home_store, status, "
            "tags, tier_code, tier_since, tier_grace_until, enrolled_on, created_at, "
            "updated_at, version, merged_into FROM members LIMIT 1"
        )
    conn.close()
