"""The managers' dashboards (issue #7): member overview, points health, points mall, RFM
and churn, on this device's own database, offline. One filter bar serves all four.

    page = DashboardsPage(services, parent)   # then page.start() when first shown

Changing a filter recomputes the dashboard in view off the UI thread (each read first
folds in what changed: ``refresh_aggregates``); the others recompute when next shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from core import clock
from core.analytics import Filters
from core.errors import DomainError
from core.services import DeviceServices
from desktop.pages.dashboards import reading
from desktop.pages.dashboards.base import Dashboard
from desktop.pages.dashboards.mall import MallDashboard
from desktop.pages.dashboards.members import MemberOverviewDashboard
from desktop.pages.dashboards.points import PointsHealthDashboard
from desktop.pages.dashboards.rfm import RfmDashboard
from ui import theme
from ui.i18n import error_text
from ui.ops import Op
from ui.widgets.dashboard_filter_bar import DashboardFilterBar

__all__ = ["DashboardsPage"]


def _today() -> date:
    return clock.now().date()


class DashboardsPage(QWidget):
    """The filter bar over a tab per dashboard."""

    # The filter lists were loaded (a reading.Choices).
    sig_choices = Signal(object)

    def __init__(
        self,
        services: DeviceServices,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        """``today``: the day the dashboards count as today (tests fix it; default: the clock)."""
        super().__init__(parent)
        self.setObjectName("dashboardsPage")
        self.services = services
        self.today = today or _today
        self.choices: reading.Choices | None = None
        self._loading_choices = False
        # Filters each dashboard last showed; a dashboard whose filters differ is stale.
        self._shown: dict[int, Filters] = {}

        self.title = QLabel(self.tr("Dashboards"), self)
        self.title.setFont(theme.scaled_font(self.font(), 1.4, bold=True))
        self.scope_label = QLabel(self)
        self.scope_label.setObjectName("dashboardScope")
        self.filter_bar = DashboardFilterBar(self.today(), self)
        self.filter_bar.sig_changed.connect(self._filters_changed)

        self.members = MemberOverviewDashboard(services, self.today, self)
        self.points = PointsHealthDashboard(services, self.today, self)
        self.mall = MallDashboard(services, self.today, self)
        self.rfm = RfmDashboard(services, self.today, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dashboardTabs")
        self.tabs.addTab(self.members, self.tr("Members"))
        self.tabs.addTab(self.points, self.tr("Points health"))
        self.tabs.addTab(self.mall, self.tr("Points mall"))
        self.tabs.addTab(self.rfm, self.tr("RFM & churn"))
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)

    def dashboards(self) -> list[Dashboard[Any]]:
        return [self.members, self.points, self.mall, self.rfm]

    # --- lifecycle --------------------------------------------------------------------

    def start(self) -> None:
        """Load the dashboard in view, then the filter lists (the figures come first)."""
        self.tabs.setFocus()
        self._refresh_current()
        self._loading_choices = True
        factory, services, today = self.services.factory, self.services, self.today()
        (
            Op(
                self,
                lambda: reading.choices(
                    factory, [(t.code, t.name) for t in services.tiers()], today
                ),
            )
            .success(self._choices_loaded)
            .failure(self._choices_failed)
            .finished(self._choices_finished)
            .run()
        )

    def _choices_finished(self) -> None:
        self._loading_choices = False

    def _choices_loaded(self, choices: reading.Choices) -> None:
        self.choices = choices
        self.filter_bar.set_choices(choices.stores, choices.regions, choices.tiers)
        stores = {code: name for code, name, _region in choices.stores}
        tiers = dict(choices.tiers)
        for board in self.dashboards():
            board.store_names = stores
            board.tier_names = tiers
            if board.result is not None:
                board.show_result(board.result)  # the stores' and tiers' names, now known
        if choices.device_regions:
            self.scope_label.setText(
                self.tr(
                    "This device holds region {regions}: the figures are of its members."
                ).format(regions=", ".join(choices.device_regions))
            )
        else:
            self.scope_label.setText(self.tr("Figures of every member this database holds."))
        self.sig_choices.emit(choices)

    def _choices_failed(self, err: DomainError) -> None:
        self.scope_label.setText(error_text(err))

    def is_busy(self) -> bool:
        return self._loading_choices or any(b.is_busy() for b in self.dashboards())

    # --- filters ----------------------------------------------------------------------

    def filters(self) -> Filters:
        return self.filter_bar.filters()

    def set_filters(self, filters: Filters) -> None:
        self.filter_bar.set_filters(filters)

    def _filters_changed(self, _filters: Filters) -> None:
        self._refresh_current()

    def _refresh_current(self) -> None:
        board = self.tabs.currentWidget()
        if not isinstance(board, Dashboard):
            return
        filters = self.filter_bar.filters()
        index = self.tabs.currentIndex()
        if self._shown.get(index) == filters and board.result is not None:
            return
        self._shown[index] = filters
        board.load(filters)

    def show_dashboard(self, board: Dashboard[Any]) -> None:
        self.tabs.setCurrentWidget(board)
        self._refresh_current()
