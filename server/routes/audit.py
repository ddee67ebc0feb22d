"""The audit log over HTTP: who signed in, enrolled, edited the rulebook or staff.

Admin only. Newest first in keyset pages by id (ids grow with time), filtered by
actor, action and a time range, so an auditor can answer "who changed tier T3 last
week". Times are the chain's wall clock, naive, as the log stores them
(``core.clock``); a time given with an offset is read in that zone.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel, Field
from sqlalchemy import select

from core import clock
from core.errors import InvalidInput
from server.api import (
    ERROR_RESPONSES,
    Caller,
    PageSize,
    require,
    transaction,
)
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


SINCE = "2026-03-01T00:00:00"
UNTIL = "2026-03-08T00:00:00"


def _local(field: str, moment: datetime | None) -> datetime | None:
    """The chain's naive wall-clock time for ``moment`` (as the log stores ``at``)."""
    if moment is None or moment.tzinfo is None:
        return moment
    try:
        return moment.astimezone(clock.zone()).replace(tzinfo=None)
    except OverflowError:
        # 9999-12-31T23:00-05:00 is past the last day a datetime can hold, here.
        raise InvalidInput(field=field, problem="out of range") from None


class AuditPage(BaseModel):
    entries: list[AuditOut]
    next_before: int | None = Field(description="pass as `before` for the next (older) page")


@router.get(
    "",
    response_model=AuditPage,
    responses={401: ERROR_RESPONSES[401], 403: ERROR_RESPONSES[403], 422: ERROR_RESPONSES[422]},
)
def list_entries(
    request: Request,
    caller: Caller,
    actor: Annotated[str | None, Query(max_length=64)] = None,
    action: Annotated[str | None, Query(max_length=64)] = None,
    since: Annotated[
        datetime | None, Query(description="entries at or after this time", examples=[SINCE])
    ] = None,
    until: Annotated[
        datetime | None, Query(description="entries before this time", examples=[UNTIL])
    ] = None,
    before: Annotated[int | None, Query(ge=1, le=2**62)] = None,
    limit: PageSize = 100,
) -> dict[str, Any]:
    """Audit entries, newest first; pass ``next_before`` for older ones. ``since`` and
    ``until`` bound the time (``since`` included, ``until`` not), in the chain's time."""
    require(caller, "audit.read")
    since, until = _local("since", since), _local("until", until)
    if since is not None and until is not None and until <= since:
        raise InvalidInput(field="until", problem="must be later than since")
    query = select(AuditEntry)
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if action:
        query = query.where(AuditEntry.action == action)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
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
