"""Loading the seed's staged batches into the target database, one transaction per batch.

:mod:`core.seed` stages each batch of generated rows in a small SQLite file and
describes how to copy it: a ``SELECT`` per target table that turns the staged
values into their stored form (``{schema}`` in it is where the staged tables
are, ``stage.`` or nothing). A loader runs those selects against the target:

* SQLite (a device): ``INSERT … SELECT`` on the target's own connection, with
  the staging file attached; the fastest path there is.
* PostgreSQL through psycopg 3: ``COPY … FROM STDIN``, fed row by row from the
  staging file in COPY's text format, which PostgreSQL parses into each
  column's type (the stored SQLite forms of times, dates, JSON and booleans are
  all valid PostgreSQL input for them).
* Anything else: SQLAlchemy Core inserts of the rows converted to Python values.

All three write the same rows, which the tests check.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

__all__ = ["Batch", "Loader", "open_loader"]


@dataclass(frozen=True)
class Batch:
    """One staged batch and how to copy it."""

    path: str  # the staging SQLite file
    command: dict[str, Any]  # the batch's ``seed_history`` row of ``commands``, as Python values
    # (target table, its columns, SELECT over the staged tables) in copy order: parents first
    copies: list[tuple[str, list[str], str]]


class Loader(Protocol):
    def load(self, batch: Batch) -> None: ...

    def close(self) -> None: ...


def open_loader(conn: Connection, *, fast: bool = True) -> Loader:
    """The fastest loader for the connection's database (``fast=False``: the generic one)."""
    if fast and conn.dialect.name == "sqlite":
        return SqliteLoader(conn)
    if fast and conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
        return PostgresLoader(conn)
    return GenericLoader(conn)


def _command_table() -> Any:
    from core.db.models import CommandRow

    return CommandRow.__table__


