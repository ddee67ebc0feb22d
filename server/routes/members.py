"""Read API for integrators and staff: members, their ledger, the rewards catalog.

Every answer is limited to the caller's scope (a store's region, a manager's
region, or everything for head office); a member outside it is "not found".
"""

from __future__ import annotations

from typing import Annotated, Any, Final, Literal

from fastapi import APIRouter, Body, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session, defer

from core import directory
from core.db.models import (
    Member,
    PointEntry,
    Reward,
    Sale,
    StoreStock,
    Tier,
    TierChange,
)
from core.errors import MemberNotFound
from server import feed
from server.api import (
    ERROR_RESPONSES,
    Caller,
    PageCursor,
    PageSize,
    factory_of,
    keyset_cursor,
    require,
    transaction,
)
from server.api import now as server_now
from server.auth import Forbidden, Principal
from server.card import read_card
from server.models import AuditEntry

router = APIRouter(prefix="/v1", tags=["members"])


class Points(BaseModel):
    balance: int
    available: int
    locked: int
    debt: int


class MemberOut(BaseModel):
    code: str = Field(examples=["M00000000015"])
    name: str = Field(examples=["张伟"])
    phone: str = Field(description="masked", examples=["138****5678"])
    tier: str = Field(examples=["金牌"])
    tier_code: str = Field(examples=["T3"])
    status: str = Field(examples=["active"])
    frozen: bool
    home_store: str | None
    enrolled_on: str
    points: Points


class MemberLine(BaseModel):
    code: str
    name: str
    phone: str
    tier_code: str
    status: str
    balance: int
    debt: int


class MemberPage(BaseModel):
    members: list[MemberLine]
    next_after: str | None = Field(description="pass as `after` for the next page")


class EntryOut(BaseModel):
    id: str
    kind: str = Field(examples=["earn"])
    points: int
    debt_delta: int
    created_at: str
    store_code: str | None
    sale_id: str | None
    reason: str | None
    detail: dict[str, Any]


class LedgerPage(BaseModel):
    entries: list[EntryOut]
    next_before: str | None


class TierChangeOut(BaseModel):
    id: str
    at: str
    change: str = Field(examples=["upgrade"], description="upgrade, downgrade or grace_started")
    from_tier: str
    from_name: str
    to_tier: str
    to_name: str
    grace_until: str | None = Field(description="for grace_started: the grace's last day")
    made_by: str = Field(
        examples=["record_sale"], description="record_sale, merge_members or evaluate_tier"
    )
    receipt_no: str | None = Field(description="the sale that made it, for a sale's")


class TierChangePage(BaseModel):
    changes: list[TierChangeOut]
    next_before: str | None = Field(description="pass as `before` for older changes")


class RewardOut(BaseModel):
    sku: str
    name: str
    kind: str
    category: str
    points_price: int
    cash_price_fen: int
    stock_mode: str
    stock: int | None = Field(description="central stock, or the caller's store stock")
    per_member_limit: int | None
    min_tier_rank: int
    valid_from: str | None
    valid_until: str | None
    image_hash: str | None = Field(
        default=None,
        description="sha256 of the picture (GET /v1/rewards/{sku}/image); null: none",
    )


#: Personal fields a reveal can unmask, in the order they are answered.
REVEALABLE: Final = ("phone", "email")


class RevealIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    fields: list[Literal["phone", "email"]] = Field(
        default=["phone", "email"], min_length=1, max_length=2, examples=[["phone"]]
    )


class RevealOut(BaseModel):
    code: str = Field(examples=["M00000000015"])
    phone: str | None = Field(default=None, examples=["13812345678"])
    email: str | None = Field(default=None, examples=["zhang.wei@example.com"])
    fields: list[str] = Field(description="the fields revealed (and audited)")


def _stores(session: Session, caller: Principal) -> tuple[str, ...] | None:
    return feed.scope_for_regions(session, caller.regions).stores


def _member(session: Session, caller: Principal, code: str) -> Member:
    member = session.execute(select(Member).where(Member.code == code[:16])).scalar_one_or_none()
    stores = _stores(session, caller)
    if member is None or (stores is not None and member.home_store not in stores):
        raise MemberNotFound(key=code)
    return member


