"""The audit log (admin only): who signed in, enrolled a device, edited the rulebook or the
staff, newest first.

Filters by who, what and a date range go to the central server
(``GET /v1/audit``); a page of entries comes back at a time and "Load older"
asks for the next one by keyset (``before``), so the list grows downwards
without repeats. The selected entry's detail is shown one row per field (a
change as before and after). What the list shows exports to CSV or XLSX.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import clock
from core.errors import DomainError
from core.services import DeviceServices
from desktop.pages.admin_access import AdminAccessBar, admin_error_text, is_forbidden
from desktop.rulebook_editing import error_label, say
from desktop.signin_dialog import ensure_signed_in
from sync.admin_client import SignInNeeded, central_server
from sync.errors import SyncError
from sync.staff_admin import AuditEntry, AuditFilter, AuditPage, audit_page, detail_rows
from ui.admin_session import AdminSession
from ui.async_slots import async_slot
from ui.i18n import QT_TRANSLATE_NOOP, error_text
from ui.ops import Op
from ui.table_export import ask_save_path, export_view

PAGE_SIZE = 100

#: The actions the server writes (``server/routes/*``), in the words of the interface.
ACTIONS = {
    "login": QT_TRANSLATE_NOOP("AuditLogPage", "Signed in"),
    "staff.create": QT_TRANSLATE_NOOP("AuditLogPage", "Staff account created"),
    "staff.edit": QT_TRANSLATE_NOOP("AuditLogPage", "Staff account changed"),
    "staff.pin_reset": QT_TRANSLATE_NOOP("AuditLogPage", "PIN reset"),
    "staff.pin_set": QT_TRANSLATE_NOOP("AuditLogPage", "Own PIN set"),
    "device.enrol": QT_TRANSLATE_NOOP("AuditLogPage", "Device enrolled"),
    "device.revoke": QT_TRANSLATE_NOOP("AuditLogPage", "Device revoked"),
    "tier.edit": QT_TRANSLATE_NOOP("AuditLogPage", "Tier changed"),
    "tiers.edit": QT_TRANSLATE_NOOP("AuditLogPage", "Tier ladder changed"),
    "tier_policy.edit": QT_TRANSLATE_NOOP("AuditLogPage", "Tier policy changed"),
    "benefit.edit": QT_TRANSLATE_NOOP("AuditLogPage", "Benefit changed"),
    "rules.publish": QT_TRANSLATE_NOOP("AuditLogPage", "Point rules published"),
    "reward.create": QT_TRANSLATE_NOOP("AuditLogPage", "Reward created"),
    "reward.edit": QT_TRANSLATE_NOOP("AuditLogPage", "Reward changed"),
    "stock.allocate": QT_TRANSLATE_NOOP("AuditLogPage", "Stock allocated"),
    "attention.resolve": QT_TRANSLATE_NOOP("AuditLogPage", "Attention item resolved"),
    "member.reveal": QT_TRANSLATE_NOOP("AuditLogPage", "Member's contact details revealed"),
    "job.run": QT_TRANSLATE_NOOP("AuditLogPage", "Job run"),
}
#: Detail fields that name what an entry is about, most telling first.
_SUBJECTS = ("username", "code", "member", "sku", "id", "name")

# entry columns
E_TIME, E_ACTOR, E_ACTION, E_SUMMARY = range(4)
# detail columns
D_FIELD, D_BEFORE, D_AFTER = range(3)
_ENTRY_ID = Qt.ItemDataRole.UserRole


def _value_text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class AuditLogPage(QWidget):
    """The access bar, the filters, the entries, and the selected entry's fields."""

    # A page of entries was shown (how many the list holds now).
    sig_loaded = Signal(int)

    def __init__(
        self, services: DeviceServices, session: AdminSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditLogPage")
        self.services = services
        self.session = session
        self.entries: list[AuditEntry] = []
        self.next_before: int | None = None
        self.filters = AuditFilter()
        self._listed_by: str | None = None  # whose token read the entries shown
        self._busy = False

        self.access = AdminAccessBar(session, self)
        self.access.sig_sign_in.connect(self.sign_in_again)

        # --- filters ---------------------------------------------------------------
        self.actor_field = QLineEdit(self)
        self.actor_field.setObjectName("auditActor")
        self.actor_field.setPlaceholderText(self.tr("anyone (a user name)"))
        self.actor_field.setMaxLength(64)
        self.actor_field.returnPressed.connect(self.load)
        self.action_box = QComboBox(self)
        self.action_box.setObjectName("auditAction")
        self.action_box.addItem(self.tr("All actions"), "")
        for code, source in sorted(ACTIONS.items(), key=lambda kv: self.tr(kv[1])):
            self.action_box.addItem(self.tr(source), code)
        today = clock.now().date()
        self.since_check = QCheckBox(self.tr("From"), self)
        self.since_check.setObjectName("auditSinceOn")
        self.since_date = _date_edit(self, "auditSince", today - timedelta(days=30))
        self.until_check = QCheckBox(self.tr("to"), self)
        self.until_check.setObjectName("auditUntilOn")
        self.until_date = _date_edit(self, "auditUntil", today)
        self.since_check.toggled.connect(self.since_date.setEnabled)
        self.until_check.toggled.connect(self.until_date.setEnabled)
        self.since_date.setEnabled(False)
        self.until_date.setEnabled(False)
        self.show_button = QPushButton(self.tr("Show"), self)
        self.show_button.setObjectName("auditShow")
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.load)
        self.filter_error = error_label(self, "auditFilterError")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Who"), self))
        filters.addWidget(self.actor_field, 1)
        filters.addWidget(QLabel(self.tr("Action"), self))
        filters.addWidget(self.action_box, 1)
        filters.addWidget(self.since_check)
        filters.addWidget(self.since_date)
        filters.addWidget(self.until_check)
        filters.addWidget(self.until_date)
        filters.addWidget(self.show_button)

        # --- entries -----------------------------------------------------------------
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Who"), self.tr("Action"), self.tr("About")]
        )
        self.view = QTableView(self)
        self.view.setObjectName("auditEntries")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

        self.detail = QTableWidget(0, 3, self)
        self.detail.setObjectName("auditDetail")
        self.detail.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Before"), self.tr("After")]
        )
        self.detail.verticalHeader().setVisible(False)
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.setWordWrap(True)
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.detail_title = QLabel(self)
        self.detail_title.setObjectName("auditDetailTitle")
        self.detail_title.setWordWrap(True)
        detail_pane = QWidget(self)
        detail_layout = QVBoxLayout(detail_pane)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(detail_pane)
        splitter.setSizes([700, 400])
        splitter.setChildrenCollapsible(False)

        self.older_button = QPushButton(self.tr("Load older"), self)
        self.older_button.setObjectName("auditOlder")
        self.older_button.clicked.connect(self.load_older)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("auditExport")
        self.export_button.clicked.connect(self.ask_export)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("auditStatus")
        self.status_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.older_button)
        bottom.addWidget(self.export_button)

        self.content = QWidget(self)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(filters)
        content_layout.addWidget(self.filter_error)
        content_layout.addWidget(splitter, 1)
        content_layout.addLayout(bottom)

        layout = QVBoxLayout(self)
        layout.addWidget(self.access)
        layout.addWidget(self.content, 1)
        self.session.sig_changed.connect(self._session_changed)
        self._enable()

    # --- public ---------------------------------------------------------------------

    def start(self) -> None:
        """Find the central server; show the newest entries if someone is signed in."""
        factory = self.services.factory
        Op(self, lambda: central_server(factory)).success(self._started).run()

    def is_busy(self) -> bool:
        return self._busy

    def set_action(self, code: str) -> None:
        self.action_box.setCurrentIndex(max(0, self.action_box.findData(code)))

    def set_dates(self, since: date | None, until: date | None) -> None:
        """The date range (both days included); None leaves that side open."""
        self.since_check.setChecked(since is not None)
        self.until_check.setChecked(until is not None)
        if since is not None:
            self.since_date.setDate(QDate(since.year, since.month, since.day))
        if until is not None:
            self.until_date.setDate(QDate(until.year, until.month, until.day))

    def asked(self) -> AuditFilter | None:
        """The filters as set; None (the problem shown) when the dates are the wrong way."""
        since = _day(self.since_date) if self.since_check.isChecked() else None
        until = _day(self.until_date) if self.until_check.isChecked() else None
        if since is not None and until is not None and until < since:
            say(self.filter_error, self.tr("The first day is after the last day."))
            return None
        say(self.filter_error, "")
        return AuditFilter(
            actor=self.actor_field.text().strip(),
            action=str(self.action_box.currentData() or ""),
            since=datetime.combine(since, datetime.min.time()) if since else None,
            until=datetime.combine(until + timedelta(days=1), datetime.min.time())
            if until
            else None,
        )

    def select_entry(self, row: int) -> None:
        self.view.selectRow(row)

    def detail_texts(self) -> list[tuple[str, str, str]]:
        """(field, before, after) as the detail table shows them."""

        def text(r: int, c: int) -> str:
            item = self.detail.item(r, c)
            return item.text() if item is not None else ""

        return [
            (text(r, D_FIELD), text(r, D_BEFORE), text(r, D_AFTER))
            for r in range(self.detail.rowCount())
        ]

    @async_slot()
    async def load(self) -> None:
        """The newest entries that match the filters (the list starts again)."""
        if self._busy or self.session.server_url is None:
            return
        filters = self.asked()
        if filters is None:
            return
        self._set_busy(True)
        try:
            if not await ensure_signed_in(self.session, self):
                say(self.status_label, self.tr("Not signed in: no entries to show."))
                return
            page = await self._fetch(filters, None)
            if page is not None:
                self.filters = filters
                self._show(page, append=False)
        finally:
            self._set_busy(False)

    @async_slot()
    async def load_older(self) -> None:
        """The next page of older entries under the same filters."""
        if self._busy or self.next_before is None:
            return
        self._set_busy(True)
        try:
            page = await self._fetch(self.filters, self.next_before)
            if page is not None:
                self._show(page, append=True)
        finally:
            self._set_busy(False)

    @async_slot()
    async def sign_in_again(self) -> None:
        self.session.forget()
        await self.load()

    def export_to(self, path: str) -> Op[int]:
        """Write the entries the list shows to ``path`` (.csv or .xlsx), off the UI thread;
        a suffix the exporter does not write raises ``InvalidInput`` at once."""
        written = self.tr("{n} entries written to {path}.")
        return (
            export_view(self.view, path)
            .success(
                lambda _n: say(self.status_label, written.format(n=len(self.entries), path=path))
            )
            .failure(lambda err: say(self.status_label, error_text(err)))
        )

    def ask_export(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Export the audit log"),
            "audit-log",
            "xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if path is None:
            return
        try:
            self.export_to(path).run()
        except DomainError as err:
            say(self.status_label, error_text(err))

    # --- the server -------------------------------------------------------------------

    async def _fetch(self, filters: AuditFilter, before: int | None) -> AuditPage | None:
        try:
            async with self.session.client() as client:
                page = await audit_page(client, filters, before=before, limit=PAGE_SIZE)
        except SyncError as err:
            if isinstance(err, SignInNeeded):
                self.session.forget()
            if is_forbidden(err):
                self.access.refuse(self.session.username)
                self.content.hide()
                self._clear()
            else:
                say(self.status_label, admin_error_text(err, self.session))
            return None
        self.access.allow()
        self.content.show()
        self._listed_by = self.session.username
        return page

    # --- showing ------------------------------------------------------------------------

    def _started(self, server: str | None) -> None:
        self.session.set_server(server)
        if self.session.is_signed_in():
            self.load()

    def _session_changed(self) -> None:
        # Signed out, or someone else signed in: the entries shown were not read for them.
        if self.session.username != self._listed_by:
            self._listed_by = None
            self.access.allow()
            self.content.show()
            self._clear()

    def _clear(self) -> None:
        self.entries, self.next_before = [], None
        self.model.removeRows(0, self.model.rowCount())
        self._show_detail(None)
        self._enable()

    def _show(self, page: AuditPage, *, append: bool) -> None:
        if not append:
            self.model.removeRows(0, self.model.rowCount())
            self.entries = []
        for entry in page.entries:
            cells = [
                entry.at.strftime("%Y-%m-%d %H:%M:%S"),
                entry.actor,
                self.action_text(entry.action),
                _summary(entry),
            ]
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setData(entry.id, _ENTRY_ID)
            self.model.appendRow(items)
        self.entries += page.entries
        self.next_before = page.next_before
        for column in (E_TIME, E_ACTOR, E_ACTION):  # "About" takes the rest
            self.view.resizeColumnToContents(column)
        say(
            self.status_label,
            self.tr("{n} entries, newest first.").format(n=len(self.entries))
            if self.next_before is None
            else self.tr("{n} newest entries; older ones follow with “Load older”.").format(
                n=len(self.entries)
            ),
        )
        if not append and self.entries:
            self.view.selectRow(0)
        elif not self.entries:
            self._show_detail(None)
            say(self.status_label, self.tr("No entries match."))
        self._enable()
        self.sig_loaded.emit(len(self.entries))

    def action_text(self, code: str) -> str:
        source = ACTIONS.get(code)
        return self.tr(source) if source else code

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row()
        self._show_detail(self.entries[row] if 0 <= row < len(self.entries) else None)

    def _show_detail(self, entry: AuditEntry | None) -> None:
        rows = detail_rows(entry.detail) if entry is not None else []
        self.detail.setRowCount(len(rows))
        for r, row in enumerate(rows):
            before = _value_text(row.before) if row.changed else ""
            cells = [row.field, before, _value_text(row.after)]
            for c, text in enumerate(cells):
                self.detail.setItem(r, c, QTableWidgetItem(text))
        self.detail.resizeRowsToContents()
        if entry is None:
            self.detail_title.setText("")
        else:
            self.detail_title.setText(
                self.tr("{action} by {actor} at {time}").format(
                    action=self.action_text(entry.action),
                    actor=entry.actor,
                    time=entry.at.strftime("%Y-%m-%d %H:%M:%S"),
                )
            )

    def _enable(self) -> None:
        self.older_button.setEnabled(not self._busy and self.next_before is not None)
        self.export_button.setEnabled(not self._busy and bool(self.entries))
        self.show_button.setEnabled(not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._enable()


def _summary(entry: AuditEntry) -> str:
    """What the entry is about and which fields it changed: "S002-clerk-9: role, active"."""
    subject = next((str(entry.detail[k]) for k in _SUBJECTS if k in entry.detail), "")
    fields = [name for name, value in sorted(entry.detail.items()) if isinstance(value, dict)]
    if subject and fields:
        return f"{subject}: {', '.join(fields)}"
    return subject or ", ".join(fields)


def _date_edit(parent: QWidget, name: str, day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())
