"""Sales and refunds: discounts, coupons, points as cash, earning, and taking it all back."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from core import ledger
from core.benefits import discount_fen
from core.catalog import rules_at, rules_version, tier_by_code, tier_discount_bp
from core.commands.base import Context, handles
from core.commands.payloads import RecordSale, RefundSale
from core.db.direct import put, read
from core.db.models import (
    Coupon,
    CouponTemplate,
    Member,
    PointEntry,
    QualifyingEvent,
    Refund,
    Sale,
    SaleLineRow,
)
from core.errors import (
    CouponNotFound,
    CouponNotUsable,
    InvalidInput,
    PointsCashLimit,
    RefundTooLarge,
    SaleNotFound,
)
from core.handlers.common import active_account, member_by_id, raise_attention
from core.handlers.tiering import upgrade_if_qualified
from core.money import allocate, pro_rata
from core.rules import EarnResult, PointRules, SaleLine, compute_earn, max_points_for_bill
from core.rules import points_cash_value as cash_value_of


def coupon_discount(template: CouponTemplate, coupon: Coupon, base_fen: int, at: datetime) -> int:
    """What a coupon takes off ``base_fen``; refuses a coupon that cannot be used now."""
    if coupon.status != "issued":
        raise CouponNotUsable(coupon=coupon.code, reason=coupon.status)
    if at < coupon.valid_from:
        raise CouponNotUsable(coupon=coupon.code, reason="not_yet_valid")
    if at >= coupon.valid_until:
        raise CouponNotUsable(coupon=coupon.code, reason="expired")
    if base_fen < template.threshold_fen:
        raise CouponNotUsable(coupon=coupon.code, reason="below_threshold")
    if template.kind == "amount_off":
        return min(template.value, base_fen)
    if template.kind == "percent_off":
        return base_fen * template.value // 10000
    return 0  # free shipping: nothing off the goods, but the coupon is used


_entries = PointEntry.__table__.c
_EARNED_BETWEEN = select(func.coalesce(func.sum(_entries.points), 0)).where(
    _entries.member_id == bindparam("member_id"),
    _entries.kind == "earn",
    _entries.created_at >= bindparam("start"),
    _entries.created_at < bindparam("end"),
)
_SALE_EXISTS = select(Sale.__table__.c.id).where(Sale.__table__.c.id == bindparam("id"))


def earned_today(session: Session, member_id: str, at: datetime) -> int:
    """Points the member earned from sales on ``at``'s calendar day (for the daily cap)."""
    start = datetime.combine(at.date(), datetime.min.time())
    end = start + timedelta(days=1)
    total = read(session, _EARNED_BETWEEN, {"member_id": member_id, "start": start, "end": end})
    return int(total)


def preview_earn(
    session: Session, member: Member, rules: PointRules, lines: list[SaleLine], at: datetime
) -> EarnResult:
    """The points these lines (amounts already net of discounts) earn the member at ``at``."""
    tier = tier_by_code(session, member.tier_code)
    return compute_earn(
        rules,
        lines,
        tier_code=tier.code,
        tier_name=tier.name,
        at=at,
        birthday=member.birthday,
        earned_today=earned_today(session, member.id, at),
    )


def tier_discount(session: Session, member: Member, gross_fen: int) -> int:
    """What the member's tier takes off a bill (rounded in the chain's favour)."""
    return discount_fen(gross_fen, tier_discount_bp(session, member.tier_code))


