"""Staff sign-in: the OAuth2 password flow, refresh tokens."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from pydantic import BaseModel, Field

from core.errors import InvalidInput
from server import auth
from server.api import ERROR_RESPONSES, transaction
from server.api import now as server_now
from server.models import AuditEntry

router = APIRouter(prefix="/v1/auth", tags=["auth"])


class Tokens(BaseModel):
    access_token: str
    refresh_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="seconds the access token is valid", examples=[900])


class RefreshBody(BaseModel):
    refresh_token: str = Field(max_length=200)


@router.post("/token", response_model=Tokens, responses={401: ERROR_RESPONSES[401]})
def token(
    request: Request,
    username: Annotated[str, Form(max_length=64, examples=["admin"])],
    password: Annotated[str, Form(max_length=200)],
) -> dict[str, Any]:
    """Sign in with a user name and password (form-encoded, the OAuth2 password flow)."""
    for field, value in (("username", username), ("password", password)):
        if "\x00" in value:  # PostgreSQL could not even look it up; SQLite could
            raise InvalidInput(field=field, problem="a NUL character is not allowed")
    now = server_now(request)
    try:
        with transaction(request) as session:
            account = auth.login(session, username, password, now)
            session.add(AuditEntry(at=now, actor=account.username, action="login", detail={}))
            return auth.issue_tokens(session, account, now)
    except auth.AuthFailed:
        # The failure count must stick even though the sign-in is refused.
        with transaction(request) as session:
            auth.record_failure(session, username, now)
        raise


@router.post("/refresh", response_model=Tokens, responses={401: ERROR_RESPONSES[401]})
def refresh(request: Request, body: RefreshBody) -> dict[str, Any]:
    """Exchange a refresh token (used once) for new tokens."""
    with transaction(request) as session:
        return auth.refresh_tokens(session, body.refresh_token, server_now(request))
