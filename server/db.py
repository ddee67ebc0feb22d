"""Opening the central database: both schemas migrated, change capture installed.

The server keeps the loyalty schema of ``core.db.models`` (migrated by the same
Alembic history a device uses) and its own tables (``server.models``, their own
history). ``postgresql://`` URLs use psycopg 3; ``sqlite:///`` is the embedded
default that ``make run`` starts.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from alembic import command as alembic_command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, event, exc, insert, select
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
        engine = create_engine(url, pool_size=size, max_overflow=4)
        ping_when_idle(engine)
        return engine
    return make_engine(url)


# A pooled connection unused this long (seconds) is checked before it is handed out.
IDLE_PING_AFTER = 10.0


def ping_when_idle(engine: Engine) -> None:
    """Check a connection that has sat idle in the pool before a request gets it.

    SQLAlchemy's ``pool_pre_ping`` checks every checkout: one more round trip to
    PostgreSQL per request, a seventh of a member read's time. A connection that a
    restarted PostgreSQL or a firewall dropped is one that sat unused; a connection in
    steady use fails on its own query, which invalidates it. So only a connection idle
    for ``IDLE_PING_AFTER`` is pinged, and a dead one is replaced (SQLAlchemy's
    ``DisconnectionError`` from a checkout handler: the pool opens another).
    """

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_conn: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.pop("idle_since", None)
        if since is None or time.monotonic() - since < IDLE_PING_AFTER:
            return
        try:
            dbapi_conn.execute("SELECT 1")
            dbapi_conn.rollback()
        except Exception as dead:
            raise exc.DisconnectionError(f"an idle pooled connection is gone: {dead}") from dead


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
