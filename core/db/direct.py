"""How a command's new rows reach the database, and quick reads that skip the ORM.

The ORM's unit of work costs about four times what a plain INSERT does for one
row, and a sale writes a row into seven tables. On a device, the command's
new rows (sales, ledger entries, lots, the outbox row, ...) are therefore
INSERTed at once: ``core.apply.execute`` marks its session with
:func:`write_directly`. Rows a command changes (accounts, lots, members) stay
ORM objects, flushed as before. Everywhere else, the server first among them,
:func:`put` is ``session.add``: the server's change feed is built from what its
sessions flush, so it must see every new object.

Foreign keys are deferred to commit, so rows may be written in any order. A
row written directly is in the database straight away, so later queries of the
same command see it as they would after an autoflush.

On SQLite, the SQL of each table's INSERT and of each :func:`read` statement is
compiled once, with its types' bind and result processing, and handed to the
driver's own connection, in the transaction the session began (about 30 us a
statement through ``exec_driver_sql`` instead of 70 us through Core; straight to
the driver, with SQLAlchemy's errors still raised, roughly a third of a
millisecond less per sale again); the stored values are exactly those Core would store, which
``tests/integration/test_direct_writes.py`` checks table by table. Reads flush
the session first, as the ORM's autoflush would, so they see what the command
has done so far.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Compiled, Connection, Dialect, Insert, Select, Table, insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from core.db.models import Base

DIRECT = "memberdesk.direct_writes"

_INSERTS: dict[str, Insert] = {}


@dataclass(frozen=True)
class _Plan:
    """One table's INSERT as the driver takes it: the SQL, and how to make each parameter."""

    sql: str
    # (attribute, the type's bind processor, the column's default when the row has no
    # value: None for a column without one, which is then NULL as if left out)
    columns: tuple[tuple[str, Callable[[Any], Any] | None, Callable[[], Any] | None], ...]

    def params(self, state: dict[str, Any]) -> tuple[Any, ...]:
        out: list[Any] = []
        for key, process, default in self.columns:
            if key in state:
                value = state[key]
            elif default is not None:
                value = default()
            else:
                out.append(None)
                continue
            out.append(value if process is None else process(value))
        return tuple(out)


_PLANS: dict[tuple[str, str], _Plan | None] = {}


def write_directly(session: Session) -> None:
    """Write the new rows of this session's commands with plain INSERTs (a device's own work)."""
    session.info[DIRECT] = True


def put(session: Session, row: Base) -> None:
    """Add a new row: an INSERT now on a device's own command, the unit of work elsewhere.

    With a direct write ``row`` stays a transient object: read its values, do not change it.
    """
    if not session.info.get(DIRECT):
        session.add(row)
        return
    table: Table = row.__table__  # type: ignore[assignment]
    state = row.__dict__
    conn = session.connection()
    plan = _plan(conn.dialect, table)
    if plan is not None:
        # The statement and its parameters are made here once per table, not per row.
        _driver_execute(conn, plan.sql, plan.params(state))
    else:
        values = {c.key: state[c.key] for c in table.columns if c.key in state}
        session.execute(_insert(table), values)


def _plan(dialect: Dialect, table: Table) -> _Plan | None:
    key = (dialect.name, table.name)
    if key not in _PLANS:
        _PLANS[key] = _make_plan(dialect, table)
    return _PLANS[key]


def _make_plan(dialect: Dialect, table: Table) -> _Plan | None:
    """The plan of an INSERT of every column, or None where Core must build each one itself."""
    if dialect.paramstyle != "qmark":
        return None
    compiled = insert(table).compile(dialect=dialect)
    order = compiled.positiontup or []
    columns = []
    for name in order:
        column = table.c[name]
        if column.server_default is not None:
            return None
        default: Callable[[], Any] | None
        if column.default is None:
            default = None
        elif column.default.is_scalar:
            default = _constant(column.default.arg)  # type: ignore[attr-defined]
        elif column.default.is_callable:
            default = _called(column.default.arg)  # type: ignore[attr-defined]
        else:
            return None
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        columns.append((column.key, process, default))
    return _Plan(sql=str(compiled), columns=tuple(columns))


def _constant(value: Any) -> Callable[[], Any]:
    return lambda: value


def _called(fn: Callable[[Any], Any]) -> Callable[[], Any]:
    # SQLAlchemy wraps a default like ``dict`` into a function of the execution context.
    return lambda: fn(None)


def _insert(table: Table) -> Insert:
    stmt = _INSERTS.get(table.name)
    if stmt is None:
        stmt = _INSERTS[table.name] = insert(table)
    return stmt


def read(session: Session, stmt: Select[Any], params: Mapping[str, Any]) -> Any:
    """The first column of the first row of a Core statement (None if no row), after a flush."""
    if session.autoflush:
        session.flush()
    if session.info.get(DIRECT):
        conn = session.connection()
        query = _query(conn.dialect, stmt)
        if query is not None:
            found = _driver_execute(conn, query.sql, query.params(params)).fetchone()
            value = None if found is None else found[0]
            return value if value is None or query.result is None else query.result(value)
    return session.execute(stmt, params).scalar()


@dataclass(frozen=True)
class _Query:
    """A one-value SELECT as the driver takes it (made once per statement and dialect)."""

    compiled: Compiled
    sql: str
    binds: tuple[tuple[str, Callable[[Any], Any] | None], ...]
    result: Callable[[Any], Any] | None
    # The statement's own values (literals in its WHERE clause), by bind name.
    fixed: Mapping[str, Any]

    def params(self, given: Mapping[str, Any]) -> tuple[Any, ...]:
        out = []
        for name, process in self.binds:
            value = given[name] if name in given else self.fixed[name]
            out.append(value if process is None else process(value))
        return tuple(out)


_QUERIES: dict[tuple[str, Select[Any]], _Query | None] = {}


def _query(dialect: Dialect, stmt: Select[Any]) -> _Query | None:
    key = (dialect.name, stmt)
    if key not in _QUERIES:
        _QUERIES[key] = _make_query(dialect, stmt)
    return _QUERIES[key]


def _make_query(dialect: Dialect, stmt: Select[Any]) -> _Query | None:
    if dialect.paramstyle != "qmark":
        return None
    compiled = stmt.compile(dialect=dialect)
    binds = tuple(
        (name, compiled.binds[name].type.dialect_impl(dialect).bind_processor(dialect))
        for name in compiled.positiontup or []
    )
    fixed = {}
    for name, _ in binds:
        bind = compiled.binds[name]
        if bind.callable is not None or bind.expanding:
            return None
        if not bind.required:
            fixed[name] = bind.effective_value
    column_type = stmt.selected_columns[0].type.dialect_impl(dialect)
    result = column_type.result_processor(dialect, None)
    return _Query(compiled=compiled, sql=str(compiled), binds=binds, result=result, fixed=fixed)


def _driver_execute(conn: Connection, sql: str, params: tuple[Any, ...]) -> Any:
    """Run a prepared statement on the driver's own connection, inside the transaction the
    session began: SQLAlchemy's execution machinery costs more than SQLite's work for these
    one-row statements. A refusal is raised as SQLAlchemy would raise it (``IntegrityError``
    and the like)."""
    driver = conn.connection.driver_connection
    dbapi = conn.dialect.loaded_dbapi
    try:
        return driver.execute(sql, params)  # type: ignore[union-attr]
    except dbapi.Error as err:
        raise DBAPIError.instance(sql, params, err, dbapi.Error, dialect=conn.dialect) from err
