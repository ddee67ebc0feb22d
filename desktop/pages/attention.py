"""The attention queue: what sync could not apply as made, with the facts to act on it.

Rejected commands of this device and the server's items (overdrafts, points
that differ from a receipt, stock overdrawn) arrive with sync. The table lists
them oldest first, a keyset page at a time; the pane beside it says everything
known of the selected item: when, which store and clerk, which member, what the
command was and what the server said. Resolving happens on the server; the
resolution arrives with the next pull and the item moves to "Resolved".
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.attention import AttentionFacts, AttentionReader, State
from core.codes import mask_name
from core.services import DeviceServices
from ui import theme
from ui.attention_model import AttentionTableModel
from ui.attention_words import command_text, detail_lines, kind_text, remote_error_text
from ui.ops import Op


class AttentionPage(QWidget):
    """Filter and table on the left, the selected item's facts on the right."""

    # "Open member" was asked for (member id).
    sig_open_member = Signal(str)
    # How many items are open (after each load).
    sig_open_count = Signal(int)

    def __init__(self, services: DeviceServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionPage")
        self.reader = AttentionReader(services.factory)
        self._error = ""

        self.state_box = QComboBox(self)
        self.state_box.setObjectName("attentionState")
        self.state_box.addItem(self.tr("Open"), "open")
        self.state_box.addItem(self.tr("Resolved"), "resolved")
        self.state_box.addItem(self.tr("All"), "all")
        self.state_box.currentIndexChanged.connect(self._state_chosen)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("attentionRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("attentionCount")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show"), self))
        bar.addWidget(self.state_box)
        bar.addWidget(self.refresh_button)
        bar.addSpacing(16)
        bar.addWidget(self.count_label, 1)

        reader = self.reader
        self.model = AttentionTableModel(
            lambda state, after, limit: reader.page(state, after, limit), parent=self
        )
        self.model.loading_changed.connect(self._loading_changed)
        self.model.failed.connect(self._show_error)
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)

        self.table = QTableView(self)
        self.table.setObjectName("attentionTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.table.fontMetrics()
        # Wide enough for what the columns hold (Chinese names are wider than Latin letters).
        for col, sample in (
            (AttentionTableModel.WHEN, "2026-12-31 23:59"),
            (AttentionTableModel.KIND, kind_text("points_mismatch")),
            (AttentionTableModel.STORE, "S0000"),
            (AttentionTableModel.CLERK, "S001-clerk-wang"),
            (AttentionTableModel.MEMBER, "M00000000000 张**"),
        ):
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title))
            self.table.setColumnWidth(col, width + 24)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(self._double_clicked)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(bar)
        left_layout.addWidget(self.table, 1)

        self.facts = AttentionFactsPane(self)
        self.facts.open_member_button.clicked.connect(self._open_member)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.facts)
        splitter.setSizes([860, 400])
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

    # --- public ---------------------------------------------------------------

    def start(self) -> None:
        """Load the first page of the chosen list."""
        self.refresh()

    def refresh(self) -> None:
        self.facts.show_item(None)
        self.model.set_state(self._state())
        reader = self.reader
        Op(self, lambda: reader.count("open")).success(self.sig_open_count.emit).run()

    def selected(self) -> AttentionFacts | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    # --- internals ------------------------------------------------------------

    def _state(self) -> State:
        value = self.state_box.currentData()
        return value if value in ("open", "resolved", "all") else "open"

    def _state_chosen(self, _index: int) -> None:
        self.refresh()

    def _loading_changed(self, loading: bool) -> None:
        if loading:
            self._error = ""
            self.count_label.setText(self.tr("Loading…"))
        else:
            self._update_count()

    def _update_count(self, *_args: object) -> None:
        if self.model.is_loading():
            return
        if self._error:
            self.count_label.setText(self._error)
            return
        n = self.model.rowCount()
        more = self.model.canFetchMore(QModelIndex())
        state = self.model.state()
        if n == 0:
            text = self.tr("Nothing needs attention.") if state == "open" else self.tr("No items.")
        elif more:
            text = self.tr("{count} items shown; scroll for more")
        elif state == "open":
            text = self.tr("{count} items need attention")
        else:
            text = self.tr("{count} items")
        self.count_label.setText(text.format(count=f"{n:,}"))

    def _show_error(self, text: str) -> None:
        self._error = text
        self.count_label.setText(text)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.facts.show_item(self.model.item_at(current.row()) if current.isValid() else None)

    def _double_clicked(self, index: QModelIndex) -> None:
        item = self.model.item_at(index.row())
        if item is not None and item.member_id and item.member_code:
            self.sig_open_member.emit(item.member_id)

    def _open_member(self) -> None:
        item = self.facts.item()
        if item is not None and item.member_id:
            self.sig_open_member.emit(item.member_id)


