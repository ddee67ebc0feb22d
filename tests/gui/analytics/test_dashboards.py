"""Each dashboard shows the core's figures for the hand-computed March, and follows its filters."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from pytestqt.qtbot import QtBot

from core import analytics as a
from core.services import DeviceServices
from tests.gui.analytics.conftest import MARCH, open_page, wait_idle
from tests.integration.analytics.scenario import MARCH_END, March, at, sale
from ui.figures import money_text, points_text, rate_text


def figures(svc: DeviceServices, fn, filters: a.Filters, **kw):  # type: ignore[no-untyped-def]
    with svc.factory() as s:
        return fn(s, filters, now=MARCH_END, **kw)


def test_member_overview_shows_the_core_figures_of_march(
    qtbot: QtBot, svc: DeviceServices, march: March
) -> None:
    page = open_page(qtbot, svc)
    board = page.members
    mo = figures(svc, a.member_overview, MARCH)
    assert board.result == mo
    tiles = board.kpis.tiles
    # By hand (scenario.py): 5 members, 4 enrolled in March, 3 with a purchase kept.
    assert tiles["members"].value() == "5" == f"{mo.members:,}"
    assert tiles["new"].value() == "4"
    assert tiles["lapsed"].value() == "0"
    assert tiles["active_30"].value() == "60.00 %" == rate_text(mo.active_30)
    assert tiles["active_90"].value() == "60.00 %"
    assert tiles["tier_moves"].value() == "↑ 1 / ↓ 0"
    tier_data = board.tier_chart.data
    assert tier_data is not None
    assert tier_data.categories == ("普通", "铜牌", "银牌", "金牌", "钻石")
    assert tier_data.series[0].values == (4, 1, 0, 0, 0)
    growth = board.growth_chart.data
    assert growth is not None and len(growth.categories) == 31
    assert growth.series[0].values[:3] == (1, 4, 5) and growth.series[0].values[-1] == 5
    stores = board.store_table
    assert [stores.shown(r, 0).split()[0] for r in range(stores.table.rowCount())] == [
        "S001",
        "S002",
        "S003",
        "S004",
        "S005",
    ]
    assert [stores.shown(r, 4) for r in range(5)] == [
        "100.00 %",
        "0.00 %",
        "100.00 %",
        "0.00 %",
        "100.00 %",
    ]
    regions = board.region_table
    assert [(regions.shown(r, 0), regions.shown(r, 1)) for r in range(2)] == [
        ("R01", "3"),
        ("R02", "2"),
    ]
    assert board.movement_table.shown(0, 0) == "铜牌" and board.movement_table.shown(0, 1) == "1"


def test_filters_change_the_figures(qtbot: QtBot, svc: DeviceServices, march: March) -> None:
    page = open_page(qtbot, svc)
    bar = page.filter_bar
    assert bar.store_codes() == ["S001", "S002", "S003", "S004", "S005"]
    assert bar.region_codes() == ["R01", "R02"]
    assert bar.tier_codes() == ["T0", "T1", "T2", "T3", "T4"]
    tiles = page.members.kpis.tiles

    bar.store_box.setCurrentIndex(bar.store_box.findData("S001"))
    wait_idle(qtbot, page)
    assert page.members.filters is not None and page.members.filters.stores == ("S001",)
    assert tiles["members"].value() == "1" and tiles["new"].value() == "0"  # A: January
    assert tiles["active_30"].value() == "100.00 %"

    bar.store_box.setCurrentIndex(0)
    bar.tier_box.setCurrentIndex(bar.tier_box.findData("T1"))
    wait_idle(qtbot, page)
    assert tiles["members"].value() == "1"  # E, upgraded to 铜牌
    page.show_dashboard(page.points)
    wait_idle(qtbot, page)
    assert page.points.kpis.tiles["issued"].value() == "3,000"

    bar.tier_box.setCurrentIndex(0)
    bar.region_box.setCurrentIndex(bar.region_box.findData("R02"))
    wait_idle(qtbot, page)
    assert bar.store_codes() == ["S004", "S005"]  # the store list follows the region
    # C's 300 taken back and D's 10: issued 300 + 10 - 300; C owes 300.
    assert page.points.kpis.tiles["issued"].value() == "10"
    assert page.points.kpis.tiles["debt"].value() == "300"

    # The period: on 03-04 only A and D had bought (2 of 5 members).
    bar.region_box.setCurrentIndex(0)
    assert len(bar.store_codes()) == 5
    page.set_filters(replace(MARCH, end=date(2026, 3, 4)))
    page.show_dashboard(page.members)
    wait_idle(qtbot, page)
    assert tiles["active_30"].value() == "40.00 %"
    growth = page.members.growth_chart.data
    assert growth is not None and len(growth.categories) == 4

    page.set_filters(replace(MARCH, bucket="week"))
    wait_idle(qtbot, page)
    growth = page.members.growth_chart.data
    # Weeks starting 02-23 (holding 03-01), 03-02, 03-09, 03-16, 03-23, 03-30.
    assert growth is not None and growth.categories[:2] == ("02-23", "03-02")
    assert len(growth.categories) == 6


def test_a_reversed_period_is_refused_by_name_and_changes_nothing(
    qtbot: QtBot, svc: DeviceServices, march: March
) -> None:
    page = open_page(qtbot, svc)
    before = page.members.result
    page.set_filters(replace(MARCH, start=date(2026, 3, 20), end=date(2026, 3, 10)))
    wait_idle(qtbot, page)
    error = page.members.error_label
    assert error.isVisible() and "period" in error.text() and "2026-03-20" in error.text()
    assert page.members.result is before
    assert page.members.kpis.tiles["members"].value() == "5"
    page.set_filters(MARCH)
    wait_idle(qtbot, page)
    assert not page.members.error_label.isVisible()


def test_points_health_shows_the_core_figures_of_march(
    qtbot: QtBot, svc: DeviceServices, march: March
) -> None:
    page = open_page(qtbot, svc)
    page.show_dashboard(page.points)
    wait_idle(qtbot, page)
    board = page.points
    ph = figures(svc, a.points_health, MARCH)
    assert board.result == ph
    t = board.kpis.tiles
    assert t["issued"].value() == "3,409" == points_text(ph.flow.issued)
    assert t["used"].value() == "300"
    assert t["expired"].value() == "0"
    assert t["consumption"].value() == "8.80 %"
    assert "60.00 %" in t["consumption"].note_label.text()
    assert t["breakage"].value() == "0.00 %"
    assert t["liability"].value() == "3,099" and "¥30.99" in t["liability"].note_label.text()
    assert t["debt"].value() == "300" and "1" in t["debt"].note_label.text()
    consumption = board.consumption_chart.data
    assert consumption is not None and consumption.band == (6000, 8000)
    # 03-02: issued 160 (A 100, B 50, D 10), nothing used.
    trend = board.trend_chart.data
    assert trend is not None and trend.categories[1] == "03-02"
    assert [s.values[1] for s in trend.series] == [160, 0, 0]
    table = board.liability_table
    assert [table.shown(0, c) for c in range(3)] == ["2028-03", "3,099", money_text(3099)]
    assert [table.shown(1, c) for c in range(3)] == ["Total", "3,099", "¥30.99"]


def test_points_mall_shows_the_core_figures_of_march(
    qtbot: QtBot, svc: DeviceServices, march: March
) -> None:
    page = open_page(qtbot, svc)
    page.show_dashboard(page.mall)
    wait_idle(qtbot, page)
    board = page.mall
    mall = figures(svc, a.mall_overview, MARCH, stock_threshold=board.stock_threshold)
    assert board.result == mall
    t = board.kpis.tiles
    assert (t["redemptions"].value(), t["points"].value(), t["cash"].value()) == (
        "1",
        "200",
        "¥0.00",
    )
    assert t["conversion"].value() == "100.00 %"
    assert t["stock"].value() == str(len(mall.stock_alerts))
    assert board.top_table.shown(0, 0) == "RW0007" and board.top_table.shown(0, 3) == "1"
    trend = board.trend_chart.data
    assert trend is not None
    assert trend.series[0].values[17] == 1 and sum(trend.series[0].values) == 1  # 03-18
    assert board.stock_table.table.rowCount() == len(mall.stock_alerts)


def test_a_sale_made_after_opening_shows_on_the_next_read(
    qtbot: QtBot, svc: DeviceServices, march: March
) -> None:
    page = open_page(qtbot, svc)
    page.show_dashboard(page.points)
    wait_idle(qtbot, page)
    assert page.points.kpis.tiles["issued"].value() == "3,409"
    # D buys for 100 yuan on 03-20: 100 more points issued (1 point per yuan for 普通).
    sale(svc, march.codes["D"], "100", at(20))
    page.points.load(MARCH)  # what a filter change or the tab coming back does
    wait_idle(qtbot, page)
    assert page.points.kpis.tiles["issued"].value() == "3,509"
    page.show_dashboard(page.members)
    page.members.load(MARCH)
    wait_idle(qtbot, page)
    assert page.members.kpis.tiles["active_30"].value() == "60.00 %"  # D was active already


def test_the_page_as_the_main_window_builds_it(qtbot: QtBot, gui_services: DeviceServices) -> None:
    # DashboardsPage(services, parent) with the real clock: the seeded chain's March is long
    # past, so the last 30 days hold no new member, but every dashboard opens without error.
    from PySide6.QtWidgets import QWidget

    from desktop.pages.dashboards import DashboardsPage

    window = QWidget()
    qtbot.addWidget(window)
    page = DashboardsPage(gui_services, window)
    window.resize(1280, 800)
    page.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    page.start()
    assert page.members.loading_label.isVisibleTo(page)
    wait_idle(qtbot, page)
    assert not page.members.loading_label.isVisibleTo(page)
    for board in page.dashboards():
        page.show_dashboard(board)
        wait_idle(qtbot, page)
        assert board.result is not None and not board.error_label.isVisibleTo(page)
    assert page.members.kpis.tiles["members"].value() == "40"
    assert page.members.kpis.tiles["new"].value() == "0"


def test_filters_changed_while_a_read_runs_cost_one_more_read(
    qtbot: QtBot, svc: DeviceServices, march: March
) -> None:
    page = open_page(qtbot, svc)
    board = page.members
    shown: list[a.MemberOverview] = []
    board.sig_loaded.connect(shown.append)
    for store in ("S001", "S002", "S003"):
        board.load(replace(MARCH, stores=(store,)))
    wait_idle(qtbot, page)
    # The first read ran; of the two that waited, only the newest did.
    assert [r.scope.filters.stores for r in shown] == [("S003",)]
    assert board.result is not None and board.result.scope.filters.stores == ("S003",)
    assert board.kpis.tiles["members"].value() == "1"


def test_a_database_held_by_another_program_is_said_not_hidden(
    qtbot: QtBot, svc: DeviceServices, march: March
) -> None:
    import sqlite3

    from sqlalchemy import event

    from tests.gui.analytics.conftest import db_of

    page = open_page(qtbot, svc)
    board = page.points
    page.show_dashboard(board)
    wait_idle(qtbot, page)
    shown = board.result
    engine = svc.factory.kw["bind"]
    engine.dispose()  # new connections wait 50 ms for a lock, not the usual seconds

    @event.listens_for(engine, "connect")
    def _short(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute("PRAGMA busy_timeout = 50")

    # Another program is writing: the read cannot start, an unexpected error, not a refusal.
    other = sqlite3.connect(db_of(svc), timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        board.load(replace(MARCH, tiers=("T1",)))
        qtbot.waitUntil(lambda: not board.is_busy(), timeout=30_000)
    finally:
        other.rollback()
        other.close()
    assert board.error_label.isVisibleTo(page)
    assert "could not be read" in board.error_label.text()
    assert board.result is shown  # the last good figures stay
    board.load(MARCH)  # and trying again works
    wait_idle(qtbot, page)
    assert not board.error_label.isVisibleTo(page)
