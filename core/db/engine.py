"""Opening a database: pragmas for a till's SQLite file, and schema upgrades on start."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command as alembic_command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).with_name("migrations")


# Pages a connection keeps (negative: KiB) and how much of the file it reads through a
# memory map: the upper levels of every index stay at hand, a lookup costs no syscalls.
CACHE_KIB = 32 * 1024
MMAP_BYTES = 256 * 1024 * 1024


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # A till loses power: WAL + synchronous=FULL keep every committed sale.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    cur.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling defers BEGIN; take control so that
        # a command's writes and its outbox row share one real transaction.
        event.listen(engine, "connect", _disable_pysqlite_begin)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _disable_pysqlite_begin(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path)}"


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision (a device does this on every start)."""
    cfg = alembic_config(engine)
    script = ScriptDirectory.from_config(cfg)
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current != script.get_current_head():
        alembic_command.upgrade(cfg, "head")


def open_database(url: str, *, migrate: bool = True) -> sessionmaker[Session]:
    engine = make_engine(url)
    if migrate:
        upgrade(engine)
    return sessionmaker(engine, expire_on_commit=False)


def open_device_db(path: str | Path, *, migrate: bool = True) -> sessionmaker[Session]:
    return open_database(sqlite_url(path), migrate=migrate)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back everything on any error."""
    with factory() as session, session.begin():
        yield session


def checkpoint(factory: sessionmaker[Session]) -> tuple[int, int] | None:
    """Copy a device's write-ahead log into the database file now, while nothing waits.

    SQLite otherwise does it inside the COMMIT that takes the log past 1,000 pages: that
    sale's commit then also writes and syncs the database file (a few ms on a 1M-member
    till, the slowest 1% of sales). The POS calls this when the till has been idle for a
    moment, so the commit that crosses the mark rarely comes. PASSIVE: it copies what no
    reader still needs and never waits for, or blocks, a reader or a writer. Answers
    (pages in the log, pages copied); None on a database other than SQLite.
    """
    engine = factory.kw["bind"]
    if engine.dialect.name != "sqlite":
        return None
    raw = engine.raw_connection()
    try:
        # On the driver's connection itself: no BEGIN around it (SQLite refuses to
        # checkpoint inside a transaction of the same connection).
        driver = raw.driver_connection
        assert driver is not None
        _busy, pages, copied = driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return int(pages), int(copied)
    finally:
        raw.close()
