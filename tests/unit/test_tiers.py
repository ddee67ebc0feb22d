"""Tiers: windows, totals, the ladder, evaluation with grace, and projections."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.demo_rules import demo_tier_policy, demo_tiers
from core.errors import InvalidInput
from core.handlers.tiering import in_window, window_total_of
from core.tiers import (
    Projection,
    QualifyingEvent,
    Target,
    TierDecision,
    TierDef,
    TierPolicy,
    evaluate,
    project,
    qualifying_total,
    tier_for,
    validate_tiers,
    window_bounds,
)

TIERS = demo_tiers()  # T0 0, T1 300,000, T2 800,000, T3 2,000,000, T4 5,000,000 fen
ROLLING = demo_tier_policy()  # spend, rolling12, 30 days grace
CALENDAR = TierPolicy("spend", "calendar", 0)
CALENDAR_GRACE = TierPolicy("spend", "calendar", 30)
ANNIV = TierPolicy("growth", "anniversary", 0)
ENROLLED = date(2024, 6, 15)


def ev(y: int, m: int, d: int, amount: int) -> QualifyingEvent:
    return QualifyingEvent(datetime(y, m, d, 12, 0), amount)


def decide(
    policy: TierPolicy,
    current: str,
    events: list[QualifyingEvent],
    as_of: date,
    *,
    grace_until: date | None = None,
    period_end: bool = False,
    enrolled_on: date = ENROLLED,
) -> TierDecision:
    return evaluate(
        policy,
        TIERS,
        current_code=current,
        grace_until=grace_until,
        events=events,
        as_of=as_of,
        enrolled_on=enrolled_on,
        period_end=period_end,
    )


def proj(
    policy: TierPolicy,
    current: str,
    events: list[QualifyingEvent],
    as_of: date,
    enrolled_on: date = ENROLLED,
) -> Projection:
    return project(
        policy, TIERS, current_code=current, events=events, as_of=as_of, enrolled_on=enrolled_on
    )


# ----------------------------------------------------------------------------- policy and ladder


def test_policy_round_trip_and_validation() -> None:
    assert TierPolicy.from_dict(json.loads(json.dumps(ROLLING.to_dict()))) == ROLLING
    assert ROLLING.to_dict() == {"measure": "spend", "window": "rolling12", "grace_days": 30}
    bad: list[dict[str, Any]] = [
        {"measure": "visits", "window": "calendar", "grace_days": 0},
        {"measure": "spend", "window": "quarter", "grace_days": 0},
        {"measure": "spend", "window": "calendar", "grace_days": -1},
        {"measure": "spend", "window": "calendar", "grace_days": "30"},
        {"measure": "spend", "window": "calendar"},
        {"measure": "spend", "window": "calendar", "grace_days": 0, "x": 1},
    ]
    for data in bad:
        with pytest.raises(InvalidInput):
            TierPolicy.from_dict(data)
    with pytest.raises(InvalidInput):
        TierPolicy("spend", "weekly", 0)  # type: ignore[arg-type]


def test_tierdef_round_trip_and_validation() -> None:
    t = TierDef("T3", "金牌", 3, 2_000_000)
    assert TierDef.from_dict(json.loads(json.dumps(t.to_dict()))) == t
    with pytest.raises(InvalidInput):
        TierDef("T3", "金牌", -1, 0)
    with pytest.raises(InvalidInput):
        TierDef.from_dict({"code": "T3", "name": "金牌", "rank": 3, "threshold": 1.5})


def test_validate_tiers_sorts_by_rank() -> None:
    shuffled = (TIERS[3], TIERS[0], TIERS[4], TIERS[2], TIERS[1])
    assert validate_tiers(shuffled) == TIERS


@pytest.mark.parametrize(
    "tiers",
    [
        (),
        (TierDef("A", "a", 0, 0), TierDef("A", "b", 1, 10)),
        (TierDef("A", "a", 0, 0), TierDef("B", "b", 0, 10)),
        (TierDef("A", "a", 0, 0), TierDef("B", "b", 1, 10), TierDef("C", "c", 2, 10)),
        (TierDef("A", "a", 0, 0), TierDef("B", "b", 1, 10), TierDef("C", "c", 2, 5)),
        (TierDef("A", "a", 0, 5), TierDef("B", "b", 1, 10)),
    ],
)
def test_validate_tiers_rejects(tiers: tuple[TierDef, ...]) -> None:
    with pytest.raises(InvalidInput):
        validate_tiers(tiers)


def test_ranks_need_not_be_contiguous() -> None:
    ladder = (TierDef("A", "a", 0, 0), TierDef("B", "b", 5, 10), TierDef("C", "c", 9, 20))
    assert tier_for(ladder, 15).code == "B"


@pytest.mark.parametrize(
    ("total", "code"),
    [
        (0, "T0"),
        (299_999, "T0"),
        (300_000, "T1"),
        (799_999, "T1"),
        (800_000, "T2"),
        (4_999_999, "T3"),
        (5_000_000, "T4"),
        (10**12, "T4"),
    ],
)
def test_tier_for(total: int, code: str) -> None:
    assert tier_for(TIERS, total).code == code


# --------------------------------------------------------------------------------------- windows


@pytest.mark.parametrize(
    ("as_of", "bounds"),
    [
        (date(2026, 3, 15), (date(2025, 3, 15), date(2026, 3, 16))),
        (date(2026, 1, 1), (date(2025, 1, 1), date(2026, 1, 2))),
        (date(2028, 2, 29), (date(2027, 2, 28), date(2028, 3, 1))),
        (date(2029, 2, 28), (date(2028, 2, 28), date(2029, 3, 1))),
        (date(2028, 3, 1), (date(2027, 3, 1), date(2028, 3, 2))),
    ],
)
def test_rolling12_window(as_of: date, bounds: tuple[date, date]) -> None:
    assert window_bounds(ROLLING, as_of, ENROLLED) == bounds


@pytest.mark.parametrize(
    ("as_of", "bounds"),
    [
        (date(2026, 7, 4), (date(2026, 1, 1), date(2027, 1, 1))),
        (date(2026, 1, 1), (date(2026, 1, 1), date(2027, 1, 1))),
        (date(2026, 12, 31), (date(2026, 1, 1), date(2027, 1, 1))),
        (date(2028, 2, 29), (date(2028, 1, 1), date(2029, 1, 1))),
    ],
)
def test_calendar_window(as_of: date, bounds: tuple[date, date]) -> None:
    assert window_bounds(CALENDAR, as_of, ENROLLED) == bounds


@pytest.mark.parametrize(
    ("enrolled", "as_of", "bounds"),
    [
        (date(2025, 6, 10), date(2026, 6, 9), (date(2025, 6, 10), date(2026, 6, 10))),
        (date(2025, 6, 10), date(2026, 6, 10), (date(2026, 6, 10), date(2027, 6, 10))),
        (date(2025, 6, 10), date(2025, 6, 10), (date(2025, 6, 10), date(2026, 6, 10))),
        (date(2025, 6, 10), date(2027, 1, 31), (date(2026, 6, 10), date(2027, 6, 10))),
        # enrolled on Feb 29: anniversaries on Feb 28 in common years, Feb 29 in leap years
        (date(2024, 2, 29), date(2026, 2, 27), (date(2025, 2, 28), date(2026, 2, 28))),
        (date(2024, 2, 29), date(2026, 3, 1), (date(2026, 2, 28), date(2027, 2, 28))),
        (date(2024, 2, 29), date(2027, 12, 1), (date(2027, 2, 28), date(2028, 2, 29))),
        (date(2024, 2, 29), date(2028, 2, 28), (date(2027, 2, 28), date(2028, 2, 29))),
        (date(2024, 2, 29), date(2028, 2, 29), (date(2028, 2, 29), date(2029, 2, 28))),
        (date(2023, 12, 31), date(2026, 1, 1), (date(2025, 12, 31), date(2026, 12, 31))),
    ],
)
def test_anniversary_window(enrolled: date, as_of: date, bounds: tuple[date, date]) -> None:
    assert window_bounds(ANNIV, as_of, enrolled) == bounds


def test_qualifying_total_bounds_and_refunds() -> None:
    events = [
        ev(2025, 12, 31, 1_000),  # before the window
        QualifyingEvent(datetime(2026, 1, 1, 0, 0), 200),  # first instant: in
        ev(2026, 6, 1, 500),
        ev(2026, 6, 2, -150),  # a refund
        QualifyingEvent(datetime(2026, 12, 31, 23, 59, 59), 7),  # last instant: in
        ev(2027, 1, 1, 9_000),  # end is exclusive
    ]
    assert qualifying_total(events, date(2026, 1, 1), date(2027, 1, 1)) == 557
    assert qualifying_total([], date(2026, 1, 1), date(2027, 1, 1)) == 0


def test_qualifying_total_never_below_zero() -> None:
    events = [ev(2026, 2, 1, 100), ev(2026, 3, 1, -400)]  # refund of an older sale
    assert qualifying_total(events, date(2026, 1, 1), date(2027, 1, 1)) == 0


# -------------------------------------------------------------------------- evaluation: upgrades


def test_upgrade_immediately_mid_window() -> None:
    d = decide(CALENDAR, "T0", [ev(2026, 3, 1, 300_000)], date(2026, 3, 1))
    assert d == TierDecision("T1", None, "upgrade")


def test_upgrade_can_skip_tiers() -> None:
    events = [ev(2026, 3, 1, 1_500_000), ev(2026, 3, 2, 600_000)]
    assert decide(CALENDAR, "T1", events, date(2026, 3, 2)) == TierDecision("T3", None, "upgrade")


def test_upgrade_clears_a_running_grace() -> None:
    d = decide(
        ROLLING, "T1", [ev(2026, 3, 20, 800_000)], date(2026, 3, 20), grace_until=date(2026, 4, 10)
    )
    assert d == TierDecision("T2", None, "upgrade")


def test_below_upgrade_threshold_nothing_changes() -> None:
    d = decide(CALENDAR, "T0", [ev(2026, 3, 1, 299_999)], date(2026, 3, 1))
    assert d == TierDecision("T0", None, "none")


def test_lowest_tier_never_downgrades() -> None:
    d = decide(ROLLING, "T0", [], date(2026, 3, 1), period_end=True)
    assert d == TierDecision("T0", None, "none")


# ------------------------------------------------------------------------ evaluation: downgrades


def test_calendar_downgrade_only_at_window_end() -> None:
    events = [ev(2026, 2, 1, 500_000)]  # T1 level, member holds T2
    assert decide(CALENDAR, "T2", events, date(2026, 6, 30)) == TierDecision("T2", None, "none")
    assert decide(CALENDAR, "T2", events, date(2026, 12, 31)) == TierDecision("T2", None, "none")
    d = decide(CALENDAR, "T2", events, date(2026, 12, 31), period_end=True)
    assert d == TierDecision("T1", None, "downgrade")


def test_calendar_still_qualifying_at_window_end() -> None:
    events = [ev(2026, 2, 1, 800_000)]
    d = decide(CALENDAR, "T2", events, date(2026, 12, 31), period_end=True)
    assert d == TierDecision("T2", None, "none")


def test_rolling_without_grace_downgrades_at_any_evaluation() -> None:
    policy = TierPolicy("spend", "rolling12", 0)
    events = [ev(2025, 3, 10, 900_000)]
    assert decide(policy, "T2", events, date(2026, 3, 10)) == TierDecision("T2", None, "none")
    # the next day the sale of 2025-03-10 has left the window
    assert decide(policy, "T2", events, date(2026, 3, 11)) == TierDecision("T0", None, "downgrade")


def test_anniversary_downgrade_at_membership_year_end() -> None:
    events = [QualifyingEvent(datetime(2025, 7, 1), 900_000)]  # growth value, T2 level
    enrolled = date(2024, 6, 15)
    # membership year 2025-06-15 .. 2026-06-14; current T3 is not met
    last_day = date(2026, 6, 14)
    mid = decide(ANNIV, "T3", events, date(2026, 1, 1), enrolled_on=enrolled)
    assert mid == TierDecision("T3", None, "none")
    end = decide(ANNIV, "T3", events, last_day, period_end=True, enrolled_on=enrolled)
    assert end == TierDecision("T2", None, "downgrade")


# ----------------------------------------------------------------------------- evaluation: grace


ROLLING_EVENTS = [ev(2025, 3, 10, 900_000)]  # T2 level until 2026-03-10 inclusive


def test_grace_starts_when_the_window_total_falls_short() -> None:
    d = decide(ROLLING, "T2", ROLLING_EVENTS, date(2026, 3, 11))
    assert d == TierDecision("T2", date(2026, 4, 10), "grace_started")


def test_grace_carries_on_until_its_day() -> None:
    d = decide(ROLLING, "T2", ROLLING_EVENTS, date(2026, 4, 9), grace_until=date(2026, 4, 10))
    assert d == TierDecision("T2", date(2026, 4, 10), "none")


def test_qualifying_again_during_grace_keeps_the_tier() -> None:
    events = [*ROLLING_EVENTS, ev(2026, 3, 25, 800_000)]
    d = decide(ROLLING, "T2", events, date(2026, 3, 25), grace_until=date(2026, 4, 10))
    assert d == TierDecision("T2", None, "kept")


def test_grace_ran_out_downgrades_to_what_the_total_earns() -> None:
    d = decide(ROLLING, "T2", ROLLING_EVENTS, date(2026, 4, 10), grace_until=date(2026, 4, 10))
    assert d == TierDecision("T0", None, "downgrade")
    some = [*ROLLING_EVENTS, ev(2026, 4, 1, 300_000)]
    d = decide(ROLLING, "T2", some, date(2026, 4, 12), grace_until=date(2026, 4, 10))
    assert d == TierDecision("T1", None, "downgrade")


def test_calendar_grace_starts_only_at_period_end() -> None:
    events = [ev(2026, 5, 1, 900_000)]  # T2 level, member holds T3
    assert decide(CALENDAR_GRACE, "T3", events, date(2026, 11, 30)) == TierDecision(
        "T3", None, "none"
    )
    d = decide(CALENDAR_GRACE, "T3", events, date(2026, 12, 31), period_end=True)
    assert d == TierDecision("T3", date(2027, 1, 30), "grace_started")


def test_calendar_grace_expiry_uses_the_closed_year() -> None:
    events = [ev(2026, 5, 1, 900_000)]
    grace = date(2027, 1, 30)
    assert decide(CALENDAR_GRACE, "T3", events, date(2027, 1, 15), grace_until=grace) == (
        TierDecision("T3", grace, "none")
    )
    # nothing spent in 2027: down to what 2026 earned (T2), not to T0
    d = decide(CALENDAR_GRACE, "T3", events, date(2027, 1, 30), grace_until=grace)
    assert d == TierDecision("T2", None, "downgrade")


def test_calendar_grace_kept_by_new_year_spending() -> None:
    events = [ev(2026, 5, 1, 900_000), ev(2027, 1, 20, 2_000_000)]
    d = decide(CALENDAR_GRACE, "T3", events, date(2027, 1, 20), grace_until=date(2027, 1, 30))
    assert d == TierDecision("T3", None, "kept")


def test_calendar_grace_kept_by_a_late_synced_sale_of_the_closed_year() -> None:
    events = [ev(2026, 5, 1, 900_000), ev(2026, 12, 30, 1_100_000)]  # arrived in January
    d = decide(CALENDAR_GRACE, "T3", events, date(2027, 1, 10), grace_until=date(2027, 1, 30))
    assert d == TierDecision("T3", None, "kept")


def test_rerunning_the_period_end_does_not_clear_grace() -> None:
    events = [ev(2025, 5, 1, 2_500_000), ev(2026, 5, 1, 900_000)]  # 2025 qualified, 2026 not
    d = decide(
        CALENDAR_GRACE,
        "T3",
        events,
        date(2026, 12, 31),
        grace_until=date(2027, 1, 30),
        period_end=True,
    )
    assert d == TierDecision("T3", date(2027, 1, 30), "none")


def test_unknown_current_tier_is_refused() -> None:
    with pytest.raises(InvalidInput):
        decide(ROLLING, "T9", [], date(2026, 1, 1))


# --------------------------------------------------------------------- projection: fixed windows


def test_calendar_projection_keep_and_reach() -> None:
    events = [ev(2026, 2, 1, 1_000_000), ev(2026, 8, 1, 880_000)]
    p = proj(CALENDAR, "T3", events, date(2026, 9, 1))
    # "spend ¥1,200 more by 31 Dec to keep 金牌"
    assert p.keep == Target("T3", "金牌", 120_000, date(2026, 12, 31))
    assert p.reach == Target("T4", "钻石", 3_120_000, date(2026, 12, 31))


def test_calendar_projection_secured() -> None:
    p = proj(CALENDAR, "T3", [ev(2026, 2, 1, 2_100_000)], date(2026, 9, 1))
    assert p.keep is None
    assert p.reach == Target("T4", "钻石", 2_900_000, date(2026, 12, 31))


def test_projection_at_the_top_and_bottom() -> None:
    top = proj(CALENDAR, "T4", [ev(2026, 2, 1, 6_000_000)], date(2026, 9, 1))
    assert top == Projection(None, None)
    bottom = proj(CALENDAR, "T0", [ev(2026, 2, 1, 100_000)], date(2026, 9, 1))
    assert bottom == Projection(None, Target("T1", "铜牌", 200_000, date(2026, 12, 31)))


def test_projection_reach_counts_from_an_upgrade_not_yet_applied() -> None:
    p = proj(CALENDAR, "T1", [ev(2026, 2, 1, 900_000)], date(2026, 9, 1))
    assert p.keep is None
    assert p.reach == Target("T3", "金牌", 1_100_000, date(2026, 12, 31))


def test_anniversary_projection_deadline_feb_29() -> None:
    events = [QualifyingEvent(datetime(2027, 5, 1), 500_000)]
    p = proj(ANNIV, "T2", events, date(2027, 6, 1), enrolled_on=date(2024, 2, 29))
    assert p.keep == Target("T2", "银牌", 300_000, date(2028, 2, 28))
    assert p.reach == Target("T3", "金牌", 1_500_000, date(2028, 2, 28))


# ------------------------------------------------------------------------ projection: rolling 12


def test_rolling_keep_at_the_first_drop_that_breaks_the_threshold() -> None:
    events = [ev(2025, 5, 10, 500_000), ev(2025, 9, 1, 400_000), ev(2026, 1, 15, 100_000)]
    p = proj(ROLLING, "T2", events, date(2026, 3, 1))
    # on 2026-05-11 the 2025-05-10 sale has left: 500,000 remain of the 800,000 needed
    assert p.keep == Target("T2", "银牌", 300_000, date(2026, 5, 11))
    # 1,000,000 now; ¥10,000 more reaches 金牌 while nothing has dropped out (to 2026-05-10)
    assert p.reach == Target("T3", "金牌", 1_000_000, date(2026, 5, 10))


def test_rolling_keep_skips_drops_that_leave_enough() -> None:
    events = [ev(2025, 5, 10, 100_000), ev(2025, 9, 1, 800_000), ev(2026, 1, 15, 100_000)]
    p = proj(ROLLING, "T2", events, date(2026, 3, 1))
    # 2026-05-11: 900,000 (still T2); 2026-09-02: 100,000 -> 700,000 short
    assert p.keep == Target("T2", "银牌", 700_000, date(2026, 9, 2))
    assert p.reach == Target("T3", "金牌", 1_000_000, date(2026, 5, 10))


def test_rolling_keep_when_already_short() -> None:
    p = proj(ROLLING, "T2", [ev(2025, 9, 1, 500_000)], date(2026, 3, 1))
    assert p.keep == Target("T2", "银牌", 300_000, date(2026, 3, 1))


def test_rolling_no_events_reach_valid_for_a_year() -> None:
    p = proj(ROLLING, "T0", [], date(2026, 3, 1))
    assert p == Projection(None, Target("T1", "铜牌", 300_000, date(2027, 3, 1)))


def test_rolling_drop_date_around_feb_29() -> None:
    # the window of 2028-02-29 starts 2027-02-28, so that sale counts through 2028-02-29
    p = proj(ROLLING, "T1", [ev(2027, 2, 28, 300_000)], date(2027, 6, 1))
    assert p.keep == Target("T1", "铜牌", 300_000, date(2028, 3, 1))
    # a sale on 2028-02-29 counts through 2029-02-28 (window 2028-02-28 .. 2029-02-28)
    p = proj(ROLLING, "T1", [ev(2028, 2, 29, 300_000)], date(2028, 6, 1))
    assert p.keep == Target("T1", "铜牌", 300_000, date(2029, 3, 1))


def test_rolling_refund_dropping_out_is_not_a_risk() -> None:
    events = [
        ev(2025, 2, 20, 300_000),  # already outside the window of 2026-03-01
        ev(2025, 3, 5, -100_000),  # its refund, inside the window
        ev(2025, 4, 1, 900_000),
        ev(2025, 10, 1, 100_000),
    ]
    p = proj(ROLLING, "T2", events, date(2026, 3, 1))  # total 900,000
    # 2026-03-06: the refund leaves (1,000,000, a rise); 2026-04-02: the 900,000 sale leaves
    assert p.keep == Target("T2", "银牌", 700_000, date(2026, 4, 2))
    assert p.reach == Target("T3", "金牌", 1_100_000, date(2026, 4, 1))


def test_projection_makes_up_a_negative_net_total() -> None:
    # a refund of last year's sale makes this year's net total -50,000
    events = [ev(2025, 12, 1, 400_000), ev(2026, 1, 10, -50_000)]
    p = proj(CALENDAR, "T0", events, date(2026, 2, 1))
    assert p.reach == Target("T1", "铜牌", 350_000, date(2026, 12, 31))


# ------------------------------------------------------------------------------------ properties


amounts = st.integers(min_value=-200_000, max_value=3_000_000)
event_st = st.builds(
    QualifyingEvent,
    st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2028, 12, 31)),
    amounts,
)
day_st = st.dates(min_value=date(2025, 1, 1), max_value=date(2028, 12, 31))
policy_st = st.sampled_from([ROLLING, CALENDAR, CALENDAR_GRACE, ANNIV])


@given(policy=policy_st, as_of=day_st, enrolled=st.dates(date(2000, 1, 1), date(2024, 12, 31)))
def test_window_contains_as_of_and_spans_about_a_year(
    policy: TierPolicy, as_of: date, enrolled: date
) -> None:
    start, end = window_bounds(policy, as_of, enrolled)
    assert start <= as_of < end
    assert 365 <= (end - start).days <= 367


@given(events=st.lists(event_st, max_size=12), a=st.integers(0, 10**8), b=st.integers(0, 10**8))
def test_tier_for_is_monotone(events: list[QualifyingEvent], a: int, b: int) -> None:
    lo, hi = sorted((a, b))
    assert tier_for(TIERS, lo).rank <= tier_for(TIERS, hi).rank
    assert qualifying_total(events, date(2025, 1, 1), date(2026, 1, 1)) >= 0


@given(
    policy=policy_st,
    events=st.lists(event_st, max_size=12),
    as_of=day_st,
    current=st.sampled_from([t.code for t in TIERS]),
)
def test_no_downgrade_outside_window_end_without_grace(
    policy: TierPolicy, events: list[QualifyingEvent], as_of: date, current: str
) -> None:
    d = decide(policy, current, events, as_of, period_end=False)
    rank = {t.code: t.rank for t in TIERS}
    if policy.window != "rolling12":
        assert d.change in ("upgrade", "none")
        assert rank[d.code] >= rank[current]
    if d.change == "upgrade":
        assert rank[d.code] > rank[current]
        assert d.grace_until is None


@given(
    events=st.lists(event_st, max_size=12),
    as_of=day_st,
    current=st.sampled_from([t.code for t in TIERS]),
)
def test_projection_amounts_are_positive(
    events: list[QualifyingEvent], as_of: date, current: str
) -> None:
    for policy in (ROLLING, CALENDAR, ANNIV):
        p = proj(policy, current, events, as_of)
        for target in (p.keep, p.reach):
            if target is not None:
                assert target.amount_needed > 0
                assert target.deadline >= as_of
        if current == "T0":
            assert p.keep is None


@given(events=st.lists(event_st, max_size=12), as_of=day_st)
def test_rolling_keep_amount_really_keeps_the_tier(
    events: list[QualifyingEvent], as_of: date
) -> None:
    # A projection is made from what has happened: no sale dated after today.
    events = [e for e in events if e.at.date() <= as_of]
    p = proj(ROLLING, "T2", events, as_of)
    assert p.keep is not None  # T2 always needs something eventually
    target = p.keep
    # spending the asked amount on the deadline day keeps T2 on that day
    extra = QualifyingEvent(datetime.combine(target.deadline, datetime.min.time()), 0)
    topped = [*events, QualifyingEvent(extra.at, target.amount_needed)]
    start, end = window_bounds(ROLLING, target.deadline, ENROLLED)
    assert qualifying_total(topped, start, end) >= 800_000
    # and one less is not enough on that day
    short = [*events, QualifyingEvent(extra.at, target.amount_needed - 1)]
    assert qualifying_total(short, start, end) < 800_000
    # nothing known before the deadline takes the member below the threshold
    day = as_of
    while day < target.deadline:
        s, e = window_bounds(ROLLING, day, ENROLLED)
        assert qualifying_total(events, s, e) >= 800_000
        day += timedelta(days=1)


@given(
    measure=st.sampled_from(["spend", "growth"]),
    window=st.sampled_from(["rolling12", "calendar", "anniversary"]),
    enrolled_on=st.dates(date(2020, 1, 1), date(2026, 12, 31)),
    as_of=st.dates(date(2025, 1, 1), date(2028, 12, 31)),
    events=st.lists(
        st.tuples(
            st.datetimes(datetime(2023, 1, 1), datetime(2029, 1, 1)),
            st.integers(-50_000, 200_000),
            st.integers(-500, 2_000),
        ),
        max_size=30,
    ),
)
def test_the_batch_pushs_window_total_is_the_rules_total(
    measure: Any, window: Any, enrolled_on: date, as_of: date, events: list[Any]
) -> None:
    """``window_total_of`` (summed straight from the batch's tuples) is ``qualifying_total``
    of ``in_window``, refunds outweighing sales included."""
    policy = TierPolicy(measure, window, 0)
    start, end = window_bounds(policy, as_of, enrolled_on)
    expected = qualifying_total(in_window(policy, enrolled_on, as_of, events), start, end)
    assert window_total_of(policy, enrolled_on, as_of, events) == expected
