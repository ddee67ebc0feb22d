"""The members table: keyset pages fetched lazily, or the results of a search.

The model holds the rows loaded so far. When the view scrolls near the end it
asks ``canFetchMore``/``fetchMore``; the next page (after the last row held, in
the current order) is fetched on the database worker and appended when it
arrives, so scrolling through a million members never blocks and never costs
more than one page. Deep in the list the pages grow (fewer round trips while
someone drags the scroll bar far down).

``set_query(text)`` switches to search results (one bounded list, no paging);
an empty query goes back to browsing. ``set_filters`` and ``sort`` (the view's
header) restart the list. Results of a request that is no longer current are
dropped, so fast typing cannot show stale rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
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
from core.directory import MemberFilter, MemberRow, MemberSort, SortKey
from core.errors import DomainError
from ui import theme
from ui.i18n import error_text, status_text
from ui.ops import Op

# The page after a row (None: the first), of a size, through filters, in an order.
Browse = Callable[[MemberRow | None, int, MemberFilter | None, MemberSort], Sequence[MemberRow]]
Search = Callable[[str, int, MemberFilter | None], Sequence[MemberRow]]
DescribeTier = Callable[[MemberRow], "TierInfo"]
ModelIndex = QModelIndex | QPersistentModelIndex

# ``data(index, ROW_ROLE)`` is the ``MemberRow`` of that line.
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1

# Rows kept unpacked for painting: a screenful many times over.
_UNPACKED_KEPT = 1_000
_SEP = "\x1f"  # unit separator: whitespace to Python, so no name keeps one (handlers tidy it)


def _pack(r: MemberRow) -> bytes:
    """A row as UTF-8 text, its fields joined by the unit separator."""
    return _SEP.join(
        (
            r.id,
            r.code,
            r.name,
            r.phone,
            r.tier_code,
            r.status,
            str(r.balance),
            str(r.debt),
            "1" if r.frozen else "",
            r.initials,
            r.home_store or "",
            r.enrolled_on.isoformat() if r.enrolled_on else "",
        )
    ).encode()


def _one_per_tier(rows: Sequence[MemberRow]) -> list[MemberRow]:
    """A row of each tier code among ``rows`` (whose tiers the model may need to learn)."""
    return list({r.tier_code: r for r in rows}.values())


def _unpack(packed: bytes) -> MemberRow:
    f = packed.decode().split(_SEP)
    return MemberRow(
        id=f[0],
        code=f[1],
        name=f[2],
        phone=f[3],
        tier_code=f[4],
        status=f[5],
        balance=int(f[6]),
        debt=int(f[7]),
        frozen=f[8] == "1",
        initials=f[9],
        home_store=f[10] or None,
        enrolled_on=date.fromisoformat(f[11]) if f[11] else None,
    )


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ROLES = frozenset((_DISPLAY, _ALIGN, _BACKGROUND, _FOREGROUND, _TOOLTIP, ROW_ROLE))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_DANGER = QColor(theme.DANGER)
_MUTED = QColor(theme.MUTED)


@dataclass(frozen=True)
class TierInfo:
    """A tier as the table shows it."""

    name: str
    rank: int


class MembersTableModel(QAbstractTableModel):
    """Members in the chosen order, loaded a page at a time; or search results."""

    CODE, NAME, PHONE, TIER, POINTS, STORE, JOINED = range(7)
    # What sorting by each column sorts on.
    SORT_KEYS: tuple[SortKey, ...] = (
        "code",
        "initials",  # names are shown masked; pinyin order is what staff expect
        "phone",
        "tier",
        "balance",
        "store",
        "enrolled",
    )
    # Past this many rows, pages are ``DEEP_FACTOR`` times larger.
    DEEP_ROWS = 5_000
    DEEP_FACTOR = 5

    # True while a page or a search is being fetched.
    loading_changed = Signal(bool)
    # A search finished: the query and how many members it found.
    query_finished = Signal(str, int)
    # A page or search failed; the text says why, in the interface language.
    failed = Signal(str)

    def __init__(
        self,
        browse: Browse,
        search: Search,
        *,
        describe_tier: DescribeTier | None = None,
        page_size: int = 200,
        search_limit: int = 200,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._browse = browse
        self._search = search
        self._filters: MemberFilter | None = None
        self._sort = MemberSort()
        self._searching = False
        self._search_wanted = False
        self._describe_tier = describe_tier
        self.page_size = page_size
        self.search_limit = search_limit
        # Each row packed into one bytes object (see ``_pack``): ~130 bytes instead of ~550
        # for a tuple of strings, and nothing for the garbage collector to walk, which
        # matters once someone has scrolled half a million lines into the list.
        self._rows: list[bytes] = []
        self._unpacked: dict[int, MemberRow] = {}
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
        return self._row(row) if 0 <= row < len(self._rows) else None

    def filters(self) -> MemberFilter | None:
        return self._filters

    def member_sort(self) -> MemberSort:
        return self._sort

    def set_filters(self, filters: MemberFilter | None) -> None:
        """Narrow the list (and searches) to ``filters``; None or an empty filter: everyone."""
        wanted = None if filters is None or filters.is_empty() else filters
        if wanted == self._filters:
            return
        self._filters = wanted
        self.reload()

    def set_sort(self, sort: MemberSort) -> None:
        """Order the list by ``sort``: search results in memory, the list from the database."""
        if sort == self._sort:
            return
        self._sort = sort
        if self._query:
            held = [_unpack(b) for b in self._rows]
            self._reset(sort.sort_rows(held), exhausted=True)
        else:
            self.reload()

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
        self._set_loading(True)
        if self._searching:
            # One search at a time: the newest text runs when the one in flight ends, and
            # whatever was typed in between is never searched at all.
            self._search_wanted = True
            return
        self._start_search()

    def _start_search(self) -> None:
        generation = self._generation
        query = self._query
        limit = self.search_limit
        filters = self._filters
        self._searching = True
        (
            Op(self, lambda: self._search(query, limit, filters))
            .success(lambda rows: self._search_done(generation, query, rows))
            .failure(lambda err: self._failed(generation, err))
            .finished(lambda: self._search_ended(generation))
            .run()
        )

    def _search_ended(self, generation: int) -> None:
        self._searching = False
        self._op_finished(generation)
        if self._search_wanted:
            self._search_wanted = False
            if self._query:
                self._start_search()

    def reload(self) -> None:
        """Drop what is held and fetch again (after a sync or an edit)."""
        query, self._query = self._query, "\0"
        self.set_query(query)

    # --- QAbstractTableModel ----------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.SORT_KEYS):
            descending = order == Qt.SortOrder.DescendingOrder
            self.set_sort(MemberSort(self.SORT_KEYS[column], descending))

    def sort_column(self) -> int:
        """The column the current order sorts on (for the header's indicator)."""
        return self.SORT_KEYS.index(self._sort.key) if self._sort.key in self.SORT_KEYS else 0

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
            self.tr("Store"),
            self.tr("Joined"),
        )[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A repaint asks ~10 roles of every visible cell: roles we never answer leave first,
        # and roles are compared as plain ints (enum comparisons cost more than the rest).
        role = int(role)
        if role not in _ROLES:
            return None
        row = index.row()
        if row < 0 or row >= len(self._rows):
            return None
        r = self._row(row)
        col = index.column()
        if role == _DISPLAY:
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
            if col == self.STORE:
                return r.home_store or ""
            if col == self.JOINED:
                return r.enrolled_on.isoformat() if r.enrolled_on else ""
            return None
        if role == ROW_ROLE:
            return r
        if role == _ALIGN:
            if col == self.POINTS:
                return _RIGHT
            if col == self.TIER:
                return _CENTER
            return None
        if col == self.TIER and role in (_BACKGROUND, _FOREGROUND):
            tier = self._tiers.get(r.tier_code)
            if tier is None:
                return None
            badge = theme.tier_badge(tier.rank)
            if role == _BACKGROUND:
                return badge.background_color
            return badge.foreground_color
        if role == _FOREGROUND:
            if col == self.POINTS and r.debt > 0:
                return _DANGER
            if r.status != "active" or r.frozen:
                return _MUTED
            return None
        if role == _TOOLTIP:
            if r.status != "active":
                return self.tr("Membership {status}").format(status=status_text(r.status))
            if r.frozen:
                return self.tr("Points frozen")
            if col == self.POINTS and r.debt > 0:
                return self.tr("Owes {points:,} points").format(points=r.debt)
        return None

    def _row(self, row: int) -> MemberRow:
        found = self._unpacked.get(row)
        if found is None:
            if len(self._unpacked) >= _UNPACKED_KEPT:
                self._unpacked.clear()  # what is painted next is near what is painted now
            found = self._unpacked[row] = _unpack(self._rows[row])
        return found

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and not self._query and not self._exhausted

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or self._query or self._exhausted or self._loading:
            return
        generation = self._generation
        after = _unpack(self._rows[-1]) if self._rows else None
        size = self._next_page_size()
        filters, order = self._filters, self._sort
        browse = self._browse
        self._set_loading(True)

        def fetch() -> tuple[list[bytes], list[MemberRow]]:
            # Packed here, on the worker: the UI thread only appends.
            rows = list(browse(after, size, filters, order))
            return [_pack(r) for r in rows], _one_per_tier(rows)

        (
            Op(self, fetch)
            .success(lambda got: self._page_done(generation, got[0], got[1], size))
            .failure(lambda err: self._failed(generation, err))
            .finished(lambda: self._op_finished(generation))
            .run()
        )

    # --- results arriving ---------------------------------------------------------

    def _next_page_size(self) -> int:
        deep = len(self._rows) >= self.DEEP_ROWS
        return self.page_size * self.DEEP_FACTOR if deep else self.page_size

    def _page_done(
        self, generation: int, packed: list[bytes], tiers: list[MemberRow], size: int
    ) -> None:
        if generation != self._generation:
            return
        if len(packed) < size:
            self._exhausted = True
        if packed:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(packed) - 1)
            self._rows.extend(packed)
            self.endInsertRows()
            self._learn_tiers(tiers)

    def _search_done(self, generation: int, query: str, rows: Sequence[MemberRow]) -> None:
        if generation != self._generation:
            return
        self._reset(self._sort.sort_rows(rows), exhausted=True)
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
        self._rows = [_pack(r) for r in rows]
        self._unpacked.clear()
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
