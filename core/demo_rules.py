"""The demo programme: point rules, tier policy, tier ladder and benefits of a typical chain.

Used to seed a fresh installation and by tests; real programmes are edited in
the back office and stored as data.
"""

from __future__ import annotations

from datetime import date

from core.benefits import Benefit
from core.rules import Campaign, ExpiryPolicy, PointRules
from core.tiers import TierDef, TierPolicy

WEDNESDAY = 2


def demo_rules() -> PointRules:
    """Version 1, effective 2020-01-01: 1 point per yuan, 会员日 Wednesdays, 双十一, 生日月.

    双十一 is a yearly campaign (every 11 Nov: ``months={11}, month_days={11}``).
    会员日 and 双十一 are non-stackable (a Wednesday 11 Nov doubles once); the
    birthday-month bonus stacks on top.
    """
    return PointRules(
        version=1,
        effective_from=date(2020, 1, 1),
        base_rate=100,
        category_rates={"high_margin": 500, "traffic": 100, "general": 100, "fresh": 50},
        tier_multipliers={"T0": 100, "T1": 110, "T2": 120, "T3": 150, "T4": 200},
        campaigns=(
            Campaign(
                code="member_day",
                name="会员日",
                extra_pct=100,
                weekdays=frozenset({WEDNESDAY}),
                stackable=False,
            ),
            Campaign(
                code="double_11",
                name="双十一",
                extra_pct=100,
                months=frozenset({11}),
                month_days=frozenset({11}),
                stackable=False,
            ),
            Campaign(
                code="birthday",
                name="生日月",
                extra_pct=100,
                birthday_month_only=True,
                stackable=True,
            ),
        ),
        daily_cap=20_000,
        pending_days=7,
        expiry=ExpiryPolicy.rolling(730),
        points_cash_rate=100,
        points_cash_max_pct=50,
    )


def demo_tier_policy() -> TierPolicy:
    """Spend over a rolling 12 months, 30 days of grace before a downgrade."""
    return TierPolicy(measure="spend", window="rolling12", grace_days=30)


def demo_tiers() -> tuple[TierDef, ...]:
    """普通 / 铜牌 ¥3,000 / 银牌 ¥8,000 / 金牌 ¥20,000 / 钻石 ¥50,000 (thresholds in fen)."""
    return (
        TierDef("T0", "普通", 0, 0),
        TierDef("T1", "铜牌", 1, 300_000),
        TierDef("T2", "银牌", 2, 800_000),
        TierDef("T3", "金牌", 3, 2_000_000),
        TierDef("T4", "钻石", 4, 5_000_000),
    )


def demo_benefits() -> tuple[Benefit, ...]:
    """Discounts T1 2% / T2 5% / T3 8% / T4 12%; multipliers as in demo_rules; birthday
    points T2 200 / T3 500 / T4 1000 once a year; free shipping coupons T3 2 / T4 5 a
    month; priority service T3 and T4.
    """
    rules = demo_rules()
    out: list[Benefit] = []
    for code, bp in (("T1", 200), ("T2", 500), ("T3", 800), ("T4", 1200)):
        out.append(Benefit(id=f"{code}.discount", tier_code=code, kind="discount", value=bp))
    for code in ("T1", "T2", "T3", "T4"):
        out.append(
            Benefit(
                id=f"{code}.points_multiplier",
                tier_code=code,
                kind="points_multiplier",
                value=rules.multiplier_for(code),
            )
        )
    for code, points in (("T2", 200), ("T3", 500), ("T4", 1000)):
        out.append(
            Benefit(
                id=f"{code}.birthday_gift",
                tier_code=code,
                kind="birthday_gift",
                value=points,
                quota=1,
                period="year",
            )
        )
    for code, count in (("T3", 2), ("T4", 5)):
        out.append(
            Benefit(
                id=f"{code}.free_shipping",
                tier_code=code,
                kind="free_shipping_coupon",
                value=count,
                quota=count,
                period="month",
            )
        )
    for code in ("T3", "T4"):
        out.append(Benefit(id=f"{code}.priority_service", tier_code=code, kind="priority_service"))
    return tuple(out)
