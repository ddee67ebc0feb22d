"""Member detail: revealing the mobile and e-mail through a real central API process (allowed
for the back office, refused for a clerk, impossible on a standalone database), masked again
when the time is up or another member opens; the tier tab's standing, projection and history."""

from __future__ import annotations

import pytest
import qasync
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core.catalog import tier_defs
from core.codes import mask_phone
from core.db.models import Member
from core.services import DeviceServices, SaleLineInput
from desktop.pages.member_detail import MemberDetailPage
from server.models import AuditEntry
from tests.gui.desktop.conftest import wait_idle
from tests.gui.desktop.rulebook_fixtures import (  # noqa: F401  (fixtures)
    BackOffice,
    backoffice,
    finish,
    qloop,
    run_until,
)
from tests.integration.server.conftest import db_url, template  # noqa: F401  (fixtures)
from tests.integration.sync.conftest import central, private_keyring  # noqa: F401  (fixtures)

ON_SQLITE = pytest.mark.parametrize("template", ["sqlite"], indirect=True)


def members(services: DeviceServices, store: str = "S001", count: int = 2) -> list[Member]:
    with services.factory() as s:
        found = list(
            s.execute(
                select(Member)
                .where(Member.home_store == store, Member.status == "active")
                .order_by(Member.code)
                .limit(count)
            ).scalars()
        )
        for m in found:
            s.expunge(m)
        return found


def open_page(qtbot: QtBot, services: DeviceServices) -> MemberDetailPage:
    page = MemberDetailPage(services)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def show(qtbot: QtBot, page: MemberDetailPage, member: Member) -> None:
    page.show_member(member.id)
    qtbot.waitUntil(lambda: (c := page.card()) is not None and c.id == member.id)
    wait_idle(qtbot, page)


def sign_in(qtbot: QtBot, page: MemberDetailPage, bo: BackOffice, user: str) -> None:
    # The page learns the server's address from the database first (a new address signs out).
    qtbot.waitUntil(lambda: page.admin_session.server_url == bo.central.url)
    page.admin_session.signed_in(user, bo.token(user))


def reveals(bo: BackOffice) -> list[AuditEntry]:
    with bo.central.factory()() as s:
        rows = list(
            s.execute(
                select(AuditEntry)
                .where(AuditEntry.action == "member.reveal")
                .order_by(AuditEntry.id)
            ).scalars()
        )
        for r in rows:
            s.expunge(r)
        return rows


def shown_text(page: MemberDetailPage) -> str:
    return "\n".join(
        (
            page.reveal_label.text() if page.reveal_label.isVisible() else "",
            page.panel.phone_label.text(),
        )
    )


@ON_SQLITE
def test_back_office_reveals_and_it_is_masked_again(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    first, second = members(backoffice.services)
    page = open_page(qtbot, backoffice.services)
    show(qtbot, page, first)
    assert mask_phone(first.phone) in page.panel.phone_label.text()
    assert first.phone not in shown_text(page)
    assert not page.reveal_label.isVisible()

    sign_in(qtbot, page, backoffice, "backoffice")
    page.reveal_ms = 1_500
    finish(qloop, page.reveal())
    assert page.reveal_label.isVisible()
    assert f"Mobile {first.phone}" in page.reveal_label.text()
    assert "Masked again in 1 s" in page.reveal_label.text()
    [entry] = reveals(backoffice)
    assert entry.actor == "backoffice"
    assert entry.detail == {"member": first.code, "fields": ["phone", "email"]}
    page.grab().save("/tmp/detail-revealed.png")

    # Time up: masked again, nothing of it left on the page.
    run_until(qloop, lambda: not page.reveal_label.isVisible(), timeout=10)
    assert page.revealed is None and first.phone not in shown_text(page)

    # Revealed, then another member opens: masked at once.
    page.reveal_ms = 60_000
    finish(qloop, page.reveal())
    assert first.phone in page.reveal_label.text()
    show(qtbot, page, second)
    assert not page.reveal_label.isVisible() and page.revealed is None
    assert first.phone not in shown_text(page) and second.phone not in shown_text(page)
    assert len(reveals(backoffice)) == 2

    page.grab().save("/tmp/detail-reveal.png")


@ON_SQLITE
def test_a_clerk_is_refused_in_one_line_and_nothing_is_shown(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    [member] = members(backoffice.services, count=1)
    page = open_page(qtbot, backoffice.services)
    show(qtbot, page, member)
    sign_in(qtbot, page, backoffice, "S001-clerk")
    finish(qloop, page.reveal())
    assert page.reveal_label.text() == "S001-clerk may not reveal this member's personal data."
    assert page.revealed is None and member.phone not in shown_text(page)
    assert reveals(backoffice) == []


@ON_SQLITE
def test_an_unreachable_server_shows_nothing(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    [member] = members(backoffice.services, count=1)
    page = open_page(qtbot, backoffice.services)
    show(qtbot, page, member)
    sign_in(qtbot, page, backoffice, "backoffice")
    backoffice.central.stop()
    try:
        finish(qloop, page.reveal())
    finally:
        backoffice.central.start()
    assert page.reveal_label.text() == (
        "Revealing needs the central API, which records it first; "
        f"{backoffice.central.url} cannot be reached, so nothing is shown."
    )
    assert page.revealed is None and member.phone not in shown_text(page)
    assert reveals(backoffice) == []


def test_a_standalone_database_says_revealing_needs_the_central_api(
    qtbot: QtBot,
    gui_services: DeviceServices,
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    [member] = members(gui_services, count=1)
    page = open_page(qtbot, gui_services)
    show(qtbot, page, member)
    finish(qloop, page.reveal())
    assert page.reveal_label.text() == (
        "Revealing personal data needs the central API, which records it first; "
        "this database is standalone, so nothing is shown."
    )
    assert member.phone not in shown_text(page)


def test_the_tier_tab_shows_standing_projection_and_a_sales_upgrade(
    qtbot: QtBot, gui_services: DeviceServices
) -> None:
    with gui_services.factory() as s:
        ladder = tier_defs(s)
        lowest = s.execute(
            select(Member)
            .where(Member.tier_code == ladder[0].code, Member.status == "active")
            .order_by(Member.code)
            .limit(1)
        ).scalar_one()
        s.expunge(lowest)
    page = open_page(qtbot, gui_services)
    show(qtbot, page, lowest)
    tab = page.tier_tab
    assert tab.tier_label.text().startswith(f"{ladder[0].name} since ")
    assert f"to reach {ladder[1].name}" in tab.projection_label.text()
    assert tab.projection_label.text().startswith(f"{ladder[0].name} is secured")
    assert tab.changes_model.rows() == []

    # A sale big enough for the top tier: the upgrade is recorded with the sale.
    applied = gui_services.record_sale(
        [SaleLineInput(ladder[-1].threshold + 100_00)], member_key=lowest.code
    )
    page.reload()
    qtbot.waitUntil(lambda: bool(tab.changes_model.rows()))
    [change] = tab.changes_model.rows()
    assert (change.from_code, change.to_code, change.change) == (
        ladder[0].code,
        ladder[-1].code,
        "upgrade",
    )
    assert change.receipt_no is not None and change.receipt_no in str(applied.result)
    assert tab.changes_model.cell(change, 3) == "Upgrade"
    assert tab.tier_label.text().startswith(f"{ladder[-1].name} since ")
    assert "The highest tier." in tab.projection_label.text()
    assert "Qualifying spend" in tab.window_label.text()
    page.tabs.setCurrentWidget(tab)
    page.grab().save("/tmp/detail.png")
