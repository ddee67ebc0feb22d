"""Import members from a CSV file: choose it, map its columns, preview, import, see the errors.

Reading the file, the preview and the import all run off the UI thread
(``core.member_import`` through ``ui.ops``); the import shows counts and can be
cancelled. Rows the rules refuse are listed with their line and column.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import member_import as mi
from core.errors import DomainError
from core.progress import Progress
from ui.i18n import error_text
from ui.ops import Op
from ui.progress_op import ProgressOp


class ImportDialog(QDialog):
    """Column mapping, a preview with each row's problem, the import with progress and cancel."""

    # The import finished (its core.member_import.ImportReport).
    sig_imported = Signal(object)

    def __init__(self, importer: mi.MemberImporter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import members"))
        self.importer = importer
        self.layout_info: mi.CsvLayout | None = None
        self.report: mi.ImportReport | None = None
        self.running: ProgressOp[mi.ImportReport] | None = None
        self._pending = 0  # reads and previews in flight

        self.choose_button = QPushButton(self.tr("Choose a CSV file…"), self)
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(self._choose)
        self.file_label = QLabel(self.tr("No file chosen"), self)
        self.file_label.setObjectName("importFile")

        self.mapping_table = QTableWidget(0, 2, self)
        self.mapping_table.setObjectName("importMapping")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Member field")]
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.preview_table = QTableWidget(0, 0, self)
        self.preview_table.setObjectName("importPreview")
        self.preview_table.verticalHeader().setVisible(False)

        self.import_button = QPushButton(self.tr("Import"), self)
        self.import_button.setObjectName("startImport")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.clicked.connect(self.reject)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("importStatus")
        self.status_label.setWordWrap(True)
        self.errors_table = QTableWidget(0, 3, self)
        self.errors_table.setObjectName("importErrors")
        self.errors_table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Problem")]
        )
        self.errors_table.verticalHeader().setVisible(False)
        self.errors_table.horizontalHeader().setStretchLastSection(True)
        self.errors_table.hide()

        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Which column holds what"), self))
        layout.addWidget(self.mapping_table, 1)
        layout.addWidget(QLabel(self.tr("Preview (first rows)"), self))
        layout.addWidget(self.preview_table, 2)
        layout.addWidget(self.status_label)
        layout.addWidget(self.errors_table, 2)
        layout.addLayout(buttons)
        self.resize(820, 640)

    # --- words for fields ---------------------------------------------------------------

    def field_label(self, name: str) -> str:
        return {
            "name": self.tr("Name"),
            "phone": self.tr("Mobile"),
            "email": self.tr("E-mail"),
            "gender": self.tr("Gender"),
            "birthday": self.tr("Birthday"),
            "home_store": self.tr("Home store"),
            "tags": self.tr("Tags"),
            "code": self.tr("Member no."),
            "points": self.tr("Opening points"),
        }.get(name, name)

    def problem_text(self, err: mi.RowError) -> str:
        """A row's problem in the interface language (the core's words for codes unknown here)."""
        other = re.search(r"line (\d+)", err.message)
        texts = {
            "required": self.tr("Required, but empty"),
            "invalid_phone": self.tr("Not an 11-digit mobile number"),
            "duplicate_phone": self.tr("A member with this mobile number exists already"),
            "duplicate_in_file": self.tr("Same as line {line} of the file").format(
                line=other.group(1) if other else "?"
            ),
            "invalid_member_code": self.tr("Not a valid member number"),
            "invalid_gender": self.tr("Gender must be F, M, 女 or 男"),
            "invalid_date": self.tr("Not a date like 1990-05-17"),
            "invalid_points": self.tr("Points must be a whole number of 0 or more"),
            "store_not_found": self.tr("No store has this code"),
            "too_many_fields": self.tr(
                "More values than columns (a separator inside an unquoted value?)"
            ),
            "code_unavailable": self.tr("No free member number found; try again"),
        }
        text = texts.get(err.code)
        if text is None:
            return err.message
        return text

    # --- the file --------------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._pending > 0 or (self.running is not None and not self.running.is_finished())

    def _choose(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Import members"), "", self.tr("CSV files (*.csv *.txt);;All files (*)")
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Read the file's layout (off the UI thread), then guess the mapping and preview."""
        self._pending += 1
        self.import_button.setEnabled(False)
        self.file_label.setText(path)
        self.status_label.setText(self.tr("Reading the file…"))
        importer = self.importer
        (
            Op(self, lambda: importer.read_layout(path))
            .success(self._layout_read)
            .failure(self._refused)
            .finished(self._idle)
            .run()
        )

    def _idle(self) -> None:
        self._pending -= 1

    def _refused(self, err: DomainError) -> None:
        self.status_label.setText(error_text(err))
        self.import_button.setEnabled(False)

    def _layout_read(self, layout: mi.CsvLayout) -> None:
        self.layout_info = layout
        guessed = mi.guess_mapping(layout.headers)
        self.mapping_table.setRowCount(len(layout.headers))
        for row, (header, field) in enumerate(zip(layout.headers, guessed, strict=True)):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header))
            box = QComboBox(self.mapping_table)
            box.addItem(self.tr("(ignore)"), None)
            for name in mi.FIELDS:
                box.addItem(self.field_label(name), name)
            box.setCurrentIndex(max(box.findData(field), 0) if field else 0)
            box.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(row, 1, box)
        self._mapping_changed()

    def mapping(self) -> list[str | None]:
        out: list[str | None] = []
        for row in range(self.mapping_table.rowCount()):
            box = self.mapping_table.cellWidget(row, 1)
            out.append(box.currentData() if isinstance(box, QComboBox) else None)
        return out

    def set_field(self, column: int, field: str | None) -> None:
        """Map the file's ``column`` to ``field`` (None: ignore it), as the combo box does."""
        box = self.mapping_table.cellWidget(column, 1)
        if isinstance(box, QComboBox):
            box.setCurrentIndex(max(box.findData(field), 0) if field else 0)

    def _mapping_changed(self, *_args: object) -> None:
        layout = self.layout_info
        if layout is None:
            return
        mapping = self.mapping()
        importer = self.importer
        self._pending += 1
        (
            Op(self, lambda: importer.preview(layout, mapping))
            .success(lambda lines: self._show_preview(mapping, lines))
            .failure(self._refused)
            .finished(self._idle)
            .run()
        )

    def _show_preview(self, mapping: list[str | None], lines: list[mi.PreviewLine]) -> None:
        if mapping != self.mapping() or self.layout_info is None:
            return  # the mapping changed again meanwhile; its own preview follows
        fields = [m for m in mapping if m is not None]
        table = self.preview_table
        table.clear()
        table.setColumnCount(len(fields) + 2)
        table.setHorizontalHeaderLabels(
            [self.tr("Line"), *[self.field_label(f) for f in fields], self.tr("Problem")]
        )
        table.setRowCount(len(lines))
        bad = 0
        for r, line in enumerate(lines):
            table.setItem(r, 0, QTableWidgetItem(str(line.line)))
            for c, name in enumerate(fields, 1):
                table.setItem(r, c, QTableWidgetItem(line.values.get(name, "")))
            problem = self.problem_text(line.error) if line.error is not None else ""
            bad += line.error is not None
            table.setItem(r, len(fields) + 1, QTableWidgetItem(problem))
        rows = self.layout_info.rows
        self.status_label.setText(
            self.tr("{rows} rows in the file; {bad} of the first {shown} have a problem").format(
                rows=f"{rows:,}", bad=bad, shown=len(lines)
            )
        )
        self.import_button.setEnabled(rows > 0)

    # --- importing ---------------------------------------------------------------------

    def start_import(self) -> None:
        """Import with the current mapping; progress with counts, and cancel."""
        layout = self.layout_info
        if layout is None:
            return
        mapping = self.mapping()
        importer = self.importer
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)

        def work(progress: Progress) -> mi.ImportReport:
            return importer.run(layout, mapping, progress)

        op = ProgressOp(self, work, label=self.tr("Importing members…"))
        self.running = op
        op.success(self._imported).failure(self._refused).finished(self._import_ended).run()

    def _import_ended(self) -> None:
        self.choose_button.setEnabled(True)

    def _imported(self, report: mi.ImportReport) -> None:
        self.report = report
        text = self.tr("{accepted} members imported, {rejected} rows refused").format(
            accepted=f"{report.accepted:,}", rejected=f"{report.rejected:,}"
        )
        if report.cancelled:
            text = self.tr("Cancelled after {rows} rows: {summary}").format(
                rows=f"{report.rows:,}", summary=text
            )
        self.status_label.setText(text)
        self.errors_table.setRowCount(len(report.errors))
        for r, err in enumerate(report.errors):
            self.errors_table.setItem(r, 0, QTableWidgetItem(str(err.line)))
            column = self.field_label(err.field) if err.field else ""
            self.errors_table.setItem(r, 1, QTableWidgetItem(column))
            self.errors_table.setItem(r, 2, QTableWidgetItem(self.problem_text(err)))
        self.errors_table.setVisible(bool(report.errors))
        self.sig_imported.emit(report)
