"""The member card, ``GET /v1/members/{code}``: the hot read of tills and online channels.

``read_card`` answers it in one SQL statement built once. The route in
``server/routes/members.py`` serves it as every other route is served, and documents it.
In front of FastAPI, ``CardFastPath`` answers the common case of the same request
itself: a caller whose token the principal cache holds, asking for a member in scope.
On PostgreSQL it reads through ``PgCards``: a few of psycopg's asynchronous connections
on the worker's event loop, the statement prepared on each, so a read takes no thread
and no ORM (a thread hop and SQLAlchemy's execution were half of what a read cost).
FastAPI's per-request machinery (routing through every route, solving dependencies,
its middleware) cost twice the read itself, and a member read is all overhead around
one indexed lookup. Anything else (no token or an unknown one, a caller who may not
read members, a code with unusual characters, a query string, a member that is not
there) is passed on to the route, so every error is still FastAPI's answer and the
OpenAPI document still describes the endpoint.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import Any

import anyio
import orjson
import psycopg
from sqlalchemy import DateTime, Engine, Select, String, and_, any_, bindparam, select
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import URL
from starlette.types import ASGIApp, Receive, Scope, Send

from core import clock
from core.codes import mask_phone
from core.db.models import Member, PointAccount, PointLot, Store, Tier
from core.errors import DomainError
from core.ledger import lot_sums
from server.api import require
from server.auth import Principal

# Member codes are short and plain; anything else takes the route (and its checks).
_PATH = re.compile(r"/v1/members/([A-Za-z0-9_-]{1,32})")


def _card_query() -> Select[*tuple[Any, ...]]:
    """The card's columns (``card_json`` reads them in this order) for one member."""
    available, locked, _expired = lot_sums(bindparam("now", type_=DateTime()))
    return (
        select(
            Member.code,
            Member.name,
            Member.phone,
            Member.tier_code,
            Tier.name.label("tier_name"),
            Member.status,
            Member.home_store,
            Member.enrolled_on,
            PointAccount.frozen,
            PointAccount.balance,
            PointAccount.debt,
            available.label("available"),
            locked.label("locked"),
        )
        .join(Tier, Tier.code == Member.tier_code)
        .outerjoin(PointAccount, PointAccount.member_id == Member.id)
        .outerjoin(PointLot, and_(PointLot.member_id == Member.id, PointLot.remaining > 0))
        .group_by(Member.id, Tier.code, PointAccount.member_id)
    )


@cache
def card_statement(scoped: bool) -> Select[*tuple[Any, ...]]:
    """The card in one statement: the member ``:code``, its tier's name, its account and
    its lots' sums at ``:now``; ``scoped``: only if its home store is in ``:regions``."""
    q = _card_query().where(Member.code == bindparam("code", type_=String()))
    if scoped:
        regions = bindparam("regions", expanding=True, type_=String())
        q = q.join(Store, and_(Store.code == Member.home_store, Store.region.in_(regions)))
    return q


@cache
def cards_sql() -> tuple[str, dict[str, Any]]:
    """The cards of the members whose codes are in ``:codes``, each with its home store's
    region last, as psycopg's text and the constants it binds."""
    codes = bindparam("codes", type_=postgresql.ARRAY(String()))
    q = (
        _card_query()
        .add_columns(Store.region)
        .outerjoin(Store, Store.code == Member.home_store)
        .where(Member.code == any_(codes))
        .group_by(Store.code)
    )
    compiled = q.compile(dialect=postgresql.psycopg.dialect())  # type: ignore[no-untyped-call]
    return str(compiled), dict(compiled.params)


def _params(caller: Principal, code: str, now: datetime) -> dict[str, Any]:
    params: dict[str, Any] = {"code": code[:16], "now": now}
    if not caller.everywhere:
        params["regions"] = list(caller.regions)
    return params


