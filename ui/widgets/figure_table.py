"""A titled table of dashboard figures that exports to CSV or XLSX with its exact numbers.

Each cell is given twice: the text a person reads (``¥1,234.50``, ``12.5 %``) and the
value an export writes (the integer, an exact ``Decimal``, a date or a code).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import DomainError
from core.member_export import format_for, write_table
from ui import theme
from ui.i18n import error_text
from ui.table_export import ask_save_path

#: (shown text, exported value)
Cell = tuple[str, Any]


class FigureTable(QWidget):
    """Title, table, and an export menu for the table's data."""

    # A file was written (its path).
    sig_exported = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None, *, rows_visible: int = 8) -> None:
        super().__init__(parent)
        self.title = title
        self.headers: list[str] = []
        self.cells: list[list[Cell]] = []
        self.caption = QLabel(title, self)
        self.caption.setFont(theme.scaled_font(self.font(), 1.15, bold=True))
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Numbers stay next to their labels; the spare width is left empty at the right.
        self.table.horizontalHeader().setStretchLastSection(False)
        row_height = self.fontMetrics().height() + 10
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setMinimumHeight(row_height * (rows_visible + 1) + 6)

        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.csv_action = QAction(self.tr("Data as CSV…"), menu)
        self.xlsx_action = QAction(self.tr("Data as Excel (XLSX)…"), menu)
        menu.addAction(self.csv_action)
        menu.addAction(self.xlsx_action)
        self.csv_action.triggered.connect(lambda: self._ask("csv"))
        self.xlsx_action.triggered.connect(lambda: self._ask("xlsx"))
        self.export_button.setMenu(menu)

        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
        self.headers = list(headers)
        self.cells = [list(r) for r in rows]
        table = self.table
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(self.headers)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (shown, value) in enumerate(row):
                item = QTableWidgetItem(shown)
                if not isinstance(value, str) and value is not None:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(r, c, item)

    def shown(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def export_data(self, path: str) -> int:
        """The table to CSV or XLSX (by the file name); returns the rows written."""
        rows = [[value for _shown, value in row] for row in self.cells]
        count = write_table(path, self.headers, rows, fmt=format_for(path))
        self.sig_exported.emit(path)
        return count

    def _ask(self, kind: str) -> None:
        filters = {
            "csv": self.tr("CSV, UTF-8 (*.csv)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
        }
        path = ask_save_path(self, self.tr("Export table"), self.title, kind, filters[kind])
        if path is None:
            return
        try:
            self.export_data(path)
        except (OSError, DomainError) as err:
            text = error_text(err) if isinstance(err, DomainError) else str(err)
            QMessageBox.warning(
                self,
                self.tr("Export table"),
                self.tr("Not saved: {path}\n{why}").format(path=path, why=text),
            )
