"""Dashboard charts: integer series drawn with QtCharts, exported as PNG, CSV or XLSX.

A chart is described by :class:`ChartData` (categories and integer series, in points,
fen or basis points with a ``scale`` to divide by for display). This module is the only
place where those integers become floats, because QtCharts plots floats; exports
write the integers themselves, or exact ``Decimal`` values when a scale applies.

    panel = ChartPanel(self.tr("New members"), self)
    panel.set_data(ChartData(categories=("03-01", ...), series=(SeriesData("New", (3, 1)),)))
    panel.export_png(path); panel.export_data("x.csv"); panel.export_data("x.xlsx")
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from PySide6 import QtCharts
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton, QVBoxLayout, QWidget

from core.errors import DomainError
from core.member_export import format_for, write_table
from ui.i18n import error_text
from ui.table_export import ask_save_path

ChartKind = Literal["bar", "line", "hbar"]

# Distinct, print-friendly colours, in the order series are added.
PALETTE: tuple[str, ...] = (
    "#1F4E9E",  # blue
    "#E67E22",  # orange
    "#7F8C8D",  # grey
    "#1E8449",  # green
    "#8E44AD",  # violet
    "#C0392B",  # red
)
BAND_COLOUR = QColor(30, 132, 73, 45)
# Above this many categories a bar chart would be a comb: it is drawn as lines instead,
# with a few labels along the axis.
MAX_BAR_CATEGORIES = 16
MAX_AXIS_LABELS = 12
# Up to this value, an axis of counts has a tick at every whole number.
SMALL_COUNTS = 10


@dataclass(frozen=True)
class SeriesData:
    label: str
    values: tuple[int, ...]
    colour: str | None = None


@dataclass(frozen=True)
class ChartData:
    """What a chart shows; ``values`` are integers divided by ``scale`` for display."""

    categories: tuple[str, ...]
    series: tuple[SeriesData, ...]
    kind: ChartKind = "bar"
    scale: int = 1
    unit: str = ""
    category_title: str = ""
    # A band (in the series' units) drawn behind the data, e.g. a healthy 60-80 %.
    band: tuple[int, int] | None = None
    band_label: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def cell(self, value: int) -> int | Decimal:
        """A value as an export cell: the integer itself, or exact when scaled."""
        return value if self.scale == 1 else Decimal(value) / Decimal(self.scale)

    def table(self) -> tuple[list[str], list[list[Any]]]:
        """Headers and rows of the chart's data, one row per category."""
        unit = f" ({self.unit})" if self.unit else ""
        headers = [self.category_title, *(s.label + unit for s in self.series)]
        rows = [
            [category, *(self.cell(s.values[i]) for s in self.series)]
            for i, category in enumerate(self.categories)
        ]
        return headers, rows


def _plot(value: int, scale: int) -> float:
    # The one conversion to float: QtCharts plots floats.
    return value / scale


