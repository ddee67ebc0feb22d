"""changes: no index on member_id

Revision ID: s0003
Revises: s0002
Create Date: 2026-11-29

No query reads the feed by member: a pull reads it in number order and joins each
change to its member for the scope. A pushed sale writes about eight changes, and this
index took each of them in a random place.
"""

from __future__ import annotations

from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_changes_member", table_name="changes")


def downgrade() -> None:
    op.create_index("ix_changes_member", "changes", ["member_id"])
