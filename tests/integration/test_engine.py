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
