"""The attention queue, from a database that has items: a rejection the push recorded,
an overdraft and a resolved mismatch the pull brought."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from core.codes import mask_name
from core.services import DeviceServices
from desktop.main_window import ATTENTION, MainWindow
from desktop.pages.attention import AttentionPage
from tests.gui.desktop.conftest import Items, wait_idle
from ui.attention_model import AttentionTableModel


@pytest.fixture
def page(qtbot: QtBot, gui_services: DeviceServices, items: Items) -> AttentionPage:
    page = AttentionPage(gui_services)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def loaded(page: AttentionPage) -> bool:
    return not page.model.is_loading()


def shown(page: AttentionPage) -> list[str]:
    return [page.model.item_at(i).kind for i in range(page.model.rowCount())]  # type: ignore[union-attr]


def test_open_items_are_listed_with_their_facts(
    qtbot: QtBot, page: AttentionPage, items: Items
) -> None:
    with qtbot.waitSignal(page.sig_open_count) as counted:
        page.start()
    assert counted.args == [2]
    qtbot.waitUntil(lambda: loaded(page) and page.model.rowCount() == 2)
    # Oldest first: the overdraft (3 March) before today's refused adjustment.
    assert shown(page) == ["points_overdraft", "rejected_command"]
    assert page.count_label.text() == "2 items need attention"

    row = shown(page).index("rejected_command")
    cells = [
        str(page.model.data(page.model.index(row, c))) for c in range(page.model.columnCount())
    ]
    assert cells[AttentionTableModel.KIND] == "Refused by the server"
    assert cells[AttentionTableModel.CLERK] == "S001-clerk-wang"
    assert cells[AttentionTableModel.MEMBER] == (
        f"{items.rejected.code} {mask_name(items.rejected.name)}"
    )
    assert cells[AttentionTableModel.REASON] == (
        f"Member {items.rejected.code} has 10 points available; 50 requested."
    )

    page.table.selectRow(row)
    facts = page.facts
    assert facts.title_label.text() == "Refused by the server"
    assert facts.reason_label.text() == (
        f"The server said: Member {items.rejected.code} has 10 points available; 50 requested."
    )
    assert facts.values["clerk"].text() == "S001-clerk-wang"
    assert facts.values["store"].text() == cells[AttentionTableModel.STORE] != ""
    assert facts.values["command"].text() == "points adjustment"
    assert facts.values["state"].text().startswith("Open")

    page.table.selectRow(shown(page).index("points_overdraft"))
    assert facts.title_label.text() == "Points overdraft"
    assert facts.values["store"].text() == "S002"
    assert "Points debt recorded: 120" in facts.values["details"].text()
    assert facts.reason_label.isHidden()


def test_resolved_and_all_filters(qtbot: QtBot, page: AttentionPage) -> None:
    page.start()
    qtbot.waitUntil(lambda: loaded(page) and page.model.rowCount() == 2)

    page.state_box.setCurrentIndex(page.state_box.findData("resolved"))
    qtbot.waitUntil(lambda: loaded(page) and page.model.state() == "resolved")
    assert shown(page) == ["points_mismatch"]
    page.table.selectRow(0)
    assert page.facts.values["state"].text() == (
        "Resolved 2026-03-02 09:00 by hq-li: the receipt's figure was honoured"
    )
    assert "Receipt printed 128 points; the server counts 120" in (
        page.facts.values["details"].text()
    )

    page.state_box.setCurrentIndex(page.state_box.findData("all"))
    qtbot.waitUntil(lambda: loaded(page) and page.model.state() == "all")
    assert shown(page)[:2] == ["points_mismatch", "points_overdraft"]
    assert len(shown(page)) == 3


def test_pages_are_fetched_as_the_list_scrolls(qtbot: QtBot, page: AttentionPage) -> None:
    page.model.page_size = 1
    page.state_box.setCurrentIndex(page.state_box.findData("all"))
    qtbot.waitUntil(lambda: loaded(page) and page.model.rowCount() >= 1)
    for _ in range(5):
        if not page.model.canFetchMore(QModelIndex()):
            break
        n = page.model.rowCount()
        page.model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda n=n: loaded(page) and page.model.rowCount() >= n)
    assert page.model.rowCount() == 3
    assert not page.model.canFetchMore(QModelIndex())


def test_the_sidebar_counts_open_items_and_a_member_opens_from_an_item(
    qtbot: QtBot, items: Items, window: MainWindow
) -> None:
    # ``items`` before ``window``: the database has them when the window opens.
    qtbot.waitUntil(lambda: window._items[ATTENTION].text() == "Attention (2)")
    window.show_page(ATTENTION)
    page = window.attention_page
    qtbot.waitUntil(lambda: loaded(page) and page.model.rowCount() == 2)
    row = shown(page).index("points_overdraft")
    page.table.selectRow(row)

    qtbot.mouseClick(page.facts.open_member_button, Qt.MouseButton.LeftButton)
    detail = window.detail_page
    assert window.stack.currentWidget() is detail
    qtbot.waitUntil(lambda: (c := detail.card()) is not None and c.id == items.overdrawn.id)
    wait_idle(qtbot, detail)
