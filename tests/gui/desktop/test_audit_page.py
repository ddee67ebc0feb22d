"""The audit log viewer against a real central API process: an administrator's staff edits
are listed newest first with their fields one per row, filters by action and dates go
to the server, "Load older" walks the whole log by keyset without repeats, the list
exports; someone not an administrator sees one line."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import qasync
from pytestqt.qtbot import QtBot

from core import clock
from core.services import DeviceServices
from desktop.pages import audit_log
from desktop.pages.audit_log import E_ACTION, E_ACTOR, E_SUMMARY, AuditLogPage
from tests.gui.desktop.rulebook_fixtures import (  # noqa: F401  (fixtures)
    BackOffice,
    backoffice,
    qloop,
    run_until,
)
from tests.integration.server.conftest import db_url, template  # noqa: F401  (fixtures)
from tests.integration.sync.conftest import central, private_keyring  # noqa: F401  (fixtures)
from ui.admin_session import AdminSession

ON_SQLITE = pytest.mark.parametrize("template", ["sqlite"], indirect=True)
NEW = "S003-clerk-7"


def admin_token(bo: BackOffice) -> str:
    with bo.central.http() as http:
        r = http.post("/v1/auth/token", data={"username": "admin", "password": "admin-pass-1"})
        assert r.status_code == 200, r.text
        return str(r.json()["access_token"])


def staff_edits(bo: BackOffice, token: str) -> None:
    """Create a clerk, make them store manager, reset their PIN: three audit entries."""
    headers = {"Authorization": f"Bearer {token}"}
    with bo.central.http() as http:
        body = {"username": NEW, "password": "clerk-pass-7", "role": "clerk", "store_code": "S003"}
        r = http.post("/v1/staff", json=body, headers=headers)
        assert r.status_code == 201, r.text
        r = http.patch(f"/v1/staff/{NEW}", json={"role": "store_manager"}, headers=headers)
        assert r.status_code == 200, r.text
        r = http.put(f"/v1/staff/{NEW}/pin", json={"pin": "2580"}, headers=headers)
        assert r.status_code == 200, r.text


def server_ids(bo: BackOffice, token: str, **params: Any) -> list[int]:
    with bo.central.http() as http:
        r = http.get(
            "/v1/audit",
            params={"limit": 500, **params},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert r.status_code == 200, r.text
        return [e["id"] for e in r.json()["entries"]]


def open_page(qtbot: QtBot, services: DeviceServices, session: AdminSession) -> AuditLogPage:
    page = AuditLogPage(services, session)
    qtbot.addWidget(page)
    page.resize(1200, 650)
    page.show()
    page.start()
    return page


def cell(page: AuditLogPage, row: int, col: int) -> str:
    return str(page.model.index(row, col).data())


@ON_SQLITE
def test_the_log_lists_staff_edits_filters_pages_and_exports(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    token = admin_token(backoffice)
    staff_edits(backoffice, token)
    session = AdminSession(backoffice.central.url)
    session.signed_in("admin", token)
    page = open_page(qtbot, backoffice.services, session)
    # The page's calls are asyncio tasks: wait with the loop running.
    run_until(qloop, lambda: len(page.entries) > 3 and not page.is_busy())

    # Newest first: the PIN reset, the role change, the new account.
    assert [cell(page, r, E_ACTION) for r in range(3)] == [
        "PIN reset",
        "Staff account changed",
        "Staff account created",
    ]
    assert {cell(page, r, E_ACTOR) for r in range(3)} == {"admin"}
    assert cell(page, 1, E_SUMMARY) == f"{NEW}: role"
    assert [e.id for e in page.entries] == server_ids(backoffice, token)[: len(page.entries)]
    # The change: one row per field, before and after.
    page.select_entry(1)
    assert page.detail_texts() == [("role", "clerk", "store_manager"), ("username", "", NEW)]
    assert page.detail_title.text().startswith("Staff account changed by admin at ")
    page.select_entry(2)
    assert ("store_code", "", "S003") in page.detail_texts()
    assert ("region", "", "—") not in page.detail_texts()

    async def scenario() -> None:
        # Only the role changes.
        page.set_action("staff.edit")
        await page.load()
        assert [e.action for e in page.entries] == ["staff.edit"]
        assert page.next_before is None and not page.older_button.isEnabled()

        # Dates: today has them, tomorrow none; the wrong way round sends nothing.
        page.set_action("")
        today = clock.now().date()
        page.set_dates(today, today)
        await page.load()
        assert len(page.entries) >= 4
        page.set_dates(today + timedelta(days=1), None)
        await page.load()
        assert page.entries == [] and page.status_label.text() == "No entries match."
        page.set_dates(today, today - timedelta(days=1))
        await page.load()
        assert page.filter_error.text() == "The first day is after the last day."
        page.set_dates(None, None)

        # Pages of two: "Load older" walks the whole log, newest first, no repeats.
        monkeypatch.setattr(audit_log, "PAGE_SIZE", 2)
        await page.load()
        assert len(page.entries) == 2 and page.older_button.isEnabled()
        while page.older_button.isEnabled():
            await page.load_older()
        assert [e.id for e in page.entries] == server_ids(backoffice, token)
        assert page.model.rowCount() == len(page.entries)

    qloop.run_until_complete(scenario())
    page.select_entry(1)
    page.grab().save("/tmp/audit.png")

    path = tmp_path / "audit.csv"
    page.export_to(str(path)).run()
    qtbot.waitUntil(lambda: "written to" in page.status_label.text())
    with path.open(encoding="utf-8-sig") as f:
        lines = list(csv.reader(f))
    assert lines[0] == ["Time", "Who", "Action", "About"]
    assert len(lines) == 1 + len(page.entries)
    assert lines[1][1:3] == ["admin", "PIN reset"]


@ON_SQLITE
def test_someone_not_an_admin_sees_one_line(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    session = AdminSession(backoffice.central.url)
    session.signed_in("backoffice", backoffice.token())
    page = open_page(qtbot, backoffice.services, session)
    run_until(qloop, page.access.is_refused)
    assert page.access.refused_label.text().startswith(
        "Only an administrator may use this page; backoffice is not one."
    )
    assert not page.content.isVisible() and page.entries == []
