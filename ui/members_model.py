"""The members table: keyset pages fetched lazily, or the results of a search.

The model holds the rows loaded so far. When the view scrolls near the end it
asks ``canFetchMore``/``fetchMore``; the next page (after the last code held)
is fetched on the database worker and appended when it arrives, so scrolling
through a million members never blocks and never costs more than one page.

``set_query(text)`` switches to search results (one bounded list, no paging);
an empty query goes back to browsing. Results of a query that is no longer
current are dropped, so fast typing cannot show stale rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
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

from core.codes import mask_name
from core.directory import MemberRow
from core.errors import DomainError
from ui import theme
from ui.i18n import error_text, status_text
from ui.ops import Op

FetchPage = Callable[[str | None, int], Sequence[MemberRow]]
Search = Callable[[str, int], Sequence[MemberRow]]
DescribeTier = Callable[[MemberRow], "TierInfo"]
ModelIndex = QModelIndex | QPersistentModelIndex

# ``data(index, ROW_ROLE)`` is the ``MemberRow`` of that line.
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class TierInfo:
    """A tier as the table shows it."""

    name: str
    rank: int


class MembersTableModel(QAbstractTableModel):
    """Members in code order, loaded a page at a time; or search results."""

    CODE, NAME, PHONE, TIER, POINTS = range(5)

    # True while a page or a search is being fetched.
    loading_changed = Signal(bool)
    # A search finished: the query and how many members it found.
    query_finished = Signal(str, int)
    # A page or search failed; the text says why, in the interface language.
    failed = Signal(str)

    def __init__(
        self,
        fetch_page: FetchPage,
        search: Search,
        *,
        describe_tier: DescribeTier | None = None,
        page_size: int = 200,
        search_limit: int = 200,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_page = fetch_page
        self._search = search
        self._describe_tier = describe_tier
        self.page_size = page_size
        self.search_limit = search_limit
        self._rows: list[MemberRow] = []
        self._query = ""
        self._generation = 0
        self._exhausted = False
        self._loading = False
        self._tiers: dict[str, TierInfo] = {}
        self._tiers_asked: set[str] = set()

    # --- what the page uses ---------------------------------------------------

    def query(self) -> str:
        return self._query

    def is_loading(self) -> bool:
        return self._loading

    def row_at(self, row: int) -> MemberRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_tiers(self, tiers: Mapping[str, TierInfo]) -> None:
        """Names and ranks of the tiers by code, when the caller knows them all."""
        self._tiers.update(tiers)
        self._tier_column_changed()

    def set_query(self, text: str) -> None:
        """Show members matching ``text``; an empty text goes back to the full list."""
        query = text.strip()
        if query == self._query and (query or self._rows or self._loading):
            return
        self._query = query
        self._generation += 1
        if not query:
            self._reset([], exhausted=False)
            self._set_loading(False)
            self.fetchMore(QModelIndex())
            return
        generation = self._generation
        limit = self.search_limit
        self._set_loading(True)
        (
            Op(self, lambda: self._search(query, limit))
            .success(lambda rows: self._search_done(generation, query, rows))
            .failure(lambda err: self._failed(generation, err))
            .finished(lambda: self._op_finished(generation))
            .run()
        )

    def reload(self) -> None:
        """Drop what is held and fetch again (after a sync or an edit)."""
        query, self._query = self._query, "\0"
        self.set_query(query)

    # --- QAbstractTableModel ----------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Member no."),
            self.tr("Name"),
            self.tr("Mobile"),
            self.tr("Tier"),
            self.tr("Balance"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.CODE:
                return r.code
            if col == self.NAME:
                return mask_name(r.name)
            if col == self.PHONE:
                return r.masked_phone
            if col == self.TIER:
                tier = self._tiers.get(r.tier_code)
                return tier.name if tier else r.tier_code
            if col == self.POINTS:
                return f"{r.balance:,}"
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == self.POINTS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col == self.TIER:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if col == self.TIER and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            tier = self._tiers.get(r.tier_code)
            if tier is None:
                return None
            badge = theme.tier_badge(tier.rank)
            if role == Qt.ItemDataRole.BackgroundRole:
                return badge.background_color
            return badge.foreground_color
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.POINTS and r.debt > 0:
                return QColor(theme.DANGER)
            if r.status != "active" or r.frozen:
                return QColor(theme.MUTED)
        if role == Qt.ItemDataRole.ToolTipRole:
            if r.status != "active":
                return self.tr("Membership {status}").format(status=status_text(r.status))
            if r.frozen:
                return self.tr("Points frozen")
            if col == self.POINTS and r.debt > 0:
                return self.tr("Owes {points:,} points").format(points=r.debt)
        return None

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and not self._query and not self._exhausted

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or self._query or self._exhausted or self._loading:
            return
        generation = self._generation
        after = self._rows[-1].code if self._rows else None
        size = self.page_size
        self._set_loading(True)
        (
            Op(self, lambda: self._fetch_page(after, size))
            .success(lambda rows: self._page_done(generation, rows))
            .failure(lambda err: self._failed(generation, err))
            .finished(lambda: self._op_finished(generation))
            .run()
        )

    # --- results arriving ---------------------------------------------------------

    def _page_done(self, generation: int, rows: Sequence[MemberRow]) -> None:
        if generation != self._generation:
            return
        if len(rows) < self.page_size:
            self._exhausted = True
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
            self._learn_tiers(rows)

    def _search_done(self, generation: int, query: str, rows: Sequence[MemberRow]) -> None:
        if generation != self._generation:
            return
        self._reset(list(rows), exhausted=True)
        self._learn_tiers(rows)
        self.query_finished.emit(query, len(rows))

    def _failed(self, generation: int, err: DomainError) -> None:
        if generation == self._generation:
            self._exhausted = True
            self.failed.emit(error_text(err))

    def _op_finished(self, generation: int) -> None:
        if generation == self._generation:
            self._set_loading(False)

    def _reset(self, rows: list[MemberRow], *, exhausted: bool) -> None:
        self.beginResetModel()
        self._rows = rows
        self._exhausted = exhausted
        self.endResetModel()

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # --- tier names -----------------------------------------------------------------

    def _learn_tiers(self, rows: Sequence[MemberRow]) -> None:
        """Ask once per unknown tier code for its name and rank (one member's card)."""
        if self._describe_tier is None:
            return
        describe = self._describe_tier
        for row in rows:
            code = row.tier_code
            if code in self._tiers or code in self._tiers_asked:
                continue
            self._tiers_asked.add(code)
            self._ask_tier(describe, row)

    def _ask_tier(self, describe: DescribeTier, row: MemberRow) -> None:
        code = row.tier_code
        Op(self, lambda: describe(row)).success(lambda info: self.set_tiers({code: info})).run()

    def _tier_column_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.TIER),
                self.index(len(self._rows) - 1, self.TIER),
                [
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.BackgroundRole,
                    Qt.ItemDataRole.ForegroundRole,
                ],
            )
