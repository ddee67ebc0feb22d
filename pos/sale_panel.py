"""The sale being rung up: amount, lines, coupon, points as cash, what to pay and what it earns.

Every edit asks for a fresh quote (``core.quote``) on the database worker; an
answer that arrives after a newer edit is dropped. Enter in the amount or points
field asks the screen to complete the sale (``sig_complete_requested``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.directory import MemberCard
from core.errors import DomainError, InsufficientPoints, PointsCashLimit
from core.money import format_fen, parse_yuan
from core.quote import SaleContext, SaleQuote, quote_sale, sale_context
from core.services import DeviceServices, SaleLineInput
from pos import wording
from ui import theme
from ui.i18n import error_text
from ui.ops import Op
from ui.timers import later


@dataclass(frozen=True)
class SaleRequest:
    """What the clerk asked for, ready for ``DeviceServices.record_sale``."""

    lines: list[SaleLineInput]
    points: int
    coupon_code: str | None


class SalePanel(QFrame):
    """Amount and payment of the current sale, with a live preview."""

    # Enter in a field of the sale: the screen completes it.
    sig_complete_requested = Signal()
    # The figures shown are the answer to the latest edit (no quote on its way).
    sig_settled = Signal()
    # The member's rates, coupons and campaigns of today (a SaleContext; None: no member).
    sig_context = Signal(object)

    def __init__(self, services: DeviceServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("salePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.services = services
        self._card: MemberCard | None = None
        self._context: SaleContext | None = None
        self._quote: SaleQuote | None = None
        self._lines: list[SaleLineInput] = []
        self._generation = 0
        self._pending = False  # a context or quote is on its way
        # F9: the points follow the bill (most allowed) until the clerk types a figure.
        self._use_most = False
        base = theme.scaled_font(self.font(), 1.4)
        self.setFont(base)

        self.amount_field = QLineEdit(self)
        self.amount_field.setObjectName("amountField")
        self.amount_field.setPlaceholderText(self.tr("e.g. 128.50"))
        self.amount_field.setFont(theme.scaled_font(base, 1.5, bold=True))
        self.amount_field.setMinimumHeight(self.amount_field.sizeHint().height() + 12)
        self.category_box = QComboBox(self)
        self.category_box.setObjectName("categoryBox")
        self.add_line_button = QPushButton(self.tr("Add line"), self)
        self.add_line_button.setObjectName("addLine")
        self.add_line_button.setToolTip(self.tr("Keep this amount as a line and type the next"))
        category_row = QHBoxLayout()
        category_row.addWidget(self.category_box, 1)
        category_row.addWidget(self.add_line_button)

        self.lines_label = QLabel(self)
        self.lines_label.setObjectName("saleLines")
        self.lines_label.setStyleSheet(f"color: {theme.MUTED};")
        self.lines_label.hide()

        self.coupon_box = QComboBox(self)
        self.coupon_box.setObjectName("couponBox")
        self.points_field = QLineEdit(self)
        self.points_field.setObjectName("pointsField")
        self.points_field.setValidator(QIntValidator(0, 999_999_999, self))
        self.points_field.setPlaceholderText("0")
        self.max_points_button = QPushButton(self.tr("Use most (F9)"), self)
        self.max_points_button.setObjectName("maxPoints")
        points_row = QHBoxLayout()
        points_row.addWidget(self.points_field, 1)
        points_row.addWidget(self.max_points_button)
        self.points_hint = QLabel(self)
        self.points_hint.setObjectName("pointsHint")
        self.points_hint.setStyleSheet(f"color: {theme.MUTED};")
        self.points_hint.setWordWrap(True)

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("saleProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(f"color: {theme.DANGER}; font-weight: bold;")
        self.problem_label.hide()

        self.gross_value = QLabel(self)
        self.tier_value = QLabel(self)
        self.coupon_value = QLabel(self)
        self.points_value = QLabel(self)
        for label, name in (
            (self.gross_value, "grossValue"),
            (self.tier_value, "tierDiscountValue"),
            (self.coupon_value, "couponDiscountValue"),
            (self.points_value, "pointsCashValue"),
        ):
            label.setObjectName(name)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total_value = QLabel(self)
        self.total_value.setObjectName("totalToPay")
        self.total_value.setFont(theme.big_number_font(self.font()))
        self.total_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.earn_label = QLabel(self)
        self.earn_label.setObjectName("earnPreview")
        self.earn_label.setFont(theme.scaled_font(base, 1.2, bold=True))
        self.earn_label.setStyleSheet(f"color: {theme.SUCCESS};")
        self.earn_label.setWordWrap(True)
        self.breakdown_label = QLabel(self)
        self.breakdown_label.setObjectName("earnBreakdown")
        self.breakdown_label.setWordWrap(True)
        self.breakdown_label.setStyleSheet(f"color: {theme.MUTED};")

        self.complete_button = QPushButton(self.tr("Complete sale (Enter / F12)"), self)
        self.complete_button.setObjectName("completeSale")
        self.complete_button.setFont(theme.scaled_font(base, 1.2, bold=True))
        self.complete_button.setMinimumHeight(56)

        form = QFormLayout()
        form.addRow(self.tr("Amount"), self.amount_field)
        form.addRow(self.tr("Category"), category_row)
        form.addRow("", self.lines_label)
        form.addRow(self.tr("Coupon"), self.coupon_box)
        form.addRow(self.tr("Points as cash"), points_row)
        form.addRow("", self.points_hint)
        figures = QFormLayout()
        figures.addRow(self.tr("Goods"), self.gross_value)
        figures.addRow(self.tr("Tier discount"), self.tier_value)
        figures.addRow(self.tr("Coupon"), self.coupon_value)
        figures.addRow(self.tr("Paid with points"), self.points_value)
        total_caption = QLabel(self.tr("To pay"), self)
        total_caption.setFont(theme.scaled_font(base, 1.3, bold=True))
        figures.addRow(total_caption, self.total_value)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addLayout(figures)
        layout.addWidget(self.earn_label)
        layout.addWidget(self.breakdown_label)
        layout.addStretch(1)
        layout.addWidget(self.complete_button)

        self.amount_field.textEdited.connect(self._edited)
        self.points_field.textEdited.connect(self._points_typed)
        self.coupon_box.currentIndexChanged.connect(self._edited)
        self.category_box.currentIndexChanged.connect(self._edited)
        self.amount_field.returnPressed.connect(self.sig_complete_requested)
        self.points_field.returnPressed.connect(self.sig_complete_requested)
        self.complete_button.clicked.connect(self.sig_complete_requested)
        self.add_line_button.clicked.connect(self.add_line)
        self.max_points_button.clicked.connect(self.use_most_points)
        self._fill_categories(())
        self._fill_coupons()
        self._show_quote()

    # --- public ---------------------------------------------------------------

    def set_member(self, card: MemberCard | None) -> None:
        """The member the sale is for (None: nobody scanned yet); the amount typed stays."""
        self._card = card
        self._context = None
        self._use_most = False
        self.points_field.clear()
        self._fill_coupons()
        self.sig_context.emit(None)
        if card is None:
            self._requote()
            return
        generation = self._bump()
        self._pending = True
        # Asked once the loop comes round again: the member panel is painted first, and
        # the query does not hold the interpreter while it is.
        later(0, self, lambda: self._ask_context(generation, card))

    def _ask_context(self, generation: int, card: MemberCard) -> None:
        if generation != self._generation:
            return  # another member, or none, since
        services = self.services
        (
            Op(self, lambda: sale_context(services, card.id))
            .success(lambda ctx: self._context_ready(generation, ctx))
            .failure(lambda err: self._quote_failed(generation, err))
            .run()
        )

    def clear(self) -> None:
        """Empty the sale (after it was completed, or on Esc)."""
        self._lines.clear()
        self._use_most = False
        self.amount_field.clear()
        self.points_field.clear()
        self.category_box.setCurrentIndex(0)
        self.set_member(None)

    def quote(self) -> SaleQuote | None:
        return self._quote

    def is_empty(self) -> bool:
        """Nothing rung up yet: no line kept and no amount typed."""
        return not self._lines and not self.amount_field.text().strip()

    def request(self) -> SaleRequest:
        """The sale as typed; raises ``InvalidAmount`` if the amount is not understood."""
        lines = list(self._lines)
        text = self.amount_field.text().strip()
        if text or not lines:
            lines.append(SaleLineInput(parse_yuan(text), self._category()))
        return SaleRequest(lines=lines, points=self._points(), coupon_code=self._coupon())

    def add_line(self) -> None:
        """Keep the amount typed as a line of the sale (with its category)."""
        try:
            fen = parse_yuan(self.amount_field.text())
        except DomainError as err:
            self._show_problem(error_text(err))
            return
        self._lines.append(SaleLineInput(fen, self._category()))
        self.amount_field.clear()
        self.category_box.setCurrentIndex(0)
        self._requote()
        self.amount_field.setFocus()

    def use_most_points(self) -> None:
        """Pay as much as the rules and the member's points allow, as the bill changes too."""
        if self._card is None:
            return
        self._use_most = True
        if not self._pending and self._quote is not None:
            self._apply_most(self._quote)

    def _apply_most(self, quote: SaleQuote) -> bool:
        """Put the most points allowed for ``quote`` in the field; True if that changed it."""
        most = min(quote.max_points, self._spendable())
        if self._points() == most:
            return False
        self.points_field.setText(str(most) if most else "")
        self._requote()
        return True

    def _spendable(self) -> int:
        """What the member may spend here now: available points, within the offline bound."""
        available = max(0, self._card.points.available) if self._card else 0
        bound = self._context.offline_spendable if self._context else None
        return available if bound is None else min(available, bound)

    def _points_typed(self, *_args: object) -> None:
        self._use_most = False
        self._requote()

    def busy(self) -> bool:
        return self._pending

    # --- internals ------------------------------------------------------------

    def _bump(self) -> int:
        self._generation += 1
        return self._generation

    def _category(self) -> str | None:
        data = self.category_box.currentData()
        return data if isinstance(data, str) else None

    def _coupon(self) -> str | None:
        data = self.coupon_box.currentData()
        return data if isinstance(data, str) else None

    def _points(self) -> int:
        text = self.points_field.text().strip()
        return int(text) if text.isdigit() else 0

    def _fill_categories(self, codes: tuple[str, ...]) -> None:
        current = self._category()
        self.category_box.blockSignals(True)
        self.category_box.clear()
        self.category_box.addItem(self.tr("No category"), None)
        for code in codes:
            self.category_box.addItem(wording.category_text(code), code)
        index = self.category_box.findData(current) if current else 0
        self.category_box.setCurrentIndex(max(0, index))
        self.category_box.blockSignals(False)

    def _fill_coupons(self) -> None:
        self.coupon_box.blockSignals(True)
        self.coupon_box.clear()
        self.coupon_box.addItem(self.tr("No coupon"), None)
        for c in self._context.coupons if self._context else ():
            label = self.tr("{name}: {value} (until {date})").format(
                name=c.name,
                value=wording.coupon_value_text(c.kind, c.value),
                date=c.valid_until.strftime("%Y-%m-%d"),
            )
            self.coupon_box.addItem(label, c.code)
        self.coupon_box.setEnabled(self.coupon_box.count() > 1)
        self.coupon_box.blockSignals(False)

    def _context_ready(self, generation: int, ctx: SaleContext) -> None:
        if generation != self._generation or self._card is None:
            return
        self._context = ctx
        self.sig_context.emit(ctx)
        self._fill_categories(ctx.categories)
        self._fill_coupons()
        self._requote()

    def _edited(self, *_args: object) -> None:
        self._requote()

    def _requote(self) -> None:
        generation = self._bump()
        try:
            request = self.request()
        except DomainError as err:
            self._quote = None
            self._pending = False
            self._show_quote()
            if self.amount_field.text().strip():
                self._show_problem(error_text(err))
            self.sig_settled.emit()
            return
        if self._card is None or self._context is None:
            self._quote = None
            # Without a member there is nothing to ask; with one, its context is coming.
            self._pending = self._card is not None
            self._show_quote(gross=sum(li.amount_fen for li in request.lines))
            if not self._pending:
                self.sig_settled.emit()
            return
        services, member_id = self.services, self._card.id
        self._pending = True
        (
            Op(
                self,
                lambda: quote_sale(
                    services,
                    member_id,
                    request.lines,
                    coupon_code=request.coupon_code,
                    points=request.points,
                ),
            )
            .success(lambda q: self._quoted(generation, q))
            .failure(lambda err: self._quote_failed(generation, err))
            .run()
        )

    def _quoted(self, generation: int, quote: SaleQuote) -> None:
        if generation != self._generation:
            return
        if self._use_most and self._apply_most(quote):
            return  # asked again with the points that fit this bill
        self._pending = False
        self._quote = quote
        self._show_quote()
        self.sig_settled.emit()

    def _quote_failed(self, generation: int, err: DomainError) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self._quote = None
        self._show_quote()
        self._show_problem(error_text(err))
        self.sig_settled.emit()

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def _show_quote(self, gross: int | None = None) -> None:
        q = self._quote
        problems: list[str] = []
        lines = self._lines
        self.lines_label.setText(
            "  ".join(
                f"{format_fen(li.amount_fen)} {wording.category_text(li.category or '')}".strip()
                for li in lines
            )
        )
        self.lines_label.setVisible(bool(lines))
        if q is None:
            self.gross_value.setText(format_fen(gross or 0))
            for label in (self.tier_value, self.coupon_value, self.points_value):
                label.setText("—")
            self.total_value.setText(format_fen(gross or 0))
            self.earn_label.setText(
                self.tr("Scan the member card to earn points") if self._card is None else ""
            )
            self.breakdown_label.clear()
            self.points_hint.clear()
            self._show_problem("")
            return
        self.gross_value.setText(format_fen(q.gross_fen))
        self.tier_value.setText(format_fen(-q.tier_discount_fen))
        self.coupon_value.setText(format_fen(-q.coupon_discount_fen))
        self.points_value.setText(
            self.tr("{amount} ({points:,} points)").format(
                amount=format_fen(-q.points_cash_fen), points=q.points_used
            )
        )
        self.total_value.setText(format_fen(q.paid_fen))
        available = self._card.points.available if self._card else 0
        hint = self.tr("At most {most:,} points for this bill; {available:,} available").format(
            most=q.max_points, available=available
        )
        bound = self._context.offline_spendable if self._context else None
        if bound is not None and bound < available:
            hint += "\n" + self.tr(
                "Offline: {points:,} may be spent here until the next sync (more needs a manager)"
            ).format(points=bound)
        self.points_hint.setText(hint)
        if q.earn is not None:
            self.earn_label.setText(self.tr("Earns {points:,} points").format(points=q.earn.points))
            self.breakdown_label.setText(wording.breakdown_text(q.earn.parts))
        else:
            self.earn_label.clear()
            self.breakdown_label.clear()
        if q.coupon_problem:
            problems.append(
                self.tr("This coupon cannot be used: {reason}").format(
                    reason=wording.coupon_problem_text(q.coupon_problem)
                )
            )
        if q.points_used > q.max_points:
            problems.append(
                error_text(PointsCashLimit(max_points=q.max_points, requested=q.points_used))
            )
        elif self._card is not None and q.points_used > available:
            problems.append(
                error_text(
                    InsufficientPoints(
                        code=self._card.code, available=available, requested=q.points_used
                    )
                )
            )
        self._show_problem("\n".join(problems))
