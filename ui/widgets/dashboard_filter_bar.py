"""The filters above the dashboards: period and bucket, store, region, tier.

The bar only collects choices and emits ``sig_changed`` with a
``core.analytics.Filters``; the page fills the lists from the local database
(off the UI thread) and recomputes. A period that ends before it starts is
passed on as it is: the core refuses it by name and the page says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from core.analytics import Bucket, Filters

DEFAULT_DAYS = 30


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class DashboardFilterBar(QWidget):
    """Period (from, to, bucket), store, region and tier; emits ``Filters``."""

    # The filters changed (a core.analytics.Filters).
    sig_changed = Signal(object)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self._today = today
        self._stores: list[tuple[str, str, str]] = []
        self.from_edit = QDateEdit(self)
        self.from_edit.setObjectName("dashFrom")
        self.to_edit = QDateEdit(self)
        self.to_edit.setObjectName("dashTo")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self._changed)
        self.bucket_box = QComboBox(self)
        self.bucket_box.setObjectName("dashBucket")
        for code, label in (
            ("day", self.tr("By day")),
            ("week", self.tr("By week")),
            ("month", self.tr("By month")),
        ):
            self.bucket_box.addItem(label, code)
        self.store_box = QComboBox(self)
        self.store_box.setObjectName("dashStore")
        self.region_box = QComboBox(self)
        self.region_box.setObjectName("dashRegion")
        self.tier_box = QComboBox(self)
        self.tier_box.setObjectName("dashTier")
        for box in (self.bucket_box, self.store_box, self.region_box, self.tier_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            if box is self.region_box:
                box.currentIndexChanged.connect(self._region_changed)
            else:
                box.currentIndexChanged.connect(self._changed)
        self.reset_button = QPushButton(self.tr("Reset"), self)
        self.reset_button.setObjectName("dashReset")
        self.reset_button.clicked.connect(self.reset)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("From"), self))
        layout.addWidget(self.from_edit)
        layout.addWidget(QLabel(self.tr("to"), self))
        layout.addWidget(self.to_edit)
        layout.addWidget(self.bucket_box)
        layout.addSpacing(12)
        layout.addWidget(self.region_box)
        layout.addWidget(self.store_box)
        layout.addWidget(self.tier_box)
        layout.addWidget(self.reset_button)
        layout.addStretch(1)
        self.set_choices([], [], [])
        self._set_period(today)

    # --- choices --------------------------------------------------------------------

    def set_choices(
        self,
        stores: Sequence[tuple[str, str, str]],
        regions: Sequence[str],
        tiers: Sequence[tuple[str, str]],
    ) -> None:
        """Stores as (code, name, region), region codes, tiers as (code, name)."""
        self._quiet = True
        try:
            self._stores = list(stores)
            self._fill(self.region_box, self.tr("All regions"), [(r, r) for r in regions])
            self._fill_stores()
            self._fill(self.tier_box, self.tr("All tiers"), [(c, n) for c, n in tiers])
        finally:
            self._quiet = False

    def _fill_stores(self) -> None:
        """The store list follows the region chosen (all stores when none is)."""
        region = self.region_box.currentData()
        self._fill(
            self.store_box,
            self.tr("All stores"),
            [(c, f"{c} {n}") for c, n, r in self._stores if region is None or r == region],
        )

    def _region_changed(self, *_args: object) -> None:
        if self._quiet:
            return
        self._quiet = True
        try:
            self._fill_stores()
        finally:
            self._quiet = False
        self._changed()

    @staticmethod
    def _fill(box: QComboBox, everything: str, items: Sequence[tuple[str, str]]) -> None:
        chosen = box.currentData()
        box.clear()
        box.addItem(everything, None)
        for code, label in items:
            box.addItem(label, code)
        index = box.findData(chosen) if chosen is not None else 0
        box.setCurrentIndex(max(index, 0))

    def store_codes(self) -> list[str]:
        return [str(self.store_box.itemData(i)) for i in range(1, self.store_box.count())]

    def region_codes(self) -> list[str]:
        return [str(self.region_box.itemData(i)) for i in range(1, self.region_box.count())]

    def tier_codes(self) -> list[str]:
        return [str(self.tier_box.itemData(i)) for i in range(1, self.tier_box.count())]

    # --- the filters ----------------------------------------------------------------

    def filters(self) -> Filters:
        store = self.store_box.currentData()
        region = self.region_box.currentData()
        tier = self.tier_box.currentData()
        bucket: Bucket = self.bucket_box.currentData() or "day"
        return Filters(
            start=pydate(self.from_edit.date()),
            end=pydate(self.to_edit.date()),
            stores=(str(store),) if store else (),
            regions=(str(region),) if region else (),
            tiers=(str(tier),) if tier else (),
            bucket=bucket,
        )

    def set_filters(self, filters: Filters) -> None:
        """Show ``filters`` (codes not in the lists are left at "all"); emits once."""
        self._quiet = True
        try:
            if filters.start is not None:
                self.from_edit.setDate(qdate(filters.start))
            if filters.end is not None:
                self.to_edit.setDate(qdate(filters.end))
            self.bucket_box.setCurrentIndex(max(self.bucket_box.findData(filters.bucket), 0))
            for box, codes in (
                (self.region_box, filters.regions),
                (self.store_box, filters.stores),
                (self.tier_box, filters.tiers),
            ):
                if box is self.store_box:
                    self._fill_stores()
                box.setCurrentIndex(max(box.findData(codes[0]), 0) if codes else 0)
        finally:
            self._quiet = False
        self._changed()

    def reset(self) -> None:
        self.set_filters(
            Filters(start=self._today - timedelta(days=DEFAULT_DAYS - 1), end=self._today)
        )

    def _set_period(self, today: date) -> None:
        self._quiet = True
        try:
            self.from_edit.setDate(qdate(today - timedelta(days=DEFAULT_DAYS - 1)))
            self.to_edit.setDate(qdate(today))
        finally:
            self._quiet = False

    def _changed(self, *_args: object) -> None:
        if not self._quiet:
            self.sig_changed.emit(self.filters())
