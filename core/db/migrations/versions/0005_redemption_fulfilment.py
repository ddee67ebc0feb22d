"""redemptions.fulfilment: a points-mall order's progress (placed, fulfilled, shipped)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (no table rebuild): the analytics triggers on redemptions stay.
    op.add_column(
        "redemptions",
        sa.Column("fulfilment", sa.String(length=10), nullable=False, server_default="placed"),
    )
    op.create_index("ix_redemptions_at", "redemptions", ["at", "id"])


def downgrade() -> None:
    op.drop_index("ix_redemptions_at", table_name="redemptions")
    with op.batch_alter_table("redemptions") as batch_op:
        batch_op.drop_column("fulfilment")
