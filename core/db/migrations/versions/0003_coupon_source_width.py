"""coupons.source holds "redemption:<uuid>" (47 characters): PostgreSQL enforces the width

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("coupons") as batch_op:
        batch_op.alter_column(
            "source", existing_type=sa.String(length=32), type_=sa.String(length=64)
        )


def downgrade() -> None:
    with op.batch_alter_table("coupons") as batch_op:
        batch_op.alter_column(
            "source", existing_type=sa.String(length=64), type_=sa.String(length=32)
        )
