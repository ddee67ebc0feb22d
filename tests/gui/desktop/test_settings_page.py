"""Settings page: the language is kept and used at the next start, the theme is applied at
once and remembered, and the central server's new address is checked against a real
central API process (a wrong one is refused and nothing is kept; the right one is kept and
the next sync goes there)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.services import DeviceServices
from desktop.main_window import MainWindow
from desktop.pages.settings import SettingsPage
from desktop.signin_dialog import SignInDialog
from sync.service import SyncService
from sync.settings import InvalidServerUrl, normalise_url
from sync.state import device_of
from tests.gui.desktop.conftest import outbox
from tests.gui.desktop.rulebook_fixtures import (  # noqa: F401  (fixtures)
    PASSWORD,
    STAFF,
    BackOffice,
    backoffice,
    qloop,
    until,
)
from tests.integration.server.conftest import Template, db_url, template  # noqa: F401
from tests.integration.sync.conftest import Central, central, private_keyring  # noqa: F401
from tests.live import free_port
from ui import i18n, theme
from ui.admin_session import AdminSession
from ui.widgets.member_panel import MemberPanel

ON_SQLITE = pytest.mark.parametrize("template", ["sqlite"], indirect=True)
ADMIN_PASSWORD = "admin-pass-1"  # the seeded ``admin`` account's


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "backoffice.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def _light_and_english(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every other test expects the light theme and English: put them back."""
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    yield
    theme.apply(qapp, theme.LIGHT)
    i18n.install(qapp, "en")


def open_page(
    qtbot: QtBot, services: DeviceServices, settings: QSettings, session: AdminSession
) -> SettingsPage:
    page = SettingsPage(services, session, settings=settings)
    qtbot.addWidget(page)
    page.resize(900, 640)
    page.show()
    page.start()
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)
    return page


# --- language ---------------------------------------------------------------------------


def test_the_language_is_kept_and_used_at_the_next_start(
    qtbot: QtBot, qapp: QApplication, gui_services: DeviceServices, settings: QSettings
) -> None:
    page = open_page(qtbot, gui_services, settings, AdminSession())
    assert page.language_combo.currentData() == "en"
    assert page.language_note.isHidden()

    page.language_combo.setCurrentIndex(i18n.LANGUAGES.index("zh_TW"))
    assert page.language_note.isVisible()
    assert "Restart MemberDesk" in page.language_note.text()
    # Nothing switches live: the running interface still speaks English.
    assert i18n.current_language() == "en"

    # The next start reads the same file (a new QSettings object, as a new process would).
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert i18n.saved_language(again) == "zh_TW"
    assert i18n.install(qapp, settings=again) == "zh_TW"
    assert QCoreApplication.translate("MainWindow", "Members") != "Members"

    # The page opened after that restart shows the choice and asks for nothing more.
    reopened = open_page(qtbot, gui_services, again, AdminSession())
    assert reopened.language_combo.currentData() == "zh_TW"
    assert reopened.language_note.isHidden()


def test_the_start_up_reads_the_applications_own_settings(qapp: QApplication) -> None:
    """``ui.app`` installs with no arguments: the user's QSettings decide (the conftest
    points them at this test's folder)."""
    organisation, name = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName("MemberDesk")
    QCoreApplication.setApplicationName("MemberDesk")
    try:
        i18n.save_language(QSettings(), "zh_CN")
        assert i18n.install(qapp) == "zh_CN"
    finally:
        QCoreApplication.setOrganizationName(organisation)
        QCoreApplication.setApplicationName(name)


