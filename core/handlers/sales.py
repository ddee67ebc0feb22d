"""Sales and refunds: discounts, coupons, points as cash, earning, and taking it all back."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from core import ledger
from core.benefits import discount_fen
from core.catalog import rules_at, rules_version, tier_by_code, tier_discount_bp
from core.commands.base import Context, Envelope, handles
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
from core.tiers import TierDef


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


def earn_on_lines(
    rules: PointRules,
    lines: list[SaleLine],
    *,
    tier: TierDef,
    birthday: date | None,
    at: datetime,
    earned_today: int,
) -> EarnResult:
    """The points these lines (amounts already net of discounts) earn a member of ``tier``."""
    return compute_earn(
        rules,
        lines,
        tier_code=tier.code,
        tier_name=tier.name,
        at=at,
        birthday=birthday,
        earned_today=earned_today,
    )


def preview_earn(
    session: Session, member: Member, rules: PointRules, lines: list[SaleLine], at: datetime
) -> EarnResult:
    """The points these lines (amounts already net of discounts) earn the member at ``at``."""
    return earn_on_lines(
        rules,
        lines,
        tier=tier_by_code(session, member.tier_code),
        birthday=member.birthday,
        at=at,
        earned_today=earned_today(session, member.id, at),
    )


def tier_discount(session: Session, member: Member, gross_fen: int) -> int:
    """What the member's tier takes off a bill (rounded in the chain's favour)."""
    return tier_discount_of(session, member.tier_code, gross_fen)


def tier_discount_of(session: Session, tier_code: str, gross_fen: int) -> int:
    """What a tier takes off a bill (rounded in the chain's favour)."""
    return discount_fen(gross_fen, tier_discount_bp(session, tier_code))


def sale_rules(session: Session, cmd: RecordSale, at: datetime) -> PointRules:
    """The rule set a sale is computed with: the version the till used, else the one in force."""
    if cmd.rule_version is not None:
        return rules_version(session, cmd.rule_version)
    return rules_at(session, at.date())


def gross_of(cmd: RecordSale) -> int:
    return sum(line.amount_fen for line in cmd.lines)


def points_cash(rules: PointRules, cmd: RecordSale, net: int) -> int:
    """What the points the sale spends pay, in fen; refuses more than the bill allows."""
    if not cmd.points_to_spend:
        return 0
    most = max_points_for_bill(rules, net)
    if cmd.points_to_spend > most:
        raise PointsCashLimit(max_points=most, requested=cmd.points_to_spend)
    return cash_value_of(rules, cmd.points_to_spend)


def paid_lines(cmd: RecordSale, paid: int) -> list[SaleLine]:
    """Points are earned on what the customer paid in money, spread over the lines."""
    shares = allocate(paid, [line.amount_fen for line in cmd.lines])
    return [
        SaleLine(category=line.category, amount_fen=p)
        for line, p in zip(cmd.lines, shares, strict=True)
    ]


def sale_values(
    env: Envelope,
    cmd: RecordSale,
    *,
    member_id: str | None,
    rules: PointRules,
    gross: int,
    tier_disc: int,
    coupon_id: str | None,
    coupon_disc: int,
    points_cash_fen: int,
    earn: EarnResult | None,
) -> dict[str, Any]:
    """The ``sales`` row of a recorded sale (every path writes exactly this)."""
    net = gross - tier_disc - coupon_disc
    return {
        "id": cmd.sale_id,
        "receipt_no": cmd.receipt_no,
        "member_id": member_id,
        "store_code": env.store_code,
        "device_id": env.device_id,
        "staff": env.staff,
        "at": env.device_time,
        "gross_fen": gross,
        "tier_discount_fen": tier_disc,
        "coupon_id": coupon_id,
        "coupon_discount_fen": coupon_disc,
        "net_fen": net,
        "points_spent": cmd.points_to_spend,
        "points_cash_fen": points_cash_fen,
        "paid_fen": net - points_cash_fen,
        "points_earned": earn.points if earn else 0,
        "rule_version": rules.version,
        "breakdown": [{"code": p.code, "points": p.points, **p.params} for p in earn.parts]
        if earn
        else [],
        "command_id": env.id,
    }


def sale_line_values(cmd: RecordSale) -> list[dict[str, Any]]:
    return [
        {
            "sale_id": cmd.sale_id,
            "line_no": i,
            "category": line.category,
            "amount_fen": line.amount_fen,
        }
        for i, line in enumerate(cmd.lines)
    ]


def qualifying_values(ctx: Context, member_id: str, net: int) -> dict[str, Any]:
    """What a sale counts towards tiers: its goods value, and one growth point per yuan."""
    return {
        "id": ctx.next_id("qualifying"),
        "member_id": member_id,
        "at": ctx.at,
        "spend_fen": net,
        "growth": net // 100,
        "command_id": ctx.env.id,
    }


def mismatch_detail(sale_id: str, expected: int | None, earned: int) -> dict[str, Any] | None:
    """The attention item's facts when the till printed other points than are earned."""
    if expected is None or expected == earned:
        return None
    return {"sale_id": sale_id, "device_points": expected, "server_points": earned}


@handles(RecordSale)
def record_sale(ctx: Context, cmd: RecordSale) -> dict[str, Any]:
    gross = gross_of(cmd)
    if read(ctx.session, _SALE_EXISTS, {"id": cmd.sale_id}) is not None:
        raise InvalidInput(field="sale_id", problem="already recorded")
    rules = sale_rules(ctx.session, cmd, ctx.at)
    member: Member | None = None
    tier_disc = coupon_disc = 0
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
    cash = points_cash(rules, cmd, net)
    earn: EarnResult | None = None
    if member is not None:
        earn = preview_earn(ctx.session, member, rules, paid_lines(cmd, net - cash), ctx.at)
    values = sale_values(
        ctx.env,
        cmd,
        member_id=member.id if member else None,
        rules=rules,
        gross=gross,
        tier_disc=tier_disc,
        coupon_id=coupon.id if coupon else None,
        coupon_disc=coupon_disc,
        points_cash_fen=cash,
        earn=earn,
    )
    put(ctx.session, Sale(**values))
    for line in sale_line_values(cmd):
        put(ctx.session, SaleLineRow(**line))
    if member is None or earn is None:
        return sale_result(values, None)

    sale_id = cmd.sale_id
    if coupon is not None:
        coupon.status, coupon.used_sale_id, coupon.used_at = "used", sale_id, ctx.at
    if cmd.points_to_spend:
        spend = ledger.debit(
            ctx,
            member.id,
            cmd.points_to_spend,
            kind="spend",
            member_code=member.code,
            allow_debt=ctx.facts,
            sale_id=sale_id,
        )
        if spend.debt_delta:
            raise_attention(
                ctx, "points_overdraft", member.id, sale_id=sale_id, debt=spend.debt_delta
            )
    if earn.points > 0:
        ledger.credit(
            ctx,
            member.id,
            earn.points,
            kind="earn",
            available_at=earn.available_at,
            expires_at=earn.expires_at,
            sale_id=sale_id,
            detail={"rule_version": rules.version},
        )
    mismatch = mismatch_detail(sale_id, cmd.expected_points, earn.points)
    if mismatch is not None:
        raise_attention(ctx, "points_mismatch", member.id, **mismatch)
    put(ctx.session, QualifyingEvent(**qualifying_values(ctx, member.id, net)))
    ledger.write_accounts(ctx.session)
    ctx.session.flush()
    tier_change = upgrade_if_qualified(ctx, member)
    return member_sale_result(values, earn, member.id, member.code, tier_change)


def member_sale_result(
    sale: Mapping[str, Any],
    earn: EarnResult,
    member_id: str,
    member_code: str,
    tier_change: dict[str, Any] | None,
) -> dict[str, Any]:
    """What a member's sale answers (stored as the command's result)."""
    result = sale_result(sale, earn)
    result["member_id"] = member_id
    result["member_code"] = member_code
    if tier_change:
        result["tier_change"] = tier_change
    return result


def sale_result(sale: Mapping[str, Any], earn: EarnResult | None) -> dict[str, Any]:
    return {
        "sale_id": sale["id"],
        "receipt_no": sale["receipt_no"],
        "gross_fen": sale["gross_fen"],
        "tier_discount_fen": sale["tier_discount_fen"],
        "coupon_discount_fen": sale["coupon_discount_fen"],
        "points_spent": sale["points_spent"],
        "points_cash_fen": sale["points_cash_fen"],
        "amount_paid_fen": sale["paid_fen"],
        "points_earned": sale["points_earned"],
        "rule_version": sale["rule_version"],
        "breakdown": sale["breakdown"],
        "breakdown_text": earn.describe() if earn else "",
        "points_available_at": earn.available_at.isoformat() if earn and earn.points else None,
    }


@dataclass(frozen=True)
class RefundShares:
    """What refunding ``amount_fen`` of a sale takes back and gives back (before checks)."""

    sale_refunded_fen: int
    sale_net_fen: int
    amount_fen: int
    refundable_fen: int
    points_reversed: int
    points_returned: int
    cash_fen: int

    def share(self, total: int) -> int:
        """``total``'s part for the sale refunded so far with this refund. Cumulative
        shares, so that repeated partial refunds add up to exactly the whole."""
        cumulative, whole = self.sale_refunded_fen + self.amount_fen, self.sale_net_fen
        return total if cumulative >= whole else pro_rata(total, cumulative, whole)


def refund_shares(sale: Sale, amount_fen: int | None) -> RefundShares:
    """The shares of a refund of ``amount_fen`` (None: what is left) of ``sale``."""
    refundable = sale.net_fen - sale.refunded_fen
    amount = refundable if amount_fen is None else amount_fen
    base = RefundShares(sale.refunded_fen, sale.net_fen, amount, refundable, 0, 0, 0)
    return replace(
        base,
        points_reversed=base.share(sale.points_earned) - sale.points_reversed,
        points_returned=base.share(sale.points_spent) - sale.points_returned,
        cash_fen=base.share(sale.paid_fen) - sale.cash_refunded_fen,
    )


@handles(RefundSale)
def refund_sale(ctx: Context, cmd: RefundSale) -> dict[str, Any]:
    sale = ctx.session.get(Sale, cmd.sale_id)
    if sale is None:
        sale = ctx.session.execute(
            select(Sale).where(Sale.receipt_no == cmd.sale_id)
        ).scalar_one_or_none()
    if sale is None:
        raise SaleNotFound(sale_id=cmd.sale_id)
    shares = refund_shares(sale, cmd.amount_fen)
    amount, refundable = shares.amount_fen, shares.refundable_fen
    if amount > refundable or (amount == 0 and sale.refunded_fen > 0) or refundable < 0:
        raise RefundTooLarge(sale_id=sale.receipt_no, refundable=refundable, requested=amount)
    cumulative = sale.refunded_fen + amount
    whole = sale.net_fen
    reverse, give_back, cash = shares.points_reversed, shares.points_returned, shares.cash_fen
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
                growth=-(
                    shares.share(whole // 100) - pro_rata(whole // 100, sale.refunded_fen, whole)
                ),
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
