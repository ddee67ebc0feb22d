"""Benefits: definitions, quota periods, quotas, discounts, birthdays, the demo programme."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.benefits import (
    Benefit,
    benefits_for_tier,
    birthday_active,
    check_quota,
    discount_fen,
    membership_year_start,
    period_key,
    remaining_quota,
    tier_discount_bp,
)
from core.demo_rules import demo_benefits, demo_rules, demo_tier_policy, demo_tiers
from core.errors import BenefitQuotaExhausted, InvalidInput
from core.tiers import validate_tiers

BIRTHDAY_GIFT = Benefit(
    id="T3.birthday_gift", tier_code="T3", kind="birthday_gift", value=500, quota=1, period="year"
)
SHIPPING = Benefit(
    id="T4.free_shipping", tier_code="T4", kind="free_shipping_coupon", value=5, period="month"
)
DISCOUNT = Benefit(id="T2.discount", tier_code="T2", kind="discount", value=500)


# ----------------------------------------------------------------------------------- period keys


@pytest.mark.parametrize(
    ("period", "at", "key"),
    [
        ("day", datetime(2026, 11, 11, 23, 59), "2026-11-11"),
        ("week", datetime(2026, 11, 18, 10), "2026-W47"),
        ("week", datetime(2027, 1, 1, 10), "2026-W53"),  # ISO week-year
        ("week", datetime(2024, 12, 30, 10), "2025-W01"),
        ("week", datetime(2026, 3, 4, 10), "2026-W10"),
        ("month", datetime(2026, 11, 30, 23, 59), "2026-11"),
        ("month", datetime(2026, 3, 1, 0, 0), "2026-03"),
        ("year", datetime(2026, 12, 31, 23, 59), "2026"),
        ("lifetime", datetime(2026, 12, 31), "lifetime"),
    ],
)
def test_period_key(period: Any, at: datetime, key: str) -> None:
    assert period_key(period, at, date(2024, 6, 15)) == key


@pytest.mark.parametrize(
    ("enrolled", "at", "key"),
    [
        (date(2024, 6, 15), datetime(2026, 6, 14, 23, 59), "my2025"),
        (date(2024, 6, 15), datetime(2026, 6, 15, 0, 0), "my2026"),
        (date(2024, 6, 15), datetime(2024, 6, 15, 9, 0), "my2024"),
        (date(2024, 2, 29), datetime(2026, 2, 27, 12), "my2025"),
        (date(2024, 2, 29), datetime(2026, 2, 28, 12), "my2026"),
        (date(2024, 2, 29), datetime(2028, 2, 28, 12), "my2027"),
        (date(2024, 2, 29), datetime(2028, 2, 29, 12), "my2028"),
        (date(2023, 12, 31), datetime(2026, 1, 1), "my2025"),
    ],
)
def test_membership_year_key(enrolled: date, at: datetime, key: str) -> None:
    assert period_key("membership_year", at, enrolled) == key


def test_membership_year_start() -> None:
    assert membership_year_start(date(2026, 3, 1), date(2024, 2, 29)) == date(2026, 2, 28)
    assert membership_year_start(date(2026, 2, 27), date(2024, 2, 29)) == date(2025, 2, 28)


def test_period_key_rejects_unknown_period() -> None:
    with pytest.raises(InvalidInput):
        period_key("quarter", datetime(2026, 1, 1), date(2024, 1, 1))  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------- quotas


def test_quota_of_one_per_year() -> None:
    check_quota(BIRTHDAY_GIFT, 0)
    with pytest.raises(BenefitQuotaExhausted) as err:
        check_quota(BIRTHDAY_GIFT, 1)
    assert err.value.params == {
        "benefit": "T3.birthday_gift",
        "used": 1,
        "quota": 1,
        "period": "year",
    }
    assert err.value.code == "benefit_quota_exhausted"
    assert remaining_quota(BIRTHDAY_GIFT, 0) == 1
    assert remaining_quota(BIRTHDAY_GIFT, 1) == 0


def test_coupon_count_is_the_quota_when_none_is_given() -> None:
    assert SHIPPING.effective_quota == 5
    check_quota(SHIPPING, 3, requested=2)
    with pytest.raises(BenefitQuotaExhausted) as err:
        check_quota(SHIPPING, 3, requested=3)
    assert err.value.params["quota"] == 5
    assert err.value.params["used"] == 3
    assert err.value.params["period"] == "month"
    assert remaining_quota(SHIPPING, 3) == 2
    assert remaining_quota(SHIPPING, 7) == 0  # never negative


def test_explicit_quota_wins_over_the_coupon_count() -> None:
    b = Benefit(
        id="x", tier_code="T4", kind="free_shipping_coupon", value=5, quota=3, period="week"
    )
    assert b.effective_quota == 3
    with pytest.raises(BenefitQuotaExhausted):
        check_quota(b, 3)


def test_no_quota_means_unlimited() -> None:
    check_quota(DISCOUNT, 10_000, requested=50)
    assert remaining_quota(DISCOUNT, 10_000) is None


def test_quota_arguments_are_checked() -> None:
    with pytest.raises(InvalidInput):
        check_quota(BIRTHDAY_GIFT, -1)
    with pytest.raises(InvalidInput):
        check_quota(BIRTHDAY_GIFT, 0, requested=0)
    with pytest.raises(InvalidInput):
        remaining_quota(BIRTHDAY_GIFT, -1)


@given(
    quota=st.integers(min_value=1, max_value=50),
    used=st.integers(min_value=0, max_value=60),
    requested=st.integers(min_value=1, max_value=10),
)
def test_check_quota_agrees_with_remaining(quota: int, used: int, requested: int) -> None:
    b = Benefit(id="b", tier_code="T1", kind="priority_service", quota=quota, period="day")
    left = remaining_quota(b, used)
    assert left is not None and left >= 0
    if requested <= left:
        check_quota(b, used, requested)
    else:
        with pytest.raises(BenefitQuotaExhausted):
            check_quota(b, used, requested)


# ------------------------------------------------------------------------------------- discounts


@pytest.mark.parametrize(
    ("amount", "bp", "off"),
    [
        (10_000, 500, 500),  # 5% of ¥100 = ¥5
        (9_999, 500, 499),  # 499.95 -> 499
        (12_345, 1_200, 1_481),  # 1481.4 -> 1481
        (199, 800, 15),  # 15.92 -> 15
        (1, 9_999, 0),
        (0, 500, 0),
        (12_345, 0, 0),
        (12_345, 10_000, 12_345),
    ],
)
def test_discount_rounds_down(amount: int, bp: int, off: int) -> None:
    assert discount_fen(amount, bp) == off


def test_discount_arguments_are_checked() -> None:
    with pytest.raises(InvalidInput):
        discount_fen(-1, 500)
    with pytest.raises(InvalidInput):
        discount_fen(100, 10_001)
    with pytest.raises(InvalidInput):
        discount_fen(100, -5)


@given(amount=st.integers(0, 10**10), bp=st.integers(0, 10_000))
def test_discount_never_exceeds_the_stated_rate(amount: int, bp: int) -> None:
    off = discount_fen(amount, bp)
    assert 0 <= off <= amount
    assert off * 10_000 <= amount * bp < (off + 1) * 10_000


# ------------------------------------------------------------------------------------- birthdays


def test_birthday_day_and_month() -> None:
    bd = date(1990, 7, 14)
    assert birthday_active(bd, date(2026, 7, 14), "day")
    assert not birthday_active(bd, date(2026, 7, 15), "day")
    assert birthday_active(bd, date(2026, 7, 1), "month")
    assert birthday_active(bd, date(2026, 7, 31), "month")
    assert not birthday_active(bd, date(2026, 8, 1), "month")
    assert not birthday_active(None, date(2026, 7, 14), "day")
    assert not birthday_active(None, date(2026, 7, 14), "month")


def test_feb_29_birthday() -> None:
    bd = date(2000, 2, 29)
    assert birthday_active(bd, date(2026, 2, 28), "day")  # common year: Feb 28
    assert not birthday_active(bd, date(2026, 3, 1), "day")
    assert not birthday_active(bd, date(2028, 2, 28), "day")  # leap year: the real day
    assert birthday_active(bd, date(2028, 2, 29), "day")
    assert birthday_active(bd, date(2026, 2, 1), "month")


def test_birthday_scope_checked() -> None:
    with pytest.raises(InvalidInput):
        birthday_active(date(2000, 1, 1), date(2026, 1, 1), "week")  # type: ignore[arg-type]


# ----------------------------------------------------------------------------------- definitions


def test_round_trip() -> None:
    for b in (BIRTHDAY_GIFT, SHIPPING, DISCOUNT, *demo_benefits()):
        assert Benefit.from_dict(json.loads(json.dumps(b.to_dict()))) == b
    coupon_gift = Benefit(id="g", tier_code="T2", kind="birthday_gift", ref="CPN-BDAY")
    assert Benefit.from_dict(coupon_gift.to_dict()) == coupon_gift


@pytest.mark.parametrize(
    "data",
    [
        {"id": "x", "tier_code": "T1", "kind": "cashback", "value": 1},
        {"id": "x", "tier_code": "T1", "kind": "discount", "value": 10_001},
        {"id": "x", "tier_code": "T1", "kind": "discount", "value": -1},
        {"id": "x", "tier_code": "T1", "kind": "discount", "value": 2.5},
        {"id": "x", "tier_code": "T1", "kind": "points_multiplier", "value": 90},
        {"id": "x", "tier_code": "T1", "kind": "birthday_gift", "value": 0},
        {"id": "x", "tier_code": "T1", "kind": "free_shipping_coupon", "value": 2},
        {"id": "x", "tier_code": "T1", "kind": "free_shipping_coupon", "period": "month"},
        {"id": "x", "tier_code": "T1", "kind": "priority_service", "quota": 2},
        {"id": "x", "tier_code": "T1", "kind": "priority_service", "quota": 0, "period": "day"},
        {"id": "x", "tier_code": "T1", "kind": "priority_service", "period": "fortnight"},
        {"id": "x", "tier_code": "T1", "kind": "discount", "value": 100, "colour": "red"},
        {"id": "", "tier_code": "T1", "kind": "discount", "value": 100},
        {"id": "x", "kind": "discount", "value": 100},
        {"id": "x", "tier_code": "T1", "kind": "birthday_gift", "ref": ""},
        [],
    ],
)
def test_from_dict_rejects(data: Any) -> None:
    with pytest.raises(InvalidInput):
        Benefit.from_dict(data)


def test_benefits_for_tier_no_inheritance() -> None:
    benefits = demo_benefits()
    assert [b.kind for b in benefits_for_tier(benefits, "T3")] == [
        "discount",
        "points_multiplier",
        "birthday_gift",
        "free_shipping_coupon",
        "priority_service",
    ]
    assert [b.kind for b in benefits_for_tier(benefits, "T1")] == [
        "discount",
        "points_multiplier",
    ]
    assert benefits_for_tier(benefits, "T0") == ()


def test_tier_discount_bp() -> None:
    benefits = demo_benefits()
    assert [tier_discount_bp(benefits, t) for t in ("T0", "T1", "T2", "T3", "T4")] == [
        0,
        200,
        500,
        800,
        1200,
    ]


# ---------------------------------------------------------------------------- the demo programme


def test_demo_benefits_content() -> None:
    by_id = {b.id: b for b in demo_benefits()}
    assert len(by_id) == len(demo_benefits())
    assert by_id["T4.free_shipping"].effective_quota == 5
    assert by_id["T3.free_shipping"].effective_quota == 2
    assert by_id["T3.free_shipping"].period == "month"
    assert {b.tier_code for b in demo_benefits() if b.kind == "birthday_gift"} == {
        "T2",
        "T3",
        "T4",
    }
    assert {b.tier_code for b in demo_benefits() if b.kind == "priority_service"} == {"T3", "T4"}
    rules = demo_rules()
    for b in demo_benefits():
        if b.kind == "points_multiplier":
            assert b.value == rules.tier_multipliers[b.tier_code]


def test_demo_tiers_and_policy() -> None:
    tiers = validate_tiers(demo_tiers())
    assert [(t.code, t.name, t.threshold) for t in tiers] == [
        ("T0", "普通", 0),
        ("T1", "铜牌", 300_000),
        ("T2", "银牌", 800_000),
        ("T3", "金牌", 2_000_000),
        ("T4", "钻石", 5_000_000),
    ]
    policy = demo_tier_policy()
    assert (policy.measure, policy.window, policy.grace_days) == ("spend", "rolling12", 30)
    rules = demo_rules()
    assert {t.code for t in tiers} == set(rules.tier_multipliers)
    assert (rules.daily_cap, rules.pending_days, rules.points_cash_rate) == (20_000, 7, 100)
    assert rules.expiry.to_dict() == {"kind": "rolling", "days": 730}