def test_the_environment_still_overrides_a_saved_choice(
    qtbot: QtBot,
    gui_services: DeviceServices,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QLocale

    assert i18n.choose_language({}, QLocale("en_US"), saved="zh_TW") == "zh_TW"
    assert i18n.choose_language({}, QLocale("zh_CN"), saved=None) == "zh_CN"
    assert i18n.choose_language({}, QLocale("zh_CN"), saved="klingon") == "zh_CN"
    assert i18n.choose_language({i18n.ENV_VAR: "en"}, QLocale("zh_CN"), saved="zh_TW") == "en"
    with pytest.raises(ValueError):
        i18n.save_language(settings, "fr")

    monkeypatch.setenv(i18n.ENV_VAR, "zh_CN")
    page = open_page(qtbot, gui_services, settings, AdminSession())
    assert i18n.ENV_VAR in page.language_note.text()


# --- theme ------------------------------------------------------------------------------


def window_colour(app: QApplication) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_the_theme_is_applied_at_once_and_remembered(
    qtbot: QtBot, qapp: QApplication, gui_services: DeviceServices, settings: QSettings
) -> None:
    window = MainWindow(gui_services, settings=settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    panel = MemberPanel(window)  # the member panel's colours are set once, when it is made
    page = open_page(qtbot, gui_services, settings, AdminSession())
    assert page.light_button.isChecked()
    assert window_colour(qapp) > 128
    page.grab().save("/tmp/settings.png")

    with qtbot.waitSignal(page.sig_theme_changed):
        page.dark_button.click()
    assert theme.current() == theme.DARK
    assert window_colour(qapp) < 80
    qapp.processEvents()  # the widgets hear of the new palette through events
    assert page.palette().color(QPalette.ColorRole.WindowText).lightness() > 180
    # The sidebar's light panel became a dark one with light text; the advice line and the
    # muted captions of the member panel are light enough to read on a dark window.
    sheet = window.sidebar.styleSheet()
    assert "#EEF1F4" not in sheet and "#2B3036" in sheet and "#E5E8EB" in sheet
    assert theme.ADVICE in panel.outlook_label.styleSheet()
    assert theme.MUTED in panel.hint_label.styleSheet()
    # A frozen member's banner keeps its strong red under white text.
    assert "background-color: #C0392B" in panel.status_banner.styleSheet()
    # The status line of the page, made after the switch, uses the dark theme's colours.
    page._say("x", ok=True)
    assert "#58D68D" in page.server_status.styleSheet()
    page._say("", ok=True)
    qapp.processEvents()
    page.grab().save("/tmp/settings-dark.png")
    window.grab().save("/tmp/backoffice-dark.png")

    # Remembered: a new start finds it (and the page shows it).
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert theme.saved_theme(again) == theme.DARK
    assert open_page(qtbot, gui_services, again, AdminSession()).dark_button.isChecked()

    # And back: light colours again, in the sheets too.
    page.choose_theme(theme.LIGHT)
    assert theme.current() == theme.LIGHT
    assert window_colour(qapp) > 128
    assert "#EEF1F4" in window.sidebar.styleSheet()
    assert theme.saved_theme(QSettings(settings.fileName(), QSettings.Format.IniFormat)) == (
        theme.LIGHT
    )


def test_apply_saved_at_start_up(qapp: QApplication, settings: QSettings) -> None:
    assert theme.apply_saved(qapp, settings) == theme.LIGHT
    assert theme.current() == theme.LIGHT
    theme.save_theme(settings, theme.DARK)
    assert theme.apply_saved(qapp, settings) == theme.DARK
    assert window_colour(qapp) < 80
    with pytest.raises(ValueError):
        theme.save_theme(settings, "purple")


def test_restyle_swaps_only_the_house_colours() -> None:
    sheet = "color: #C0392B; background-color: #FDEDEC; border: 2px solid #C0392B;"
    dark = theme.restyle(sheet, theme.DARK)
    assert dark == "color: #F1948A; background-color: #4A2326; border: 2px solid #C0392B;"
    assert theme.restyle(dark, theme.LIGHT) == sheet


# --- the central server -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("http://10.0.0.5:8700/", "http://10.0.0.5:8700"),
        ("  10.0.0.5:8700 ", "http://10.0.0.5:8700"),
        ("https://members.example.com/api", "https://members.example.com/api"),
    ],
)
def test_addresses_are_normalised(text: str, url: str) -> None:
    assert normalise_url(text) == url


@pytest.mark.parametrize("text", ["", "ftp://x", "http://", "http://host:port", "http://a b"])
def test_what_is_not_an_address_is_refused(text: str) -> None:
    with pytest.raises(InvalidServerUrl):
        normalise_url(text)


def test_a_standalone_database_says_so(
    qtbot: QtBot, gui_services: DeviceServices, settings: QSettings
) -> None:
    page = open_page(qtbot, gui_services, settings, AdminSession())
    assert page.device is None
    assert "Standalone" in page.server_label.text()
    assert page.move_row.isHidden()


def try_address(
    qloop: qasync.QEventLoop,  # noqa: F811
    page: SettingsPage,
    text: str,
) -> str:
    page.url_edit.setText(text)
    qloop.run_until_complete(page.change_server())
    return page.server_status.text()


