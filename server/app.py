"""The central member API: ``create_app(factory)`` assembles the routes.

Nothing that matters lives in the process: sessions come from the database,
tokens are checked against a key stored in the database, the feed is numbered
by a database row. Any number of these processes can serve one PostgreSQL.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

import anyio
from fastapi import FastAPI, Request
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from core import clock
from server import jobs, principals
from server.api import error_body, factory_of, install_error_handlers
from server.card import CardFastPath, PgCards
from server.db import pool_size
from server.routes import admin, attention, audit, auth, coupons, devices, members, staff, sync
from server.routes import jobs as job_routes

DESCRIPTION = """\
The central member API of MemberDesk: staff sign-in, device enrolment, the sync
protocol (idempotent command push, change-feed pull) and read access for
integrators. Errors are `{"error": {"code", "message", "params"}}`.
Sign in with **Authorize** (a staff user name and password); devices use the
token they were given at enrolment as a bearer token.
"""


class Health(BaseModel):
    status: str
    database: str


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    """The scheduled-jobs timer, when ``jobs_every`` asks for one, and on PostgreSQL the
    member cards' connections (``server/card.py``); both stopped at shutdown."""

    def now() -> datetime:
        # Read at each run: tests pin ``app.state.clock`` after create_app.
        pinned = getattr(app.state, "clock", None)
        return pinned() if pinned is not None else clock.now()

    # As many request threads as pooled connections (server/db.py): a request then
    # never waits for a connection to be opened for it.
    anyio.to_thread.current_default_thread_limiter().total_tokens = pool_size()
    timer = None
    if app.state.jobs_every > 0:
        timer = jobs.JobTimer(app.state.factory, app.state.jobs_every, now)
        timer.start()
    app.state.job_timer = timer
    engine = app.state.factory.kw["bind"]
    cards = PgCards(engine.url) if engine.dialect.name == "postgresql" else None
    app.state.pg_cards = cards
    try:
        yield
    finally:
        app.state.pg_cards = None
        if cards is not None:
            await cards.close()
        if timer is not None:
            await asyncio.to_thread(timer.stop)


def create_app(factory: sessionmaker[Session], *, jobs_every: float | None = None) -> FastAPI:
    """The API over ``factory``; ``jobs_every`` seconds (default: ``MEMBERDESK_JOBS_EVERY``,
    else off) runs the scheduled jobs in a background thread of this process."""
    app = FastAPI(
        title="MemberDesk central member API",
        version="1",
        description=DESCRIPTION,
        openapi_url="/openapi.json",
        lifespan=_lifespan,
    )
    app.state.factory = factory
    app.state.principals = principals.PrincipalCache()
    app.state.jobs_every = jobs.every_from_env() if jobs_every is None else jobs_every
    install_error_handlers(app)
    app.add_middleware(CardFastPath)  # outermost of ours: a card answered first

    @app.get("/v1/health", response_model=Health, tags=["health"])
    def health(request: Request) -> Any:
        """Liveness, and whether the database answers."""
        from fastapi.responses import JSONResponse

        try:
            with factory_of(request)() as session:
                session.execute(text("SELECT 1"))
        except Exception:
            return JSONResponse(
                error_body("database_unreachable", "the database does not answer"), 503
            )
        return {"status": "ok", "database": "ok"}

    for module in (
        auth,
        devices,
        sync,
        members,
        attention,
        job_routes,
        admin,
        coupons,
        staff,
        audit,
    ):
        app.include_router(module.router)
    return app
