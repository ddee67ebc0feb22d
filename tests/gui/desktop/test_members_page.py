"""The members page, driven as back-office staff would: type, wait, scroll, click."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from pytestqt.qtbot import QtBot

from core.codes import looks_like_member_code, mask_name, mask_phone
from core.directory import MemberRow
from core.member_bulk import BulkTarget
from core.services import DeviceServices
from desktop.bulk_dialogs import CouponDialog
from desktop.pages.members import SEARCH_DELAY_MS, MembersPage
from tests.gui.desktop import million
from tests.gui.desktop.conftest import outbox
from ui import ops
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


def test_fast_typing_ends_on_the_last_text_without_stale_rows(
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

    qtbot.waitUntil(lambda: finished[-1:] == [phone])
    qtbot.wait(SEARCH_DELAY_MS * 3)
    # Only texts that were typed were searched, each at most once, the whole number last.
    assert finished[-1] == phone
    assert all(phone.startswith(q) for q in finished)
    assert len(finished) == len(set(finished)) <= len(phone)
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


# --- filters, sort, several members at once ------------------------------------------


def db_path(services: DeviceServices) -> Path:
    return Path(str(services.factory.kw["bind"].url.database))


def all_shown(qtbot: QtBot, page: MembersPage) -> list[MemberRow]:
    """Every row of the list as it stands, after paging to its end."""
    qtbot.waitUntil(lambda: not page.model.is_loading())
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not page.model.is_loading())
    return shown_rows(page)


def choose(box: QComboBox, data: object) -> None:
    index = box.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    box.setCurrentIndex(index)


def started(qtbot: QtBot, page: MembersPage) -> None:
    page.start()
    qtbot.waitUntil(lambda: loaded(page) and page.filter_bar.tier_box.count() > 1)


def test_tier_and_store_filters_list_exactly_those_members(
    qtbot: QtBot, page: MembersPage, member_rows: list[MemberRow]
) -> None:
    started(qtbot, page)
    target = member_rows[3]
    choose(page.filter_bar.tier_box, target.tier_code)
    qtbot.waitUntil(lambda: page.model.filters() is not None)
    expected = [r.code for r in member_rows if r.tier_code == target.tier_code]
    assert [r.code for r in all_shown(qtbot, page)] == expected

    choose(page.filter_bar.store_box, target.home_store)
    expected = [
        r.code
        for r in member_rows
        if r.tier_code == target.tier_code and r.home_store == target.home_store
    ]
    qtbot.waitUntil(lambda: [r.code for r in all_shown(qtbot, page)] == expected)
    assert target.code in expected and len(expected) < len(member_rows)

    page.filter_bar.clear_button.click()
    qtbot.waitUntil(lambda: page.model.filters() is None)
    assert [r.code for r in all_shown(qtbot, page)] == [r.code for r in member_rows]


def test_status_tag_and_date_filters(
    qtbot: QtBot, page: MembersPage, gui_services: DeviceServices, member_rows: list[MemberRow]
) -> None:
    started(qtbot, page)
    with sqlite3.connect(db_path(gui_services)) as conn:
        tags = {code: json.loads(t) for code, t in conn.execute("SELECT code, tags FROM members")}
        last = dict(
            conn.execute(
                "SELECT m.code, max(s.at) FROM members m"
                " LEFT JOIN sales s ON s.member_id = m.id GROUP BY m.code"
            ).fetchall()
        )
    tag = next(t for ts in tags.values() for t in ts)
    bar = page.filter_bar

    bar.tag_box.setEditText(tag)
    line = bar.tag_box.lineEdit()
    assert line is not None
    line.editingFinished.emit()
    expected = [r.code for r in member_rows if tag in tags[r.code]]
    qtbot.waitUntil(lambda: [r.code for r in all_shown(qtbot, page)] == expected)
    assert 0 < len(expected) < len(member_rows)
    bar.clear_button.click()

    gui_services.set_status(member_rows[2].code, "frozen", "suspected card sharing")
    gui_services.set_status(member_rows[7].code, "frozen", "suspected card sharing")
    choose(bar.status_box, "frozen")
    qtbot.waitUntil(
        lambda: (
            [r.code for r in all_shown(qtbot, page)] == [member_rows[2].code, member_rows[7].code]
        )
    )
    choose(bar.status_box, "closed")
    qtbot.waitUntil(lambda: page.model.filters() is not None and not page.model.is_loading())
    assert all_shown(qtbot, page) == []
    assert "0 members" in page.status_label.text()
    bar.clear_button.click()

    days = sorted(r.enrolled_on for r in member_rows if r.enrolled_on is not None)
    start, end = days[len(days) // 4], days[len(days) // 2]
    bar.joined_from.setDate(QDate(start.year, start.month, start.day))
    bar.joined_until.setDate(QDate(end.year, end.month, end.day))
    bar.joined_check.setChecked(True)
    expected = [
        r.code for r in member_rows if r.enrolled_on is not None and start <= r.enrolled_on <= end
    ]
    qtbot.waitUntil(lambda: [r.code for r in all_shown(qtbot, page)] == expected)
    bar.joined_check.setChecked(False)

    cut = date(2025, 9, 1)
    bar.lapsed_since.setDate(QDate(cut.year, cut.month, cut.day))
    bar.lapsed_check.setChecked(True)
    expected = [
        r.code for r in member_rows if last[r.code] is None or last[r.code] < cut.isoformat()
    ]
    qtbot.waitUntil(lambda: [r.code for r in all_shown(qtbot, page)] == expected)
    assert 0 < len(expected) < len(member_rows)


def test_dates_the_wrong_way_round_say_so_and_change_nothing(
    qtbot: QtBot, page: MembersPage, member_rows: list[MemberRow]
) -> None:
    started(qtbot, page)
    bar = page.filter_bar
    bar.joined_from.setDate(QDate(2026, 1, 1))
    bar.joined_until.setDate(QDate(2025, 1, 1))
    bar.joined_check.setChecked(True)
    qtbot.waitUntil(lambda: "after the last day" in page.status_label.text())


def test_clicking_a_header_sorts_the_whole_list(
    qtbot: QtBot, page: MembersPage, member_rows: list[MemberRow]
) -> None:
    page.model.page_size = 7  # the order must hold across keyset pages
    started(qtbot, page)
    header = page.table.horizontalHeader()
    header.setSortIndicator(MembersTableModel.POINTS, Qt.SortOrder.DescendingOrder)
    expected = [
        r.code for r in sorted(member_rows, key=lambda r: (r.balance, r.code), reverse=True)
    ]
    qtbot.waitUntil(lambda: [r.code for r in all_shown(qtbot, page)] == expected)

    # Many members share a tier: the ties run across page ends, ordered by code.
    header.setSortIndicator(MembersTableModel.TIER, Qt.SortOrder.DescendingOrder)
    expected = [
        r.code for r in sorted(member_rows, key=lambda r: (r.tier_code, r.code), reverse=True)
    ]
    qtbot.waitUntil(lambda: [r.code for r in all_shown(qtbot, page)] == expected)

    header.setSortIndicator(MembersTableModel.JOINED, Qt.SortOrder.AscendingOrder)
    expected = [r.code for r in sorted(member_rows, key=lambda r: (r.enrolled_on, r.code))]
    qtbot.waitUntil(lambda: [r.code for r in all_shown(qtbot, page)] == expected)

    header.setSortIndicator(MembersTableModel.NAME, Qt.SortOrder.AscendingOrder)
    expected = [r.code for r in sorted(member_rows, key=lambda r: (r.initials, r.code))]
    qtbot.waitUntil(lambda: [r.code for r in all_shown(qtbot, page)] == expected)


def tagged(db: Path) -> dict[str, list[str]]:
    with sqlite3.connect(db) as conn:
        return {id_: json.loads(t) for id_, t in conn.execute("SELECT id, tags FROM members")}


def test_tag_the_selected_members_through_the_outbox(
    qtbot: QtBot, page: MembersPage, gui_services: DeviceServices, member_rows: list[MemberRow]
) -> None:
    started(qtbot, page)
    db = db_path(gui_services)
    before = len(outbox(db))
    chosen = [1, 4, 5]
    selection = page.table.selectionModel()
    for row in chosen:
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert [r.code for r in page.selected_rows()] == [member_rows[i].code for i in chosen]
    assert "3 members selected" in page.status_label.text()

    dialog = page.ask_tag()
    assert dialog.selected_radio.isChecked()
    qtbot.waitUntil(lambda: dialog.filter_count == len(member_rows))
    assert "3" in dialog.preview.text()
    dialog.tag_box.setEditText("春节回访")
    with qtbot.waitSignal(page.sig_bulk_done, timeout=10_000) as done:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    report = done.args[0]
    assert (report.done, report.unchanged, report.failed) == (3, 0, 0)

    made = outbox(db)[before:]
    assert [kind for kind, _ in made] == ["edit_profile"] * 3
    payloads = [json.loads(payload) for _, payload in made]
    assert [pl["member_id"] for pl in payloads] == [member_rows[i].id for i in chosen]
    now = tagged(db)
    for i in chosen:
        assert "春节回访" in now[member_rows[i].id]
    assert sum("春节回访" in t for t in now.values()) == 3

    # Doing it again changes nobody and sends nothing.
    page.run_tag(BulkTarget.chosen([member_rows[i].id for i in chosen]), "春节回访")
    qtbot.waitUntil(lambda: not page.is_busy())
    assert len(outbox(db)) == before + 3


def test_issue_a_coupon_to_a_filters_result_with_a_preview_count(
    qtbot: QtBot, page: MembersPage, gui_services: DeviceServices, member_rows: list[MemberRow]
) -> None:
    started(qtbot, page)
    db = db_path(gui_services)
    target_store = member_rows[0].home_store
    choose(page.filter_bar.store_box, target_store)
    qtbot.waitUntil(lambda: page.model.filters() is not None and not page.model.is_loading())
    expected = [r.id for r in member_rows if r.home_store == target_store]
    before = len(outbox(db))

    page.ask_coupon()
    qtbot.waitUntil(lambda: isinstance(page.dialog, CouponDialog))
    dialog = page.dialog
    assert isinstance(dialog, CouponDialog)
    assert dialog.filter_radio.isChecked()  # nothing selected: the filter's result
    qtbot.waitUntil(lambda: dialog.filter_count == len(expected))
    assert f"{len(expected)} coupons will be issued" in dialog.preview.text()
    choose(dialog.template_box, "CT-90")
    with qtbot.waitSignal(page.sig_bulk_done, timeout=20_000) as done:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert done.args[0].done == len(expected)

    made = [json.loads(p) for kind, p in outbox(db)[before:] if kind == "issue_coupon"]
    assert len(outbox(db)) - before == len(expected)
    assert sorted(pl["member_id"] for pl in made) == sorted(expected)
    assert {pl["template_id"] for pl in made} == {"CT-90"}
    with sqlite3.connect(db) as conn:
        issued = conn.execute("SELECT count(*) FROM coupons WHERE source = 'bulk'").fetchone()[0]
    assert issued == len(expected)


def test_a_cancelled_bulk_action_keeps_what_it_did_and_says_so(
    qtbot: QtBot, page: MembersPage, gui_services: DeviceServices, member_rows: list[MemberRow]
) -> None:
    started(qtbot, page)
    db = db_path(gui_services)
    before = len(outbox(db))
    gate = threading.Event()
    # Hold the database worker so that the cancel lands before the first member.
    ops.executor().submit(gate.wait, 10)
    page.run_tag(BulkTarget.matching(None), "取消测试")
    op = page.running
    assert op is not None
    op.cancel()
    gate.set()
    with qtbot.waitSignal(page.sig_bulk_done, timeout=10_000) as done:
        pass
    report = done.args[0]
    assert report.cancelled and report.done == 0
    assert len(outbox(db)) == before
    assert "Cancelled" in page.status_label.text()


# --- a million members ------------------------------------------------------------------


@pytest.fixture(scope="module")
def million_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from core.db.engine import open_device_db
    from core.seed import seed_device

    path = tmp_path_factory.mktemp("million") / "device.db"
    factory = open_device_db(path)
    seed_device(factory, members=0)
    factory.kw["bind"].dispose()
    million.fill(path, 1_000_000)
    return path


@pytest.fixture
def big_page(qtbot: QtBot, million_db: Path) -> Iterator[MembersPage]:
    services = DeviceServices.open(str(million_db))
    page = MembersPage(services)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    yield page
    ops.executor().submit(lambda: None).result(timeout=60)
    services.factory.kw["bind"].dispose()


def codes(page: MembersPage) -> list[str]:
    return [r.code for r in shown_rows(page)]


@pytest.mark.slow
def test_a_million_members_arrive_a_page_at_a_time(qtbot: QtBot, big_page: MembersPage) -> None:
    page = big_page
    size = page.model.page_size
    started(qtbot, page)
    assert page.model.rowCount() == size
    assert codes(page) == [million.member_code(n) for n in range(1, size + 1)]

    bar = page.table.verticalScrollBar()
    counts = [page.model.rowCount()]
    for _ in range(5):
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda n=counts[-1]: page.model.rowCount() > n and loaded(page))
        counts.append(page.model.rowCount())
    assert counts == [size * k for k in range(1, 7)]
    assert codes(page) == [million.member_code(n) for n in range(1, size * 6 + 1)]
    assert page.model.canFetchMore(QModelIndex())


@pytest.mark.slow
def test_a_million_members_filtered_and_sorted(qtbot: QtBot, big_page: MembersPage) -> None:
    page = big_page
    size = page.model.page_size
    started(qtbot, page)
    bar = page.filter_bar

    choose(bar.tier_box, "T3")
    qtbot.waitUntil(lambda: page.model.filters() is not None and loaded(page))
    assert codes(page) == [million.member_code(n) for n in range(3, 5 * size, 5)]

    bar.clear_button.click()
    choose(bar.status_box, "closed")
    qtbot.waitUntil(lambda: page.model.filters() is not None and loaded(page))
    assert codes(page) == [million.member_code(n) for n in range(1000, 1000 * size + 1, 1000)]

    bar.clear_button.click()
    bar.tag_box.setEditText("大客户")
    line = bar.tag_box.lineEdit()
    assert line is not None
    line.editingFinished.emit()
    qtbot.waitUntil(lambda: page.model.filters() is not None and loaded(page))
    assert codes(page)[:3] == [million.member_code(n) for n in (97, 194, 291)]
    assert page.model.rowCount() == size

    dialog = page.ask_tag()
    qtbot.waitUntil(lambda: dialog.filter_count is not None, timeout=30_000)
    assert dialog.filter_count == 1_000_000 // 97
    dialog.reject()

    bar.clear_button.click()
    page.table.horizontalHeader().setSortIndicator(
        MembersTableModel.POINTS, Qt.SortOrder.DescendingOrder
    )
    qtbot.waitUntil(
        lambda: page.model.member_sort().key == "balance" and loaded(page), timeout=60_000
    )
    top = shown_rows(page)[:3]
    assert [(r.code, r.balance) for r in top] == [
        (million.member_code(n), 9999) for n in (999_999, 989_999, 979_999)
    ]


def test_bulk_commands_name_the_operator_and_wake_sync(
    qtbot: QtBot, gui_services: DeviceServices, member_rows: list[MemberRow]
) -> None:
    from desktop.app import OperatorServices

    woken: list[int] = []
    page = MembersPage(OperatorServices(gui_services, "hq-wang", lambda: woken.append(1)))
    qtbot.addWidget(page)
    page.show()
    started(qtbot, page)
    db = db_path(gui_services)
    with qtbot.waitSignal(page.sig_bulk_done, timeout=10_000):
        page.run_tag(BulkTarget.chosen([member_rows[0].id, member_rows[1].id]), "会员日")
    with sqlite3.connect(db) as conn:
        staff = conn.execute(
            "SELECT staff FROM commands WHERE kind = 'edit_profile' ORDER BY seq"
        ).fetchall()
    assert staff == [("hq-wang",), ("hq-wang",)]
    assert woken == [1]
