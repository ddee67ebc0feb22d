"""What a sale will cost and earn, and what a refund will take back, before either is
recorded: the checkout's live preview.

``quote_sale`` calls the very functions ``core.handlers.sales.record_sale`` calls,
in the same order, inside one read-only session, so no rule is written twice; a
refund's shares are ``core.handlers.sales.refund_shares``, which the handler uses.
The checkout runs these on its database worker (``ui.ops.Op``), never on the UI
thread; ``tests/gui/pos/test_quote.py`` checks that a recorded sale matches its
quote to the fen and the point.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from core import clock
from core.catalog import rules_at, tier_discount_bp
from core.db.models import Coupon, CouponTemplate, Member, Sale
from core.errors import CouponNotFound, CouponNotUsable, MemberNotFound
from core.handlers.sales import coupon_discount, preview_earn, refund_shares, tier_discount
from core.ledger import Balances
from core.money import allocate
from core.rules import EarnResult, SaleLine, max_points_for_bill, points_cash_value
from core.services import DeviceServices, SaleLineInput


@dataclass(frozen=True)
class CouponChoice:
    """A usable coupon as the clerk picks it."""

    code: str
    name: str
    kind: str  # amount_off, percent_off, free_shipping
    value: int  # fen off, or basis points off
    threshold_fen: int
    valid_until: datetime


@dataclass(frozen=True)
class SaleContext:
    """What stays the same while one member's sale is typed: rates, categories, coupons."""

    member_id: str
    tier_discount_bp: int
    points_cash_rate: int  # points that pay one yuan
    points_cash_max_pct: int
    categories: tuple[str, ...]
    coupons: tuple[CouponChoice, ...]
    # Campaigns on for this member today: (name, extra percent of the base points).
    campaigns: tuple[tuple[str, int], ...] = ()
    # Points this device may spend for the member before the next sync without a
    # manager's override (core/offline.py); None: not bounded here.
    offline_spendable: int | None = None


@dataclass(frozen=True)
class SaleQuote:
    """A sale's figures as ``record_sale`` will compute them (fen and points)."""

    gross_fen: int
    tier_discount_fen: int
    coupon_discount_fen: int
    net_fen: int
    max_points: int  # the rules' cap for this bill (before the member's balance)
    points_used: int
    points_cash_fen: int
    paid_fen: int
    earn: EarnResult | None
    # Why the chosen coupon cannot be used now (a DomainError code param), if so.
    coupon_problem: str | None = None
    lines: tuple[SaleLineInput, ...] = field(default=())


def sale_context(
    services: DeviceServices, member_id: str, at: datetime | None = None
) -> SaleContext:
    """Rates, categories and the usable coupons for a member's sale."""
    when = at or clock.now()
    coupons = services.usable_coupons(member_id, when)
    allowance = services.offline_allowance(member_id, when)
    if not allowance.bounded:
        spendable: int | None = None
    else:
        spendable = 0 if allowance.sync_too_old else allowance.spendable
    with services.factory() as s:
        member = s.get(Member, member_id)
        if member is None:
            raise MemberNotFound(key=member_id)
        rules = rules_at(s, when.date())
        templates = {
            t.id: t
            for t in s.query(CouponTemplate).filter(
                CouponTemplate.id.in_({c.template_id for c in coupons})
            )
        }
        choices = tuple(
            CouponChoice(
                code=c.code,
                name=templates[c.template_id].name,
                kind=templates[c.template_id].kind,
                value=templates[c.template_id].value,
                threshold_fen=templates[c.template_id].threshold_fen,
                valid_until=c.valid_until,
            )
            for c in sorted(coupons, key=lambda c: c.valid_until)
            if c.template_id in templates
        )
        return SaleContext(
            member_id=member_id,
            tier_discount_bp=tier_discount_bp(s, member.tier_code),
            points_cash_rate=rules.points_cash_rate,
            points_cash_max_pct=rules.points_cash_max_pct,
            categories=tuple(sorted(rules.category_rates)),
            coupons=choices,
            campaigns=tuple(
                (c.name, c.extra_pct)
                for c in rules.campaigns
                if c.applies(on=when.date(), tier_code=member.tier_code, birthday=member.birthday)
            ),
            offline_spendable=spendable,
        )


def quote_sale(
    services: DeviceServices,
    member_id: str,
    lines: list[SaleLineInput],
    *,
    coupon_code: str | None = None,
    points: int = 0,
    at: datetime | None = None,
) -> SaleQuote:
    """The figures of a sale of ``lines`` for the member paying ``points`` as cash."""
    when = at or clock.now()
    gross = sum(li.amount_fen for li in lines)
    with services.factory() as s:
        member = s.get(Member, member_id)
        if member is None:
            raise MemberNotFound(key=member_id)
        rules = rules_at(s, when.date())
        tier_disc = tier_discount(s, member, gross)
        coupon_disc = 0
        problem: str | None = None
        if coupon_code:
            coupon = (
                s.query(Coupon)
                .filter(Coupon.code == coupon_code.strip().upper(), Coupon.member_id == member_id)
                .one_or_none()
            )
            if coupon is None:
                raise CouponNotFound(coupon=coupon_code)
            template = s.get(CouponTemplate, coupon.template_id)
            if template is not None:
                try:
                    coupon_disc = coupon_discount(template, coupon, gross - tier_disc, when)
                except CouponNotUsable as err:  # shown beside the coupon, not an error
                    problem = str(err.params.get("reason", "")) or "unusable"
        net = gross - tier_disc - coupon_disc
        most = max_points_for_bill(rules, net)
        # Not clamped: the screen warns, and record_sale refuses more than the cap.
        used = max(0, points)
        cash = min(points_cash_value(rules, used), net)
        paid = net - cash
        earn: EarnResult | None = None
        if lines and gross > 0:
            paid_lines = allocate(paid, [li.amount_fen for li in lines])
            earn = preview_earn(
                s,
                member,
                rules,
                [
                    SaleLine(category=li.category, amount_fen=p)
                    for li, p in zip(lines, paid_lines, strict=True)
                ],
                when,
            )
    return SaleQuote(
        gross_fen=gross,
        tier_discount_fen=tier_disc,
        coupon_discount_fen=coupon_disc,
        net_fen=net,
        max_points=most,
        points_used=used,
        points_cash_fen=cash,
        paid_fen=paid,
        earn=earn,
        coupon_problem=problem,
        lines=tuple(lines),
    )


@dataclass(frozen=True)
class RefundPreview:
    """What refunding ``amount_fen`` of a sale will take back and give back."""

    amount_fen: int
    refundable_fen: int
    points_reversed: int
    points_returned: int
    cash_fen: int
    # Points the member cannot cover (available + locked): they become points debt.
    debt: int


def refund_preview(sale: Sale, amount_fen: int | None, balances: Balances | None) -> RefundPreview:
    """The shares ``refund_sale`` takes, for the screen before confirming.

    The debt is the part of the reversal beyond what the member holds; the handler
    also turns back into debt any debt the sale's points had repaid, which this
    leaves out."""
    shares = refund_shares(sale, amount_fen)
    reverse = max(0, shares.points_reversed)
    held = balances.available + balances.locked if balances is not None else reverse
    return RefundPreview(
        amount_fen=shares.amount_fen,
        refundable_fen=shares.refundable_fen,
        points_reversed=reverse,
        points_returned=max(0, shares.points_returned),
        cash_fen=max(0, shares.cash_fen),
        debt=max(0, reverse - max(0, held)),
    )
