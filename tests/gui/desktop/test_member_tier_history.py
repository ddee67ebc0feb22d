"""The member page's tier tab lists a change decided on the central server: its tier job's
grace and downgrade, pulled by the back office, with nothing said about 'this computer'.
A real central API process (SQLite)."""

from __future__ import annotations

from datetime import timedelta

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
    qloop,
)
from tests.gui.desktop.test_member_detail_reveal import open_page, show
from tests.integration.server.conftest import db_url, template  # noqa: F401  (fixtures)
from tests.integration.sync.conftest import central, private_keyring  # noqa: F401  (fixtures)

ON_SQLITE = pytest.mark.parametrize("template", ["sqlite"], indirect=True)


@ON_SQLITE
def test_the_tier_tab_lists_the_servers_tier_job(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    server = backoffice.central.factory()
    with server() as s, s.begin():
        ladder = tier_defs(s)
        member = s.execute(
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
