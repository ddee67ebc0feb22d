"""Links without foreign keys (migration 0010): the check that finds orphans, and the schema.

``test_push_batch`` proves that both push paths leave no orphan; here the check itself
must see one, on both backends, and PostgreSQL's schema must be as the migration says.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import uuid
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from server.integrity import LINKS, orphans
from tests.integration.server.conftest import pg_create, pg_drop, require_pg

# Links that stay foreign keys: to rows made earlier, by another command.
KEPT = {("point_accounts", "members"), ("refunds", "sales"), ("redemptions", "members")}


def _check(db_url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "memberdesk", "server", "check", "--database-url", db_url, "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _orphan_line(db_url: str) -> None:
    """A sale line whose sale does not exist, written past SQLite's old foreign keys."""
    insert = (
        "INSERT INTO sale_lines (sale_id, line_no, category, amount_fen) VALUES (?, 1, NULL, 100)"
    )
    if db_url.startswith("sqlite"):
        conn = sqlite3.connect(db_url.removeprefix("sqlite:///"))
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute(insert, ("no-such-sale",))
        conn.commit()
        conn.close()
        return
    engine = create_engine(db_url.replace("postgresql://", "postgresql+psycopg://"))
    with engine.begin() as conn:
        conn.execute(text(insert.replace("?", ":sale")), {"sale": "no-such-sale"})
    engine.dispose()


def test_the_check_finds_a_row_whose_parent_is_missing(db_url: str, factory: Any) -> None:
    with factory() as session:
        found = orphans(session.connection())
    assert set(found) == {link.name for link in LINKS}
    assert set(found.values()) == {0}, found
    healthy = _check(db_url)
    assert healthy.returncode == 0, healthy.stderr
    assert json.loads(healthy.stdout)["orphans"] == 0

    _orphan_line(db_url)
    with factory() as session:
        found = orphans(session.connection())
    assert found["sale_lines.sale_id -> sales.id"] == 1
    assert sum(found.values()) == 1
    broken = _check(db_url)
    assert broken.returncode == 2  # the command line's status for an error it names
    assert json.loads(broken.stdout)["links"]["sale_lines.sale_id -> sales.id"] == 1
    assert broken.stderr.strip() == "error: 1 row(s) name a parent that is missing"


def _foreign_keys(conn: Any) -> set[tuple[str, str]]:
    rows = conn.execute(
        text(
            "SELECT conrelid::regclass::text, confrelid::regclass::text, a.attname"
            " FROM pg_constraint c"
            " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
            " WHERE c.contype = 'f'"
        )
    ).all()
    return {(f"{table}.{column}", parent) for table, parent, column in rows}


@pytest.mark.postgres
def test_postgres_drops_just_the_links_and_the_downgrade_restores_them() -> None:
    from alembic import command as alembic_command

    from core.db.engine import alembic_config
    from core.db.engine import upgrade as upgrade_schema
    from server.db import server_engine
    from server.main import init

    require_pg()
    name = f"md_links_{uuid.uuid4().hex[:10]}"
    url = pg_create(name)
    try:
        init(url, "admin-pass-1").kw["bind"].dispose()
        engine = server_engine(url)
        links = {(f"{link.table}.{link.column}", link.parent) for link in LINKS}
        with engine.connect() as conn:
            head = _foreign_keys(conn)
        assert not head & links
        kept = {(column.split(".")[0], parent) for column, parent in head}
        assert kept >= KEPT, kept

        alembic_command.downgrade(alembic_config(engine), "0009")
        with engine.connect() as conn:
            assert links <= _foreign_keys(conn)
            assert conn.execute(_INDEX).scalar() == "ix_point_entries_command_id"
        upgrade_schema(engine)
        with engine.connect() as conn:
            assert _foreign_keys(conn) == head
            assert conn.execute(_INDEX).scalar() is None
        engine.dispose()
    finally:
        pg_drop(name)


_INDEX = text("SELECT to_regclass('ix_point_entries_command_id')::text")
