"""The mall page's tables: the catalog's rewards and the redemption orders."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from core.codes import mask_name
from core.mall_orders import OrderRow, RewardRow
from core.money import format_fen
from core.tiers import TierDef
from desktop.record_tables import ModelIndex, RecordsModel
from ui import theme
from ui.i18n import QT_TRANSLATE_NOOP

# lupdate reads the context of QCoreApplication.translate("MallPage", …) literally.
KIND_WORDS = {
    "physical": QT_TRANSLATE_NOOP("MallPage", "physical"),
    "virtual": QT_TRANSLATE_NOOP("MallPage", "virtual"),
    "service": QT_TRANSLATE_NOOP("MallPage", "service"),
    "coupon": QT_TRANSLATE_NOOP("MallPage", "coupon"),
}
STOCK_WORDS = {
    "central": QT_TRANSLATE_NOOP("MallPage", "central stock"),
    "store": QT_TRANSLATE_NOOP("MallPage", "per store"),
    "unlimited": QT_TRANSLATE_NOOP("MallPage", "unlimited"),
}
STATE_WORDS = {
    "placed": QT_TRANSLATE_NOOP("MallPage", "placed"),
    "fulfilled": QT_TRANSLATE_NOOP("MallPage", "fulfilled"),
    "shipped": QT_TRANSLATE_NOOP("MallPage", "shipped"),
    "cancelled": QT_TRANSLATE_NOOP("MallPage", "cancelled"),
}


def words(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate("MallPage", source) if source else code


def _day(d: date | None) -> str:
    return d.isoformat() if d else ""


class RewardsModel(RecordsModel[RewardRow]):
    """The catalog: one line per reward, off-shelf ones greyed, its picture's thumbnail
    beside the SKU."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        picture: Callable[[str], QPixmap | None] = lambda _sku: None,
    ) -> None:
        super().__init__(parent)
        self._tiers: dict[int, str] = {}
        self._picture = picture

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and index.isValid() and index.column() == 0:
            rows = self._rows
            return self._picture(rows[index.row()].sku) if index.row() < len(rows) else None
        return super().data(index, role)

    def set_tiers(self, tiers: tuple[TierDef, ...]) -> None:
        self._tiers = {t.rank: t.name for t in tiers}

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("SKU"),
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Category"),
            self.tr("Points"),
            self.tr("Cash"),
            self.tr("Central stock"),
            self.tr("Store stock"),
            self.tr("Limit per member"),
            self.tr("Valid"),
            self.tr("Tier"),
            self.tr("On the shelf"),
        )

    def right_aligned(self) -> frozenset[int]:
        return frozenset({4, 5, 6, 7, 8})

    def cell(self, row: RewardRow, col: int) -> str:
        if col == 0:
            return row.sku
        if col == 1:
            return row.name
        if col == 2:
            return words(KIND_WORDS, row.kind)
        if col == 3:
            return row.category
        if col == 4:
            return f"{row.points_price:,}"
        if col == 5:
            return format_fen(row.cash_price_fen) if row.cash_price_fen else ""
        if col == 6:
            if row.stock_mode == "central":
                return f"{row.central_stock:,}"
            return words(STOCK_WORDS, row.stock_mode) if row.stock_mode == "unlimited" else ""
        if col == 7:
            return f"{row.store_stock_total:,}" if row.stock_mode == "store" else ""
        if col == 8:
            return str(row.per_member_limit) if row.per_member_limit is not None else ""
        if col == 9:
            if row.valid_from is None and row.valid_until is None:
                return ""
            return f"{_day(row.valid_from)} – {_day(row.valid_until)}"
        if col == 10:
            if row.min_tier_rank == 0:
                return ""
            name = self._tiers.get(row.min_tier_rank, str(row.min_tier_rank))
            return self.tr("{tier} and above").format(tier=name)
        return self.tr("yes") if row.active else self.tr("no")

    def colour(self, row: RewardRow, col: int) -> str | None:
        return None if row.active else theme.MUTED


class OrdersModel(RecordsModel[OrderRow]):
    """Redemption orders, newest first; pages are appended as they are fetched."""

    def append_rows(self, rows: list[OrderRow]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(self.index(0, 0).parent(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("Member"),
            self.tr("Reward"),
            self.tr("Qty"),
            self.tr("Points"),
            self.tr("Cash"),
            self.tr("Store"),
            self.tr("Status"),
        )

    def right_aligned(self) -> frozenset[int]:
        return frozenset({3, 4, 5})

    def cell(self, row: OrderRow, col: int) -> str:
        if col == 0:
            return row.at.strftime("%Y-%m-%d %H:%M")
        if col == 1:
            return f"{row.member_code} {mask_name(row.member_name)}"
        if col == 2:
            return f"{row.reward_name} ({row.sku})"
        if col == 3:
            return str(row.qty)
        if col == 4:
            return f"{row.points:,}"
        if col == 5:
            return format_fen(row.cash_fen) if row.cash_fen else ""
        if col == 6:
            return row.store_code or ""
        return words(STATE_WORDS, row.state)

    def colour(self, row: OrderRow, col: int) -> str | None:
        if row.state == "cancelled":
            return theme.MUTED
        if col == 7 and row.state == "shipped":
            return theme.SUCCESS
        return None
