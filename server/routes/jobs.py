"""Running a scheduled job now, by hand: ``POST /v1/jobs/{name}/run`` (admins)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field

from server import jobs
from server.api import ERROR_RESPONSES, Caller, Conflict, NotFound, factory_of, require, transaction
from server.api import now as server_now
from server.models import AuditEntry

router = APIRouter(prefix="/v1/jobs", tags=["jobs"])


class JobResult(BaseModel):
    """What one run did; the counts depend on the job (they are kept in ``job_runs``)."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "job": "expire",
                    "status": "done",
                    "started_at": "2026-03-02T10:00:00",
                    "finished_at": "2026-03-02T10:00:01.250000",
                    "members": 12,
                    "points": 3480,
                    "refused": 0,
                }
            ]
        },
    )

    job: str = Field(examples=["expire"])
    status: str = Field(description="done, stopped or failed", examples=["done"])
    started_at: str
    finished_at: str


@router.post(
    "/{name}/run",
    response_model=JobResult,
    responses={
        403: ERROR_RESPONSES[403],
        404: ERROR_RESPONSES[404],
        409: {"description": "the job is running in another process"},
    },
)
def run(request: Request, name: str, caller: Caller) -> dict[str, Any]:
    """Run one job now: ``expire`` (write off ended lots), ``tiers`` (window ends and grace)
    or ``release`` (tell devices about points whose lock ended). Running it again at once
    changes nothing."""
    require(caller, "jobs.run")
    if name not in jobs.NAMES:
        raise NotFound(what="job", key=name[:32])
    now = server_now(request)
    result = jobs.run_job(factory_of(request), name, now)
    if result["status"] == "skipped":
        raise Conflict(problem=f"job {name} is already running in another process")
    with transaction(request) as session:
        session.add(
            AuditEntry(
                at=now,
                actor=caller.name,
                action="job.run",
                detail={"job": name, "status": result["status"]},
            )
        )
    return result