@router.get("/members", response_model=MemberPage, responses={401: ERROR_RESPONSES[401]})
def members(
    request: Request,
    caller: Caller,
    query: Annotated[str | None, Query(max_length=100, examples=["zw"])] = None,
    after: Annotated[str | None, Query(max_length=16)] = None,
    limit: PageSize = 50,
) -> dict[str, Any]:
    """Search by code, phone (whole, prefix or last four), name or pinyin initials; without
    a query, every member in code order, one page after ``after``."""
    require(caller, "members.read")
    with transaction(request) as session:
        stores = _stores(session, caller)
        if query and query.strip():
            rows = directory.search(session, query, limit=limit, stores=stores)
            next_after = None
        else:
            rows = directory.page(session, after_code=after, limit=limit, stores=stores)
            next_after = rows[-1].code if len(rows) == limit else None
        return {
            "members": [
                {
                    "code": r.code,
                    "name": r.name,
                    "phone": r.masked_phone,
                    "tier_code": r.tier_code,
                    "status": r.status,
                    "balance": r.balance,
                    "debt": r.debt,
                }
                for r in rows
            ],
            "next_after": next_after,
        }


# What a read of one member may answer besides the page itself.
_MEMBER_ERRORS: Final[dict[int | str, dict[str, Any]]] = {
    404: ERROR_RESPONSES[404],
    401: ERROR_RESPONSES[401],
}


@router.get(
    "/members/{code}",
    response_model=MemberOut,
    responses=_MEMBER_ERRORS,
)
def member(request: Request, code: str, caller: Caller) -> Response:
    """One member with the points balance: available, locked (pending) and debt."""
    require(caller, "members.read")
    engine = factory_of(request).kw["bind"]
    card = read_card(engine, caller, code, server_now(request))
    if card is None:
        raise MemberNotFound(key=code)
    return Response(card, media_type="application/json")


@router.post(
    "/members/{code}/reveal",
    response_model=RevealOut,
    response_model_exclude_unset=True,
    responses={
        401: ERROR_RESPONSES[401],
        403: ERROR_RESPONSES[403],
        404: ERROR_RESPONSES[404],
        422: ERROR_RESPONSES[422],
    },
)
def reveal(
    request: Request,
    code: str,
    caller: Caller,
    body: Annotated[RevealIn | None, Body()] = None,
) -> dict[str, Any]:
    """The member's unmasked mobile (and e-mail): ``members.reveal``, and a store manager
    only for their own store's members. The audit entry ``member.reveal`` (who, which
    member, which fields) is written in the same transaction as the answer is read, so
    nothing is revealed that is not audited."""
    require(caller, "members.reveal")
    asked = set((body or RevealIn()).fields)
    fields = [f for f in REVEALABLE if f in asked]
    with transaction(request) as session:
        found = _member(session, caller, code)
        if caller.role == "store_manager" and found.home_store != caller.store_code:
            raise Forbidden(
                who=caller.role, action="members.reveal (only their own store's members)"
            )
        session.add(
            AuditEntry(
                at=server_now(request),
                actor=caller.name,
                action="member.reveal",
                detail={"member": found.code, "fields": fields},
            )
        )
        values = {"phone": found.phone, "email": found.email}
        return {"code": found.code, "fields": fields, **{f: values[f] for f in fields}}


@router.get(
    "/members/{code}/ledger",
    response_model=LedgerPage,
    responses=_MEMBER_ERRORS,
)
def ledger(
    request: Request,
    code: str,
    caller: Caller,
    before: PageCursor = None,
    limit: PageSize = 50,
) -> dict[str, Any]:
    """The member's points entries, newest first; pass ``next_before`` for older ones."""
    require(caller, "members.read")
    with transaction(request) as session:
        found = _member(session, caller, code)
        q = select(PointEntry).where(PointEntry.member_id == found.id)
        if before:
            when, entry_id = keyset_cursor(before, "before")
            q = q.where(tuple_(PointEntry.created_at, PointEntry.id) < tuple_(when, entry_id))
        entries = list(
            session.execute(
                q.order_by(PointEntry.created_at.desc(), PointEntry.id.desc()).limit(limit)
            ).scalars()
        )
        return {
            "entries": [
                {
                    "id": e.id,
                    "kind": e.kind,
                    "points": e.points,
                    "debt_delta": e.debt_delta,
                    "created_at": e.created_at.isoformat(),
                    "store_code": e.store_code,
                    "sale_id": e.sale_id,
                    "reason": e.reason,
                    "detail": e.detail or {},
                }
                for e in entries
            ],
            "next_before": (
                f"{entries[-1].created_at.isoformat()}|{entries[-1].id}"
                if len(entries) == limit
                else None
            ),
        }


