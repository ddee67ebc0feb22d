"""Tiers & benefits page: the preview follows edits, bad input is shown and nothing is sent,
a standalone database says saving needs the central server, and a save reaches a real
central API process and comes back to the page with the next sync."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from core.demo_rules import demo_tiers
from core.services import DeviceServices
from core.tier_preview import preview_in
from core.tiers import TierDef, TierPolicy
from desktop.main_window import RULES, TIERS, MainWindow
from desktop.pages.tiers import (
    B_PERIOD,
    B_QUOTA,
    B_VALUE,
    PREVIEW_DELAY_MS,
    T_NAME,
    T_THRESHOLD,
    TiersPage,
)
from desktop.signin_dialog import SignInDialog
from sync.service import SyncService
from tests.gui.conftest import SEEDED_AT
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

SEEDED_DAY = SEEDED_AT.date()
ON_SQLITE = pytest.mark.parametrize("template", ["sqlite"], indirect=True)


def open_page(
    qtbot: QtBot,
    services: DeviceServices,
    *,
    bridge: SyncBridge | None = None,
    today: date = SEEDED_DAY,
) -> TiersPage:
    page = TiersPage(services, AdminSession(), sync_bridge=bridge, today=lambda: today)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.start()
    qtbot.waitUntil(lambda: page.preview is not None and not page.is_busy(), timeout=10_000)
    return page


def row_of(page: TiersPage, code: str) -> int:
    assert page.programme is not None
    return next(i for i, t in enumerate(page.programme.tiers) if t.code == code)


def set_threshold(page: TiersPage, code: str, text: str) -> None:
    item = page.tiers_table.item(row_of(page, code), T_THRESHOLD)
    assert item is not None
    item.setText(text)


def ladder(**yuan: int) -> list[TierDef]:
    return [
        TierDef(t.code, t.name, t.rank, yuan.get(t.code, t.threshold // 100) * 100)
        for t in demo_tiers()
    ]


def shown(page: TiersPage) -> dict[str, tuple[int, int, int, int]]:
    return {t.code: page.preview_row(t.code) for t in demo_tiers()}


def test_preview_counts_follow_a_threshold_edit(qtbot: QtBot, gui_services: DeviceServices) -> None:
    page = open_page(qtbot, gui_services)
    day = SEEDED_AT.date()
    policy = page.programme.policy  # type: ignore[union-attr]
    before = preview_in(gui_services.factory, policy, demo_tiers(), day)
    assert {c: r[0] for c, r in shown(page).items()} == {
        t.code: before.now_in(t.code) for t in demo_tiers()
    }
    assert {c: r[1] for c, r in shown(page).items()} == {
        t.code: before.would_be_in(t.code) for t in demo_tiers()
    }
    assert before.members == 40 - sum(
        1 for r in gui_services.page(None, 100) if r.status == "closed"
    )

    # 铜牌 from ¥3,000 to ¥100: more members reach it, fewer stay 普通.
    totals = page._totals
    assert totals is not None
    set_threshold(page, "T1", "100")
    qtbot.waitUntil(lambda: page.preview is not None and page.preview.ladder[1].threshold == 10_000)
    qtbot.waitUntil(lambda: not page.is_busy())
    after = preview_in(gui_services.factory, policy, ladder(T1=100), day)
    assert after.would_be_in("T0") < before.would_be_in("T0")
    assert page.preview_row("T0")[1] == after.would_be_in("T0")
    assert page.preview_row("T1")[2] == sum(
        m.members for m in after.moves if m.to_code == "T1" and m.from_code == "T0"
    )
    assert page.preview_row("T1")[2] > 0
    assert str(after.moving_up) in page.preview_label.text()
    assert page._totals is totals  # a threshold edit is answered from the window's totals
    # Marking cells is no edit: the preview is not counted again by itself.
    counted = page._generation
    qtbot.wait(PREVIEW_DELAY_MS * 3)
    assert page._generation == counted and not page.is_busy()
    # Another window is counted afresh.
    page.window_box.setCurrentIndex(page.window_box.findData("calendar"))
    qtbot.waitUntil(lambda: page._totals is not totals and not page.is_busy())
    calendar = preview_in(
        gui_services.factory, TierPolicy("spend", "calendar", 30), ladder(T1=100), day
    )
    assert page.preview == calendar


def test_bad_thresholds_are_shown_and_stop_the_preview(
    qtbot: QtBot, gui_services: DeviceServices
) -> None:
    page = open_page(qtbot, gui_services)
    set_threshold(page, "T2", "lots")
    qtbot.waitUntil(lambda: page.tiers_error.isVisible())
    assert "lots" in page.tiers_error.text()
    assert page.preview_label.text() == "No preview while a field is wrong."
    set_threshold(page, "T2", "2,500.00")  # below 铜牌's ¥3,000
    qtbot.waitUntil(lambda: "rise strictly" in page.tiers_error.text())
    set_threshold(page, "T2", "12.345")  # a third decimal is not money
    qtbot.waitUntil(lambda: "12.345" in page.tiers_error.text())


def test_standalone_database_says_saving_needs_the_central_server(
    qtbot: QtBot,
    gui_services: DeviceServices,
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    page = open_page(qtbot, gui_services)
    set_threshold(page, "T1", "3,500")
    finish(qloop, page.save())
    assert "needs a connection to the central server" in page.save_status.text()
    assert gui_services.tiers()[1].threshold == 300_000  # nothing changed here either
    assert "Standalone database" in page.server_label.text()


@ON_SQLITE
def test_save_reaches_the_server_and_returns_with_the_sync(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    services = backoffice.services
    service = SyncService(services.factory, interval=3600)
    bridge = SyncBridge()
    page = open_page(qtbot, services, bridge=bridge, today=date.today())
    qtbot.waitUntil(lambda: page.session.server_url == backoffice.central.url)
    assert "sign in" in page.server_label.text()
    bridge.attach(service)

    async def scenario() -> None:
        # One running loop for the whole scenario: the sync service's task and the page's
        # async slots step only while the loop runs.
        sync_task = asyncio.ensure_future(service.run_forever())
        try:
            # 铜牌 up to ¥3,500 and renamed; 金牌's free shipping coupons to 3 a month.
            set_threshold(page, "T1", "3,500")
            name_item = page.tiers_table.item(row_of(page, "T1"), T_NAME)
            assert name_item is not None
            name_item.setText("青铜")
            assert page.programme is not None
            row = next(
                i for i, b in enumerate(page.programme.benefits) if b.id == "T3.free_shipping"
            )
            quota = page.benefits_table.item(row, B_QUOTA)
            value = page.benefits_table.item(row, B_VALUE)
            assert quota is not None and value is not None
            quota.setText("3")
            value.setText("3")
            page.grace_spin.setValue(45)

            task = page.save()
            # The save asks who is signing in.
            await until(lambda: isinstance(page.property("signInDialog"), SignInDialog))
            dialog: SignInDialog = page.property("signInDialog")
            dialog.username_field.setText("backoffice")
            dialog.password_field.setText("wrong-password")
            dialog.sign_in_button.click()
            await until(lambda: dialog.error() != "")
            assert dialog.error() == "Wrong user name or password."
            dialog.password_field.setText("demo-pass-1")
            dialog.sign_in_button.click()
            await asyncio.wait_for(task, 60)
            assert "Saved on the central server (3 change(s))" in page.save_status.text()
            assert "signed in as backoffice" in page.server_label.text()

            tiers, benefits = await asyncio.to_thread(server_rulebook, backoffice)
            assert tiers["T1"] == {"code": "T1", "name": "青铜", "rank": 1, "threshold": 350_000}
            assert tiers["T2"]["threshold"] == 800_000
            shipping = benefits["T3.free_shipping"]
            assert (shipping["value"], shipping["quota"]) == (3, 3)
            assert (await asyncio.to_thread(server_policy, backoffice))["grace_days"] == 45

            # The save nudged the sync service; the pull brings the new rulebook to the page.
            await until(lambda: local_revision(services) > revision_before, timeout=60)
            await until(
                lambda: (
                    page.revision_label.text().endswith(f" {local_revision(services)}.")
                    and not page.is_busy()
                )
            )
            item = page.tiers_table.item(row_of(page, "T1"), T_THRESHOLD)
            assert item is not None and item.text() == "3,500.00"
            assert services.tiers()[1] == TierDef("T1", "青铜", 1, 350_000)
            renamed = page.tiers_table.item(row_of(page, "T1"), T_NAME)
            assert renamed is not None and renamed.text() == "青铜"
            assert page.grace_spin.value() == 45
            assert not page.has_unsaved_changes()
        finally:
            service.stop()
            await asyncio.wait_for(sync_task, 30)

    revision_before = local_revision(services)
    try:
        qloop.run_until_complete(scenario())
    finally:
        bridge.detach()


def server_policy(bo: BackOffice) -> dict[str, Any]:
    with bo.http() as http:
        body: dict[str, Any] = http.get("/v1/tier-policy").json()
        return body


def server_rulebook(bo: BackOffice) -> tuple[dict[str, Any], dict[str, Any]]:
    """The central API's tiers and benefits, by code and id."""
    with bo.http() as http:
        tiers = {t["code"]: t for t in http.get("/v1/tiers").json()}
        benefits = {b["id"]: b for b in http.get("/v1/benefits").json()}
    return tiers, benefits


