"""The members page: find anyone by code, phone, name or pinyin; filter, sort, act in bulk.

Typing restarts a short timer; when it fires the table's model runs the search
on the database worker (one at a time, the newest text winning), so keystrokes
are never held up by a query. Without a query the table browses every member
through the filter bar's choices, in the order of the sorted column, a page at
a time as the person scrolls. Selecting a line loads that member's card and
recent points entries, again off the UI thread. Several lines (or everyone the
filters let through) can be tagged, given a coupon or exported; members can be
imported from a CSV file. Long work shows counts and can be cancelled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.directory import MemberCard, MemberDirectory, MemberFilter, MemberRow
from core.errors import DomainError
from core.member_bulk import BulkReport, BulkTarget, MemberBulk
from core.member_export import ExportReport, export_members, format_for
from core.member_import import MemberImporter
from core.progress import Progress
from core.services import DeviceServices
from desktop.bulk_dialogs import CouponDialog, TagDialog
from desktop.import_dialog import ImportDialog
from ui import theme
from ui.i18n import error_text
from ui.members_model import MembersTableModel, TierInfo
from ui.ops import Op
from ui.progress_op import ProgressOp
from ui.table_export import install_export_action
from ui.timers import later
from ui.widgets.ledger_view import LedgerEntry, LedgerView
from ui.widgets.member_filter_bar import MemberFilterBar
from ui.widgets.member_panel import MemberPanel

# Long enough to fold a burst of keys (a paste, an input method's commit) into one search,
# short enough not to count against the 100 ms from the last key to the results. The model
# never runs two searches at once and skips texts typed meanwhile, so a fast typist costs
# one query per query-time, not one per key.
SEARCH_DELAY_MS = 15
LEDGER_LINES = 50


class MembersPage(QWidget):
    """Search box and member list on the left, the selected member on the right."""

    # The member shown on the right changed (member id; empty when none).
    sig_member_shown = Signal(str)
    # Open this member in full (member id): double-click, Enter, or the button.
    sig_open_member = Signal(str)
    # A bulk action or an import finished (its report: BulkReport or ImportReport).
    sig_bulk_done = Signal(object)
    # An export finished (its ExportReport).
    sig_exported = Signal(object)

    def __init__(self, services: DeviceServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.directory = MemberDirectory(services.factory)
        self.bulk = MemberBulk(services.factory)
        self._shown_generation = 0
        self._error = ""
        self._tags: list[str] = []
        self.dialog: TagDialog | CouponDialog | ImportDialog | None = None
        self.running: ProgressOp[object] | None = None

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("memberSearch")
        self.search_box.setPlaceholderText(
            self.tr("Member no., mobile, last 4 digits, name or pinyin initials")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setFont(theme.large_font(self.font()))
        self.search_box.installEventFilter(self)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DELAY_MS)
        self.debounce.timeout.connect(self._apply_search)
        self.search_box.textChanged.connect(self._text_changed)
        self.search_box.returnPressed.connect(self._apply_search)

        self.model = MembersTableModel(
            self.directory.browse,
            self.directory.search,
            describe_tier=self._describe_tier,
            parent=self,
        )
        self.model.query_finished.connect(self._search_finished)
        self.model.loading_changed.connect(self._loading_changed)
        self.model.failed.connect(self._show_error)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)

        self.table = QTableView(self)
        self.table.setObjectName("membersTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.table.fontMetrics()
        for col, chars in (
            (MembersTableModel.CODE, 14),
            (MembersTableModel.NAME, 6),
            (MembersTableModel.PHONE, 12),
            (MembersTableModel.TIER, 6),
            (MembersTableModel.POINTS, 10),
            (MembersTableModel.STORE, 6),
            (MembersTableModel.JOINED, 10),
        ):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            width = max(metrics.averageCharWidth() * chars, metrics.horizontalAdvance(title))
            self.table.setColumnWidth(col, width + 24)
        header.setStretchLastSection(True)
        header.setSortIndicator(MembersTableModel.CODE, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)  # the header's clicks call model.sort
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)  # double-click or Enter

        self.filter_bar = MemberFilterBar(self)
        self.filter_bar.sig_changed.connect(self._filters_changed)

        self.tag_button = QPushButton(self.tr("Tag…"), self)
        self.tag_button.setObjectName("bulkTagButton")
        self.tag_button.clicked.connect(self.ask_tag)
        self.coupon_button = QPushButton(self.tr("Issue coupon…"), self)
        self.coupon_button.setObjectName("bulkCouponButton")
        self.coupon_button.clicked.connect(self.ask_coupon)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("The list as filtered and sorted, to CSV or XLSX"))
        self.export_button.clicked.connect(self.ask_export)
        self.import_button = QPushButton(self.tr("Import…"), self)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.ask_import)
        actions = QHBoxLayout()
        for button in (self.tag_button, self.coupon_button, self.export_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("searchStatus")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(actions)
        left_layout.addWidget(self.status_label)

        self.panel = MemberPanel(self)
        self.open_button = QPushButton(self.tr("Open member…"), self)
        self.open_button.setObjectName("openMember")
        self.open_button.setToolTip(self.tr("Profile, points, redemptions, coupons (Enter)"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_current)
        self.ledger_caption = QLabel(self.tr("Recent points entries"), self)
        self.ledger_caption.setFont(theme.scaled_font(self.font(), 1.2, bold=True))
        self.ledger_view = LedgerView(self)
        self.ledger_view.setObjectName("ledgerView")
        install_export_action(self.ledger_view)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.panel)
        right_layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        right_layout.addWidget(self.ledger_caption)
        right_layout.addWidget(self.ledger_view, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        table_width = sum(self.table.columnWidth(c) for c in range(self.model.columnCount()))
        splitter.setSizes([max(table_width + 40, 560), 520])
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.setFocusProxy(self.search_box)

    # --- lifecycle --------------------------------------------------------------

    def start(self) -> None:
        """Load the first page of members, then the filter bar's choices."""
        self.model.set_query(self.search_box.text())
        directory = self.directory
        services = self.services
        (
            Op(
                self,
                lambda: (
                    [(t.code, t.name, t.rank) for t in services.tiers()],
                    directory.stores(),
                    directory.tags_in_use(),
                ),
            )
            .success(lambda choices: self._choices_loaded(*choices))
            .failure(self._show_error)
            .run()
        )

    def _choices_loaded(
        self,
        tiers: list[tuple[str, str, int]],
        stores: list[tuple[str, str]],
        tags: list[str],
    ) -> None:
        self.filter_bar.set_tiers([(code, name) for code, name, _rank in tiers])
        self.filter_bar.set_stores(stores)
        self.filter_bar.set_tags(tags)
        self._tags = tags
        self.model.set_tiers({code: TierInfo(name, rank) for code, name, rank in tiers})

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Whenever the page comes up, the next keystroke goes into the search box.
        later(0, self, self._focus_search)

    def _focus_search(self) -> None:
        if self.isVisible():
            self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- search -------------------------------------------------------------------

    def _text_changed(self, _text: str) -> None:
        self.debounce.start()  # restarts: the search runs 250 ms after the last keystroke

    def _apply_search(self) -> None:
        self.debounce.stop()
        self.model.set_query(self.search_box.text())

    def _search_finished(self, _query: str, count: int) -> None:
        if count == 1:
            # A code or a full phone number: that member is the one wanted.
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _loading_changed(self, loading: bool) -> None:
        if loading:
            self._error = ""
            self.status_label.setText(
                self.tr("Searching…") if self.model.query() else self.tr("Loading…")
            )
        else:
            self._update_count()

    def _update_count(self) -> None:
        if self.model.is_loading():
            return
        if self._error:
            self.status_label.setText(self._error)
            return
        n = self.model.rowCount()
        query = self.model.query()
        if not query:
            text = (
                self.tr("{count} members shown; scroll for more")
                if self.model.canFetchMore(QModelIndex())
                else self.tr("{count} members")
            )
        elif n == 0:
            text = self.tr("No member matches “{query}”")
        elif n >= self.model.search_limit:
            text = self.tr("First {count} matches; type more to narrow down")
        else:
            text = self.tr("{count} found")
        self.status_label.setText(text.format(count=f"{n:,}", query=query))

    def _show_error(self, text: str | DomainError) -> None:
        self._error = error_text(text) if isinstance(text, DomainError) else text
        self.status_label.setText(self._error)

    def _filters_changed(self, filters: MemberFilter) -> None:
        self.model.set_filters(filters)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow in the search box walks into the results, as in a browser's address bar.
        if (
            watched is self.search_box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    # --- the selected member ------------------------------------------------------

    def open_current(self) -> None:
        """Open the member of the current line in full."""
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is not None:
            self.sig_open_member.emit(row.id)

    def member_changed(self, member_id: str) -> None:
        """A member was changed elsewhere (the detail page): show them afresh if shown here."""
        card = self.panel.card()
        if card is not None and card.id == member_id:
            index = self.table.currentIndex()
            self._current_row_changed(index, index)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.sig_open_member.emit(row.id)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._shown_generation += 1
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.open_button.setEnabled(row is not None)
        if row is None:
            self.panel.clear()
            self.ledger_view.set_entries([])
            self.sig_member_shown.emit("")
            return
        generation = self._shown_generation
        services = self.services
        member_id = row.id
        (
            Op(self, lambda: (services.card(member_id), services.ledger(member_id, LEDGER_LINES)))
            .success(lambda result: self._show_member(generation, *result))
            .failure(lambda err: self._member_failed(generation, err))
            .run()
        )

    def _show_member(
        self, generation: int, card: MemberCard, entries: Sequence[LedgerEntry]
    ) -> None:
        if generation != self._shown_generation:
            return
        self.panel.set_card(card)
        self.ledger_view.set_entries(entries)
        self.model.set_tiers({card.tier_code: TierInfo(card.tier_name, card.tier_rank)})
        self.sig_member_shown.emit(card.id)

    def _member_failed(self, generation: int, err: DomainError) -> None:
        if generation == self._shown_generation:
            self.panel.clear()
            self.panel.set_hint(error_text(err))
            self.ledger_view.set_entries([])

    def _describe_tier(self, row: MemberRow) -> TierInfo:
        # Runs on the worker. The services have no tier list yet; a member's card names its tier.
        card = self.services.card(row.id)
        return TierInfo(card.tier_name, card.tier_rank)

    # --- several members at once --------------------------------------------------

    def selected_rows(self) -> list[MemberRow]:
        """The members of the selected lines, in list order."""
        lines = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        rows = (self.model.row_at(line) for line in lines)
        return [r for r in rows if r is not None]

    def _selection_changed(self, *_args: object) -> None:
        n = len(self.table.selectionModel().selectedRows())
        if n > 1:
            self.status_label.setText(self.tr("{count} members selected").format(count=f"{n:,}"))
        else:
            self._update_count()

    def filter_target(self) -> BulkTarget:
        """Everyone the list stands for: the search's results, or all through the filters."""
        if self.model.query():
            rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
            return BulkTarget.chosen([r.id for r in rows if r is not None])
        return BulkTarget.matching(self.model.filters())

    def selection_target(self) -> BulkTarget:
        return BulkTarget.chosen([r.id for r in self.selected_rows()])

    def is_busy(self) -> bool:
        return self.running is not None and not self.running.is_finished()

    def _count_for(self, dialog: TagDialog | CouponDialog) -> None:
        target = self.filter_target()
        bulk = self.bulk
        Op(dialog, lambda: bulk.preview_count(target)).success(dialog.set_filter_count).failure(
            self._show_error
        ).run()

    def ask_tag(self) -> TagDialog:
        """Open the tag dialog (not modal to the application; ``self.dialog`` while open)."""
        dialog = TagDialog(len(self.selected_rows()), self._tags, self)
        dialog.setObjectName("tagDialog")
        dialog.accepted.connect(lambda: self._tag_chosen(dialog))
        self._open_dialog(dialog)
        self._count_for(dialog)
        return dialog

    def _tag_chosen(self, dialog: TagDialog) -> None:
        target = self.selection_target() if dialog.to_selection() else self.filter_target()
        self.run_tag(target, dialog.tag(), remove=dialog.remove())

    def run_tag(self, target: BulkTarget, tag: str, *, remove: bool = False) -> None:
        """Tag (or untag) the target's members, with progress and cancel."""
        bulk = self.bulk
        label = self.tr("Removing the tag…") if remove else self.tr("Tagging members…")
        staff = self._staff()
        self._run(
            lambda progress: bulk.tag(target, tag, remove=remove, staff=staff, progress=progress),
            label,
        )

    def ask_coupon(self) -> None:
        """Open the coupon dialog once the templates are known."""
        bulk = self.bulk
        Op(self, bulk.coupon_templates).success(self._open_coupon_dialog).failure(
            self._show_error
        ).run()

    def _open_coupon_dialog(self, templates: list[tuple[str, str]]) -> None:
        dialog = CouponDialog(len(self.selected_rows()), templates, self)
        dialog.setObjectName("couponDialog")
        dialog.accepted.connect(lambda: self._coupon_chosen(dialog))
        self._open_dialog(dialog)
        self._count_for(dialog)

    def _coupon_chosen(self, dialog: CouponDialog) -> None:
        template = dialog.template_id()
        if template is None:
            return
        target = self.selection_target() if dialog.to_selection() else self.filter_target()
        self.run_coupons(target, template)

    def run_coupons(self, target: BulkTarget, template_id: str) -> None:
        """Issue a coupon of ``template_id`` to each of the target's members."""
        bulk = self.bulk
        staff = self._staff()
        self._run(
            lambda progress: bulk.issue_coupons(
                target, template_id, staff=staff, progress=progress
            ),
            self.tr("Issuing coupons…"),
        )

    def _run(
        self,
        fn: Callable[[Progress], object],
        label: str,
        done: Callable[[object], None] | None = None,
    ) -> None:
        op: ProgressOp[object] = ProgressOp(self, fn, label=label)
        self.running = op
        self._set_actions_enabled(False)
        op.success(done or self._bulk_done).failure(self._show_error).finished(
            lambda: self._set_actions_enabled(True)
        ).run()

    def _staff(self) -> str | None:
        # The back office's services may name the operator (desktop/app.py's
        # OperatorServices): commands made here in bulk carry it like single edits do.
        staff = getattr(self.services, "staff", None)
        return staff if isinstance(staff, str) else None

    def _changed(self) -> None:
        # ... and wake the sync service, as its own changing methods do.
        recorded = getattr(self.services, "recorded", None)
        if callable(recorded):
            recorded()

    def _bulk_done(self, report: object) -> None:
        if isinstance(report, BulkReport):
            if report.done:
                self._changed()
            text = self.tr("{done} members changed, {same} already so, {failed} refused").format(
                done=f"{report.done:,}", same=f"{report.unchanged:,}", failed=f"{report.failed:,}"
            )
            if report.cancelled:
                text = self.tr("Cancelled: {summary}").format(summary=text)
            self.model.reload()
            self.status_label.setText(text)
        self.sig_bulk_done.emit(report)

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (self.tag_button, self.coupon_button, self.export_button, self.import_button):
            button.setEnabled(enabled)

    def _open_dialog(self, dialog: TagDialog | CouponDialog | ImportDialog) -> None:
        self.dialog = dialog
        dialog.setModal(True)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # --- export and import --------------------------------------------------------------

    def ask_export(self) -> None:
        """Ask where to save, then export the list as it is filtered, sorted and searched."""
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export members"),
            "members.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if path:
            self.export_to(path)

    def export_headers(self) -> list[str]:
        return [
            self.tr("Member no."),
            self.tr("Name"),
            self.tr("Mobile"),
            self.tr("Tier"),
            self.tr("Balance"),
            self.tr("Points debt"),
            self.tr("Status"),
            self.tr("Store"),
            self.tr("Joined"),
        ]

    def export_to(self, path: str) -> None:
        try:
            fmt = format_for(path)
        except DomainError as err:
            self._show_error(err)
            return
        factory = self.services.factory
        filters, order, query = self.model.filters(), self.model.member_sort(), self.model.query()
        limit = self.model.search_limit
        headers = self.export_headers()
        self._run(
            lambda progress: export_members(
                factory,
                path,
                fmt=fmt,
                headers=headers,
                filters=filters,
                sort=order,
                query=query or None,
                search_limit=limit,
                progress=progress,
            ),
            self.tr("Exporting members…"),
            self._exported,
        )

    def _exported(self, report: object) -> None:
        if isinstance(report, ExportReport):
            if report.cancelled:
                self.status_label.setText(self.tr("Export cancelled; no file was written"))
            else:
                self.status_label.setText(
                    self.tr("{count} members exported to {path}").format(
                        count=f"{report.rows:,}", path=report.path
                    )
                )
            self.sig_exported.emit(report)

    def ask_import(self) -> ImportDialog:
        """Open the import dialog; members it enrols show up in the list when it is done."""
        dialog = ImportDialog(MemberImporter(self.services.factory, self._staff()), self)
        dialog.setObjectName("importDialog")
        dialog.sig_imported.connect(self._imported)
        self._open_dialog(dialog)
        return dialog

    def _imported(self, report: object) -> None:
        self._changed()
        self.model.reload()
        self.sig_bulk_done.emit(report)
