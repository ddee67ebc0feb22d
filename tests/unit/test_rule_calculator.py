"""The point rules calculator: hand-computed sample sales under the demo rules and an edited
rule set, and the version a till would pick for a day."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from core.demo_rules import demo_rules, demo_tiers
from core.errors import InvalidInput, NotConfigured
from core.rule_calculator import rules_on, sample_earn
from core.rules import Campaign, SaleLine

THURSDAY = datetime(2026, 3, 5, 14, 30)  # no demo campaign
WEDNESDAY = datetime(2026, 3, 4, 14, 30)  # 会员日
DOUBLE_11 = datetime(2026, 11, 11, 10, 0)  # a Wednesday too


def parts(result: object) -> list[tuple[str, int]]:
    return [(p.code, p.points) for p in result.parts]  # type: ignore[attr-defined]


def test_plain_sale_normal_tier() -> None:
    # ¥128.50 at 1 point per yuan: 128 points (one floor over the sale).
    r = sample_earn(
        demo_rules(), demo_tiers(), [SaleLine(None, 12_850)], tier_code="T0", at=THURSDAY
    )
    assert r.points == 128
    assert parts(r) == [("base", 128)]
    assert r.rule_version == 1


def test_category_lines_and_gold_bonus() -> None:
    # high_margin ¥80 at 5/yuan = 400, traffic ¥48.50 at 1/yuan = 48.5 -> W = 4,485,000;
    # base 448; 金牌 ×1.5 -> bonus 4,485,000 * 50 // 1,000,000 = 224.
    lines = [SaleLine("high_margin", 8_000), SaleLine("traffic", 4_850)]
    r = sample_earn(demo_rules(), demo_tiers(), lines, tier_code="T3", at=THURSDAY)
    assert parts(r) == [("base", 448), ("tier_bonus", 224)]
    assert r.points == 672
    bonus = r.parts[1]
    assert bonus.params["tier_name"] == "金牌"


def test_member_day_and_birthday_stack() -> None:
    # ¥200 on a Wednesday in the member's birthday month, tier 银牌 (×1.2):
    # base 200, bonus 40, 会员日 +100% = 200, 生日月 +100% = 200 -> 640.
    r = sample_earn(
        demo_rules(),
        demo_tiers(),
        [SaleLine(None, 20_000)],
        tier_code="T2",
        at=WEDNESDAY,
        birthday=date(1990, 3, 20),
    )
    assert parts(r) == [("base", 200), ("tier_bonus", 40), ("campaign", 200), ("campaign", 200)]
    assert [p.params.get("campaign_code") for p in r.parts[2:]] == ["member_day", "birthday"]
    assert r.points == 640


def test_double_eleven_on_a_wednesday_doubles_once() -> None:
    r = sample_earn(
        demo_rules(), demo_tiers(), [SaleLine(None, 10_000)], tier_code="T0", at=DOUBLE_11
    )
    assert parts(r) == [("base", 100), ("campaign", 100)]
    # equal extras: the first in rule order (会员日) wins the tie
    assert r.parts[1].params["campaign_code"] == "member_day"


def test_daily_cap_cuts_the_total() -> None:
    # 钻石 ×2 on ¥15,000: base 15,000 + bonus 15,000 = 30,000; cap 20,000, 5,000 already today.
    r = sample_earn(
        demo_rules(),
        demo_tiers(),
        [SaleLine(None, 1_500_000)],
        tier_code="T4",
        at=THURSDAY,
        earned_today=5_000,
    )
    assert parts(r) == [("base", 15_000), ("tier_bonus", 15_000), ("cap", -15_000)]
    assert r.points == 15_000


def test_edited_rules_not_yet_published() -> None:
    # base 2/yuan, fresh 1/yuan, a March campaign +50% on fresh only, 7 pending days.
    edited = dataclasses.replace(
        demo_rules(),
        version=2,
        effective_from=date(2026, 3, 1),
        base_rate=200,
        category_rates={"fresh": 100},
        campaigns=(
            Campaign(
                code="spring",
                name="春季生鲜",
                extra_pct=50,
                start=date(2026, 3, 1),
                end=date(2026, 3, 31),
                categories=frozenset({"fresh"}),
            ),
        ),
    )
    lines = [SaleLine("fresh", 3_333), SaleLine(None, 1_000)]
    # W = 3,333*100 + 1,000*200 = 533,300 -> base 53; campaign 333,300 * 50 // 1,000,000 = 16.
    r = sample_earn(edited, demo_tiers(), lines, tier_code="T0", at=THURSDAY)
    assert parts(r) == [("base", 53), ("campaign", 16)]
    assert r.rule_version == 2
    assert r.available_at == datetime(2026, 3, 12, 14, 30)
    # valid through 2026-03-05 + 730 days = 2028-03-04 (2028 is a leap year), gone at 00:00 next day
    assert r.expires_at == datetime(2028, 3, 5, 0, 0)


def test_bad_samples_are_refused() -> None:
    with pytest.raises(InvalidInput, match="at least one line"):
        sample_earn(demo_rules(), demo_tiers(), [], tier_code="T0", at=THURSDAY)
    with pytest.raises(InvalidInput, match="unknown tier"):
        sample_earn(demo_rules(), demo_tiers(), [SaleLine(None, 1)], tier_code="T9", at=THURSDAY)
    with pytest.raises(InvalidInput, match="at least 0"):
        sample_earn(demo_rules(), demo_tiers(), [SaleLine(None, -1)], tier_code="T0", at=THURSDAY)


def test_rules_on_picks_the_version_in_force() -> None:
    v1 = demo_rules()
    v2 = dataclasses.replace(v1, version=2, effective_from=date(2026, 4, 1), base_rate=200)
    assert rules_on([v1, v2], date(2026, 3, 31)).version == 1
    assert rules_on([v1, v2], date(2026, 4, 1)).version == 2
    with pytest.raises(NotConfigured):
        rules_on([v2], date(2026, 3, 1))
