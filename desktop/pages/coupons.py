"""Coupons: the templates (a table and the form that creates or edits one) and issuing them
(to one member, or to everyone matching the members filters: ``desktop.pages.coupon_issue``).

Templates are the central server's: the table shows the local copy (the last
pull); saves go through ``sync.coupon_admin`` with the signed-in staff member's
token, then the sync is nudged and the pull brings the change back. The form
types yuan ("12.50") and percent off ("15" is 15% off, an 85折 coupon) and sends
integers (fen, basis points); every field is checked first
(``core.coupon_templates``), a wrong one is tinted and named, nothing is sent.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from core.coupon_templates import TemplateRow, discount_word, format_percent, load_templates
from core.coupon_templates import parse_template as parse_form
from core.errors import DomainError
from core.money import format_fen
from core.services import DeviceServices
from desktop.pages.coupon_issue import IssuePanel
from desktop.record_tables import RecordsModel, RecordsView
from desktop.rulebook_editing import error_label, save_error_text, say, server_text
from desktop.signin_dialog import ensure_signed_in
from sync import coupon_admin
from sync.admin_client import central_server
from sync.errors import Refused, SyncError
from ui import theme
from ui.admin_session import AdminSession
from ui.async_slots import async_slot
from ui.i18n import QT_TRANSLATE_NOOP, error_text
from ui.ops import Op
from ui.sync_bridge import SyncBridge

KIND_WORDS = {
    "amount_off": QT_TRANSLATE_NOOP("CouponsPage", "amount off"),
    "percent_off": QT_TRANSLATE_NOOP("CouponsPage", "percent off"),
    "free_shipping": QT_TRANSLATE_NOOP("CouponsPage", "free shipping"),
}
_PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("CouponsPage", "required"),
    "too_long": QT_TRANSLATE_NOOP("CouponsPage", "too long (at most 100 characters)"),
    "not_text": QT_TRANSLATE_NOOP("CouponsPage", "contains control characters"),
    "not_amount": QT_TRANSLATE_NOOP("CouponsPage", "not an amount in yuan (for example 12.50)"),
    "not_percent": QT_TRANSLATE_NOOP(
        "CouponsPage", "not a percentage (for example 15 or 12.5, meaning % off)"
    ),
    "not_whole_number": QT_TRANSLATE_NOOP("CouponsPage", "not a whole number"),
    "too_small": QT_TRANSLATE_NOOP("CouponsPage", "too small"),
    "too_large": QT_TRANSLATE_NOOP("CouponsPage", "too large"),
    "above_threshold": QT_TRANSLATE_NOOP(
        "CouponsPage", "takes off more than the minimum spend it needs"
    ),
    "exists": QT_TRANSLATE_NOOP("CouponsPage", "another template has this name"),
}

# The table's "takes off" column (lupdate reads these contexts literally).
_AMOUNT_OFF = QT_TRANSLATE_NOOP("CouponsPage", "{amount} off")
_PERCENT_OFF = QT_TRANSLATE_NOOP("CouponsPage", "{percent}% off ({zhe}折)")


def _tr(source: str) -> str:
    return QCoreApplication.translate("CouponsPage", source)


def kind_text(kind: str) -> str:
    source = KIND_WORDS.get(kind)
    return _tr(source) if source else kind


def value_text(row: TemplateRow) -> str:
    """What a coupon of the template takes off, as the back office reads it."""
    if row.kind == "amount_off":
        return _tr(_AMOUNT_OFF).format(amount=format_fen(row.value))
    if row.kind == "percent_off":
        return _tr(_PERCENT_OFF).format(
            percent=format_percent(row.value), zhe=discount_word(row.value)
        )
    return _tr(KIND_WORDS["free_shipping"])


class TemplatesModel(RecordsModel[TemplateRow]):
    """One line per template; those no longer issued greyed."""

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Takes off"),
            self.tr("Minimum spend"),
            self.tr("Valid for"),
            self.tr("Unused here"),
            self.tr("May be issued"),
            self.tr("ID"),
        )

    def right_aligned(self) -> frozenset[int]:
        return frozenset({3, 4, 5})

    def cell(self, row: TemplateRow, col: int) -> str:
        if col == 0:
            return row.name
        if col == 1:
            return kind_text(row.kind)
        if col == 2:
            return value_text(row)
        if col == 3:
            return format_fen(row.threshold_fen) if row.threshold_fen else ""
        if col == 4:
            return self.tr("{days} days").format(days=f"{row.valid_days:,}")
        if col == 5:
            return f"{row.unused:,}"
        if col == 6:
            return self.tr("yes") if row.active else self.tr("no")
        return row.id

    def colour(self, row: TemplateRow, col: int) -> str | None:
        return None if row.active else theme.MUTED


class CouponsPage(QWidget):
    """Templates table and form on top, issuing below."""

    # The page read the local copy afresh (templates and the filter's choices).
    sig_loaded = Signal()
    # The central server took a template change (the local copy follows with the next pull).
    sig_saved = Signal()

    def __init__(
        self,
        services: DeviceServices,
        session: AdminSession,
        parent: QWidget | None = None,
        *,
        sync_bridge: SyncBridge | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("couponsPage")
        self.services = services
        self.session = session
        self.bridge = sync_bridge
        self.templates: list[TemplateRow] = []
        self._editing: str | None = None  # the template in the form; None: a new one
        self._filled: tuple[object, ...] = ()
        self._saving = False
        self._loading = 0

        self.server_label = QLabel(self)
        self.server_label.setObjectName("couponsServer")
        self.server_label.setWordWrap(True)

        self.model = TemplatesModel(self)
        self.view = RecordsView(self.model, self)
        self.view.setObjectName("couponTemplates")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("couponTemplatesCount")

        # --- the form -------------------------------------------------------------
        form_box = QGroupBox(self.tr("New template"), self)
        self.form_box = form_box
        form = QFormLayout(form_box)
        self.form = form
        self.fields: dict[str, QLineEdit] = {}
        self.labels: dict[str, str] = {}

        def line(name: str, label: str, hint: str = "") -> QLineEdit:
            field = QLineEdit(form_box)
            field.setObjectName(f"coupon_{name}")
            field.setPlaceholderText(hint)
            self.fields[name] = field
            self.labels[name] = label
            form.addRow(label, field)
            return field

        line("name", self.tr("Name"), self.tr("e.g. 满300减50"))
        self.kind_box = QComboBox(form_box)
        self.kind_box.setObjectName("coupon_kind")
        for kind in KIND_WORDS:
            self.kind_box.addItem(kind_text(kind), kind)
        form.addRow(self.tr("Kind"), self.kind_box)
        line("value_yuan", self.tr("Amount off (¥)"), self.tr("e.g. 50 or 12.50"))
        line("percent", self.tr("Percent off (%)"), self.tr("15 means 15% off (85折)"))
        self.meaning_label = QLabel(form_box)
        self.meaning_label.setObjectName("couponMeaning")
        self.meaning_label.setStyleSheet(f"color: {theme.MUTED};")
        form.addRow("", self.meaning_label)
        line("threshold_yuan", self.tr("Minimum spend (¥)"), self.tr("empty: no minimum"))
        line("valid_days", self.tr("Valid for (days)"), self.tr("days from when it is issued"))
        self.active_box = QCheckBox(self.tr("May be issued"), form_box)
        self.active_box.setObjectName("coupon_active")
        self.active_box.setChecked(True)
        form.addRow("", self.active_box)
        self.labels["kind"] = self.tr("Kind")
        self.form_error = error_label(form_box, "couponFormError")
        form.addRow(self.form_error)
        self.note_label = QLabel(
            self.tr(
                "A change of amounts applies to unused coupons already issued; a change of "
                "validity to coupons issued from now on."
            ),
            form_box,
        )
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(f"color: {theme.MUTED};")
        form.addRow(self.note_label)
        self.new_button = QPushButton(self.tr("New template"), form_box)
        self.new_button.setObjectName("couponNew")
        self.save_button = QPushButton(self.tr("Save to the central server"), form_box)
        self.save_button.setObjectName("couponSave")
        self.save_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.save_status = QLabel(form_box)
        self.save_status.setObjectName("couponSaveStatus")
        self.save_status.setWordWrap(True)
        form.addRow(self.save_status)

        self.issue_panel = IssuePanel(services, self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(form_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.server_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.issue_panel)

        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new_template)
        self.save_button.clicked.connect(self.save)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        for name in ("value_yuan", "percent", "threshold_yuan"):
            self.fields[name].textChanged.connect(self._show_meaning)
        # Coupons issued here count at once in the table's "unused here".
        self.issue_panel.sig_issued.connect(self.reload)
        self.issue_panel.sig_bulk_done.connect(self.reload)
        self.session.sig_changed.connect(self._show_server)
        if sync_bridge is not None:
            sync_bridge.sig_cycle_finished.connect(self.reload)
        self._show_server()
        self.new_template()

    # --- public ---------------------------------------------------------------------

    def start(self) -> None:
        """Read the local copy and the central server's address."""
        self.reload()
        self.issue_panel.start()
        factory = self.services.factory
        Op(self, lambda: central_server(factory)).success(self.session.set_server).run()

    def reload(self, *_args: object) -> None:
        """The templates as this database holds them now."""
        factory = self.services.factory
        self._loading += 1
        (
            Op(self, lambda: load_templates(factory))
            .success(self._templates_loaded)
            .failure(self._load_failed)
            .finished(self._load_finished)
            .run()
        )

    def is_busy(self) -> bool:
        return bool(self._loading) or self._saving or self.issue_panel.is_busy()

    def template(self, template_id: str) -> TemplateRow | None:
        return next((t for t in self.templates if t.id == template_id), None)

    def selected(self) -> TemplateRow | None:
        index = self.view.currentIndex()
        rows = self.model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def select(self, template_id: str) -> bool:
        """Select a template in the table (and load it into the form); False if not shown."""
        for i, row in enumerate(self.model.rows()):
            if row.id == template_id:
                self.view.selectRow(i)
                return True
        return False

    def select_by_name(self, name: str) -> bool:
        row = next((t for t in self.templates if t.name == name), None)
        return row is not None and self.select(row.id)

    def new_template(self) -> None:
        """Empty the form for a new template."""
        self._editing = None
        self.view.clearSelection()
        for field in self.fields.values():
            field.clear()
        self.fields["valid_days"].setText("30")
        self.kind_box.setCurrentIndex(0)
        self.active_box.setChecked(True)
        self.form_box.setTitle(self.tr("New template"))
        self._kind_changed()
        self._clear_marks()

    def fill(self, row: TemplateRow) -> None:
        """Load a template into the form for editing."""
        self._editing = row.id
        self.fields["name"].setText(row.name)
        self.kind_box.setCurrentIndex(self.kind_box.findData(row.kind))
        self.fields["value_yuan"].setText(
            format_fen(row.value, symbol="") if row.kind == "amount_off" else ""
        )
        self.fields["percent"].setText(
            format_percent(row.value) if row.kind == "percent_off" else ""
        )
        self.fields["threshold_yuan"].setText(
            format_fen(row.threshold_fen, symbol="") if row.threshold_fen else ""
        )
        self.fields["valid_days"].setText(str(row.valid_days))
        self.active_box.setChecked(row.active)
        self.form_box.setTitle(self.tr("Template {name} ({id})").format(name=row.name, id=row.id))
        self._kind_changed()
        self._clear_marks()
        self._filled = self._form_state()
        self.issue_panel.choose_template(row.id)  # the one looked at is the one to issue

    @async_slot()
    async def save(self) -> None:
        """Check every field, then create or edit the template on the central server."""
        if self._saving:
            return
        kind = str(self.kind_box.currentData() or "")
        texts = {name: field.text() for name, field in self.fields.items()}
        self._clear_marks()
        try:
            draft, problems = parse_form(texts, kind=kind, active=self.active_box.isChecked())
        except DomainError as err:  # the form's checks passed, the shared rule did not
            say(self.save_status, error_text(err))
            return
        editing = self._editing
        if draft is not None and any(
            t.name == draft.name and t.id != editing for t in self.templates
        ):
            draft, problems = None, {"name": "exists"}
        if draft is None:
            self._show_problems(problems)
            say(self.save_status, self.tr("Nothing was sent: correct the fields marked in red."))
            return
        before = self.template(editing) if editing else None
        changes: dict[str, Any] = {}
        if editing is not None:
            if before is None:
                say(self.save_status, self.tr("This template is no longer in the local copy."))
                return
            changes = draft.changes_from(vars(before))
            if not changes:
                say(self.save_status, self.tr("There are no changes to save."))
                return
        if self.session.server_url is None:
            say(
                self.save_status,
                self.tr(
                    "Saving needs a connection to the central server; this database is "
                    "standalone. Nothing was saved."
                ),
            )
            return
        self._set_saving(True)
        try:
            if not await ensure_signed_in(self.session, self):
                say(self.save_status, self.tr("Not signed in: nothing was saved."))
                return
            say(self.save_status, self.tr("Saving…"))
            try:
                async with self.session.client() as client:
                    if editing is None:
                        saved = await coupon_admin.create_template(client, draft)
                    else:
                        saved = await coupon_admin.edit_template(client, editing, changes)
            except SyncError as err:
                self._refused(err)
                return
            say(
                self.save_status,
                self.tr(
                    "Template {name} ({id}) saved on the central server. The table shows it "
                    "after the next sync."
                ).format(name=draft.name, id=saved["id"]),
            )
            self._editing = str(saved["id"])
            self.form_box.setTitle(
                self.tr("Template {name} ({id})").format(name=draft.name, id=saved["id"])
            )
            self._filled = self._form_state()
            self.sig_saved.emit()
            if self.bridge is not None:
                self.bridge.nudge()
        finally:
            self._set_saving(False)

    # --- internals ------------------------------------------------------------------

    def _templates_loaded(self, rows: list[TemplateRow]) -> None:
        self.templates = rows
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        active = sum(1 for t in rows if t.active)
        self.count_label.setText(
            self.tr("{total} templates, {active} may be issued").format(
                total=len(rows), active=active
            )
        )
        self.issue_panel.set_templates([(t.id, t.name) for t in rows if t.active])
        if self._editing is not None:
            row = self.template(self._editing)
            for i, shown in enumerate(self.model.rows()):
                if shown.id == self._editing:
                    blocked = self.view.selectionModel().blockSignals(True)
                    self.view.selectRow(i)
                    self.view.selectionModel().blockSignals(blocked)
            if row is not None and self._form_state() == self._filled:
                self.fill(row)  # nothing typed since: show what the pull brought

    def _load_failed(self, err: DomainError) -> None:
        say(
            self.save_status,
            self.tr("The local copy cannot be read: {error}").format(error=error_text(err)),
        )

    def _load_finished(self) -> None:
        self._loading -= 1
        if not self._loading:
            self.sig_loaded.emit()

    def _show_server(self) -> None:
        self.server_label.setText(server_text(self.session))

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        row = self.selected()
        if row is not None and not self._saving:
            self.fill(row)

    def _kind_changed(self, *_args: object) -> None:
        kind = self.kind_box.currentData()
        self.form.setRowVisible(self.fields["value_yuan"], kind == "amount_off")
        self.form.setRowVisible(self.fields["percent"], kind == "percent_off")
        row = self.template(self._editing) if self._editing else None
        # The server keeps a template's kind once coupons of it exist.
        fixed = row is not None and row.unused > 0
        self.kind_box.setEnabled(not fixed)
        self.kind_box.setToolTip(
            self.tr("Fixed: coupons of this template have been issued.") if fixed else ""
        )
        self._show_meaning()

    def _show_meaning(self, *_args: object) -> None:
        """The terms in a sentence, as the member will read them (empty while unclear)."""
        kind = str(self.kind_box.currentData() or "")
        texts = {name: field.text() for name, field in self.fields.items()}
        texts["name"] = texts["name"] or "-"
        texts["valid_days"] = "1"
        try:
            draft, _problems = parse_form(texts, kind=kind, active=True)
        except DomainError:
            draft = None
        text = ""
        if draft is not None:
            spend = (
                self.tr("on a spend of {amount} or more").format(
                    amount=format_fen(draft.threshold_fen)
                )
                if draft.threshold_fen
                else self.tr("on any spend")
            )
            if kind == "amount_off":
                text = self.tr("{amount} off {spend}").format(
                    amount=format_fen(draft.value), spend=spend
                )
            elif kind == "percent_off":
                text = self.tr("{percent}% off (pays {zhe}折) {spend}").format(
                    percent=format_percent(draft.value), zhe=discount_word(draft.value), spend=spend
                )
            else:
                text = self.tr("free shipping {spend}").format(spend=spend)
        self.meaning_label.setText(text)

    def _refused(self, err: SyncError) -> None:
        if err.code == "sign_in_needed":
            self.session.forget()
        if isinstance(err, Refused) and err.params.get("status") == 403:
            text = self.tr("{user} may not change coupon templates (back office or admin only).")
            say(self.save_status, text.format(user=self.session.username or ""))
            return
        say(self.save_status, save_error_text(err, self.session))

    def _form_state(self) -> tuple[object, ...]:
        return (
            *(field.text() for field in self.fields.values()),
            self.kind_box.currentData(),
            self.active_box.isChecked(),
        )

    def _show_problems(self, problems: dict[str, str]) -> None:
        lines = []
        for name, code in problems.items():
            widget = self.fields.get(name)
            if widget is not None:
                _mark(widget, True)
            source = _PROBLEMS.get(code)
            lines.append(f"{self.labels.get(name, name)}: {_tr(source) if source else code}")
        say(self.form_error, "\n".join(lines))

    def _clear_marks(self) -> None:
        for field in self.fields.values():
            _mark(field, False)
        say(self.form_error, "")

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.new_button.setEnabled(not saving)


def _mark(field: QLineEdit, bad: bool) -> None:
    field.setStyleSheet(f"background-color: {theme.DANGER_BACKGROUND};" if bad else "")
