"""MembersTableModel with stand-in fetchers: paging, stale results, failures."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from core.codes import make_member_code
from core.directory import MemberFilter, MemberRow, MemberSort
from core.errors import MemberNotFound
from ui.members_model import MembersTableModel, TierInfo

ROOT = QModelIndex()


def row(n: int, name: str = "张三", tier: str = "T0") -> MemberRow:
    return MemberRow(
        id=f"id-{n}",
        code=make_member_code(n),
        name=name,
        phone=f"138{n:08d}",
        tier_code=tier,
        status="active",
        balance=n * 10,
        debt=0,
        frozen=False,
        initials="zs",
    )


ALL = [row(n) for n in range(1, 26)]


class Directory:
    """Pages and searches over ALL, recording what was asked."""

    def __init__(self) -> None:
        self.pages: list[str | None] = []
        self.searches: list[str] = []
        self.gate: threading.Event | None = None

    def page(
        self, after: MemberRow | None, limit: int, _f: MemberFilter | None, _s: MemberSort
    ) -> Sequence[MemberRow]:
        self.pages.append(after.code if after else None)
        rows = [r for r in ALL if after is None or r.code > after.code]
        return sorted(rows, key=lambda r: r.code)[:limit]

    def search(self, query: str, limit: int, _f: MemberFilter | None) -> Sequence[MemberRow]:
        if self.gate is not None:
            self.gate.wait(5)
        self.searches.append(query)
        return [r for r in ALL if r.code == query][:limit]


def settle(qtbot: QtBot, model: MembersTableModel) -> None:
    qtbot.waitUntil(lambda: not model.is_loading())


def test_pages_follow_the_last_code_until_exhausted(qtbot: QtBot) -> None:
    d = Directory()
    model = MembersTableModel(d.page, d.search, page_size=10)
    model.set_query("")
    settle(qtbot, model)
    assert model.rowCount() == 10 and model.canFetchMore(ROOT)

    while model.canFetchMore(ROOT):
        model.fetchMore(ROOT)
        model.fetchMore(ROOT)  # a second request while one is in flight is ignored
        settle(qtbot, model)

    codes = sorted(r.code for r in ALL)
    assert [model.row_at(i).code for i in range(model.rowCount())] == codes  # type: ignore[union-attr]
    assert d.pages == [None, codes[9], codes[19]]


def test_a_newer_query_wins_over_a_slower_older_one(qtbot: QtBot) -> None:
    d = Directory()
    model = MembersTableModel(d.page, d.search)
    d.gate = threading.Event()
    model.set_query(ALL[0].code)
    model.set_query(ALL[1].code)
    d.gate.set()
    qtbot.waitUntil(lambda: len(d.searches) == 2)
    settle(qtbot, model)
    assert model.rowCount() == 1
    assert model.row_at(0) == ALL[1]


def test_search_results_do_not_page(qtbot: QtBot) -> None:
    d = Directory()
    model = MembersTableModel(d.page, d.search)
    with qtbot.waitSignal(model.query_finished) as finished:
        model.set_query(f"  {ALL[3].code} ")
    assert finished.args == [ALL[3].code, 1]
    assert not model.canFetchMore(ROOT)


def test_a_refused_search_reports_in_words(qtbot: QtBot) -> None:
    def refuse(query: str, limit: int, _f: MemberFilter | None) -> Sequence[MemberRow]:
        raise MemberNotFound(key=query)

    model = MembersTableModel(Directory().page, refuse)
    with qtbot.waitSignal(model.failed) as failed:
        model.set_query("M000")
    assert "M000" in failed.args[0]
    settle(qtbot, model)


def test_tier_names_are_learned_once_per_code(qtbot: QtBot) -> None:
    asked: list[str] = []

    def describe(r: MemberRow) -> TierInfo:
        asked.append(r.tier_code)
        return TierInfo("金牌", 3)

    d = Directory()
    model = MembersTableModel(d.page, d.search, describe_tier=describe, page_size=10)
    model.set_query("")
    settle(qtbot, model)
    qtbot.waitUntil(lambda: model.data(model.index(0, MembersTableModel.TIER)) == "金牌")
    model.fetchMore(ROOT)
    settle(qtbot, model)
    assert asked == ["T0"]


def test_display_masks_name_and_phone(qtbot: QtBot) -> None:
    d = Directory()
    model = MembersTableModel(d.page, d.search)
    model.set_query("")
    settle(qtbot, model)
    r = model.row_at(0)
    assert r is not None
    assert model.data(model.index(0, MembersTableModel.NAME)) == "张*"
    phone = model.data(model.index(0, MembersTableModel.PHONE))
    assert phone == f"{r.phone[:3]}****{r.phone[-4:]}"
