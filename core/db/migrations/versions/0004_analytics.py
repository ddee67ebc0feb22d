"""Analytics aggregates (docs/analytics.md): summary tables and, on SQLite, change capture

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import MetaData, text

from core.analytics.tables import TABLES, TRIGGER_NAMES, TRIGGERS

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    frozen = MetaData()
    for table in TABLES:
        table.to_metadata(frozen).create(bind)
    # Device databases capture changes with triggers; the central database (PostgreSQL)
    # keeps the tables empty: dashboards run on a device's copy.
    if bind.dialect.name == "sqlite":
        for ddl in TRIGGERS:
            bind.execute(text(ddl))


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in TRIGGER_NAMES:
            bind.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
    frozen = MetaData()
    for table in reversed(TABLES):
        table.to_metadata(frozen).drop(bind)
