"""Points mall: redemptions in the period and per bucket, the top rewards, conversion
(redeemers of the members who could redeem) and stock at or below the alert level."""

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
from ui.charts import ChartData, ChartPanel, SeriesData, categories_of
from ui.figures import count_text, money_text, points_text, rate_text, yuan_cell
from ui.widgets.figure_table import FigureTable
from ui.widgets.kpi_tiles import KpiRow

TOP = 10
STOCK_THRESHOLD = 10


class MallDashboard(Dashboard[a.MallOverview]):
    def __init__(
        self, services: DeviceServices, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(services, today, parent)
        self.setObjectName("mallOverview")
        self.stock_threshold = STOCK_THRESHOLD
        self.kpis = KpiRow(
            [
                ("redemptions", self.tr("Redemptions")),
                ("quantity", self.tr("Items redeemed")),
                ("points", self.tr("Points redeemed")),
                ("cash", self.tr("Cash paid with points")),
                ("conversion", self.tr("Redemption conversion")),
                ("stock", self.tr("Stock alerts")),
            ],
            self.body,
        )
        self.trend_chart = ChartPanel(self.tr("Redemptions per period"), self.body)
        self.top_chart = ChartPanel(self.tr("Top rewards by redemptions"), self.body)
        self.top_table = FigureTable(self.tr("Top rewards"), self.body)
        self.stock_table = FigureTable(self.tr("Stock alerts"), self.body)
        g = self.grid
        g.addWidget(self.kpis, 0, 0, 1, 2)
        g.addWidget(self.trend_chart, 1, 0)
        g.addWidget(self.top_chart, 1, 1)
        g.addWidget(self.top_table, 2, 0)
        g.addWidget(self.stock_table, 2, 1)

    def compute(self, session: Any, filters: a.Filters) -> a.MallOverview:
        return a.mall_overview(
            session, filters, top=TOP, stock_threshold=self.stock_threshold, now=self.today()
        )

    def show_result(self, mall: a.MallOverview) -> None:
        t = self.kpis.tiles
        t["redemptions"].set_value(count_text(mall.redemptions))
        t["quantity"].set_value(count_text(mall.quantity))
        t["points"].set_value(points_text(mall.points))
        t["cash"].set_value(money_text(mall.cash_fen))
        cheapest = (
            self.tr("cheapest reward {points} points").format(
                points=points_text(mall.cheapest_points)
            )
            if mall.cheapest_points is not None
            else self.tr("no reward on offer")
        )
        t["conversion"].set_value(
            rate_text(mall.conversion),
            self.tr("{n} of {total} who could redeem").format(
                n=count_text(mall.redeemers), total=count_text(mall.eligible_members)
            ),
        )
        t["conversion"].setToolTip(cheapest)
        t["stock"].set_value(
            count_text(len(mall.stock_alerts)),
            self.tr("at or below {n} left").format(n=self.stock_threshold),
            colour=theme.DANGER if mall.stock_alerts else None,
        )
        labels = tuple(bucket_label(p.bucket, mall.scope.bucket) for p in mall.trend)
        self.trend_chart.set_data(
            ChartData(
                categories=labels,
                series=(
                    SeriesData(self.tr("Redemptions"), tuple(p.redemptions for p in mall.trend)),
                ),
                category_title=self.tr("Period"),
            )
        )
        top = mall.top_rewards
        self.top_chart.set_data(
            ChartData(
                # Last first: a horizontal bar chart draws its first category at the bottom.
                categories=categories_of([r.name for r in reversed(top)]),
                series=(
                    SeriesData(self.tr("Redemptions"), tuple(r.redemptions for r in reversed(top))),
                ),
                kind="hbar",
                category_title=self.tr("Reward"),
            )
        )
        self.top_table.set_rows(
            [
                self.tr("SKU"),
                self.tr("Reward"),
                self.tr("Category"),
                self.tr("Redemptions"),
                self.tr("Items"),
                self.tr("Points"),
                self.tr("Cash (¥)"),
            ],
            [
                [
                    (r.sku, r.sku),
                    (r.name, r.name),
                    (r.category, r.category),
                    count_cell(r.redemptions),
                    count_cell(r.quantity),
                    (points_text(r.points), r.points),
                    (money_text(r.cash_fen), yuan_cell(r.cash_fen)),
                ]
                for r in top
            ],
        )
        central = self.tr("central stock")
        self.stock_table.set_rows(
            [self.tr("SKU"), self.tr("Reward"), self.tr("Stock"), self.tr("Left")],
            [
                [
                    (x.sku, x.sku),
                    (x.name, x.name),
                    (self.store_text(x.store) if x.store else central, x.store or "central"),
                    count_cell(x.quantity),
                ]
                for x in mall.stock_alerts
            ],
        )
