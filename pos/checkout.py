"""The checkout screen: scan a member, ring up the sale, complete it; redeem, refund, enrol.

Ready means the scan field has the focus and nothing is half done: after the
screen is shown, after a sale is completed and after Esc. A scanner burst is
recognised from any focus (``pos.scanner``), so a card scanned while the clerk
is in the amount field selects the member and leaves the amount alone. Once a
member is shown the focus moves to the amount, where the next keystroke goes.

Everything that reads or writes goes through ``DeviceServices`` on the database
worker (``ui.ops.Op``); a refusal is said in the error line, in the clerk's
language, and nothing was written.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core import clock
from core.apply import Applied
from core.commands.payloads import Override
from core.directory import MemberCard
from core.errors import DomainError
from core.services import DeviceServices
from pos import outcomes
from pos.help_overlay import HelpOverlay
from pos.key_bar import KeyBar
from pos.pick_list import MemberPickList
from pos.sale_panel import SalePanel
from pos.scanner import ScanFilter
from pos.today_strip import TodayStrip
from ui import theme
from ui.i18n import error_text
from ui.ops import Op
from ui.timers import later
from ui.widgets.member_panel import MemberPanel

if TYPE_CHECKING:
    # Imported where they are opened: the till's start does not wait for them (nor for
    # Qt's print support, which the receipt needs).
    from pos.enrol_dialog import EnrolDialog
    from pos.redeem_dialog import RedeemDialog
    from pos.refund_dialog import RefundDialog

log = logging.getLogger(__name__)


def _is_code(text: str) -> bool:
    """A member code as scanned or typed (a miss on it is an error, not a search)."""
    t = text.strip()
    return t[:1] in ("M", "m") and t[1:].isdigit()


class CheckoutScreen(QWidget):
    """Scan field, error and confirmation lines, member panel, sale panel, F-key bar."""

    # A member was looked up and is shown (member id). The sale flow starts here.
    sig_member_found = Signal(str)
    # A lookup or an action was refused (the text shown to the clerk).
    sig_lookup_failed = Signal(str)
    # A sale, refund or redemption was recorded (the confirmation shown).
    sig_recorded = Signal(str)

    def __init__(self, services: DeviceServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        # The signed-in staff member's user name, named on every command made here.
        self.staff: str | None = None
        self._generation = 0
        self._busy = False
        self._refreshing = False
        self.dialog: QWidget | None = None  # the enrol/redeem/refund dialog that is open
        # The last sale recorded here (its result, the member after it, when): F8 prints it.
        self.last_sale: tuple[dict[str, Any], MemberCard, datetime] | None = None
        # None: the default printer, or PDFs in the user's documents when there is none.
        self.receipts_folder: Path | None = None

        self.scan_field = QLineEdit(self)
        self.scan_field.setObjectName("scanField")
        self.scan_field.setPlaceholderText(
            self.tr("Scan the member card, or type member no. / mobile, then Enter")
        )
        self.scan_field.setFont(theme.scaled_font(self.font(), 2.0))
        self.scan_field.setMinimumHeight(self.scan_field.sizeHint().height() + 16)
        self.scan_field.returnPressed.connect(self._field_entered)

        self.pick_list = MemberPickList(self)
        self.pick_list.sig_picked.connect(self._picked)
        self.pick_list.sig_dismissed.connect(self._pick_dismissed)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("scanError")
        self.error_label.setWordWrap(True)
        self.error_label.setFont(theme.scaled_font(self.font(), 1.5, bold=True))
        self.error_label.setStyleSheet(
            f"color: {theme.DANGER}; background-color: {theme.DANGER_BACKGROUND};"
            f" border: 2px solid {theme.DANGER}; border-radius: 4px; padding: 8px;"
        )
        self.error_label.hide()

        self.done_label = QLabel(self)
        self.done_label.setObjectName("confirmation")
        self.done_label.setWordWrap(True)
        self.done_label.setFont(theme.scaled_font(self.font(), 1.4, bold=True))
        self.done_label.setStyleSheet(
            f"color: {theme.SUCCESS}; background-color: #E9F7EF;"
            f" border: 2px solid {theme.SUCCESS}; border-radius: 4px; padding: 8px;"
        )
        self.done_label.hide()

        self.panel = MemberPanel(self, scale=1.6)
        self.panel.set_hint(self.tr("Scan a member card to begin"))
        self.panel.setFrameShape(QFrame.Shape.NoFrame)
        self.sale = SalePanel(services, self)
        self.today = TodayStrip(self)
        self.sale.sig_context.connect(self.today.set_context)
        member_column = QVBoxLayout()
        member_column.setContentsMargins(0, 0, 0, 0)
        member_column.addWidget(self.panel)
        member_column.addWidget(self.today)
        member_column.addStretch(1)
        self.member_column = QWidget(self)
        self.member_column.setLayout(member_column)
        self.sale.sig_complete_requested.connect(self.complete)
        self.sale.sig_settled.connect(self._sale_settled)
        # Enter pressed while the figures were still being worked out: complete once they are.
        self._deferred: tuple[Override | None] | None = None

        for column in (self.member_column, self.sale):
            # Columns keep their share of the width whatever their texts say.
            column.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        middle = QHBoxLayout()
        middle.setSpacing(16)
        middle.addWidget(self.member_column, 5)
        middle.addWidget(self.sale, 4)

        self.key_bar = KeyBar(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 12)
        layout.setSpacing(12)
        layout.addWidget(self.scan_field)
        layout.addWidget(self.pick_list)
        layout.addWidget(self.error_label)
        layout.addWidget(self.done_label)
        layout.addLayout(middle, 1)
        layout.addWidget(self.key_bar)
        self.setFocusProxy(self.scan_field)
        # Where the next keystroke goes must be visible from a step back.
        self.setStyleSheet(
            "QLineEdit { border: 2px solid #AAB7B8; border-radius: 4px; padding: 2px 6px;"
            " background: white; }"
            "QLineEdit:focus { border: 3px solid #1F4E9E; background: #F4F8FD; }"
        )

        self.help = HelpOverlay(self)
        for key, label, action in (
            ("F1", self.tr("Help"), self.help.toggle),
            ("F2", self.tr("Look up"), self.look_up),
            ("F3", self.tr("Enrol"), self.enrol),
            ("F4", self.tr("Redeem"), self.redeem),
            ("F5", self.tr("Refund"), self.refund),
            ("F8", self.tr("Receipt"), self.print_receipt),
            ("F9", self.tr("Most points"), self.sale.use_most_points),
            ("F12", self.tr("Complete"), self.complete),
            ("Esc", self.tr("Clear"), self.escape),
        ):
            self.key_bar.add(key, label, action)

        self.scanner = ScanFilter(self, exempt=lambda w: w is self.scan_field)
        self.scanner.sig_scanned.connect(self.submit_key)
        self.scanner.install()

    # --- public ---------------------------------------------------------------

    def submit_key(self, key: str) -> None:
        """Look up a scanned or typed key and show the member (or why not)."""
        text = key.strip()
        self.scan_field.clear()
        self.pick_list.cancel()
        if not text:
            self._ready()
            return
        self._generation += 1
        generation = self._generation
        if _is_code(text):
            self._find_here(generation, text)
            return
        services = self.services
        self._busy = True
        (
            Op(self, lambda: services.find(text))
            .success(lambda card: self._found(generation, card))
            .failure(lambda err: self._refused(generation, text, err))
            .finished(lambda: self._finished(generation))
            .run()
        )

    def clear(self) -> None:
        """Forget the member, the sale and any message; ready for the next scan."""
        self._generation += 1  # a lookup still running no longer matters
        self._busy = False
        self._deferred = None
        self.pick_list.cancel()
        self.scan_field.clear()
        self.error_label.hide()
        self.error_label.clear()
        self.done_label.hide()
        self.panel.clear()
        self.sale.clear()
        self._ready()

    def escape(self) -> None:
        """Esc: hide the help if it is up, else clear everything."""
        if self.help.isVisible():
            self.help.hide()
            return
        self.clear()

    def card(self) -> MemberCard | None:
        return self.panel.card()

    def is_busy(self) -> bool:
        return (
            self._busy
            or self.pick_list.is_searching()
            or self._refreshing
            or self._deferred is not None
            or self.sale.busy()
            or self.scanner.holding()
        )

    def resume(self) -> None:
        """Back from the lock screen: the amount if a member is shown, else the scan field."""
        later(0, self, self._after_lookup)

    def print_receipt(self) -> None:
        """F8: the last sale's receipt, on the printer (or as a PDF)."""
        if self.last_sale is None:
            self._say_error(self.tr("No sale to print yet."))
            return
        from pos import receipt

        result, card, at = self.last_sale
        try:
            where = receipt.print_receipt(
                receipt.receipt_html(result, card, at),
                str(result.get("receipt_no", "")),
                self.receipts_folder,
            )
        except OSError as err:
            self._say_error(self.tr("The receipt could not be printed: {error}").format(error=err))
            return
        self._say_done(self.tr("Receipt printed: {where}").format(where=where))

    def look_up(self) -> None:
        """F2: the scan field, emptied, for typing a member no. or mobile."""
        self.scan_field.clear()
        self.scan_field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def complete(self) -> None:
        """Record the sale as shown; back to ready with a confirmation line."""
        self._complete(None)

    def enrol(self) -> None:
        """F3: enrol a new member; the sale continues with them."""
        from pos.enrol_dialog import EnrolDialog

        dialog = EnrolDialog(self.services, self, staff=self.staff)
        dialog.accepted.connect(lambda: self._enrolled(dialog))
        self._open(dialog)

    def redeem(self) -> None:
        """F4: redeem a reward for the member shown."""
        from pos.redeem_dialog import RedeemDialog

        card = self.card()
        if card is None:
            self._say_error(self.tr("Scan the member card first."))
            return
        dialog = RedeemDialog(self.services, card, self, staff=self.staff)
        dialog.accepted.connect(lambda: self._redeemed(dialog))
        self._open(dialog)

    def refund(self) -> None:
        """F5: refund a sale, by receipt number or from the member's recent sales."""
        from pos.refund_dialog import RefundDialog

        dialog = RefundDialog(self.services, self.card(), self, staff=self.staff)
        dialog.accepted.connect(lambda: self._refunded(dialog))
        self._open(dialog)

    # --- internals: lookups -----------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # After the window is mapped, or activation steals the focus back.
        later(0, self, self._ready)

    def _field_entered(self) -> None:
        self.submit_key(self.scan_field.text())

    def _find_here(self, generation: int, code: str) -> None:
        """A scanned member code, looked up on the UI thread.

        The card is an index lookup of a few milliseconds (``bench/core_lookup.py``);
        the worker's two thread hops cost more than that on a busy till, and the panel
        must be painted within a frame of the scan. Names and phone numbers, which may
        mean a search, still go to the worker.
        """
        try:
            card = self.services.find(code)
        except DomainError as err:
            self._refused(generation, code, err)
        except Exception:  # a bug, not a refusal: logged as the worker logs it
            log.exception("looking up %s failed", code)
        else:
            self._found(generation, card)
        self._finished(generation)

    def _found(self, generation: int, card: MemberCard) -> None:
        if generation != self._generation:
            return
        self.error_label.hide()
        self.done_label.hide()
        self.panel.set_card(card)
        self.sale.set_member(card)
        self.sig_member_found.emit(card.id)

    def _refused(self, generation: int, scanned: str, err: DomainError) -> None:
        if generation != self._generation:
            return
        # Never leave the previous member on screen under a failed scan.
        self.panel.clear()
        self.sale.set_member(None)
        if err.code in ("ambiguous_member", "member_not_found") and not _is_code(scanned):
            self._search(scanned, err)
            return
        self._say_error(error_text(err), self.tr("Scanned: {text}").format(text=scanned))

    def _search(self, text: str, err: DomainError) -> None:
        """Last four digits shared by several members, a name, pinyin initials: a pick list."""

        def nothing() -> None:
            self._say_error(error_text(err), self.tr("Scanned: {text}").format(text=text))
            self._ready()

        self.error_label.hide()
        self.done_label.hide()
        self.pick_list.search(self.services, text, nothing=nothing)

    def _picked(self, code: str) -> None:
        self.pick_list.cancel()
        self.submit_key(code)

    def _pick_dismissed(self) -> None:
        self.pick_list.cancel()
        self._ready()

    def _finished(self, generation: int) -> None:
        if generation == self._generation:
            self._busy = False
            if not self.pick_list.is_searching():
                self._after_lookup()

    def _after_lookup(self) -> None:
        # A member shown: the amount is next. Otherwise the scan field.
        if self.card() is not None and self.isVisible():
            self.sale.amount_field.setFocus(Qt.FocusReason.OtherFocusReason)
            self.sale.amount_field.selectAll()
        else:
            self._ready()

    def _ready(self) -> None:
        if self.isVisible():
            self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _say_error(self, text: str, tooltip: str = "") -> None:
        self.done_label.hide()
        self.error_label.setText(text)
        self.error_label.setToolTip(tooltip)
        self.error_label.show()
        self.sig_lookup_failed.emit(text)

    def _say_done(self, text: str) -> None:
        self.error_label.hide()
        self.done_label.setText(text)
        self.done_label.show()
        self.sig_recorded.emit(text)

    def _refresh_card(self) -> None:
        card = self.card()
        if card is None:
            return
        services, member_id = self.services, card.id
        generation = self._generation
        self._refreshing = True
        (
            Op(self, lambda: services.card(member_id))
            .success(lambda c: self._refreshed(generation, c))
            .finished(lambda: setattr(self, "_refreshing", False))
            .run()
        )

    def _refreshed(self, generation: int, card: MemberCard) -> None:
        # The same member after a redemption or refund: new balances, messages kept.
        if generation == self._generation and self.card() is not None:
            self.panel.set_card(card)
            self.sale.set_member(card)

    # --- internals: the sale ----------------------------------------------------

    def _complete(self, override: Override | None) -> None:
        if self._busy or self.dialog is not None:
            return
        card = self.card()
        if card is None:
            self._say_error(self.tr("Scan the member card first."))
            self._ready()
            return
        if self.sale.busy():
            # What the clerk sees is about to change (points following the bill, a new
            # coupon's discount): complete what will be shown, not what was shown before.
            self._deferred = (override,)
            return
        if self.sale.is_empty():
            self._say_error(self.tr("Type the amount of the sale first."))
            self.sale.amount_field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            request = self.sale.request()
        except DomainError as err:
            self._sale_refused(err)
            return
        services, code, staff = self.services, card.code, self.staff

        def record() -> tuple[Applied, MemberCard]:
            applied = services.record_sale(
                request.lines,
                member_key=code,
                points_to_spend=request.points,
                coupon_code=request.coupon_code,
                override=override,
                staff=staff,
            )
            return applied, services.card(card.id)

        self._busy = True
        generation = self._generation
        (
            Op(self, record)
            .success(lambda done: self._sale_recorded(generation, *done))
            .failure(self._sale_refused)
            .finished(lambda: setattr(self, "_busy", False))
            .run()
        )

    def _sale_settled(self) -> None:
        if self._deferred is not None:
            (override,) = self._deferred
            self._deferred = None
            self._complete(override)

    def _sale_recorded(self, generation: int, applied: Applied, card: MemberCard) -> None:
        text = outcomes.sale_recorded(applied.result, card)
        self.last_sale = (dict(applied.result), card, clock.now())
        if generation == self._generation:
            self.clear()
        self._say_done(text)

    def _sale_refused(self, err: DomainError) -> None:
        from pos.override_dialog import ask_override, needs_override

        self._busy = False
        if needs_override(err):
            ask_override(
                self,
                self.services,
                error_text(err),
                then=self._complete,
                otherwise=lambda: self._say_error(
                    self.tr("Not completed: nothing was recorded and no points were spent.")
                ),
            )
            return
        self._say_error(error_text(err))
        self.sale.amount_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sale.amount_field.selectAll()

    # --- internals: dialogs -------------------------------------------------------

    def _open(self, dialog: QWidget) -> None:
        if self.dialog is not None:
            return
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._dialog_closed)
        dialog.finished.connect(self._dialog_finished)  # type: ignore[attr-defined]
        dialog.open()  # type: ignore[attr-defined]

    def _dialog_finished(self, _result: int) -> None:
        self.dialog = None
        # The next keystroke (or scan) belongs to the checkout again, not to nothing.
        self.window().activateWindow()
        later(0, self, self._after_lookup)

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _enrolled(self, dialog: EnrolDialog) -> None:
        if dialog.member_code:
            self.submit_key(dialog.member_code)

    def _redeemed(self, dialog: RedeemDialog) -> None:
        self._say_done(outcomes.redeemed(dialog.outcome or {}))
        self._refresh_card()

    def _refunded(self, dialog: RefundDialog) -> None:
        self._say_done(outcomes.refunded(dialog.outcome or {}))
        self._refresh_card()
