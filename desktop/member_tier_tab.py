"""The member detail page's tier tab: the tier held and since when, the window's qualifying
total, what it takes to keep it or reach the next, and the tier changes on record.

It shows a :class:`core.tier_history.TierStanding` read on the database worker by the page;
the tab itself reads nothing. This computer holds the changes since it was set up; **All
changes from the central server** (``sig_ask_server``) has the page fetch every change
since the member enrolled, which the tab then lists instead (:meth:`show_server_changes`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.money import format_fen
from core.tier_history import TierChange, TierStanding
from core.tiers import Target
from desktop.record_tables import RecordsModel, RecordsView, _when
from sync.admin_client import SignInNeeded
from sync.errors import Offline, Refused, ServerFailed, SyncError
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

    # The server's complete list of the member's changes was asked for.
    sig_ask_server = Signal()

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
        self.server_button = QPushButton(self.tr("All changes from the central server"), self)
        self.server_button.setObjectName("tierFromServer")
        self.server_button.setToolTip(
            self.tr("This computer holds the changes since it was set up; the server has all")
        )
        self.server_button.clicked.connect(self.sig_ask_server)
        below = QHBoxLayout()
        below.addWidget(self.history_note, 1)
        below.addWidget(self.server_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tier_label)
        layout.addWidget(self.grace_label)
        layout.addWidget(self.window_label)
        layout.addWidget(self.projection_label)
        layout.addSpacing(8)
        layout.addWidget(self.history_caption)
        layout.addWidget(self.changes_view, 1)
        layout.addLayout(below)
        self.clear()

    def clear(self) -> None:
        for label in (self.tier_label, self.window_label, self.projection_label):
            label.setText("")
        self.grace_label.hide()
        self.changes_model.set_rows([])
        self.history_caption.setText(self.tr("Tier changes, newest first"))
        self.say("")

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
        self.history_caption.setText(self.tr("Tier changes, newest first"))
        self.say("" if standing.changes else self.tr("No tier change on record."))

    def show_server_changes(self, changes: Sequence[TierChange]) -> None:
        """List the server's changes instead of this computer's."""
        self.changes_model.set_rows(changes)
        self.history_caption.setText(self.tr("Tier changes on the central server, newest first"))
        self.say(
            self.tr("{count} changes since the member enrolled.").format(count=len(changes))
            if changes
            else self.tr("The central server has no tier change for this member.")
        )

    def say_server_failed(self, err: SyncError, server_url: str | None) -> None:
        """Why the server's list is not shown, in one line."""
        if isinstance(err, SignInNeeded):
            text = self.tr("Your sign-in has expired: sign in again.")
        elif isinstance(err, Offline):
            text = self.tr("The central server ({url}) cannot be reached.").format(
                url=server_url or ""
            )
        elif isinstance(err, Refused) and err.params.get("status") == 404:
            text = self.tr("The central server does not know this member yet (not synced?).")
        elif isinstance(err, ServerFailed):
            text = self.tr("The central server failed ({status}); try again.").format(
                status=err.params.get("status", "")
            )
        else:
            text = self.tr("The central server did not answer: {reason}").format(reason=err.message)
        self.say(text, ok=False)

    def say(self, text: str, *, ok: bool = True) -> None:
        """A line under the list: what it holds, or why the server's list is not shown."""
        self.history_note.setText(text)
        self.history_note.setStyleSheet(f"color: {theme.MUTED if ok else theme.DANGER};")

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