class SqliteLoader:
    """Copies staged batches with INSERT … SELECT on the target's own SQLite connection.

    During the load the connection runs with ``synchronous=OFF``, the rollback
    journal in memory and foreign-key checks off; ``close`` restores them.
    """

    def __init__(self, conn: Connection) -> None:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        self.db: sqlite3.Connection = raw
        self.saved = {
            p: self.db.execute(f"PRAGMA {p}").fetchone()[0]
            for p in ("journal_mode", "synchronous", "foreign_keys", "cache_size")
        }
        self.db.execute("PRAGMA foreign_keys=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("PRAGMA cache_size=-262144")
        # The tables grow at their end: pages past the original size need no journal,
        # and a batch that fails still rolls back from the journal in memory.
        self.db.execute("PRAGMA journal_mode=MEMORY")
        self.command_cols = list(_command_table().columns)
        self.command_sql = (
            f"INSERT INTO commands ({', '.join(c.name for c in self.command_cols)}) "
            f"VALUES ({', '.join('?' for _ in self.command_cols)})"
        )

    def load(self, batch: Batch) -> None:
        db = self.db
        db.execute("ATTACH DATABASE ? AS stage", (batch.path,))
        try:
            db.execute("BEGIN")
            try:
                db.execute(
                    self.command_sql,
                    [_sqlite_value(c, batch.command[c.name]) for c in self.command_cols],
                )
                for target, cols, select_sql in batch.copies:
                    db.execute(
                        f"INSERT INTO main.{target} ({', '.join(cols)}) "
                        + select_sql.format(schema="stage.")
                    )
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        finally:
            db.execute("DETACH DATABASE stage")

    def close(self) -> None:
        db = self.db
        db.execute(f"PRAGMA journal_mode={self.saved['journal_mode']}")
        db.execute(f"PRAGMA synchronous={self.saved['synchronous']}")
        db.execute(f"PRAGMA foreign_keys={self.saved['foreign_keys']}")
        db.execute(f"PRAGMA cache_size={self.saved['cache_size']}")


def _sqlite_value(column: Any, value: Any) -> Any:
    from sqlalchemy.types import JSON

    if value is None:
        return None
    if isinstance(column.type, JSON):
        return json.dumps(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    return value


class PostgresLoader:
    """Copies staged batches with ``COPY … FROM STDIN`` (psycopg 3), one transaction each.

    The session commits asynchronously during the load (``synchronous_commit``
    off: a crash may lose the last batches, never corrupt what is there; seed
    again into a fresh database). When the role may, it also skips the
    per-row foreign-key triggers (``session_replication_role = replica``): the
    seed's rows are consistent by construction, as the SQLite path assumes too.
    ``close`` restores both settings and refreshes the planner's statistics of
    the tables it filled (autovacuum would, but only some time later).
    """

    def __init__(self, conn: Connection) -> None:
        import psycopg
        from sqlalchemy.exc import DBAPIError

        raw = conn.connection.driver_connection
        assert isinstance(raw, psycopg.Connection)
        self.conn = conn
        self.raw: psycopg.Connection[Any] = raw
        self.tables: dict[str, None] = {}
        with conn.begin():
            conn.exec_driver_sql("SET synchronous_commit = off")
        try:
            with conn.begin():
                conn.exec_driver_sql("SET session_replication_role = replica")
        except DBAPIError:  # not a superuser: the checks run, only slower
            pass

    def load(self, batch: Batch) -> None:
        from psycopg import sql
        from sqlalchemy import insert

        stage = sqlite3.connect(batch.path)
        try:
            with self.conn.begin():
                self.conn.execute(insert(_command_table()), [batch.command])
                with self.raw.cursor() as cur:
                    for target, cols, select_sql in batch.copies:
                        self.tables[target] = None
                        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
                            sql.Identifier(target), sql.SQL(", ").join(map(sql.Identifier, cols))
                        )
                        with cur.copy(statement) as copy:
                            for row in stage.execute(select_sql.format(schema="")):
                                copy.write_row(row)
        finally:
            stage.close()

    def close(self) -> None:
        from psycopg import sql

        with self.conn.begin():
            self.conn.exec_driver_sql("RESET synchronous_commit")
            self.conn.exec_driver_sql("RESET session_replication_role")
            if self.tables:
                self.raw.execute(
                    sql.SQL("ANALYZE {}").format(
                        sql.SQL(", ").join(map(sql.Identifier, self.tables))
                    )
                )


class GenericLoader:
    """Reads the staged rows in their stored form and inserts them with SQLAlchemy Core.

    For databases without a faster path; on SQLite and PostgreSQL it gives the
    same rows as theirs, which the tests check.
    """

    CHUNK = 20_000

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def load(self, batch: Batch) -> None:
        from sqlalchemy import insert

        from core.db.models import Base

        conn = self.conn
        stage = sqlite3.connect(batch.path)
        try:
            with conn.begin():
                conn.execute(insert(_command_table()), [batch.command])
                for target, cols, select_sql in batch.copies:
                    table = Base.metadata.tables[target]
                    convert = [_converter(table.c[c]) for c in cols]
                    cur = stage.execute(select_sql.format(schema=""))
                    while chunk := cur.fetchmany(self.CHUNK):
                        conn.execute(
                            insert(table),
                            [
                                {
                                    c: (v if f is None or v is None else f(v))
                                    for c, f, v in zip(cols, convert, row, strict=True)
                                }
                                for row in chunk
                            ],
                        )
        finally:
            stage.close()

    def close(self) -> None:
        pass


def _converter(column: Any) -> Callable[[Any], Any] | None:
    from sqlalchemy.types import JSON, Boolean, Date, DateTime

    kind = column.type
    if isinstance(kind, DateTime):
        return datetime.fromisoformat
    if isinstance(kind, Date):
        return date.fromisoformat
    if isinstance(kind, JSON):
        return json.loads
    if isinstance(kind, Boolean):
        return bool
    return None