class ChartPanel(QWidget):
    """A titled chart with an export menu (image, CSV, Excel)."""

    # A file was written (its path).
    sig_exported = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None, *, height: int = 260) -> None:
        super().__init__(parent)
        self.title = title
        self.data: ChartData | None = None
        self.chart = self._new_chart()
        self.view = QtCharts.QChartView(self.chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(height)

        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Save this chart as an image, or its data"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.png_action = QAction(self.tr("Image (PNG)…"), menu)
        self.csv_action = QAction(self.tr("Data as CSV…"), menu)
        self.xlsx_action = QAction(self.tr("Data as Excel (XLSX)…"), menu)
        for action in (self.png_action, self.csv_action, self.xlsx_action):
            menu.addAction(action)
        self.png_action.triggered.connect(lambda: self._ask("png"))
        self.csv_action.triggered.connect(lambda: self._ask("csv"))
        self.xlsx_action.triggered.connect(lambda: self._ask("xlsx"))
        self.export_button.setMenu(menu)
        self.export_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignRight)

    # --- drawing ----------------------------------------------------------------------

    def _new_chart(self) -> QtCharts.QChart:
        chart = QtCharts.QChart()
        chart.setTitle(self.title)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(max(self.font().pointSizeF(), 9.0) * 1.15)
        chart.setTitleFont(title_font)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        # Axis labels through QLocale: thousands separators (1,500,000), not 1500000.
        chart.setLocalizeNumbers(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    def set_data(self, data: ChartData) -> None:
        self.data = data
        # A fresh chart each time: taking series and axes off a chart one by one leaves
        # QtCharts holding deleted axes (a crash on the next paint).
        old, self.chart = self.chart, self._new_chart()
        self.view.setChart(self.chart)
        old.deleteLater()
        self.export_button.setEnabled(True)
        n = len(data.categories)
        if n == 0 or not data.series:
            return
        horizontal = data.kind == "hbar"
        as_bars = data.kind in ("bar", "hbar") and n <= MAX_BAR_CATEGORIES
        top = max([0, *(v for s in data.series for v in s.values)])
        bottom = min([0, *(v for s in data.series for v in s.values)])
        if data.band is not None:
            top = max(top, data.band[1])
        value_axis = QtCharts.QValueAxis()
        if data.scale == 1 and bottom == 0 and top <= SMALL_COUNTS:
            # Small counts: one tick per whole number, never "0, 0.5, 1" shown as "0, 0, 1".
            value_axis.setRange(0, max(top, 1))
            value_axis.setTickCount(max(top, 1) + 1)
        else:
            value_axis.setRange(_plot(bottom, data.scale), _plot(top, data.scale) or 1.0)
            value_axis.applyNiceNumbers()
        value_axis.setLabelFormat("%.0f" if data.scale == 1 or top >= 10 * data.scale else "%.1f")
        if data.unit:
            value_axis.setTitleText(data.unit)
        if as_bars:
            self._bars(data, horizontal, value_axis)
        else:
            self._lines(data, value_axis)

    def _bars(self, data: ChartData, horizontal: bool, value_axis: QtCharts.QValueAxis) -> None:
        chart = self.chart
        series: QtCharts.QAbstractBarSeries = (
            QtCharts.QHorizontalBarSeries() if horizontal else QtCharts.QBarSeries()
        )
        for i, s in enumerate(data.series):
            bar_set = QtCharts.QBarSet(s.label)
            bar_set.setColor(QColor(s.colour or PALETTE[i % len(PALETTE)]))
            for v in s.values:
                bar_set.append(_plot(v, data.scale))
            series.append(bar_set)
        chart.addSeries(series)
        category_axis = QtCharts.QBarCategoryAxis()
        category_axis.append(list(data.categories))
        if not horizontal and len(data.categories) > 8:
            category_axis.setLabelsAngle(-90)
        if horizontal:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        self._band(data, category_axis, value_axis)
        chart.legend().setVisible(len(data.series) > 1 or data.band is not None)

    def _lines(self, data: ChartData, value_axis: QtCharts.QValueAxis) -> None:
        chart = self.chart
        n = len(data.categories)
        x_axis = QtCharts.QCategoryAxis()
        x_axis.setLabelsPosition(
            QtCharts.QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue
        )
        step = max(1, -(-n // MAX_AXIS_LABELS))
        for i in range(0, n, step):
            x_axis.append(data.categories[i], i)
        x_axis.setRange(-0.5, n - 0.5)
        if n > 8:
            x_axis.setLabelsAngle(-90)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(value_axis, Qt.AlignmentFlag.AlignLeft)
        self._band(data, x_axis, value_axis)
        for i, s in enumerate(data.series):
            line = QtCharts.QLineSeries()
            line.setName(s.label)
            pen = QPen(QColor(s.colour or PALETTE[i % len(PALETTE)]))
            pen.setWidth(2)
            line.setPen(pen)
            line.setPointsVisible(n <= 40)
            for x, v in enumerate(s.values):
                line.append(QPointF(x, _plot(v, data.scale)))
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(value_axis)
        chart.legend().setVisible(len(data.series) > 1 or data.band is not None)

    def _band(
        self, data: ChartData, x_axis: QtCharts.QAbstractAxis, value_axis: QtCharts.QValueAxis
    ) -> None:
        if data.band is None:
            return
        n = len(data.categories)
        low, high = QtCharts.QLineSeries(), QtCharts.QLineSeries()
        for x in (-0.5, n - 0.5):
            low.append(QPointF(x, _plot(data.band[0], data.scale)))
            high.append(QPointF(x, _plot(data.band[1], data.scale)))
        area = QtCharts.QAreaSeries(high, low)
        # The area does not own its boundary lines: without a parent they are collected.
        low.setParent(area)
        high.setParent(area)
        area.setName(data.band_label)
        area.setBrush(QBrush(BAND_COLOUR))
        area.setPen(QPen(QColor(30, 132, 73, 120)))
        self.chart.addSeries(area)
        # The band belongs to the value axis; on a bar chart's category axis it spans it all.
        if isinstance(x_axis, QtCharts.QBarCategoryAxis):
            band_x = QtCharts.QValueAxis()
            band_x.setRange(-0.5, n - 0.5)
            band_x.setVisible(False)
            self.chart.addAxis(band_x, Qt.AlignmentFlag.AlignTop)
            area.attachAxis(band_x)
        else:
            area.attachAxis(x_axis)
        area.attachAxis(value_axis)

    # --- exports ----------------------------------------------------------------------

    def export_png(self, path: str) -> None:
        """The chart as the screen shows it."""
        if not self.view.grab().save(path, "PNG"):
            raise OSError(f"could not write {path}")
        self.sig_exported.emit(path)

    def export_data(self, path: str) -> int:
        """The chart's data to CSV or XLSX (by the file name); returns the rows written."""
        if self.data is None:
            return 0
        headers, rows = self.data.table()
        count = write_table(path, headers, rows, fmt=format_for(path))
        self.sig_exported.emit(path)
        return count

    def _ask(self, kind: str) -> None:
        filters = {
            "png": self.tr("PNG image (*.png)"),
            "csv": self.tr("CSV, UTF-8 (*.csv)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
        }
        path = ask_save_path(self, self.tr("Export chart"), self.title, kind, filters[kind])
        if path is None:
            return
        try:
            if kind == "png":
                self.export_png(path)
            else:
                self.export_data(path)
        except (OSError, DomainError) as err:
            self._refused(path, err)

    def _refused(self, path: str, err: Exception) -> None:
        text = error_text(err) if isinstance(err, DomainError) else str(err)
        QMessageBox.warning(
            self,
            self.tr("Export chart"),
            self.tr("Not saved: {path}\n{why}").format(path=path, why=text),
        )


def categories_of(labels: Sequence[str]) -> tuple[str, ...]:
    """Unique category labels (QtCharts merges equal ones): repeats get a counter."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for label in labels:
        n = seen.get(label, 0)
        seen[label] = n + 1
        out.append(label if n == 0 else f"{label} ({n + 1})")
    return tuple(out)
