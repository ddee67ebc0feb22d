"""Every dashboard figure on a small March worked out by hand (``scenario.py``)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from core import analytics as a
from core.errors import InvalidInput
from core.services import DeviceServices
from tests.integration.analytics.scenario import MARCH_END, March, play_march, refresh

MARCH = a.Filters(start=date(2026, 3, 1), end=MARCH_END)


@pytest.fixture
def svc(services: Any) -> DeviceServices:
    assert isinstance(services, DeviceServices)
    return services


@pytest.fixture
def march(svc: DeviceServices) -> March:
    refresh(svc)  # built before anything happened: everything below is folded in incrementally
    played = play_march(svc)
    refresh(svc)
    return played


def test_the_scenario_is_what_the_hand_computation_assumes(
    svc: DeviceServices, march: March
) -> None:
    # 1 point per yuan for 普通: E's 3000 yuan earn 3000 before the upgrade counts.
    assert march.earned_by_e == 3000
    assert svc.card(march.ids["A"]).tier_code == "T0"
    assert svc.card(march.ids["E"]).tier_code == "T1"


def test_member_overview_of_march(svc: DeviceServices, march: March) -> None:
    with svc.factory() as s:
        mo = a.member_overview(s, MARCH, now=MARCH_END)
    assert mo.members == 5
    assert mo.new_members == 4  # A enrolled in January
    # Purchases not refunded in full: A (03-02, 03-03, 03-10), D (03-02), E (03-05).
    assert mo.active_30 == a.Ratio(3, 5)
    assert mo.active_90 == a.Ratio(3, 5)
    assert mo.lapsed_members == 0
    assert [(t.tier, t.members) for t in mo.tiers] == [
        ("T0", 4),
        ("T1", 1),
        ("T2", 0),
        ("T3", 0),
        ("T4", 0),
    ]
    assert mo.tier_movement.upgrades == 1 and mo.tier_movement.downgrades == 0
    assert mo.tier_movement.into == (("T1", 1, 0),)
    assert [(g.key, g.members, g.new_members) for g in mo.by_region] == [
        ("R01", 3, 2),
        ("R02", 2, 2),
    ]
    by_store = {g.key: g for g in mo.by_store}
    assert by_store["S001"].active_30 == a.Ratio(1, 1)
    assert by_store["S002"].active_30 == a.Ratio(0, 1)  # B's only sale was refunded in full
    # The trend: one member before March, four new on the 2nd and 3rd.
    assert mo.trend[0].bucket == date(2026, 3, 1) and mo.trend[0].total_members == 1
    assert (mo.trend[1].new_members, mo.trend[1].total_members) == (3, 4)
    assert (mo.trend[2].new_members, mo.trend[2].total_members) == (1, 5)
    assert mo.trend[-1].total_members == 5 and len(mo.trend) == 31


def test_lapsing_half_a_year_after_the_last_purchase(svc: DeviceServices, march: March) -> None:
    # D last bought on 03-02 and lapses 180 days later, on 2026-08-29; A (03-10) on 09-06.
    autumn = a.Filters(start=date(2026, 8, 1), end=date(2026, 8, 31), bucket="month")
    with svc.factory() as s:
        mo = a.member_overview(s, autumn, now=date(2026, 8, 31))
    assert mo.lapsed_members == 1
    assert mo.trend[0].lapsed_members == 1
    assert mo.active_90 == a.Ratio(0, 5)


def test_member_overview_of_a_past_period_counts_purchases_up_to_its_end(
    svc: DeviceServices, march: March
) -> None:
    # On 03-04 only the purchases of 03-02 and 03-03 had happened: A and D active, E not yet.
    early = a.Filters(start=date(2026, 3, 1), end=date(2026, 3, 4))
    with svc.factory() as s:
        mo = a.member_overview(s, early, now=MARCH_END)
    assert mo.members == 5 and mo.active_30 == a.Ratio(2, 5)


def test_points_health_of_march(svc: DeviceServices, march: March) -> None:
    with svc.factory() as s:
        ph = a.points_health(s, MARCH, now=MARCH_END)
    f = ph.flow
    assert f.earned == 100 + 200 + 50 + 300 + 10 + 199 + 3000
    assert f.reversed == 100 + 50 + 300
    assert f.issued == 3859 - 450
    assert (f.spent, f.redeemed, f.redeem_returned, f.spend_returned) == (100, 400, 200, 0)
    assert f.used == 300
    assert f.adjusted_out == 300 and f.adjusted_in == 0
    assert f.expired == 0
    assert (f.debt_created, f.debt_repaid) == (300, 0)
    assert ph.consumption_rate == a.Ratio(300, 3409)
    assert ph.consumption_rate.basis_points == 880  # 8.80 %, far below the healthy band
    assert ph.consumption_healthy is False
    assert ph.breakage_rate == a.Ratio(0, 300)
    # Open now: A's last lot (199 - 100) ends 2028-03-11, E's 3000 ends 2028-03-06.
    assert [(m.month, m.points, m.value_fen) for m in ph.liability] == [
        (date(2028, 3, 1), 3099, 3099)
    ]
    assert (ph.liability_points, ph.liability_fen, ph.overdue_points) == (3099, 3099, 0)
    assert (ph.debt_points, ph.debt_members) == (300, 1)
    assert ph.points_cash_rate == 100
    days = {p.bucket: p for p in ph.trend}
    assert days[date(2026, 3, 2)].issued == 160 and days[date(2026, 3, 3)].issued == 450
    assert days[date(2026, 3, 18)].used == 0  # returned 200, redeemed 200
    assert days[date(2026, 3, 17)].used == 200


def test_points_expired_two_years_later(svc: DeviceServices, march: March) -> None:
    later = a.Filters(start=date(2028, 3, 1), end=date(2028, 3, 31), bucket="month")
    with svc.factory() as s:
        ph = a.points_health(s, later, now=MARCH_END)
    assert ph.flow.expired == 10 and ph.flow.issued == 0
    assert ph.breakage_rate == a.Ratio(10, 10) and ph.breakage_rate.basis_points == 10_000
    assert ph.consumption_rate.basis_points is None and ph.consumption_healthy is None
    assert [(p.bucket, p.expired) for p in ph.trend] == [(date(2028, 3, 1), 10)]


def test_points_health_by_store_region_and_tier(svc: DeviceServices, march: March) -> None:
    with svc.factory() as s:
        a_only = a.points_health(s, a.Filters(stores=("S001",), start=MARCH.start, end=MARCH_END))
        r02 = a.points_health(s, a.Filters(regions=("R02",), start=MARCH.start, end=MARCH_END))
        gold = a.points_health(s, a.Filters(tiers=("T1",), start=MARCH.start, end=MARCH_END))
    assert a_only.flow.issued == 100 + 200 + 199 - 100 and a_only.liability_points == 99
    assert r02.flow.issued == 300 + 10 - 300 and r02.debt_points == 300
    assert gold.flow.issued == 3000 and gold.debt_points == 0


def test_points_mall_of_march(svc: DeviceServices, march: March) -> None:
    with svc.factory() as s:
        mall = a.mall_overview(s, MARCH, now=MARCH_END)
    # One redemption left: the first was cancelled.
    assert (mall.redemptions, mall.quantity, mall.points, mall.cash_fen) == (1, 1, 200, 0)
    assert [(r.sku, r.redemptions, r.points) for r in mall.top_rewards] == [("RW0007", 1, 200)]
    assert mall.redeemers == 1
    # The cheapest reward costs 200 points; only E (3000) can pay it now (A has 99).
    assert mall.cheapest_points == 200
    assert mall.eligible_members == 1 and mall.conversion == a.Ratio(1, 1)
    trend = {p.bucket: p.redemptions for p in mall.trend}
    assert trend[date(2026, 3, 18)] == 1 and trend[date(2026, 3, 17)] == 0


def test_stock_alerts_name_low_central_and_store_stock(svc: DeviceServices, march: March) -> None:
    with svc.factory() as s:
        low_store = {
            (str(sku), str(store), int(q))
            for sku, store, q in s.execute(
                text(
                    "SELECT ss.sku, ss.store_code, ss.quantity FROM store_stock ss JOIN rewards r "
                    "ON r.sku = ss.sku WHERE r.active AND r.stock_mode = 'store' "
                    "AND ss.quantity <= 25"
                )
            )
        }
        low_central = {
            (str(sku), int(q))
            for sku, q in s.execute(
                text(
                    "SELECT sku, central_stock FROM rewards WHERE active "
                    "AND stock_mode = 'central' AND central_stock <= 25"
                )
            )
        }
        alerts = a.mall_overview(s, MARCH, stock_threshold=25, now=MARCH_END).stock_alerts
        r02 = a.mall_overview(s, a.Filters(regions=("R02",)), stock_threshold=25).stock_alerts
    assert low_store, "the seeded catalog has some low store stock"
    assert {(x.sku, x.store, x.quantity) for x in alerts if x.store} == low_store
    assert {(x.sku, x.quantity) for x in alerts if x.store is None} == low_central
    assert {(x.sku, x.store, x.quantity) for x in r02 if x.store} == {
        t for t in low_store if t[1] in ("S004", "S005")
    }
    assert all(x.threshold == 25 for x in alerts)


def test_rfm_scores_and_segments(svc: DeviceServices, march: March) -> None:
    with svc.factory() as s, s.begin():
        run = a.recompute_rfm(s, as_of=MARCH_END)
    assert run.members_scored == 3  # A, D and E bought; B's and C's sales were refunded
    with svc.factory() as s:
        scores = {
            m.code: (m.recency_days, m.frequency, m.monetary_fen, m.r, m.f, m.m, m.segment)
            for seg in a.SEGMENTS
            for m in a.segment_members(s, seg)
        }
        overview = a.rfm_overview(s)
    c = march.codes
    # Recency 21 / 29 / 26 days; value: A 100 + (200 - 100) + 200 yuan, D 10, E 3000.
    assert scores == {
        c["A"]: (21, 3, 40_000, 4, 4, 2, "loyal"),
        c["D"]: (29, 1, 1_000, 1, 1, 1, "lost"),
        c["E"]: (26, 1, 300_000, 2, 1, 4, "hibernating"),
    }
    counts = {x.segment: (x.members, x.monetary_fen, x.purchases) for x in overview.segments}
    assert counts["loyal"] == (1, 40_000, 3)
    assert counts["high_value"] == (0, 0, 0)
    assert overview.unscored_members == 2
    assert overview.run is not None and overview.run.as_of == MARCH_END
    with svc.factory() as s:
        assert a.segment_member_ids(s, "lost") == [march.ids["D"]]
        assert a.segment_member_ids(s, "lost", a.Filters(regions=("R01",))) == []


def test_churn_warning_between_two_fortnights(svc: DeviceServices, march: March) -> None:
    # Recent: 03-10..03-23; previous: 02-24..03-09.
    with svc.factory() as s, s.begin():
        a.recompute_rfm(s, as_of=date(2026, 3, 23), period_days=14)
    with svc.factory() as s:
        # A: 2 purchases, then 1: a fall of exactly 50 %, not more.
        assert a.churn_warnings(s, drop_pct=50) == []
        warned = a.churn_warnings(s, drop_pct=49)
        assert [(w.code, w.previous_purchases, w.recent_purchases) for w in warned] == [
            (march.codes["A"], 2, 1)
        ]
        w = warned[0]
        assert (w.store, w.region, w.tier, w.last_purchase_on) == (
            "S001",
            "R01",
            "T0",
            date(2026, 3, 10),
        )
        assert w.drop == a.Ratio(1, 2)
        # With one earlier purchase enough: D and E stopped altogether (100 %), then A.
        loose = a.churn_warnings(s, drop_pct=49, min_previous=1)
        assert [x.code for x in loose[:2]] == sorted([march.codes["D"], march.codes["E"]])
        assert set(a.churn_member_ids(s, drop_pct=49, min_previous=1)) == {
            march.ids["A"],
            march.ids["D"],
            march.ids["E"],
        }
        assert a.churn_member_ids(
            s, drop_pct=49, min_previous=1, filters=a.Filters(tiers=("T1",))
        ) == [march.ids["E"]]


@pytest.mark.parametrize(
    ("filters", "field"),
    [
        (a.Filters(stores=("S999",)), "store"),
        (a.Filters(regions=("R99",)), "region"),
        (a.Filters(tiers=("GOLD",)), "tier"),
        (a.Filters(start=date(2026, 3, 5), end=date(2026, 3, 1)), "period"),
    ],
)
def test_bad_filters_are_refused_by_name(
    svc: DeviceServices, filters: a.Filters, field: str
) -> None:
    refresh(svc)
    with svc.factory() as s:
        for fn in (a.member_overview, a.points_health, a.mall_overview, a.rfm_overview):
            with pytest.raises(InvalidInput) as info:
                fn(s, filters)
            assert info.value.params["field"] == field


def test_bad_rfm_and_churn_settings_are_refused(svc: DeviceServices) -> None:
    refresh(svc)
    with svc.factory() as s:
        with pytest.raises(InvalidInput):
            a.churn_warnings(s, drop_pct=0)
        with pytest.raises(InvalidInput):
            a.churn_warnings(s, min_previous=0)
        with pytest.raises(InvalidInput):
            a.segment_member_ids(s, "vip")
        with pytest.raises(InvalidInput):
            a.recompute_rfm(s, window_days=0)
