"""What every route shares: one transaction per request, the caller, errors as JSON.

Routes are plain (synchronous) functions: FastAPI runs them in its thread pool,
and each one opens exactly one database transaction through ``transaction``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Annotated, Any
from urllib.parse import parse_qsl

import orjson
from fastapi import Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.security import OAuth2PasswordBearer
from sqlalchemy.exc import DataError
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from core import clock
from core.errors import DomainError, InvalidInput
from server import auth, principals
from server.auth import Forbidden, NotAuthenticated, Principal
from server.permissions import may

log = logging.getLogger("memberdesk.server")

# Error codes and their HTTP status; any other DomainError is a 422 (the rules refuse it).
STATUS: dict[str, int] = {
    "unauthorized": 401,
    "forbidden": 403,
    "account_locked": 429,
    "member_not_found": 404,
    "sale_not_found": 404,
    "reward_not_found": 404,
    "redemption_not_found": 404,
    "coupon_not_found": 404,
    "store_not_found": 404,
    "not_found": 404,
    "sequence_gap": 409,
    "resync_required": 409,
    "conflict": 409,
    "cursor_invalid": 400,
}

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {
        "description": text,
        "content": {
            "application/json": {
                "example": {"error": {"code": code, "message": message, "params": {}}}
            }
        },
    }
    for status, text, code, message in (
        (401, "Not signed in", "unauthorized", "sign in first: the access token expired"),
        (403, "Not allowed", "forbidden", "clerk may not catalog.edit"),
        (404, "Not found", "member_not_found", "no member matches 'M00000000000'"),
        (422, "Refused by the rules", "invalid_input", "amount_fen: must be an integer"),
    )
}


class NotFound(DomainError):
    code = "not_found"
    template = "no {what} {key!r}"


class Conflict(DomainError):
    code = "conflict"
    template = "{problem}"


def error_body(code: str, message: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "params": params or {}}}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def domain_error(_request: Request, exc: DomainError) -> JSONResponse:
        status = STATUS.get(exc.code, 422)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        return JSONResponse(
            error_body(exc.code, exc.message, _jsonable(exc.params)), status, headers=headers
        )

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("body", "query"))
        message = f"{where or 'request'}: {first.get('msg', 'invalid')}"
        return JSONResponse(error_body("invalid_input", message, {"field": where}), 422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return JSONResponse(error_body(code, str(exc.detail)), exc.status_code, headers=exc.headers)

    @app.exception_handler(DataError)
    async def unstorable(_request: Request, exc: DataError) -> JSONResponse:
        # A value the database refuses to store or compare (a number out of its
        # column's range, ...): the caller's input, and the transaction rolled back.
        problem = type(exc.orig).__name__ if exc.orig is not None else "refused"
        return JSONResponse(
            error_body(
                "invalid_input",
                "a value in the request cannot be stored",
                {"problem": problem},
            ),
            422,
        )

    app.add_middleware(RefuseNul)

    @app.exception_handler(Exception)
    async def internal(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return JSONResponse(error_body("internal", "internal server error"), 500)


class RefuseNul:
    """PostgreSQL text cannot hold NUL; SQLite can. A path or query parameter with one is
    refused the same on both, naming it; in a body, the fields' own checks (names refuse
    control characters) or the DataError answer above catch it.

    A plain ASGI middleware: ``@app.middleware("http")`` (Starlette's BaseHTTPMiddleware)
    costs every request a task and a streamed copy of its response, a millisecond and
    more of a member read's budget."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            field = _nul_field(scope)
            if field is not None:
                message = f"{field}: a NUL character is not allowed"
                response = JSONResponse(error_body("invalid_input", message, {"field": field}), 422)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _nul_field(scope: Scope) -> str | None:
    field = "path" if "\x00" in scope.get("path", "") else None
    query: bytes = scope.get("query_string", b"")
    if b"%00" in query or b"\x00" in query:
        for name, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
            if "\x00" in value or "\x00" in name:
                field = name
    return field


def _jsonable(params: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v if isinstance(v, str | int | float | bool | None) else str(v)
        for k, v in params.items()
    }


def json_bytes(value: Any) -> bytes:
    """Compact UTF-8 JSON: orjson's (a tenth of the standard encoder's time), or the
    standard encoder's where orjson declines (an integer beyond 64 bits, a key that is not
    a string). Both are JSON of the same value."""
    try:
        return orjson.dumps(value)
    except TypeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def factory_of(request: Request) -> sessionmaker[Session]:
    factory: sessionmaker[Session] = request.app.state.factory
    return factory


@contextmanager
def transaction(request: Request) -> Iterator[Session]:
    """One unit of work: commit on success, roll everything back on any error."""
    with factory_of(request)() as session, session.begin():
        yield session


def now(request: Request) -> datetime:
    """The server's clock (tests may pin it through ``app.state.clock``)."""
    pinned = getattr(request.app.state, "clock", None)
    return pinned() if pinned is not None else clock.now()


oauth2 = OAuth2PasswordBearer(tokenUrl="/v1/auth/token", auto_error=False)


async def current_principal(
    request: Request, token: Annotated[str | None, Depends(oauth2)]
) -> Principal:
    """The caller. Asynchronous, so that a token the cache knows costs no trip to the thread
    pool (a route's own work takes one); an unknown one is checked there, in a transaction."""
    if not token:
        raise NotAuthenticated(reason="no bearer token")
    if len(token) > 4096:
        raise NotAuthenticated(reason="the token is not valid")
    at = now(request)

    def look_up() -> tuple[auth.Principal, float | None]:
        with transaction(request) as session:
            found = auth.principal_from_token(session, token, at)
        return found, auth.token_expiry(token)

    cache: principals.PrincipalCache = request.app.state.principals
    known = cache.fresh(token, at)
    if known is not None:
        return known
    return await run_in_threadpool(cache.resolve, token, at, look_up)


Caller = Annotated[Principal, Depends(current_principal)]


# A keyset page's query parameters: the cursor a page handed out, and the page's size.
PageCursor = Annotated[str | None, Query(max_length=80)]
PageSize = Annotated[int, Query(ge=1, le=500)]


def keyset_cursor(text: str, field: str) -> tuple[datetime, str]:
    """A page cursor ``"<ISO time>|<id>"`` (the last row of the page before), as the
    ``field`` query parameter carries it back."""
    at, _, row_id = text.partition("|")
    try:
        return datetime.fromisoformat(at), row_id
    except ValueError:
        raise InvalidInput(field=field, problem=f"use the next_{field} of a page") from None


def require(principal: Principal, action: str) -> None:
    if principal.kind == "device":
        # Devices read members and rewards of their scope; everything else needs a person.
        if action in ("members.read", "rewards.read"):
            return
        raise Forbidden(who="a device", action=action)
    if not may(principal.role, action):
        raise Forbidden(who=principal.role, action=action)


def require_device(principal: Principal) -> str:
    if principal.kind != "device" or principal.device_id is None:
        raise Forbidden(who=principal.role, action="sync (a device credential is needed)")
    return principal.device_id
