"""Opening a database: pragmas for a till's SQLite file, and schema upgrades on start."""

from __future__ import annotations

import sqlite3
import threading
import weakref
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
# Commits between two checkpoints on the checkpointer's thread, and the WAL size (pages)
# at which a committing connection checkpoints by itself, should that thread fall behind.
CHECKPOINT_EVERY = 16
WAL_BACKSTOP_PAGES = 10_000


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


class WalCheckpointer:
    """Copies a database's write-ahead log back into the file, away from the committing thread.

    With SQLite's own automatic checkpoint, the commit that takes the log past 1,000
    pages copies them into the database file and syncs it before it returns: a sale
    writes about 40 pages (one per table and index it touches), so one sale in 25
    waited 5-15 ms more. Here every ``CHECKPOINT_EVERY`` commits wake a thread that
    runs a PASSIVE checkpoint on a connection of its own (it never waits for readers
    or writers); the thread ends when the database has been quiet for a while and
    starts again on the next commits. Durability is unchanged: each commit still
    syncs the log (synchronous=FULL), and the checkpoint syncs the file.
    """

    IDLE_SECONDS = 5.0

    def __init__(self, path: str) -> None:
        self.path = path
        # Read-write, never create: a file deleted meanwhile is not brought back empty.
        self._uri = f"{Path(path).resolve().as_uri()}?mode=rw"
        self._commits = 0
        self._wake = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def committed(self, _conn: Any = None) -> None:
        self._commits += 1
        if self._commits >= CHECKPOINT_EVERY:
            self._commits = 0
            self.request()

    def request(self) -> None:
        self._wake.set()
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._run, name=f"wal-checkpoint {Path(self.path).name}", daemon=True
                )
                self._thread.start()

    def _run(self) -> None:
        while self._wake.wait(self.IDLE_SECONDS):
            self._wake.clear()
            self.checkpoint()
        with self._lock:
            self._thread = None
        if self._wake.is_set():  # a request that came as the thread was ending
            self.request()

    def checkpoint(self) -> tuple[int, int, int] | None:
        """(busy, pages in the log, pages copied), or None when the file could not be opened."""
        try:
            conn = sqlite3.connect(self._uri, uri=True, timeout=0)
        except sqlite3.Error:
            return None
        try:
            conn.execute("PRAGMA synchronous=FULL")
            row = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            return (int(row[0]), int(row[1]), int(row[2])) if row else None
        except sqlite3.Error:
            return None  # the backstop below still bounds the log
        finally:
            conn.close()


_CHECKPOINTERS: weakref.WeakKeyDictionary[Engine, WalCheckpointer] = weakref.WeakKeyDictionary()


def checkpointer(engine: Engine) -> WalCheckpointer | None:
    """The checkpointer of a SQLite file's engine (None for other databases)."""
    return _CHECKPOINTERS.get(engine)


def _sqlite_file(engine: Engine) -> str | None:
    name = engine.url.database
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return name


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        path = _sqlite_file(engine)
        if path is not None:
            checkpointer = WalCheckpointer(path)
            event.listen(engine, "connect", _backstop_only)
            event.listen(engine, "commit", checkpointer.committed)
            _CHECKPOINTERS[engine] = checkpointer
        # pysqlite's own transaction handling defers BEGIN; take control so that
        # a command's writes and its outbox row share one real transaction.
        event.listen(engine, "connect", _disable_pysqlite_begin)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _backstop_only(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.execute(f"PRAGMA wal_autocheckpoint={WAL_BACKSTOP_PAGES}")


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
