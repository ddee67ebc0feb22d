"""The members page, driven as back-office staff would: type, wait, scroll, click."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.codes import looks_like_member_code, mask_name, mask_phone
from core.directory import MemberRow
from core.services import DeviceServices
from desktop.pages.members import SEARCH_DELAY_MS, MembersPage
from ui.members_model import MembersTableModel


@pytest.fixture
def page(qtbot: QtBot, gui_services: DeviceServices) -> Iterator[MembersPage]:
    page = MembersPage(gui_services)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    yield page


def loaded(page: MembersPage) -> bool:
    return page.model.rowCount() > 0 and not page.model.is_loading()


def shown_rows(page: MembersPage) -> list[MemberRow]:
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    return [r for r in rows if r is not None]


def cell(page: MembersPage, row: int, col: int) -> str:
    return str(page.model.data(page.model.index(row, col)))


def test_search_shows_matching_rows_after_the_debounce(
    qtbot: QtBot, page: MembersPage, member_rows: list[MemberRow]
) -> None:
    page.start()
    qtbot.waitUntil(lambda: loaded(page))
    target = member_rows[len(member_rows) // 2]

    qtbot.keyClicks(page.search_box, target.code)
    # Typing alone does not query: the timer has not fired yet.
    assert page.model.query() == ""
    assert page.debounce.isActive()

    qtbot.waitUntil(lambda: page.model.query() == target.code and not page.model.is_loading())
    assert [r.code for r in shown_rows(page)] == [target.code]
    assert cell(page, 0, MembersTableModel.PHONE) == mask_phone(target.phone)
    assert cell(page, 0, MembersTableModel.NAME) == mask_name(target.name)
    assert "1 found" in page.status_label.text()


def test_name_search_lists_only_matching_members(
    qtbot: QtBot, page: MembersPage, member_rows: list[MemberRow]
) -> None:
    page.start()
    prefix = member_rows[0].name[:1]
    expected = {r.code for r in member_rows if r.name.startswith(prefix)}

    # What an input method does when the clerk picks a character (QTest types ASCII only).
    page.search_box.insert(prefix)
    qtbot.waitUntil(lambda: page.model.query() == prefix and not page.model.is_loading())
    assert {r.code for r in shown_rows(page)} == expected


def test_pinyin_initials_search(
    qtbot: QtBot, page: MembersPage, member_rows: list[MemberRow]
) -> None:
    page.start()
    initials = member_rows[0].initials[:2]
    expected = {r.code for r in member_rows if r.initials.startswith(initials)}

    qtbot.keyClicks(page.search_box, initials)
    qtbot.waitUntil(lambda: page.model.query() == initials and not page.model.is_loading())
    assert {r.code for r in shown_rows(page)} == expected


def test_fast_typing_runs_one_search(
    qtbot: QtBot, page: MembersPage, member_rows: list[MemberRow]
) -> None:
    page.start()
    qtbot.waitUntil(lambda: loaded(page))
    finished: list[str] = []
    page.model.query_finished.connect(lambda query, _n: finished.append(query))
    target = next(r for r in member_rows if not looks_like_member_code(r.phone))
    phone = target.phone

    for ch in phone:
        qtbot.keyClicks(page.search_box, ch)
        qtbot.wait(SEARCH_DELAY_MS // 10)

    qtbot.waitUntil(lambda: finished == [phone])
    qtbot.wait(SEARCH_DELAY_MS * 2)
    assert finished == [phone]
    assert [r.code for r in shown_rows(page)] == [target.code]


def test_full_phone_that_passes_the_code_check_is_found(
    qtbot: QtBot, page: MembersPage, member_rows: list[MemberRow]
) -> None:
    target = next((r for r in member_rows if looks_like_member_code(r.phone)), None)
    if target is None:
        pytest.skip("the seed made no such phone number")
    page.start()
    qtbot.keyClicks(page.search_box, target.phone)
    qtbot.waitUntil(lambda: page.model.query() == target.phone and not page.model.is_loading())
    assert [r.code for r in shown_rows(page)] == [target.code]


def test_clearing_the_search_goes_back_to_the_full_list(
    qtbot: QtBot, page: MembersPage, member_rows: list[MemberRow]
) -> None:
    page.start()
    qtbot.keyClicks(page.search_box, member_rows[0].code)
    qtbot.waitUntil(lambda: page.model.query() != "" and loaded(page))
    page.search_box.clear()
    qtbot.waitUntil(lambda: page.model.query() == "" and page.model.rowCount() > 1)
    assert shown_rows(page)[0].code == member_rows[0].code


def test_scrolling_fetches_the_next_pages(
    qtbot: QtBot, page: MembersPage, member_rows: list[MemberRow]
) -> None:
    page.model.page_size = 7
    page.start()
    qtbot.waitUntil(lambda: loaded(page))
    first = page.model.rowCount()
    assert first < len(member_rows)

    bar = page.table.verticalScrollBar()
    for _ in range(len(member_rows)):
        if not page.model.canFetchMore(page.model.index(-1, -1)):
            break
        count = page.model.rowCount()
        bar.setValue(bar.maximum())
        qtbot.waitUntil(
            lambda n=count: (
                page.model.rowCount() > n or not page.model.canFetchMore(page.model.index(-1, -1))
            )
        )
        qtbot.waitUntil(lambda: not page.model.is_loading())

    assert [r.code for r in shown_rows(page)] == [r.code for r in member_rows]
    assert page.status_label.text().startswith(f"{len(member_rows)}")


def test_selecting_a_member_shows_tier_points_and_masked_phone(
    qtbot: QtBot, page: MembersPage, gui_services: DeviceServices, member_rows: list[MemberRow]
) -> None:
    page.start()
    qtbot.waitUntil(lambda: loaded(page))
    # The richest member: a tier above the entry tier, if the seed made one.
    target_index, target = max(enumerate(member_rows), key=lambda ir: ir[1].balance)
    qtbot.waitUntil(lambda: page.model.rowCount() > target_index)
    expected = gui_services.card(target.id)

    page.table.selectRow(target_index)
    qtbot.waitUntil(lambda: (card := page.panel.card()) is not None and card.id == target.id)

    panel = page.panel
    assert panel.tier_badge.text() == expected.tier_name
    assert panel.available_label.text() == f"{expected.points.available:,}"
    assert panel.name_label.text() == mask_name(target.name)
    assert mask_phone(target.phone) in panel.phone_label.text()
    assert target.phone not in panel.phone_label.text()
    assert panel.debt_label.isHidden() == (expected.points.debt == 0)
    entries = gui_services.ledger(target.id, 50)
    qtbot.waitUntil(lambda: page.ledger_view.ledger_model.rowCount() == len(entries))

    # The table learns tier names (the seed's codes are not what staff read).
    qtbot.waitUntil(lambda: cell(page, target_index, MembersTableModel.TIER) == expected.tier_name)


def test_no_match_says_so(qtbot: QtBot, page: MembersPage) -> None:
    page.start()
    qtbot.keyClicks(page.search_box, "qqqqqq")
    qtbot.waitUntil(lambda: page.model.query() == "qqqqqq" and not page.model.is_loading())
    assert page.model.rowCount() == 0
    assert "qqqqqq" in page.status_label.text()


def test_down_arrow_walks_from_the_search_box_into_the_results(
    qtbot: QtBot, page: MembersPage, member_rows: list[MemberRow]
) -> None:
    page.start()
    page.activateWindow()
    qtbot.waitUntil(page.search_box.hasFocus)
    qtbot.keyClicks(page.search_box, member_rows[0].initials[:1])
    qtbot.waitUntil(lambda: page.model.query() != "" and loaded(page))

    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)

    assert page.table.hasFocus()
    first = page.model.row_at(0)
    assert first is not None
    qtbot.waitUntil(lambda: (card := page.panel.card()) is not None and card.id == first.id)
