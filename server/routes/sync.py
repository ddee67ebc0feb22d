"""Device sync: push a batch of commands, pull the change feed of the device's scope."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request, Response

from server import feed
from server.api import ERROR_RESPONSES, Caller, require_device, transaction
from server.api import now as server_now
from server.models import DeviceRow
from server.push import push as apply_push
from sync.protocol import MAX_PULL_LIMIT

router = APIRouter(prefix="/v1/sync", tags=["sync"])

PUSH_EXAMPLE = {
    "commands": [
        {
            "id": "0b9f6f3e-2f52-4d4c-9a39-1f0d6a1c2b11",
            "kind": "record_sale",
            "schema_version": 1,
            "seq": 1,
            "store_code": "S001",
            "staff": "S001-clerk",
            "device_time": "2026-03-02T10:00:00",
            "payload": {
                "sale_id": "5d1c0c0e-9e1a-4f0e-8f43-0f3b0a1d2c33",
                "member_id": "…",
                "lines": [{"category": "general", "amount_fen": 12850}],
            },
        }
    ]
}


def _json(body: dict[str, Any]) -> Response:
    # Pages are large: encode once, without FastAPI's per-value conversion.
    return Response(
        json.dumps(body, ensure_ascii=False, separators=(",", ":")),
        media_type="application/json",
    )


@router.post(
    "/push",
    responses={
        200: {"description": "one result per command, in order"},
        409: ERROR_RESPONSES[422] | {"description": "sequence gap: nothing applied"},
        401: ERROR_RESPONSES[401],
        403: ERROR_RESPONSES[403],
    },
)
def push(
    request: Request,
    caller: Caller,
    body: Annotated[dict[str, Any], Body(examples=[PUSH_EXAMPLE])],
) -> Response:
    """Push the device's outbox in sequence order (see ``sync/protocol.py``)."""
    require_device(caller)
    now = server_now(request)
    with transaction(request) as session:
        scope = feed.scope_for_regions(session, caller.regions)
        outcome = apply_push(session, caller, body, stores=scope.stores, now=now)
    return _json(outcome.as_dict())


@router.get(
    "/pull",
    responses={
        200: {"description": "{changes, cursor, has_more}"},
        409: {"description": "resync_required: pull again without a cursor"},
        401: ERROR_RESPONSES[401],
    },
)
def pull(
    request: Request,
    caller: Caller,
    cursor: Annotated[str | None, Query(max_length=2000)] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_LIMIT)] = 1000,
) -> Response:
    """Changes after the cursor within the device's scope; no cursor starts with a snapshot."""
    device_id = require_device(caller)
    now = server_now(request)
    with transaction(request) as session:
        scope = feed.scope_for_regions(session, caller.regions)
        page = feed.pull(session, scope, cursor, limit, now)
        device = session.get(DeviceRow, device_id)
        if device is not None and (
            device.last_pull_at is None or (now - device.last_pull_at).total_seconds() > 60
        ):
            device.last_pull_at = now
    return _json(page.as_dict())
