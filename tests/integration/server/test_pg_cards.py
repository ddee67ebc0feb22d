"""Member cards on PostgreSQL (``server.card.PgCards``): reads that arrive together are read
in one statement and each still gets its own card, in its caller's scope; a connection
PostgreSQL dropped, or a PostgreSQL that does not answer, sends the read to the route."""

from __future__ import annotations

import asyncio
from typing import Any

import psycopg
import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from core.db.models import Member
from server.auth import Principal
from server.card import CARDS_APP, PgCards, read_card
from tests.conftest import T0
from tests.integration.server.conftest import enrol_device, pg_admin_conn

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("template", ["postgres"], indirect=True),
]

TILL = Principal("device", "till", "clerk", "S001", ("R01",), device_id="d1")
HEAD_OFFICE = Principal("staff", "admin", "admin", None, ("*",))


def _codes(factory: Any, store: str, count: int) -> list[str]:
    with factory() as s:
        query = select(Member.code).where(Member.home_store == store).order_by(Member.code)
        return list(s.execute(query.limit(count)).scalars())


def test_reads_at_once_share_statements_and_each_gets_its_own_card(factory: Any) -> None:
    engine = factory.kw["bind"]
    near, far = _codes(factory, "S001", 4), _codes(factory, "S004", 4)
    assert len(near) == len(far) == 4
    asks = [
        (caller, code)
        for code in [*near, *far, near[0], "M00000000000"]
        for caller in (TILL, HEAD_OFFICE)
    ]
    cards = PgCards(engine.url, size=1)

    async def read_all() -> list[bytes | None]:
        try:
            return list(await asyncio.gather(*(cards.read(c, code, T0) for c, code in asks)))
        finally:
            await cards.close()

    got = asyncio.run(read_all())
    # Byte for byte what the route's reading gives; a till sees only its own region.
    assert got == [read_card(engine, caller, code, T0) for caller, code in asks]
    found = [g is not None for g in got]
    # Near members for both; far ones for head office only; the repeat; the unknown code.
    assert found == [True] * 8 + [False, True] * 4 + [True, True, False, False]
    # All twenty were asked before the reader could run: one statement read them all.
    assert cards.statements == 1


def _terminate_card_connections() -> int:
    with pg_admin_conn() as admin:
        return len(
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = %s",
                (CARDS_APP,),
            ).fetchall()
        )


def test_a_connection_postgresql_dropped_costs_no_read(client: Any, factory: Any) -> None:
    _, till = enrol_device(client, store="S001")
    code = _codes(factory, "S001", 1)[0]
    first = client.get(f"/v1/members/{code}", headers=till)  # the route; the token is cached
    cards = client.app.state.pg_cards
    assert client.get(f"/v1/members/{code}", headers=till).content == first.content
    assert cards.statements == 1
    assert _terminate_card_connections() >= 1
    # The dead connection fails the fast path; the route answers, then the next read
    # opens a new connection.
    assert client.get(f"/v1/members/{code}", headers=till).content == first.content
    assert client.get(f"/v1/members/{code}", headers=till).content == first.content
    assert cards.statements == 3


def test_a_postgresql_that_does_not_answer_sends_reads_to_the_route(
    client: Any, factory: Any
) -> None:
    _, till = enrol_device(client, store="S001")
    code = _codes(factory, "S001", 1)[0]
    first = client.get(f"/v1/members/{code}", headers=till)
    nowhere = PgCards(make_url("postgresql+psycopg://postgres@127.0.0.1:9/nowhere"))
    with pytest.raises(psycopg.OperationalError):
        asyncio.run(nowhere.read(TILL, code, T0))
    client.app.state.pg_cards = nowhere
    assert client.get(f"/v1/members/{code}", headers=till).content == first.content
    assert nowhere.statements == 0
