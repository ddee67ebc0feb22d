"""The member detail's Benefits tab: what the member's tier gives, how much of each quota
this period has used, the uses so far, and granting a benefit that is handed out on request
(a birthday gift, free-shipping coupons).

Granting is the ``use_benefit`` command, as at a till: the core checks the quota (and, for
a birthday gift, the birthday month) and records the use; the page shows what it refused.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from core.coupon_templates import format_percent
from core.member_records import BenefitLine, BenefitUseLine
from desktop.record_tables import RecordsModel, RecordsView
from ui import theme
from ui.i18n import QT_TRANSLATE_NOOP

#: Benefits a member asks for and staff hand out; the others apply at every sale.
GRANTED_ON_REQUEST = frozenset({"birthday_gift", "free_shipping_coupon"})

_PERIODS = {
    "day": QT_TRANSLATE_NOOP("BenefitsModel", "today ({key})"),
    "week": QT_TRANSLATE_NOOP("BenefitsModel", "this week ({key})"),
    "month": QT_TRANSLATE_NOOP("BenefitsModel", "this month ({key})"),
    "year": QT_TRANSLATE_NOOP("BenefitsModel", "this year ({key})"),
    "membership_year": QT_TRANSLATE_NOOP("BenefitsModel", "this membership year"),
    "lifetime": QT_TRANSLATE_NOOP("BenefitsModel", "ever"),
}


def benefit_text(kind: str | None, value: int) -> str:
    """A benefit in words, e.g. "5% off every purchase" or "Birthday gift: 200 points"."""
    if kind == "discount":
        return QCoreApplication.translate("BenefitsModel", "{percent}% off every purchase").format(
            percent=format_percent(value)
        )
    if kind == "points_multiplier":
        # value is a percent: 150 earns 1.5 times the points
        return QCoreApplication.translate("BenefitsModel", "Points ×{times}").format(
            times=format_percent(value)
        )
    if kind == "birthday_gift":
        if value:
            return QCoreApplication.translate(
                "BenefitsModel", "Birthday gift: {points:,} points"
            ).format(points=value)
        return QCoreApplication.translate("BenefitsModel", "Birthday gift")
    if kind == "free_shipping_coupon":
        return QCoreApplication.translate("BenefitsModel", "Free-shipping coupon")
    if kind == "priority_service":
        return QCoreApplication.translate("BenefitsModel", "Priority service")
    return QCoreApplication.translate("BenefitsModel", "(no longer in the rulebook)")


class BenefitsModel(RecordsModel[BenefitLine]):
    """The tier's benefits: what each gives, its quota period, used and left."""

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Benefit"), self.tr("Quota period"), self.tr("Used"), self.tr("Left"))

    def right_aligned(self) -> frozenset[int]:
        return frozenset({2, 3})

    def cell(self, row: BenefitLine, col: int) -> str:
        if col == 0:
            return benefit_text(row.kind, row.value)
        if col == 1:
            if row.quota is None:
                return self.tr("no quota")
            template = _PERIODS.get(row.period or "lifetime", _PERIODS["lifetime"])
            return QCoreApplication.translate("BenefitsModel", template).format(key=row.period_key)
        if col == 2:
            return str(row.used) if row.quota is not None else ""
        if row.left is None:
            return self.tr("unlimited")
        return self.tr("{left} of {quota}").format(left=row.left, quota=row.quota)

    def colour(self, row: BenefitLine, col: int) -> str | None:
        if col == 3 and row.left == 0:
            return theme.DANGER
        return None


class BenefitUsesModel(RecordsModel[BenefitUseLine]):
    """Uses of benefits, newest first."""

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("Benefit"),
            self.tr("Period"),
            self.tr("Store"),
            self.tr("Staff"),
        )

    def cell(self, row: BenefitUseLine, col: int) -> str:
        if col == 0:
            return row.at.strftime("%Y-%m-%d %H:%M")
        if col == 1:
            return benefit_text(row.kind, 0) if row.kind else row.benefit_id
        if col == 2:
            return row.period_key
        if col == 3:
            return row.store_code or ""
        return row.staff or ""


class BenefitsTab(QWidget):
    """Two tables and the grant button; the page reads the lines and runs the grant."""

    # The benefit id to grant to the member shown.
    sig_grant = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("benefitsTab")
        self.benefits_model = BenefitsModel(self)
        self.benefits_view = RecordsView(self.benefits_model, self)
        self.benefits_view.setObjectName("benefitsView")
        for col, width in enumerate((220, 150, 60)):  # "Left" stretches
            self.benefits_view.horizontalHeader().resizeSection(col, width)
        self.uses_model = BenefitUsesModel(self)
        self.uses_view = RecordsView(self.uses_model, self)
        self.uses_view.setObjectName("benefitUsesView")
        for col, width in enumerate((130, 160, 80, 60)):  # "Staff" stretches
            self.uses_view.horizontalHeader().resizeSection(col, width)
        self.tier_caption = QLabel(self)
        self.uses_caption = QLabel(self.tr("Uses, newest first"), self)
        for caption in (self.tier_caption, self.uses_caption):
            caption.setFont(theme.scaled_font(self.font(), 1.1, bold=True))
        self.grant_button = QPushButton(self.tr("Grant the selected benefit"), self)
        self.grant_button.setObjectName("grantBenefit")
        self.grant_button.setToolTip(
            self.tr("Birthday gifts and free-shipping coupons are handed out on request.")
        )
        self.grant_button.setEnabled(False)
        self.grant_button.clicked.connect(self._grant)
        self.benefits_view.selectionModel().currentRowChanged.connect(self._selected)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tier_caption)
        layout.addWidget(self.benefits_view, 2)
        layout.addWidget(self.grant_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.uses_caption)
        layout.addWidget(self.uses_view, 3)
        self._enabled = False

    def set_lines(
        self,
        tier_name: str,
        benefits: Sequence[BenefitLine],
        uses: Sequence[BenefitUseLine],
        *,
        can_grant: bool,
    ) -> None:
        """Show the member's benefits; ``can_grant`` is false for a closed member."""
        chosen = self.selected()
        self.tier_caption.setText(
            self.tr("Benefits of {tier}").format(tier=tier_name)
            if benefits
            else self.tr("The {tier} tier has no benefits.").format(tier=tier_name)
        )
        self.benefits_model.set_rows(benefits)
        self.uses_model.set_rows(uses)
        self._enabled = can_grant
        rows = self.benefits_model.rows()
        again = next(
            (i for i, b in enumerate(rows) if chosen and b.benefit_id == chosen.benefit_id), None
        )
        if again is not None:
            self.benefits_view.selectRow(again)
        self._selected()

    def clear(self) -> None:
        self.tier_caption.clear()
        self.benefits_model.set_rows([])
        self.uses_model.set_rows([])
        self._enabled = False
        self._selected()

    def selected(self) -> BenefitLine | None:
        index = self.benefits_view.currentIndex()
        rows = self.benefits_model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _selected(self, *_args: object) -> None:
        line = self.selected()
        self.grant_button.setEnabled(
            self._enabled
            and line is not None
            and line.kind in GRANTED_ON_REQUEST
            and line.left != 0
        )

    def _grant(self) -> None:
        line = self.selected()
        if line is not None and self.grant_button.isEnabled():
            self.grant_button.setEnabled(False)  # until the page reads the member again
            self.sig_grant.emit(line.benefit_id)
