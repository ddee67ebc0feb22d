"""The member card, ``GET /v1/members/{code}``: the hot read of tills and online channels.

``read_card`` answers it in one SQL statement built once. The route in
``server/routes/members.py`` serves it as every other route is served, and documents it.
In front of FastAPI, ``CardFastPath`` answers the common case of the same request
itself: a caller whose token the principal cache holds, asking for a member in scope.
FastAPI's per-request machinery (routing through every route, solving dependencies,
its middleware) cost twice the read itself, and a member read is all overhead around
one indexed lookup. Anything else (no token or an unknown one, a caller who may not
read members, a code with unusual characters, a query string, a member that is not
there) is passed on to the route, so every error is still FastAPI's answer and the
OpenAPI document still describes the endpoint.
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from typing import Any

import anyio
import orjson
from sqlalchemy import DateTime, Engine, Select, String, and_, bindparam, select
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


@cache
def card_statement(scoped: bool) -> Select[*tuple[Any, ...]]:
    """The card in one statement: the member ``:code``, its tier's name, its account and
    its lots' sums at ``:now``; ``scoped``: only if its home store is in ``:regions``."""
    available, locked, _expired = lot_sums(bindparam("now", type_=DateTime()))
    q: Select[*tuple[Any, ...]] = (
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
        .where(Member.code == bindparam("code", type_=String()))
        .group_by(Member.id, Tier.code, PointAccount.member_id)
    )
    if scoped:
        regions = bindparam("regions", expanding=True, type_=String())
        q = q.join(Store, and_(Store.code == Member.home_store, Store.region.in_(regions)))
    return q


def read_card(engine: Engine, caller: Principal, code: str, now: datetime) -> bytes | None:
    """The member card as ``MemberOut`` JSON, or None if no member in the caller's scope has
    this code. On PostgreSQL the statement runs outside a transaction: one statement
    sees one snapshot, and BEGIN and COMMIT would be two more round trips."""
    scoped = not caller.everywhere
    params: dict[str, Any] = {"code": code[:16], "now": now}
    if scoped:
        params["regions"] = list(caller.regions)
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        row = conn.execute(card_statement(scoped), params).one_or_none()
    if row is None:
        return None
    # ``MemberOut`` exactly (tests/integration/server/test_member_read.py checks it).
    return orjson.dumps(
        {
            "code": row.code,
            "name": row.name,
            "phone": mask_phone(row.phone),
            "tier": row.tier_name,
            "tier_code": row.tier_code,
            "status": row.status,
            "frozen": bool(row.frozen),
            "home_store": row.home_store,
            "enrolled_on": row.enrolled_on.isoformat(),
            "points": {
                "balance": row.balance or 0,
                "available": int(row.available),
                "locked": int(row.locked),
                "debt": row.debt or 0,
            },
        }
    )


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
