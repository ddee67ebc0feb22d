"""On a seeded chain, every figure equals the same figure computed from the source tables."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from core import analytics as a

NOW = datetime(2026, 6, 15, 12, 0)
TODAY = NOW.date()
PERIOD = (date(2026, 4, 1), date(2026, 6, 15))

FILTERS = [
    a.Filters(start=PERIOD[0], end=PERIOD[1]),
    a.Filters(start=PERIOD[0], end=PERIOD[1], regions=("R02",)),
    a.Filters(start=PERIOD[0], end=PERIOD[1], tiers=("T0", "T2"), stores=("S001", "S004")),
]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sessionmaker[Session]]:
    from core.db.engine import open_device_db
    from core.seed import seed_device

    path: Path = tmp_path_factory.mktemp("seeded") / "d.db"
    factory = open_device_db(path)
    seed_device(factory, members=600, now=NOW)
    with factory() as s, s.begin():
        a.refresh_aggregates(s)
        a.recompute_rfm(s, as_of=TODAY)
    yield factory
    factory.kw["bind"].dispose()


def scoped_members(s: Session, f: a.Filters) -> str:
    """SQL selecting the ids of members in the filters' scope, straight from ``members``."""
    conds = ["1=1"]
    if f.stores or f.regions:
        stores = "SELECT code FROM stores WHERE 1=1"
        if f.stores:
            stores += " AND code IN ({})".format(",".join(f"'{c}'" for c in f.stores))
        if f.regions:
            stores += " AND region IN ({})".format(",".join(f"'{c}'" for c in f.regions))
        conds.append(f"home_store IN ({stores})")
    if f.tiers:
        conds.append("tier_code IN ({})".format(",".join(f"'{c}'" for c in f.tiers)))
    return f"SELECT id FROM members WHERE {' AND '.join(conds)}"


def one(session: Session, sql: str, **params: Any) -> Any:
    return session.execute(text(sql), params).scalar()


@pytest.mark.parametrize("f", FILTERS)
def test_member_figures_equal_direct_sql(seeded: sessionmaker[Session], f: a.Filters) -> None:
    with seeded() as s:
        mo = a.member_overview(s, f, now=TODAY)
        ids = scoped_members(s, f)
        end = f.end.isoformat() if f.end else ""
        start = f.start.isoformat() if f.start else ""
        members = one(
            s, f"SELECT count(*) FROM members WHERE id IN ({ids}) AND enrolled_on <= :e", e=end
        )
        new = one(
            s,
            f"SELECT count(*) FROM members WHERE id IN ({ids}) AND enrolled_on BETWEEN :s0 AND :e",
            s0=start,
            e=end,
        )
        last = (
            "SELECT member_id, max(date(at)) AS last FROM sales WHERE net_fen > refunded_fen "
            f"AND date(at) <= :e AND member_id IN ({ids}) GROUP BY member_id"
        )

        def active(days: int) -> int:
            since = (f.end - timedelta(days=days - 1)).isoformat()  # type: ignore[operator]
            return int(
                one(s, f"SELECT count(*) FROM ({last}) WHERE last >= :since", e=end, since=since)
            )

        lapsed = one(
            s,
            f"SELECT count(*) FROM ({last}) WHERE date(last, '+180 days') BETWEEN :s0 AND :e",
            s0=start,
            e=end,
        )
        tiers = dict(
            s.execute(
                text(
                    f"SELECT tier_code, count(*) FROM members WHERE id IN ({ids}) "
                    "AND enrolled_on <= :e GROUP BY tier_code"
                ),
                {"e": end},
            ).all()
        )
        active30, active90 = active(30), active(90)
    assert mo.members == members and members > 0
    assert mo.new_members == new
    assert mo.active_30 == a.Ratio(active30, members)
    assert mo.active_90 == a.Ratio(active90, members)
    assert mo.lapsed_members == lapsed
    assert {t.tier: t.members for t in mo.tiers if t.members} == tiers
    assert sum(p.new_members for p in mo.trend) == new


