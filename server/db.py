"""Opening the central database: both schemas migrated, change capture installed.

The server keeps the loyalty schema of ``core.db.models`` (migrated by the same
Alembic history a device uses) and its own tables (``server.models``, their own
history). ``postgresql://`` URLs use psycopg 3; ``sqlite:///`` is the embedded
default that ``make run`` starts.
"""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command as alembic_command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session, sessionmaker

from core.db.engine import make_engine
from core.db.engine import upgrade as upgrade_core
from server import feed
from server.models import FeedClock

MIGRATIONS = Path(__file__).with_name("migrations")


def normalise_url(url: str) -> str:
    """``postgresql://`` and ``postgres://`` mean psycopg 3; anything else is left alone."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


POOL_ENV = "MEMBERDESK_DB_POOL"


def pool_size() -> int:
    """Connections each API process keeps open (``MEMBERDESK_DB_POOL``, default 16).

    The API runs its request handlers on as many threads (``server/app.py``), so a
    request never waits for a connection that has to be opened for it: overflow
    connections are closed when returned, and opening one costs PostgreSQL a new
    backend process, which under load cost more than the queries themselves.
    """
    raw = os.environ.get(POOL_ENV, "16")
    try:
        size = int(raw)
    except ValueError:
        raise ValueError(f"{POOL_ENV} must be a whole number, not {raw!r}") from None
    return max(2, min(size, 200))


def server_engine(url: str) -> Engine:
    url = normalise_url(url)
    if url.startswith("postgresql"):
        from sqlalchemy import create_engine

        size = pool_size()
        # The overflow is for the scheduled jobs and start-up, not for requests.
        return create_engine(url, pool_pre_ping=True, pool_size=size, max_overflow=4)
    return make_engine(url)


def _alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring both schemas to their newest revision."""
    upgrade_core(engine)
    cfg = _alembic_config(engine)
    head = ScriptDirectory.from_config(cfg).get_current_head()
    with engine.connect() as conn:
        current = MigrationContext.configure(
            conn, opts={"version_table": "server_alembic_version"}
        ).get_current_revision()
    if current != head:
        alembic_command.upgrade(cfg, "head")
    with engine.begin() as conn:
        if conn.execute(select(FeedClock.id)).first() is None:
            conn.execute(insert(FeedClock), [{"id": 1, "last": 0}])


def open_server_db(url: str, *, migrate: bool = True) -> sessionmaker[Session]:
    """A session factory whose sessions record every change in the feed at commit."""
    engine = server_engine(url)
    if migrate:
        upgrade(engine)
    factory = sessionmaker(engine, expire_on_commit=False)
    feed.capture(factory)
    return factory
