"""Staff & roles: who may sign in, with which role, for which store or region (admin only).

The accounts are the central server's (``/v1/staff``): the page lists them with
a signed-in administrator's token, creates and edits them in a dialog, turns
them off and on, clears a lockout and resets a POS PIN. Every call runs on the
Qt event loop (qasync), never blocking the window; the stores for the pickers
come from this database's copy (the pull brings them), read on the database
worker. Someone signed in who is not an administrator sees one line that says
who may use the page, and nothing else.
"""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.services import DeviceServices
from desktop.pages.admin_access import AdminAccessBar, admin_error_text, is_forbidden, run_dialog
from desktop.pages.staff_dialogs import AccountDialog, PinDialog, role_text
from desktop.rulebook_editing import say
from desktop.signin_dialog import ensure_signed_in
from sync.admin_client import AdminClient, SignInNeeded, central_server
from sync.errors import SyncError
from sync.staff_admin import (
    REGION_ROLE,
    StaffAccount,
    StorePlace,
    create_staff,
    edit_staff,
    list_staff,
    reset_pin,
    store_places,
)
from ui import theme
from ui.admin_session import AdminSession
from ui.async_slots import async_slot
from ui.ops import Op

T = TypeVar("T")

# table columns
C_USER, C_NAME, C_ROLE, C_WHERE, C_ACTIVE, C_LOCKED = range(6)
_USERNAME = Qt.ItemDataRole.UserRole


