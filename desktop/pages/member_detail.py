"""One member in full: profile editing, points ledger and lots, redemptions, coupons, tier,
benefits, actions.

Opened from the members page (double-click or Enter on a line). The member's
card, ledger, lots, redemptions, coupons and tier standing are read in one op on the
database worker; every change (profile, adjustment, freeze) is a command that the core
applies and queues for upload, after which the page reads the member again.

The mobile and the e-mail are masked. **Reveal** asks the central API
(``sync.member_admin.reveal``), which audits it before it answers: no reveal offline or
on a standalone database. What it answers is shown for ``reveal_ms`` (60 s) or until
another member is opened, then masked again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core import clock
from core.directory import MemberCard
from core.errors import DomainError
from core.member_records import (
    BenefitLine,
    BenefitUseLine,
    CouponLine,
    LotLine,
    MemberRecords,
    RedemptionLine,
)
from core.services import DeviceServices
from core.tier_history import TierStanding, read_tier_standing
from desktop.member_benefits_tab import BenefitsTab
from desktop.member_dialogs import AdjustPointsDialog, CancelRedemptionDialog, FreezeDialog
from desktop.member_reveal import reveal_error_text
from desktop.member_tier_tab import TierTab
from desktop.merge_dialog import MergeMembersDialog
from desktop.profile_form import ProfileForm
from desktop.record_tables import CouponsModel, LotsModel, RecordsView, RedemptionsModel
from desktop.signin_dialog import ensure_signed_in
from sync import member_admin
from sync.admin_client import SignInNeeded, central_server
from sync.errors import SyncError
from sync.member_admin import Revealed
from ui import theme
from ui.admin_session import AdminSession
from ui.async_slots import async_slot
from ui.i18n import error_text
from ui.ops import Op
from ui.widgets.ledger_view import LedgerEntry, LedgerView
from ui.widgets.member_panel import MemberPanel

LEDGER_LINES = 100
#: How long revealed personal data stays on screen.
REVEAL_MS = 60_000
#: What the page reveals: the mobile. (The profile form shows the e-mail as it is, so
#: revealing it would record nothing that is hidden.)
REVEALED_FIELDS = ("phone", "email")


@dataclass(frozen=True)
class MemberFile:
    """Everything the page shows of one member, read together."""

    card: MemberCard
    ledger: Sequence[LedgerEntry]
    lots: Sequence[LotLine]
    redemptions: Sequence[RedemptionLine]
    coupons: Sequence[CouponLine]
    tier: TierStanding
    benefits: Sequence[BenefitLine]
    benefit_uses: Sequence[BenefitUseLine]


class MemberDetailPage(QWidget):
    """The member panel and actions on the left; profile, points, redemptions, coupons tabs."""

    # Back to the list was asked for.
    sig_back = Signal()
    # The member shown changed in the database (member id): lists showing them should reload.
    sig_member_changed = Signal(str)
    # The member was loaded and is shown (member id).
    sig_loaded = Signal(str)

    def __init__(
        self,
        services: DeviceServices,
        parent: QWidget | None = None,
        *,
        admin_session: AdminSession | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("memberDetailPage")
        self.services = services
        # The signed-in staff member for reveals (the main window's, shared with the editors).
        self.admin_session = admin_session or AdminSession(parent=self)
        self._server_asked = False
        self.reveal_ms = REVEAL_MS
        self._revealing = False
        self.revealed: Revealed | None = None
        self._mask_timer = QTimer(self)
        self._mask_timer.setSingleShot(True)
        self._mask_timer.timeout.connect(self.mask_personal_data)
        self.records = MemberRecords(services.factory)
        self._member_id: str | None = None
        self._generation = 0
        self._loading = False
        self.dialog: QDialog | None = None

        self.back_button = QPushButton(self.tr("← Members"), self)
        self.back_button.setObjectName("backToMembers")
        self.back_button.setToolTip(self.tr("Back to the member list (Esc)"))
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.sig_back)
        self.back_button.clicked.connect(self.sig_back)
        self.title_label = QLabel(self.tr("Member"), self)
        self.title_label.setFont(theme.scaled_font(self.font(), 1.3, bold=True))
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(12)
        top.addWidget(self.title_label)
        top.addStretch(1)

        self.panel = MemberPanel(self)
        self.adjust_button = QPushButton(self.tr("Adjust points…"), self)
        self.adjust_button.setObjectName("adjustButton")
        self.adjust_button.clicked.connect(self.adjust_points)
        self.freeze_button = QPushButton(self.tr("Freeze points…"), self)
        self.freeze_button.setObjectName("freezeButton")
        self.freeze_button.clicked.connect(self.toggle_freeze)
        self.merge_button = QPushButton(self.tr("Merge a duplicate into this member…"), self)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge_duplicate)
        self.expired_label = QLabel(self)
        self.expired_label.setObjectName("expiredDue")
        self.expired_label.setWordWrap(True)
        self.expired_label.setStyleSheet(f"color: {theme.MUTED};")
        self.expired_label.hide()
        self.message_label = QLabel(self)
        self.message_label.setObjectName("detailMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.reveal_button = QPushButton(self.tr("Reveal mobile and e-mail"), self)
        self.reveal_button.setObjectName("revealButton")
        self.reveal_button.setToolTip(
            self.tr("Asks the central server, which records who revealed what (audit log)")
        )
        self.reveal_button.clicked.connect(self.reveal)
        self.reveal_label = QLabel(self)
        self.reveal_label.setObjectName("revealedData")
        self.reveal_label.setWordWrap(True)
        self.reveal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reveal_label.hide()

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.panel)
        left_layout.addWidget(self.reveal_label)
        left_layout.addWidget(self.reveal_button)
        left_layout.addWidget(self.expired_label)
        left_layout.addWidget(self.adjust_button)
        left_layout.addWidget(self.freeze_button)
        left_layout.addWidget(self.merge_button)
        left_layout.addWidget(self.message_label)
        left_layout.addStretch(1)

        self.profile = ProfileForm(services, self)
        self.profile.sig_saved.connect(self._profile_saved)

        self.lots_model = LotsModel(self)
        self.lots_view = RecordsView(self.lots_model, self)
        self.lots_view.setObjectName("lotsView")
        self.ledger_view = LedgerView(self)
        self.ledger_view.setObjectName("detailLedger")
        self.lots_caption = QLabel(self.tr("Points lots (spent in this order)"), self)
        self.ledger_caption = QLabel(self.tr("Points entries, newest first"), self)
        for caption in (self.lots_caption, self.ledger_caption):
            caption.setFont(theme.scaled_font(self.font(), 1.1, bold=True))
        points = QWidget(self)
        points_layout = QVBoxLayout(points)
        points_layout.addWidget(self.lots_caption)
        points_layout.addWidget(self.lots_view, 2)
        points_layout.addWidget(self.ledger_caption)
        points_layout.addWidget(self.ledger_view, 3)

        self.redemptions_model = RedemptionsModel(self)
        self.redemptions_view = RecordsView(self.redemptions_model, self)
        self.redemptions_view.setObjectName("redemptionsView")
        self.cancel_redemption_button = QPushButton(self.tr("Cancel redemption…"), self)
        self.cancel_redemption_button.setObjectName("cancelRedemption")
        self.cancel_redemption_button.setEnabled(False)
        self.cancel_redemption_button.clicked.connect(self.cancel_redemption)
        self.redemptions_view.selectionModel().currentRowChanged.connect(self._redemption_selected)
        redemptions = QWidget(self)
        redemptions_layout = QVBoxLayout(redemptions)
        redemptions_layout.addWidget(self.redemptions_view, 1)
        redemptions_layout.addWidget(self.cancel_redemption_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.coupons_model = CouponsModel(self)
        self.coupons_view = RecordsView(self.coupons_model, self)
        self.coupons_view.setObjectName("couponsView")

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("detailTabs")
        self.tabs.addTab(self.profile, self.tr("Profile"))
        self.tabs.addTab(points, self.tr("Points"))
        self.tabs.addTab(redemptions, self.tr("Redemptions"))
        self.tabs.addTab(self.coupons_view, self.tr("Coupons"))
        self.tier_tab = TierTab(self)
        self.tier_tab.sig_ask_server.connect(self.tier_from_server)
        self.tabs.addTab(self.tier_tab, self.tr("Tier"))
        self.benefits_tab = BenefitsTab(self)
        self.benefits_tab.sig_grant.connect(self.grant_benefit)
        self.tabs.addTab(self.benefits_tab, self.tr("Benefits"))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setSizes([420, 760])
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._set_actions_enabled(False)

    # --- public ---------------------------------------------------------------

    def member_id(self) -> str | None:
        return self._member_id

    def card(self) -> MemberCard | None:
        return self.panel.card()

    def is_busy(self) -> bool:
        return self._loading or self.profile.is_busy()

    def show_member(self, member_id: str) -> None:
        """Read the member and everything about them; shown when it arrives."""
        if member_id != self._member_id:
            self.mask_personal_data()
            self.panel.clear()
            self.profile.set_card(None)
            self.tier_tab.clear()
            self.benefits_tab.clear()
            self.message_label.hide()
            self.tabs.setCurrentIndex(0)
        self._member_id = member_id
        self._generation += 1
        generation = self._generation
        services, records = self.services, self.records
        now = clock.now()
        today = now.date()
        self._ask_server()

        def read() -> MemberFile:
            return MemberFile(
                card=services.card(member_id),
                ledger=services.ledger(member_id, LEDGER_LINES),
                lots=records.lots(member_id),
                redemptions=records.redemptions(member_id),
                coupons=records.coupons(member_id),
                tier=read_tier_standing(services.factory, member_id, today),
                benefits=records.benefits(member_id, now),
                benefit_uses=records.benefit_uses(member_id),
            )

        self._loading = True
        (
            Op(self, read)
            .success(lambda f: self._loaded(generation, f))
            .failure(lambda err: self._failed(generation, err))
            .finished(lambda: self._finished(generation))
            .run()
        )

    def reload(self) -> None:
        if self._member_id is not None:
            self.show_member(self._member_id)

    def adjust_points(self) -> None:
        """Open the manual adjustment dialog for the member shown."""
        card = self.card()
        if card is not None:
            self._open(AdjustPointsDialog(self.services, card, self), self._adjusted)

    def toggle_freeze(self) -> None:
        """Open the freeze (or unfreeze) dialog for the member shown."""
        card = self.card()
        if card is not None:
            self._open(FreezeDialog(self.services, card, self), self._freeze_changed)

    def merge_duplicate(self) -> None:
        """Open the dialog that folds a duplicate enrolment into the member shown."""
        card = self.card()
        if card is not None and card.status == "active":
            self._open(MergeMembersDialog(self.services, card, self), self._merged)

    def cancel_redemption(self) -> None:
        """Open the cancel dialog for the redemption selected in the redemptions tab."""
        chosen = self._selected_redemption()
        if chosen is not None and chosen.status != "cancelled":
            self._open(CancelRedemptionDialog(self.services, chosen, self), self._cancelled)

    def grant_benefit(self, benefit_id: str) -> None:
        """Record a use of one of the member's benefits (the core checks its quota)."""
        card = self.card()
        if card is None:
            return
        services, code = self.services, card.code
        (
            Op(self, lambda: services.use_benefit(code, benefit_id))
            .success(self._granted)
            .failure(self._grant_refused)
            .run()
        )

    # --- internals ------------------------------------------------------------

    def _granted(self, applied: Any) -> None:
        result = applied.result
        if result.get("points"):
            text = self.tr("Birthday gift granted: {points:,} points.").format(
                points=result["points"]
            )
        elif result.get("coupon"):
            text = self.tr("Free-shipping coupon {code} issued.").format(code=result["coupon"])
        else:
            text = self.tr("Benefit use recorded.")
        self._say(text + " " + self.tr("It will be uploaded with the next sync."))
        self._changed()

    def _grant_refused(self, err: DomainError) -> None:
        self.message_label.setText(self.tr("Not granted: {reason}").format(reason=error_text(err)))
        self.message_label.setStyleSheet(f"color: {theme.DANGER}; font-weight: bold;")
        self.message_label.show()
        self.reload()

    def _selected_redemption(self) -> RedemptionLine | None:
        index = self.redemptions_view.currentIndex()
        rows = self.redemptions_model.rows()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _redemption_selected(self, *_args: object) -> None:
        chosen = self._selected_redemption()
        self.cancel_redemption_button.setEnabled(
            chosen is not None and chosen.status != "cancelled"
        )

    def _cancelled(self, dialog: CancelRedemptionDialog) -> None:
        self._say(
            self.tr("Redemption cancelled: {points:,} points returned.").format(
                points=dialog.redemption.points
            )
        )
        self._changed()

    def _loaded(self, generation: int, found: MemberFile) -> None:
        if generation != self._generation:
            return
        card = found.card
        self.panel.set_card(card)
        self.title_label.setText(
            self.tr("Member {code}").format(code=card.code),
        )
        shown = self.profile.card()
        if shown is None or shown.id != card.id or shown.version != card.version:
            # A new profile; an adjustment or a freeze leaves what is being typed alone.
            self.profile.set_card(card)
        expired = card.points.expired_due
        self.expired_label.setText(
            self.tr(
                "{points:,} points are past their expiry date and no longer usable;"
                " the expiry job writes them off."
            ).format(points=expired)
        )
        self.expired_label.setVisible(expired > 0)
        self.ledger_view.set_entries(found.ledger)
        self.lots_model.set_rows(found.lots)
        self.redemptions_model.set_rows(found.redemptions)
        self._redemption_selected()
        self.coupons_model.set_rows(found.coupons)
        self.tabs.setTabText(
            2, self.tr("Redemptions ({count})").format(count=len(found.redemptions))
        )
        self.tabs.setTabText(3, self.tr("Coupons ({count})").format(count=len(found.coupons)))
        self.tier_tab.set_standing(found.tier)
        self.benefits_tab.set_lines(
            card.tier_name, found.benefits, found.benefit_uses, can_grant=card.status == "active"
        )
        self.freeze_button.setText(
            self.tr("Unfreeze points…") if card.frozen else self.tr("Freeze points…")
        )
        self._set_actions_enabled(True)
        self.sig_loaded.emit(card.id)

    def _failed(self, generation: int, err: DomainError) -> None:
        if generation == self._generation:
            self.panel.clear()
            self.panel.set_hint(error_text(err))
            self.profile.set_card(None)
            self._set_actions_enabled(False)

    def _finished(self, generation: int) -> None:
        if generation == self._generation:
            self._loading = False

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.adjust_button.setEnabled(enabled)
        self.freeze_button.setEnabled(enabled)
        card = self.card()
        self.merge_button.setEnabled(enabled and card is not None and card.status == "active")
        self.reveal_button.setEnabled(enabled and not self._revealing)

    # --- revealing personal data ----------------------------------------------------

    def _ask_server(self) -> None:
        """Learn once where the central API is (this database's device settings)."""
        if self._server_asked or self.admin_session.server_url is not None:
            return
        self._server_asked = True
        factory = self.services.factory
        Op(self, lambda: central_server(factory)).success(self._server_known).run()

    def _server_known(self, url: str | None) -> None:
        if url is not None:
            self.admin_session.set_server(url)

    @async_slot()
    async def reveal(self) -> None:
        """Ask the central API for the shown member's mobile (it audits the ask first)."""
        card = self.card()
        if card is None or self._revealing:
            return
        if self.admin_session.server_url is None:
            self._say_reveal(
                self.tr(
                    "Revealing personal data needs the central API, which records it first; "
                    "this database is standalone, so nothing is shown."
                ),
                ok=False,
            )
            return
        self._revealing = True
        self.reveal_button.setEnabled(False)
        try:
            if not await ensure_signed_in(self.admin_session, self):
                self._say_reveal(self.tr("Not signed in: nothing was revealed."), ok=False)
                return
            try:
                async with self.admin_session.client() as client:
                    found = await member_admin.reveal(client, card.code, REVEALED_FIELDS)
            except SyncError as err:
                if isinstance(err, SignInNeeded):
                    self.admin_session.forget()
                self._say_reveal(reveal_error_text(err, self.admin_session), ok=False)
                return
            shown = self.card()
            if shown is None or shown.code != found.code:
                return  # another member was opened meanwhile: show nothing
            self._show_revealed(found)
        finally:
            self._revealing = False
            self.reveal_button.setEnabled(self.card() is not None)

    def mask_personal_data(self) -> None:
        """Hide what a reveal showed (the timer ran out, or another member is opened)."""
        self._mask_timer.stop()
        self.revealed = None
        self.reveal_label.clear()
        self.reveal_label.hide()

    @async_slot()
    async def tier_from_server(self) -> None:
        """List the shown member's tier changes as the central server has them (all since
        enrolment; this database holds those since its set-up)."""
        card = self.card()
        tab = self.tier_tab
        if card is None or not tab.server_button.isEnabled():
            return
        if self.admin_session.server_url is None:
            tab.say(self.tr("This database is standalone: there is no central server."), ok=False)
            return
        tab.server_button.setEnabled(False)
        try:
            if not await ensure_signed_in(self.admin_session, self):
                tab.say(self.tr("Not signed in: the server's list is not shown."), ok=False)
                return
            try:
                async with self.admin_session.client() as client:
                    changes = await member_admin.tier_changes(client, card.code)
            except SyncError as err:
                if isinstance(err, SignInNeeded):
                    self.admin_session.forget()
                tab.say_server_failed(err, self.admin_session.server_url)
                return
            shown = self.card()
            if shown is not None and shown.code == card.code:  # not another member meanwhile
                tab.show_server_changes(changes)
        finally:
            tab.server_button.setEnabled(True)

    def _show_revealed(self, found: Revealed) -> None:
        self.revealed = found
        lines = [self.tr("Mobile {phone}").format(phone=found.phone or "—")]
        if found.email:
            lines.append(self.tr("E-mail {email}").format(email=found.email))
        seconds = max(1, self.reveal_ms // 1000)
        lines.append(
            self.tr("Masked again in {seconds} s. The central server recorded this.").format(
                seconds=seconds
            )
        )
        self.reveal_label.setText("\n".join(lines))
        self.reveal_label.setStyleSheet("font-weight: bold;")
        self.reveal_label.show()
        self._mask_timer.start(self.reveal_ms)

    def _say_reveal(self, text: str, *, ok: bool) -> None:
        self.mask_personal_data()
        self.reveal_label.setText(text)
        self.reveal_label.setStyleSheet(f"color: {theme.SUCCESS if ok else theme.DANGER};")
        self.reveal_label.show()

    def _open(self, dialog: QDialog, then: Callable[[Any], None]) -> None:
        if self.dialog is not None:
            return
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: then(dialog))
        dialog.finished.connect(self._dialog_finished)
        dialog.open()

    def _dialog_finished(self, _result: int) -> None:
        self.dialog = None

    def _adjusted(self, dialog: AdjustPointsDialog) -> None:
        points = dialog.points_field.value()
        self._say(
            self.tr(
                "{points:+,} points recorded. The change will be uploaded with the next sync."
            ).format(points=points)
        )
        self._changed()

    def _freeze_changed(self, dialog: FreezeDialog) -> None:
        self._say(
            self.tr("Points frozen: no earning or spending until unfrozen.")
            if dialog.freezing
            else self.tr("Points unfrozen: the member earns and spends again.")
        )
        self._changed()

    def _merged(self, dialog: MergeMembersDialog) -> None:
        applied, duplicate = dialog.applied, dialog.duplicate
        if applied is not None and duplicate is not None:
            result = applied.result
            self._say(
                self.tr(
                    "Member {code} merged into this member: {points:,} points in {lots} lots,"
                    " {debt:,} points debt and {coupons} coupons moved; {code} is closed."
                ).format(
                    code=result["duplicate_code"],
                    points=result["points"],
                    lots=result["lots"],
                    debt=result["debt"],
                    coupons=result["coupons"],
                )
            )
            self.sig_member_changed.emit(duplicate.card.id)
        self._changed()

    def _profile_saved(self, _result: object) -> None:
        self._changed()

    def _changed(self) -> None:
        if self._member_id is not None:
            self.sig_member_changed.emit(self._member_id)
        self.reload()

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {theme.SUCCESS}; font-weight: bold;")
        self.message_label.show()
