"""How a command's new rows reach the database, and quick reads that skip the ORM.

The ORM's unit of work costs about four times what a plain INSERT does for one
row, and a sale writes a row into seven tables. On a device, the command's
new rows (sales, ledger entries, lots, the outbox row, ...) are therefore
written with Core INSERTs at once: ``core.apply.execute`` marks its session
with :func:`write_directly`. Rows a command changes (accounts, lots, members)
stay ORM objects, flushed as before. Everywhere else, the server first among
them, :func:`put` is ``session.add``: the server's change feed is built from
what its sessions flush, so it must see every new object.

Foreign keys are deferred to commit, so rows may be written in any order. A
row written directly is in the database straight away, so later queries of the
same command see it as they would after an autoflush.

The reads here are Core statements built once; they flush the session first,
as the ORM's autoflush would, so they see what the command has done so far.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Executable, Insert, Table, insert
from sqlalchemy.orm import Session

from core.db.models import Base

DIRECT = "memberdesk.direct_writes"

_INSERTS: dict[str, Insert] = {}


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
    values = {c.key: state[c.key] for c in table.columns if c.key in state}
    session.execute(_insert(table), values)


def _insert(table: Table) -> Insert:
    stmt = _INSERTS.get(table.name)
    if stmt is None:
        stmt = _INSERTS[table.name] = insert(table)
    return stmt


def read(session: Session, stmt: Executable, params: Mapping[str, Any]) -> Any:
    """The first column of the first row of a Core statement (None if no row), after a flush."""
    if session.autoflush:
        session.flush()
    return session.execute(stmt, params).scalar()