class StaffPage(QWidget):
    """The access bar, the accounts table, and the actions on the selected account."""

    # An account was created or changed on the central server (its user name).
    sig_changed = Signal(str)

    def __init__(
        self, services: DeviceServices, session: AdminSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("staffPage")
        self.services = services
        self.session = session
        self.accounts: list[StaffAccount] = []
        self.places: list[StorePlace] = []
        self._listed_by: str | None = None  # whose token listed the accounts shown
        self._busy = False

        self.access = AdminAccessBar(session, self)
        self.access.sig_sign_in.connect(self.sign_in_again)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("staffTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("User name"),
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Store / region"),
                self.tr("Status"),
                self.tr("Locked"),
            ]
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_account())

        self.new_button = QPushButton(self.tr("New account…"), self)
        self.new_button.setObjectName("staffNew")
        self.new_button.clicked.connect(self.new_account)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.setObjectName("staffEdit")
        self.edit_button.clicked.connect(self.edit_account)
        self.active_button = QPushButton(self.tr("Deactivate"), self)
        self.active_button.setObjectName("staffActive")
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setObjectName("staffUnlock")
        self.unlock_button.clicked.connect(self.unlock)
        self.pin_button = QPushButton(self.tr("Reset PIN…"), self)
        self.pin_button.setObjectName("staffResetPin")
        self.pin_button.clicked.connect(self.reset_pin)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("staffRefresh")
        self.refresh_button.clicked.connect(self.load)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("staffStatus")
        self.status_label.setWordWrap(True)

        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.active_button,
            self.unlock_button,
            self.pin_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.refresh_button)

        self.content = QWidget(self)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(actions)
        content_layout.addWidget(self.table, 1)
        content_layout.addWidget(self.status_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.access)
        layout.addWidget(self.content, 1)
        self.session.sig_changed.connect(self._session_changed)
        self._selection_changed()

    # --- public ---------------------------------------------------------------------

    def start(self) -> None:
        """Find the central server and the stores; list the accounts if someone is signed in."""
        factory = self.services.factory
        Op(self, lambda: (central_server(factory), store_places(factory))).success(
            self._started
        ).run()

    def is_busy(self) -> bool:
        return self._busy

    def selected(self) -> StaffAccount | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), C_USER)
        name = item.data(_USERNAME) if item is not None else None
        return next((a for a in self.accounts if a.username == name), None)

    def select(self, username: str) -> None:
        """Select the account's row (nothing when it is not listed)."""
        with contextlib.suppress(KeyError):
            self.table.selectRow(self.row_of(username))

    def row_of(self, username: str) -> int:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, C_USER)
            if item is not None and item.data(_USERNAME) == username:
                return row
        raise KeyError(username)

    def row_texts(self, username: str) -> list[str]:
        row = self.row_of(username)
        return [
            item.text() if (item := self.table.item(row, c)) else ""
            for c in range(self.table.columnCount())
        ]

    @async_slot()
    async def load(self) -> None:
        """Sign in if needed, then list the accounts."""
        if self._busy or self.session.server_url is None:
            return
        self._set_busy(True)
        try:
            if not await ensure_signed_in(self.session, self):
                say(self.status_label, self.tr("Not signed in: no accounts to show."))
                return
            await self._list()
        finally:
            self._set_busy(False)

    @async_slot()
    async def sign_in_again(self) -> None:
        """Sign in (as someone else, when someone is signed in) and list again."""
        self.session.forget()
        await self.load()

    @async_slot()
    async def new_account(self) -> None:
        if not self._ready():
            return
        dialog = AccountDialog(self.session, self.places, self._create, None, self)
        await self._after_dialog(dialog, await run_dialog(dialog, self, "staffDialog"))

    @async_slot()
    async def edit_account(self) -> None:
        account = self.selected()
        if account is None or not self._ready():
            return

        def submit(changes: dict[str, Any]) -> Awaitable[StaffAccount]:
            return self._call(lambda c: edit_staff(c, account.username, changes))

        dialog = AccountDialog(self.session, self.places, submit, account, self)
        await self._after_dialog(dialog, await run_dialog(dialog, self, "staffDialog"))

    @async_slot()
    async def toggle_active(self) -> None:
        """Deactivate the selected account (it is signed out at once), or reactivate it."""
        account = self.selected()
        if account is None or not self._ready():
            return
        turned_on = not account.active
        if await self._change(account.username, {"active": turned_on}):
            say(
                self.status_label,
                (
                    self.tr("{user} is active again.")
                    if turned_on
                    else self.tr("{user} is deactivated and signed out everywhere.")
                ).format(user=account.username),
            )

    @async_slot()
    async def unlock(self) -> None:
        """Clear the lockout that failed sign-ins put on the selected account."""
        account = self.selected()
        if account is None or not self._ready():
            return
        if await self._change(account.username, {"unlock": True}):
            text = self.tr("{user} may sign in again.").format(user=account.username)
            say(self.status_label, text)

    @async_slot()
    async def reset_pin(self) -> None:
        account = self.selected()
        if account is None or not self._ready():
            return
        name = account.username

        async def submit(pin: str) -> None:
            await self._call(lambda c: reset_pin(c, name, pin))

        dialog = PinDialog(self.session, name, submit, self)
        await run_dialog(dialog, self, "staffDialog")
        if dialog.done_ok:
            say(self.status_label, self.tr("{user} has a new PIN.").format(user=name))
            self.sig_changed.emit(name)

    # --- the server -------------------------------------------------------------------

    async def _call(self, fn: Callable[[AdminClient], Awaitable[T]]) -> T:
        """One piece of work with the signed-in token; an expired sign-in is forgotten."""
        try:
            async with self.session.client() as client:
                return await fn(client)
        except SignInNeeded:
            self.session.forget()
            raise

    async def _create(self, values: dict[str, Any]) -> StaffAccount:
        return await self._call(lambda c: create_staff(c, **values))

    async def _list(self) -> None:
        try:
            accounts = await self._call(list_staff)
        except SyncError as err:
            if is_forbidden(err):
                self.access.refuse(self.session.username)
                self.content.hide()
                self._show([])
            else:
                say(self.status_label, admin_error_text(err, self.session))
            return
        self.access.allow()
        self.content.show()
        self._listed_by = self.session.username
        self._show(accounts)

    async def _change(self, username: str, changes: dict[str, Any]) -> bool:
        self._set_busy(True)
        try:
            await self._call(lambda c: edit_staff(c, username, changes))
        except SyncError as err:
            say(self.status_label, admin_error_text(err, self.session))
            return False
        else:
            self.sig_changed.emit(username)
            await self._list()
            self.select(username)
            return True
        finally:
            self._set_busy(False)

    async def _after_dialog(self, dialog: AccountDialog, _result: int) -> None:
        saved = dialog.saved
        if saved is None:
            return
        text = (
            self.tr("Created {user}.") if dialog.account is None else self.tr("Saved {user}.")
        ).format(user=saved.username)
        self.sig_changed.emit(saved.username)
        self._set_busy(True)
        try:
            await self._list()
        finally:
            self._set_busy(False)
        say(self.status_label, text)
        self.select(saved.username)

    def _ready(self) -> bool:
        """Accounts listed by an administrator, and nothing else running."""
        return not self._busy and self.session.is_signed_in() and not self.access.is_refused()

    # --- showing ------------------------------------------------------------------------

    def _started(self, found: tuple[str | None, list[StorePlace]]) -> None:
        server, self.places = found
        self.session.set_server(server)
        if self.session.is_signed_in():
            self.load()
        else:
            self.access.refresh()

    def _session_changed(self) -> None:
        # Signed out, or someone else signed in (here or on another page): what the last
        # person was shown or refused is not theirs; Refresh lists for the new one.
        if self.session.username != self._listed_by:
            self._listed_by = None
            self.access.allow()
            self.content.show()
            self._show([])

    def _show(self, accounts: list[StaffAccount]) -> None:
        self.accounts = accounts
        places = {p.code: p for p in self.places}
        self.table.setRowCount(len(accounts))
        muted = QBrush(QColor(theme.MUTED))
        for row, a in enumerate(accounts):
            if a.store_code:
                place = places.get(a.store_code)
                where = f"{a.store_code} · {place.name}" if place else a.store_code
                where = f"{where} ({a.region})" if a.region else where
            elif a.role == REGION_ROLE and a.region:
                where = self.tr("region {region}").format(region=a.region)
            else:
                where = self.tr("whole chain")
            cells = [
                a.username,
                a.display_name,
                role_text(a.role),
                where,
                self.tr("active") if a.active else self.tr("deactivated"),
                self.tr("until {time}").format(time=a.locked_until.strftime("%Y-%m-%d %H:%M"))
                if a.locked_until
                else "",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(_USERNAME, a.username)
                if not a.active:
                    item.setForeground(muted)
                if col == C_LOCKED and a.locked_until:
                    item.setForeground(QBrush(QColor(theme.DANGER)))
                self.table.setItem(row, col, item)
        self._selection_changed()

    def _selection_changed(self) -> None:
        account = self.selected()
        chosen = account is not None and not self._busy
        self.edit_button.setEnabled(chosen)
        self.active_button.setEnabled(chosen)
        self.pin_button.setEnabled(chosen)
        self.unlock_button.setEnabled(chosen and bool(account and account.locked_until))
        inactive = account is not None and not account.active
        self.active_button.setText(self.tr("Reactivate") if inactive else self.tr("Deactivate"))
        self.new_button.setEnabled(not self._busy and self.session.is_signed_in())

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.refresh_button.setEnabled(not busy)
        self._selection_changed()
