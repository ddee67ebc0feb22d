"""A member at a glance: masked name, tier badge, available points in large type, warnings.

Shared by the back office (beside the members table) and the checkout screen.
What a clerk must not miss is loud: a frozen or closed membership is a red
banner across the top and the points figure is greyed out; a points debt is red.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from core.codes import mask_name, mask_phone
from core.directory import MemberCard
from core.money import format_fen
from core.tier_outlook import TierOutlook
from ui import theme
from ui.i18n import status_text


def _restyle(widget: QWidget, sheet: str) -> None:
    """Set ``sheet`` unless it is already set: each set re-parses and re-polishes, a scan's
    worth of time on a till."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


class MemberPanel(QFrame):
    """Shows one ``MemberCard`` (or a hint when there is none)."""

    def __init__(self, parent: QWidget | None = None, *, scale: float = 1.0) -> None:
        """``scale`` enlarges everything: 1.0 beside a table, about 1.6 on a till's screen."""
        super().__init__(parent)
        self.setObjectName("memberPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._card: MemberCard | None = None
        base = theme.scaled_font(self.font(), scale)
        self.setFont(base)

        self.status_banner = QLabel(self)
        self.status_banner.setObjectName("statusBanner")
        self.status_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_banner.setFont(theme.large_font(base))
        self.status_banner.setStyleSheet(
            f"background-color: {theme.DANGER}; color: white; font-weight: bold;"
            " padding: 6px; border-radius: 4px;"
        )
        self.status_banner.setWordWrap(True)

        self.name_label = QLabel(self)
        self.name_label.setObjectName("memberName")
        self.name_label.setFont(theme.headline_font(base))
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.tier_badge = QLabel(self)
        self.tier_badge.setObjectName("tierBadge")
        self.tier_badge.setFont(theme.scaled_font(base, 1.5, bold=True))
        self.tier_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)

        top = QHBoxLayout()
        top.addWidget(self.name_label)
        top.addSpacing(16)
        top.addWidget(self.tier_badge)
        top.addStretch(1)

        self.code_label = QLabel(self)
        self.code_label.setObjectName("memberCode")
        self.phone_label = QLabel(self)
        self.phone_label.setObjectName("memberPhone")
        ids = QHBoxLayout()
        ids.addWidget(self.code_label)
        ids.addSpacing(24)
        ids.addWidget(self.phone_label)
        ids.addStretch(1)

        # "Spend ¥1,200.00 more by 2026-12-31 to keep 金牌": what the clerk can tell the member.
        self.outlook_label = QLabel(self)
        self.outlook_label.setObjectName("tierOutlook")
        self.outlook_label.setFont(theme.scaled_font(base, 1.2))
        self.outlook_label.setStyleSheet(f"color: {theme.ADVICE};")
        self.outlook_label.setWordWrap(True)

        self.available_caption = QLabel(self.tr("Available points"), self)
        self.available_caption.setFont(theme.large_font(base))
        self.available_label = QLabel(self)
        self.available_label.setObjectName("availablePoints")
        self.available_label.setFont(theme.big_number_font(base))

        self.locked_label = QLabel(self)
        self.locked_label.setObjectName("lockedPoints")
        self.pending_label = QLabel(self)
        self.pending_label.setObjectName("pendingPoints")
        for label in (self.locked_label, self.pending_label):
            label.setFont(theme.large_font(base))
            label.setStyleSheet(f"color: {theme.MUTED};")
        secondary = QHBoxLayout()
        secondary.addWidget(self.locked_label)
        secondary.addSpacing(24)
        secondary.addWidget(self.pending_label)
        secondary.addStretch(1)

        self.debt_label = QLabel(self)
        self.debt_label.setObjectName("pointsDebt")
        self.debt_label.setFont(theme.scaled_font(base, 1.4, bold=True))
        self.debt_label.setStyleSheet(f"color: {theme.DANGER};")

        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("panelHint")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setFont(theme.large_font(base))
        self.hint_label.setStyleSheet(f"color: {theme.MUTED};")
        self.hint_label.setText(self.tr("No member selected"))

        # Set once, not on every card: each change is an event through every filter.
        self.name_label.setToolTip(self.tr("Name masked for privacy"))
        self.locked_label.setToolTip(
            self.tr("Earned recently; usable once the return window has passed")
        )
        self.pending_label.setToolTip(
            self.tr("Changes made on this device that the server has not confirmed yet")
        )
        self.debt_label.setToolTip(self.tr("Repaid automatically from future earnings"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.status_banner)
        layout.addLayout(top)
        layout.addLayout(ids)
        layout.addWidget(self.outlook_label)
        layout.addSpacing(8)
        layout.addWidget(self.available_caption)
        layout.addWidget(self.available_label)
        layout.addLayout(secondary)
        layout.addWidget(self.debt_label)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)
        self._show_details(False)

    # --- public ---------------------------------------------------------------

    def card(self) -> MemberCard | None:
        return self._card

    def set_hint(self, text: str) -> None:
        """What the empty panel says ("No member selected", "Scan a member card")."""
        self.hint_label.setText(text)

    def clear(self) -> None:
        self._card = None
        self._show_details(False)

    def set_card(self, card: MemberCard) -> None:
        self._card = card
        pts = card.points
        self.name_label.setText(mask_name(card.name))

        badge = theme.tier_badge(card.tier_rank)
        self.tier_badge.setText(card.tier_name)
        _restyle(self.tier_badge, badge.style_sheet())

        self.code_label.setText(self.tr("Member no. {code}").format(code=card.code))
        self.phone_label.setText(self.tr("Mobile {phone}").format(phone=mask_phone(card.phone)))

        usable = card.status == "active" and not card.frozen
        self.available_label.setText(f"{pts.available:,}")
        _restyle(
            self.available_label,
            "" if usable else f"color: {theme.MUTED}; text-decoration: line-through;",
        )

        self.locked_label.setText(self.tr("Locked {points:,}").format(points=pts.locked))
        self.locked_label.setVisible(pts.locked != 0)
        self.pending_label.setText(
            self.tr("Not yet uploaded {points:+,}").format(points=pts.pending_upload)
        )
        self.pending_label.setVisible(pts.pending_upload != 0)
        self.debt_label.setText(self.tr("Points owed {points:,}").format(points=pts.debt))
        self.debt_label.setVisible(pts.debt > 0)

        outlook = self.outlook_text(card.outlook)
        self.outlook_label.setText(outlook)
        self.outlook_label.setVisible(bool(outlook))

        banner = self._banner_text(card)
        self.status_banner.setText(banner)
        self.status_banner.setVisible(bool(banner))
        self._show_details(True)

    def outlook_text(self, outlook: TierOutlook | None) -> str:
        """One line to keep the tier (if at risk), one to reach the next (if any)."""
        if outlook is None:
            return ""
        lines = []
        for target, keep in ((outlook.keep, True), (outlook.reach, False)):
            if target is None or target.amount_needed <= 0:
                continue
            day = target.deadline.isoformat()
            if outlook.measure == "spend":
                amount = format_fen(target.amount_needed)
                text = (
                    self.tr("Spend {amount} more by {day} to keep {tier}")
                    if keep
                    else self.tr("Spend {amount} more by {day} to reach {tier}")
                )
            else:
                amount = f"{target.amount_needed:,}"
                text = (
                    self.tr("{amount} more growth by {day} to keep {tier}")
                    if keep
                    else self.tr("{amount} more growth by {day} to reach {tier}")
                )
            lines.append(text.format(amount=amount, day=day, tier=target.tier_name))
        return "\n".join(lines)

    # --- internals ------------------------------------------------------------

    def _banner_text(self, card: MemberCard) -> str:
        lines: list[str] = []
        if card.status == "closed":
            lines.append(self.tr("MEMBERSHIP CLOSED"))
        elif card.status == "frozen":
            lines.append(self.tr("MEMBERSHIP FROZEN"))
        elif card.status != "active":
            lines.append(
                self.tr("MEMBERSHIP NOT ACTIVE ({status})").format(status=status_text(card.status))
            )
        if card.frozen:
            lines.append(self.tr("POINTS FROZEN: no earning or spending"))
        return "\n".join(lines)

    def _show_details(self, shown: bool) -> None:
        for w in (
            self.name_label,
            self.tier_badge,
            self.code_label,
            self.phone_label,
            self.available_caption,
            self.available_label,
        ):
            w.setVisible(shown)
        if not shown:
            for w in (
                self.status_banner,
                self.outlook_label,
                self.locked_label,
                self.pending_label,
                self.debt_label,
            ):
                w.setVisible(False)
        self.hint_label.setVisible(not shown)
