"""A pooled PostgreSQL connection that died while idle is replaced, not handed out.

The server pings a connection only when it sat idle in the pool
(``server.db.ping_when_idle``); one in steady use is not pinged at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from server import db as server_db
from tests.integration.server.conftest import pg_admin_conn, pg_create, pg_drop, require_pg

pytestmark = pytest.mark.postgres


@pytest.fixture
def engine() -> Iterator[Any]:
    require_pg()
    name = f"md_ping_{uuid.uuid4().hex[:10]}"
    url = pg_create(name)
    engine = server_db.server_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()
        pg_drop(name)


def _backend_pid(engine: Any) -> int:
    with engine.connect() as conn:
        return int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())


def _kill(pid: int) -> None:
    with pg_admin_conn() as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_a_connection_killed_while_idle_is_replaced(
    engine: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _backend_pid(engine)
    _kill(first)
    monkeypatch.setattr(server_db, "IDLE_PING_AFTER", 0.0)  # it has been idle long enough
    second = _backend_pid(engine)
    assert second != first


def test_a_connection_in_steady_use_is_not_pinged(
    engine: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without the idle check the dead connection is handed out: proof the ping above
    # is what replaced it, and that a busy connection costs no extra round trip.
    first = _backend_pid(engine)
    _kill(first)
    monkeypatch.setattr(server_db, "IDLE_PING_AFTER", 3600.0)
    with pytest.raises(OperationalError):
        _backend_pid(engine)
    assert _backend_pid(engine) != first  # the failed query invalidated it
