"""Staff & roles page against a real central API process: an administrator creates a clerk
(a clerk without a store is refused before anything is sent), edits the role, resets the
PIN (typed twice, 4–6 digits, not too easy), deactivates and reactivates the account; a
signed-in non-administrator sees one line and no accounts; a standalone database says
the page needs the central server."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import pytest
import qasync
from pytestqt.qtbot import QtBot

from core.services import DeviceServices
from core.staff_signin import pin_matches
from desktop.pages.staff import C_LOCKED, C_ROLE, C_WHERE, StaffPage
from desktop.pages.staff_dialogs import AccountDialog, PinDialog
from desktop.signin_dialog import SignInDialog
from server.models import StaffAccount
from server.permissions import ROLES
from sync.staff_admin import ROLES as CLIENT_ROLES
from tests.gui.desktop.rulebook_fixtures import (  # noqa: F401  (fixtures)
    BackOffice,
    backoffice,
    qloop,
    run_until,
    until,
)
from tests.integration.server.conftest import db_url, template  # noqa: F401  (fixtures)
from tests.integration.sync.conftest import central, private_keyring  # noqa: F401  (fixtures)
from ui.admin_session import AdminSession

ON_SQLITE = pytest.mark.parametrize("template", ["sqlite"], indirect=True)
ADMIN_PASSWORD = "admin-pass-1"
NEW = "S002-clerk-9"
D = TypeVar("D")


def open_page(qtbot: QtBot, services: DeviceServices, session: AdminSession) -> StaffPage:
    page = StaffPage(services, session)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.start()
    return page


def server_account(bo: BackOffice, username: str) -> StaffAccount:
    with bo.central.factory()() as s:
        account = s.get(StaffAccount, username)
        assert account is not None
        s.expunge(account)
        return account


def test_the_client_knows_the_server_roles() -> None:
    assert CLIENT_ROLES == ROLES


@ON_SQLITE
def test_an_admin_creates_edits_and_resets_a_clerk(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    page = open_page(qtbot, backoffice.services, AdminSession())
    qtbot.waitUntil(lambda: page.session.server_url == backoffice.central.url)
    assert "sign in as an administrator" in page.access.server_label.text()

    async def dialog_of(kind: type[D]) -> D:
        await until(lambda: isinstance(page.property("staffDialog"), kind))
        return page.property("staffDialog")  # type: ignore[no-any-return]

    async def scenario() -> None:
        task = page.load()
        await until(lambda: isinstance(page.property("signInDialog"), SignInDialog))
        signin: SignInDialog = page.property("signInDialog")
        signin.username_field.setText("admin")
        signin.password_field.setText(ADMIN_PASSWORD)
        signin.sign_in_button.click()
        await task
        assert page.row_texts("S004-clerk")[C_ROLE] == "Store clerk"
        assert "S004" in page.row_texts("S004-clerk")[C_WHERE]
        assert page.row_texts("R01-manager")[C_WHERE] == "region R01"
        assert page.row_texts("admin")[C_WHERE] == "whole chain"

        # A new clerk: without a store nothing is sent; with one, it is created.
        task = page.new_account()
        dialog = await dialog_of(AccountDialog)
        dialog.username_field.setText(NEW)
        dialog.name_field.setText("赵敏")
        dialog.set_role("clerk")
        dialog.password_field.setText("clerk-pass-9")
        dialog.repeat_field.setText("clerk-pass-8")
        await dialog.save()
        assert (
            dialog.error() == "A clerk or store manager needs a store.\nThe two passwords differ."
        )
        assert dialog.isVisible()
        dialog.set_store("S002")
        dialog.repeat_field.setText("clerk-pass-9")
        await dialog.save()
        await task
        assert page.status_label.text() == f"Created {NEW}."
        assert page.row_texts(NEW)[:4] == [
            NEW,
            "赵敏",
            "Store clerk",
            f"S002 · {_store(page)}",
        ]
        chosen = page.selected()
        assert chosen is not None and chosen.username == NEW
        made = server_account(backoffice, NEW)
        region = next(p.region for p in page.places if p.code == "S002")
        assert (made.role, made.store_code, made.region, made.active) == (
            "clerk",
            "S002",
            region,
            True,
        )

        # The same user name again: the server's refusal stays in the dialog.
        task = page.new_account()
        dialog = await dialog_of(AccountDialog)
        dialog.username_field.setText(NEW)
        dialog.set_role("backoffice")
        dialog.password_field.setText("another-pass")
        dialog.repeat_field.setText("another-pass")
        await dialog.save()
        assert "already taken" in dialog.error()
        dialog.reject()
        await task

        # Promote to store manager of the same store.
        page.select(NEW)
        task = page.edit_account()
        dialog = await dialog_of(AccountDialog)
        assert dialog.username_field.isReadOnly()
        await dialog.save()
        assert dialog.error() == "Nothing was changed."
        dialog.set_role("regional_manager")
        await dialog.save()
        assert dialog.error() == "A regional manager needs a region."
        dialog.set_role("store_manager")
        await dialog.save()
        await task
        assert page.row_texts(NEW)[C_ROLE] == "Store manager"
        assert server_account(backoffice, NEW).role == "store_manager"

        # A PIN: typed twice, 4–6 digits, not too easy.
        page.select(NEW)
        task = page.reset_pin()
        pin_dialog = await dialog_of(PinDialog)
        for first, second, problem in (
            ("258", "258", "A PIN is 4 to 6 digits."),
            ("2580", "2581", "The two PINs differ."),
            ("1234", "1234", "Too easy to guess"),
        ):
            pin_dialog.pin_field.setText(first)
            pin_dialog.repeat_field.setText(second)
            await pin_dialog.save()
            assert pin_dialog.error().startswith(problem)
        assert server_account(backoffice, NEW).pin_hash is None
        pin_dialog.pin_field.setText("2580")
        pin_dialog.repeat_field.setText("2580")
        await pin_dialog.save()
        await task
        assert page.status_label.text() == f"{NEW} has a new PIN."
        assert pin_matches(server_account(backoffice, NEW).pin_hash, "2580")

        # Deactivated: signed out and refused at once; reactivated: back.
        page.select(NEW)
        assert page.active_button.text() == "Deactivate"
        await page.toggle_active()
        assert page.row_texts(NEW)[4] == "deactivated"
        assert page.active_button.text() == "Reactivate"
        assert not server_account(backoffice, NEW).active
        with backoffice.central.http() as http:
            r = http.post("/v1/auth/token", data={"username": NEW, "password": "clerk-pass-9"})
            assert r.status_code == 401, r.text
        await page.toggle_active()
        assert page.row_texts(NEW)[4] == "active"
        with backoffice.central.http() as http:
            r = http.post("/v1/auth/token", data={"username": NEW, "password": "clerk-pass-9"})
            assert r.status_code == 200, r.text

    qloop.run_until_complete(scenario())
    page.grab().save("/tmp/staff.png")

    # Someone else signs in (on another page, say): the list is not theirs to see.
    page.session.signed_in("backoffice", backoffice.token())
    assert page.accounts == [] and page.table.rowCount() == 0


@ON_SQLITE
def test_a_locked_account_is_shown_and_unlocked(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    with backoffice.central.http() as http:
        for _ in range(5):
            r = http.post("/v1/auth/token", data={"username": "S003-clerk", "password": "wrong"})
            assert r.status_code == 401, r.text
        admin = http.post("/v1/auth/token", data={"username": "admin", "password": ADMIN_PASSWORD})
    session = AdminSession(backoffice.central.url)
    session.signed_in("admin", admin.json()["access_token"])
    page = open_page(qtbot, backoffice.services, session)
    run_until(qloop, lambda: bool(page.accounts) and not page.is_busy())
    assert page.row_texts("S003-clerk")[C_LOCKED].startswith("until ")
    assert page.row_texts("S003-manager")[C_LOCKED] == ""
    page.select("S003-manager")
    assert not page.unlock_button.isEnabled()
    page.select("S003-clerk")
    assert page.unlock_button.isEnabled()
    qloop.run_until_complete(page.unlock())
    assert page.status_label.text() == "S003-clerk may sign in again."
    assert page.row_texts("S003-clerk")[C_LOCKED] == ""
    assert server_account(backoffice, "S003-clerk").locked_until is None


def _store(page: StaffPage) -> str:
    place = next(p for p in page.places if p.code == "S002")
    return f"{place.name} ({place.region})"


@ON_SQLITE
def test_someone_not_an_admin_sees_one_line(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
) -> None:
    session = AdminSession()
    page = open_page(qtbot, backoffice.services, session)
    qtbot.waitUntil(lambda: session.server_url == backoffice.central.url)
    session.signed_in("backoffice", backoffice.token())

    async def scenario() -> None:
        await page.load()

    qloop.run_until_complete(scenario())
    assert page.access.is_refused()
    assert page.access.refused_label.text().startswith(
        "Only an administrator may use this page; backoffice is not one."
    )
    assert not page.content.isVisible() and page.table.rowCount() == 0
    assert page.accounts == []


def test_a_standalone_database_says_the_page_needs_the_server(
    qtbot: QtBot,
    gui_services: DeviceServices,
    qloop: qasync.QEventLoop,  # noqa: F811
    tmp_path: Path,
) -> None:
    page = open_page(qtbot, gui_services, AdminSession())
    qtbot.waitUntil(lambda: "standalone" in page.access.server_label.text())
    assert not page.access.sign_in_button.isVisible()
    qloop.run_until_complete(page.load())
    assert page.property("signInDialog") is None and page.accounts == []
