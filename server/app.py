"""The central member API: ``create_app(factory)`` assembles the routes.

Nothing that matters lives in the process: sessions come from the database,
tokens are checked against a key stored in the database, the feed is numbered
by a database row. Any number of these processes can serve one PostgreSQL.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from server.api import error_body, factory_of, install_error_handlers
from server.routes import auth, devices, members, sync

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


def create_app(factory: sessionmaker[Session]) -> FastAPI:
    app = FastAPI(
        title="MemberDesk central member API",
        version="1",
        description=DESCRIPTION,
        openapi_url="/openapi.json",
    )
    app.state.factory = factory
    install_error_handlers(app)

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

    for module in (auth, devices, sync, members):
        app.include_router(module.router)
    return app
