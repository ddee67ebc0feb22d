"""Coupons page: a template created through the page reaches a real central API and comes
back with the sync; coupons of it are issued to one member and to everyone matching a
filter (the count asked first matches a direct count), through the outbox to the server;
a bulk issue cancelled midway leaves a gapless outbox with one coupon per command; bad
input sends nothing and says why."""

from __future__ import annotations

import asyncio
import json
import threading
from typing import Any

import pytest
import qasync
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from core import directory
from core.db.models import CommandRow, Coupon, CouponTemplate, Member
from core.member_bulk import BulkReport
from core.services import DeviceServices
from desktop.app import OperatorServices
from desktop.pages.coupons import CouponsPage
from sync.service import SyncService
from tests.gui.desktop.conftest import outbox
from tests.gui.desktop.rulebook_fixtures import (  # noqa: F401  (fixtures)
    BackOffice,
    backoffice,
    finish,
    qloop,
    until,
)
from tests.integration.server.conftest import db_url, template  # noqa: F401  (fixtures)
from tests.integration.sync.conftest import central, private_keyring  # noqa: F401  (fixtures)
from ui import ops
from ui.admin_session import AdminSession
from ui.sync_bridge import SyncBridge

ON_SQLITE = pytest.mark.parametrize("template", ["sqlite"], indirect=True)


def open_page(
    qtbot: QtBot, services: DeviceServices, *, bridge: SyncBridge | None = None
) -> CouponsPage:
    page = CouponsPage(services, AdminSession(), sync_bridge=bridge)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    page.start()
    qtbot.waitUntil(lambda: bool(page.templates) and not page.is_busy())
    return page


def type_template(page: CouponsPage, kind: str, **texts: str) -> None:
    page.new_template()
    page.kind_box.setCurrentIndex(page.kind_box.findData(kind))
    for name, text in texts.items():
        page.fields[name].setText(text)


def db_of(services: DeviceServices) -> Any:
    from pathlib import Path

    return Path(str(services.factory.kw["bind"].url.database))


