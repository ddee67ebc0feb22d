"""The filters above the member list: tier, store, status, tag, joined between, last purchase.

The bar only collects choices; it emits ``sig_changed`` with a ``MemberFilter``
whenever one of them changes and never reads the database itself. The page
fills its choices (tiers, stores, tags) from what it loaded off the UI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.directory import MEMBER_STATUSES, MemberFilter
from ui.i18n import status_text


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class MemberFilterBar(QWidget):
    """Combo boxes and dates that make a ``MemberFilter``."""

    # The filter changed (a MemberFilter; empty when nothing is chosen).
    sig_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        today = today or date.today()
        self._quiet = False

        self.tier_box = QComboBox(self)
        self.tier_box.setObjectName("filterTier")
        self.tier_box.addItem(self.tr("All tiers"), None)
        self.store_box = QComboBox(self)
        self.store_box.setObjectName("filterStore")
        self.store_box.addItem(self.tr("All stores"), None)
        self.status_box = QComboBox(self)
        self.status_box.setObjectName("filterStatus")
        self.status_box.addItem(self.tr("Any status"), None)
        for status in MEMBER_STATUSES:
            self.status_box.addItem(status_text(status), status)
        self.tag_box = QComboBox(self)
        self.tag_box.setObjectName("filterTag")
        self.tag_box.setEditable(True)
        self.tag_box.addItem("", None)
        line = self.tag_box.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("Any tag"))

        self.joined_check = QCheckBox(self.tr("Joined"), self)
        self.joined_check.setObjectName("filterJoined")
        self.joined_from = QDateEdit(_qdate(date(today.year - 1, 1, 1)), self)
        self.joined_until = QDateEdit(_qdate(today), self)
        self.lapsed_check = QCheckBox(self.tr("No purchase since"), self)
        self.lapsed_check.setObjectName("filterLapsed")
        self.lapsed_since = QDateEdit(_qdate(date(today.year - 1, today.month, 1)), self)
        for edit in (self.joined_from, self.joined_until, self.lapsed_since):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setObjectName("clearFilters")

        for box in (self.tier_box, self.store_box, self.status_box, self.tag_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tag_box.setMinimumContentsLength(8)
        for edit in (self.joined_from, self.joined_until, self.lapsed_since):
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("2026-12-31") + 40)

        # Two lines: the choices, then the dates; one line squeezed them out of sight.
        choices = QHBoxLayout()
        for w in (self.tier_box, self.store_box, self.status_box, self.tag_box):
            choices.addWidget(w)
        choices.addStretch(1)
        choices.addWidget(self.clear_button)
        dates = QHBoxLayout()
        dates.addWidget(self.joined_check)
        dates.addWidget(self.joined_from)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.joined_until)
        dates.addSpacing(16)
        dates.addWidget(self.lapsed_check)
        dates.addWidget(self.lapsed_since)
        dates.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choices)
        layout.addLayout(dates)

        for box in (self.tier_box, self.store_box, self.status_box):
            box.currentIndexChanged.connect(self._emit)
        self.tag_box.currentIndexChanged.connect(self._emit)
        line.editingFinished.connect(self._emit)
        self.joined_check.toggled.connect(self._dates_toggled)
        self.lapsed_check.toggled.connect(self._dates_toggled)
        for edit in (self.joined_from, self.joined_until, self.lapsed_since):
            edit.dateChanged.connect(self._emit)
        self.clear_button.clicked.connect(self.clear)
        self._last = MemberFilter()

    # --- choices ------------------------------------------------------------------

    def set_tiers(self, tiers: Sequence[tuple[str, str]]) -> None:
        """(code, name) of each tier, lowest first."""
        self._fill(self.tier_box, tiers)

    def set_stores(self, stores: Sequence[tuple[str, str]]) -> None:
        """(code, name) of each store."""
        self._fill(self.store_box, [(code, f"{code} {name}") for code, name in stores])

    def set_tags(self, tags: Sequence[str]) -> None:
        self._fill(self.tag_box, [(t, t) for t in tags])

    def _fill(self, box: QComboBox, items: Sequence[tuple[str, str]]) -> None:
        self._quiet = True
        try:
            chosen = box.currentData()
            text = box.currentText() if box.isEditable() else ""
            while box.count() > 1:
                box.removeItem(1)
            for code, label in items:
                box.addItem(label, code)
            at = box.findData(chosen) if chosen is not None else 0
            box.setCurrentIndex(max(at, 0))
            if box.isEditable():
                box.setEditText(text)
        finally:
            self._quiet = False

    # --- the filter -----------------------------------------------------------------

    def member_filter(self) -> MemberFilter:
        tag = self.tag_box.currentText().strip() or None
        joined = self.joined_check.isChecked()
        return MemberFilter(
            tier=self.tier_box.currentData(),
            store=self.store_box.currentData(),
            status=self.status_box.currentData(),
            tag=tag,
            joined_from=_pydate(self.joined_from.date()) if joined else None,
            joined_until=_pydate(self.joined_until.date()) if joined else None,
            last_purchase_before=(
                _pydate(self.lapsed_since.date()) if self.lapsed_check.isChecked() else None
            ),
        )

    def clear(self) -> None:
        """Back to every member."""
        self._quiet = True
        try:
            for box in (self.tier_box, self.store_box, self.status_box, self.tag_box):
                box.setCurrentIndex(0)
            self.tag_box.setEditText("")
            self.joined_check.setChecked(False)
            self.lapsed_check.setChecked(False)
        finally:
            self._quiet = False
        self._emit()

    def _dates_toggled(self) -> None:
        joined = self.joined_check.isChecked()
        self.joined_from.setEnabled(joined)
        self.joined_until.setEnabled(joined)
        self.lapsed_since.setEnabled(self.lapsed_check.isChecked())
        self._emit()

    def _emit(self, *_args: object) -> None:
        if self._quiet:
            return
        current = self.member_filter()
        if current != self._last:
            self._last = current
            self.sig_changed.emit(current)