@handles(RecordSale)
def record_sale(ctx: Context, cmd: RecordSale) -> dict[str, Any]:
    gross = sum(line.amount_fen for line in cmd.lines)
    if read(ctx.session, _SALE_EXISTS, {"id": cmd.sale_id}) is not None:
        raise InvalidInput(field="sale_id", problem="already recorded")
    rules = (
        rules_version(ctx.session, cmd.rule_version)
        if cmd.rule_version is not None
        else rules_at(ctx.session, ctx.at.date())
    )
    member: Member | None = None
    tier_disc = coupon_disc = points_cash = 0
    coupon: Coupon | None = None
    if cmd.member_id is not None:
        member = member_by_id(ctx.session, cmd.member_id)
        active_account(ctx, member)
        ledger.expire_due(ctx, member.id)
        tier_disc = tier_discount(ctx.session, member, gross)
        if cmd.coupon_id is not None:
            coupon = ctx.session.get(Coupon, cmd.coupon_id)
            if coupon is None or coupon.member_id != member.id:
                raise CouponNotFound(coupon=cmd.coupon_id)
            template = ctx.session.get(CouponTemplate, coupon.template_id)
            assert template is not None
            coupon_disc = coupon_discount(template, coupon, gross - tier_disc, ctx.at)
    net = gross - tier_disc - coupon_disc
    if cmd.points_to_spend:
        assert member is not None
        most = max_points_for_bill(rules, net)
        if cmd.points_to_spend > most:
            raise PointsCashLimit(max_points=most, requested=cmd.points_to_spend)
        points_cash = cash_value_of(rules, cmd.points_to_spend)
    paid = net - points_cash
    earn: EarnResult | None = None
    if member is not None:
        # Points are earned on what the customer paid in money, spread over the lines.
        paid_lines = allocate(paid, [line.amount_fen for line in cmd.lines])
        earn = preview_earn(
            ctx.session,
            member,
            rules,
            [
                SaleLine(category=line.category, amount_fen=p)
                for line, p in zip(cmd.lines, paid_lines, strict=True)
            ],
            ctx.at,
        )
    sale = Sale(
        id=cmd.sale_id,
        receipt_no=cmd.receipt_no,
        member_id=member.id if member else None,
        store_code=ctx.env.store_code,
        device_id=ctx.env.device_id,
        staff=ctx.env.staff,
        at=ctx.at,
        gross_fen=gross,
        tier_discount_fen=tier_disc,
        coupon_id=coupon.id if coupon else None,
        coupon_discount_fen=coupon_disc,
        net_fen=net,
        points_spent=cmd.points_to_spend,
        points_cash_fen=points_cash,
        paid_fen=paid,
        points_earned=earn.points if earn else 0,
        rule_version=rules.version,
        breakdown=[{"code": p.code, "points": p.points, **p.params} for p in earn.parts]
        if earn
        else [],
        command_id=ctx.env.id,
    )
    put(ctx.session, sale)
    for i, line in enumerate(cmd.lines):
        put(
            ctx.session,
            SaleLineRow(
                sale_id=sale.id, line_no=i, category=line.category, amount_fen=line.amount_fen
            ),
        )
    if member is None or earn is None:
        return _sale_result(sale, None)

    if coupon is not None:
        coupon.status, coupon.used_sale_id, coupon.used_at = "used", sale.id, ctx.at
    if cmd.points_to_spend:
        spend = ledger.debit(
            ctx,
            member.id,
            cmd.points_to_spend,
            kind="spend",
            member_code=member.code,
            allow_debt=ctx.facts,
            sale_id=sale.id,
        )
        if spend.debt_delta:
            raise_attention(
                ctx, "points_overdraft", member.id, sale_id=sale.id, debt=spend.debt_delta
            )
    if earn.points > 0:
        ledger.credit(
            ctx,
            member.id,
            earn.points,
            kind="earn",
            available_at=earn.available_at,
            expires_at=earn.expires_at,
            sale_id=sale.id,
            detail={"rule_version": rules.version},
        )
    if cmd.expected_points is not None and cmd.expected_points != earn.points:
        raise_attention(
            ctx,
            "points_mismatch",
            member.id,
            sale_id=sale.id,
            device_points=cmd.expected_points,
            server_points=earn.points,
        )
    put(
        ctx.session,
        QualifyingEvent(
            id=ctx.next_id("qualifying"),
            member_id=member.id,
            at=ctx.at,
            spend_fen=net,
            growth=net // 100,
            command_id=ctx.env.id,
        ),
    )
    ctx.session.flush()
    tier_change = upgrade_if_qualified(ctx, member)
    result = _sale_result(sale, earn)
    result["member_id"] = member.id
    result["member_code"] = member.code
    if tier_change:
        result["tier_change"] = tier_change
    return result


