"""The "needs attention" list: rejected commands, overdrafts, points mismatches, resolved.

A store manager sees the items of their store (its members, or commands made
there), a regional manager those of their region, head office everything.
Resolving an item changes its row, so the change flows to devices by the feed.
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field
from sqlalchemy import ColumnElement, Select, false, or_, select, tuple_
from sqlalchemy.orm import Session

from core.db.models import AttentionItem, CommandRow, Member
from core.errors import InvalidInput
from server import feed
from server.api import (
    ERROR_RESPONSES,
    Caller,
    Conflict,
    NotFound,
    PageCursor,
    PageSize,
    keyset_cursor,
    require,
    transaction,
)
from server.api import now as server_now
from server.auth import Principal
from server.models import AuditEntry

router = APIRouter(prefix="/v1/attention", tags=["attention"])

ITEM_EXAMPLE: dict[str, Any] = {
    "id": "3f0c8f52-5a7e-5b0e-9d7a-0c1f6a2b9e41",
    "kind": "rejected_command",
    "member_id": "9b2d4c1e-7f3a-4e55-8a10-2c6b1d0e4f77",
    "member_code": "M00000000015",
    "member_name": "张伟",
    "command_id": "0b9f6f3e-2f52-4d4c-9a39-1f0d6a1c2b11",
    "command_kind": "redeem_reward",
    "store_code": "S001",
    "detail": {
        "command_kind": "redeem_reward",
        "store_code": "S001",
        "staff": "S001-clerk",
        "error": {"code": "reward_not_found", "message": "no reward 'NOPE'", "params": {}},
    },
    "created_at": "2026-03-02T10:00:00",
    "resolved_at": None,
    "resolved_by": None,
    "resolution": None,
}


class AttentionOut(BaseModel):
    model_config = {"json_schema_extra": {"examples": [ITEM_EXAMPLE]}}

    id: str
    kind: str = Field(examples=["rejected_command", "points_overdraft", "points_mismatch"])
    member_id: str | None
    member_code: str | None
    member_name: str | None
    command_id: str | None
    command_kind: str | None
    store_code: str | None = Field(description="the store the command was made in")
    detail: dict[str, Any]
    created_at: str
    resolved_at: str | None
    resolved_by: str | None
    resolution: str | None


class AttentionPage(BaseModel):
    items: list[AttentionOut]
    next_after: str | None = Field(description="pass as `after` for the next page")


class Resolve(BaseModel):
    model_config = {
        "json_schema_extra": {
            "examples": [{"resolution": "called the member; points adjusted by hand"}]
        }
    }

    resolution: str = Field(min_length=1, max_length=2000)


def _scope(session: Session, caller: Principal) -> ColumnElement[bool] | None:
    """Which items the caller sees; None: all of them."""
    if caller.everywhere:
        return None
    if caller.role == "store_manager":
        stores = [caller.store_code] if caller.store_code else []
    else:
        stores = list(feed.scope_for_regions(session, caller.regions).stores or ())
    if not stores:
        return false()
    return or_(Member.home_store.in_(stores), CommandRow.store_code.in_(stores))


def _query(session: Session, caller: Principal) -> Select[AttentionItem, str, str, str, str | None]:
    query = (
        select(AttentionItem, Member.code, Member.name, CommandRow.kind, CommandRow.store_code)
        .outerjoin(Member, Member.id == AttentionItem.member_id)
        .outerjoin(CommandRow, CommandRow.id == AttentionItem.command_id)
    )
    scope = _scope(session, caller)
    return query if scope is None else query.where(scope)


def _out(row: Any) -> dict[str, Any]:
    item, code, name, command_kind, command_store = row
    detail = item.detail or {}
    return {
        "id": item.id,
        "kind": item.kind,
        "member_id": item.member_id,
        "member_code": code,
        "member_name": name,
        "command_id": item.command_id,
        "command_kind": command_kind or detail.get("command_kind"),
        "store_code": command_store or detail.get("store_code"),
        "detail": detail,
        "created_at": item.created_at.isoformat(),
        "resolved_at": item.resolved_at.isoformat() if item.resolved_at else None,
        "resolved_by": item.resolved_by,
        "resolution": item.resolution,
    }


@router.get(
    "",
    response_model=AttentionPage,
    responses={401: ERROR_RESPONSES[401], 403: ERROR_RESPONSES[403]},
)
def list_items(
    request: Request,
    caller: Caller,
    state: Literal["open", "resolved", "all"] = "open",
    after: PageCursor = None,
    limit: PageSize = 50,
) -> dict[str, Any]:
    """Items in the caller's scope, oldest first; pass ``next_after`` for the next page."""
    require(caller, "attention.read")
    with transaction(request) as session:
        query = _query(session, caller)
        if state == "open":
            query = query.where(AttentionItem.resolved_at.is_(None))
        elif state == "resolved":
            query = query.where(AttentionItem.resolved_at.is_not(None))
        if after:
            when, item_id = keyset_cursor(after, "after")
            query = query.where(
                tuple_(AttentionItem.created_at, AttentionItem.id) > tuple_(when, item_id)
            )
        rows = session.execute(
            query.order_by(AttentionItem.created_at, AttentionItem.id).limit(limit)
        ).all()
        last = rows[-1][0] if len(rows) == limit else None
        return {
            "items": [_out(r) for r in rows],
            "next_after": f"{last.created_at.isoformat()}|{last.id}" if last else None,
        }


@router.post(
    "/{item_id}/resolve",
    response_model=AttentionOut,
    responses={
        403: ERROR_RESPONSES[403],
        404: ERROR_RESPONSES[404],
        409: {"description": "the item was already resolved"},
        422: ERROR_RESPONSES[422],
    },
)
def resolve(request: Request, item_id: str, body: Resolve, caller: Caller) -> dict[str, Any]:
    """Mark an item resolved, saying how; devices receive the change with their next pull."""
    require(caller, "attention.resolve")
    resolution = body.resolution.strip()
    if not resolution:
        raise InvalidInput(field="resolution", problem="say how the item was resolved")
    now = server_now(request)
    with transaction(request) as session:
        query = _query(session, caller).where(AttentionItem.id == item_id[:36])
        row = session.execute(query).first()
        if row is None:
            raise NotFound(what="attention item", key=item_id[:36])
        # Two managers resolving at once: the second waits, then sees it resolved.
        item = session.get(AttentionItem, row[0].id, with_for_update=True, populate_existing=True)
        assert item is not None
        if item.resolved_at is not None:
            raise Conflict(problem=f"already resolved by {item.resolved_by}")
        item.resolved_at = now
        item.resolved_by = caller.name
        item.resolution = resolution
        session.add(
            AuditEntry(
                at=now,
                actor=caller.name,
                action="attention.resolve",
                detail={"id": item.id, "kind": item.kind},
            )
        )
        return _out((item, *row[1:]))
