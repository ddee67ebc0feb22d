"""Settings: the central server this device syncs with, the language, the theme.

The server's new address (the server moved, its data did not) is checked before
it is kept (:func:`sync.settings.check_move`: the MemberDesk API answers there
and knows this device's credential), and only an administrator, signed in at
the new address, may keep it; a refusal is one line and saves nothing.
The sync service reads the address at every cycle, so its next cycle uses the
new one. The language is kept in ``QSettings`` and used at the next start (the
pages' texts are made once, so switching live would leave half the window in
the old language); the theme is kept there too and applied at once.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from core.services import DeviceServices
from desktop.signin_dialog import ensure_signed_in
from sync.admin_client import SignInNeeded
from sync.errors import NoKeyring, NotSetUp, Offline, ServerFailed, SyncError
from sync.settings import (
    InvalidServerUrl,
    NotAdministrator,
    NotMemberDesk,
    OtherDatabase,
    check_move,
    normalise_url,
    require_administrator,
    save_server,
)
from sync.state import DeviceConfig, device_of
from ui import i18n, theme
from ui.admin_session import AdminSession
from ui.async_slots import async_slot
from ui.ops import Op


class SettingsPage(QWidget):
    """Three boxes: the central server, the language, the theme."""

    # The device's central server moved here (the new address): the next sync uses it.
    sig_server_changed = Signal(str)
    # The theme was switched ("light" or "dark") and is applied already.
    sig_theme_changed = Signal(str)

    def __init__(
        self,
        services: DeviceServices,
        session: AdminSession,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        """``settings``: where the language and theme are kept (None: the user's)."""
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.services = services
        self.session = session
        self.settings = settings if settings is not None else QSettings()
        self.device: DeviceConfig | None = None
        self._busy = False

        # --- the central server ---
        server_box = QGroupBox(self.tr("Central server"), self)
        self.server_label = QLabel(self)
        self.server_label.setObjectName("settingsServer")
        self.server_label.setWordWrap(True)
        self.server_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.scope_label = QLabel(self)
        self.scope_label.setObjectName("settingsScope")
        self.device_label = QLabel(self)
        self.device_label.setObjectName("settingsDevice")
        self.device_label.setWordWrap(True)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("settingsUrl")
        self.url_edit.setPlaceholderText(self.tr("e.g. http://192.168.1.20:8700"))
        self.url_edit.returnPressed.connect(self.change_server)
        self.save_button = QPushButton(self.tr("Check and save"), self)
        self.save_button.setObjectName("settingsSaveServer")
        self.save_button.clicked.connect(self.change_server)
        self.server_status = QLabel(self)
        self.server_status.setObjectName("settingsServerStatus")
        self.server_status.setWordWrap(True)
        self.server_status.hide()
        self.move_hint = QLabel(
            self.tr(
                "If the central server has moved, enter its new address. It is kept only when "
                "the MemberDesk server there answers and knows this device."
            ),
            self,
        )
        self.move_hint.setObjectName("settingsMoveHint")
        self.move_hint.setWordWrap(True)
        self.move_row = QWidget(self)
        move = QHBoxLayout(self.move_row)
        move.setContentsMargins(0, 0, 0, 0)
        move.addWidget(QLabel(self.tr("New address"), self.move_row))
        move.addWidget(self.url_edit, 1)
        move.addWidget(self.save_button)
        server_form = QFormLayout()
        server_form.addRow(self.tr("Address"), self.server_label)
        server_form.addRow(self.tr("Serves"), self.scope_label)
        server_form.addRow(self.tr("This device"), self.device_label)
        server_layout = QVBoxLayout(server_box)
        server_layout.addLayout(server_form)
        server_layout.addWidget(self.move_hint)
        server_layout.addWidget(self.move_row)
        server_layout.addWidget(self.server_status)

        # --- the language ---
        language_box = QGroupBox(self.tr("Language"), self)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("settingsLanguage")
        for lang in i18n.LANGUAGES:
            self.language_combo.addItem(i18n.LANGUAGE_NAMES[lang], lang)
        chosen = i18n.saved_language(self.settings) or i18n.current_language()
        self.language_combo.setCurrentIndex(i18n.LANGUAGES.index(chosen))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.language_note = QLabel(self)
        self.language_note.setObjectName("settingsLanguageNote")
        self.language_note.setWordWrap(True)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_combo)
        language_row.addStretch(1)
        language_layout = QVBoxLayout(language_box)
        language_layout.addLayout(language_row)
        language_layout.addWidget(self.language_note)

        # --- the theme ---
        theme_box = QGroupBox(self.tr("Theme"), self)
        self.light_button = QRadioButton(self.tr("Light"), self)
        self.light_button.setObjectName("settingsLight")
        self.dark_button = QRadioButton(self.tr("Dark"), self)
        self.dark_button.setObjectName("settingsDark")
        self.theme_group = QButtonGroup(self)
        self.theme_group.addButton(self.light_button)
        self.theme_group.addButton(self.dark_button)
        shown = theme.saved_theme(self.settings)
        (self.dark_button if shown == theme.DARK else self.light_button).setChecked(True)
        self.dark_button.toggled.connect(self._theme_toggled)
        theme_row = QHBoxLayout(theme_box)
        theme_row.addWidget(self.light_button)
        theme_row.addWidget(self.dark_button)
        theme_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(server_box)
        layout.addWidget(language_box)
        layout.addWidget(theme_box)
        layout.addStretch(1)
        self._show_device(None)
        self._show_language_note()

    # --- public -------------------------------------------------------------------

    def start(self) -> None:
        """Read this database's device identity (its central server)."""
        factory = self.services.factory
        self._set_busy(True)
        Op(self, lambda: device_of(factory)).success(self._show_device).finished(
            lambda: self._set_busy(False)
        ).run()

    def is_busy(self) -> bool:
        return self._busy

    @async_slot()
    async def change_server(self) -> None:
        """Check the typed address and, when it is this device's server, keep it."""
        device = self.device
        if self._busy or device is None:
            return
        text = self.url_edit.text()
        self._set_busy(True)
        self._say("", ok=True)
        try:
            if normalise_url(text) == device.server_url:
                self._say(self.tr("That is already this device's central server."), ok=True)
                return
            url = await check_move(self.services.factory, text)
            # An administrator, signed in at the new address, moves the device.
            at_new = AdminSession(url, self)
            try:
                if not await ensure_signed_in(at_new, self):
                    self._say(self.tr("Not signed in: nothing was saved."), ok=False)
                    return
                async with at_new.client() as client:
                    await require_administrator(client)
            finally:
                at_new.deleteLater()
            moved = await save_server(self.services.factory, url)
        except SyncError as err:
            self._say(self._refusal(err, text), ok=False)
            return
        finally:
            self._set_busy(False)
        self._show_device(moved)
        self.url_edit.clear()
        self.session.set_server(moved.server_url)
        self._say(
            self.tr("Saved: this device now syncs with {url}; the next sync uses it.").format(
                url=moved.server_url
            ),
            ok=True,
        )
        self.sig_server_changed.emit(moved.server_url)

    def choose_theme(self, name: str) -> None:
        """Switch to ``name`` ("light" or "dark") as the radio buttons do."""
        (self.dark_button if name == theme.DARK else self.light_button).setChecked(True)

    # --- internals ----------------------------------------------------------------

    def _show_device(self, device: DeviceConfig | None) -> None:
        self.device = device
        if device is None:
            self.server_label.setText(
                self.tr("Standalone: this database does not sync with a central server.")
            )
            self.scope_label.setText(self.tr("this computer only"))
            self.device_label.setText("—")
        else:
            self.server_label.setText(device.server_url)
            self.scope_label.setText(self._scope_text(device))
            self.device_label.setText(
                self.tr("{name} (device {id})").format(name=device.name or "—", id=device.device_id)
            )
        self.move_hint.setVisible(device is not None)
        self.move_row.setVisible(device is not None)

    def _scope_text(self, device: DeviceConfig) -> str:
        if device.kind == "store":
            return self.tr("store {store}").format(store=device.store_code or "?")
        if device.kind == "region":
            return self.tr("region {region}").format(region=device.region or "?")
        if device.kind == "backoffice":
            return self.tr("the back office: every member")
        return device.kind

    def _refusal(self, err: SyncError, text: str) -> str:
        """Why the address was not kept, in one line."""
        url = str(err.params.get("url") or text.strip())
        if isinstance(err, InvalidServerUrl):
            return self.tr(
                "“{text}” is not a server address (for example http://192.168.1.20:8700);"
                " nothing was saved."
            ).format(text=text.strip())
        if isinstance(err, Offline):
            return self.tr("Nothing answers at {url}; nothing was saved.").format(url=url)
        if isinstance(err, ServerFailed):
            return self.tr(
                "The server at {url} answers, but its database does not; nothing was saved."
            ).format(url=url)
        if isinstance(err, NotMemberDesk):
            return self.tr(
                "{url} answers, but it is not a MemberDesk central server; nothing was saved."
            ).format(url=url)
        if isinstance(err, OtherDatabase):
            return self.tr(
                "The MemberDesk server at {url} does not know this device: it serves another"
                " database. Nothing was saved."
            ).format(url=url)
        if isinstance(err, NotAdministrator):
            return self.tr(
                "Only an administrator may change the central server's address; nothing was saved."
            )
        if isinstance(err, SignInNeeded):
            return self.tr("The sign-in was not accepted; nothing was saved.")
        if isinstance(err, NotSetUp):
            return self.tr("This database is not set up for sync; nothing was saved.")
        if isinstance(err, NoKeyring):
            return self.tr(
                "This device's credential cannot be read from the keyring; nothing was saved."
            )
        return self.tr(
            "The server at {url} did not pass the check ({reason}); nothing was saved."
        ).format(url=url, reason=err.message)

    def _say(self, text: str, *, ok: bool) -> None:
        colour = theme.SUCCESS if ok else theme.DANGER
        self.server_status.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.server_status.setText(text)
        self.server_status.setVisible(bool(text))

    def _language_chosen(self, index: int) -> None:
        lang = self.language_combo.itemData(index)
        if isinstance(lang, str):
            i18n.save_language(self.settings, lang)
        self._show_language_note()

    def _show_language_note(self) -> None:
        chosen = self.language_combo.currentData()
        override = os.environ.get(i18n.ENV_VAR, "")
        if override and i18n.normalise_language(override) is not None:
            text = self.tr(
                "{var}={value} is set for this computer; it decides the language, not this choice."
            ).format(var=i18n.ENV_VAR, value=override)
        elif chosen != i18n.current_language():
            text = self.tr("Restart MemberDesk to use the new language.")
        else:
            text = ""
        self.language_note.setText(text)
        self.language_note.setVisible(bool(text))

    def _theme_toggled(self, _checked: bool) -> None:
        name = theme.DARK if self.dark_button.isChecked() else theme.LIGHT
        theme.save_theme(self.settings, name)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply(app, name)
        self.sig_theme_changed.emit(name)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
        self.url_edit.setEnabled(not busy)
