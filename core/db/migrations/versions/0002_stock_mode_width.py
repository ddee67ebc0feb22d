"""rewards.stock_mode holds "unlimited" (9 characters): PostgreSQL enforces the width

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("rewards") as batch_op:
        batch_op.alter_column(
            "stock_mode", existing_type=sa.String(length=8), type_=sa.String(length=16)
        )


def downgrade() -> None:
    with op.batch_alter_table("rewards") as batch_op:
        batch_op.alter_column(
            "stock_mode", existing_type=sa.String(length=16), type_=sa.String(length=8)
        )
