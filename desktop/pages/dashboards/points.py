"""Points health: issued, used and expired in the period and as a trend; the consumption
rate against its healthy band; liability by the month it ends; breakage; debt."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from core import analytics as a
from core.services import DeviceServices
from desktop.pages.dashboards.base import Dashboard
from desktop.pages.dashboards.members import bucket_label, count_cell
from ui import theme
from ui.charts import ChartData, ChartPanel, SeriesData
from ui.figures import bp_text, money_text, points_text, rate_text, yuan_cell
from ui.widgets.figure_table import FigureTable
from ui.widgets.kpi_tiles import KpiRow


class PointsHealthDashboard(Dashboard[a.PointsHealth]):
    def __init__(
        self, services: DeviceServices, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(services, today, parent)
        self.setObjectName("pointsHealth")
        self.kpis = KpiRow(
            [
                ("issued", self.tr("Points issued")),
                ("used", self.tr("Points used")),
                ("expired", self.tr("Points expired")),
                ("consumption", self.tr("Consumption rate")),
                ("breakage", self.tr("Breakage rate")),
                ("liability", self.tr("Outstanding points")),
                ("debt", self.tr("Points debt outstanding")),
            ],
            self.body,
            columns=7,
        )
        self.trend_chart = ChartPanel(self.tr("Points issued, used and expired"), self.body)
        self.consumption_chart = ChartPanel(self.tr("Consumption rate (used / issued)"), self.body)
        self.liability_chart = ChartPanel(self.tr("Outstanding points by expiry month"), self.body)
        self.liability_table = FigureTable(self.tr("Liability by expiry month"), self.body)
        self.flow_table = FigureTable(
            self.tr("Points movements in the period"), self.body, rows_visible=14
        )
        g = self.grid
        g.addWidget(self.kpis, 0, 0, 1, 2)
        g.addWidget(self.trend_chart, 1, 0)
        g.addWidget(self.consumption_chart, 1, 1)
        g.addWidget(self.liability_chart, 2, 0)
        g.addWidget(self.liability_table, 2, 1)
        g.addWidget(self.flow_table, 3, 0, 1, 2)

    def compute(self, session: Any, filters: a.Filters) -> a.PointsHealth:
        return a.points_health(session, filters, now=self.today())

    def show_result(self, ph: a.PointsHealth) -> None:
        f = ph.flow
        low, high = ph.healthy_band_bp
        band = self.tr("healthy {low}–{high}").format(low=bp_text(low), high=bp_text(high))
        t = self.kpis.tiles
        t["issued"].set_value(points_text(f.issued))
        t["used"].set_value(
            points_text(f.used),
            self.tr("spent {spent}, redeemed {redeemed}").format(
                spent=points_text(f.spent - f.spend_returned),
                redeemed=points_text(f.redeemed - f.redeem_returned),
            ),
        )
        t["expired"].set_value(points_text(f.expired), self.tr("the breakage"))
        healthy = ph.consumption_healthy
        t["consumption"].set_value(
            rate_text(ph.consumption_rate),
            band,
            colour=None if healthy is None else (theme.SUCCESS if healthy else theme.DANGER),
        )
        t["breakage"].set_value(rate_text(ph.breakage_rate), self.tr("expired / (used + expired)"))
        overdue = (
            self.tr("; {points} overdue").format(points=points_text(ph.overdue_points))
            if ph.overdue_points
            else ""
        )
        t["liability"].set_value(
            points_text(ph.liability_points), money_text(ph.liability_fen) + overdue
        )
        t["debt"].set_value(
            points_text(ph.debt_points),
            self.tr("{n} members owe points").format(n=points_text(ph.debt_members)),
            colour=theme.DANGER if ph.debt_points else None,
        )
        labels = tuple(bucket_label(p.bucket, ph.scope.bucket) for p in ph.trend)
        period = self.tr("Period")
        points = self.tr("points")
        self.trend_chart.set_data(
            ChartData(
                categories=labels,
                series=(
                    SeriesData(self.tr("Issued"), tuple(p.issued for p in ph.trend)),
                    SeriesData(self.tr("Used"), tuple(p.used for p in ph.trend)),
                    SeriesData(self.tr("Expired"), tuple(p.expired for p in ph.trend)),
                ),
                unit=points,
                category_title=period,
            )
        )
        rates = tuple(a.Ratio(p.used, p.issued).basis_points or 0 for p in ph.trend)
        self.consumption_chart.set_data(
            ChartData(
                categories=labels,
                series=(SeriesData(self.tr("Consumption rate"), rates),),
                kind="line",
                scale=100,
                unit="%",
                category_title=period,
                band=(low, high),
                band_label=band,
            )
        )
        months = tuple(m.month.strftime("%Y-%m") for m in ph.liability)
        month = self.tr("Expiry month")
        self.liability_chart.set_data(
            ChartData(
                categories=months,
                series=(
                    SeriesData(
                        self.tr("Outstanding points"), tuple(m.points for m in ph.liability)
                    ),
                ),
                unit=points,
                category_title=month,
            )
        )
        rows = [
            [
                (m.month.strftime("%Y-%m"), m.month.strftime("%Y-%m")),
                (points_text(m.points), m.points),
                (money_text(m.value_fen), yuan_cell(m.value_fen)),
            ]
            for m in ph.liability
        ]
        rows.append(
            [
                (self.tr("Total"), "total"),
                (points_text(ph.liability_points), ph.liability_points),
                (money_text(ph.liability_fen), yuan_cell(ph.liability_fen)),
            ]
        )
        self.liability_table.set_rows([month, self.tr("Points"), self.tr("Value (¥)")], rows)
        flows = (
            (self.tr("Earned"), f.earned),
            (self.tr("Gifted"), f.gifted),
            (self.tr("Adjusted in"), f.adjusted_in),
            (self.tr("Adjusted out"), f.adjusted_out),
            (self.tr("Reversed by refunds"), f.reversed),
            (self.tr("Spent at the till"), f.spent),
            (self.tr("Spend returned"), f.spend_returned),
            (self.tr("Redeemed in the mall"), f.redeemed),
            (self.tr("Redemptions cancelled"), f.redeem_returned),
            (self.tr("Expired"), f.expired),
            (self.tr("Debt created"), f.debt_created),
            (self.tr("Debt repaid"), f.debt_repaid),
            (self.tr("Issued"), f.issued),
            (self.tr("Used"), f.used),
        )
        self.flow_table.set_rows(
            [self.tr("Movement"), self.tr("Points")],
            [[(name, name), count_cell(value)] for name, value in flows],
        )
