"""Dialogs that change a member's points: a manual adjustment, freezing, cancelling a redemption.

Each dialog runs its change itself (``ui.ops.Op``) and is accepted only once
the core has recorded it; a refusal is said inside the dialog, in plain words,
and nothing was written. A reason is always required: the dialog says so
before asking the core.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.apply import Applied
from core.codes import mask_name
from core.directory import MemberCard
from core.member_records import RedemptionLine
from core.services import DeviceServices
from ui import theme
from ui.i18n import error_text
from ui.ops import Op

# The largest single adjustment; more is almost certainly a typing slip.
MAX_ADJUSTMENT = 1_000_000


def _error_label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(
        f"color: {theme.DANGER}; background-color: {theme.DANGER_BACKGROUND};"
        " border-radius: 4px; padding: 6px; font-weight: bold;"
    )
    label.hide()
    return label


class _ChangeDialog(QDialog):
    """Shared shape: a form, an error line, OK/Cancel; OK runs ``_change`` off the UI thread."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.applied: Applied | None = None
        self._busy = False
        self.form = QFormLayout()
        self.error_label = _error_label(self, "dialogError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def is_busy(self) -> bool:
        return self._busy

    def confirm(self) -> None:
        """Check what was typed, then ask the core; accepted once it is recorded."""
        if self._busy:
            return
        change = self._prepare()
        if change is None:
            return
        self._busy = True
        self.ok_button.setEnabled(False)
        (
            Op(self, change)
            .success(self._recorded)
            .failure(lambda err: self.show_error(error_text(err)))
            .finished(self._done)
            .run()
        )

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _prepare(self) -> Callable[[], Applied] | None:
        """The change to run, or None after saying what is missing."""
        raise NotImplementedError

    def _recorded(self, applied: Applied) -> None:
        self.applied = applied
        self.accept()

    def _done(self) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)


class AdjustPointsDialog(_ChangeDialog):
    """Add or take away points by hand, with the reason that goes into the ledger."""

    def __init__(
        self, services: DeviceServices, card: MemberCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("adjustPointsDialog")
        self.setWindowTitle(self.tr("Adjust points"))
        self.setMinimumWidth(480)
        self.services = services
        self.card = card
        self.intro.setText(
            self.tr("{name} ({code}) has {available:,} points available.").format(
                name=mask_name(card.name), code=card.code, available=card.points.available
            )
        )
        self.points_field = QSpinBox(self)
        self.points_field.setObjectName("adjustPoints")
        self.points_field.setRange(-MAX_ADJUSTMENT, MAX_ADJUSTMENT)
        self.points_field.setGroupSeparatorShown(True)
        self.points_field.setToolTip(self.tr("Positive adds points, negative takes them away"))
        self.reason_field = QLineEdit(self)
        self.reason_field.setObjectName("adjustReason")
        self.reason_field.setMaxLength(500)
        self.reason_field.setPlaceholderText(
            self.tr("e.g. goodwill for a late delivery, ticket 2031")
        )
        self.form.addRow(self.tr("Points (+ or −)"), self.points_field)
        self.form.addRow(self.tr("Reason"), self.reason_field)
        self.ok_button.setText(self.tr("Adjust"))
        self.reason_field.returnPressed.connect(self.confirm)
        self.points_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _prepare(self) -> Callable[[], Applied] | None:
        points = self.points_field.value()
        reason = self.reason_field.text().strip()
        if points == 0:
            self.show_error(self.tr("Enter the number of points to add (or, with −, to take)."))
            self.points_field.setFocus()
            return None
        if not reason:
            self.show_error(self.tr("Say why the points are adjusted: the reason is kept."))
            self.reason_field.setFocus()
            return None
        services, code = self.services, self.card.code
        return lambda: services.adjust(code, points, reason)


class FreezeDialog(_ChangeDialog):
    """Freeze a points account (no earning, no spending) or unfreeze it, with a reason."""

    def __init__(
        self, services: DeviceServices, card: MemberCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("freezeDialog")
        self.setMinimumWidth(480)
        self.services = services
        self.card = card
        self.freezing = not card.frozen
        name = mask_name(card.name)
        if self.freezing:
            self.setWindowTitle(self.tr("Freeze points"))
            self.intro.setText(
                self.tr(
                    "While frozen, {name} ({code}) earns no points and cannot spend any."
                ).format(name=name, code=card.code)
            )
            self.ok_button.setText(self.tr("Freeze"))
        else:
            self.setWindowTitle(self.tr("Unfreeze points"))
            self.intro.setText(
                self.tr("{name} ({code}) will earn and spend points again.").format(
                    name=name, code=card.code
                )
            )
            self.ok_button.setText(self.tr("Unfreeze"))
        self.reason_field = QLineEdit(self)
        self.reason_field.setObjectName("freezeReason")
        self.reason_field.setMaxLength(500)
        self.form.addRow(self.tr("Reason"), self.reason_field)
        self.reason_field.returnPressed.connect(self.confirm)
        self.reason_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _prepare(self) -> Callable[[], Applied] | None:
        reason = self.reason_field.text().strip()
        if not reason:
            self.show_error(self.tr("Give a reason: it is kept with the change."))
            self.reason_field.setFocus()
            return None
        services, code, frozen = self.services, self.card.code, self.freezing
        return lambda: services.freeze(code, frozen, reason)


class CancelRedemptionDialog(_ChangeDialog):
    """Cancel a redemption: the points and the stock go back; the reason is kept."""

    def __init__(
        self, services: DeviceServices, redemption: RedemptionLine, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cancelRedemptionDialog")
        self.setWindowTitle(self.tr("Cancel redemption"))
        self.setMinimumWidth(480)
        self.services = services
        self.redemption = redemption
        reward = redemption.reward_name or redemption.sku
        self.intro.setText(
            self.tr(
                "Cancel {reward} × {qty} redeemed on {when}: {points:,} points go back to the"
                " member and the reward back to stock."
            ).format(
                reward=reward,
                qty=redemption.qty,
                when=redemption.at.strftime("%Y-%m-%d %H:%M"),
                points=redemption.points,
            )
        )
        self.reason_field = QLineEdit(self)
        self.reason_field.setObjectName("cancelReason")
        self.reason_field.setMaxLength(500)
        self.form.addRow(self.tr("Reason"), self.reason_field)
        self.ok_button.setText(self.tr("Cancel redemption"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))
        self.reason_field.returnPressed.connect(self.confirm)
        self.reason_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _prepare(self) -> Callable[[], Applied] | None:
        reason = self.reason_field.text().strip()
        if not reason:
            self.show_error(self.tr("Give a reason: it is kept with the change."))
            self.reason_field.setFocus()
            return None
        services, redemption_id = self.services, self.redemption.id
        return lambda: services.cancel_redemption(redemption_id, reason)