KIND_SIGN = {
    "earned": ("earn", 1),
    "gifted": ("gift", 1),
    "reversed": ("reverse", -1),
    "spent": ("spend", -1),
    "spend_returned": ("spend_return", 1),
    "redeemed": ("redeem", -1),
    "redeem_returned": ("redeem_return", 1),
    "expired": ("expire", -1),
}


@pytest.mark.parametrize("f", FILTERS)
def test_points_figures_equal_direct_sql(seeded: sessionmaker[Session], f: a.Filters) -> None:
    with seeded() as s:
        ph = a.points_health(s, f, now=TODAY)
        ids = scoped_members(s, f)
        by_kind = dict(
            s.execute(
                text(
                    "SELECT kind, sum(points) FROM point_entries WHERE date(created_at) "
                    f"BETWEEN :s AND :e AND member_id IN ({ids}) GROUP BY kind"
                ),
                {"s": f.start.isoformat(), "e": f.end.isoformat()},  # type: ignore[union-attr]
            ).all()
        )
        months = dict(
            s.execute(
                text(
                    "SELECT strftime('%Y-%m', expires_at), sum(remaining) FROM point_lots "
                    f"WHERE remaining > 0 AND member_id IN ({ids}) GROUP BY 1"
                )
            ).all()
        )
        debt = one(
            s, f"SELECT coalesce(sum(debt), 0) FROM point_accounts WHERE member_id IN ({ids})"
        )
    for field, (kind, sign) in KIND_SIGN.items():
        assert getattr(ph.flow, field) == sign * int(by_kind.get(kind) or 0), field
    assert ph.flow.earned > 0 and ph.flow.expired > 0
    assert {m.month.strftime("%Y-%m"): m.points for m in ph.liability} == months
    assert ph.liability_points == sum(months.values())
    assert ph.liability_fen == ph.liability_points * 100 // ph.points_cash_rate
    assert ph.debt_points == debt


@pytest.mark.parametrize("f", FILTERS)
def test_mall_figures_equal_direct_sql(seeded: sessionmaker[Session], f: a.Filters) -> None:
    with seeded() as s:
        mall = a.mall_overview(s, f, top=5, now=TODAY)
        ids = scoped_members(s, f)
        p = {"s": f.start.isoformat(), "e": f.end.isoformat()}  # type: ignore[union-attr]
        where = f"status = 'completed' AND date(at) BETWEEN :s AND :e AND member_id IN ({ids})"
        n, qty, points = s.execute(
            text(
                "SELECT count(*), coalesce(sum(qty), 0), coalesce(sum(points), 0) "
                f"FROM redemptions WHERE {where}"
            ),
            p,
        ).one()
        redeemers = s.execute(
            text(f"SELECT count(DISTINCT member_id) FROM redemptions WHERE {where}"), p
        ).scalar()
        per_sku = dict(
            s.execute(
                text(f"SELECT sku, count(*) FROM redemptions WHERE {where} GROUP BY sku"), p
            ).all()
        )
        cheapest = mall.cheapest_points
        eligible = one(
            s,
            "SELECT count(*) FROM members m JOIN point_accounts pa ON pa.member_id = m.id "
            f"WHERE m.status = 'active' AND pa.balance >= :c AND m.id IN ({ids})",
            c=cheapest,
        )
    assert (mall.redemptions, mall.quantity, mall.points) == (n, qty, points)
    assert mall.redeemers == redeemers and mall.eligible_members == eligible
    assert mall.conversion == a.Ratio(redeemers, eligible)
    for r in mall.top_rewards:
        assert per_sku[r.sku] == r.redemptions
    assert [r.redemptions for r in mall.top_rewards] == sorted(per_sku.values(), reverse=True)[:5]


