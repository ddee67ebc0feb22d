"""Redeeming a points-mall reward at the till: only what this store has in stock and the
member's tier allows, with price, stock and how many the member may still take, and the
reward's picture beside its name (decoded once per SKU and picture, kept for the next
dialog: ``PICTURES``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import clock
from core.commands.payloads import Override
from core.db.models import Redemption, Reward
from core.directory import MemberCard
from core.errors import DomainError
from core.money import format_fen
from core.reward_images import load_pictures
from core.services import DeviceServices
from pos.override_dialog import ask_override, needs_override
from ui import theme
from ui.i18n import error_text
from ui.ops import Op
from ui.reward_pictures import Decoded, PictureCache, decode

PICTURE_SIDE = 40
# The till's decoded reward pictures, shared by every redemption dialog of the process.
PICTURES = PictureCache(PICTURE_SIDE)


@dataclass(frozen=True)
class Offer:
    """A reward the member may redeem here now."""

    sku: str
    name: str
    points_price: int
    cash_price_fen: int
    stock: int | None  # None: unlimited
    limit_left: int | None  # None: no per-member limit


def offers_for(
    rewards: list[tuple[Reward, int | None]], redemptions: list[Redemption], card: MemberCard
) -> list[Offer]:
    """Rewards in stock here, valid today and allowed for the member's tier, with limits left."""
    today = clock.now().date()
    used: dict[str, int] = {}
    for r in redemptions:
        if r.status == "completed":
            used[r.sku] = used.get(r.sku, 0) + r.qty
    out: list[Offer] = []
    for reward, stock in rewards:
        if not reward.active or reward.min_tier_rank > card.tier_rank:
            continue
        if stock is not None and stock <= 0:
            continue
        if reward.valid_from is not None and today < reward.valid_from:
            continue
        if reward.valid_until is not None and today > reward.valid_until:
            continue
        left = (
            None
            if reward.per_member_limit is None
            else max(0, reward.per_member_limit - used.get(reward.sku, 0))
        )
        out.append(
            Offer(reward.sku, reward.name, reward.points_price, reward.cash_price_fen, stock, left)
        )
    return out


class RedeemDialog(QDialog):
    """Accepted once the redemption is recorded; ``outcome`` is then the core's answer."""

    SKU, NAME, PRICE, STOCK, LEFT = range(5)

    def __init__(
        self,
        services: DeviceServices,
        card: MemberCard,
        parent: QWidget | None = None,
        *,
        staff: str | None = None,
    ) -> None:
        """``staff``: the signed-in clerk, named on the command."""
        super().__init__(parent)
        self.setObjectName("redeemDialog")
        self.setWindowTitle(self.tr("Redeem a reward"))
        self.setMinimumSize(720, 440)
        self.services = services
        self.staff = staff
        self.card = card
        self.outcome: dict[str, Any] | None = None
        self._offers: list[Offer] = []
        self._busy = True

        self.member_label = QLabel(
            self.tr("{code}: {points:,} points available").format(
                code=card.code, points=card.points.available
            ),
            self,
        )
        self.member_label.setFont(theme.scaled_font(self.font(), 1.3, bold=True))
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("rewardTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("SKU"),
                self.tr("Reward"),
                self.tr("Price"),
                self.tr("In stock"),
                self.tr("Limit left"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setIconSize(QSize(PICTURE_SIDE, PICTURE_SIDE))
        self.qty_box = QSpinBox(self)
        self.qty_box.setObjectName("redeemQty")
        self.qty_box.setRange(1, 99)
        self.empty_label = QLabel(self.tr("Nothing this member can redeem here today."), self)
        self.empty_label.hide()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("redeemError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {theme.DANGER}; font-weight: bold;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Redeem"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        qty_row = QHBoxLayout()
        qty_row.addWidget(QLabel(self.tr("Quantity"), self))
        qty_row.addWidget(self.qty_box)
        qty_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.member_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(qty_row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _i: self.confirm())

        member_id, factory, held = card.id, services.factory, PICTURES.held()
        (
            Op(
                self,
                lambda: (
                    services.rewards_here(),
                    services.redemptions(member_id),
                    decode(load_pictures(factory, held)),
                ),
            )
            .success(lambda found: self._show(offers_for(found[0], found[1], card), found[2]))
            .failure(lambda err: self._error(error_text(err)))
            .finished(self._done)
            .run()
        )

    def offers(self) -> list[Offer]:
        return list(self._offers)

    def is_busy(self) -> bool:
        return self._busy

    def select_sku(self, sku: str) -> None:
        for row, offer in enumerate(self._offers):
            if offer.sku == sku:
                self.table.selectRow(row)
                return

    def selected(self) -> Offer | None:
        rows = self.table.selectionModel().selectedRows()
        return self._offers[rows[0].row()] if rows else None

    def confirm(self, override: Override | None = None) -> None:
        offer = self.selected()
        if offer is None or self._busy:
            return
        services, code, qty = self.services, self.card.code, self.qty_box.value()
        staff = self.staff
        self._busy = True
        self.ok_button.setEnabled(False)
        (
            Op(
                self,
                lambda: services.redeem(code, offer.sku, qty, override=override, staff=staff),
            )
            .success(self._redeemed)
            .failure(self._refused)
            .finished(self._done)
            .run()
        )

    # --- internals ------------------------------------------------------------

    def _show(self, offers: list[Offer], pictures: Decoded | None = None) -> None:
        if pictures is not None:
            PICTURES.update(pictures)
        self._offers = offers
        self.table.setRowCount(len(offers))
        if any(PICTURES.pixmap(o.sku) is not None for o in offers):
            self.table.verticalHeader().setDefaultSectionSize(PICTURE_SIDE + 6)
        for row, o in enumerate(offers):
            price = self.tr("{points:,} points").format(points=o.points_price)
            if o.cash_price_fen:
                price += " + " + format_fen(o.cash_price_fen)
            cells = (
                o.sku,
                o.name,
                price,
                self.tr("unlimited") if o.stock is None else f"{o.stock:,}",
                self.tr("no limit") if o.limit_left is None else str(o.limit_left),
            )
            affordable = o.points_price <= self.card.points.available
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not affordable:
                    item.setForeground(QColor(theme.MUTED))
                    item.setToolTip(self.tr("More points than the member has"))
                picture = PICTURES.thumbnail(o.sku) if col == self.NAME else None
                if picture is not None:
                    item.setIcon(QIcon(picture))
                if col in (self.PRICE, self.STOCK, self.LEFT):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.empty_label.setVisible(not offers)
        if offers:
            self.table.selectRow(0)
            self.table.setFocus()

    def _selected(self) -> None:
        self.ok_button.setEnabled(self.selected() is not None and not self._busy)
        self.error_label.hide()

    def _redeemed(self, applied: Any) -> None:
        self.outcome = dict(applied.result)
        self.accept()

    def _refused(self, err: DomainError) -> None:
        if needs_override(err):
            ask_override(
                self,
                self.services,
                error_text(err),
                then=self.confirm,
                otherwise=lambda: self._error(self.tr("Not redeemed: nothing was spent.")),
            )
            return
        self._error(error_text(err))

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _done(self) -> None:
        self._busy = False
        self.ok_button.setEnabled(self.selected() is not None)
