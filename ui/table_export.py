"""Export any table the person sees to CSV or XLSX: what its columns show, line by line.

    install_export_action(view)   # adds "Export table…" to the view's context menu

The lines are read from the view's model on the UI thread (that is where a model
lives), as displayed (masked phones stay masked), with the header texts as the
first line; the file is written on the database worker by
``core.member_export.write_table``. A model that loads lazily exports the lines
it has loaded; the members list has its own export of the whole filtered list.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QTableView, QWidget

from core.member_export import format_for, write_table
from ui.ops import Op

_DISPLAY = Qt.ItemDataRole.DisplayRole


def ask_save_path(parent: QWidget, caption: str, title: str, kind: str, pattern: str) -> str | None:
    """Ask where to save an export of ``title`` as ``kind`` (``csv``, ``xlsx``, ``png``): the
    file name suggested from the title, the extension added when the person left it out;
    None when they cancelled."""
    name = "".join(c if c.isalnum() else "-" for c in title).strip("-") or "export"
    path, _chosen = QFileDialog.getSaveFileName(parent, caption, f"{name}.{kind}", pattern)
    if not path:
        return None
    return path if Path(path).suffix else f"{path}.{kind}"


def table_lines(model: QAbstractItemModel) -> tuple[list[str], list[list[Any]]]:
    """(headers, lines) of ``model`` as displayed."""
    columns = model.columnCount(QModelIndex())
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal, _DISPLAY) or "") for c in range(columns)
    ]
    lines = [
        [model.data(model.index(r, c), _DISPLAY) for c in range(columns)]
        for r in range(model.rowCount(QModelIndex()))
    ]
    return headers, lines


def export_view(view: QTableView, path: str) -> Op[int]:
    """Write what ``view`` shows to ``path`` (.csv or .xlsx) off the UI thread."""
    fmt = format_for(path)  # refuses another suffix at once, in the caller's hands
    headers, lines = table_lines(view.model())
    op: Op[int] = Op(view, lambda: write_table(path, headers, lines, fmt=fmt))
    return op


def install_export_action(view: QTableView) -> QAction:
    """Give ``view`` a context-menu action that exports it."""
    action = QAction(QCoreApplication.translate("TableExport", "Export table…"), view)
    action.setObjectName("exportTable")
    view.addAction(action)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def ask() -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            view,
            QCoreApplication.translate("TableExport", "Export table"),
            "table.xlsx",
            QCoreApplication.translate(
                "TableExport", "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"
            ),
        )
        if path:
            export_view(view, path).run()

    action.triggered.connect(ask)
    return action
