"""Merging a duplicate enrolment into the member who stays (docs/merge.md).

Everything the duplicate holds moves, nothing is counted twice: its open lots
leave with one ``merge_out`` entry (a movement per lot) and arrive as new lots of
one ``merge_in`` entry on the survivor with the same earned, available and expiry
times, so pending points stay pending; its points debt moves as debt (not netted
against the lots: the survivor repays it from future earning like any debt); its
issued coupons change owner; its qualifying events inside the longest tier
window are copied to the survivor, so the tier projection counts the spend. The
duplicate is closed and remembers whom it was merged into.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from core import ledger
from core.commands.base import Context, handles
from core.commands.payloads import MergeMembers
from core.db.direct import put
from core.db.models import Coupon, LotMovement, Member, PointEntry, PointLot, QualifyingEvent
from core.errors import AccountFrozen, InvalidInput, MemberInactive, MemberMerged, ReasonRequired
from core.handlers.common import member_by_id
from core.handlers.tiering import upgrade_if_qualified

# Qualifying events a device holds (the server's EVENT_HORIZON): the longest tier window
# plus grace. Older events count towards no window, and copying only these makes the
# device and the server write the same rows.
EVENT_HORIZON = timedelta(days=400)


def _mergeable(ctx: Context, member: Member) -> None:
    if member.merged_into is not None:
        into = ctx.session.get(Member, member.merged_into)
        raise MemberMerged(code=member.code, into=into.code if into else member.merged_into)
    if member.status != "active":
        raise MemberInactive(code=member.code, status=member.status)
    if ledger.account_for(ctx.session, member.id).frozen:
        raise AccountFrozen(code=member.code)


@handles(MergeMembers)
def merge(ctx: Context, cmd: MergeMembers) -> dict[str, Any]:
    reason = cmd.reason.strip()
    if not reason:
        raise ReasonRequired(action="merging members")
    if cmd.survivor_id == cmd.duplicate_id:
        raise InvalidInput(field="duplicate_id", problem="a member cannot be merged into itself")
    survivor = member_by_id(ctx.session, cmd.survivor_id)
    duplicate = member_by_id(ctx.session, cmd.duplicate_id)
    _mergeable(ctx, survivor)
    _mergeable(ctx, duplicate)

    # What has ended is written off first, on both: only live points move.
    ledger.expire_due(ctx, duplicate.id)
    ledger.expire_due(ctx, survivor.id)
    moved = _move_points(ctx, duplicate, survivor, reason)
    coupons = _move_coupons(ctx, duplicate, survivor)
    events = _copy_events(ctx, duplicate, survivor)
    ctx.session.flush()
    tier_change = upgrade_if_qualified(ctx, survivor)

    duplicate.status = "closed"
    duplicate.merged_into = survivor.id
    for member in (duplicate, survivor):
        member.version += 1
        member.updated_at = ctx.at
    return {
        "survivor_id": survivor.id,
        "duplicate_id": duplicate.id,
        "survivor_code": survivor.code,
        "duplicate_code": duplicate.code,
        **moved,
        "coupons": coupons,
        "events": events,
        "tier_change": tier_change,
    }


def _move_points(ctx: Context, duplicate: Member, survivor: Member, reason: str) -> dict[str, Any]:
    lots = ledger.open_lots(ctx.session, duplicate.id)
    points = sum(lot.remaining for lot in lots)
    debt = ledger.account_for(ctx.session, duplicate.id).debt
    if points == 0 and debt == 0:
        return {"points": 0, "debt": 0, "lots": 0}
    detail = {"from": duplicate.code, "to": survivor.code, "lots": len(lots), "debt": debt}
    out = PointEntry(
        **ledger.entry_values(
            ctx,
            duplicate.id,
            "merge_out",
            debt - points,
            debt_delta=-debt,
            reason=reason,
            detail=detail,
        )
    )
    put(ctx.session, out)
    into = PointEntry(
        **ledger.entry_values(
            ctx,
            survivor.id,
            "merge_in",
            points - debt,
            debt_delta=debt,
            reason=reason,
            ref_entry_id=out.id,
            detail=detail,
        )
    )
    put(ctx.session, into)
    for member_id, entry in ((duplicate.id, out), (survivor.id, into)):
        acct = ledger.account_for(ctx.session, member_id)
        acct.balance += entry.points
        acct.debt += entry.debt_delta
    ctx.session.flush()
    for lot in lots:
        left = lot.remaining
        lot.remaining = 0
        put(ctx.session, LotMovement(entry_id=out.id, lot_id=lot.id, delta=-left))
        values = ledger.lot_values(
            ctx, into.id, survivor.id, left, lot.available_at, lot.expires_at, lot.sale_id
        )
        put(ctx.session, PointLot(**values))
        put(ctx.session, LotMovement(entry_id=into.id, lot_id=values["id"], delta=left))
    return {"points": points, "debt": debt, "lots": len(lots)}


def _move_coupons(ctx: Context, duplicate: Member, survivor: Member) -> int:
    coupons = list(
        ctx.session.execute(
            select(Coupon)
            .where(Coupon.member_id == duplicate.id, Coupon.status == "issued")
            .order_by(Coupon.id)
        ).scalars()
    )
    for coupon in coupons:
        coupon.member_id = survivor.id
    return len(coupons)


def _copy_events(ctx: Context, duplicate: Member, survivor: Member) -> int:
    events = list(
        ctx.session.execute(
            select(QualifyingEvent)
            .where(
                QualifyingEvent.member_id == duplicate.id,
                QualifyingEvent.at >= ctx.at - EVENT_HORIZON,
            )
            .order_by(QualifyingEvent.at, QualifyingEvent.id)
        ).scalars()
    )
    for event in events:
        put(
            ctx.session,
            QualifyingEvent(
                id=ctx.next_id("event"),
                member_id=survivor.id,
                at=event.at,
                spend_fen=event.spend_fen,
                growth=event.growth,
                command_id=ctx.env.id,
            ),
        )
    return len(events)
