"""The members page: find anyone by code, phone, name or pinyin; see their points.

Typing restarts a 250 ms timer; when it fires the table's model runs the
search on the database worker, so keystrokes are never held up by a query.
Without a query the table browses every member in code order, a page at a time
as the clerk scrolls. Selecting a line loads that member's card and recent
points entries, again off the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from core.directory import MemberCard, MemberRow
from core.errors import DomainError
from core.services import DeviceServices
from ui import theme
from ui.i18n import error_text
from ui.members_model import MembersTableModel, TierInfo
from ui.ops import Op
from ui.widgets.ledger_view import LedgerEntry, LedgerView
from ui.widgets.member_panel import MemberPanel

SEARCH_DELAY_MS = 250
LEDGER_LINES = 50


class MembersPage(QWidget):
    """Search box and member list on the left, the selected member on the right."""

    # The member shown on the right changed (member id; empty when none).
    sig_member_shown = Signal(str)
    # Open this member in full (member id): double-click, Enter, or the button.
    sig_open_member = Signal(str)

    def __init__(self, services: DeviceServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._shown_generation = 0
        self._error = ""

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
            services.page, services.search, describe_tier=self._describe_tier, parent=self
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
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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
        ):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            width = max(metrics.averageCharWidth() * chars, metrics.horizontalAdvance(title))
            self.table.setColumnWidth(col, width + 24)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.activated.connect(self._activated)  # double-click or Enter

        self.status_label = QLabel(self)
        self.status_label.setObjectName("searchStatus")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.table, 1)
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
        """Load the first page of members."""
        self.model.set_query(self.search_box.text())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Whenever the page comes up, the next keystroke goes into the search box.
        QTimer.singleShot(0, self._focus_search)

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

    def _show_error(self, text: str) -> None:
        self._error = text
        self.status_label.setText(text)

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
