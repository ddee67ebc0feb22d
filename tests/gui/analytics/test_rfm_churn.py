"""RFM & churn: recompute with progress, segments as the core scores them, and a coupon or an
export from a segment or the churn warning list."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from core import analytics as a
from core.codes import mask_name
from core.services import DeviceServices
from tests.gui.analytics.conftest import db_of, open_page, outbox, read_csv, read_xlsx, wait_idle
from tests.integration.analytics.scenario import MARCH_END, March


def test_recompute_then_segments_as_the_core_scores_them(
    qtbot: QtBot, svc: DeviceServices, march: March
) -> None:
    page = open_page(qtbot, svc)
    page.show_dashboard(page.rfm)
    wait_idle(qtbot, page)
    board = page.rfm
    assert board.result is not None and board.result.overview.run is None
    assert "Recompute" in board.run_label.text()

    board.recompute_button.click()
    qtbot.waitUntil(lambda: not board.is_acting(), timeout=15_000)
    wait_idle(qtbot, page)
    view = board.result
    assert view is not None and view.overview.run is not None
    assert view.overview.run.as_of == MARCH_END and "2026-03-31" in board.run_label.text()
    with svc.factory() as s:
        assert view.overview == a.rfm_overview(s, page.filters(), now=MARCH_END)
    # By hand (test_hand_computed.py): A loyal (¥400), D lost (¥10), E hibernating (¥3,000).
    table = board.segment_table
    shown = {
        table.shown(r, 0): (table.shown(r, 1), table.shown(r, 4))
        for r in range(table.table.rowCount())
    }
    assert shown == {
        "High value": ("0", "¥0.00"),
        "Loyal": ("1", "¥400.00"),
        "Potential": ("0", "¥0.00"),
        "At risk": ("0", "¥0.00"),
        "Hibernating": ("1", "¥3,000.00"),
        "Lost": ("1", "¥10.00"),
    }
    members = board.members_chart.data
    assert members is not None and members.series[0].values == (0, 1, 0, 0, 1, 1)
    value = board.value_chart.data
    assert value is not None and value.series[0].values == (0, 40_000, 0, 0, 300_000, 1_000)
    assert value.scale == 100
    # Nobody bought in both 90-day periods: the churn list is empty.
    assert board.churn_table.table.rowCount() == 0 and not board.churn_coupon.isEnabled()


def test_churn_list_coupon_and_export(
    qtbot: QtBot, svc: DeviceServices, march: March, tmp_path: Path
) -> None:
    # Two fortnights: A bought twice (03-02, 03-03) and then once (03-10).
    with svc.factory() as s, s.begin():
        a.refresh_aggregates(s)
        a.recompute_rfm(s, as_of=date(2026, 3, 23), period_days=14)
    page = open_page(qtbot, svc)
    page.show_dashboard(page.rfm)
    wait_idle(qtbot, page)
    board = page.rfm
    assert board.churn_table.table.rowCount() == 0  # a fall of exactly 50 % is not more
    board.drop_box.setValue(49)
    board.reload()
    wait_idle(qtbot, page)
    churn = board.churn_table
    assert churn.table.rowCount() == 1
    code = march.codes["A"]
    assert [churn.shown(0, c) for c in (0, 1, 3, 4, 5, 6, 7, 8)] == [
        code,
        "会员A",
        "R01",
        "普通",
        "2026-03-10",
        "2",
        "1",
        "50.00 %",
    ]
    assert churn.shown(0, 2).startswith("S001")
    assert board.churn_label.text() == "1 members on the list"

    path = tmp_path / "churn.csv"
    board.export_members(str(path), ("churn", ""))
    qtbot.waitUntil(lambda: not board.is_acting(), timeout=10_000)
    rows = read_csv(path)
    masked = mask_name("会员A")
    assert rows[1] == [code, masked, "S001", "T0", "2026-03-10", "R01", "2", "1", "50.00"]
    assert len(rows) == 2

    db = db_of(svc)
    before = len(outbox(db))
    board.churn_coupon.click()
    qtbot.waitUntil(lambda: board.dialog is not None, timeout=10_000)
    dialog = board.dialog
    assert dialog is not None and dialog.reach() == 1
    dialog.template_box.setCurrentIndex(0)
    template = dialog.template_id()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: board.running is not None and not board.is_acting(), timeout=10_000)
    made = outbox(db)[before:]
    assert [(k, p["member_id"], p["template_id"]) for k, p in made] == [
        ("issue_coupon", march.ids["A"], template)
    ]
    assert "1 coupons issued" in board.status_label.text()


def test_segment_coupon_and_export(
    qtbot: QtBot, svc: DeviceServices, march: March, tmp_path: Path
) -> None:
    with svc.factory() as s, s.begin():
        a.refresh_aggregates(s)
        a.recompute_rfm(s, as_of=MARCH_END)
    page = open_page(qtbot, svc)
    page.show_dashboard(page.rfm)
    wait_idle(qtbot, page)
    board = page.rfm
    assert not board.segment_coupon.isEnabled()  # no segment chosen yet
    board.select_segment("high_value")
    assert not board.segment_coupon.isEnabled()  # nobody in it
    board.select_segment("hibernating")
    assert board.selected_segment() == "hibernating" and board.segment_export.isEnabled()

    path = tmp_path / "hibernating.xlsx"
    board.export_members(str(path), ("segment", "hibernating"))
    qtbot.waitUntil(lambda: not board.is_acting(), timeout=10_000)
    rows = read_xlsx(path)
    assert rows[0][:5] == ["Member no.", "Name", "Store", "Tier", "Last purchase"]
    # E: 3,000 yuan on 03-05, scored R2 F1 M4.
    e = rows[1]
    assert e[0] == march.codes["E"] and e[1] == mask_name("会员E") and e[2] == "S003"
    assert e[3] == "T1" and e[4] == "2026-03-05" and e[5] == "hibernating"
    assert (e[6], e[7], e[8], e[9]) == (2, 1, 4, 1)
    assert str(e[10]) in ("3000", "3000.0", "3000.00")
    assert len(rows) == 2

    db = db_of(svc)
    before = len(outbox(db))
    board.segment_coupon.click()
    qtbot.waitUntil(lambda: board.dialog is not None, timeout=10_000)
    dialog = board.dialog
    assert dialog is not None and dialog.reach() == 1
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: board.running is not None and not board.is_acting(), timeout=10_000)
    made = outbox(db)[before:]
    assert [(k, p["member_id"]) for k, p in made] == [("issue_coupon", march.ids["E"])]


def test_coupons_from_the_back_office_name_its_operator_and_wake_sync(
    qtbot: QtBot, svc: DeviceServices, march: March
) -> None:
    from desktop.app import OperatorServices
    from desktop.pages.dashboards import DashboardsPage
    from tests.gui.analytics.conftest import MARCH

    with svc.factory() as s, s.begin():
        a.refresh_aggregates(s)
        a.recompute_rfm(s, as_of=MARCH_END)
    woken: list[int] = []
    page = DashboardsPage(
        OperatorServices(svc, "hq-wang", lambda: woken.append(1)), today=lambda: MARCH_END
    )
    qtbot.addWidget(page)
    page.show()
    page.start()
    page.set_filters(MARCH)
    page.show_dashboard(page.rfm)
    wait_idle(qtbot, page)
    board = page.rfm
    db = db_of(svc)
    before = len(outbox(db))
    board.issue_coupons([march.ids["D"]], "CT-100-10")
    qtbot.waitUntil(lambda: board.running is not None and not board.is_acting(), timeout=10_000)
    with sqlite3.connect(db) as conn:
        staff = [
            r[0]
            for r in conn.execute(
                "SELECT staff FROM commands WHERE sync_state = 'local' ORDER BY seq"
            )
        ][before:]
    assert staff == ["hq-wang"] and woken == [1]


def test_a_long_churn_list_shows_its_head_and_acts_on_all(
    qtbot: QtBot, svc: DeviceServices, march: March, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.pages.dashboards import rfm

    monkeypatch.setattr(rfm, "CHURN_SHOWN", 1)
    with svc.factory() as s, s.begin():
        a.refresh_aggregates(s)
        a.recompute_rfm(s, as_of=date(2026, 3, 23), period_days=14)
    page = open_page(qtbot, svc)
    page.show_dashboard(page.rfm)
    board = page.rfm
    board.drop_box.setValue(49)
    board.min_box.setValue(1)
    board.reload()
    wait_idle(qtbot, page)
    # A, D and E are on the list (test_hand_computed.py); one line is shown.
    assert board.churn_table.table.rowCount() == 1
    assert board.churn_label.text().startswith("More than 1 members on the list")
    board.churn_coupon.click()
    qtbot.waitUntil(lambda: board.dialog is not None, timeout=10_000)
    assert board.dialog is not None and board.dialog.reach() == 3
    board.dialog.reject()


def test_an_export_that_cannot_be_written_is_said(
    qtbot: QtBot, svc: DeviceServices, march: March, tmp_path: Path
) -> None:
    with svc.factory() as s, s.begin():
        a.refresh_aggregates(s)
        a.recompute_rfm(s, as_of=MARCH_END)
    page = open_page(qtbot, svc)
    page.show_dashboard(page.rfm)
    wait_idle(qtbot, page)
    board = page.rfm
    board.export_members(str(tmp_path / "no-such-folder" / "lost.csv"), ("segment", "lost"))
    qtbot.waitUntil(lambda: not board.is_acting(), timeout=10_000)
    error = board.error_label
    assert error.isVisibleTo(page) and "No such file or directory" in error.text()
    assert "lost.csv" in error.text()
    assert board.recompute_button.isEnabled()
    assert not (tmp_path / "no-such-folder").exists()