def test_bad_input_is_named_and_nothing_is_saved(
    qtbot: QtBot,
    gui_services: DeviceServices,
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    page = open_page(qtbot, gui_services)
    before = len(page.templates)
    type_template(
        page,
        "amount_off",
        name="满50减80",
        value_yuan="80",
        threshold_yuan="50",
        valid_days="0",
    )
    finish(qloop, page.save())
    assert page.save_status.text() == "Nothing was sent: correct the fields marked in red."
    error = page.form_error.text()
    assert "Amount off (¥): takes off more than the minimum spend it needs" in error
    assert "Valid for (days): too small" in error
    assert "background-color" in page.fields["value_yuan"].styleSheet()

    type_template(page, "percent_off", name="超级折扣", percent="120", valid_days="30")
    finish(qloop, page.save())
    assert "Percent off (%): not a percentage" in page.form_error.text()
    page.fields["percent"].setText("99.5")
    finish(qloop, page.save())
    assert "Percent off (%): too large" in page.form_error.text()
    # Another template's name is refused before anything is sent.
    type_template(page, "free_shipping", name="包邮券", valid_days="30")
    finish(qloop, page.save())
    assert "Name: another template has this name" in page.form_error.text()

    # Right input on a standalone database: said plainly, nothing pretended.
    type_template(page, "percent_off", name="88折", percent="12", valid_days="30")
    assert page.meaning_label.text() == "12% off (pays 8.8折) on any spend"
    finish(qloop, page.save())
    assert "needs a connection to the central server" in page.save_status.text()
    assert page.form_error.text() == ""
    with gui_services.factory() as s:
        assert s.scalar(select(func.count()).select_from(CouponTemplate)) == before

    # Issuing: an unknown member, and a filter nobody matches, issue nothing.
    issue = page.issue_panel
    db = db_of(gui_services)
    queued = len(outbox(db))
    issue.member_field.setText("M999999999")
    issue.member_button.click()
    qtbot.waitUntil(lambda: issue.error_label.isVisible() and not issue.is_busy())
    assert "M999999999" in issue.error_label.text()
    issue.filter_bar.tag_box.setEditText("no member has this tag")
    issue.filter_bar.tag_box.lineEdit().editingFinished.emit()
    qtbot.waitUntil(lambda: issue.matching == 0 and not issue.is_busy())
    assert issue.count_label.text() == "0 members match"
    issue.filter_button.click()
    qtbot.waitUntil(lambda: not issue.is_busy())
    assert issue.error_label.text() == "No member matches these filters: nothing to issue."
    assert issue.confirm_frame.isHidden()
    assert len(outbox(db)) == queued


def test_a_bulk_issue_cancelled_midway_leaves_a_consistent_outbox(
    qtbot: QtBot, gui_services: DeviceServices
) -> None:
    page = open_page(qtbot, gui_services)
    issue = page.issue_panel
    assert page.select("CT-90")
    assert issue.template_box.currentData() == "CT-90"
    db = db_of(gui_services)
    before = outbox(db)
    qtbot.waitUntil(lambda: issue.matching is not None and not issue.is_busy())
    issue.filter_button.click()
    qtbot.waitUntil(lambda: issue.confirm_frame.isVisible())
    assert issue.confirm_button.text() == f"Issue {issue.matching:,} coupons"
    # Hold the database worker, then stand in for the person who presses Cancel once 20
    # members are done (the worker's own progress object, so the moment is exact).
    gate = threading.Event()
    ops.executor().submit(gate.wait, 10)
    issue.confirm()
    op = issue.running
    assert op is not None
    progress = op.progress
    report_counts = progress.update

    def update(done: int, total: int, label: str = "") -> None:
        report_counts(done, total, label)
        if done >= 20:
            progress.cancel()

    progress.update = update  # type: ignore[method-assign]
    gate.set()
    with qtbot.waitSignal(issue.sig_bulk_done, timeout=20_000) as done:
        pass
    report: BulkReport = done.args[0]
    assert report.cancelled and report.done == 20 and report.failed == 0
    assert issue.status_label.text() == (
        "Cancelled: 20 coupons issued, 0 members refused; the coupons issued stay issued."
    )
    added = outbox(db)[len(before) :]
    assert [kind for kind, _ in added] == ["issue_coupon"] * 20
    with gui_services.factory() as s:
        seqs = list(
            s.scalars(
                select(CommandRow.seq)
                .where(CommandRow.sync_state == "local")
                .order_by(CommandRow.seq)
            )
        )
        assert seqs == list(range(seqs[0], seqs[0] + len(seqs)))  # no gap
        coupons = {c.code: c for c in s.scalars(select(Coupon).where(Coupon.source == "bulk"))}
    payloads = [json.loads(p) for _, p in added]
    assert sorted(coupons) == sorted(pl["code"] for pl in payloads)
    assert len({pl["member_id"] for pl in payloads}) == 20
    assert all(pl["template_id"] == "CT-90" for pl in payloads)


def server_templates(bo: BackOffice) -> dict[str, dict[str, Any]]:
    with bo.http() as http:
        r = http.get("/v1/coupon-templates")
        assert r.status_code == 200, r.text
        return {t["name"]: t for t in r.json()}


def server_coupons(bo: BackOffice, template_id: str) -> set[str]:
    from server.db import open_server_db

    factory = open_server_db(bo.central.database_url, migrate=False)
    try:
        with factory() as s:
            return set(s.scalars(select(Coupon.member_id).where(Coupon.template_id == template_id)))
    finally:
        factory.kw["bind"].dispose()


def unused(page: CouponsPage, template_id: str) -> int | None:
    row = page.template(template_id)
    return row.unused if row is not None else None


def local_outbox_empty(services: DeviceServices) -> bool:
    with services.factory() as s:
        return (
            s.execute(select(CommandRow.id).where(CommandRow.sync_state == "local")).first() is None
        )


@ON_SQLITE
def test_create_a_template_and_issue_it_to_a_member_and_a_filter(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    services = OperatorServices(backoffice.services, "backoffice", lambda: None)
    service = SyncService(services.factory, interval=3600)
    bridge = SyncBridge()
    page = open_page(qtbot, services, bridge=bridge)
    qtbot.waitUntil(lambda: page.session.server_url == backoffice.central.url)
    page.session.signed_in("backoffice", backoffice.token())
    bridge.attach(service)
    issue = page.issue_panel

    async def scenario() -> None:
        sync_task = asyncio.ensure_future(service.run_forever())
        try:
            type_template(
                page,
                "amount_off",
                name="满300减50",
                value_yuan="50",
                threshold_yuan="300",
                valid_days="14",
            )
            assert page.meaning_label.text() == "¥50.00 off on a spend of ¥300.00 or more"
            await page.save()
            assert "saved on the central server" in page.save_status.text()
            made = (await asyncio.to_thread(server_templates, backoffice))["满300减50"]
            assert (made["kind"], made["value"], made["threshold_fen"], made["valid_days"]) == (
                "amount_off",
                5_000,
                30_000,
                14,
            )
            # The save nudged the sync; the pull brings it to the table and the issue box.
            await until(lambda: page.select(made["id"]) and not page.is_busy(), timeout=60)
            row = page.selected()
            assert row is not None and row.value == 5_000 and row.threshold_fen == 30_000
            assert page.fields["value_yuan"].text() == "50.00"
            assert issue.choose_template(made["id"])

            # One member, by member no.
            with services.factory() as s:
                one = s.scalars(select(Member).order_by(Member.code)).first()
                assert one is not None
                one_id, one_code = one.id, one.code
            issue.member_field.setText(one_code)
            issue.member_button.click()
            await until(lambda: "issued to" in issue.status_label.text() and not issue.is_busy())
            assert f"issued to {one_code}" in issue.status_label.text()

            # Everyone of store S002: the count asked first is a direct count.
            bar = issue.filter_bar
            bar.store_box.setCurrentIndex(bar.store_box.findData("S002"))
            await until(lambda: issue.matching is not None and not issue.is_busy())
            with services.factory() as s:
                expected = directory.count(s, bar.member_filter())
                members = set(s.scalars(select(Member.id).where(Member.home_store == "S002")))
            assert expected == len(members) > 0
            assert issue.count_label.text() == f"{expected:,} members match"
            issue.filter_button.click()
            await until(lambda: issue.confirm_frame.isVisible())
            assert issue.confirm_label.text().startswith(
                f"Issue {expected:,} coupons of 满300减50 ({made['id']})"
            )
            page.grab().save("/tmp/coupons.png")
            issue.confirm_button.click()
            await until(lambda: "coupons issued" in issue.status_label.text(), timeout=60)
            assert issue.status_label.text() == f"{expected:,} coupons issued, 0 members refused"
            given = members | {one_id}
            await until(lambda: unused(page, made["id"]) == expected + 1 and not page.is_busy())

            # Through the outbox to the server, once each.
            bridge.nudge()
            await until(lambda: local_outbox_empty(services), timeout=60)
            on_server = await asyncio.to_thread(server_coupons, backoffice, made["id"])
            assert on_server == given
            page.grab().save("/tmp/coupons_done.png")
        finally:
            service.stop()
            await asyncio.wait_for(sync_task, 30)

    try:
        qloop.run_until_complete(scenario())
    finally:
        bridge.detach()