def _sale_result(sale: Sale, earn: EarnResult | None) -> dict[str, Any]:
    return {
        "sale_id": sale.id,
        "receipt_no": sale.receipt_no,
        "gross_fen": sale.gross_fen,
        "tier_discount_fen": sale.tier_discount_fen,
        "coupon_discount_fen": sale.coupon_discount_fen,
        "points_spent": sale.points_spent,
        "points_cash_fen": sale.points_cash_fen,
        "amount_paid_fen": sale.paid_fen,
        "points_earned": sale.points_earned,
        "rule_version": sale.rule_version,
        "breakdown": sale.breakdown,
        "breakdown_text": earn.describe() if earn else "",
        "points_available_at": earn.available_at.isoformat() if earn and earn.points else None,
    }


@handles(RefundSale)
def refund_sale(ctx: Context, cmd: RefundSale) -> dict[str, Any]:
    sale = ctx.session.get(Sale, cmd.sale_id)
    if sale is None:
        sale = ctx.session.execute(
            select(Sale).where(Sale.receipt_no == cmd.sale_id)
        ).scalar_one_or_none()
    if sale is None:
        raise SaleNotFound(sale_id=cmd.sale_id)
    refundable = sale.net_fen - sale.refunded_fen
    amount = refundable if cmd.amount_fen is None else cmd.amount_fen
    if amount > refundable or (amount == 0 and sale.refunded_fen > 0) or refundable < 0:
        raise RefundTooLarge(sale_id=sale.receipt_no, refundable=refundable, requested=amount)
    cumulative = sale.refunded_fen + amount
    whole = sale.net_fen

    def share(total: int) -> int:
        # Cumulative shares, so that repeated partial refunds add up to exactly the whole.
        return total if cumulative >= whole else pro_rata(total, cumulative, whole)

    reverse = share(sale.points_earned) - sale.points_reversed
    give_back = share(sale.points_spent) - sale.points_returned
    cash = share(sale.paid_fen) - sale.cash_refunded_fen
    debt_created = 0
    if sale.member_id is not None:
        member = member_by_id(ctx.session, sale.member_id)
        ledger.expire_due(ctx, member.id)
        if reverse > 0:
            earn = ctx.session.execute(
                select(PointEntry).where(PointEntry.sale_id == sale.id, PointEntry.kind == "earn")
            ).scalar_one()
            entry = ledger.reverse_earn(ctx, earn, reverse, sale_id=sale.id)
            debt_created = int(entry.detail.get("debt_created", 0)) + int(
                entry.detail.get("redebt", 0)
            )
        if give_back > 0:
            spend = ctx.session.execute(
                select(PointEntry).where(PointEntry.sale_id == sale.id, PointEntry.kind == "spend")
            ).scalar_one()
            rules = rules_at(ctx.session, ctx.at.date())
            ledger.return_spend(
                ctx,
                spend,
                give_back,
                kind="spend_return",
                expires_at=rules.expiry.expires_at(ctx.at),
                sale_id=sale.id,
            )
            ledger.expire_due(ctx, member.id)
        put(
            ctx.session,
            QualifyingEvent(
                id=ctx.next_id("qualifying"),
                member_id=member.id,
                at=ctx.at,
                spend_fen=-amount,
                growth=-(share(whole // 100) - pro_rata(whole // 100, sale.refunded_fen, whole)),
                command_id=ctx.env.id,
            ),
        )
    sale.refunded_fen = cumulative
    sale.points_reversed += reverse
    sale.points_returned += give_back
    sale.cash_refunded_fen += cash
    put(
        ctx.session,
        Refund(
            id=cmd.refund_id,
            sale_id=sale.id,
            amount_fen=amount,
            cash_fen=cash,
            points_reversed=reverse,
            points_returned=give_back,
            debt_created=debt_created,
            at=ctx.at,
            command_id=ctx.env.id,
        ),
    )
    return {
        "refund_id": cmd.refund_id,
        "sale_id": sale.id,
        "receipt_no": sale.receipt_no,
        "amount_fen": amount,
        "cash_refund_fen": cash,
        "points_reversed": reverse,
        "points_returned": give_back,
        "debt_created": debt_created,
        "fully_refunded": cumulative >= whole,
    }
