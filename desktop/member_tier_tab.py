"""The member detail page's tier tab: the tier held and since when, the window's qualifying
total, what it takes to keep it or reach the next, and the tier changes on record.

It shows a :class:`core.tier_history.TierStanding` read on the database worker by the page;
the tab itself reads nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.money import format_fen
from core.tier_history import TierChange, TierStanding
from core.tiers import Target
from desktop.record_tables import RecordsModel, RecordsView, _when
from ui import theme


def _day(day: date) -> str:
    return day.isoformat()


class TierChangesModel(RecordsModel[TierChange]):
    """Recorded tier changes, newest first."""

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("When"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Change"),
            self.tr("Made by"),
        )

    def cell(self, row: TierChange, col: int) -> str:
        if col == 0:
            return _when(row.at)
        if col == 1:
            return row.from_name
        if col == 2:
            return row.to_name
        if col == 3:
            return self.change_text(row.change)
        if row.receipt_no:
            return self.tr("Sale {receipt}").format(receipt=row.receipt_no)
        return {
            "record_sale": self.tr("Sale"),
            "merge_members": self.tr("Merge of a duplicate"),
        }.get(row.made_by, self.tr("Tier evaluation"))

    def change_text(self, change: str) -> str:
        return {
            "upgrade": self.tr("Upgrade"),
            "downgrade": self.tr("Downgrade"),
            "grace_started": self.tr("Grace period started"),
            "kept": self.tr("Kept (qualifies again)"),
        }.get(change, change)

    def colour(self, row: TierChange, col: int) -> str | None:
        if col == 3 and row.change == "downgrade":
            return theme.DANGER
        if col == 3 and row.change == "upgrade":
            return theme.SUCCESS
        return None


class TierTab(QWidget):
    """Read-only: :meth:`set_standing` shows a member's tier, :meth:`clear` empties it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tierTab")
        self.tier_label = QLabel(self)
        self.tier_label.setObjectName("tierHeld")
        self.tier_label.setFont(theme.scaled_font(self.font(), 1.2, bold=True))
        self.grace_label = QLabel(self)
        self.grace_label.setObjectName("tierGrace")
        self.grace_label.setWordWrap(True)
        self.grace_label.setStyleSheet(f"color: {theme.DANGER};")
        self.window_label = QLabel(self)
        self.window_label.setObjectName("tierWindow")
        self.window_label.setWordWrap(True)
        self.projection_label = QLabel(self)
        self.projection_label.setObjectName("tierProjection")
        self.projection_label.setWordWrap(True)
        self.projection_label.setFont(theme.scaled_font(self.font(), 1.1, bold=True))
        self.history_caption = QLabel(self.tr("Tier changes, newest first"), self)
        self.history_caption.setFont(theme.scaled_font(self.font(), 1.1, bold=True))
        self.changes_model = TierChangesModel(self)
        self.changes_view = RecordsView(self.changes_model, self)
        self.changes_view.setObjectName("tierChanges")
        self.history_note = QLabel(self)
        self.history_note.setObjectName("tierHistoryNote")
        self.history_note.setWordWrap(True)
        self.history_note.setStyleSheet(f"color: {theme.MUTED};")

        layout = QVBoxLayout(self)
        layout.addWidget(self.tier_label)
        layout.addWidget(self.grace_label)
        layout.addWidget(self.window_label)
        layout.addWidget(self.projection_label)
        layout.addSpacing(8)
        layout.addWidget(self.history_caption)
        layout.addWidget(self.changes_view, 1)
        layout.addWidget(self.history_note)
        self.clear()

    def clear(self) -> None:
        for label in (self.tier_label, self.window_label, self.projection_label):
            label.setText("")
        self.grace_label.hide()
        self.changes_model.set_rows([])
        self.history_note.setText("")

    def set_standing(self, standing: TierStanding) -> None:
        self.tier_label.setText(
            self.tr("{tier} since {day}").format(tier=standing.tier_name, day=_day(standing.since))
        )
        if standing.grace_until is not None:
            self.grace_label.setText(
                self.tr(
                    "Grace period until {day}: the window no longer qualifies for {tier}; "
                    "it is kept until then and decided again."
                ).format(day=_day(standing.grace_until), tier=standing.tier_name)
            )
        self.grace_label.setVisible(standing.grace_until is not None)
        self.window_label.setText(self.window_text(standing))
        self.projection_label.setText(self.projection_text(standing))
        self.changes_model.set_rows(standing.changes)
        self.history_note.setText("" if standing.changes else self.tr("No tier change on record."))

    def amount_text(self, standing: TierStanding, amount: int) -> str:
        if standing.measure == "spend":
            return format_fen(amount)
        return self.tr("{value:,} growth").format(value=amount)

    def window_text(self, standing: TierStanding) -> str:
        if (
            standing.window_first is None
            or standing.window_last is None
            or standing.window_total is None
        ):
            return self.tr("No tier rules on this computer yet: the next sync brings them.")
        text = (
            self.tr("Qualifying spend {first} – {last}: {amount}")
            if standing.measure == "spend"
            else self.tr("Growth value {first} – {last}: {amount}")
        )
        return text.format(
            first=_day(standing.window_first),
            last=_day(standing.window_last),
            amount=self.amount_text(standing, standing.window_total),
        )

    def projection_text(self, standing: TierStanding) -> str:
        """ "Spend ¥1,200.00 more by 2026-12-31 to keep 金牌", and the next tier's line."""
        lines = []
        if standing.keep is not None:
            lines.append(self._target_text(standing, standing.keep, keep=True))
        elif standing.measure is not None:
            lines.append(
                self.tr("{tier} is secured for this window.").format(tier=standing.tier_name)
            )
        if standing.reach is not None:
            lines.append(self._target_text(standing, standing.reach, keep=False))
        elif standing.measure is not None:
            lines.append(self.tr("The highest tier."))
        return "\n".join(lines)

    def _target_text(self, standing: TierStanding, target: Target, *, keep: bool) -> str:
        amount = self.amount_text(standing, target.amount_needed)
        if standing.measure == "spend":
            text = (
                self.tr("Spend {amount} more by {day} to keep {tier}")
                if keep
                else self.tr("Spend {amount} more by {day} to reach {tier}")
            )
        else:
            text = (
                self.tr("{amount} more by {day} to keep {tier}")
                if keep
                else self.tr("{amount} more by {day} to reach {tier}")
            )
        return text.format(amount=amount, day=_day(target.deadline), tier=target.tier_name)
