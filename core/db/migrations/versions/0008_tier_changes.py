"""tier_changes: every tier change decided, with the command that decided it

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28

The changes already made are filled in from the results of the commands that made
them (a sale's or a merge's ``tier_change``, an ``evaluate_tier`` command's
``change``): the device's own, and on the server every command it applied.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# core.ids.derived_id, spelled out so that this revision never changes with the code.
_NS = uuid.UUID("0b7a3f52-5f0e-4d8e-9c3e-6f1d2a9b8c01")
_KINDS = "('record_sale', 'evaluate_tier', 'merge_members')"
_CHUNK = 500


def upgrade() -> None:
    op.create_table(
        "tier_changes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("from_tier", sa.String(length=16), nullable=False),
        sa.Column("to_tier", sa.String(length=16), nullable=False),
        sa.Column("change", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("grace_until", sa.Date(), nullable=True),
        sa.Column("command_id", sa.String(length=36), nullable=False),
        sa.Column("command_kind", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["command_id"],
            ["commands.id"],
            name=op.f("fk_tier_changes_command_id_commands"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_tier_changes_member_id_members"),
            initially="DEFERRED",
            deferrable=True,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_changes")),
    )
    op.create_index(
        op.f("ix_tier_changes_command_id"), "tier_changes", ["command_id"], unique=False
    )
    op.create_index("ix_tier_changes_member_at", "tier_changes", ["member_id", "at"], unique=False)
    _fill_from_commands(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_tier_changes_member_at", table_name="tier_changes")
    op.drop_index(op.f("ix_tier_changes_command_id"), table_name="tier_changes")
    op.drop_table("tier_changes")


def _recorded(conn: sa.Connection) -> Iterator[tuple[str, str, Any, Any, Any]]:
    """Commands whose result names a tier change: id, kind, time, payload, result."""
    if conn.dialect.name == "postgresql":
        has = (
            "(json_typeof(result::json -> 'tier_change') = 'object'"
            " OR json_typeof(result::json -> 'change') = 'object')"
        )
    else:
        has = (
            "(json_type(result, '$.tier_change') = 'object'"
            " OR json_type(result, '$.change') = 'object')"
        )
    rows = conn.execute(
        sa.text(
            "SELECT id, kind, device_time, payload, result FROM commands"
            f" WHERE kind IN {_KINDS} AND sync_state <> 'rejected' AND {has}"
        )
    )
    for row in rows:
        yield row[0], row[1], row[2], _json(row[3]), _json(row[4])


def _json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str | bytes) else value


def _time(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def _fill_from_commands(conn: sa.Connection) -> None:
    found: list[dict[str, Any]] = []
    for command_id, kind, at, payload, result in _recorded(conn):
        change = result.get("change") if kind == "evaluate_tier" else result.get("tier_change")
        if not (isinstance(change, dict) and {"from", "to", "change"} <= change.keys()):
            continue
        member = payload.get("survivor_id" if kind == "merge_members" else "member_id")
        if not isinstance(member, str):
            continue
        found.append(
            {
                "id": str(uuid.uuid5(_NS, f"{command_id}/tier_change")),
                "member_id": member,
                "from_tier": str(change["from"])[:16],
                "to_tier": str(change["to"])[:16],
                "change": str(change["change"])[:16],
                "at": _time(at),
                "grace_until": None,
                "command_id": command_id,
                "command_kind": kind,
            }
        )
    table = sa.table(
        "tier_changes",
        *(
            sa.column(name)
            for name in (
                "id",
                "member_id",
                "from_tier",
                "to_tier",
                "change",
                "at",
                "grace_until",
                "command_id",
                "command_kind",
            )
        ),
    )
    for start in range(0, len(found), _CHUNK):
        chunk = found[start : start + _CHUNK]
        # A member this device no longer holds keeps no history here.
        held = set(
            conn.execute(
                sa.text("SELECT id FROM members WHERE id IN :ids").bindparams(
                    sa.bindparam("ids", expanding=True)
                ),
                {"ids": sorted({r["member_id"] for r in chunk})},
            ).scalars()
        )
        rows = [r for r in chunk if r["member_id"] in held]
        if rows:
            conn.execute(sa.insert(table), rows)