class AttentionFactsPane(QFrame):
    """Everything known of one attention item, in sentences a head-office user reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attentionFacts")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._item: AttentionFacts | None = None

        self.title_label = QLabel(self)
        self.title_label.setObjectName("factsTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setFont(theme.scaled_font(self.font(), 1.3, bold=True))
        self.title_label.setStyleSheet(f"color: {theme.DANGER};")
        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("factsReason")
        self.reason_label.setWordWrap(True)
        # A margin, not a style-sheet padding: the label's wrapped height then counts it.
        self.reason_label.setMargin(6)
        self.reason_label.setStyleSheet(
            f"background-color: {theme.DANGER_BACKGROUND}; border-radius: 4px;"
        )
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, caption in (
            ("when", self.tr("When")),
            ("store", self.tr("Store")),
            ("clerk", self.tr("Clerk")),
            ("member", self.tr("Member")),
            ("command", self.tr("Command")),
            ("details", self.tr("Details")),
            ("state", self.tr("State")),
        ):
            value = QLabel(self)
            value.setObjectName(f"facts_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, value)
            self.values[key] = value
        self.open_member_button = QPushButton(self.tr("Open member"), self)
        self.open_member_button.setObjectName("factsOpenMember")
        self.hint_label = QLabel(self.tr("Select an item to see its facts."), self)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setStyleSheet(f"color: {theme.MUTED};")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.reason_label)
        layout.addLayout(form)
        layout.addWidget(self.open_member_button)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)
        self.show_item(None)

    def item(self) -> AttentionFacts | None:
        return self._item

    def show_item(self, item: AttentionFacts | None) -> None:
        self._item = item
        shown = item is not None
        for w in (self.title_label, self.reason_label, self.open_member_button):
            w.setVisible(shown)
        self.hint_label.setVisible(not shown)
        if item is None:
            for value in self.values.values():
                value.clear()
            return
        unknown = self.tr("not known")
        self.title_label.setText(kind_text(item.kind))
        reason = remote_error_text(item.error)
        self.reason_label.setText(self.tr("The server said: {reason}").format(reason=reason))
        self.reason_label.setVisible(bool(reason))
        self.values["when"].setText(item.created_at.strftime("%Y-%m-%d %H:%M:%S"))
        self.values["store"].setText(item.store_code or unknown)
        self.values["clerk"].setText(item.staff or unknown)
        if item.member_code:
            member = f"{item.member_code} {mask_name(item.member_name or '')}".strip()
        else:
            member = unknown if item.member_id else self.tr("none")
        self.values["member"].setText(member)
        self.values["command"].setText(command_text(item.command_kind) or unknown)
        self.values["details"].setText("\n".join(detail_lines(item.kind, item.detail)) or "—")
        if item.resolved_at is None:
            self.values["state"].setText(self.tr("Open: resolve it on the server"))
        else:
            self.values["state"].setText(
                self.tr("Resolved {when} by {who}: {how}").format(
                    when=item.resolved_at.strftime("%Y-%m-%d %H:%M"),
                    who=item.resolved_by or unknown,
                    how=item.resolution or "",
                )
            )
        self.open_member_button.setEnabled(bool(item.member_id and item.member_code))
