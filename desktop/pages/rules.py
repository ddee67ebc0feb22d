"""Point rules: base rate, category rates, tier multipliers, campaigns with dates, the daily
cap, the pending period, the expiry policy, paying with points; and a calculator showing
what a sample sale would earn.

A published rule version never changes (sales point at it), so saving publishes the
edited rules as the next version from a start date (today or later) through the central
API (``sync.admin_client``), with a signed-in staff member's token. The calculator uses
``core.rule_calculator``: the till's own computation, on the edited rules or on the
version a till would use that day. Units are the rulebook's: rates in points per ¥100,
multipliers and extras in percent, all whole numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core import clock
from core.errors import DomainError, InvalidAmount, InvalidInput, NotConfigured
from core.money import format_fen, parse_yuan
from core.rule_calculator import local_rule_sets, rules_on, sample_earn
from core.rules import Campaign, EarnResult, ExpiryPolicy, PointRules, SaleLine
from core.services import DeviceServices
from core.tiers import TierDef
from desktop.rulebook_editing import error_label, mark, save_error_text, say, server_text
from desktop.signin_dialog import ensure_signed_in
from sync.admin_client import central_server
from sync.errors import SyncError
from ui import theme
from ui.admin_session import AdminSession
from ui.async_slots import async_slot
from ui.i18n import QT_TRANSLATE_NOOP
from ui.ops import Op
from ui.sync_bridge import SyncBridge

CALC_DELAY_MS = 200
MAX_INT = 10**9  # what the server accepts inside a rule set

# campaign table columns
(C_CODE, C_NAME, C_EXTRA, C_STACK, C_START, C_END, C_WEEKDAYS, C_MONTHS, C_DAYS) = range(9)
(C_CATEGORIES, C_TIERS, C_BIRTHDAY) = range(9, 12)
_CAMPAIGN_HEADERS = (
    QT_TRANSLATE_NOOP("RulesPage", "Code"),
    QT_TRANSLATE_NOOP("RulesPage", "Name"),
    QT_TRANSLATE_NOOP("RulesPage", "Extra %"),
    QT_TRANSLATE_NOOP("RulesPage", "Stacks"),
    QT_TRANSLATE_NOOP("RulesPage", "From"),
    QT_TRANSLATE_NOOP("RulesPage", "Until"),
    QT_TRANSLATE_NOOP("RulesPage", "Weekdays (1 = Mon)"),
    QT_TRANSLATE_NOOP("RulesPage", "Months"),
    QT_TRANSLATE_NOOP("RulesPage", "Days of month"),
    QT_TRANSLATE_NOOP("RulesPage", "Categories"),
    QT_TRANSLATE_NOOP("RulesPage", "Tiers"),
    QT_TRANSLATE_NOOP("RulesPage", "Birthday month"),
)


class RulesPage(QWidget):
    """The rule set form on the left, the sample-sale calculator on the right."""

    # The central server published the edited rules (the version number).
    sig_published = Signal(int)

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
        self.setObjectName("rulesPage")
        self.services = services
        self.session = session
        self.bridge = sync_bridge
        self._today = today or (lambda: clock.now().date())
        self.published: list[PointRules] = []
        self.tiers: list[TierDef] = []
        self.base: PointRules | None = None  # what the form was filled from
        self.result: EarnResult | None = None
        self._loading = self._saving = self._filling = False

        self.server_label = QLabel(self)
        self.server_label.setObjectName("rulesServer")
        self.server_label.setWordWrap(True)
        self.versions_label = QLabel(self)
        self.versions_label.setObjectName("rulesVersions")
        self.versions_label.setWordWrap(True)

        # --- rates ---------------------------------------------------------------------
        self.effective_edit = QDateEdit(self)
        self.effective_edit.setObjectName("rulesEffective")
        self.effective_edit.setCalendarPopup(True)
        self.effective_edit.setDisplayFormat("yyyy-MM-dd")
        self.base_rate_spin = _spin(self, "rulesBaseRate", 0, MAX_INT)
        self.base_rate_spin.setSuffix(self.tr(" points per ¥100"))
        self.category_table = QTableWidget(0, 2, self)
        self.category_table.setObjectName("rulesCategories")
        self.category_table.setHorizontalHeaderLabels(
            [self.tr("Category"), self.tr("Points per ¥100")]
        )
        _table_look(self.category_table, rows=5)
        self.add_category_button = QPushButton(self.tr("Add category"), self)
        self.add_category_button.clicked.connect(lambda: self._add_row(self.category_table))
        self.remove_category_button = QPushButton(self.tr("Remove"), self)
        self.remove_category_button.clicked.connect(lambda: self._remove_row(self.category_table))
        self.category_error = error_label(self, "rulesCategoryError")
        self.multiplier_table = QTableWidget(0, 2, self)
        self.multiplier_table.setObjectName("rulesMultipliers")
        self.multiplier_table.setHorizontalHeaderLabels(
            [self.tr("Tier"), self.tr("Points multiplier %")]
        )
        _table_look(self.multiplier_table, rows=5)
        self.multiplier_error = error_label(self, "rulesMultiplierError")

        rates_box = QGroupBox(self.tr("Earning"), self)
        rates_form = QFormLayout(rates_box)
        rates_form.addRow(self.tr("Takes effect on"), self.effective_edit)
        rates_form.addRow(self.tr("Base rate"), self.base_rate_spin)
        rates_form.addRow(self.tr("Category rates"), self.category_table)
        category_buttons = QHBoxLayout()
        category_buttons.addWidget(self.add_category_button)
        category_buttons.addWidget(self.remove_category_button)
        category_buttons.addStretch(1)
        rates_form.addRow("", category_buttons)
        rates_form.addRow(self.category_error)
        rates_form.addRow(self.tr("Tier multipliers"), self.multiplier_table)
        rates_form.addRow(self.multiplier_error)

        # --- campaigns -----------------------------------------------------------------
        self.campaign_table = QTableWidget(0, len(_CAMPAIGN_HEADERS), self)
        self.campaign_table.setObjectName("rulesCampaigns")
        self.campaign_table.setHorizontalHeaderLabels([self.tr(h) for h in _CAMPAIGN_HEADERS])
        _table_look(self.campaign_table, rows=5)
        self.add_campaign_button = QPushButton(self.tr("Add campaign"), self)
        self.add_campaign_button.clicked.connect(self._add_campaign)
        self.remove_campaign_button = QPushButton(self.tr("Remove"), self)
        self.remove_campaign_button.clicked.connect(lambda: self._remove_row(self.campaign_table))
        self.campaign_error = error_label(self, "rulesCampaignError")
        campaigns_box = QGroupBox(self.tr("Campaigns"), self)
        campaigns_layout = QVBoxLayout(campaigns_box)
        campaigns_layout.addWidget(self.campaign_table)
        campaign_buttons = QHBoxLayout()
        campaign_buttons.addWidget(self.add_campaign_button)
        campaign_buttons.addWidget(self.remove_campaign_button)
        campaign_buttons.addStretch(1)
        campaigns_layout.addLayout(campaign_buttons)
        campaigns_layout.addWidget(self.campaign_error)

        # --- limits, pending, expiry, paying with points ----------------------------------
        self.cap_field = QLineEdit(self)
        self.cap_field.setObjectName("rulesDailyCap")
        self.cap_field.setPlaceholderText(self.tr("no cap"))
        self.cap_error = error_label(self, "rulesCapError")
        self.pending_spin = _spin(self, "rulesPending", 0, 3650)
        self.pending_spin.setSuffix(self.tr(" days"))
        self.expiry_box = QComboBox(self)
        self.expiry_box.setObjectName("rulesExpiryKind")
        self.expiry_box.addItem(self.tr("A number of days after the sale"), "rolling")
        self.expiry_box.addItem(self.tr("Cleared once a year"), "yearly_clearing")
        self.expiry_days_spin = _spin(self, "rulesExpiryDays", 0, 36500)
        self.expiry_days_spin.setSuffix(self.tr(" days"))
        self.clearing_month_spin = _spin(self, "rulesClearingMonth", 1, 12)
        self.clearing_day_spin = _spin(self, "rulesClearingDay", 1, 31)
        self.years_kept_spin = _spin(self, "rulesYearsKept", 0, 100)
        self.expiry_error = error_label(self, "rulesExpiryError")
        self.cash_rate_spin = _spin(self, "rulesCashRate", 1, MAX_INT)
        self.cash_rate_spin.setSuffix(self.tr(" points = ¥1"))
        self.cash_max_spin = _spin(self, "rulesCashMax", 0, 100)
        self.cash_max_spin.setSuffix(self.tr("% of a bill at most"))
        limits_box = QGroupBox(self.tr("Limits, pending period and expiry"), self)
        limits_form = QFormLayout(limits_box)
        limits_form.addRow(self.tr("Daily cap (points)"), self.cap_field)
        limits_form.addRow(self.cap_error)
        limits_form.addRow(self.tr("Pending (return window)"), self.pending_spin)
        limits_form.addRow(self.tr("Points expire"), self.expiry_box)
        limits_form.addRow(self.tr("Valid for"), self.expiry_days_spin)
        clearing = QHBoxLayout()
        clearing.addWidget(QLabel(self.tr("month"), self))
        clearing.addWidget(self.clearing_month_spin)
        clearing.addWidget(QLabel(self.tr("day"), self))
        clearing.addWidget(self.clearing_day_spin)
        clearing.addWidget(QLabel(self.tr("after years"), self))
        clearing.addWidget(self.years_kept_spin)
        clearing.addStretch(1)
        limits_form.addRow(self.tr("Clearing date"), clearing)
        limits_form.addRow(self.expiry_error)
        limits_form.addRow(self.tr("Paying with points"), self.cash_rate_spin)
        limits_form.addRow("", self.cash_max_spin)

        form = QWidget(self)
        form_layout = QVBoxLayout(form)
        form_layout.addWidget(rates_box)
        form_layout.addWidget(campaigns_box)
        form_layout.addWidget(limits_box)
        form_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(form)
        scroll.setWidgetResizable(True)

        # --- the calculator --------------------------------------------------------------
        self.calc_rules_box = QComboBox(self)
        self.calc_rules_box.setObjectName("calcRules")
        self.calc_rules_box.addItem(self.tr("the edited rules"), "edited")
        self.calc_rules_box.addItem(self.tr("the version in force that day"), "published")
        self.calc_lines = QTableWidget(4, 2, self)
        self.calc_lines.setObjectName("calcLines")
        self.calc_lines.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Amount (¥)")])
        _table_look(self.calc_lines, rows=4)
        for row in range(4):
            for col in range(2):
                self.calc_lines.setItem(row, col, QTableWidgetItem(""))
        self.calc_tier_box = QComboBox(self)
        self.calc_tier_box.setObjectName("calcTier")
        self.calc_date_edit = QDateEdit(self)
        self.calc_date_edit.setObjectName("calcDate")
        self.calc_date_edit.setCalendarPopup(True)
        self.calc_date_edit.setDisplayFormat("yyyy-MM-dd")
        self.calc_birthday_check = QCheckBox(self.tr("in the member's birthday month"), self)
        self.calc_birthday_check.setObjectName("calcBirthday")
        self.calc_earned_spin = _spin(self, "calcEarnedToday", 0, MAX_INT)
        self.calc_points_label = QLabel(self)
        self.calc_points_label.setObjectName("calcPoints")
        self.calc_points_label.setFont(theme.big_number_font(self.font()))
        self.calc_breakdown_label = QLabel(self)
        self.calc_breakdown_label.setObjectName("calcBreakdown")
        self.calc_breakdown_label.setWordWrap(True)
        self.calc_dates_label = QLabel(self)
        self.calc_dates_label.setObjectName("calcDates")
        self.calc_dates_label.setWordWrap(True)
        self.calc_error = error_label(self, "calcError")
        calc_box = QGroupBox(self.tr("Calculator: what a sample sale earns"), self)
        calc_form = QFormLayout(calc_box)
        calc_form.addRow(self.tr("Rules"), self.calc_rules_box)
        calc_form.addRow(self.tr("Sale lines (after discounts)"), self.calc_lines)
        calc_form.addRow(self.tr("Member's tier"), self.calc_tier_box)
        calc_form.addRow(self.tr("Day of the sale"), self.calc_date_edit)
        calc_form.addRow("", self.calc_birthday_check)
        calc_form.addRow(self.tr("Points earned that day before"), self.calc_earned_spin)
        calc_form.addRow(self.calc_error)
        calc_form.addRow(self.tr("Points"), self.calc_points_label)
        calc_form.addRow(self.calc_breakdown_label)
        calc_form.addRow(self.calc_dates_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(calc_box)
        splitter.setSizes([760, 500])
        splitter.setChildrenCollapsible(False)

        # --- actions ----------------------------------------------------------------------
        self.revert_button = QPushButton(self.tr("Revert"), self)
        self.revert_button.setObjectName("rulesRevert")
        self.revert_button.clicked.connect(self.revert)
        self.publish_button = QPushButton(self.tr("Publish as a new version"), self)
        self.publish_button.setObjectName("rulesPublish")
        self.publish_button.clicked.connect(self.publish)
        self.save_status = QLabel(self)
        self.save_status.setObjectName("rulesSaveStatus")
        self.save_status.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.save_status, 1)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.publish_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.server_label)
        layout.addWidget(self.versions_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)

        self._calc_timer = QTimer(self)
        self._calc_timer.setSingleShot(True)
        self._calc_timer.setInterval(CALC_DELAY_MS)
        self._calc_timer.timeout.connect(self.calculate)
        for spin in (
            self.base_rate_spin,
            self.pending_spin,
            self.expiry_days_spin,
            self.clearing_month_spin,
            self.clearing_day_spin,
            self.years_kept_spin,
            self.cash_rate_spin,
            self.cash_max_spin,
            self.calc_earned_spin,
        ):
            spin.valueChanged.connect(self._edited)
        for table in (
            self.category_table,
            self.multiplier_table,
            self.campaign_table,
            self.calc_lines,
        ):
            table.itemChanged.connect(self._edited)
        self.cap_field.textChanged.connect(self._edited)
        self.effective_edit.dateChanged.connect(self._edited)
        self.calc_date_edit.dateChanged.connect(self._edited)
        self.expiry_box.currentIndexChanged.connect(self._expiry_kind_changed)
        self.calc_rules_box.currentIndexChanged.connect(self._edited)
        self.calc_tier_box.currentIndexChanged.connect(self._edited)
        self.calc_birthday_check.toggled.connect(self._edited)
        self.session.sig_changed.connect(self._show_server)
        if sync_bridge is not None:
            sync_bridge.sig_cycle_finished.connect(self._synced)
        self._show_server()

    # --- public ---------------------------------------------------------------------

    def start(self) -> None:
        """Read the local rule versions and tiers, and the central server's address."""
        self.reload()
        factory = self.services.factory
        Op(self, lambda: central_server(factory)).success(self.session.set_server).run()

    def reload(self) -> None:
        self._loading = True
        factory, services = self.services.factory, self.services

        def load() -> tuple[list[PointRules], list[TierDef]]:
            return local_rule_sets(factory), services.tiers()

        Op(self, load).success(self._loaded).failure(self._load_failed).finished(
            self._load_finished
        ).run()

    def is_busy(self) -> bool:
        return self._loading or self._saving or self._calc_timer.isActive()

    def revert(self) -> None:
        if self.base is not None:
            self._fill(self.base)
        say(self.save_status, "")

    def in_force(self, day: date) -> PointRules | None:
        try:
            return rules_on(self.published, day)
        except NotConfigured:
            return None

    def edited_rules(self) -> PointRules | None:
        """The rule set as edited (next version); None, with the problems shown, if wrong."""
        if self.base is None:
            return None
        ok = True
        categories = self._rate_rows(self.category_table, self.category_error, minimum=0)
        multipliers = self._rate_rows(self.multiplier_table, self.multiplier_error, minimum=100)
        if multipliers is not None:
            # A tier left at 100% that the rules did not list stays unlisted (same meaning).
            listed = self.base.tier_multipliers
            multipliers = {k: v for k, v in multipliers.items() if v != 100 or k in listed}
        campaigns = self._campaigns()
        cap_text = self.cap_field.text().strip().replace(",", "")
        cap: int | None = None
        if cap_text:
            if cap_text.isdigit() and int(cap_text) <= MAX_INT:
                cap = int(cap_text)
                say(self.cap_error, "")
            else:
                say(self.cap_error, self.tr("The daily cap is a whole number of points, or empty."))
                ok = False
        else:
            say(self.cap_error, "")
        expiry = self._expiry()
        if categories is None or multipliers is None or campaigns is None or expiry is None:
            ok = False
        if not ok:
            return None
        assert categories is not None and multipliers is not None
        assert campaigns is not None and expiry is not None
        try:
            return PointRules(
                version=max((r.version for r in self.published), default=0) + 1,
                effective_from=_day(self.effective_edit.date()),
                base_rate=self.base_rate_spin.value(),
                expiry=expiry,
                points_cash_rate=self.cash_rate_spin.value(),
                points_cash_max_pct=self.cash_max_spin.value(),
                category_rates=categories,
                tier_multipliers=multipliers,
                campaigns=tuple(campaigns),
                daily_cap=cap,
                pending_days=self.pending_spin.value(),
            )
        except InvalidInput as err:  # the widgets' ranges keep this from happening
            say(self.save_status, err.message)
            return None

    def has_unsaved_changes(self) -> bool:
        edited = self.edited_rules()
        if self.base is None:
            return False
        if edited is None:
            return True
        return _comparable(edited) != _comparable(self.base)

    @async_slot()
    async def publish(self) -> None:
        """Check the form, then publish it as the next version on the central server."""
        if self._saving or self.base is None:
            return
        rules = self.edited_rules()
        if rules is None:
            say(self.save_status, self.tr("Nothing was sent: correct the fields marked in red."))
            return
        if self.session.server_url is None:
            say(
                self.save_status,
                self.tr(
                    "Publishing needs a connection to the central server; this database is "
                    "standalone. Nothing was published."
                ),
            )
            return
        today = self._today()
        if rules.effective_from < today:
            say(
                self.save_status,
                self.tr(
                    "A new version starts today or later: past days keep the rules they had. "
                    "Nothing was sent."
                ),
            )
            return
        if _comparable(rules) == _comparable(self.base):
            say(self.save_status, self.tr("There are no changes to publish."))
            return
        self._set_saving(True)
        try:
            if not await ensure_signed_in(self.session, self):
                say(self.save_status, self.tr("Not signed in: nothing was published."))
                return
            say(self.save_status, self.tr("Publishing…"))
            try:
                async with self.session.client() as client:
                    answer = await client.publish_rules(rules)
            except SyncError as err:
                if err.code == "sign_in_needed":
                    self.session.forget()
                say(self.save_status, save_error_text(err, self.session))
                return
            version = int(answer.get("version", rules.version))
            say(
                self.save_status,
                self.tr(
                    "Published as version {version}, in force from {day}. The page lists it "
                    "after the next sync."
                ).format(version=version, day=rules.effective_from.isoformat()),
            )
            self.base = rules  # what the form shows is saved; the pull brings it back
            self.sig_published.emit(version)
            if self.bridge is not None:
                self.bridge.nudge()
        finally:
            self._set_saving(False)

    # --- loading and showing ---------------------------------------------------------

    def _loaded(self, loaded: tuple[list[PointRules], list[TierDef]]) -> None:
        published, tiers = loaded
        if published == self.published and tiers == self.tiers:
            return  # a sync without rulebook changes
        self.published, self.tiers = published, tiers
        today = self._today()
        current = self.in_force(today)
        future = [r for r in published if r.effective_from > today]
        parts = [
            self.tr("Version {v} from {day}").format(v=r.version, day=r.effective_from.isoformat())
            + (self.tr(" (in force today)") if r is current else "")
            for r in published
        ]
        self.versions_label.setText(
            self.tr("Published versions held here: {list}.").format(list="; ".join(parts))
            if parts
            else self.tr("No point rules are published yet.")
        )
        base = future[-1] if future else current
        self._filling = True
        try:
            self.calc_tier_box.clear()
            for tier in tiers:
                self.calc_tier_box.addItem(tier.name, tier.code)
            self.calc_date_edit.setDate(_qdate(today))
        finally:
            self._filling = False
        if base is not None:
            self._fill(base)

    def _load_failed(self, err: DomainError) -> None:
        say(
            self.save_status,
            self.tr("The local rulebook cannot be read: {error}").format(error=err.message),
        )

    def _load_finished(self) -> None:
        self._loading = False

    def _fill(self, rules: PointRules) -> None:
        """Show ``rules`` in the form, to be edited into the next version."""
        self.base = rules
        self._filling = True
        try:
            start = max(rules.effective_from, self._today() + timedelta(days=1))
            self.effective_edit.setDate(_qdate(start))
            self.base_rate_spin.setValue(rules.base_rate)
            self.category_table.setRowCount(0)
            for code, rate in rules.category_rates.items():
                self._add_row(self.category_table, code, str(rate))
            self.multiplier_table.setRowCount(0)
            for tier in self.tiers:
                row = self._add_row(
                    self.multiplier_table, tier.name, str(rules.multiplier_for(tier.code))
                )
                name = self.multiplier_table.item(row, 0)
                assert name is not None
                name.setData(Qt.ItemDataRole.UserRole, tier.code)
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.campaign_table.setRowCount(0)
            for campaign in rules.campaigns:
                self._add_campaign(campaign)
            self.cap_field.setText("" if rules.daily_cap is None else str(rules.daily_cap))
            self.pending_spin.setValue(rules.pending_days)
            expiry = rules.expiry
            self.expiry_box.setCurrentIndex(self.expiry_box.findData(expiry.kind))
            self.expiry_days_spin.setValue(expiry.days or 0)
            self.clearing_month_spin.setValue(expiry.month or 12)
            self.clearing_day_spin.setValue(expiry.day or 31)
            self.years_kept_spin.setValue(expiry.years_kept or 0)
            self.cash_rate_spin.setValue(rules.points_cash_rate)
            self.cash_max_spin.setValue(rules.points_cash_max_pct)
            self._expiry_kind_changed()
            self.campaign_table.resizeColumnsToContents()
        finally:
            self._filling = False
        for label in (
            self.category_error,
            self.multiplier_error,
            self.campaign_error,
            self.cap_error,
            self.expiry_error,
        ):
            say(label, "")
        self._edited()

    def _show_server(self) -> None:
        self.server_label.setText(server_text(self.session))

    def _synced(self) -> None:
        """A sync cycle ended: show the versions its pull brought, unless mid-edit."""
        if self.base is not None and not self.has_unsaved_changes():
            self.reload()

    # --- editing and checking ---------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self._calc_timer.start()

    def _expiry_kind_changed(self, *_args: object) -> None:
        rolling = self.expiry_box.currentData() == "rolling"
        self.expiry_days_spin.setEnabled(rolling)
        for spin in (self.clearing_month_spin, self.clearing_day_spin, self.years_kept_spin):
            spin.setEnabled(not rolling)
        self._edited()

    def _add_row(self, table: QTableWidget, *texts: str) -> int:
        row = table.rowCount()
        was, self._filling = self._filling, True
        try:
            table.insertRow(row)
            for col in range(table.columnCount()):
                table.setItem(row, col, QTableWidgetItem(texts[col] if col < len(texts) else ""))
        finally:
            self._filling = was
        return row

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self._edited()

    def _add_campaign(self, campaign: Campaign | None = None) -> None:
        c = campaign
        texts = [
            c.code if c else "",
            c.name if c else "",
            str(c.extra_pct) if c else "100",
            "",
            c.start.isoformat() if c and c.start else "",
            c.end.isoformat() if c and c.end else "",
            _ints(sorted(d + 1 for d in c.weekdays)) if c and c.weekdays else "",
            _ints(sorted(c.months)) if c and c.months else "",
            _ints(sorted(c.month_days)) if c and c.month_days else "",
            ", ".join(sorted(c.categories)) if c and c.categories else "",
            ", ".join(sorted(c.tiers)) if c and c.tiers else "",
            "",
        ]
        row = self._add_row(self.campaign_table, *texts)
        was, self._filling = self._filling, True
        try:
            checks = (
                (C_STACK, bool(c and c.stackable)),
                (C_BIRTHDAY, bool(c and c.birthday_month_only)),
            )
            for col, on in checks:
                item = self.campaign_table.item(row, col)
                assert item is not None
                item.setFlags(
                    (item.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~Qt.ItemFlag.ItemIsEditable
                )
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self._filling = was
        if campaign is None:
            self._edited()

    def _rate_rows(
        self, table: QTableWidget, label: QLabel, *, minimum: int
    ) -> dict[str, int] | None:
        out: dict[str, int] = {}
        problems: list[str] = []
        for row in range(table.rowCount()):
            key_item, value_item = table.item(row, 0), table.item(row, 1)
            key = (
                key_item.data(Qt.ItemDataRole.UserRole) or key_item.text().strip()
                if key_item
                else ""
            )
            text = value_item.text().strip().replace(",", "") if value_item else ""
            if not key and not text:
                continue
            mark(key_item, not key or key in out)
            if not key:
                problems.append(self.tr("Row {row}: name the category.").format(row=row + 1))
                continue
            if key in out:
                problems.append(self.tr("{key} is listed twice.").format(key=key))
                continue
            good = text.isdigit() and minimum <= int(text) <= MAX_INT
            mark(value_item, not good)
            if not good:
                problems.append(
                    self.tr("{key}: “{text}” must be a whole number of at least {minimum}.").format(
                        key=key_item.text() if key_item else key, text=text, minimum=minimum
                    )
                )
                continue
            out[str(key)] = int(text)
        say(label, "\n".join(problems))
        return None if problems else out

    def _campaigns(self) -> list[Campaign] | None:
        out: list[Campaign] = []
        problems: list[str] = []
        codes: set[str] = set()
        for row in range(self.campaign_table.rowCount()):
            cells = {
                col: self.campaign_table.item(row, col)
                for col in range(self.campaign_table.columnCount())
            }
            text = {col: (item.text().strip() if item else "") for col, item in cells.items()}
            for item in cells.values():
                mark(item, False)
            where = text[C_CODE] or self.tr("Row {row}").format(row=row + 1)
            bad: list[int] = []
            fields: dict[str, Any] = {}

            def need(
                col: int, ok: bool, problem: str, bad: list[int] = bad, where: str = where
            ) -> bool:
                if not ok:
                    bad.append(col)
                    problems.append(f"{where}: {problem}")
                return ok

            need(C_CODE, bool(text[C_CODE]), self.tr("give the campaign a code"))
            need(C_CODE, text[C_CODE] not in codes, self.tr("the code is used twice"))
            codes.add(text[C_CODE])
            need(C_NAME, bool(text[C_NAME]), self.tr("give the campaign a name"))
            if need(
                C_EXTRA,
                text[C_EXTRA].isdigit() and int(text[C_EXTRA]) <= MAX_INT,
                self.tr("the extra is a whole percent (100 = double points)"),
            ):
                fields["extra_pct"] = int(text[C_EXTRA])
            for col, name in ((C_START, "start"), (C_END, "end")):
                if not text[col]:
                    fields[name] = None
                    continue
                try:
                    fields[name] = date.fromisoformat(text[col])
                except ValueError:
                    need(
                        col,
                        False,
                        self.tr("“{text}” is not a date like 2026-11-11").format(text=text[col]),
                    )
            if fields.get("start") and fields.get("end") and fields["end"] < fields["start"]:
                need(C_END, False, self.tr("it ends before it starts"))
                bad.append(C_START)
            for col, name, lo, hi, shift in (
                (C_WEEKDAYS, "weekdays", 1, 7, -1),
                (C_MONTHS, "months", 1, 12, 0),
                (C_DAYS, "month_days", 1, 31, 0),
            ):
                numbers = _int_list(text[col])
                if numbers is None or any(not lo <= n <= hi for n in numbers):
                    need(
                        col,
                        False,
                        self.tr("“{text}” must be numbers {lo}–{hi}, e.g. 1, 3").format(
                            text=text[col], lo=lo, hi=hi
                        ),
                    )
                else:
                    fields[name] = frozenset(n + shift for n in numbers) or None
            fields["categories"] = _words(text[C_CATEGORIES])
            tiers = _words(text[C_TIERS])
            known = {t.code for t in self.tiers}
            if tiers is not None and not tiers <= known:
                need(
                    C_TIERS,
                    False,
                    self.tr("unknown tier code(s) {codes}").format(
                        codes=", ".join(sorted(tiers - known))
                    ),
                )
            fields["tiers"] = tiers
            for col in bad:
                mark(cells[col], True)
            if bad:
                continue
            stack = cells[C_STACK]
            birthday = cells[C_BIRTHDAY]
            try:
                out.append(
                    Campaign(
                        code=text[C_CODE],
                        name=text[C_NAME],
                        stackable=bool(stack and stack.checkState() == Qt.CheckState.Checked),
                        birthday_month_only=bool(
                            birthday and birthday.checkState() == Qt.CheckState.Checked
                        ),
                        **fields,
                    )
                )
            except InvalidInput as err:
                problems.append(f"{where}: {err.message}")
        say(self.campaign_error, "\n".join(problems))
        return None if problems else out

    def _expiry(self) -> ExpiryPolicy | None:
        try:
            if self.expiry_box.currentData() == "rolling":
                policy = ExpiryPolicy.rolling(self.expiry_days_spin.value())
            else:
                policy = ExpiryPolicy.yearly_clearing(
                    month=self.clearing_month_spin.value(),
                    day=self.clearing_day_spin.value(),
                    years_kept=self.years_kept_spin.value(),
                )
        except InvalidInput:
            say(
                self.expiry_error,
                self.tr("{month}/{day} is not a day of the year.").format(
                    month=self.clearing_month_spin.value(), day=self.clearing_day_spin.value()
                ),
            )
            return None
        say(self.expiry_error, "")
        return policy

    # --- the calculator ------------------------------------------------------------------

    def calculate(self) -> None:
        """What the sample sale earns (pure: the till's own computation, no database)."""
        self.result = None
        lines: list[SaleLine] = []
        problems: list[str] = []
        for row in range(self.calc_lines.rowCount()):
            cat_item, amount_item = self.calc_lines.item(row, 0), self.calc_lines.item(row, 1)
            category = cat_item.text().strip() if cat_item else ""
            amount = amount_item.text().strip() if amount_item else ""
            mark(amount_item, False)
            if not amount:
                continue
            try:
                lines.append(SaleLine(category or None, parse_yuan(amount)))
            except InvalidAmount:
                mark(amount_item, True)
                problems.append(
                    self.tr("Line {row}: “{text}” is not an amount like 128.50").format(
                        row=row + 1, text=amount
                    )
                )
        day = _day(self.calc_date_edit.date())
        if self.calc_rules_box.currentData() == "edited":
            rules = self.edited_rules()
            if rules is None:
                problems.append(self.tr("The edited rules have errors (marked in red)."))
        else:
            rules = self.in_force(day)
            if rules is None:
                problems.append(self.tr("No published version is in force on that day."))
        if not lines and not problems:
            problems.append(self.tr("Enter an amount on at least one line."))
        tier_code = self.calc_tier_box.currentData()
        if problems or rules is None or not isinstance(tier_code, str):
            say(self.calc_error, "\n".join(problems))
            self._show_result(None)
            return
        at = datetime.combine(day, time(12, 0))
        birthday = date(2000, day.month, 1) if self.calc_birthday_check.isChecked() else None
        try:
            result = sample_earn(
                rules,
                self.tiers,
                lines,
                tier_code=tier_code,
                at=at,
                birthday=birthday,
                earned_today=self.calc_earned_spin.value(),
            )
        except InvalidInput as err:
            say(self.calc_error, err.message)
            self._show_result(None)
            return
        say(self.calc_error, "")
        self.result = result
        self._show_result(result)

    def _show_result(self, result: EarnResult | None) -> None:
        if result is None:
            self.calc_points_label.setText("—")
            self.calc_breakdown_label.setText("")
            self.calc_dates_label.setText("")
            return
        self.calc_points_label.setText(f"{result.points:,}")
        self.calc_breakdown_label.setText(self.breakdown(result))
        self.calc_dates_label.setText(
            self.tr("Version {v}. Spendable from {available}; expires {expires}.").format(
                v=result.rule_version,
                available=result.available_at.strftime("%Y-%m-%d %H:%M"),
                expires=result.expires_at.strftime("%Y-%m-%d %H:%M"),
            )
        )

    def breakdown(self, result: EarnResult) -> str:
        """ "128 base + 64 金牌 bonus + 128 会员日", as the checkout words it."""
        text = ""
        for i, part in enumerate(result.parts):
            n = abs(part.points)
            if part.code == "base":
                words = self.tr("{n} base").format(n=n)
            elif part.code == "tier_bonus":
                words = self.tr("{n} {tier} bonus").format(n=n, tier=part.params.get("tier_name"))
            elif part.code == "campaign":
                words = self.tr("{n} {campaign}").format(
                    n=n, campaign=part.params.get("campaign_name")
                )
            else:
                words = self.tr("{n} over the daily cap").format(n=n)
            sign = " - " if part.points < 0 else " + "
            text += (("- " if part.points < 0 else "") if i == 0 else sign) + words
        amount = sum(int(p.params.get("amount_fen", 0)) for p in result.parts if p.code == "base")
        return self.tr("{parts} (on {amount})").format(parts=text, amount=format_fen(amount))

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.publish_button.setEnabled(not saving)
        self.revert_button.setEnabled(not saving)


def _comparable(rules: PointRules) -> dict[str, object]:
    d = rules.to_dict()
    d.pop("version")
    d.pop("effective_from")
    return d


def _spin(parent: QWidget, name: str, lo: int, hi: int) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(lo, hi)
    spin.setGroupSeparatorShown(True)
    return spin


def _table_look(table: QTableWidget, *, rows: int) -> None:
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    height = table.fontMetrics().height() + 10
    table.setMinimumHeight(height * (rows + 1) + 4)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def _ints(numbers: list[int]) -> str:
    return ", ".join(str(n) for n in numbers)


def _int_list(text: str) -> list[int] | None:
    """ "1, 3" -> [1, 3]; "" -> []; anything else None."""
    parts = [p.strip() for p in text.replace("，", ",").split(",") if p.strip()]
    if not all(p.isdigit() for p in parts):
        return None
    return [int(p) for p in parts]


def _words(text: str) -> frozenset[str] | None:
    items = frozenset(p.strip() for p in text.replace("，", ",").split(",") if p.strip())
    return items or None
