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
    sqlite = connection.dialect.name == "sqlite"
    driver = connection.connection.driver_connection
    assert driver is not None
    if sqlite:
        # A revision that rebuilds a table drops it: with enforcement on, SQLite would
        # count every row that names it as a broken reference (SQLite's own advice for
        # its twelve-step table rebuild). Set outside any transaction, where it counts.
        driver.execute("PRAGMA foreign_keys=OFF")
    try:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=sqlite,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
    finally:
        if sqlite:
            driver.execute("PRAGMA foreign_keys=ON")
