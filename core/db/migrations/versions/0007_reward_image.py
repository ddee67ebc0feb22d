"""rewards.image_type, image_hash, image_data: a reward's small picture (base64 text)

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs (no table rebuild): any triggers on rewards stay.
    op.add_column("rewards", sa.Column("image_type", sa.String(length=16), nullable=True))
    op.add_column("rewards", sa.Column("image_hash", sa.String(length=64), nullable=True))
    op.add_column("rewards", sa.Column("image_data", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rewards") as batch_op:
        batch_op.drop_column("image_data")
        batch_op.drop_column("image_hash")
        batch_op.drop_column("image_type")
