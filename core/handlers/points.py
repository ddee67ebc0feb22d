"""Manual adjustments, coupons, benefit use and the expiry job."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from core import ledger
from core.benefits import birthday_active, check_quota, period_key
from core.catalog import benefits_of, rules_at
from core.commands.base import Context, handles
from core.commands.payloads import AdjustPoints, ExpirePoints, IssueCoupon, UseBenefit
from core.db.models import BenefitUse, Coupon, CouponTemplate
from core.errors import InvalidInput, ReasonRequired
from core.handlers.common import member_by_id
from core.handlers.mall import coupon_code

# The nightly job writes off at most this many members per command, so each stays small.
EXPIRY_BATCH = 500


@handles(AdjustPoints)
def adjust(ctx: Context, cmd: AdjustPoints) -> dict[str, Any]:
    if not cmd.reason.strip():
        raise ReasonRequired(action="a points adjustment")
    member = member_by_id(ctx.session, cmd.member_id)
    ledger.expire_due(ctx, member.id)
    if cmd.points > 0:
        rules = rules_at(ctx.session, ctx.at.date())
        entry = ledger.credit(
            ctx,
            member.id,
            cmd.points,
            kind="adjust",
            available_at=ctx.at,
            expires_at=rules.expiry.expires_at(ctx.at),
            reason=cmd.reason.strip(),
        )
    else:
        entry = ledger.debit(
            ctx,
            member.id,
            -cmd.points,
            kind="adjust",
            member_code=member.code,
            reason=cmd.reason.strip(),
        )
    return {"member_id": member.id, "points": cmd.points, "entry_id": entry.id}


def _issue(
    ctx: Context, coupon_id: str, code: str, member_id: str, template_id: str, source: str | None
) -> Coupon:
    template = ctx.session.get(CouponTemplate, template_id)
    if template is None or not template.active:
        raise InvalidInput(
            field="template_id", problem=f"no active coupon template {template_id!r}"
        )
    coupon = Coupon(
        id=coupon_id,
        code=code,
        template_id=template.id,
        member_id=member_id,
        issued_at=ctx.at,
        valid_from=ctx.at,
        valid_until=ctx.at + timedelta(days=template.valid_days),
        status="issued",
        source=source,
        command_id=ctx.env.id,
    )
    ctx.session.add(coupon)
    return coupon


@handles(IssueCoupon)
def issue_coupon(ctx: Context, cmd: IssueCoupon) -> dict[str, Any]:
    member = member_by_id(ctx.session, cmd.member_id)
    coupon = _issue(ctx, cmd.coupon_id, cmd.code, member.id, cmd.template_id, cmd.source)
    return {
        "coupon_id": coupon.id,
        "code": coupon.code,
        "valid_until": coupon.valid_until.isoformat(),
    }


@handles(UseBenefit)
def use_benefit(ctx: Context, cmd: UseBenefit) -> dict[str, Any]:
    member = member_by_id(ctx.session, cmd.member_id)
    benefit = next(
        (b for b in benefits_of(ctx.session, member.tier_code) if b.id == cmd.benefit_id), None
    )
    if benefit is None:
        raise InvalidInput(field="benefit_id", problem="not a benefit of the member's tier")
    key = period_key(benefit.period, ctx.at, member.enrolled_on) if benefit.period else "lifetime"
    used = ctx.session.execute(
        select(func.count()).where(
            BenefitUse.member_id == member.id,
            BenefitUse.benefit_id == benefit.id,
            BenefitUse.period_key == key,
        )
    ).scalar_one()
    check_quota(benefit, int(used))
    result: dict[str, Any] = {"benefit_id": benefit.id, "kind": benefit.kind, "period": key}
    if benefit.kind == "birthday_gift":
        if not birthday_active(member.birthday, ctx.at.date(), "month"):
            raise InvalidInput(field="benefit_id", problem="only in the member's birthday month")
        if benefit.value > 0:
            rules = rules_at(ctx.session, ctx.at.date())
            ledger.credit(
                ctx,
                member.id,
                benefit.value,
                kind="gift",
                available_at=ctx.at,
                expires_at=rules.expiry.expires_at(ctx.at),
                reason="birthday_gift",
            )
            result["points"] = benefit.value
    elif benefit.kind == "free_shipping_coupon":
        if not benefit.ref:
            raise InvalidInput(field="benefit_id", problem="benefit has no coupon template")
        cid = ctx.next_id("coupon")
        coupon = _issue(ctx, cid, coupon_code(cid), member.id, benefit.ref, f"benefit:{benefit.id}")
        result["coupon"] = coupon.code
    ctx.session.add(
        BenefitUse(
            id=ctx.next_id("benefit_use"),
            benefit_id=benefit.id,
            member_id=member.id,
            period_key=key,
            used_at=ctx.at,
            command_id=ctx.env.id,
        )
    )
    return result


@handles(ExpirePoints)
def expire(ctx: Context, cmd: ExpirePoints) -> dict[str, Any]:
    members = (
        [member_by_id(ctx.session, cmd.member_id).id]
        if cmd.member_id
        else ledger.members_with_due_lots(ctx.session, ctx.at, EXPIRY_BATCH)
    )
    expired: dict[str, int] = {}
    for member_id in members:
        entry = ledger.expire_due(ctx, member_id)
        if entry is not None:
            expired[member_id] = -entry.points
    return {"members": len(expired), "points": sum(expired.values()), "expired": expired}
