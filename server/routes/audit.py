"""The audit log over HTTP: who signed in, enrolled, edited the rulebook or staff.

Admin only. Newest first in keyset pages by id (ids grow with time), filtered by
actor or action, so an auditor can answer "who changed tier T3 last week".
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field
from sqlalchemy import select

from server.api import ERROR_RESPONSES, Caller, require, transaction
from server.models import AuditEntry

router = APIRouter(prefix="/v1/audit", tags=["audit"])

ENTRY_EXAMPLE: dict[str, Any] = {
    "id": 412,
    "at": "2026-03-02T10:00:00",
    "actor": "backoffice",
    "action": "tier.edit",
    "detail": {"code": "T3", "threshold": {"from": 50000, "to": 60000}},
}


class AuditOut(BaseModel):
    model_config = {"json_schema_extra": {"examples": [ENTRY_EXAMPLE]}}

    id: int
    at: str
    actor: str
    action: str = Field(examples=["login", "device.enrol", "tier.edit", "staff.create"])
    detail: dict[str, Any]


class AuditPage(BaseModel):
    entries: list[AuditOut]
    next_before: int | None = Field(description="pass as `before` for the next (older) page")


@router.get(
    "",
    response_model=AuditPage,
    responses={401: ERROR_RESPONSES[401], 403: ERROR_RESPONSES[403]},
)
def list_entries(
    request: Request,
    caller: Caller,
    actor: Annotated[str | None, Query(max_length=64)] = None,
    action: Annotated[str | None, Query(max_length=64)] = None,
    before: Annotated[int | None, Query(ge=1, le=2**62)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> dict[str, Any]:
    """Audit entries, newest first; pass ``next_before`` for older ones."""
    require(caller, "audit.read")
    query = select(AuditEntry)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if action:
        query = query.where(AuditEntry.action == action)
    if before is not None:
        query = query.where(AuditEntry.id < before)
    with transaction(request) as session:
        rows = session.scalars(query.order_by(AuditEntry.id.desc()).limit(limit)).all()
        return {
            "entries": [
                {
                    "id": row.id,
                    "at": row.at.isoformat(),
                    "actor": row.actor,
                    "action": row.action,
                    "detail": row.detail or {},
                }
                for row in rows
            ],
            "next_before": rows[-1].id if len(rows) == limit else None,
        }
