"""Point rules page: the calculator gives the till's figures, edits change it, bad input is
shown and nothing is sent, a standalone database says publishing needs the central server,
and a new version published on a real central API process comes back with the next sync."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from core import clock
from core.directory import MemberRow
from core.services import DeviceServices, SaleLineInput
from desktop.pages.rules import C_CODE, C_END, C_NAME, C_START, RulesPage
from sync.service import SyncService
from tests.gui.desktop.rulebook_fixtures import (  # noqa: F401  (fixtures)
    BackOffice,
    backoffice,
    finish,
    qloop,
    until,
)
from tests.integration.server.conftest import db_url, template  # noqa: F401  (fixtures)
from tests.integration.sync.conftest import central, private_keyring  # noqa: F401  (fixtures)
from ui.admin_session import AdminSession
from ui.sync_bridge import SyncBridge

ON_SQLITE = pytest.mark.parametrize("template", ["sqlite"], indirect=True)
# A Wednesday (会员日) after the seeded history: nobody has earned anything that day.
SALE_DAY = date(2026, 12, 2)


def open_page(
    qtbot: QtBot, services: DeviceServices, *, bridge: SyncBridge | None = None
) -> RulesPage:
    page = RulesPage(services, AdminSession(), sync_bridge=bridge)
    qtbot.addWidget(page)
    page.resize(1360, 860)
    page.show()
    page.start()
    qtbot.waitUntil(lambda: page.base is not None and not page.is_busy(), timeout=10_000)
    return page


def set_lines(page: RulesPage, *lines: tuple[str, str]) -> None:
    for row in range(page.calc_lines.rowCount()):
        for col in range(2):
            item = page.calc_lines.item(row, col)
            assert item is not None
            item.setText(lines[row][col] if row < len(lines) else "")


def calculated(qtbot: QtBot, page: RulesPage) -> None:
    qtbot.waitUntil(lambda: not page.is_busy())


def test_calculator_gives_what_the_till_gives(
    qtbot: QtBot, gui_services: DeviceServices, member_rows: list[MemberRow]
) -> None:
    page = open_page(qtbot, gui_services)
    page.calc_rules_box.setCurrentIndex(page.calc_rules_box.findData("published"))
    page.calc_date_edit.setDate(QDate(SALE_DAY.year, SALE_DAY.month, SALE_DAY.day))
    set_lines(page, ("high_margin", "80"), ("", "48.50"), ("fresh", "1,234.56"))
    at = datetime.combine(SALE_DAY, datetime.min.time()).replace(hour=12)
    lines = [
        SaleLineInput(8_000, "high_margin"),
        SaleLineInput(4_850),
        SaleLineInput(123_456, "fresh"),
    ]
    tiers_seen = set()
    for row in member_rows:
        if row.tier_code in tiers_seen:
            continue
        tiers_seen.add(row.tier_code)
        card = gui_services.card(row.id)
        birthday = getattr(card, "birthday", None)
        page.calc_tier_box.setCurrentIndex(page.calc_tier_box.findData(row.tier_code))
        page.calc_birthday_check.setChecked(birthday is not None and birthday.month == 12)
        calculated(qtbot, page)
        till = gui_services.preview_earn(row.id, lines, at)
        assert page.result is not None, page.calc_error.text()
        assert page.result.points == till.points
        assert [(p.code, p.points) for p in page.result.parts] == [
            (p.code, p.points) for p in till.parts
        ]
        assert page.calc_points_label.text() == f"{till.points:,}"
    assert len(tiers_seen) >= 3
    # 会员日 doubles the base: the breakdown says so as the checkout does.
    assert "会员日" in page.calc_breakdown_label.text()


def test_edited_rules_change_the_calculator(qtbot: QtBot, gui_services: DeviceServices) -> None:
    page = open_page(qtbot, gui_services)
    page.calc_tier_box.setCurrentIndex(page.calc_tier_box.findData("T0"))
    page.calc_date_edit.setDate(QDate(2026, 12, 3))  # a Thursday: no campaign
    set_lines(page, ("", "100"))
    calculated(qtbot, page)
    assert page.result is not None and page.result.points == 100  # 1 point per yuan
    page.base_rate_spin.setValue(250)  # 2.5 points per yuan
    calculated(qtbot, page)
    assert page.result is not None and page.result.points == 250
    assert page.calc_breakdown_label.text() == "250 base (on ¥100.00)"
    # The version in force that day still gives 100: nothing is published by editing.
    page.calc_rules_box.setCurrentIndex(page.calc_rules_box.findData("published"))
    calculated(qtbot, page)
    assert page.result is not None and page.result.points == 100
    set_lines(page, ("", "12.345"))
    calculated(qtbot, page)
    assert page.result is None
    assert "12.345" in page.calc_error.text()


def _campaign_row(page: RulesPage, code: str) -> int:
    for row in range(page.campaign_table.rowCount()):
        item = page.campaign_table.item(row, C_CODE)
        if item is not None and item.text() == code:
            return row
    raise KeyError(code)


def _set(page: RulesPage, row: int, col: int, text: str) -> None:
    item = page.campaign_table.item(row, col)
    assert item is not None
    item.setText(text)


def test_bad_campaign_dates_are_shown_and_nothing_is_published(
    qtbot: QtBot,
    gui_services: DeviceServices,
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    page = open_page(qtbot, gui_services)
    page.add_campaign_button.click()
    row = page.campaign_table.rowCount() - 1
    _set(page, row, C_CODE, "spring")
    _set(page, row, C_NAME, "春季")
    _set(page, row, C_START, "2027-03-31")
    _set(page, row, C_END, "2027-03-01")
    finish(qloop, page.publish())
    assert "spring: it ends before it starts" in page.campaign_error.text()
    assert page.save_status.text() == "Nothing was sent: correct the fields marked in red."
    _set(page, row, C_END, "2027-13-01")
    finish(qloop, page.publish())
    assert "“2027-13-01” is not a date" in page.campaign_error.text()
    _set(page, row, C_END, "2027-04-30")
    page.cap_field.setText("lots")
    finish(qloop, page.publish())
    assert page.cap_error.text() == "The daily cap is a whole number of points, or empty."
    page.cap_field.setText("30,000")
    finish(qloop, page.publish())
    assert "needs a connection to the central server" in page.save_status.text()
    with gui_services.factory() as s:
        from core.catalog import rule_sets

        assert [r.version for r in rule_sets(s)] == [1]


@ON_SQLITE
def test_publish_reaches_the_server_and_returns_with_the_sync(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    services = backoffice.services
    service = SyncService(services.factory, interval=3600)
    bridge = SyncBridge()
    page = open_page(qtbot, services, bridge=bridge)
    qtbot.waitUntil(lambda: page.session.server_url == backoffice.central.url)
    bridge.attach(service)
    tomorrow = clock.now().date() + timedelta(days=1)
    assert page.effective_edit.date() == QDate(tomorrow.year, tomorrow.month, tomorrow.day)

    async def scenario() -> None:
        sync_task = asyncio.ensure_future(service.run_forever())
        try:
            # A bad end date first: nothing goes to the server.
            page.session.signed_in("backoffice", await asyncio.to_thread(backoffice.token))
            page.add_campaign_button.click()
            row = page.campaign_table.rowCount() - 1
            _set(page, row, C_CODE, "winter")
            _set(page, row, C_NAME, "冬季生鲜")
            _set(page, row, C_START, "2027-01-31")
            _set(page, row, C_END, "2027-01-01")
            await asyncio.wait_for(page.publish(), 30)
            assert "winter: it ends before it starts" in page.campaign_error.text()
            assert len(await asyncio.to_thread(server_rules, backoffice)) == 1

            _set(page, row, C_END, "2027-02-28")
            categories = page.campaign_table.item(row, 9)
            assert categories is not None
            categories.setText("fresh")
            page.base_rate_spin.setValue(200)
            await asyncio.wait_for(page.publish(), 60)
            assert page.save_status.text().startswith("Published as version 2, in force from")

            published = await asyncio.to_thread(server_rules, backoffice)
            assert [r["version"] for r in published] == [1, 2]
            v2 = published[1]["definition"]
            assert v2["base_rate"] == 200
            assert v2["effective_from"] == tomorrow.isoformat()
            winter = next(c for c in v2["campaigns"] if c["code"] == "winter")
            assert (winter["start"], winter["end"], winter["categories"]) == (
                "2027-01-31",
                "2027-02-28",
                ["fresh"],
            )

            # The publish nudged the sync service; the pull brings version 2 to the page.
            await until(lambda: "Version 2 from" in page.versions_label.text(), timeout=60)
            assert page.base is not None and page.base.version == 2
            assert page.base_rate_spin.value() == 200
            assert not page.has_unsaved_changes()
            # The calculator can use it on its first day.
            page.calc_rules_box.setCurrentIndex(page.calc_rules_box.findData("published"))
            page.calc_date_edit.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
            page.calc_tier_box.setCurrentIndex(page.calc_tier_box.findData("T0"))
            set_lines(page, ("", "10"))
            await until(lambda: not page.is_busy())
            assert page.result is not None and page.result.rule_version == 2
        finally:
            service.stop()
            await asyncio.wait_for(sync_task, 30)

    try:
        qloop.run_until_complete(scenario())
    finally:
        bridge.detach()


def server_rules(bo: BackOffice) -> list[dict[str, Any]]:
    with bo.http() as http:
        rules: list[dict[str, Any]] = http.get("/v1/rules").json()
        return rules
