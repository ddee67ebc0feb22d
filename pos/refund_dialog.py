"""Refunding a sale: find it by receipt number or pick it from the member's recent sales,
refund all or part, and see the points that will be taken back before confirming.

A refund above the till's threshold (``settings["pos"]["refund_override_fen"]``,
¥500 by default) needs a manager's override (user + PIN), recorded in the command."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.commands.payloads import Override
from core.db.models import Sale
from core.directory import MemberCard
from core.errors import DomainError, RefundTooLarge
from core.ledger import Balances
from core.money import format_fen, parse_yuan
from core.quote import RefundPreview, refund_preview
from core.services import DeviceServices
from pos.override_dialog import ask_override, needs_override
from ui import theme
from ui.i18n import error_text
from ui.ops import Op


class RefundDialog(QDialog):
    """Accepted once the refund is recorded; ``result`` is then the core's answer."""

    def __init__(
        self,
        services: DeviceServices,
        member: MemberCard | None,
        parent: QWidget | None = None,
        *,
        staff: str | None = None,
    ) -> None:
        """``staff``: the signed-in clerk, named on the command."""
        super().__init__(parent)
        self.setObjectName("refundDialog")
        self.setWindowTitle(self.tr("Refund"))
        self.setMinimumWidth(560)
        self.services = services
        self.staff = staff
        self.outcome: dict[str, Any] | None = None
        self._sale: Sale | None = None
        self._balances: Balances | None = None
        self._busy = False

        self.receipt_field = QLineEdit(self)
        self.receipt_field.setObjectName("refundReceipt")
        self.receipt_field.setPlaceholderText(self.tr("Receipt number, then Enter"))
        self.recent_list = QListWidget(self)
        self.recent_list.setObjectName("recentSales")
        self.recent_list.setVisible(member is not None)
        self.sale_label = QLabel(self)
        self.sale_label.setObjectName("refundSale")
        self.sale_label.setWordWrap(True)
        self.amount_field = QLineEdit(self)
        self.amount_field.setObjectName("refundAmount")
        self.amount_field.setPlaceholderText(self.tr("Empty = refund everything left"))
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("refundPreview")
        self.preview_label.setWordWrap(True)
        self.preview_label.setFont(theme.scaled_font(self.font(), 1.2, bold=True))
        self.error_label = QLabel(self)
        self.error_label.setObjectName("refundError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {theme.DANGER}; font-weight: bold;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Receipt no."), self.receipt_field)
        if member is not None:
            form.addRow(self.tr("Recent sales"), self.recent_list)
        form.addRow(self.tr("Sale"), self.sale_label)
        form.addRow(self.tr("Refund amount"), self.amount_field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Refund"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.receipt_field.returnPressed.connect(self.find_receipt)
        self.recent_list.currentItemChanged.connect(self._picked)
        self.amount_field.textEdited.connect(self._show_preview)
        self.amount_field.returnPressed.connect(self.confirm)
        if member is not None:
            member_id = member.id
            Op(self, lambda: services.recent_sales(member_id, 20)).success(self._recent).run()
        self.receipt_field.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- public ---------------------------------------------------------------

    def sale(self) -> Sale | None:
        return self._sale

    def is_busy(self) -> bool:
        return self._busy

    def find_receipt(self) -> None:
        """Look up the sale whose receipt number (or id) is typed."""
        key = self.receipt_field.text().strip()
        if key:
            self._load(key)

    def confirm(self, override: Override | None = None) -> None:
        """Record the refund shown in the preview (above the threshold: with ``override``)."""
        sale = self._sale
        if sale is None or self._busy:
            return
        try:
            amount = self._amount()
        except DomainError as err:
            self._error(error_text(err))
            return
        services, staff = self.services, self.staff
        self._busy = True
        self.ok_button.setEnabled(False)
        (
            Op(
                self,
                lambda: services.refund(
                    sale.id, amount, override=override, bounded=True, staff=staff
                ),
            )
            .success(self._refunded)
            .failure(self._refused)
            .finished(self._done)
            .run()
        )

    # --- internals ------------------------------------------------------------

    def _recent(self, sales: list[Sale]) -> None:
        self.recent_list.clear()
        for s in sales:
            text = self.tr("{receipt}  {when}  {amount}  {points:+,} points").format(
                receipt=s.receipt_no,
                when=s.at.strftime("%Y-%m-%d %H:%M"),
                amount=format_fen(s.net_fen),
                points=s.points_earned,
            )
            if s.refunded_fen:
                text += "  " + self.tr("(refunded {amount})").format(
                    amount=format_fen(s.refunded_fen)
                )
            item = QListWidgetItem(text, self.recent_list)
            item.setData(Qt.ItemDataRole.UserRole, s.id)

    def _picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self._load(str(item.data(Qt.ItemDataRole.UserRole)))

    def _load(self, key: str) -> None:
        services = self.services

        def fetch() -> tuple[Sale, Balances | None]:
            sale = services.sale(key)
            card = services.card(sale.member_id) if sale.member_id else None
            return sale, card.points if card else None

        self._busy = True
        (
            Op(self, fetch)
            .success(self._loaded)
            .failure(lambda err: self._not_found(err))
            .finished(self._done)
            .run()
        )

    def _loaded(self, found: tuple[Sale, Balances | None]) -> None:
        self._sale, self._balances = found
        s = self._sale
        self.sale_label.setText(
            self.tr(
                "{receipt} of {when}: goods {net}, paid {paid}, earned {earned:,} points,"
                " paid {spent:,} points; already refunded {refunded}"
            ).format(
                receipt=s.receipt_no,
                when=s.at.strftime("%Y-%m-%d %H:%M"),
                net=format_fen(s.net_fen),
                paid=format_fen(s.paid_fen),
                earned=s.points_earned,
                spent=s.points_spent,
                refunded=format_fen(s.refunded_fen),
            )
        )
        self.error_label.hide()
        self._show_preview()
        self.amount_field.setFocus()

    def _not_found(self, err: DomainError) -> None:
        self._sale = None
        self.sale_label.clear()
        self.preview_label.clear()
        self.ok_button.setEnabled(False)
        self._error(error_text(err))
        self.receipt_field.selectAll()
        self.receipt_field.setFocus()

    def _amount(self) -> int | None:
        text = self.amount_field.text().strip()
        return parse_yuan(text) if text else None

    def preview(self) -> RefundPreview | None:
        if self._sale is None:
            return None
        return refund_preview(self._sale, self._amount(), self._balances)

    def _show_preview(self, *_args: object) -> None:
        try:
            p = self.preview()
        except DomainError as err:
            self.preview_label.clear()
            self.ok_button.setEnabled(False)
            self._error(error_text(err))
            return
        if p is None:
            return
        self.error_label.hide()
        if p.amount_fen > p.refundable_fen or p.refundable_fen <= 0:
            assert self._sale is not None
            self._error(
                error_text(
                    RefundTooLarge(
                        sale_id=self._sale.receipt_no,
                        refundable=p.refundable_fen,
                        requested=p.amount_fen,
                    )
                )
            )
            self.preview_label.clear()
            self.ok_button.setEnabled(False)
            return
        text = self.tr(
            "Refund {amount} (cash back {cash}): {reversed:,} points taken back,"
            " {returned:,} points given back"
        ).format(
            amount=format_fen(p.amount_fen),
            cash=format_fen(p.cash_fen),
            reversed=p.points_reversed,
            returned=p.points_returned,
        )
        if p.debt:
            text += "\n" + self.tr(
                "The member does not have {points:,} of these points: they become points debt."
            ).format(points=p.debt)
        self.preview_label.setText(text)
        self.ok_button.setEnabled(True)

    def _refused(self, err: DomainError) -> None:
        if needs_override(err):
            if err.code == "refund_needs_override":
                why = self.tr(
                    "A refund of {amount} is more than {threshold}: a manager must allow it."
                ).format(
                    amount=format_fen(int(err.params["amount"])),
                    threshold=format_fen(int(err.params["threshold"])),
                )
            else:
                why = error_text(err)
            ask_override(
                self,
                self.services,
                why,
                then=self.confirm,
                otherwise=lambda: self._error(self.tr("Not refunded: nothing was recorded.")),
            )
            return
        self._error(error_text(err))

    def _refunded(self, applied: Any) -> None:
        self.outcome = dict(applied.result)
        self.accept()

    def _error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _done(self) -> None:
        self._busy = False
        if self._sale is not None and self.outcome is None:
            self.ok_button.setEnabled(self.error_label.isHidden())
