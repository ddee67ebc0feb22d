"""Issuing coupons from the coupons page: to one member (member no. or mobile), or to
everyone the members filters let through, after a count ("Issue 1,234 coupons?").

Each coupon is an ``issue_coupon`` command applied here and queued for upload
(``DeviceServices.issue_coupon`` for one member, ``core.member_bulk`` for a
filter: a batch per commit, each member in its own savepoint). A filter's issue
runs off the UI thread with a progress dialog; Cancel stops before the next
member, and what was issued stays issued and queued. Issuing to the members
page's selection is on the members page.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.apply import Applied
from core.directory import MemberDirectory, MemberFilter
from core.errors import DomainError
from core.member_bulk import BulkReport, BulkTarget, MemberBulk
from core.services import DeviceServices
from desktop.rulebook_editing import error_label, say
from ui.i18n import error_text
from ui.ops import Op
from ui.progress_op import ProgressOp
from ui.widgets.member_filter_bar import MemberFilterBar

# A pale amber: a question that needs an answer before anything happens.
_CONFIRM_BACKGROUND = "#FEF5E7"


class IssuePanel(QGroupBox):
    """A template, then one member or a filter; a count and a confirmation before a bulk issue."""

    # A coupon was issued to one member (the Applied command).
    sig_issued = Signal(object)
    # A bulk issue finished or was cancelled (its BulkReport).
    sig_bulk_done = Signal(object)
    # The count of members matching the filter arrived (an int).
    sig_counted = Signal(int)

    def __init__(self, services: DeviceServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Issue coupons"))
        self.setObjectName("couponIssue")
        self.services = services
        self.directory = MemberDirectory(services.factory)
        self.bulk = MemberBulk(services.factory)
        self.running: ProgressOp[BulkReport] | None = None
        self.matching: int | None = None  # members the filter lets through, once counted
        self._count_generation = 0
        self._pending: tuple[MemberFilter, str, int] | None = None  # the confirmation's
        self._busy = 0

        self.template_box = QComboBox(self)
        self.template_box.setObjectName("issueTemplate")
        self.template_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.member_field = QLineEdit(self)
        self.member_field.setObjectName("issueMember")
        self.member_field.setPlaceholderText(self.tr("member no. or mobile"))
        self.member_button = QPushButton(self.tr("Issue to this member"), self)
        self.member_button.setObjectName("issueOne")

        self.filter_bar = MemberFilterBar(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("issueCount")
        self.filter_button = QPushButton(self.tr("Issue to everyone matching…"), self)
        self.filter_button.setObjectName("issueMatching")

        # The confirmation, in the page: the count it shows is the one just read.
        self.confirm_frame = QFrame(self)
        self.confirm_frame.setObjectName("issueConfirm")
        self.confirm_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirm_frame.setStyleSheet(
            f"QFrame#issueConfirm {{ background: {_CONFIRM_BACKGROUND}; }}"
        )
        self.confirm_label = QLabel(self.confirm_frame)
        self.confirm_label.setObjectName("issueConfirmText")
        self.confirm_label.setWordWrap(True)
        self.confirm_button = QPushButton(self.confirm_frame)
        self.confirm_button.setObjectName("issueConfirmButton")
        self.back_button = QPushButton(self.tr("Back"), self.confirm_frame)
        self.back_button.setObjectName("issueBack")
        confirm_row = QHBoxLayout(self.confirm_frame)
        confirm_row.addWidget(self.confirm_label, 1)
        confirm_row.addWidget(self.back_button)
        confirm_row.addWidget(self.confirm_button)
        self.confirm_frame.hide()

        self.status_label = QLabel(self)
        self.status_label.setObjectName("issueStatus")
        self.status_label.setWordWrap(True)
        self.error_label = error_label(self, "issueError")

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Template"), self), 0, 0)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_box)
        template_row.addStretch(1)
        grid.addLayout(template_row, 0, 1)
        grid.addWidget(QLabel(self.tr("To one member"), self), 1, 0)
        one_row = QHBoxLayout()
        one_row.addWidget(self.member_field, 1)
        one_row.addWidget(self.member_button)
        one_row.addStretch(1)
        grid.addLayout(one_row, 1, 1)
        grid.addWidget(QLabel(self.tr("To everyone matching"), self), 2, 0)
        grid.addWidget(self.filter_bar, 2, 1)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label)
        count_row.addStretch(1)
        count_row.addWidget(self.filter_button)
        grid.addLayout(count_row, 3, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.confirm_frame)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)

        self.member_button.clicked.connect(self.issue_to_member)
        self.member_field.returnPressed.connect(self.issue_to_member)
        self.filter_bar.sig_changed.connect(self._filter_changed)
        self.filter_button.clicked.connect(self.ask_matching)
        self.confirm_button.clicked.connect(self.confirm)
        self.back_button.clicked.connect(self._hide_confirm)
        self.template_box.currentIndexChanged.connect(self._hide_confirm)
        self._set_enabled()

    # --- public ---------------------------------------------------------------------

    def start(self) -> None:
        """The filter's choices (tiers, stores, tags) and the first count."""
        directory, services = self.directory, self.services
        self._busy += 1
        (
            Op(
                self,
                lambda: (
                    [(t.code, t.name) for t in services.tiers()],
                    directory.stores(),
                    directory.tags_in_use(),
                ),
            )
            .success(self._choices_loaded)
            .failure(self._failed)
            .finished(self._done)
            .run()
        )
        self.recount()

    def set_templates(self, templates: list[tuple[str, str]]) -> None:
        """(id, name) of the templates that may be issued."""
        current = self.template_box.currentData()
        blocked = self.template_box.blockSignals(True)
        self.template_box.clear()
        for tid, name in templates:
            self.template_box.addItem(f"{name} ({tid})", tid)
        self.template_box.setCurrentIndex(max(0, self.template_box.findData(current)))
        self.template_box.blockSignals(blocked)
        self._set_enabled()

    def choose_template(self, template_id: str) -> bool:
        at = self.template_box.findData(template_id)
        if at >= 0:
            self.template_box.setCurrentIndex(at)
        return at >= 0

    def is_busy(self) -> bool:
        return bool(self._busy) or (self.running is not None and not self.running.is_finished())

    def recount(self) -> None:
        """Count the members the filter lets through (off the UI thread)."""
        self._count_generation += 1
        generation = self._count_generation
        target = BulkTarget.matching(self.filter_bar.member_filter())
        bulk = self.bulk
        self.matching = None
        self.count_label.setText(self.tr("Counting members…"))
        self._busy += 1
        (
            Op(self, lambda: bulk.preview_count(target))
            .success(lambda n: self._counted(generation, n))
            .failure(self._failed)
            .finished(self._done)
            .run()
        )

    def issue_to_member(self) -> None:
        """One coupon of the chosen template to the member typed (number or mobile)."""
        template = self.template_box.currentData()
        key = self.member_field.text().strip()
        say(self.error_label, "")
        if not template:
            say(self.error_label, self.tr("Choose a template first."))
            return
        if not key:
            say(self.error_label, self.tr("Type a member no. or mobile first."))
            return
        services = self.services
        self._busy += 1
        self._set_enabled()
        (
            Op(self, lambda: services.issue_coupon(key, template))
            .success(lambda applied: self._issued(key, applied))
            .failure(self._failed)
            .finished(self._done)
            .run()
        )

    def ask_matching(self) -> None:
        """Count afresh, then ask "Issue N coupons?" in the panel."""
        template = self.template_box.currentData()
        say(self.error_label, "")
        if not template:
            say(self.error_label, self.tr("Choose a template first."))
            return
        filters = self.filter_bar.member_filter()
        bulk = self.bulk
        self._busy += 1
        self._set_enabled()
        (
            Op(self, lambda: bulk.preview_count(BulkTarget.matching(filters)))
            .success(lambda n: self._show_confirm(filters, str(template), n))
            .failure(self._failed)
            .finished(self._done)
            .run()
        )

    def confirm(self) -> None:
        """Issue what the confirmation says, with progress and cancel."""
        pending, self._pending = self._pending, None
        self.confirm_frame.hide()
        if pending is None:
            return
        filters, template, _count = pending
        bulk = self.bulk
        staff = _staff(self.services)
        target = BulkTarget.matching(filters)
        op: ProgressOp[BulkReport] = ProgressOp(
            self,
            lambda progress: bulk.issue_coupons(target, template, staff=staff, progress=progress),
            label=self.tr("Issuing coupons…"),
        )
        self.running = op
        self._set_enabled()
        op.success(self._bulk_done).failure(self._failed).finished(self._set_enabled).run()

    # --- internals ------------------------------------------------------------------

    def _choices_loaded(
        self, choices: tuple[list[tuple[str, str]], list[tuple[str, str]], list[str]]
    ) -> None:
        tiers, stores, tags = choices
        self.filter_bar.set_tiers(tiers)
        self.filter_bar.set_stores(stores)
        self.filter_bar.set_tags(tags)

    def _filter_changed(self, _filters: MemberFilter) -> None:
        self._hide_confirm()
        self.recount()

    def _counted(self, generation: int, n: int) -> None:
        if generation != self._count_generation:
            return  # the filter changed since
        self.matching = n
        self.count_label.setText(self.tr("{count} members match").format(count=f"{n:,}"))
        self.sig_counted.emit(n)

    def _show_confirm(self, filters: MemberFilter, template: str, n: int) -> None:
        if filters != self.filter_bar.member_filter():
            return  # changed while counting; the person asks again
        if n == 0:
            say(self.error_label, self.tr("No member matches these filters: nothing to issue."))
            return
        name = self.template_box.currentText()
        self._pending = (filters, template, n)
        self.confirm_label.setText(
            self.tr(
                "Issue {count} coupons of {template}, one to each member matching these "
                "filters? They are queued for upload and cannot be taken back here."
            ).format(count=f"{n:,}", template=name)
        )
        self.confirm_button.setText(self.tr("Issue {count} coupons").format(count=f"{n:,}"))
        self.confirm_frame.show()
        self.confirm_button.setFocus()

    def _hide_confirm(self, *_args: object) -> None:
        self._pending = None
        self.confirm_frame.hide()

    def _issued(self, key: str, applied: Applied) -> None:
        self.status_label.setText(
            self.tr("Coupon {code} issued to {member}, valid until {until}.").format(
                code=applied.result.get("code", ""),
                member=key,
                until=str(applied.result.get("valid_until", ""))[:10],
            )
        )
        self.member_field.clear()
        self.sig_issued.emit(applied)

    def _bulk_done(self, report: BulkReport) -> None:
        if report.done:
            recorded = getattr(self.services, "recorded", None)
            if callable(recorded):
                recorded()  # wake the sync service, as single changes do
        text = self.tr("{done} coupons issued, {failed} members refused").format(
            done=f"{report.done:,}", failed=f"{report.failed:,}"
        )
        if report.failures:
            first = report.failures[0]
            text += " " + self.tr("(first: {reason})").format(reason=first.message)
        if report.cancelled:
            text = self.tr("Cancelled: {summary}; the coupons issued stay issued.").format(
                summary=text
            )
        self.status_label.setText(text)
        self.sig_bulk_done.emit(report)

    def _failed(self, err: DomainError) -> None:
        say(self.error_label, error_text(err))

    def _done(self) -> None:
        self._busy -= 1
        self._set_enabled()

    def _set_enabled(self, *_args: object) -> None:
        running = self.running is not None and not self.running.is_finished()
        has_template = self.template_box.count() > 0
        for widget in (self.member_button, self.filter_button, self.confirm_button):
            widget.setEnabled(has_template and not running)


def _staff(services: DeviceServices) -> str | None:
    # The back office's services may name the operator (desktop/app.py's OperatorServices).
    staff = getattr(services, "staff", None)
    return staff if isinstance(staff, str) else None
