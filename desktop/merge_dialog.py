"""Merging a duplicate enrolment into the member shown (docs/merge.md).

The operator finds the duplicate by member code or mobile; both members are shown side
by side (points, lots, debt, coupons) with what the surviving member will hold after
the merge; a reason is required. The merge is one command (``merge_members``) applied
here and queued for upload like every change; a refusal is said inside the dialog and
nothing was written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from core import clock
from core.apply import Applied
from core.codes import mask_name, mask_phone
from core.directory import MemberCard
from core.errors import DomainError
from core.member_records import CouponLine, LotLine, MemberRecords
from core.services import DeviceServices
from desktop.member_dialogs import _ChangeDialog
from ui import theme
from ui.i18n import error_text, status_text
from ui.ops import Op

#: Lots listed per member; the rest are counted.
LOTS_SHOWN = 4


@dataclass(frozen=True)
class MergeSide:
    """One member as the comparison shows it: the card, live lots, unused coupons."""

    card: MemberCard
    lots: Sequence[LotLine]
    coupons: Sequence[CouponLine]

    @property
    def live_points(self) -> int:
        """The balance once ended lots are written off (the merge does that first)."""
        return self.card.points.balance - self.card.points.expired_due


def read_side(services: DeviceServices, key: str, now: datetime) -> MergeSide:
    """The member ``key`` names (code, mobile, last four digits if unique), for the dialog."""
    card = services.find(key, now)
    records = MemberRecords(services.factory)
    return MergeSide(
        card=card,
        lots=[lot for lot in records.lots(card.id) if lot.expires_at > now],
        coupons=[c for c in records.coupons(card.id) if c.status == "issued"],
    )


class MergeMembersDialog(_ChangeDialog):
    """Find the duplicate, compare, give a reason, merge."""

    def __init__(
        self, services: DeviceServices, card: MemberCard, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeMembersDialog")
        self.setWindowTitle(self.tr("Merge a duplicate member"))
        self.setMinimumWidth(760)
        self.services = services
        self.now = clock.now()
        self.survivor: MergeSide | None = None
        self.duplicate: MergeSide | None = None
        self._finding = False
        self.intro.setText(
            self.tr(
                "Everything the duplicate enrolment holds moves to {name} ({code}): its points"
                " lots with their dates (pending points stay pending), its points debt, its"
                " unused coupons and its qualifying spend. The duplicate is then closed for"
                " good."
            ).format(name=mask_name(card.name), code=card.code)
        )

        self.key_field = QLineEdit(self)
        self.key_field.setObjectName("duplicateKey")
        self.key_field.setMaxLength(30)
        self.key_field.setPlaceholderText(self.tr("Member code or mobile of the duplicate"))
        self.find_button = QPushButton(self.tr("Find"), self)
        self.find_button.setObjectName("findDuplicate")
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.find_duplicate)
        self.key_field.returnPressed.connect(self.find_duplicate)
        find_row = QHBoxLayout()
        find_row.addWidget(self.key_field, 1)
        find_row.addWidget(self.find_button)
        self.form.addRow(self.tr("Duplicate"), find_row)

        self.comparison = QFrame(self)
        self.comparison.setObjectName("mergeComparison")
        self.comparison.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid = QGridLayout(self.comparison)
        self.grid.setHorizontalSpacing(18)
        self.cells: dict[tuple[int, int], QLabel] = {}
        self._build_grid()
        self.form.addRow(self.comparison)

        self.reason_field = QLineEdit(self)
        self.reason_field.setObjectName("mergeReason")
        self.reason_field.setMaxLength(500)
        self.reason_field.setPlaceholderText(
            self.tr("e.g. enrolled twice, the mobile was mistyped (ticket 2040)")
        )
        self.reason_field.returnPressed.connect(self.confirm)
        self.form.addRow(self.tr("Reason"), self.reason_field)
        self.ok_button.setText(self.tr("Merge"))
        self.ok_button.setEnabled(False)
        self.ok_button.setAutoDefault(False)
        self.key_field.setFocus(Qt.FocusReason.OtherFocusReason)

        services_, now = self.services, self.now
        code = card.code
        Op(self, lambda: read_side(services_, code, now)).success(self._survivor_read).failure(
            lambda err: self.show_error(error_text(err))
        ).run()

    # --- the comparison -------------------------------------------------------

    def _rows(self) -> list[str]:
        return [
            self.tr("Member"),
            self.tr("Mobile"),
            self.tr("Status"),
            self.tr("Tier"),
            self.tr("Available points"),
            self.tr("Pending points"),
            self.tr("Points debt"),
            self.tr("Balance"),
            self.tr("Points lots"),
            self.tr("Unused coupons"),
        ]

    def _build_grid(self) -> None:
        heads = [
            "",
            self.tr("Stays (this member)"),
            self.tr("Duplicate (closed)"),
            self.tr("After the merge"),
        ]
        for col, text in enumerate(heads):
            head = QLabel(text, self.comparison)
            head.setFont(theme.scaled_font(self.font(), 1.0, bold=True))
            self.grid.addWidget(head, 0, col)
        for row, text in enumerate(self._rows(), start=1):
            label = QLabel(text, self.comparison)
            label.setStyleSheet(f"color: {theme.MUTED};")
            self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            for col in (1, 2, 3):
                cell = QLabel("—" if col != 2 else "", self.comparison)
                cell.setObjectName(f"merge_{row}_{col}")
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.grid.addWidget(cell, row, col, Qt.AlignmentFlag.AlignTop)
                self.cells[(row, col)] = cell
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setColumnStretch(3, 1)

    def cell(self, row: int, col: int) -> str:
        """The text shown in the comparison (row 1 = member … 10 = coupons; col 1–3)."""
        return self.cells[(row, col)].text()

    def _fill(self, col: int, side: MergeSide) -> None:
        card, pts = side.card, side.card.points
        values = [
            f"{mask_name(card.name)}  {card.code}",
            mask_phone(card.phone),
            status_text(card.status) + (self.tr(", points frozen") if card.frozen else ""),
            card.tier_name,
            f"{pts.available:,}",
            f"{pts.locked:,}",
            f"{pts.debt:,}",
            f"{side.live_points:,}",
            self._lots_text(side.lots),
            self._coupons_text(side.coupons),
        ]
        for row, text in enumerate(values, start=1):
            self.cells[(row, col)].setText(text)
        debt_cell = self.cells[(7, col)]
        debt_cell.setStyleSheet(f"color: {theme.DANGER};" if pts.debt else "")

    def _lots_text(self, lots: Sequence[LotLine]) -> str:
        if not lots:
            return self.tr("none")
        lines = []
        for lot in lots[:LOTS_SHOWN]:
            if lot.available_at > self.now:
                lines.append(
                    self.tr("{points:,} pending until {available}, ends {ends}").format(
                        points=lot.remaining,
                        available=lot.available_at.strftime("%Y-%m-%d"),
                        ends=lot.expires_at.strftime("%Y-%m-%d"),
                    )
                )
            else:
                lines.append(
                    self.tr("{points:,}, ends {ends}").format(
                        points=lot.remaining, ends=lot.expires_at.strftime("%Y-%m-%d")
                    )
                )
        if len(lots) > LOTS_SHOWN:
            lines.append(self.tr("… and {count} more").format(count=len(lots) - LOTS_SHOWN))
        return "\n".join(lines)

    def _coupons_text(self, coupons: Sequence[CouponLine]) -> str:
        if not coupons:
            return self.tr("none")
        names = ", ".join(sorted({c.template_name or c.code for c in coupons}))
        return self.tr("{count} ({names})").format(count=len(coupons), names=names)

    def _fill_after(self) -> None:
        kept, dup = self.survivor, self.duplicate
        if kept is None or dup is None:
            return
        a, b = kept.card.points, dup.card.points
        values = {
            1: f"{mask_name(kept.card.name)}  {kept.card.code}",
            2: mask_phone(kept.card.phone),
            3: status_text(kept.card.status),
            4: kept.card.tier_name,
            5: f"{a.available + b.available:,}",
            6: f"{a.locked + b.locked:,}",
            7: f"{a.debt + b.debt:,}",
            8: f"{kept.live_points + dup.live_points:,}",
            9: self.tr("{count} lots").format(count=len(kept.lots) + len(dup.lots)),
            10: self.tr("{count}").format(count=len(kept.coupons) + len(dup.coupons)),
        }
        for row, text in values.items():
            cell = self.cells[(row, 3)]
            cell.setText(text)
            cell.setStyleSheet("font-weight: bold;")
        self.cells[(3, 2)].setText(
            self.tr("{status} → closed").format(status=status_text(dup.card.status))
        )

    # --- finding --------------------------------------------------------------

    def _survivor_read(self, side: MergeSide) -> None:
        self.survivor = side
        self._fill(1, side)
        self.adjustSize()

    def find_duplicate(self) -> None:
        """Look up what was typed and show it beside this member."""
        key = self.key_field.text().strip()
        if not key:
            self.show_error(self.tr("Type the member code or mobile of the duplicate."))
            return
        if self._finding:
            return
        self._finding = True
        self.find_button.setEnabled(False)
        services, now = self.services, self.now
        (
            Op(self, lambda: read_side(services, key, now))
            .success(self._duplicate_read)
            .failure(self._not_found)
            .finished(self._found_done)
            .run()
        )

    def _found_done(self) -> None:
        self._finding = False
        self.find_button.setEnabled(True)

    def _not_found(self, err: DomainError) -> None:
        self._forget_duplicate()
        self.show_error(error_text(err))

    def _forget_duplicate(self) -> None:
        self.duplicate = None
        self.ok_button.setEnabled(False)
        for row in range(1, 11):
            self.cells[(row, 2)].setText("")
            self.cells[(row, 3)].setText("—")
            self.cells[(row, 3)].setStyleSheet("")

    def _duplicate_read(self, side: MergeSide) -> None:
        survivor = self.survivor
        if survivor is not None and side.card.id == survivor.card.id:
            self._forget_duplicate()
            self.show_error(
                self.tr("That is this member. Find the other enrolment of the same person.")
            )
            return
        if side.card.status != "active":
            self._forget_duplicate()
            self.show_error(
                self.tr("Member {code} is {status}: only an active member can be merged.").format(
                    code=side.card.code, status=status_text(side.card.status)
                )
            )
            return
        self.error_label.hide()
        self.duplicate = side
        self._fill(2, side)
        self._fill_after()
        # The comparison grew (lots are listed line by line): the dialog grows with it.
        self.adjustSize()
        self.ok_button.setEnabled(not self.is_busy())
        self.reason_field.setFocus()

    # --- merging --------------------------------------------------------------

    def _prepare(self) -> Callable[[], Applied] | None:
        survivor, duplicate = self.survivor, self.duplicate
        if survivor is None or duplicate is None:
            self.show_error(self.tr("Find the duplicate first: its code or mobile, then Find."))
            self.key_field.setFocus()
            return None
        reason = self.reason_field.text().strip()
        if not reason:
            self.show_error(self.tr("Give a reason: it is kept with the merge."))
            self.reason_field.setFocus()
            return None
        services = self.services
        kept, gone = survivor.card.code, duplicate.card.code
        return lambda: services.merge_members(kept, gone, reason)

    def _done(self) -> None:
        super()._done()
        self.ok_button.setEnabled(self.duplicate is not None)
