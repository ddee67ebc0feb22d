"""RFM segments and the churn warning list, with the actions a manager takes on them:
issue a coupon to a segment or the list, export its members, score everyone again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from core import analytics as a
from core.codes import mask_name
from core.errors import DomainError, InvalidInput
from core.member_bulk import BulkReport, BulkTarget, MemberBulk
from core.member_export import format_for, write_table
from core.progress import Progress
from core.services import DeviceServices
from desktop.bulk_dialogs import CouponDialog
from desktop.pages.dashboards import reading
from desktop.pages.dashboards.base import Dashboard
from desktop.pages.dashboards.members import count_cell
from ui.charts import ChartData, ChartPanel, SeriesData
from ui.figures import count_text, day_text, money_text, percent_cell, rate_text, yuan_cell
from ui.i18n import error_text
from ui.ops import Op
from ui.progress_op import ProgressOp
from ui.widgets.figure_table import Cell, FigureTable

CHURN_SHOWN = 200
EXPORT_PAGE = 2_000
DROP_PCT = 50
MIN_PREVIOUS = 2

#: Whom an action reaches: ("segment", code) or ("churn", "").
Target = tuple[str, str]


@dataclass(frozen=True)
class RfmView:
    overview: a.RfmOverview
    warnings: tuple[a.ChurnWarning, ...]
    # More members are on the list than the table shows (the first CHURN_SHOWN); the
    # coupon and the export still reach them all. Not counted here: at a million members
    # the count is a query of its own, and the coupon dialog counts anyway.
    more: bool
    drop_pct: int
    min_previous: int


class RfmDashboard(Dashboard[RfmView]):
    # A coupon run finished (its BulkReport).
    sig_bulk_done = Signal(object)
    # A member export finished (path, rows written).
    sig_exported = Signal(str, int)

    def __init__(
        self, services: DeviceServices, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(services, today, parent)
        self.setObjectName("rfmChurn")
        self.bulk = MemberBulk(services.factory)
        self.dialog: CouponDialog | None = None
        self.running: ProgressOp[Any] | None = None

        self.run_label = QLabel(self.body)
        self.run_label.setObjectName("rfmRun")
        self.run_label.setWordWrap(True)
        self.recompute_button = QPushButton(self.tr("Recompute RFM scores"), self.body)
        self.recompute_button.setObjectName("rfmRecompute")
        self.recompute_button.clicked.connect(self.recompute)
        head = QHBoxLayout()
        head.addWidget(self.run_label, 1)
        head.addWidget(self.recompute_button)

        self.members_chart = ChartPanel(self.tr("Members per segment"), self.body)
        self.value_chart = ChartPanel(self.tr("Value per segment"), self.body)
        self.segment_table = FigureTable(self.tr("Segments"), self.body, rows_visible=6)
        self.segment_coupon = QPushButton(self.tr("Issue a coupon to the segment…"), self.body)
        self.segment_coupon.setObjectName("segmentCoupon")
        self.segment_export = QPushButton(self.tr("Export the segment's members…"), self.body)
        self.segment_export.setObjectName("segmentExport")
        self.segment_coupon.clicked.connect(lambda: self._for_segment(self.ask_coupon))
        self.segment_export.clicked.connect(lambda: self._for_segment(self.ask_export))
        self.segment_table.table.itemSelectionChanged.connect(self._selection_changed)
        segment_actions = QHBoxLayout()
        segment_actions.addWidget(self.segment_coupon)
        segment_actions.addWidget(self.segment_export)
        segment_actions.addStretch(1)

        self.drop_box = QSpinBox(self.body)
        self.drop_box.setObjectName("churnDrop")
        self.drop_box.setRange(1, 100)
        self.drop_box.setValue(DROP_PCT)
        self.drop_box.setSuffix(" %")
        self.min_box = QSpinBox(self.body)
        self.min_box.setObjectName("churnMinPrevious")
        self.min_box.setRange(1, 1000)
        self.min_box.setValue(MIN_PREVIOUS)
        for box in (self.drop_box, self.min_box):
            box.editingFinished.connect(self.reload)
        self.churn_table = FigureTable(self.tr("Churn warning list"), self.body, rows_visible=10)
        self.churn_label = QLabel(self.body)
        self.churn_label.setObjectName("churnCount")
        self.churn_coupon = QPushButton(self.tr("Issue a coupon to the list…"), self.body)
        self.churn_coupon.setObjectName("churnCoupon")
        self.churn_export = QPushButton(self.tr("Export the list's members…"), self.body)
        self.churn_export.setObjectName("churnExport")
        self.churn_coupon.clicked.connect(lambda: self.ask_coupon(("churn", "")))
        self.churn_export.clicked.connect(lambda: self.ask_export(("churn", "")))
        churn_settings = QHBoxLayout()
        churn_settings.addWidget(QLabel(self.tr("Purchases fell by more than"), self.body))
        churn_settings.addWidget(self.drop_box)
        churn_settings.addWidget(QLabel(self.tr("from at least"), self.body))
        churn_settings.addWidget(self.min_box)
        churn_settings.addWidget(QLabel(self.tr("purchases in the previous period"), self.body))
        churn_settings.addStretch(1)
        churn_actions = QHBoxLayout()
        churn_actions.addWidget(self.churn_label, 1)
        churn_actions.addWidget(self.churn_coupon)
        churn_actions.addWidget(self.churn_export)
        self.status_label = QLabel(self.body)
        self.status_label.setObjectName("rfmStatus")

        g = self.grid
        g.addLayout(head, 0, 0, 1, 2)
        g.addWidget(self.members_chart, 1, 0)
        g.addWidget(self.value_chart, 1, 1)
        g.addWidget(self.segment_table, 2, 0, 1, 2)
        g.addLayout(segment_actions, 3, 0, 1, 2)
        g.addLayout(churn_settings, 4, 0, 1, 2)
        g.addWidget(self.churn_table, 5, 0, 1, 2)
        g.addLayout(churn_actions, 6, 0, 1, 2)
        g.addWidget(self.status_label, 7, 0, 1, 2)
        self._selection_changed()

    def segment_name(self, segment: str) -> str:
        names = {
            "high_value": self.tr("High value"),
            "loyal": self.tr("Loyal"),
            "potential": self.tr("Potential"),
            "at_risk": self.tr("At risk"),
            "hibernating": self.tr("Hibernating"),
            "lost": self.tr("Lost"),
        }
        return names.get(segment, segment)

    # --- figures ----------------------------------------------------------------------

    def reload(self) -> None:
        if self.filters is not None:
            self.load(self.filters)

    def prepare(self, filters: a.Filters) -> Callable[[Any], RfmView]:
        drop, least = self.drop_box.value(), self.min_box.value()
        return lambda session: self.compute_with(session, filters, drop, least)

    def compute(self, session: Any, filters: a.Filters) -> RfmView:
        return self.compute_with(session, filters, DROP_PCT, MIN_PREVIOUS)

    def compute_with(self, session: Any, filters: a.Filters, drop: int, least: int) -> RfmView:
        overview = a.rfm_overview(session, filters, now=self.today())
        found = a.churn_warnings(
            session, filters, drop_pct=drop, min_previous=least, limit=CHURN_SHOWN + 1
        )
        more = len(found) > CHURN_SHOWN
        return RfmView(overview, tuple(found[:CHURN_SHOWN]), more, drop, least)

    def show_result(self, view: RfmView) -> None:
        ov = view.overview
        run = ov.run
        if run is None:
            self.run_label.setText(
                self.tr("No RFM scores yet on this device: press “Recompute RFM scores”.")
            )
        else:
            self.run_label.setText(
                self.tr(
                    "Scores as of {as_of} (last {window} days; churn compares two periods of"
                    " {period} days), {n} members scored, computed {at}. The period filter does"
                    " not apply here."
                ).format(
                    as_of=run.as_of.isoformat(),
                    window=run.window_days,
                    period=run.period_days,
                    n=count_text(run.members_scored),
                    at=run.computed_at.strftime("%Y-%m-%d %H:%M"),
                )
            )
        names = tuple(self.segment_name(s.segment) for s in ov.segments)
        self.members_chart.set_data(
            ChartData(
                categories=names,
                series=(SeriesData(self.tr("Members"), tuple(s.members for s in ov.segments)),),
                category_title=self.tr("Segment"),
            )
        )
        self.value_chart.set_data(
            ChartData(
                categories=names,
                series=(SeriesData(self.tr("Value"), tuple(s.monetary_fen for s in ov.segments)),),
                scale=100,
                unit="¥",
                category_title=self.tr("Segment"),
            )
        )
        self.segment_table.set_rows(
            [
                self.tr("Segment"),
                self.tr("Members"),
                self.tr("Share (%)"),
                self.tr("Purchases"),
                self.tr("Value (¥)"),
            ],
            [
                [
                    (self.segment_name(s.segment), s.segment),
                    count_cell(s.members),
                    (rate_text(s.share), percent_cell(s.share.basis_points)),
                    count_cell(s.purchases),
                    (money_text(s.monetary_fen), yuan_cell(s.monetary_fen)),
                ]
                for s in ov.segments
            ],
        )
        self.churn_table.set_rows(
            [
                self.tr("Member no."),
                self.tr("Name"),
                self.tr("Store"),
                self.tr("Region"),
                self.tr("Tier"),
                self.tr("Last purchase"),
                self.tr("Purchases before"),
                self.tr("Purchases lately"),
                self.tr("Fall (%)"),
            ],
            [self._churn_line(w) for w in view.warnings],
        )
        shown = len(view.warnings)
        self.churn_label.setText(
            self.tr(
                "More than {shown} members on the list; the first {shown} are shown (a coupon"
                " or an export reaches them all)"
            ).format(shown=count_text(shown))
            if view.more
            else self.tr("{n} members on the list").format(n=count_text(shown))
        )
        self.churn_coupon.setEnabled(shown > 0)
        self.churn_export.setEnabled(shown > 0)
        self._selection_changed()

    def _churn_line(self, w: a.ChurnWarning) -> list[Cell]:
        return [
            (w.code, w.code),
            (w.name, mask_name(w.name)),
            (self.store_text(w.store), w.store or ""),
            (w.region or "", w.region or ""),
            (self.tier_text(w.tier), w.tier),
            (day_text(w.last_purchase_on), w.last_purchase_on),
            count_cell(w.previous_purchases),
            count_cell(w.recent_purchases),
            (rate_text(w.drop), percent_cell(w.drop.basis_points)),
        ]

    # --- the segment chosen -------------------------------------------------------------

    def selected_segment(self) -> str | None:
        rows = self.segment_table.table.selectionModel().selectedRows()
        if not rows or self.result is None:
            return None
        return self.result.overview.segments[rows[0].row()].segment

    def select_segment(self, segment: str) -> None:
        if self.result is None:
            return
        for i, s in enumerate(self.result.overview.segments):
            if s.segment == segment:
                self.segment_table.table.selectRow(i)

    def _selection_changed(self) -> None:
        segment = self.selected_segment()
        members = 0
        if segment is not None and self.result is not None:
            members = next(s.members for s in self.result.overview.segments if s.segment == segment)
        for button in (self.segment_coupon, self.segment_export):
            button.setEnabled(members > 0 and not self.is_acting())
        if segment is None:
            self.segment_coupon.setToolTip(self.tr("Choose a segment in the table first"))
        else:
            self.segment_coupon.setToolTip("")

    def _for_segment(self, action: Callable[[Target], object]) -> None:
        segment = self.selected_segment()
        if segment is not None:
            action(("segment", segment))

    # --- actions ------------------------------------------------------------------------

    def is_acting(self) -> bool:
        return self.running is not None and not self.running.is_finished()

    def is_busy(self) -> bool:
        return super().is_busy() or self.is_acting()

    def target_ids(self, target: Target) -> Callable[[Any], list[str]]:
        """What the worker runs to find the member ids an action on ``target`` reaches."""
        filters = self.filters or a.Filters()
        kind, segment = target
        drop, least = self.drop_box.value(), self.min_box.value()
        if kind == "segment":
            return lambda session: a.segment_member_ids(session, segment, filters)
        return lambda session: a.churn_member_ids(
            session, filters, drop_pct=drop, min_previous=least
        )

    def ask_coupon(self, target: Target) -> None:
        """Count the members and list the coupon templates, then open the coupon dialog."""
        factory, bulk, ids_of = self.services.factory, self.bulk, self.target_ids(target)
        (
            Op(
                self,
                lambda: (
                    reading.read(factory, ids_of),
                    bulk.coupon_templates(),
                ),
            )
            .success(lambda found: self._open_coupon_dialog(*found))
            .failure(lambda err: self.show_error(error_text(err)))
            .run()
        )

    def _open_coupon_dialog(self, ids: list[str], templates: list[tuple[str, str]]) -> None:
        dialog = CouponDialog(len(ids), templates, self)
        dialog.setObjectName("couponDialog")
        dialog.set_filter_count(len(ids))
        dialog.accepted.connect(lambda: self._coupon_chosen(dialog, ids))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.setModal(True)
        dialog.open()

    def _coupon_chosen(self, dialog: CouponDialog, ids: list[str]) -> None:
        template = dialog.template_id()
        if template is not None:
            self.issue_coupons(ids, template)

    def issue_coupons(self, ids: list[str], template_id: str) -> None:
        """One coupon of ``template_id`` to each member (one command each), with progress."""
        bulk, target, staff = self.bulk, BulkTarget.chosen(ids), self._staff()
        self._act(
            lambda progress: bulk.issue_coupons(
                target, template_id, staff=staff, progress=progress
            ),
            self.tr("Issuing coupons…"),
            self._coupons_done,
        )

    def _staff(self) -> str | None:
        # The back office's services name the operator (desktop/app.py OperatorServices):
        # coupons issued from here carry it, as those of the members page do.
        staff = getattr(self.services, "staff", None)
        return staff if isinstance(staff, str) else None

    def _coupons_done(self, report: Any) -> None:
        if isinstance(report, BulkReport):
            recorded = getattr(self.services, "recorded", None)
            if report.done and callable(recorded):
                recorded()  # wake the sync service, as the services' own changes do
            text = self.tr("{done} coupons issued, {failed} refused").format(
                done=count_text(report.done), failed=count_text(report.failed)
            )
            if report.cancelled:
                text = self.tr("Cancelled: ") + text
            self.status_label.setText(text)
            self.sig_bulk_done.emit(report)

    def ask_export(self, target: Target) -> None:
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export members"),
            "members.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if path:
            self.export_members(path, target)

    def export_headers(self, target: Target) -> list[str]:
        common = [
            self.tr("Member no."),
            self.tr("Name"),
            self.tr("Store"),
            self.tr("Tier"),
            self.tr("Last purchase"),
        ]
        if target[0] == "segment":
            return [
                *common,
                self.tr("Segment"),
                "R",
                "F",
                "M",
                self.tr("Purchases"),
                self.tr("Value (¥)"),
            ]
        return [
            *common,
            self.tr("Region"),
            self.tr("Purchases before"),
            self.tr("Purchases lately"),
            self.tr("Fall (%)"),
        ]

    def export_members(self, path: str, target: Target) -> None:
        """The segment's (or the list's) members to CSV or XLSX, names masked, with progress."""
        try:
            fmt = format_for(path)
        except DomainError as err:
            self.show_error(error_text(err))
            return
        factory = self.services.factory
        filters = self.filters or a.Filters()
        headers = self.export_headers(target)
        drop, least = self.drop_box.value(), self.min_box.value()

        def lines(progress: Progress) -> Iterator[list[Any]]:
            kind, segment = target
            if kind == "churn":
                warnings = reading.read(
                    factory,
                    lambda s: a.churn_warnings(s, filters, drop_pct=drop, min_previous=least),
                )
                progress.update(0, len(warnings))
                for w in warnings:
                    yield [
                        w.code,
                        mask_name(w.name),
                        w.store or "",
                        w.tier,
                        w.last_purchase_on,
                        w.region or "",
                        w.previous_purchases,
                        w.recent_purchases,
                        percent_cell(w.drop.basis_points),
                    ]
                progress.update(len(warnings), len(warnings))
                return

            def page_after(after: str | None) -> list[a.MemberScore]:
                return reading.read(
                    factory,
                    lambda s: a.segment_members(
                        s, segment, filters, after_code=after, limit=EXPORT_PAGE
                    ),
                )

            after: str | None = None
            done = 0
            while True:
                page = page_after(after)
                for m in page:
                    yield [
                        m.code,
                        mask_name(m.name),
                        m.store or "",
                        m.tier,
                        m.last_purchase_on,
                        m.segment,
                        m.r,
                        m.f,
                        m.m,
                        m.frequency,
                        yuan_cell(m.monetary_fen),
                    ]
                done += len(page)
                progress.update(done, done)
                if len(page) < EXPORT_PAGE:
                    return
                after = page[-1].code

        def work(progress: Progress) -> tuple[str, int]:
            try:
                return path, write_table(path, headers, lines(progress), fmt=fmt)
            except OSError as err:  # a folder gone, a full disk, no permission
                raise InvalidInput(field=path, problem=err.strerror or str(err)) from err

        self._act(work, self.tr("Exporting members…"), self._exported)

    def _exported(self, result: Any) -> None:
        path, rows = result
        self.status_label.setText(
            self.tr("{count} members exported to {path}").format(count=count_text(rows), path=path)
        )
        self.sig_exported.emit(path, rows)

    def recompute(self) -> None:
        """Score every member again as of today, with progress; then show the new figures."""
        factory, as_of = self.services.factory, self.today()
        self._act(
            lambda progress: reading.recompute_rfm(factory, as_of, progress),
            self.tr("Recomputing RFM scores…"),
            lambda _run: self.reload(),
            cancellable=False,
        )

    def _act(
        self,
        fn: Callable[[Progress], Any],
        label: str,
        done: Callable[[Any], None],
        *,
        cancellable: bool = True,
    ) -> None:
        op: ProgressOp[Any] = ProgressOp(self, fn, label=label, cancellable=cancellable)
        self.running = op
        self._set_actions_enabled(False)
        answered: list[bool] = []

        def succeeded(result: Any) -> None:
            answered.append(True)
            done(result)

        def refused(err: DomainError) -> None:
            answered.append(True)
            self.show_error(error_text(err))

        def finished() -> None:
            self._set_actions_enabled(True)
            if not answered:  # an unexpected error, logged by the op
                self.show_error(self.tr("That did not work (see the log). Try again."))

        op.success(succeeded).failure(refused).finished(finished).run()

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.recompute_button.setEnabled(enabled)
        if enabled:
            self._selection_changed()
            listed = len(self.result.warnings) if self.result is not None else 0
            self.churn_coupon.setEnabled(listed > 0)
            self.churn_export.setEnabled(listed > 0)
        else:
            for button in (
                self.segment_coupon,
                self.segment_export,
                self.churn_coupon,
                self.churn_export,
            ):
                button.setEnabled(False)
