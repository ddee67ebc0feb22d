"""Tiers & benefits: the ladder, the qualifying window, the grace period, each tier's benefits
with their quotas, and how many members would move tier under the edited rules.

The rulebook is the central server's. The page starts from the local copy (the
last pull), previews every edit against this database's members
(``core.tier_preview``, off the UI thread), and saves through the central
API's admin endpoints with a signed-in staff member's token
(``sync.admin_client``). Nothing is sent while a field is wrong. After a save
the device syncs, and the page shows the rulebook the pull brought.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import clock
from core.benefits import PERIODS, Benefit
from core.errors import DomainError, InvalidAmount, InvalidInput
from core.money import format_fen, parse_yuan
from core.services import DeviceServices
from core.tier_preview import (
    Programme,
    TierPreview,
    WindowTotals,
    local_programme,
    window_totals_in,
)
from core.tiers import WINDOWS, TierDef, TierPolicy, validate_tiers
from desktop.rulebook_editing import error_label, mark, save_error_text, say, server_text
from desktop.signin_dialog import ensure_signed_in
from sync.admin_client import benefit_changes, central_server
from sync.errors import SyncError
from ui.admin_session import AdminSession
from ui.async_slots import async_slot
from ui.i18n import QT_TRANSLATE_NOOP
from ui.ops import Op
from ui.sync_bridge import SyncBridge

PREVIEW_DELAY_MS = 250
TOTALS_KEPT_S = 300.0

_WINDOWS = {
    "rolling12": QT_TRANSLATE_NOOP("TiersPage", "Rolling 12 months"),
    "calendar": QT_TRANSLATE_NOOP("TiersPage", "Calendar year"),
    "anniversary": QT_TRANSLATE_NOOP("TiersPage", "Membership year (anniversary)"),
}
_KINDS = {
    "discount": QT_TRANSLATE_NOOP("TiersPage", "Discount (basis points, 100 = 1%)"),
    "points_multiplier": QT_TRANSLATE_NOOP("TiersPage", "Points multiplier (percent)"),
    "birthday_gift": QT_TRANSLATE_NOOP("TiersPage", "Birthday gift (points)"),
    "free_shipping_coupon": QT_TRANSLATE_NOOP("TiersPage", "Free shipping coupons"),
    "priority_service": QT_TRANSLATE_NOOP("TiersPage", "Priority service"),
}
_PERIODS = {
    "": QT_TRANSLATE_NOOP("TiersPage", "no quota"),
    "day": QT_TRANSLATE_NOOP("TiersPage", "per day"),
    "week": QT_TRANSLATE_NOOP("TiersPage", "per week"),
    "month": QT_TRANSLATE_NOOP("TiersPage", "per month"),
    "year": QT_TRANSLATE_NOOP("TiersPage", "per year"),
    "membership_year": QT_TRANSLATE_NOOP("TiersPage", "per membership year"),
    "lifetime": QT_TRANSLATE_NOOP("TiersPage", "lifetime"),
}

# tier table columns
T_CODE, T_NAME, T_THRESHOLD = range(3)
# benefit table columns
B_TIER, B_KIND, B_VALUE, B_QUOTA, B_PERIOD = range(5)
# preview table columns
P_TIER, P_NOW, P_AFTER, P_UP, P_DOWN = range(5)


class TiersPage(QWidget):
    """Policy, ladder and benefits on the left; the preview of moves on the right."""

    # The central server took the edits (the local copy follows with the next pull).
    sig_saved = Signal()

    def __init__(
        self,
        services: DeviceServices,
        session: AdminSession,
        parent: QWidget | None = None,
        *,
        sync_bridge: SyncBridge | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tiersPage")
        self.services = services
        self.session = session
        self.bridge = sync_bridge
        self._today = today or (lambda: clock.now().date())
        self.programme: Programme | None = None
        self.preview: TierPreview | None = None
        self._loading = self._previewing = self._saving = False
        self._filling = False
        self._generation = 0
        self._totals: WindowTotals | None = None  # the last window's totals (see run_preview)
        self._totals_at = 0.0

        self.server_label = QLabel(self)
        self.server_label.setObjectName("tiersServer")
        self.server_label.setWordWrap(True)
        self.revision_label = QLabel(self)
        self.revision_label.setObjectName("tiersRevision")

        # --- what qualifies -------------------------------------------------------
        self.measure_label = QLabel(self)
        self.window_box = QComboBox(self)
        self.window_box.setObjectName("tiersWindow")
        for code in WINDOWS:
            self.window_box.addItem(self.tr(_WINDOWS[code]), code)
        self.grace_spin = QSpinBox(self)
        self.grace_spin.setObjectName("tiersGrace")
        self.grace_spin.setRange(0, 3650)
        self.grace_spin.setSuffix(self.tr(" days"))
        self.policy_error = error_label(self, "tiersPolicyError")
        policy_box = QGroupBox(self.tr("What qualifies"), self)
        policy_form = QFormLayout(policy_box)
        policy_form.addRow(self.tr("Measure"), self.measure_label)
        policy_form.addRow(self.tr("Window"), self.window_box)
        policy_form.addRow(self.tr("Grace before a downgrade"), self.grace_spin)
        policy_form.addRow(self.policy_error)

        # --- the ladder -------------------------------------------------------------
        self.tiers_table = QTableWidget(0, 3, self)
        self.tiers_table.setObjectName("tiersTable")
        self.tiers_table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Name"), self.tr("Threshold")]
        )
        _table_look(self.tiers_table)
        self.tiers_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tiers_error = error_label(self, "tiersError")
        ladder_box = QGroupBox(self.tr("Tiers"), self)
        ladder_layout = QVBoxLayout(ladder_box)
        ladder_layout.addWidget(self.tiers_table)
        ladder_layout.addWidget(self.tiers_error)

        # --- benefits -----------------------------------------------------------------
        self.benefits_table = QTableWidget(0, 5, self)
        self.benefits_table.setObjectName("benefitsTable")
        self.benefits_table.setHorizontalHeaderLabels(
            [
                self.tr("Tier"),
                self.tr("Benefit"),
                self.tr("Value"),
                self.tr("Quota"),
                self.tr("Period"),
            ]
        )
        _table_look(self.benefits_table)
        self.benefits_error = error_label(self, "benefitsError")
        benefits_box = QGroupBox(self.tr("Benefits"), self)
        benefits_layout = QVBoxLayout(benefits_box)
        benefits_layout.addWidget(self.benefits_table)
        benefits_layout.addWidget(self.benefits_error)

        # --- preview --------------------------------------------------------------------
        self.preview_table = QTableWidget(0, 5, self)
        self.preview_table.setObjectName("tiersPreview")
        self.preview_table.setHorizontalHeaderLabels(
            [
                self.tr("Tier"),
                self.tr("Members now"),
                self.tr("Under the edited rules"),
                self.tr("Moving up into it"),
                self.tr("Moving down from it"),
            ]
        )
        _table_look(self.preview_table)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.preview_label = QLabel(self)
        self.preview_label.setObjectName("tiersPreviewSummary")
        self.preview_label.setWordWrap(True)
        preview_box = QGroupBox(self.tr("Preview: members who would move tier"), self)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview_table)
        preview_layout.addWidget(self.preview_label)

        # --- actions ----------------------------------------------------------------------
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setObjectName("tiersRevert")
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Save to the central server"), self)
        self.save_button.setObjectName("tiersSave")
        self.save_button.clicked.connect(self.save)
        self.save_status = QLabel(self)
        self.save_status.setObjectName("tiersSaveStatus")
        self.save_status.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.save_status, 1)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.save_button)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(policy_box)
        left_layout.addWidget(ladder_box, 2)
        left_layout.addWidget(benefits_box, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(preview_box)
        splitter.setSizes([700, 560])
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.server_label)
        layout.addWidget(self.revision_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.run_preview)
        self.window_box.currentIndexChanged.connect(self._edited)
        self.grace_spin.valueChanged.connect(self._edited)
        self.tiers_table.itemChanged.connect(self._edited)
        self.benefits_table.itemChanged.connect(self._edited)
        self.session.sig_changed.connect(self._show_server)
        if sync_bridge is not None:
            sync_bridge.sig_cycle_finished.connect(self._synced)
        self._show_server()

    # --- public ---------------------------------------------------------------------

    def start(self) -> None:
        """Read the local rulebook and the central server's address."""
        self.reload()
        factory = self.services.factory
        Op(self, lambda: central_server(factory)).success(self.session.set_server).run()

    def reload(self) -> None:
        """Show the rulebook as this database holds it now (edits are dropped)."""
        self._loading = True
        factory = self.services.factory
        Op(self, lambda: local_programme(factory)).success(self._loaded).failure(
            self._load_failed
        ).finished(self._load_finished).run()

    def is_busy(self) -> bool:
        return self._loading or self._previewing or self._saving or self._preview_timer.isActive()

    def revert(self) -> None:
        if self.programme is not None:
            self._fill(self.programme)
        say(self.save_status, "")

    def edited(self) -> tuple[TierPolicy, tuple[TierDef, ...], tuple[Benefit, ...]] | None:
        """The policy, ladder and benefits as edited; None (errors shown) when a field is wrong."""
        if self.programme is None:
            return None
        policy = TierPolicy(
            self.programme.policy.measure, self.window_box.currentData(), self.grace_spin.value()
        )
        ladder = self._edited_ladder()
        benefits = self._edited_benefits()
        if ladder is None or benefits is None:
            return None
        return policy, ladder, benefits

    def has_unsaved_changes(self) -> bool:
        edited = self.edited()
        p = self.programme
        if p is None:
            return False
        if edited is None:
            return True
        return edited != (p.policy, p.tiers, p.benefits)

    @async_slot()
    async def save(self) -> None:
        """Check every field, then send the changed tiers and benefits to the central server."""
        if self._saving or self.programme is None:
            return
        before = self.programme
        edited = self.edited()
        if edited is None:
            say(self.save_status, self.tr("Nothing was sent: correct the fields marked in red."))
            return
        policy, ladder, benefits = edited
        if self.session.server_url is None:
            say(
                self.save_status,
                self.tr(
                    "Saving needs a connection to the central server; this database is "
                    "standalone. Nothing was saved."
                ),
            )
            return
        old_benefits = {b.id: b for b in before.benefits}
        benefit_edits = [
            (b.id, changes) for b in benefits if (changes := benefit_changes(old_benefits[b.id], b))
        ]
        if ladder == before.tiers and policy == before.policy and not benefit_edits:
            say(self.save_status, self.tr("There are no changes to save."))
            return
        self._set_saving(True)
        try:
            if not await ensure_signed_in(self.session, self):
                say(self.save_status, self.tr("Not signed in: nothing was saved."))
                return
            say(self.save_status, self.tr("Saving…"))
            sent = 0
            try:
                async with self.session.client() as client:
                    if policy != before.policy:
                        await client.save_policy(policy)
                        sent += 1
                    if ladder != before.tiers:
                        await client.save_ladder(before.tiers, ladder)
                        sent += 1
                    for benefit_id, changes in benefit_edits:
                        await client.edit_benefit(benefit_id, changes)
                        sent += 1
            except SyncError as err:
                if err.code == "sign_in_needed":
                    self.session.forget()
                text = save_error_text(err, self.session)
                if sent:
                    text = self.tr("{n} change(s) were saved before this: {error}").format(
                        n=sent, error=text
                    )
                say(self.save_status, text)
                return
            say(
                self.save_status,
                self.tr(
                    "Saved on the central server ({n} change(s)). The page shows the new "
                    "rulebook after the next sync."
                ).format(n=sent),
            )
            self.programme = Programme(policy, ladder, benefits, before.revision)
            self.sig_saved.emit()
            if self.bridge is not None:
                self.bridge.nudge()
        finally:
            self._set_saving(False)

    # --- loading and showing ---------------------------------------------------------

    def _loaded(self, programme: Programme) -> None:
        if programme == self.programme and self.preview is not None:
            return  # nothing new (a sync without rulebook changes): keep the preview
        self._fill(programme)

    def _load_failed(self, err: DomainError) -> None:
        say(
            self.tiers_error,
            self.tr("The local rulebook cannot be read: {error}").format(error=err.message),
        )

    def _load_finished(self) -> None:
        self._loading = False

    def _fill(self, programme: Programme) -> None:
        self.programme = programme
        self._totals = None
        self._filling = True
        try:
            spend = programme.policy.measure == "spend"
            self.measure_label.setText(
                self.tr("Spend (yuan)") if spend else self.tr("Growth value")
            )
            self.window_box.setCurrentIndex(self.window_box.findData(programme.policy.window))
            self.grace_spin.setValue(programme.policy.grace_days)
            self.revision_label.setText(
                self.tr("Local copy of the rulebook, revision {rev}.").format(
                    rev=programme.revision
                )
            )
            self.tiers_table.setRowCount(len(programme.tiers))
            for row, tier in enumerate(programme.tiers):
                code = QTableWidgetItem(tier.code)
                code.setFlags(code.flags() & ~Qt.ItemFlag.ItemIsEditable)
                code.setData(Qt.ItemDataRole.UserRole, tier.code)
                self.tiers_table.setItem(row, T_CODE, code)
                self.tiers_table.setItem(row, T_NAME, QTableWidgetItem(tier.name))
                self.tiers_table.setItem(
                    row, T_THRESHOLD, QTableWidgetItem(self._threshold_text(tier.threshold))
                )
            names = {t.code: t.name for t in programme.tiers}
            self.benefits_table.setRowCount(len(programme.benefits))
            for row, benefit in enumerate(programme.benefits):
                tier_item = QTableWidgetItem(names.get(benefit.tier_code, benefit.tier_code))
                tier_item.setData(Qt.ItemDataRole.UserRole, benefit.id)
                kind_item = QTableWidgetItem(self.tr(_KINDS.get(benefit.kind, benefit.kind)))
                for item in (tier_item, kind_item):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.benefits_table.setItem(row, B_TIER, tier_item)
                self.benefits_table.setItem(row, B_KIND, kind_item)
                value = QTableWidgetItem(str(benefit.value))
                quota = QTableWidgetItem("" if benefit.quota is None else str(benefit.quota))
                if benefit.kind == "priority_service":
                    value.setFlags(value.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.benefits_table.setItem(row, B_VALUE, value)
                self.benefits_table.setItem(row, B_QUOTA, quota)
                period_box = QComboBox(self.benefits_table)
                for period_code in ("", *PERIODS):
                    period_box.addItem(self.tr(_PERIODS[period_code]), period_code)
                period_box.setCurrentIndex(period_box.findData(benefit.period or ""))
                period_box.currentIndexChanged.connect(self._edited)
                self.benefits_table.setCellWidget(row, B_PERIOD, period_box)
            self.benefits_table.resizeColumnsToContents()
        finally:
            self._filling = False
        for label in (self.policy_error, self.tiers_error, self.benefits_error):
            say(label, "")
        self._edited()

    def _threshold_text(self, threshold: int) -> str:
        assert self.programme is not None
        if self.programme.policy.measure == "spend":
            return format_fen(threshold, symbol="")
        return str(threshold)

    def _show_server(self) -> None:
        self.server_label.setText(server_text(self.session))

    def _synced(self) -> None:
        """A sync cycle ended: show what its pull brought, unless the user is mid-edit."""
        # After a save, ``programme`` holds what was saved: a pull that brings it reloads.
        if self.programme is not None and not self.has_unsaved_changes():
            self.reload()

    # --- editing and checking ------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if self._filling:
            return
        self._preview_timer.start()

    def _edited_ladder(self) -> tuple[TierDef, ...] | None:
        assert self.programme is not None
        spend = self.programme.policy.measure == "spend"
        tiers: list[TierDef] = []
        problems: list[str] = []
        for row, old in enumerate(self.programme.tiers):
            name_item = self.tiers_table.item(row, T_NAME)
            threshold_item = self.tiers_table.item(row, T_THRESHOLD)
            name = name_item.text().strip() if name_item else ""
            text = threshold_item.text().strip() if threshold_item else ""
            mark(name_item, not name)
            if not name:
                problems.append(self.tr("{code}: the name must not be empty").format(code=old.code))
            try:
                threshold = parse_yuan(text) if spend else _plain_int(text)
                mark(threshold_item, False)
            except (InvalidAmount, ValueError):
                mark(threshold_item, True)
                problems.append(
                    self.tr("{code}: “{text}” is not an amount like 3000 or 3,000.00").format(
                        code=old.code, text=text
                    )
                    if spend
                    else self.tr("{code}: “{text}” is not a whole number").format(
                        code=old.code, text=text
                    )
                )
                continue
            if name:
                tiers.append(TierDef(old.code, name, old.rank, threshold))
        if problems:
            say(self.tiers_error, "\n".join(problems))
            return None
        names = [t.name for t in tiers]
        if len(set(names)) != len(names):
            say(self.tiers_error, self.tr("Two tiers have the same name."))
            return None
        try:
            ladder = validate_tiers(tiers)
        except InvalidInput:
            bad = {
                r
                for row in range(1, len(tiers))
                if tiers[row].threshold <= tiers[row - 1].threshold
                for r in (row - 1, row)
            }
            for row in range(len(tiers)):
                mark(self.tiers_table.item(row, T_THRESHOLD), row in bad)
            if tiers and tiers[0].threshold != 0:
                mark(self.tiers_table.item(0, T_THRESHOLD), True)
                say(self.tiers_error, self.tr("The lowest tier's threshold must be 0."))
            else:
                say(
                    self.tiers_error,
                    self.tr("Thresholds must rise strictly from one tier to the next."),
                )
            return None
        say(self.tiers_error, "")
        return ladder

    def _edited_benefits(self) -> tuple[Benefit, ...] | None:
        assert self.programme is not None
        out: list[Benefit] = []
        problems: list[str] = []
        names = {t.code: t.name for t in self.programme.tiers}
        for row, old in enumerate(self.programme.benefits):
            value_item = self.benefits_table.item(row, B_VALUE)
            quota_item = self.benefits_table.item(row, B_QUOTA)
            combo = self.benefits_table.cellWidget(row, B_PERIOD)
            period = combo.currentData() if isinstance(combo, QComboBox) else old.period or ""
            where = f"{names.get(old.tier_code, old.tier_code)} · {self.tr(_KINDS[old.kind])}"
            try:
                value = _plain_int(value_item.text() if value_item else "")
                mark(value_item, False)
            except ValueError:
                mark(value_item, True)
                problems.append(
                    self.tr("{where}: the value must be a whole number").format(where=where)
                )
                continue
            quota_text = quota_item.text().strip() if quota_item else ""
            try:
                quota = None if not quota_text else _plain_int(quota_text)
                mark(quota_item, False)
            except ValueError:
                mark(quota_item, True)
                problems.append(
                    self.tr("{where}: the quota must be a whole number or empty").format(
                        where=where
                    )
                )
                continue
            try:
                out.append(
                    Benefit(
                        id=old.id,
                        tier_code=old.tier_code,
                        kind=old.kind,
                        value=value,
                        quota=quota,
                        period=period or None,
                        ref=old.ref,
                    )
                )
            except InvalidInput as err:
                field = str(err.params.get("field", ""))
                mark(quota_item if field in ("quota", "period") else value_item, True)
                problems.append(f"{where}: {self._benefit_problem(err)}")
        if problems:
            say(self.benefits_error, "\n".join(problems))
            return None
        say(self.benefits_error, "")
        return tuple(out)

    # --- the preview -------------------------------------------------------------------

    def run_preview(self) -> None:
        """Count moves under the edited policy and ladder (on the database worker)."""
        if self.programme is None:
            return
        say(self.policy_error, "")
        edited = self.edited()
        if edited is None:
            # Old counts next to a wrong ladder would be misread: clear them.
            self._generation += 1
            self.preview = None
            self.preview_table.setRowCount(0)
            self.preview_label.setText(self.tr("No preview while a field is wrong."))
            return
        policy, ladder, _benefits = edited
        self._generation += 1
        generation = self._generation
        self._previewing = True
        self.preview_label.setText(self.tr("Counting…"))
        factory, day = self.services.factory, self._today()
        # The window totals do not depend on the thresholds: a threshold edit reuses them.
        # Kept for a few minutes: sales that sync brings meanwhile barely move the counts,
        # and counting a million members again on every sync would make each edit slow.
        kept = self._totals
        if kept is not None and (
            (kept.measure, kept.window, kept.as_of) != (policy.measure, policy.window, day)
            or time.monotonic() - self._totals_at > TOTALS_KEPT_S
        ):
            kept = None

        def count() -> tuple[WindowTotals, TierPreview]:
            totals = kept or window_totals_in(factory, policy, day)
            return totals, totals.preview(ladder)

        Op(self, count).success(lambda result: self._counted(generation, *result)).failure(
            lambda err: self._preview_failed(generation, err)
        ).finished(lambda: self._preview_finished(generation)).with_progress(
            self.tr("Counting members…")
        ).run()

    def _counted(self, generation: int, totals: WindowTotals, preview: TierPreview) -> None:
        if totals is not self._totals:
            self._totals, self._totals_at = totals, time.monotonic()
        self._previewed(generation, preview)

    def _preview_finished(self, generation: int) -> None:
        if generation == self._generation:
            self._previewing = False

    def _preview_failed(self, generation: int, err: DomainError) -> None:
        if generation == self._generation:
            self.preview_label.setText(err.message)

    def _previewed(self, generation: int, preview: TierPreview) -> None:
        if generation != self._generation:
            return  # an older edit's answer
        self.preview = preview
        ladder = preview.ladder
        self.preview_table.setRowCount(len(ladder))
        for row, tier in enumerate(reversed(ladder)):
            up = sum(
                m.members
                for m in preview.moves
                if m.to_code == tier.code and _rank(ladder, m.from_code) < tier.rank
            )
            down = sum(
                m.members
                for m in preview.moves
                if m.from_code == tier.code and _rank(ladder, m.to_code) < tier.rank
            )
            cells = [
                tier.name,
                f"{preview.now_in(tier.code):,}",
                f"{preview.would_be_in(tier.code):,}",
                f"{up:,}",
                f"{down:,}",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, tier.code)
                if col:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.preview_table.setItem(row, col, item)
        self.preview_label.setText(
            self.tr(
                "On {day}, of {total} members: {up} would move up (at their next sale), "
                "{down} would move down (at the end of their window, after the grace period), "
                "{same} would keep their tier."
            ).format(
                day=preview.as_of.isoformat(),
                total=f"{preview.members:,}",
                up=f"{preview.moving_up:,}",
                down=f"{preview.moving_down:,}",
                same=f"{preview.staying:,}",
            )
        )

    def preview_row(self, code: str) -> tuple[int, int, int, int]:
        """(now, after, moving up into, moving down from) as the preview table shows them."""
        for row in range(self.preview_table.rowCount()):
            item = self.preview_table.item(row, P_TIER)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == code:
                now, after, up, down = (
                    int(cell.text().replace(",", ""))
                    if (cell := self.preview_table.item(row, c))
                    else 0
                    for c in (P_NOW, P_AFTER, P_UP, P_DOWN)
                )
                return now, after, up, down
        raise KeyError(code)

    def _benefit_problem(self, err: InvalidInput) -> str:
        field = str(err.params.get("field", ""))
        if field == "period":
            return self.tr("a quota needs a period (and free shipping coupons always do)")
        if field == "quota":
            return self.tr("the quota must be at least 1")
        if field == "value":
            return self.tr("this value is not allowed for the benefit ({problem})").format(
                problem=err.params.get("problem", "")
            )
        return err.message

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.save_button.setEnabled(not saving)
        self.revert_button.setEnabled(not saving)


def _rank(ladder: tuple[TierDef, ...], code: str) -> int:
    return next(t.rank for t in ladder if t.code == code)


def _plain_int(text: str) -> int:
    """A whole number as typed ("1,000" too); never a float."""
    cleaned = text.strip().replace(",", "")
    if not cleaned or not cleaned.isdigit():
        raise ValueError(text)
    return int(cleaned)


def _table_look(table: QTableWidget) -> None:
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