@router.get(
    "/members/{code}/tier-changes",
    response_model=TierChangePage,
    responses=_MEMBER_ERRORS,
)
def tier_changes(
    request: Request,
    code: str,
    caller: Caller,
    before: PageCursor = None,
    limit: PageSize = 50,
) -> dict[str, Any]:
    """The member's tier changes, newest first, all of them since enrolment (a device holds
    only those since it was set up); pass ``next_before`` for older ones."""
    require(caller, "members.read")
    with transaction(request) as session:
        found = _member(session, caller, code)
        q = (
            select(TierChange, Sale.receipt_no)
            .outerjoin(Sale, Sale.command_id == TierChange.command_id)
            .where(TierChange.member_id == found.id)
        )
        if before:
            when, change_id = keyset_cursor(before, "before")
            q = q.where(tuple_(TierChange.at, TierChange.id) < tuple_(when, change_id))
        rows = session.execute(
            q.order_by(TierChange.at.desc(), TierChange.id.desc()).limit(limit)
        ).all()
        names = {c: name for c, name in session.execute(select(Tier.code, Tier.name))}
        last = rows[-1][0] if len(rows) == limit else None
        return {
            "changes": [
                {
                    "id": c.id,
                    "at": c.at.isoformat(),
                    "change": c.change,
                    "from_tier": c.from_tier,
                    "from_name": names.get(c.from_tier, c.from_tier),
                    "to_tier": c.to_tier,
                    "to_name": names.get(c.to_tier, c.to_tier),
                    "grace_until": c.grace_until.isoformat() if c.grace_until else None,
                    "made_by": c.command_kind,
                    "receipt_no": receipt_no,
                }
                for c, receipt_no in rows
            ],
            "next_before": f"{last.at.isoformat()}|{last.id}" if last is not None else None,
        }


@router.get("/rewards", response_model=list[RewardOut], responses={401: ERROR_RESPONSES[401]})
def rewards(request: Request, caller: Caller) -> list[dict[str, Any]]:
    """The active points-mall catalog, with the stock the caller's store can hand out."""
    require(caller, "rewards.read")
    with transaction(request) as session:
        stock: dict[str, int] = {}
        if caller.store_code:
            stock = {
                s.sku: s.quantity
                for s in session.execute(
                    select(StoreStock).where(StoreStock.store_code == caller.store_code)
                ).scalars()
            }
        out = []
        for r in session.execute(
            select(Reward)
            .options(defer(Reward.image_data))  # pictures are fetched one by one, by hash
            .where(Reward.active.is_(True))
            .order_by(Reward.sku)
        ).scalars():
            if r.stock_mode == "central":
                qty: int | None = r.central_stock
            elif r.stock_mode == "store":
                qty = stock.get(r.sku, 0) if caller.store_code else None
            else:
                qty = None
            out.append(
                {
                    "sku": r.sku,
                    "name": r.name,
                    "kind": r.kind,
                    "category": r.category,
                    "points_price": r.points_price,
                    "cash_price_fen": r.cash_price_fen,
                    "stock_mode": r.stock_mode,
                    "stock": qty,
                    "per_member_limit": r.per_member_limit,
                    "min_tier_rank": r.min_tier_rank,
                    "valid_from": r.valid_from.isoformat() if r.valid_from else None,
                    "valid_until": r.valid_until.isoformat() if r.valid_until else None,
                    "image_hash": r.image_hash,
                }
            )
        return out
