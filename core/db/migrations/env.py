"""Alembic environment: the engine comes from ``core.db.engine.upgrade``."""

from __future__ import annotations

from alembic import context

from core.db.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - CLI use: alembic -x url=...
    from core.db.engine import make_engine

    engine = make_engine(context.get_x_argument(as_dictionary=True)["url"])

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
