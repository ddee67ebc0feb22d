"""Short read-only tables of a member's records: points lots, redemptions, coupons."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from core import clock
from core.member_records import CouponLine, LotLine, RedemptionLine
from core.money import format_fen
from ui import theme

T = TypeVar("T")
ModelIndex = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# A lot that ends within this many days is shown as a warning.
EXPIRING_SOON_DAYS = 30


def _when(at: datetime | None) -> str:
    return at.strftime("%Y-%m-%d %H:%M") if at else ""


def _day(at: datetime | None) -> str:
    return at.strftime("%Y-%m-%d") if at else ""


class RecordsModel(QAbstractTableModel, Generic[T]):
    """A list of records; subclasses say the columns."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cell(self, row: T, col: int) -> str:
        raise NotImplementedError

    def right_aligned(self) -> frozenset[int]:
        return frozenset()

    def colour(self, row: T, col: int) -> str | None:
        return None

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.right_aligned():
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.colour(row, col)
            return QColor(colour) if colour else None
        return None


class LotsModel(RecordsModel[LotLine]):
    """Open lots, earliest expiry first: the order spending draws on them."""

    def __init__(
        self, parent: QWidget | None = None, *, now: Callable[[], datetime] = clock.now
    ) -> None:
        super().__init__(parent)
        self._now = now

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Earned"),
            self.tr("Left"),
            self.tr("Usable from"),
            self.tr("Expires"),
        )

    def right_aligned(self) -> frozenset[int]:
        return frozenset({0, 1})

    def cell(self, row: LotLine, col: int) -> str:
        if col == 0:
            return f"{row.points:,}"
        if col == 1:
            return f"{row.remaining:,}"
        if col == 2:
            return _day(row.available_at)
        if row.expires_at <= self._now():
            return self.tr("{day} (expired)").format(day=_day(row.expires_at))
        return _day(row.expires_at)

    def colour(self, row: LotLine, col: int) -> str | None:
        now = self._now()
        if col == 3 and (row.expires_at - now).days < EXPIRING_SOON_DAYS:
            return theme.DANGER
        if col == 2 and row.available_at > now:
            return theme.MUTED
        return None


class RedemptionsModel(RecordsModel[RedemptionLine]):
    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("Reward"),
            self.tr("Qty"),
            self.tr("Points"),
            self.tr("Cash"),
            self.tr("Store"),
            self.tr("Status"),
        )

    def right_aligned(self) -> frozenset[int]:
        return frozenset({2, 3, 4})

    def cell(self, row: RedemptionLine, col: int) -> str:
        if col == 0:
            return _when(row.at)
        if col == 1:
            return f"{row.reward_name} ({row.sku})" if row.reward_name else row.sku
        if col == 2:
            return str(row.qty)
        if col == 3:
            return f"{row.points:,}"
        if col == 4:
            return format_fen(row.cash_fen) if row.cash_fen else ""
        if col == 5:
            return row.store_code or ""
        if row.status == "cancelled":
            return self.tr("cancelled {when}").format(when=_day(row.cancelled_at)).strip()
        return self.tr("completed")

    def colour(self, row: RedemptionLine, col: int) -> str | None:
        return theme.MUTED if row.status == "cancelled" else None


class CouponsModel(RecordsModel[CouponLine]):
    def __init__(
        self, parent: QWidget | None = None, *, now: Callable[[], datetime] = clock.now
    ) -> None:
        super().__init__(parent)
        self._now = now

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Coupon"),
            self.tr("Code"),
            self.tr("Issued"),
            self.tr("Valid until"),
            self.tr("Status"),
        )

    def cell(self, row: CouponLine, col: int) -> str:
        if col == 0:
            return row.template_name or ""
        if col == 1:
            return row.code
        if col == 2:
            return _day(row.issued_at)
        if col == 3:
            return _day(row.valid_until)
        return self.status_text(row)

    def status_text(self, row: CouponLine) -> str:
        if row.status == "used":
            return self.tr("used {when}").format(when=_day(row.used_at)).strip()
        if row.status == "void":
            return self.tr("void")
        if row.valid_until <= self._now():
            return self.tr("expired")
        if row.valid_from > self._now():
            return self.tr("not valid yet")
        return self.tr("usable")

    def colour(self, row: CouponLine, col: int) -> str | None:
        if row.status != "issued" or row.valid_until <= self._now():
            return theme.MUTED
        return theme.SUCCESS if col == 4 else None


class RecordsView(QTableView):
    """A read-only table for one of the models above."""

    def __init__(self, model: QAbstractTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(110)
