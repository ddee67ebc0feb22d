"""Folding in only what changed gives exactly what a full build gives, whatever wrote the rows."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from core import analytics as a
from core.services import DeviceServices
from tests.integration.analytics.scenario import (
    at,
    play_march,
    rebuilt,
    refresh,
    sale,
    snapshot,
)


@pytest.fixture
def svc(services: Any) -> DeviceServices:
    assert isinstance(services, DeviceServices)
    return services


def dirty(svc: DeviceServices) -> int:
    with svc.factory() as s:
        return int(s.execute(text("SELECT count(*) FROM analytics_dirty")).scalar_one())


def test_capture_is_silent_until_the_first_build(svc: DeviceServices) -> None:
    play_march(svc)
    assert dirty(svc) == 0
    report = refresh(svc)
    assert report.full and report.members == 5
    assert snapshot(svc) == rebuilt(svc)
    sale(svc, svc.find("13800000001").code, "88", at(20))
    assert dirty(svc) > 0
    again = refresh(svc)
    assert not again.full and again.members == 1 and again.member_days >= 1
    assert dirty(svc) == 0
    assert refresh(svc) == a.RefreshReport(full=False, members=0, member_days=0)


def test_refreshing_after_every_step_equals_a_full_build(svc: DeviceServices) -> None:
    refresh(svc)
    checks: list[bool] = []

    def step() -> None:
        refresh(svc)
        checks.append(snapshot(svc) == rebuilt(svc))

    march = play_march(svc, refresh=step)
    assert checks and all(checks)
    # A home-store move takes the member's whole history (and RFM score) to the new store.
    with svc.factory() as s, s.begin():
        a.recompute_rfm(s, as_of=date(2026, 3, 31))
    card = svc.card(march.ids["A"])
    svc.edit_profile(march.codes["A"], card.version, home_store="S002", at=at(25))
    refresh(svc)
    assert snapshot(svc) == rebuilt(svc)
    with svc.factory() as s:
        loyal = {
            x.segment: x.members for x in a.rfm_overview(s, a.Filters(stores=("S002",))).segments
        }
        assert loyal["loyal"] == 1
    card = svc.card(march.ids["B"])
    svc.edit_profile(march.codes["B"], card.version, home_store="S003", at=at(25))
    refresh(svc)
    assert snapshot(svc) == rebuilt(svc)
    with svc.factory() as s:
        moved = a.points_health(
            s, a.Filters(stores=("S003",), start=date(2026, 3, 1), end=date(2026, 3, 31))
        )
        assert moved.flow.earned == 3000 + 50 and moved.flow.reversed == 50


def test_rows_deleted_by_a_rejected_command_leave_the_aggregates(svc: DeviceServices) -> None:
    from sync.push import reject

    refresh(svc)
    play_march(svc)
    code = svc.find("13800000001").code
    applied = svc.record_sale(
        [__import__("core.services", fromlist=["SaleLineInput"]).SaleLineInput(50_000)],
        member_key=code,
        at=at(26),
    )
    enrolled = svc.enrol("退回", "13800000009", home_store="S002", at=at(26))
    refresh(svc)
    with svc.factory() as s:
        before = a.points_health(s, a.Filters(start=date(2026, 3, 26), end=date(2026, 3, 26)))
    assert before.flow.earned == 500
    with svc.factory() as s, s.begin():
        reject(s, applied.command_id, {"code": "rejected", "message": "", "params": {}})
        reject(s, enrolled.command_id, {"code": "rejected", "message": "", "params": {}})
    refresh(svc)
    assert snapshot(svc) == rebuilt(svc)
    with svc.factory() as s:
        after = a.points_health(s, a.Filters(start=date(2026, 3, 26), end=date(2026, 3, 26)))
        mo = a.member_overview(s, a.Filters(start=date(2026, 3, 1), end=date(2026, 3, 31)))
    assert after.flow.earned == 0
    assert mo.members == 5


def test_rows_replaced_by_a_pull_are_taken_as_the_server_has_them(svc: DeviceServices) -> None:
    from sync.mirror import Mirror

    refresh(svc)
    march = play_march(svc)
    refresh(svc)
    # The server's version of A's first sale says 30 yuan of it were refunded elsewhere, and of
    # E's member row that E is 银牌 since 03-20 with home store S004.
    with svc.factory() as s:
        sale_row = (
            s.execute(text("SELECT * FROM sales WHERE id = :id"), {"id": march.sales["A1"]})
            .mappings()
            .one()
        )
        member_row = (
            s.execute(text("SELECT * FROM members WHERE id = :id"), {"id": march.ids["E"]})
            .mappings()
            .one()
        )
    sale_cols = list(sale_row)
    sale_vals = [3000 if c == "refunded_fen" else _wire(sale_row[c]) for c in sale_cols]
    member_cols = list(member_row)
    member_vals = [
        {"tier_code": "T2", "tier_since": "2026-03-20", "home_store": "S004"}.get(
            c, _wire(member_row[c])
        )
        for c in member_cols
    ]
    with svc.factory() as s, s.begin():
        mirror = Mirror(s, set())
        mirror.apply({"entity": "sales", "columns": sale_cols, "rows": [sale_vals]})
        mirror.apply({"entity": "members", "columns": member_cols, "rows": [member_vals]})
    refresh(svc)
    assert snapshot(svc) == rebuilt(svc)
    with svc.factory() as s:
        mo = a.member_overview(s, a.Filters(start=date(2026, 3, 1), end=date(2026, 3, 31)))
        r02 = a.points_health(
            s, a.Filters(regions=("R02",), start=date(2026, 3, 1), end=date(2026, 3, 31))
        )
    assert mo.tier_movement.upgrades == 2
    assert r02.flow.earned == 300 + 10 + 3000


def _wire(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def test_a_restored_tier_cancels_the_recorded_move(svc: DeviceServices) -> None:
    refresh(svc)
    march = play_march(svc)
    with svc.factory() as s, s.begin():
        s.execute(
            text("UPDATE members SET tier_code = 'T0', tier_since = :d WHERE id = :id"),
            {"d": "2026-03-02", "id": march.ids["E"]},
        )
    refresh(svc)
    with svc.factory() as s:
        moves = s.execute(text("SELECT count(*) FROM analytics_tier_moves")).scalar_one()
    assert moves == 0
    assert snapshot(svc) == rebuilt(svc)


def test_a_database_from_an_earlier_draft_of_the_migration_is_completed(
    svc: DeviceServices,
) -> None:
    # Revision 0004 changed while it was new: a database migrated by its first draft had
    # INSERT OR IGNORE triggers (which a pull's upsert turned into errors) and fewer tables.
    refresh(svc)
    play_march(svc)
    refresh(svc)
    with svc.factory() as s, s.begin():
        a.recompute_rfm(s, as_of=date(2026, 3, 31))
    before = snapshot(svc)
    with svc.factory() as s, s.begin():
        s.execute(text("DROP TABLE analytics_last_purchase"))
        s.execute(text("DROP TABLE analytics_rfm_rollup"))
        s.execute(text("DROP TRIGGER tr_analytics_sales_u"))
        s.execute(
            text(
                "CREATE TRIGGER tr_analytics_sales_u AFTER UPDATE ON sales FOR EACH ROW "
                "BEGIN INSERT OR IGNORE INTO analytics_dirty (member_id, day) "
                "VALUES (NEW.member_id, date(NEW.at)); END"
            )
        )
    refresh(svc)
    assert snapshot(svc) == before
    sale(svc, svc.find("13800000001").code, "66", at(28))
    refresh(svc)
    assert snapshot(svc) == rebuilt(svc)
    with svc.factory() as s:
        sql = s.execute(
            text("SELECT sql FROM sqlite_master WHERE name = 'tr_analytics_sales_u'")
        ).scalar_one()
    assert "OR IGNORE" not in sql
