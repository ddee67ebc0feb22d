"""A member's recent points entries, newest first: when, what, how many, where."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui import theme
from ui.i18n import QT_TRANSLATE_NOOP

ModelIndex = QModelIndex | QPersistentModelIndex


class LedgerEntry(Protocol):
    """What the view reads from a ledger line (``core.db.models.PointEntry`` has it)."""

    @property
    def created_at(self) -> datetime: ...
    @property
    def kind(self) -> str: ...
    @property
    def points(self) -> int: ...
    @property
    def store_code(self) -> str | None: ...
    @property
    def reason(self) -> str | None: ...


_KINDS: dict[str, str] = {
    "earn": QT_TRANSLATE_NOOP("ledger", "Earned on a purchase"),
    "spend": QT_TRANSLATE_NOOP("ledger", "Paid with points"),
    "reverse": QT_TRANSLATE_NOOP("ledger", "Taken back on a refund"),
    "spend_return": QT_TRANSLATE_NOOP("ledger", "Returned on a refund"),
    "redeem": QT_TRANSLATE_NOOP("ledger", "Reward redeemed"),
    "redeem_return": QT_TRANSLATE_NOOP("ledger", "Redemption cancelled"),
    "adjust": QT_TRANSLATE_NOOP("ledger", "Manual adjustment"),
    "gift": QT_TRANSLATE_NOOP("ledger", "Gift"),
    "expire": QT_TRANSLATE_NOOP("ledger", "Expired"),
}


def kind_text(kind: str) -> str:
    """A ledger entry kind in words (the code itself for kinds this build does not know)."""
    source = _KINDS.get(kind)
    return QCoreApplication.translate("ledger", source) if source else kind


class LedgerTableModel(QAbstractTableModel):
    """Holds a short list of entries (the services return the newest 100 at most)."""

    TIME, KIND, POINTS, STORE, NOTE = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[LedgerEntry] = []

    def set_entries(self, entries: Sequence[LedgerEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[LedgerEntry]:
        return list(self._entries)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("When"),
            self.tr("What"),
            self.tr("Points"),
            self.tr("Store"),
            self.tr("Note"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        e = self._entries[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TIME:
                return e.created_at.strftime("%Y-%m-%d %H:%M")
            if col == self.KIND:
                return kind_text(e.kind)
            if col == self.POINTS:
                return f"{e.points:+,}"
            if col == self.STORE:
                return e.store_code or ""
            if col == self.NOTE:
                return e.reason or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.POINTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.POINTS and e.points < 0:
            return QColor(theme.DANGER)
        return None


class LedgerView(QTableView):
    """The table of recent entries, read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger_model = LedgerTableModel(self)
        self.setModel(self.ledger_model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def set_entries(self, entries: Sequence[LedgerEntry]) -> None:
        self.ledger_model.set_entries(entries)
