"""links a handler writes with their parent, no longer foreign keys on PostgreSQL

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29

A row's command, and the sale, entry or lot it was written with, are written in the
same transaction by the same handler and never deleted. A sale's, a ledger row's, a
lot's and a qualifying event's member is one the writer read, and whose account row it
holds locked, in that same transaction (so the member cannot go; and no member is ever
deleted: a merge marks the duplicate). As foreign keys PostgreSQL checked each of them
row by row at commit: thirteen index look-ups and row locks for an ordinary pushed
sale, each member's row locked and so written to the log again, over a third of the
database's time for it. They are plain columns now (``core.db.models.Link``);
``memberdesk server check`` looks for orphans (``server.integrity``).

``point_entries.command_id`` loses its own index: ``uq_point_entries_command_seq``
starts with it.

SQLite files keep these foreign keys: SQLite cannot drop a constraint without
rebuilding the table (a till's whole ledger, at start-up), and a till writes one
command at a time, where the checks cost little.
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# (table, column, referenced table, referenced column)
LINKS = (
    ("benefit_uses", "command_id", "commands", "id"),
    ("coupons", "command_id", "commands", "id"),
    ("point_entries", "command_id", "commands", "id"),
    ("qualifying_events", "command_id", "commands", "id"),
    ("redemptions", "command_id", "commands", "id"),
    ("refunds", "command_id", "commands", "id"),
    ("sales", "command_id", "commands", "id"),
    ("tier_changes", "command_id", "commands", "id"),
    ("sale_lines", "sale_id", "sales", "id"),
    ("point_lots", "entry_id", "point_entries", "id"),
    ("lot_movements", "entry_id", "point_entries", "id"),
    ("lot_movements", "lot_id", "point_lots", "id"),
    ("point_lots", "member_id", "members", "id"),
    ("qualifying_events", "member_id", "members", "id"),
    ("point_entries", "member_id", "members", "id"),
    ("sales", "member_id", "members", "id"),
)


def _name(table: str, column: str, parent: str) -> str:
    return f"fk_{table}_{column}_{parent}"


def upgrade() -> None:
    op.drop_index("ix_point_entries_command_id", table_name="point_entries")
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, column, parent, _key in LINKS:
        op.drop_constraint(_name(table, column, parent), table, type_="foreignkey")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, column, parent, key in LINKS:
            op.create_foreign_key(
                _name(table, column, parent),
                table,
                parent,
                [column],
                [key],
                deferrable=True,
                initially="DEFERRED",
            )
    op.create_index("ix_point_entries_command_id", "point_entries", ["command_id"])
