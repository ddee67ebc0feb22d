"""Member overview: totals, new and lapsed, growth, tiers and their movement, activity,
by store and by region (docs/analytics.md, "Member overview")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import QWidget

from core import analytics as a
from core.services import DeviceServices
from desktop.pages.dashboards.base import Dashboard
from ui.charts import ChartData, ChartPanel, SeriesData
from ui.figures import count_text, percent_cell, rate_text
from ui.widgets.figure_table import Cell, FigureTable
from ui.widgets.kpi_tiles import KpiRow


def bucket_label(day: date, bucket: str) -> str:
    """A bucket on an axis: 03-02 for a day or a week (its Monday), 2026-03 for a month."""
    return day.strftime("%Y-%m") if bucket == "month" else day.strftime("%m-%d")


def rate_cell(ratio: a.Ratio) -> Cell:
    return rate_text(ratio), percent_cell(ratio.basis_points)


def count_cell(n: int) -> Cell:
    return count_text(n), n


class MemberOverviewDashboard(Dashboard[a.MemberOverview]):
    def __init__(
        self, services: DeviceServices, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(services, today, parent)
        self.setObjectName("memberOverview")
        self.kpis = KpiRow(
            [
                ("members", self.tr("Members")),
                ("new", self.tr("New in period")),
                ("lapsed", self.tr("Lapsed in period")),
                ("active_30", self.tr("Active, 30 days")),
                ("active_90", self.tr("Active, 90 days")),
                ("tier_moves", self.tr("Tier moves up / down")),
            ],
            self.body,
        )
        self.growth_chart = ChartPanel(self.tr("Members, running total"), self.body)
        self.new_lapsed_chart = ChartPanel(self.tr("New vs lapsed members"), self.body)
        self.tier_chart = ChartPanel(self.tr("Members by tier"), self.body)
        self.movement_table = FigureTable(self.tr("Tier movement in the period"), self.body)
        self.store_table = FigureTable(self.tr("By store"), self.body)
        self.region_table = FigureTable(self.tr("By region"), self.body, rows_visible=4)
        g = self.grid
        g.addWidget(self.kpis, 0, 0, 1, 2)
        g.addWidget(self.growth_chart, 1, 0)
        g.addWidget(self.new_lapsed_chart, 1, 1)
        g.addWidget(self.tier_chart, 2, 0)
        g.addWidget(self.movement_table, 2, 1)
        g.addWidget(self.store_table, 3, 0)
        g.addWidget(self.region_table, 3, 1)

    def compute(self, session: Any, filters: a.Filters) -> a.MemberOverview:
        return a.member_overview(session, filters, now=self.today())

    def show_result(self, mo: a.MemberOverview) -> None:
        t = self.kpis.tiles
        t["members"].set_value(count_text(mo.members))
        t["new"].set_value(count_text(mo.new_members))
        t["lapsed"].set_value(
            count_text(mo.lapsed_members),
            self.tr("{days} days without a purchase").format(days=mo.lapse_days),
        )
        t["active_30"].set_value(
            rate_text(mo.active_30),
            self.tr("{n} of {total} members").format(
                n=count_text(mo.active_30.numerator), total=count_text(mo.active_30.denominator)
            ),
        )
        t["active_90"].set_value(
            rate_text(mo.active_90),
            self.tr("{n} of {total} members").format(
                n=count_text(mo.active_90.numerator), total=count_text(mo.active_90.denominator)
            ),
        )
        moves = mo.tier_movement
        t["tier_moves"].set_value(
            f"↑ {count_text(moves.upgrades)} / ↓ {count_text(moves.downgrades)}"
        )
        labels = tuple(bucket_label(p.bucket, mo.scope.bucket) for p in mo.trend)
        period = self.tr("Period")
        self.growth_chart.set_data(
            ChartData(
                categories=labels,
                series=(SeriesData(self.tr("Members"), tuple(p.total_members for p in mo.trend)),),
                kind="line",
                category_title=period,
            )
        )
        self.new_lapsed_chart.set_data(
            ChartData(
                categories=labels,
                series=(
                    SeriesData(self.tr("New"), tuple(p.new_members for p in mo.trend)),
                    SeriesData(self.tr("Lapsed"), tuple(p.lapsed_members for p in mo.trend)),
                ),
                category_title=period,
            )
        )
        names = {x.tier: x.name for x in mo.tiers}
        self.tier_chart.set_data(
            ChartData(
                categories=tuple(x.name for x in mo.tiers),
                series=(SeriesData(self.tr("Members"), tuple(x.members for x in mo.tiers)),),
                category_title=self.tr("Tier"),
            )
        )
        self.movement_table.set_rows(
            [self.tr("Tier"), self.tr("Upgraded into"), self.tr("Downgraded into")],
            [
                [(names.get(code, code), code), count_cell(up), count_cell(down)]
                for code, up, down in mo.tier_movement.into
            ],
        )
        headers = [
            self.tr("Members"),
            self.tr("New"),
            self.tr("Lapsed"),
            self.tr("Active 30 days (%)"),
            self.tr("Active 90 days (%)"),
        ]

        def line(group: a.MemberGroup, label: Callable[[str], str]) -> list[Cell]:
            key = group.key
            return [
                (label(key), key),
                count_cell(group.members),
                count_cell(group.new_members),
                count_cell(group.lapsed_members),
                rate_cell(group.active_30),
                rate_cell(group.active_90),
            ]

        self.store_table.set_rows(
            [self.tr("Store"), *headers], [line(g, self.store_text) for g in mo.by_store]
        )
        self.region_table.set_rows(
            [self.tr("Region"), *headers], [line(g, self.region_text) for g in mo.by_region]
        )

    def region_text(self, code: str) -> str:
        return code or self.tr("(no home store)")