def test_rfm_measures_and_churn_counts_equal_direct_sql(seeded: sessionmaker[Session]) -> None:
    window = (TODAY - timedelta(days=365)).isoformat()
    recent0 = (TODAY - timedelta(days=90)).isoformat()
    prev0 = (TODAY - timedelta(days=180)).isoformat()
    with seeded() as s:
        stored = {
            r[0]: tuple(r[1:])
            for r in s.execute(
                text(
                    "SELECT member_id, last_purchase_on, frequency, monetary_fen, "
                    "previous_purchases, recent_purchases FROM analytics_rfm"
                )
            )
        }
        direct: dict[str, list[Any]] = defaultdict(lambda: [None, 0, 0, 0, 0])
        for member_id, day, counted, value in s.execute(
            text(
                "SELECT member_id, date(at), net_fen > refunded_fen, net_fen - refunded_fen "
                "FROM sales WHERE member_id IS NOT NULL AND date(at) <= :t"
            ),
            {"t": TODAY.isoformat()},
        ):
            row = direct[member_id]
            if counted:
                row[0] = max(row[0] or day, day)
            if day > window:
                row[1] += int(counted)
                row[2] += int(value)
            if day > recent0:
                row[4] += int(counted)
            elif day > prev0:
                row[3] += int(counted)
        warned = {w.member_id for w in a.churn_warnings(s)}
    expected = {m: tuple(v) for m, v in direct.items() if v[0] is not None}
    assert stored == expected
    assert warned == {
        m for m, v in expected.items() if v[3] >= 2 and (v[3] - v[4]) * 100 > 50 * v[3]
    }
    assert warned, "the seeded chain has members whose purchases fell"


def test_rfm_scores_are_quintiles_within_the_database(seeded: sessionmaker[Session]) -> None:
    with seeded() as s:
        rows = s.execute(
            text("SELECT recency_days, frequency, monetary_fen, r, f, m FROM analytics_rfm")
        ).all()
    n = len(rows)
    for value_at, score_at, better_is_higher in ((0, 3, False), (1, 4, True), (2, 5, True)):
        values = [r[value_at] for r in rows]
        for r in rows:
            v = r[value_at]
            worse = sum(1 for x in values if (x < v if better_is_higher else x > v))
            assert r[score_at] == 1 + 5 * worse // n
    # Ties share a score, so a member is never scored below one with the same value.
    for value_at, score_at in ((0, 3), (1, 4), (2, 5)):
        by_value: dict[Any, set[int]] = defaultdict(set)
        for r in rows:
            by_value[r[value_at]].add(r[score_at])
        assert all(len(v) == 1 for v in by_value.values())
    assert {r[5] for r in rows} == {1, 2, 3, 4, 5}


def test_more_commands_on_a_seeded_chain_fold_in_exactly(tmp_path: Path) -> None:
    from core.db.engine import open_device_db
    from core.seed import seed_device
    from core.services import DeviceServices, SaleLineInput
    from tests.integration.analytics.scenario import rebuilt, refresh, snapshot

    path = tmp_path / "d.db"
    seed_device(open_device_db(path), members=150, now=NOW)
    svc = DeviceServices.open(str(path))
    try:
        refresh(svc)
        with svc.factory() as s:
            codes = [
                r[0] for r in s.execute(text("SELECT code FROM members ORDER BY code LIMIT 12"))
            ]
        for i, code in enumerate(codes):
            applied = svc.record_sale([SaleLineInput(10_000 + 100 * i)], member_key=code, at=NOW)
            if i % 3 == 0:
                svc.refund(str(applied.result["sale_id"]), 5_000, at=NOW + timedelta(hours=1))
            if i % 4 == 0:
                svc.expire_due(svc.find(code).id, at=NOW + timedelta(days=800))
        refresh(svc)
        assert snapshot(svc) == rebuilt(svc)
    finally:
        svc.factory.kw["bind"].dispose()
