"""members: code and phone unique through named unique indexes, not table constraints

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29

The same rule (one member per code, one per phone) kept by an index that can be
dropped and built again. A new device's first snapshot drops these two with the
other indexes of the big tables and builds them once at its end
(``sync/mirror.py``): written row by row, in the random order of members' ids,
they were a third of a million-member pull. SQLite cannot drop a table
constraint, so there the table is rebuilt (the documented twelve steps: a new
table, the rows copied, the old one dropped, the new one renamed; its indexes
and triggers made again as they were). ``env.py`` runs SQLite migrations with
foreign-key enforcement off, as that procedure requires.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

UNIQUE = ("code", "phone")
_CONSTRAINT = re.compile(r",\s*CONSTRAINT uq_members_(code|phone) UNIQUE \((code|phone)\)")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        _rebuild(conn, _without_constraints)
    else:
        for column in UNIQUE:
            op.drop_constraint(f"uq_members_{column}", "members", type_="unique")
    for column in UNIQUE:
        op.create_index(f"uq_members_{column}", "members", [column], unique=True)


def downgrade() -> None:
    for column in UNIQUE:
        op.drop_index(f"uq_members_{column}", table_name="members")
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        _rebuild(conn, _with_constraints)
    else:
        for column in UNIQUE:
            op.create_unique_constraint(f"uq_members_{column}", "members", [column])


def _without_constraints(create: str) -> str:
    out, found = _CONSTRAINT.subn("", create)
    if found != len(UNIQUE):
        raise RuntimeError(f"members: expected the two unique constraints in {create!r}")
    return out


def _with_constraints(create: str) -> str:
    head, _, tail = create.rpartition(")")
    extra = "".join(f", \n\tCONSTRAINT uq_members_{c} UNIQUE ({c})" for c in UNIQUE)
    return f"{head.rstrip()}{extra}\n){tail}"


def _rebuild(conn: sa.Connection, table_sql: Callable[[str], str]) -> None:
    """Rebuild ``members`` with the CREATE TABLE that ``table_sql`` makes of the current one."""
    schema = conn.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'members' AND sql IS NOT NULL"
    ).all()
    create = next(sql for kind, _name, sql in schema if kind == "table")
    others = [sql for kind, _name, sql in schema if kind in ("index", "trigger")]
    new_sql = table_sql(create)
    new_sql = re.sub(r"^CREATE TABLE (\"?)members\1", "CREATE TABLE members_rebuilt", new_sql)
    conn.exec_driver_sql(new_sql)
    conn.exec_driver_sql("INSERT INTO members_rebuilt SELECT * FROM members")
    conn.exec_driver_sql("DROP TABLE members")  # its indexes and triggers go with it
    # Legacy renaming: the other tables' foreign keys already name "members", and no
    # trigger or view is rewritten for a table name that is only coming back.
    conn.exec_driver_sql("PRAGMA legacy_alter_table=ON")
    conn.exec_driver_sql("ALTER TABLE members_rebuilt RENAME TO members")
    conn.exec_driver_sql("PRAGMA legacy_alter_table=OFF")
    for sql in others:
        conn.exec_driver_sql(sql)
