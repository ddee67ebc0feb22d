"""The checkout's preview (core.quote) against what record_sale then records, over many sales."""

from __future__ import annotations

import random

from core.directory import MemberRow
from core.errors import DomainError
from core.quote import quote_sale, sale_context
from core.services import DeviceServices, SaleLineInput


def test_quotes_match_recorded_sales_to_the_fen_and_the_point(
    gui_services: DeviceServices, member_rows: list[MemberRow]
) -> None:
    rng = random.Random(20261127)
    active = [r for r in member_rows if r.status == "active" and not r.frozen]
    templates = ["CT-100-10", "CT-200-30", "CT-90", "CT-95"]
    checked = 0
    for _ in range(60):
        member = rng.choice(active)
        if rng.random() < 0.4:
            gui_services.issue_coupon(member.code, rng.choice(templates))
        ctx = sale_context(gui_services, member.id)
        lines = [
            SaleLineInput(rng.randint(1, 60_000), rng.choice([None, *ctx.categories]))
            for _ in range(rng.randint(1, 3))
        ]
        coupon = rng.choice([None, *[c.code for c in ctx.coupons]])
        first = quote_sale(gui_services, member.id, lines, coupon_code=coupon)
        available = gui_services.card(member.id).points.available
        points = rng.choice([0, min(first.max_points, available), rng.randint(0, 500)])
        quote = quote_sale(gui_services, member.id, lines, coupon_code=coupon, points=points)
        try:
            result = gui_services.record_sale(
                lines,
                member_key=member.code,
                points_to_spend=points,
                coupon_code=coupon if quote.coupon_problem is None else None,
            ).result
        except DomainError as err:
            # Refused sales are the ones the screen warns about before Enter.
            assert err.code in ("points_cash_limit", "insufficient_points")
            assert points > quote.max_points or points > available
            continue
        if quote.coupon_problem is not None:
            continue  # recorded without the coupon: another sale than the one quoted
        assert result["gross_fen"] == quote.gross_fen
        assert result["tier_discount_fen"] == quote.tier_discount_fen
        assert result["coupon_discount_fen"] == quote.coupon_discount_fen
        assert result["points_cash_fen"] == quote.points_cash_fen
        assert result["amount_paid_fen"] == quote.paid_fen
        assert quote.earn is not None
        assert result["points_earned"] == quote.earn.points
        checked += 1
    assert checked >= 30
