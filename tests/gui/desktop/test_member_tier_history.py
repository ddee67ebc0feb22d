"""The member page's tier tab lists a change decided on the central server: its tier job's
grace and downgrade, pulled by the back office, with nothing said about 'this computer';
and, on asking, the server's own list of the member's changes, which this computer has
not pulled. A real central API process (SQLite)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
import qasync
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from core.catalog import tier_defs
from core.db.models import Member
from server.jobs import run_job
from tests.conftest import T0
from tests.gui.desktop.rulebook_fixtures import (  # noqa: F401  (fixtures)
    BackOffice,
    backoffice,
    finish,
    qloop,
)
from tests.gui.desktop.test_member_detail_reveal import open_page, show, sign_in
from tests.integration.server.conftest import db_url, template  # noqa: F401  (fixtures)
from tests.integration.sync.conftest import central, private_keyring  # noqa: F401  (fixtures)

ON_SQLITE = pytest.mark.parametrize("template", ["sqlite"], indirect=True)


def _ladder(backoffice: BackOffice) -> Any:  # noqa: F811
    with backoffice.central.factory()() as s:
        return tier_defs(s)


def _demoted_on_the_server(backoffice: BackOffice) -> Member:  # noqa: F811
    """A member the server's tier job gives a grace period, then a downgrade."""
    server = backoffice.central.factory()
    with server() as s, s.begin():
        ladder = tier_defs(s)
        member: Member = s.execute(
            select(Member)
            .where(Member.tier_code == ladder[0].code, Member.status == "active")
            .order_by(Member.code)
            .limit(1)
        ).scalar_one()
        # Moved up by hand: the window's spending falls short of the top tier.
        member.tier_code, member.tier_since, member.tier_grace_until = (
            ladder[-1].code,
            T0.date(),
            None,
        )
        s.flush()
        s.expunge(member)
    run_job(server, "tiers", T0)
    run_job(server, "tiers", T0 + timedelta(days=30))
    return member


@ON_SQLITE
def test_the_tier_tab_lists_the_servers_tier_job(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    member = _demoted_on_the_server(backoffice)
    ladder = _ladder(backoffice)
    backoffice.sync(qloop)

    page = open_page(qtbot, backoffice.services)
    show(qtbot, page, member)
    tab = page.tier_tab
    qtbot.waitUntil(lambda: len(tab.changes_model.rows()) == 2)
    down, grace = tab.changes_model.rows()
    assert [tab.changes_model.cell(down, c) for c in range(1, 5)] == [
        ladder[-1].name,
        ladder[0].name,
        "Downgrade",
        "Tier evaluation",
    ]
    assert tab.changes_model.cell(grace, 3) == "Grace period started"
    assert tab.tier_label.text().startswith(f"{ladder[0].name} since ")
    assert tab.history_note.text() == ""
    assert "computer" not in tab.history_note.text()
    page.tabs.setCurrentWidget(tab)
    page.grab().save("/tmp/tier-history.png")


@ON_SQLITE
def test_the_servers_list_shows_what_this_computer_has_not_pulled(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    member = _demoted_on_the_server(backoffice)  # and the back office does not sync
    page = open_page(qtbot, backoffice.services)
    show(qtbot, page, member)
    tab = page.tier_tab
    assert tab.changes_model.rows() == [] and tab.history_note.text() == (
        "No tier change on record."
    )
    sign_in(qtbot, page, backoffice, "backoffice")
    backoffice.central.stop()
    try:
        finish(qloop, page.tier_from_server())
    finally:
        backoffice.central.start()
    assert tab.history_note.text() == (
        f"The central server ({backoffice.central.url}) cannot be reached."
    )
    assert tab.changes_model.rows() == [] and tab.server_button.isEnabled()

    sign_in(qtbot, page, backoffice, "backoffice")
    finish(qloop, page.tier_from_server())
    ladder = _ladder(backoffice)
    rows = tab.changes_model.rows()
    assert [(r.change, r.from_name, r.to_name, r.made_by) for r in rows] == [
        ("downgrade", ladder[-1].name, ladder[0].name, "evaluate_tier"),
        ("grace_started", ladder[-1].name, ladder[-1].name, "evaluate_tier"),
    ]
    assert tab.history_caption.text() == "Tier changes on the central server, newest first"
    assert tab.history_note.text() == "2 changes since the member enrolled."
    page.tabs.setCurrentWidget(tab)
    page.grab().save("/tmp/tier-from-server.png")
    # Opening the member again shows this computer's list again.
    show(qtbot, page, member)
    qtbot.waitUntil(lambda: tab.history_caption.text() == "Tier changes, newest first")
    assert tab.changes_model.rows() == []
