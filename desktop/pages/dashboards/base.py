"""What the four dashboards share: loading off the UI thread, the newest request winning,
an error line, and a scrolling body of tiles, charts and tables."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from core.analytics import Filters
from core.errors import DomainError
from core.services import DeviceServices
from desktop.pages.dashboards.reading import read
from ui import theme
from ui.i18n import error_text
from ui.ops import Op

R = TypeVar("R")


class Dashboard(QWidget, Generic[R]):
    """A dashboard: ``load(filters)`` reads its figures on the worker and shows them."""

    # The figures on screen changed (the core's result that is shown).
    sig_loaded = Signal(object)
    # A read was refused (the error's text, in the interface language).
    sig_failed = Signal(str)

    def __init__(
        self, services: DeviceServices, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.today = today
        self.result: R | None = None
        self.filters: Filters | None = None
        self._generation = 0
        self._busy = 0
        # The newest request that waits for the read in flight (its worker function).
        self._pending: Callable[[Any], R] | None = None
        self._answered = False
        # Names for codes, from the filter lists the page loaded (code -> name).
        self.store_names: dict[str, str] = {}
        self.tier_names: dict[str, str] = {}

        self.error_label = QLabel(self)
        self.error_label.setObjectName("dashboardError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(
            f"color: {theme.DANGER}; background: {theme.DANGER_BACKGROUND}; padding: 6px;"
        )
        self.error_label.hide()
        # Shown while figures are being computed (the first read of a large database
        # builds the aggregates, which takes a while).
        self.loading_label = QLabel(self.tr("Computing the figures…"), self)
        self.loading_label.setObjectName("dashboardLoading")
        self.loading_label.setStyleSheet(f"color: {theme.MUTED}; padding: 2px 6px;")
        self.loading_label.hide()

        self.body = QWidget(self)
        self.grid = QGridLayout(self.body)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(12)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.error_label)
        layout.addWidget(self.loading_label)
        layout.addWidget(scroll, 1)

    # --- loading ----------------------------------------------------------------------

    def compute(self, session: Any, filters: Filters) -> R:
        """Runs on the database worker, after the aggregates were refreshed."""
        raise NotImplementedError

    def prepare(self, filters: Filters) -> Callable[[Any], R]:
        """On the UI thread: what the worker will compute (settings read from widgets here)."""
        return lambda session: self.compute(session, filters)

    def show_result(self, result: R) -> None:
        raise NotImplementedError

    def load(self, filters: Filters) -> None:
        """Recompute for ``filters``.

        One read at a time per dashboard: a request made while one runs waits, and only the
        newest waiting one is run (a person changing three filters costs two reads, not
        three, on a database where a read takes a second).
        """
        self.filters = filters
        self._generation += 1
        self._pending = self.prepare(filters)
        self.loading_label.show()
        if self._busy == 0:
            self._run_pending()

    def _run_pending(self) -> None:
        compute, self._pending = self._pending, None
        if compute is None:
            return
        generation = self._generation
        factory = self.services.factory
        self._busy += 1
        self._answered = False
        (
            Op(self, lambda: read(factory, compute))
            .success(lambda result: self._loaded(generation, result))
            .failure(lambda err: self._failed(generation, err))
            .finished(lambda: self._done(generation))
            .run()
        )

    def is_busy(self) -> bool:
        return self._busy > 0 or self._pending is not None

    def _done(self, generation: int) -> None:
        self._busy -= 1
        if not self._answered and generation == self._generation and self._pending is None:
            # Neither figures nor a refusal: an unexpected error (logged by the op), such
            # as the database held by another program for longer than its busy timeout.
            self.show_error(self.tr("The figures could not be read (see the log). Try again."))
        self._run_pending()
        self.loading_label.setVisible(self.is_busy())

    def _loaded(self, generation: int, result: R) -> None:
        self._answered = True
        if generation != self._generation:
            return
        self.error_label.hide()
        self.result = result
        self.show_result(result)
        self.sig_loaded.emit(result)

    def _failed(self, generation: int, err: DomainError) -> None:
        self._answered = True
        if generation != self._generation:
            return
        self.show_error(error_text(err))

    def store_text(self, code: str | None) -> str:
        if not code:
            return self.tr("(no home store)")
        name = self.store_names.get(code)
        return f"{code} {name}" if name else code

    def tier_text(self, code: str) -> str:
        return self.tier_names.get(code, code)

    def show_error(self, text: str) -> None:
        """Say what was wrong; the figures shown stay those of the last good filters."""
        self.error_label.setText(text)
        self.error_label.show()
        self.sig_failed.emit(text)