def local_revision(services: DeviceServices) -> int:
    from core import catalog

    with services.factory() as s:
        return catalog.revision(s)


@ON_SQLITE
def test_bad_input_sends_nothing_to_the_server(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    page = open_page(qtbot, backoffice.services, today=date.today())
    qtbot.waitUntil(lambda: page.session.server_url is not None)
    page.session.signed_in("backoffice", backoffice.token())
    with backoffice.http() as http:
        before = (
            http.get("/v1/tiers").json(),
            http.get("/v1/benefits").json(),
            http.get("/v1/tier-policy").json(),
        )

    set_threshold(page, "T3", "7,000")  # below 银牌's ¥8,000
    finish(qloop, page.save())
    assert page.save_status.text() == "Nothing was sent: correct the fields marked in red."
    assert "rise strictly" in page.tiers_error.text()

    set_threshold(page, "T3", "20,000")
    row = next(
        i
        for i, b in enumerate(page.programme.benefits)
        if b.id == "T2.birthday_gift"  # type: ignore[union-attr]
    )
    combo = page.benefits_table.cellWidget(row, B_PERIOD)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(""))  # a quota without a period
    finish(qloop, page.save())
    assert "a quota needs a period" in page.benefits_error.text()
    assert page.save_status.text() == "Nothing was sent: correct the fields marked in red."

    combo.setCurrentIndex(combo.findData("year"))
    page.grace_spin.setValue(60)
    set_threshold(page, "T2", "-5")
    finish(qloop, page.save())
    assert page.save_status.text() == "Nothing was sent: correct the fields marked in red."

    with backoffice.http() as http:
        assert (
            http.get("/v1/tiers").json(),
            http.get("/v1/benefits").json(),
            http.get("/v1/tier-policy").json(),
        ) == before