def test_a_wrong_address_is_refused_and_nothing_is_kept(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
    settings: QSettings,
) -> None:
    session = AdminSession(backoffice.central.url)
    page = open_page(qtbot, backoffice.services, settings, session)
    before = backoffice.central.url
    assert page.server_label.text() == before
    assert "back office" in page.scope_label.text()
    assert page.device is not None and page.device.device_id in page.device_label.text()

    nobody = f"http://127.0.0.1:{free_port()}"
    assert try_address(qloop, page, nobody) == (f"Nothing answers at {nobody}; nothing was saved.")
    said = try_address(qloop, page, f"{before}/not-here")
    assert said.endswith("is not a MemberDesk central server; nothing was saved."), said
    said = try_address(qloop, page, "ftp://elsewhere")
    assert said.startswith("“ftp://elsewhere” is not a server address"), said
    page.grab().save("/tmp/settings-server.png")

    device = device_of(backoffice.services.factory)
    assert device is not None and device.server_url == before
    assert page.server_label.text() == before
    assert session.server_url == before
    assert page.url_edit.text() == "ftp://elsewhere"  # kept for correcting


@ON_SQLITE
def test_a_server_with_another_database_is_refused(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
    template: Template,  # noqa: F811
    settings: QSettings,
    tmp_path: Path,
) -> None:
    other_db = tmp_path / "other.db"
    shutil.copy(template.location, other_db)  # the same chain's data, but not this device
    other = Central(f"sqlite:///{other_db}")
    other.start()
    try:
        page = open_page(qtbot, backoffice.services, settings, AdminSession(backoffice.central.url))
        said = try_address(qloop, page, other.url)
    finally:
        other.stop()
    assert said == (
        f"The MemberDesk server at {other.url} does not know this device: it serves another"
        " database. Nothing was saved."
    )
    device = device_of(backoffice.services.factory)
    assert device is not None and device.server_url == backoffice.central.url


def move_as(
    qloop: qasync.QEventLoop,  # noqa: F811
    page: SettingsPage,
    text: str,
    user: str | None,
    password: str = ADMIN_PASSWORD,
) -> str:
    """Ask to move to ``text``; sign in at the new address as ``user`` (None: cancel)."""
    page.url_edit.setText(text)

    async def scenario() -> None:
        task = page.change_server()
        await until(lambda: isinstance(page.property("signInDialog"), SignInDialog))
        signin: SignInDialog = page.property("signInDialog")
        if user is None:
            signin.reject()
        else:
            signin.username_field.setText(user)
            signin.password_field.setText(password)
            signin.sign_in_button.click()
        await task

    qloop.run_until_complete(scenario())
    return page.server_status.text()


def test_only_an_administrator_moves_the_device(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
    db_url: str,  # noqa: F811
    settings: QSettings,
) -> None:
    moved = Central(db_url)
    moved.start()
    try:
        page = open_page(qtbot, backoffice.services, settings, AdminSession(backoffice.central.url))
        assert move_as(qloop, page, moved.url, None) == "Not signed in: nothing was saved."
        said = move_as(qloop, page, moved.url, STAFF, PASSWORD)
        assert said == (
            "Only an administrator may change the central server's address; nothing was saved."
        )
        said = try_address(qloop, page, backoffice.central.url + "/")
        assert said == "That is already this device's central server."
    finally:
        moved.stop()
    device = device_of(backoffice.services.factory)
    assert device is not None and device.server_url == backoffice.central.url


def test_the_moved_server_is_kept_and_the_next_sync_goes_there(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
    db_url: str,  # noqa: F811
    settings: QSettings,
) -> None:
    # The same database served at another address (the server moved).
    moved = Central(db_url)
    moved.start()
    try:
        service = SyncService(backoffice.services.factory)  # running before the change
        session = AdminSession(backoffice.central.url)
        page = open_page(qtbot, backoffice.services, settings, session)
        with qtbot.waitSignal(page.sig_server_changed) as changed:
            said = move_as(qloop, page, f"{moved.url}/", "admin")
        assert changed.args == [moved.url]
        assert said == f"Saved: this device now syncs with {moved.url}; the next sync uses it."
        assert page.server_label.text() == moved.url
        assert session.server_url == moved.url
        device = device_of(backoffice.services.factory)
        assert device is not None and device.server_url == moved.url
        assert device.kind == "backoffice"  # the rest of the identity is untouched

        # The old address goes away; a change made now reaches the server at the new one.
        backoffice.central.stop()
        with sqlite3.connect(backoffice.path) as conn:
            (code,) = conn.execute("SELECT code FROM members ORDER BY code LIMIT 1").fetchone()
        backoffice.services.adjust(code, 5, "settings test", staff="backoffice")
        assert outbox(backoffice.path)
        report = qloop.run_until_complete(service.run_cycle())
        assert report.push is not None
        assert outbox(backoffice.path) == []
    finally:
        moved.stop()
