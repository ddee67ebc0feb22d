"""Point-earning rules: exact hand-computed figures, validation, and properties."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.demo_rules import demo_rules
from core.errors import InvalidInput, NotConfigured
from core.rules import (
    Campaign,
    EarnPart,
    EarnResult,
    ExpiryPolicy,
    FrozenMap,
    PointRules,
    SaleLine,
    compute_earn,
    max_points_for_bill,
    points_cash_value,
    rules_by_version,
    select_rules,
)

THURSDAY = datetime(2026, 3, 5, 14, 30)  # a Thursday, no demo campaign
WEDNESDAY = datetime(2026, 3, 4, 9, 0)


def make_rules(**overrides: Any) -> PointRules:
    fields: dict[str, Any] = {
        "version": 1,
        "effective_from": date(2020, 1, 1),
        "base_rate": 100,
        "expiry": ExpiryPolicy.rolling(730),
        "points_cash_rate": 100,
        "points_cash_max_pct": 50,
    }
    fields.update(overrides)
    return PointRules(**fields)


def earn(
    rules: PointRules,
    lines: list[SaleLine],
    *,
    tier: str = "T0",
    tier_name: str = "普通",
    at: datetime = THURSDAY,
    birthday: date | None = None,
    earned_today: int = 0,
) -> EarnResult:
    return compute_earn(
        rules,
        lines,
        tier_code=tier,
        tier_name=tier_name,
        at=at,
        birthday=birthday,
        earned_today=earned_today,
    )


def codes(result: EarnResult) -> list[tuple[str, int]]:
    out = []
    for p in result.parts:
        name = str(p.params.get("campaign_code", "")) if p.code == "campaign" else ""
        out.append((f"{p.code}:{name}" if name else p.code, p.points))
    return out


# --------------------------------------------------------------------------- base and categories


def test_one_point_per_yuan_rounds_down() -> None:
    r = earn(make_rules(), [SaleLine("general", 12850)])  # ¥128.50
    assert r.points == 128
    assert codes(r) == [("base", 128)]
    assert r.parts[0].params == {"amount_fen": 12850}
    assert r.rule_version == 1


def test_floor_is_over_the_whole_sale_not_per_line() -> None:
    # two lines of ¥0.50: each alone is half a point, together one point
    r = earn(make_rules(), [SaleLine(None, 50), SaleLine(None, 50)])
    assert r.points == 1


def test_category_rates_override_base() -> None:
    rules = make_rules(category_rates={"high_margin": 500, "fresh": 50, "traffic": 100})
    lines = [
        SaleLine("high_margin", 1000),  # ¥10 at 5/yuan   = 50
        SaleLine("fresh", 999),  # ¥9.99 at 0.5/yuan = 4.995
        SaleLine("traffic", 2000),  # ¥20 at 1/yuan      = 20
        SaleLine(None, 300),  # ¥3 at base         = 3
        SaleLine("toys", 700),  # unknown category -> base = 7
    ]
    # 50 + 4.995 + 20 + 3 + 7 = 84.995 -> 84
    assert earn(rules, lines).points == 84


def test_fresh_half_point_per_yuan() -> None:
    rules = make_rules(category_rates={"fresh": 50})
    assert earn(rules, [SaleLine("fresh", 19900)]).points == 99  # ¥199 -> 99.5 -> 99


def test_zero_and_empty_sales_earn_nothing_but_are_valid() -> None:
    for lines in ([], [SaleLine("general", 0)], [SaleLine(None, 99)]):
        r = earn(make_rules(), lines)
        assert r.points == 0
        assert codes(r) == [("base", 0)]
        assert r.describe() == "0 base"


def test_negative_line_amount_is_refused() -> None:
    with pytest.raises(InvalidInput) as err:
        earn(make_rules(), [SaleLine("general", 100), SaleLine("general", -1)])
    assert err.value.params["field"] == "lines[1].amount_fen"


def test_float_amount_is_refused() -> None:
    with pytest.raises(InvalidInput):
        earn(make_rules(), [SaleLine("general", 100.0)])  # type: ignore[arg-type]


# ------------------------------------------------------------------------------- tier multiplier


def test_tier_multiplier_adds_a_bonus_part() -> None:
    rules = make_rules(tier_multipliers={"T3": 150})
    r = earn(rules, [SaleLine("general", 10000)], tier="T3", tier_name="金牌")
    assert codes(r) == [("base", 100), ("tier_bonus", 50)]
    assert r.parts[1].params == {"tier_code": "T3", "tier_name": "金牌", "pct": 150}
    assert r.points == 150
    assert r.describe() == "100 base + 50 金牌 bonus"


def test_tier_bonus_is_floored_separately() -> None:
    rules = make_rules(tier_multipliers={"T1": 110})
    # ¥99.99: base 99.99 -> 99, bonus 9.999 -> 9 (not floor(109.989) = 109)
    r = earn(rules, [SaleLine("general", 9999)], tier="T1", tier_name="铜牌")
    assert codes(r) == [("base", 99), ("tier_bonus", 9)]
    assert r.points == 108


def test_tier_bonus_uses_category_weighted_points() -> None:
    rules = make_rules(category_rates={"high_margin": 500}, tier_multipliers={"T4": 200})
    r = earn(rules, [SaleLine("high_margin", 2000)], tier="T4", tier_name="钻石")  # ¥20 -> 100
    assert codes(r) == [("base", 100), ("tier_bonus", 100)]


def test_unlisted_tier_and_100_pct_give_no_bonus_part() -> None:
    rules = make_rules(tier_multipliers={"T0": 100, "T3": 150})
    assert codes(earn(rules, [SaleLine(None, 10000)], tier="T0")) == [("base", 100)]
    assert codes(earn(rules, [SaleLine(None, 10000)], tier="T9")) == [("base", 100)]


def test_small_sale_tier_bonus_of_zero_adds_no_part() -> None:
    rules = make_rules(tier_multipliers={"T1": 110})
    r = earn(rules, [SaleLine(None, 500)], tier="T1")  # 5 base, 0.5 bonus -> 0
    assert codes(r) == [("base", 5)]


# ------------------------------------------------------------------------------------- campaigns


def test_stackable_and_best_of_non_stackable() -> None:
    rules = make_rules(
        category_rates={"fresh": 50},
        campaigns=(
            Campaign(code="a", name="A", extra_pct=100),
            Campaign(code="b", name="B", extra_pct=50, categories=frozenset({"fresh"})),
            Campaign(code="c", name="C", extra_pct=20, stackable=True),
        ),
    )
    lines = [SaleLine("general", 10000), SaleLine("fresh", 10000)]  # base 100 + 50
    r = earn(rules, lines)
    # A: 150 * 100% = 150; B: 50 * 50% = 25 (loses to A); C: 150 * 20% = 30 (stacks)
    assert codes(r) == [("base", 150), ("campaign:a", 150), ("campaign:c", 30)]
    assert r.points == 330


def test_best_non_stackable_can_be_category_restricted() -> None:
    rules = make_rules(
        category_rates={"fresh": 50},
        campaigns=(
            Campaign(code="a", name="A", extra_pct=100),
            Campaign(code="b", name="B", extra_pct=400, categories=frozenset({"fresh"})),
            Campaign(code="c", name="C", extra_pct=20, stackable=True),
        ),
    )
    lines = [SaleLine("general", 10000), SaleLine("fresh", 10000)]
    # B: 50 * 400% = 200 beats A's 150
    assert codes(earn(rules, lines)) == [("base", 150), ("campaign:b", 200), ("campaign:c", 30)]


def test_tie_between_non_stackables_goes_to_the_first() -> None:
    r = earn(demo_rules(), [SaleLine("general", 10000)], at=datetime(2026, 11, 11, 10))
    # 2026-11-11 is a Wednesday: 会员日 and 双十一 both give 100; only the first applies
    assert codes(r) == [("base", 100), ("campaign:member_day", 100)]
    assert r.points == 200


def test_campaign_extra_is_on_base_points_not_tier_bonus() -> None:
    rules = make_rules(
        tier_multipliers={"T3": 120},
        campaigns=(Campaign(code="md", name="会员日", extra_pct=100),),
    )
    r = earn(rules, [SaleLine(None, 10000)], tier="T3", tier_name="金牌")
    assert codes(r) == [("base", 100), ("tier_bonus", 20), ("campaign:md", 100)]
    assert r.describe() == "100 base + 20 金牌 bonus + 100 会员日"


def test_campaign_part_params() -> None:
    rules = make_rules(campaigns=(Campaign(code="md", name="会员日", extra_pct=200),))
    r = earn(rules, [SaleLine(None, 10000)])
    assert r.parts[1] == EarnPart(
        "campaign", 200, {"campaign_code": "md", "campaign_name": "会员日", "pct": 200}
    )


def test_campaign_categories_skip_other_and_uncategorised_lines() -> None:
    rules = make_rules(
        campaigns=(
            Campaign(code="hm", name="HM", extra_pct=100, categories=frozenset({"high_margin"})),
        )
    )
    lines = [SaleLine("high_margin", 1234), SaleLine(None, 5000), SaleLine("fresh", 5000)]
    # base: 12.34 + 50 + 50 = 112.34 -> 112; campaign: 12.34 -> 12
    assert codes(earn(rules, lines)) == [("base", 112), ("campaign:hm", 12)]


def _applies(campaign: Campaign, on: date, tier: str = "T0", birthday: date | None = None) -> bool:
    return campaign.applies(on=on, tier_code=tier, birthday=birthday)


def test_weekday_filter() -> None:
    c = Campaign(code="md", name="会员日", extra_pct=100, weekdays=frozenset({2}))
    assert _applies(c, date(2026, 3, 4))  # Wednesday
    assert not _applies(c, date(2026, 3, 5))  # Thursday
    assert earn(make_rules(campaigns=(c,)), [SaleLine(None, 10000)], at=WEDNESDAY).points == 200
    assert earn(make_rules(campaigns=(c,)), [SaleLine(None, 10000)], at=THURSDAY).points == 100


def test_month_day_filter() -> None:
    c = Campaign(code="d8", name="8/18/28", extra_pct=100, month_days=frozenset({8, 18, 28}))
    assert _applies(c, date(2026, 3, 8))
    assert _applies(c, date(2026, 3, 18))
    assert _applies(c, date(2026, 2, 28))
    assert not _applies(c, date(2026, 3, 19))


def test_yearly_date_by_month_and_month_day() -> None:
    c = demo_rules().campaigns[1]
    assert c.code == "double_11"
    assert _applies(c, date(2025, 11, 11))
    assert _applies(c, date(2026, 11, 11))
    assert not _applies(c, date(2026, 12, 11))
    assert not _applies(c, date(2026, 11, 12))


def test_date_range_is_inclusive() -> None:
    c = Campaign(
        code="618", name="618", extra_pct=50, start=date(2026, 6, 1), end=date(2026, 6, 18)
    )
    assert not _applies(c, date(2026, 5, 31))
    assert _applies(c, date(2026, 6, 1))
    assert _applies(c, date(2026, 6, 18))
    assert not _applies(c, date(2026, 6, 19))
    rules = make_rules(campaigns=(c,))
    late = datetime(2026, 6, 18, 23, 59, 59)
    assert earn(rules, [SaleLine(None, 10000)], at=late).points == 150


def test_tier_filter() -> None:
    c = Campaign(code="vip", name="VIP", extra_pct=100, tiers=frozenset({"T3", "T4"}))
    assert _applies(c, date(2026, 3, 5), tier="T3")
    assert not _applies(c, date(2026, 3, 5), tier="T2")


def test_birthday_month_filter() -> None:
    c = Campaign(code="bd", name="生日月", extra_pct=100, birthday_month_only=True, stackable=True)
    assert _applies(c, date(2026, 3, 5), birthday=date(1990, 3, 20))
    assert not _applies(c, date(2026, 4, 5), birthday=date(1990, 3, 20))
    assert not _applies(c, date(2026, 3, 5), birthday=None)


def test_demo_birthday_stacks_on_member_day() -> None:
    r = earn(
        demo_rules(),
        [SaleLine("general", 10000)],
        tier="T3",
        tier_name="金牌",
        at=WEDNESDAY,
        birthday=date(1988, 3, 30),
    )
    assert codes(r) == [
        ("base", 100),
        ("tier_bonus", 50),
        ("campaign:member_day", 100),
        ("campaign:birthday", 100),
    ]
    assert r.points == 350
    assert r.describe() == "100 base + 50 金牌 bonus + 100 会员日 + 100 生日月"


def test_conditions_combine_with_and() -> None:
    c = Campaign(
        code="x",
        name="X",
        extra_pct=100,
        weekdays=frozenset({2}),
        month_days=frozenset({4}),
        tiers=frozenset({"T1"}),
    )
    assert _applies(c, date(2026, 3, 4), tier="T1")  # Wednesday the 4th
    assert not _applies(c, date(2026, 3, 11), tier="T1")  # Wednesday, not the 4th
    assert not _applies(c, date(2026, 3, 4), tier="T2")


# ------------------------------------------------------------------------------------- daily cap


def test_daily_cap_cuts_to_what_is_left() -> None:
    rules = make_rules(daily_cap=200)
    r = earn(rules, [SaleLine(None, 10000)], earned_today=150)
    assert codes(r) == [("base", 100), ("cap", -50)]
    assert r.points == 50
    assert r.parts[1].params == {"daily_cap": 200, "earned_today": 150}
    assert r.describe() == "100 base - 50 daily cap"


def test_daily_cap_exactly_reached_adds_no_part() -> None:
    r = earn(make_rules(daily_cap=200), [SaleLine(None, 10000)], earned_today=100)
    assert codes(r) == [("base", 100)]


def test_daily_cap_already_passed_gives_zero() -> None:
    r = earn(make_rules(daily_cap=200), [SaleLine(None, 10000)], earned_today=250)
    assert codes(r) == [("base", 100), ("cap", -100)]
    assert r.points == 0


def test_demo_daily_cap() -> None:
    # ¥30,000 of high-margin goods: 150,000 base points, capped at 20,000
    r = earn(demo_rules(), [SaleLine("high_margin", 3_000_000)])
    assert r.points == 20_000
    assert codes(r) == [("base", 150_000), ("cap", -130_000)]


def test_negative_earned_today_counts_as_zero() -> None:
    r = earn(make_rules(daily_cap=50), [SaleLine(None, 10000)], earned_today=-30)
    assert r.points == 50


# ---------------------------------------------------------------------- pending and expiry dates


def test_available_after_pending_days() -> None:
    r = earn(make_rules(pending_days=7), [SaleLine(None, 100)])
    assert r.available_at == datetime(2026, 3, 12, 14, 30)
    assert earn(make_rules(), [SaleLine(None, 100)]).available_at == THURSDAY


def test_rolling_expiry_is_midnight_after_the_last_day() -> None:
    p = ExpiryPolicy.rolling(730)
    assert p.expires_at(datetime(2026, 1, 1, 10, 0)) == datetime(2028, 1, 2)
    assert p.last_valid_day(date(2026, 1, 1)) == date(2028, 1, 1)
    r = earn(make_rules(), [SaleLine(None, 100)])
    # 2026-03-05 + 730 days = 2028-03-04 (2028-02-29 lies between): expires 2028-03-05 00:00
    assert r.expires_at == datetime(2028, 3, 5)


def test_rolling_expiry_across_feb_29() -> None:
    assert ExpiryPolicy.rolling(365).expires_at(datetime(2027, 3, 1, 8)) == datetime(2028, 3, 1)
    assert ExpiryPolicy.rolling(730).expires_at(datetime(2028, 2, 29, 8)) == datetime(2030, 3, 1)
    last_minute = datetime(2026, 12, 31, 23, 59)
    assert ExpiryPolicy.rolling(0).expires_at(last_minute) == datetime(2027, 1, 1)


def test_expiry_keeps_the_timezone() -> None:
    cst = timezone(timedelta(hours=8))
    got = ExpiryPolicy.rolling(1).expires_at(datetime(2026, 3, 5, 23, 0, tzinfo=cst))
    assert got == datetime(2026, 3, 7, tzinfo=cst)
    assert got.tzinfo is cst


def test_yearly_clearing_end_of_next_year() -> None:
    p = ExpiryPolicy.yearly_clearing(month=12, day=31, years_kept=1)
    assert p.expires_at(datetime(2026, 1, 1, 0, 0)) == datetime(2028, 1, 1)
    assert p.expires_at(datetime(2026, 12, 31, 23, 59)) == datetime(2028, 1, 1)
    assert p.expires_at(datetime(2027, 1, 1, 0, 1)) == datetime(2029, 1, 1)


def test_yearly_clearing_date_already_passed_moves_a_year() -> None:
    p = ExpiryPolicy.yearly_clearing(month=6, day=30, years_kept=0)
    assert p.expires_at(datetime(2026, 3, 1, 12)) == datetime(2026, 7, 1)
    assert p.expires_at(datetime(2026, 6, 30, 12)) == datetime(2026, 7, 1)
    assert p.expires_at(datetime(2026, 7, 1, 0, 0)) == datetime(2027, 7, 1)
    assert p.expires_at(datetime(2026, 12, 31, 12)) == datetime(2027, 7, 1)


def test_yearly_clearing_on_feb_29() -> None:
    p = ExpiryPolicy.yearly_clearing(month=2, day=29, years_kept=1)
    assert p.expires_at(datetime(2026, 5, 1)) == datetime(2027, 3, 1)  # 2027-02-28 last day
    assert p.expires_at(datetime(2027, 5, 1)) == datetime(2028, 3, 1)  # 2028-02-29 last day
    keep0 = ExpiryPolicy.yearly_clearing(month=2, day=29, years_kept=0)
    assert keep0.expires_at(datetime(2027, 3, 1)) == datetime(2028, 3, 1)


def test_yearly_clearing_in_rules() -> None:
    rules = make_rules(expiry=ExpiryPolicy.yearly_clearing(month=12, day=31, years_kept=1))
    assert earn(rules, [SaleLine(None, 100)]).expires_at == datetime(2028, 1, 1)


@pytest.mark.parametrize(
    "data",
    [
        {"kind": "monthly", "days": 30},
        {"kind": "rolling"},
        {"kind": "rolling", "days": -1},
        {"kind": "rolling", "days": 30, "month": 12},
        {"kind": "yearly_clearing", "month": 13, "day": 1, "years_kept": 1},
        {"kind": "yearly_clearing", "month": 4, "day": 31, "years_kept": 1},
        {"kind": "yearly_clearing", "month": 2, "day": 30, "years_kept": 1},
        {"kind": "yearly_clearing", "month": 12, "day": 31, "years_kept": -1},
        {"kind": "yearly_clearing", "month": 12, "day": 31},
        {"kind": "yearly_clearing", "month": 12, "day": 31, "years_kept": 1, "days": 5},
        {"kind": "rolling", "days": 30.0},
        {"kind": "rolling", "days": 30, "extra": 1},
    ],
)
def test_expiry_from_dict_rejects(data: dict[str, Any]) -> None:
    with pytest.raises(InvalidInput):
        ExpiryPolicy.from_dict(data)


def test_expiry_round_trip() -> None:
    for p in (
        ExpiryPolicy.rolling(730),
        ExpiryPolicy.yearly_clearing(month=2, day=29, years_kept=2),
    ):
        assert ExpiryPolicy.from_dict(json.loads(json.dumps(p.to_dict()))) == p
    assert ExpiryPolicy.rolling(730).to_dict() == {"kind": "rolling", "days": 730}


# -------------------------------------------------------------------------------- points as cash


def test_points_cash_value_rounds_down() -> None:
    assert points_cash_value(make_rules(), 150) == 150  # 100 points = ¥1
    assert points_cash_value(make_rules(points_cash_rate=150), 100) == 66  # ¥0.666...
    assert points_cash_value(make_rules(points_cash_rate=150), 150) == 100
    assert points_cash_value(make_rules(), 0) == 0
    with pytest.raises(InvalidInput):
        points_cash_value(make_rules(), -1)


def test_max_points_for_bill() -> None:
    rules = make_rules()  # 100 points per yuan, at most 50%
    assert max_points_for_bill(rules, 12345) == 6172  # ¥61.72 of ¥123.45
    assert max_points_for_bill(rules, 1) == 0
    assert max_points_for_bill(rules, 0) == 0
    assert max_points_for_bill(make_rules(points_cash_max_pct=0), 100000) == 0
    assert max_points_for_bill(make_rules(points_cash_max_pct=100), 999) == 999


def test_max_points_never_takes_a_point_that_buys_nothing() -> None:
    rules = make_rules(points_cash_rate=150, points_cash_max_pct=50)
    # bill 20 fen -> 10 fen may be paid -> 15 points (16 would also be worth 10 fen)
    assert max_points_for_bill(rules, 20) == 15
    assert points_cash_value(rules, 15) == 10
    odd = make_rules(points_cash_rate=33, points_cash_max_pct=100)
    # 10 fen -> 3.3 points -> 3 points worth 9 fen; 4 points would be worth 12 fen
    assert max_points_for_bill(odd, 10) == 3
    assert points_cash_value(odd, 3) == 9


def test_max_points_refuses_negative_bill() -> None:
    with pytest.raises(InvalidInput):
        max_points_for_bill(make_rules(), -100)


@given(
    bill=st.integers(min_value=0, max_value=10**9),
    rate=st.integers(min_value=1, max_value=10_000),
    pct=st.integers(min_value=0, max_value=100),
)
def test_max_points_value_never_exceeds_the_allowed_share(bill: int, rate: int, pct: int) -> None:
    rules = make_rules(points_cash_rate=rate, points_cash_max_pct=pct)
    allowed_fen = bill * pct // 100
    most = max_points_for_bill(rules, bill)
    assert points_cash_value(rules, most) <= allowed_fen
    # one more point is worth more than the allowed share, exactly
    assert (most + 1) * 100 > allowed_fen * rate


# --------------------------------------------------------------------------- selecting a version


def test_select_rules_by_effective_date() -> None:
    v1 = make_rules(version=1, effective_from=date(2020, 1, 1))
    v2 = make_rules(version=2, effective_from=date(2026, 3, 1))
    v3 = make_rules(version=3, effective_from=date(2026, 3, 1), base_rate=200)
    v4 = make_rules(version=4, effective_from=date(2027, 1, 1))
    sets = [v4, v2, v1, v3]
    random.Random(7).shuffle(sets)
    assert select_rules(sets, date(2026, 2, 28)) is v1
    assert select_rules(sets, date(2026, 3, 1)) is v3
    assert select_rules(sets, date(2026, 12, 31)) is v3
    assert select_rules(sets, date(2027, 1, 1)) is v4
    with pytest.raises(NotConfigured) as err:
        select_rules(sets, date(2019, 12, 31))
    assert err.value.params == {"what": "point rules"}
    with pytest.raises(NotConfigured):
        select_rules([], date(2026, 1, 1))


def test_rules_by_version() -> None:
    v1, v2 = make_rules(version=1), make_rules(version=2)
    assert rules_by_version([v1, v2], 2) is v2
    with pytest.raises(NotConfigured):
        rules_by_version([v1, v2], 3)


# ------------------------------------------------------------------------ storage and validation


def test_demo_rules_round_trip_through_json() -> None:
    rules = demo_rules()
    text = json.dumps(rules.to_dict(), ensure_ascii=False)
    back = PointRules.from_dict(json.loads(text))
    assert back == rules
    assert hash(back) == hash(rules)
    data = rules.to_dict()
    assert data["effective_from"] == "2020-01-01"
    campaigns = data["campaigns"]
    assert isinstance(campaigns, list)
    assert campaigns[0]["weekdays"] == [2]


def test_campaign_round_trip_with_all_fields() -> None:
    c = Campaign(
        code="x",
        name="X",
        extra_pct=50,
        stackable=True,
        start=date(2026, 1, 1),
        end=date(2026, 12, 31),
        weekdays=frozenset({5, 6}),
        months=frozenset({1, 12}),
        month_days=frozenset({28, 8, 18}),
        categories=frozenset({"fresh", "general"}),
        tiers=frozenset({"T4", "T3"}),
        birthday_month_only=True,
    )
    data = c.to_dict()
    assert data["month_days"] == [8, 18, 28]
    assert data["tiers"] == ["T3", "T4"]
    assert data["start"] == "2026-01-01"
    assert Campaign.from_dict(json.loads(json.dumps(data))) == c


def test_rules_are_hashable_and_mappings_frozen() -> None:
    rules = make_rules(category_rates={"fresh": 50})
    assert isinstance(rules.category_rates, FrozenMap)
    assert rules.category_rates == {"fresh": 50}
    assert hash(rules) == hash(make_rules(category_rates={"fresh": 50}))
    with pytest.raises(TypeError):
        rules.category_rates["fresh"] = 1  # type: ignore[index]


def _bad_rules(**changes: Any) -> dict[str, Any]:
    data = demo_rules().to_dict()
    data.update(changes)
    return data


def _campaign_change(**changes: Any) -> dict[str, Any]:
    data = demo_rules().to_dict()
    campaigns = data["campaigns"]
    assert isinstance(campaigns, list)
    campaigns[0] = {**campaigns[0], **changes}
    return data


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (_bad_rules(base_rate=-1), "base_rate"),
        (_bad_rules(base_rate=1.5), "base_rate"),
        (_bad_rules(version=0), "version"),
        (_bad_rules(version=True), "version"),
        (_bad_rules(effective_from="2020-13-01"), "effective_from"),
        (_bad_rules(category_rates={"fresh": -50}), "category_rates[fresh]"),
        (_bad_rules(category_rates=[["fresh", 50]]), "category_rates"),
        (_bad_rules(tier_multipliers={"T1": 90}), "tier_multipliers[T1]"),
        (_bad_rules(daily_cap=-1), "daily_cap"),
        (_bad_rules(pending_days=-7), "pending_days"),
        (_bad_rules(points_cash_rate=0), "points_cash_rate"),
        (_bad_rules(points_cash_max_pct=101), "points_cash_max_pct"),
        (_bad_rules(expiry={"kind": "forever"}), "expiry.kind"),
        (_bad_rules(campaigns={"a": 1}), "campaigns"),
        (_bad_rules(surprise=1), "point_rules"),
        (_campaign_change(extra_pct=-100), "campaigns[0].extra_pct"),
        (_campaign_change(weekdays=[7]), "campaigns[0].weekdays"),
        (_campaign_change(weekdays=[]), "campaigns[0].weekdays"),
        (_campaign_change(month_days=[0]), "campaigns[0].month_days"),
        (_campaign_change(months=[13]), "campaigns[0].months"),
        (_campaign_change(categories="fresh"), "campaigns[0].categories"),
        (_campaign_change(start="2026-06-02", end="2026-06-01"), "campaigns[0].end"),
        (_campaign_change(stackable="yes"), "campaigns[0].stackable"),
        (_campaign_change(code="double_11"), "campaigns[1].code"),
        (_campaign_change(kind="bonus"), "campaigns[0].campaign"),
    ],
)
def test_from_dict_rejects_bad_data(data: dict[str, Any], field: str) -> None:
    with pytest.raises(InvalidInput) as err:
        PointRules.from_dict(data)
    assert err.value.params["field"] == field


def test_from_dict_rejects_missing_field_and_non_object() -> None:
    data = demo_rules().to_dict()
    del data["expiry"]
    with pytest.raises(InvalidInput) as err:
        PointRules.from_dict(data)
    assert "expiry" in err.value.params["problem"]
    with pytest.raises(InvalidInput):
        PointRules.from_dict([1, 2, 3])


def test_optional_fields_default() -> None:
    rules = PointRules.from_dict(
        {
            "version": 9,
            "effective_from": "2026-01-01",
            "base_rate": 100,
            "expiry": {"kind": "rolling", "days": 365},
            "points_cash_rate": 100,
            "points_cash_max_pct": 50,
        }
    )
    assert rules.campaigns == ()
    assert rules.daily_cap is None
    assert rules.pending_days == 0
    assert dict(rules.category_rates) == {}


def test_constructor_validates_too() -> None:
    with pytest.raises(InvalidInput):
        make_rules(base_rate=-5)
    with pytest.raises(InvalidInput):
        Campaign(code="", name="x", extra_pct=1)
    with pytest.raises(InvalidInput):
        Campaign(code="x", name="x", extra_pct=1, start=datetime(2026, 1, 1))  # not a date


# ----------------------------------------------------------------------------- the result object


def test_earn_result_invariant_and_round_trip() -> None:
    r = earn(demo_rules(), [SaleLine("general", 10000)], tier="T3", tier_name="金牌", at=WEDNESDAY)
    assert EarnResult.from_dict(json.loads(json.dumps(r.to_dict()))) == r
    with pytest.raises(InvalidInput):
        EarnResult(5, (EarnPart("base", 4, {}),), THURSDAY, THURSDAY, 1)
    with pytest.raises(InvalidInput):
        EarnResult(-1, (EarnPart("base", -1, {}),), THURSDAY, THURSDAY, 1)


# ------------------------------------------------------------------------------------ properties

CATEGORIES = ["high_margin", "traffic", "general", "fresh", None, "other"]

lines_st = st.lists(
    st.builds(
        SaleLine,
        st.sampled_from(CATEGORIES),
        st.integers(min_value=0, max_value=5_000_000),
    ),
    max_size=8,
)
moment_st = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31))
tier_st = st.sampled_from(["T0", "T1", "T2", "T3", "T4", "TX"])
birthday_st = st.none() | st.dates(min_value=date(1940, 1, 1), max_value=date(2010, 12, 31))
capped_st = st.sampled_from([demo_rules(), make_rules(daily_cap=None, base_rate=300)])


@settings(max_examples=300)
@given(
    rules=capped_st,
    lines=lines_st,
    tier=tier_st,
    at=moment_st,
    birthday=birthday_st,
    earned_today=st.integers(min_value=0, max_value=30_000),
)
def test_parts_sum_to_points_never_negative_never_over_cap(
    rules: PointRules,
    lines: list[SaleLine],
    tier: str,
    at: datetime,
    birthday: date | None,
    earned_today: int,
) -> None:
    r = earn(rules, lines, tier=tier, at=at, birthday=birthday, earned_today=earned_today)
    assert r.points == sum(p.points for p in r.parts)
    assert r.points >= 0
    assert all(isinstance(p.points, int) for p in r.parts)
    if rules.daily_cap is not None:
        assert r.points <= max(0, rules.daily_cap - earned_today)
    assert r.parts[0].code == "base"
    assert sum(1 for p in r.parts if p.code == "cap") <= 1
    assert r.describe()


@settings(max_examples=300)
@given(
    rules=capped_st,
    lines=lines_st.filter(bool),
    data=st.data(),
    tier=tier_st,
    at=moment_st,
    birthday=birthday_st,
    earned_today=st.integers(min_value=0, max_value=30_000),
)
def test_more_spend_never_yields_fewer_points(
    rules: PointRules,
    lines: list[SaleLine],
    data: st.DataObject,
    tier: str,
    at: datetime,
    birthday: date | None,
    earned_today: int,
) -> None:
    i = data.draw(st.integers(min_value=0, max_value=len(lines) - 1))
    extra = data.draw(st.integers(min_value=1, max_value=1_000_000))
    more = list(lines)
    more[i] = SaleLine(lines[i].category, lines[i].amount_fen + extra)
    kwargs: dict[str, Any] = {
        "tier": tier,
        "at": at,
        "birthday": birthday,
        "earned_today": earned_today,
    }
    assert earn(rules, more, **kwargs).points >= earn(rules, lines, **kwargs).points
    # and an extra line never hurts either
    added = [*lines, SaleLine(data.draw(st.sampled_from(CATEGORIES)), extra)]
    assert earn(rules, added, **kwargs).points >= earn(rules, lines, **kwargs).points


@given(
    lines=lines_st,
    at=moment_st,
)
def test_base_only_points_never_exceed_the_exact_value(lines: list[SaleLine], at: datetime) -> None:
    rules = make_rules(category_rates={"fresh": 50, "high_margin": 500})
    r = earn(rules, lines, at=at)
    weighted = sum(ln.amount_fen * rules.rate_for(ln.category) for ln in lines)
    # rounded down: within one point below the exact rational value
    assert r.points * 10_000 <= weighted < (r.points + 1) * 10_000


@given(
    at=moment_st,
    days=st.integers(min_value=0, max_value=3000),
    month=st.integers(min_value=1, max_value=12),
    day=st.integers(min_value=1, max_value=28),
    keep=st.integers(min_value=0, max_value=3),
)
def test_expiry_is_always_a_midnight_after_the_earning(
    at: datetime, days: int, month: int, day: int, keep: int
) -> None:
    for policy in (
        ExpiryPolicy.rolling(days),
        ExpiryPolicy.yearly_clearing(month=month, day=day, years_kept=keep),
    ):
        expires = policy.expires_at(at)
        assert expires > at
        assert (expires.hour, expires.minute, expires.second, expires.microsecond) == (0, 0, 0, 0)
    assert ExpiryPolicy.rolling(days).expires_at(at).date() == at.date() + timedelta(days=days + 1)
