"""Device sync: push a batch of commands, pull the change feed of the device's scope."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request, Response
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from core.db import models as m
from core.errors import InvalidInput
from server import feed
from server.api import ERROR_RESPONSES, Caller, json_bytes, require_device, transaction
from server.api import now as server_now
from server.models import DeviceRow
from server.push import push as apply_push
from sync.protocol import MAX_PULL_LIMIT, MAX_REFRESH

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
    # Answers are large: encode once, without FastAPI's per-value conversion.
    return Response(json_bytes(body), media_type="application/json")


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
    with _PUSHES.counted() as others:
        with transaction(request) as session:
            scope = feed.scope_for_regions(session, caller.regions)
            outcome = apply_push(session, caller, body, stores=scope.stores, now=now)
        crowded = others() > 0
    response = _json(outcome.as_dict())
    if crowded:
        response.headers["Connection"] = "close"
    return response


class _InFlight:
    """Pushes this API process is applying at the moment.

    A push is CPU work under one interpreter lock per process, and a device keeps its
    connection, so the worker process that accepted a device serves all its batches:
    four tills on two workers could all land on one and leave the other idle (seen: one
    worker 8 s of CPU, the other 2). A push that ends while another runs in the same
    process answers ``Connection: close``; the device's next batch comes on a new
    connection, which the idlest worker, waiting in ``accept``, is first to take.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0

    @contextmanager
    def counted(self) -> Iterator[Callable[[], int]]:
        """Counts this push while inside; yields how many others run now."""
        with self._lock:
            self._running += 1
        try:
            yield lambda: self._running - 1
        finally:
            with self._lock:
                self._running -= 1


_PUSHES = _InFlight()


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
        scope = feed.scope_of_device(session, caller.regions, caller.device_kind)
        page = feed.pull(session, scope, cursor, limit, now)
        device = session.get(DeviceRow, device_id)
        if device is not None and (
            device.last_pull_at is None or (now - device.last_pull_at).total_seconds() > 60
        ):
            device.last_pull_at = now
    return Response(page.encode(), media_type="application/json")


# What a member's refresh answers: every mutable row of theirs, parents first.
REFRESHED: tuple[type[m.Base], ...] = (
    m.Member,
    m.PointAccount,
    m.PointLot,
    m.Coupon,
    m.Redemption,
    m.BenefitUse,
    m.QualifyingEvent,
)
# What a command's refresh answers: every row it made (by command id), parents first.
MADE_BY_COMMAND: tuple[type[m.Base], ...] = (
    m.PointEntry,
    m.LotMovement,
    m.Sale,
    m.SaleLineRow,
    m.Refund,
    m.QualifyingEvent,
    m.Redemption,
    m.Coupon,
    m.BenefitUse,
    m.TierChange,
)


def _ids(body: Any, name: str, *, required: bool) -> list[str]:
    ids = body.get(name) if isinstance(body, dict) else None
    if ids is None and not required:
        return []
    if not isinstance(ids, list) or not all(isinstance(i, str) and 0 < len(i) <= 36 for i in ids):
        raise InvalidInput(field=name, problem="must be a list of ids")
    if len(ids) > MAX_REFRESH:
        raise InvalidInput(field=name, problem=f"at most {MAX_REFRESH} per call")
    return list(dict.fromkeys(ids))


def _rows_of_members(
    session: Session, scope: feed.Scope, ids: list[str], now: datetime
) -> list[dict[str, Any]]:
    query = select(m.Member.id).where(m.Member.id.in_(ids))
    if scope.stores is not None:
        query = query.where(m.Member.home_store.in_(list(scope.stores)))
    members = list(session.execute(query).scalars())
    if not members:
        return []
    blocks: list[dict[str, Any]] = []
    for model in REFRESHED:
        entity = feed.BY_MODEL[model]
        table = entity.table
        rows_query: Select[Any] = select(*table.columns).where(
            (table.c.id if model is m.Member else table.c.member_id).in_(members)
        )
        if model is m.QualifyingEvent:
            rows_query = rows_query.where(m.QualifyingEvent.at >= now - feed.EVENT_HORIZON)
        rows = session.execute(rows_query.order_by(*table.primary_key.columns)).all()
        if rows:
            blocks.append(feed.encode_block(entity, rows))
    return blocks


def _rows_of_commands(session: Session, device_id: str, ids: list[str]) -> list[dict[str, Any]]:
    """Every row these commands of this device made (a device asks only about its own)."""
    mine = select(m.CommandRow.id).where(
        m.CommandRow.id.in_(ids), m.CommandRow.device_id == device_id
    )
    commands = list(session.execute(mine).scalars())
    if not commands:
        return []
    entries = select(m.PointEntry.id).where(m.PointEntry.command_id.in_(commands))
    sales = select(m.Sale.id).where(m.Sale.command_id.in_(commands))
    blocks: list[dict[str, Any]] = []
    for model in MADE_BY_COMMAND:
        entity = feed.BY_MODEL[model]
        table = entity.table
        if model is m.LotMovement:
            cond = m.LotMovement.entry_id.in_(entries)
        elif model is m.SaleLineRow:
            cond = m.SaleLineRow.sale_id.in_(sales)
        else:
            cond = table.c.command_id.in_(commands)
        rows = session.execute(
            select(*table.columns).where(cond).order_by(*table.primary_key.columns)
        ).all()
        if rows:
            blocks.append(feed.encode_block(entity, rows))
    return blocks


@router.post(
    "/refresh",
    responses={
        200: {"description": "{changes}: the rows asked for, in pull's block format"},
        401: ERROR_RESPONSES[401],
        403: ERROR_RESPONSES[403],
        422: ERROR_RESPONSES[422],
    },
)
def refresh(
    request: Request,
    caller: Caller,
    body: Annotated[dict[str, Any], Body(examples=[{"member_ids": ["…"], "command_ids": []}])],
) -> Response:
    """Every mutable row of these members (in the device's scope; others are absent), and
    every row that these commands of this device made (``command_ids``, optional)."""
    device_id = require_device(caller)
    member_ids = _ids(body, "member_ids", required=True)
    command_ids = _ids(body, "command_ids", required=False)
    now = server_now(request)
    with transaction(request) as session:
        scope = feed.scope_for_regions(session, caller.regions)
        blocks = _rows_of_members(session, scope, member_ids, now)
        if command_ids:
            blocks += _rows_of_commands(session, device_id, command_ids)
    return _json({"changes": blocks})