def read_card(engine: Engine, caller: Principal, code: str, now: datetime) -> bytes | None:
    """The member card as ``MemberOut`` JSON, or None if no member in the caller's scope has
    this code. On PostgreSQL the statement runs outside a transaction: one statement
    sees one snapshot, and BEGIN and COMMIT would be two more round trips."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        statement = card_statement(not caller.everywhere)
        row = conn.execute(statement, _params(caller, code, now)).one_or_none()
    return None if row is None else card_json(row)


def card_json(row: Sequence[Any]) -> bytes:
    """``MemberOut`` from a row of ``card_statement``'s columns, in their order
    (tests/integration/server/test_member_read.py checks the shape)."""
    (code, name, phone, tier_code, tier_name, status, home_store, enrolled_on) = row[:8]
    frozen, balance, debt, available, locked = row[8:]
    return orjson.dumps(
        {
            "code": code,
            "name": name,
            "phone": mask_phone(phone),
            "tier": tier_name,
            "tier_code": tier_code,
            "status": status,
            "frozen": bool(frozen),
            "home_store": home_store,
            "enrolled_on": enrolled_on.isoformat(),
            "points": {
                "balance": balance or 0,
                "available": int(available),
                "locked": int(locked),
                "debt": debt or 0,
            },
        }
    )


# Connections a worker process reads cards on, on PostgreSQL. Reads that arrive while
# all of them are busy wait, and the next free connection reads all of them at once
# (four per worker read no faster: 7,300 reads/s against 7,700-7,900).
CARD_CONNECTIONS = 2
# At most this many cards in one statement.
CARD_BATCH = 32
# How the card connections show in ``pg_stat_activity``.
CARDS_APP = "memberdesk cards"

_Waiting = tuple[str, datetime, "asyncio.Future[Sequence[Any] | None]"]


class PgCards:
    """Member cards from PostgreSQL over psycopg's asynchronous connections, opened on first
    use on the worker's event loop and kept (``close`` at shutdown).

    A read that finds a connection free is sent at once. Reads that arrive while every
    connection is busy are read together, in one statement, by the next connection to come
    free: under load one statement and one round trip serve many cards, where each
    statement cost PostgreSQL about as much in the kernel and in starting and ending its
    transaction as in reading the rows; when the server is idle nothing waits.
    """

    def __init__(self, url: URL, size: int = CARD_CONNECTIONS, batch: int = CARD_BATCH) -> None:
        self._conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._size = size
        self._batch = batch
        self._idle: list[psycopg.AsyncConnection[Any]] = []
        self._waiting: list[_Waiting] = []
        self._readers = 0
        self._tasks: set[asyncio.Task[None]] = set()
        self.statements = 0  # statements sent, for the curious (tests, a debugger)

    async def read(self, caller: Principal, code: str, now: datetime) -> bytes | None:
        """The card, None if no member in the caller's scope has this code.

        Raises ``psycopg.Error`` when PostgreSQL cannot answer (the connection is then
        dropped; the caller lets the route answer, which has its own checks)."""
        future: asyncio.Future[Sequence[Any] | None] = asyncio.get_running_loop().create_future()
        self._waiting.append((code[:16], now, future))
        if self._readers < self._size:
            self._readers += 1
            task = asyncio.create_task(self._read_waiting())
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        row = await future
        if row is None or not (caller.everywhere or row[-1] in caller.regions):
            return None
        return card_json(row[:-1])

    async def _read_waiting(self) -> None:
        """Read what is waiting, a batch at a time, until nothing is."""
        try:
            conn = self._idle.pop() if self._idle else None
            while self._waiting:
                batch, self._waiting = self._waiting[: self._batch], self._waiting[self._batch :]
                try:
                    if conn is None:
                        conn = await self._connect()
                    rows = await self._read(conn, batch)
                except BaseException as error:
                    # A broken connection, or a read cancelled half way: never reused.
                    if conn is not None:
                        with contextlib.suppress(Exception):
                            await conn.close()
                        conn = None
                    for _code, _now, future in batch:
                        if future.done():
                            pass
                        elif isinstance(error, Exception):
                            future.set_exception(error)
                        else:
                            future.cancel()
                    if not isinstance(error, Exception):
                        raise
                    continue
                for code, _now, future in batch:
                    if not future.done():  # its request may have been cancelled
                        future.set_result(rows.get(code))
            if conn is not None:
                self._idle.append(conn)
        finally:
            self._readers -= 1

    async def _read(
        self, conn: psycopg.AsyncConnection[Any], batch: list[_Waiting]
    ) -> dict[str, Sequence[Any]]:
        sql, constants = cards_sql()
        # One instant for the batch: the latest of its reads (a few milliseconds apart).
        now = max(now for _code, now, _future in batch)
        codes = sorted({code for code, _now, _future in batch})
        self.statements += 1
        cursor = await conn.execute(sql, {**constants, "codes": codes, "now": now})
        return {row[0]: row for row in await cursor.fetchall()}

    async def _connect(self) -> psycopg.AsyncConnection[Any]:
        # Prepared at the first read: planning the statement costs PostgreSQL more than
        # running it.
        return await psycopg.AsyncConnection.connect(
            self._conninfo, autocommit=True, prepare_threshold=0, application_name=CARDS_APP
        )

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        idle, self._idle = self._idle, []
        for conn in idle:
            with contextlib.suppress(Exception):
                await conn.close()


# Threads of a worker process reading cards at once. A read is a few hundred microseconds
# of CPU under the process's one interpreter lock: the pool's sixteen threads only queued
# for it (50 clients: max 120-160 ms; with 4, 80-100 ms and p99 a third lower).
CARD_THREADS = 4


class CardFastPath:
    """ASGI middleware: a member card for a caller the principal cache knows, without FastAPI
    (see the module doc); every other request goes on to the application."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._threads: anyio.CapacityLimiter | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "GET" and not scope["query_string"]:
            match = _PATH.fullmatch(scope["path"])
            if match is not None:
                body = await self._card(scope, match.group(1))
                if body is not None:
                    await send(
                        {
                            "type": "http.response.start",
                            "status": 200,
                            "headers": [
                                (b"content-type", b"application/json"),
                                (b"content-length", str(len(body)).encode()),
                            ],
                        }
                    )
                    await send({"type": "http.response.body", "body": body})
                    return
        await self.app(scope, receive, send)

    async def _card(self, scope: Scope, code: str) -> bytes | None:
        """The card, or None where the route must answer."""
        token = _bearer(scope)
        if token is None:
            return None
        state = scope["app"].state
        pinned = getattr(state, "clock", None)  # as ``server.api.now``
        now = pinned() if pinned is not None else clock.now()
        caller = state.principals.fresh(token, now)
        if caller is None:
            return None
        try:
            require(caller, "members.read")
        except DomainError:
            return None
        cards: PgCards | None = getattr(state, "pg_cards", None)
        if cards is not None:
            try:
                return await cards.read(caller, code, now)
            except psycopg.Error:
                return None  # the route answers, with its own connection and checks
        engine = state.factory.kw["bind"]
        if self._threads is None:  # made on the event loop that uses it
            self._threads = anyio.CapacityLimiter(CARD_THREADS)
        return await anyio.to_thread.run_sync(
            read_card, engine, caller, code, now, limiter=self._threads
        )


def _bearer(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            token = token.strip()
            return token if scheme.lower() == "bearer" and 0 < len(token) <= 4096 else None
    return None
