"""The attention list as a table: keyset pages fetched lazily, like the members table.

``set_state("open" | "resolved" | "all")`` starts over; ``fetchMore`` asks the
database worker for the page after the last item held. Results of a state that
is no longer shown are dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from core.attention import AttentionFacts, State
from core.codes import mask_name
from core.errors import DomainError
from ui import theme
from ui.attention_words import command_text, kind_text, remote_error_text
from ui.i18n import error_text
from ui.ops import Op

FetchPage = Callable[[State, tuple[datetime, str] | None, int], Sequence[AttentionFacts]]
ModelIndex = QModelIndex | QPersistentModelIndex

# ``data(index, FACTS_ROLE)`` is the ``AttentionFacts`` of that line.
FACTS_ROLE = Qt.ItemDataRole.UserRole + 1


class AttentionTableModel(QAbstractTableModel):
    """Attention items, oldest first, a page at a time."""

    WHEN, KIND, STORE, CLERK, MEMBER, REASON = range(6)

    # True while a page is being fetched.
    loading_changed = Signal(bool)
    # A page failed; the text says why, in the interface language.
    failed = Signal(str)

    def __init__(
        self, fetch_page: FetchPage, *, page_size: int = 100, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self.page_size = page_size
        self._items: list[AttentionFacts] = []
        self._state: State = "open"
        self._generation = 0
        self._exhausted = False
        self._loading = False

    # --- what the page uses ---------------------------------------------------

    def state(self) -> State:
        return self._state

    def is_loading(self) -> bool:
        return self._loading

    def item_at(self, row: int) -> AttentionFacts | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def set_state(self, state: State) -> None:
        """Show the items in ``state`` from the first page."""
        self._state = state
        self.reload()

    def reload(self) -> None:
        """Drop what is held and fetch the first page again."""
        self._generation += 1
        self.beginResetModel()
        self._items = []
        self._exhausted = False
        self.endResetModel()
        self._set_loading(False)
        self.fetchMore(QModelIndex())

    # --- QAbstractTableModel ----------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("When"),
            self.tr("What"),
            self.tr("Store"),
            self.tr("Clerk"),
            self.tr("Member"),
            self.tr("What the server said"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items):
            return None
        item = self._items[index.row()]
        col = index.column()
        if role == FACTS_ROLE:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.WHEN:
                return item.created_at.strftime("%Y-%m-%d %H:%M")
            if col == self.KIND:
                return kind_text(item.kind)
            if col == self.STORE:
                return item.store_code or ""
            if col == self.CLERK:
                return item.staff or ""
            if col == self.MEMBER:
                if item.member_code is None:
                    return ""
                return f"{item.member_code} {mask_name(item.member_name or '')}".strip()
            if col == self.REASON:
                return remote_error_text(item.error)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.KIND and item.command_kind:
                return self.tr("Command: {command}").format(command=command_text(item.command_kind))
            if col == self.REASON:
                return remote_error_text(item.error) or None
        if role == Qt.ItemDataRole.ForegroundRole and item.resolved_at is not None:
            return QColor(theme.MUTED)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.KIND:
            return QColor(theme.DANGER)
        return None

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or self._exhausted or self._loading:
            return
        generation = self._generation
        after = self._items[-1].key if self._items else None
        state, size, fetch = self._state, self.page_size, self._fetch_page
        self._set_loading(True)
        (
            Op(self, lambda: fetch(state, after, size))
            .success(lambda items: self._page_done(generation, items))
            .failure(lambda err: self._failed(generation, err))
            .finished(lambda: self._op_finished(generation))
            .run()
        )

    # --- results arriving ---------------------------------------------------------

    def _page_done(self, generation: int, items: Sequence[AttentionFacts]) -> None:
        if generation != self._generation:
            return
        if len(items) < self.page_size:
            self._exhausted = True
        if items:
            first = len(self._items)
            self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
            self._items.extend(items)
            self.endInsertRows()

    def _failed(self, generation: int, err: DomainError) -> None:
        if generation == self._generation:
            self._exhausted = True
            self.failed.emit(error_text(err))

    def _op_finished(self, generation: int) -> None:
        if generation == self._generation:
            self._set_loading(False)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)
