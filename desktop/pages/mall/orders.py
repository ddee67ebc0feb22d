"""The orders half of the mall page: redemptions newest first (pages of 200, filtered by
status, store, days and member), and the order's next step: fulfil, ship, or cancel
(points and stock go back). Each step is a command recorded here and queued for
upload, so it works offline and reaches the server once."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.apply import Applied
from core.errors import DomainError
from core.mall_orders import ORDER_STATES, PAGE, OrderFilter, OrderRow, list_orders
from core.member_records import RedemptionLine
from core.services import DeviceServices
from desktop.member_dialogs import CancelRedemptionDialog
from desktop.pages.mall.models import STATE_WORDS, OrdersModel, words
from desktop.record_tables import RecordsView
from desktop.rulebook_editing import say
from ui.i18n import error_text
from ui.ops import Op


class OrdersPanel(QWidget):
    """Filters over the order table; the selected order's next step under it."""

    # An order changed here (stock may have come back): alerts and lists should reload.
    sig_changed = Signal()

    def __init__(self, services: DeviceServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._generation = 0
        self._loading = self._acting = False
        self._has_more = False
        self.dialog: QDialog | None = None

        self.state_box = QComboBox(self)
        self.state_box.setObjectName("ordersState")
        self.state_box.addItem(self.tr("Any status"), "")
        for state in ORDER_STATES:
            self.state_box.addItem(words(STATE_WORDS, state), state)
        self.store_box = QComboBox(self)
        self.store_box.setObjectName("ordersStore")
        self.store_box.addItem(self.tr("Any store"), "")
        self.since_field = QLineEdit(self)
        self.since_field.setObjectName("ordersSince")
        self.since_field.setPlaceholderText(self.tr("from YYYY-MM-DD"))
        self.until_field = QLineEdit(self)
        self.until_field.setObjectName("ordersUntil")
        self.until_field.setPlaceholderText(self.tr("until YYYY-MM-DD"))
        self.member_field = QLineEdit(self)
        self.member_field.setObjectName("ordersMember")
        self.member_field.setPlaceholderText(self.tr("member code"))
        self.member_field.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(self.state_box)
        filters.addWidget(self.store_box)
        filters.addWidget(self.since_field)
        filters.addWidget(self.until_field)
        filters.addWidget(self.member_field, 1)

        self.model = OrdersModel(self)
        self.view = RecordsView(self.model, self)
        self.view.setObjectName("mallOrders")
        self.more_button = QPushButton(self.tr("Load more"), self)
        self.more_button.setObjectName("ordersMore")
        self.more_button.setEnabled(False)
        self.fulfil_button = QPushButton(self.tr("Mark fulfilled"), self)
        self.fulfil_button.setObjectName("ordersFulfil")
        self.ship_button = QPushButton(self.tr("Mark shipped"), self)
        self.ship_button.setObjectName("ordersShip")
        self.cancel_button = QPushButton(self.tr("Cancel order…"), self)
        self.cancel_button.setObjectName("ordersCancel")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("ordersStatus")
        self.status_label.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.fulfil_button)
        actions.addWidget(self.ship_button)
        actions.addWidget(self.cancel_button)
        actions.addStretch(1)
        actions.addWidget(self.more_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status_label)

        self.state_box.currentIndexChanged.connect(self.reload)
        self.store_box.currentIndexChanged.connect(self.reload)
        for field in (self.since_field, self.until_field, self.member_field):
            field.editingFinished.connect(self.reload)
        self.more_button.clicked.connect(self.load_more)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.fulfil_button.clicked.connect(lambda: self.move_on("fulfilled"))
        self.ship_button.clicked.connect(lambda: self.move_on("shipped"))
        self.cancel_button.clicked.connect(self.cancel)
        self._selected()

    # --- public ---------------------------------------------------------------------

    def is_busy(self) -> bool:
        return self._loading or self._acting

    def set_stores(self, stores: tuple[tuple[str, str], ...]) -> None:
        current = self.store_box.currentData()
        blocked = self.store_box.blockSignals(True)
        self.store_box.clear()
        self.store_box.addItem(self.tr("Any store"), "")
        for code, name in stores:
            self.store_box.addItem(f"{code} {name}", code)
        self.store_box.setCurrentIndex(max(0, self.store_box.findData(current)))
        self.store_box.blockSignals(blocked)

    def filter(self) -> OrderFilter | None:
        """The filter as typed; None (said under the table) when a day is not a date."""
        days: list[date | None] = []
        for field in (self.since_field, self.until_field):
            text = field.text().strip()
            try:
                days.append(date.fromisoformat(text) if text else None)
            except ValueError:
                say(
                    self.status_label,
                    self.tr("“{text}” is not a date (YYYY-MM-DD).").format(text=text),
                )
                return None
        return OrderFilter(
            state=self.state_box.currentData() or None,
            store=self.store_box.currentData() or None,
            since=days[0],
            until=days[1],
            member_code=self.member_field.text().strip() or None,
        )

    def reload(self, *_args: object) -> None:
        """The first page of orders under the current filter."""
        self._fetch(after=None)

    def load_more(self) -> None:
        rows = self.model.rows()
        if rows and self._has_more:
            self._fetch(after=rows[-1].key)

    def selected(self) -> OrderRow | None:
        index = self.view.currentIndex()
        rows = self.model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def select(self, redemption_id: str) -> bool:
        for i, row in enumerate(self.model.rows()):
            if row.id == redemption_id:
                self.view.selectRow(i)
                return True
        return False

    def move_on(self, status: str) -> None:
        """Fulfil or ship the selected order (a command, queued for upload)."""
        order = self.selected()
        if order is None or self._acting:
            return
        services, rid = self.services, order.id
        target: Literal["fulfilled", "shipped"] = (
            "fulfilled" if status == "fulfilled" else "shipped"
        )

        def step() -> Applied:
            return services.set_redemption_status(rid, target)

        self._acting = True
        self._update_buttons()
        (
            Op(self, step)
            .success(lambda _applied: self._moved(order, status))
            .failure(self._refused)
            .finished(self._acted)
            .run()
        )

    def cancel(self) -> None:
        """Open the cancel dialog for the selected order (the reason is kept)."""
        order = self.selected()
        if order is None or self.dialog is not None or order.state in ("shipped", "cancelled"):
            return
        line = RedemptionLine(
            id=order.id,
            at=order.at,
            sku=order.sku,
            reward_name=order.reward_name,
            qty=order.qty,
            points=order.points,
            cash_fen=order.cash_fen,
            store_code=order.store_code,
            status="completed",
            cancelled_at=None,
        )
        dialog = CancelRedemptionDialog(self.services, line, self)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._cancelled(order))
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    # --- internals ------------------------------------------------------------------

    def _fetch(self, after: tuple[datetime, str] | None) -> None:
        where = self.filter()
        if where is None:
            return
        self._generation += 1
        generation = self._generation
        self._loading = True
        factory = self.services.factory
        key = after

        def read() -> list[OrderRow]:
            return list_orders(factory, where, after=key, limit=PAGE + 1)

        (
            Op(self, read)
            .success(lambda rows: self._fetched(generation, rows, after is not None))
            .failure(lambda err: self._fetch_failed(generation, err))
            .finished(lambda: self._fetch_finished(generation))
            .run()
        )

    def _fetched(self, generation: int, rows: list[OrderRow], appending: bool) -> None:
        if generation != self._generation:
            return
        self._has_more = len(rows) > PAGE
        rows = rows[:PAGE]
        chosen = self.selected()
        if appending:
            self.model.append_rows(rows)
        else:
            self.model.set_rows(rows)
            self.view.resizeColumnsToContents()
            if chosen is not None:
                self.select(chosen.id)
        self.more_button.setEnabled(self._has_more)
        if not appending:
            say(self.status_label, "" if rows else self.tr("No orders match."))
        self._update_buttons()

    def _fetch_failed(self, generation: int, err: DomainError) -> None:
        if generation == self._generation:
            say(self.status_label, error_text(err))

    def _fetch_finished(self, generation: int) -> None:
        if generation == self._generation:
            self._loading = False

    def _selected(self, *_args: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        order = self.selected()
        state = order.state if order is not None else None
        idle = not self._acting
        self.fulfil_button.setEnabled(idle and state == "placed")
        self.ship_button.setEnabled(idle and state == "fulfilled")
        self.cancel_button.setEnabled(idle and state in ("placed", "fulfilled"))

    def _moved(self, order: OrderRow, status: str) -> None:
        text = (
            self.tr("Order {reward} for {member} marked fulfilled.")
            if status == "fulfilled"
            else self.tr("Order {reward} for {member} marked shipped.")
        )
        say(
            self.status_label,
            text.format(reward=order.reward_name, member=order.member_code)
            + " "
            + self.tr("The change will be uploaded with the next sync."),
        )
        self.sig_changed.emit()
        self.reload()

    def _refused(self, err: DomainError) -> None:
        say(self.status_label, error_text(err))

    def _acted(self) -> None:
        self._acting = False
        self._update_buttons()

    def _cancelled(self, order: OrderRow) -> None:
        say(
            self.status_label,
            self.tr(
                "Order {reward} for {member} cancelled: {points:,} points and the stock returned."
            ).format(reward=order.reward_name, member=order.member_code, points=order.points),
        )
        self.sig_changed.emit()
        self.reload()

    def _dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