@ON_SQLITE
def test_a_clerk_may_not_change_the_rulebook(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    page = open_page(qtbot, backoffice.services, today=date.today())
    qtbot.waitUntil(lambda: page.session.server_url is not None)
    page.session.signed_in("S001-clerk", backoffice.token("S001-clerk"))
    set_threshold(page, "T4", "60,000")
    finish(qloop, page.save())
    assert page.save_status.text() == (
        "S001-clerk may not change the rulebook (back office or admin only)."
    )
    with backoffice.http() as http:
        assert http.get("/v1/tiers").json()[-1]["threshold"] == 5_000_000


def test_both_editors_are_in_the_sidebar(qtbot: QtBot, window: MainWindow) -> None:
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert "Tiers & benefits" in titles and "Point rules" in titles
    window.show_page(TIERS)
    assert window.stack.currentWidget() is window.tiers_page
    qtbot.waitUntil(lambda: window.tiers_page.preview is not None, timeout=10_000)
    window.show_page(RULES)
    assert window.stack.currentWidget() is window.rules_page
    qtbot.waitUntil(lambda: window.rules_page.base is not None, timeout=10_000)
    # One sign-in serves both editors.
    assert window.tiers_page.session is window.rules_page.session
    qtbot.waitUntil(lambda: not window.tiers_page.is_busy() and not window.rules_page.is_busy())


@ON_SQLITE
def test_an_expired_sign_in_and_an_unreachable_server_are_said(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    page = open_page(qtbot, backoffice.services, today=date.today())
    qtbot.waitUntil(lambda: page.session.server_url is not None)
    set_threshold(page, "T4", "60,000")

    page.session.signed_in("backoffice", "not-a-token-the-server-made")
    finish(qloop, page.save())
    assert page.save_status.text() == "Your sign-in has expired: sign in again and save."
    assert not page.session.is_signed_in()  # the next save asks again

    page.session.signed_in("backoffice", backoffice.token())
    backoffice.central.stop()
    finish(qloop, page.save())
    assert page.save_status.text() == (
        f"Cannot reach the central server {backoffice.central.url}: the change was not saved."
    )
    assert page.has_unsaved_changes()  # the edit is still there to save later
    backoffice.central.start()
    with backoffice.http() as http:
        assert http.get("/v1/tiers").json()[-1]["threshold"] == 5_000_000
