"""Import members from a CSV file and export the list, driven from the members page."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from core.codes import mask_name, mask_phone
from core.directory import MemberRow
from core.services import DeviceServices
from desktop.import_dialog import ImportDialog
from desktop.pages.members import MembersPage
from tests.gui.desktop.conftest import outbox
from ui.members_model import MembersTableModel
from ui.table_export import export_view, install_export_action, table_lines

CSV_TEXT = """\
客户名,手机号,门店,备注
郭靖,13900000001,S001,ok
,13900000002,S001,no name
黄蓉,1390000,S002,short phone
杨过,13900000004,S404,no such store
小龙女,13900000005,S003,ok
"""


@pytest.fixture
def page(qtbot: QtBot, gui_services: DeviceServices) -> Iterator[MembersPage]:
    page = MembersPage(gui_services)
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    qtbot.waitExposed(page)
    page.start()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.is_loading())
    yield page


def db_of(services: DeviceServices) -> Path:
    return Path(str(services.factory.kw["bind"].url.database))


def test_import_with_a_mapping_preview_and_per_row_errors(
    qtbot: QtBot, page: MembersPage, gui_services: DeviceServices, tmp_path: Path
) -> None:
    path = tmp_path / "old-system.csv"
    path.write_text(CSV_TEXT, encoding="utf-8-sig")
    db = db_of(gui_services)
    before = len(outbox(db))

    dialog = page.ask_import()
    assert isinstance(dialog, ImportDialog)
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: dialog.mapping_table.rowCount() == 4 and not dialog.is_busy())
    # "客户名" is no header the importer knows: the person maps it.
    assert dialog.mapping() == [None, "phone", "home_store", None]
    assert not dialog.import_button.isEnabled()
    assert "name" in dialog.status_label.text()
    dialog.set_field(0, "name")
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled() and not dialog.is_busy())

    preview = dialog.preview_table
    assert preview.rowCount() == 5
    problems = {
        preview.item(r, 0).text(): preview.item(r, preview.columnCount() - 1).text()
        for r in range(preview.rowCount())
    }
    assert problems["2"] == "" and problems["6"] == ""
    assert problems["3"] == "Required, but empty"
    assert problems["4"] == "Not an 11-digit mobile number"
    assert problems["5"] == ""  # a store is checked against the database only on import
    assert "of the first 5 have a problem" in dialog.status_label.text()
    assert len(outbox(db)) == before  # nothing written by reading and previewing

    with qtbot.waitSignal(page.sig_bulk_done, timeout=20_000) as done:
        dialog.import_button.click()
    report = done.args[0]
    assert (report.accepted, report.rejected) == (2, 3)
    errors = dialog.errors_table
    assert errors.isVisible()
    assert [errors.item(r, 0).text() for r in range(errors.rowCount())] == ["3", "4", "5"]
    assert errors.item(2, 1).text() == "Home store"
    assert errors.item(2, 2).text() == "No store has this code"
    assert "2 members imported, 3 rows refused" in dialog.status_label.text()

    made = outbox(db)[before:]
    assert [kind for kind, _ in made] == ["enrol_member", "enrol_member"]
    assert [json.loads(p)["name"] for _, p in made] == ["郭靖", "小龙女"]

    # The list knows them at once.
    page.search_box.setText("13900000005")
    qtbot.waitUntil(
        lambda: (
            page.model.query() == "13900000005"
            and not page.model.is_loading()
            and page.model.rowCount() == 1
        )
    )
    row = page.model.row_at(0)
    assert row is not None and row.name == "小龙女" and row.home_store == "S003"
    dialog.close()


def test_a_file_that_is_not_a_member_list_is_refused_in_the_dialog(
    qtbot: QtBot, page: MembersPage, tmp_path: Path
) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("", encoding="utf-8")
    dialog = page.ask_import()
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: "empty" in dialog.status_label.text())
    assert not dialog.import_button.isEnabled()
    dialog.close()


def all_rows(qtbot: QtBot, page: MembersPage) -> list[MemberRow]:
    qtbot.waitUntil(lambda: not page.model.is_loading())
    while page.model.canFetchMore(QModelIndex()):
        page.model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda: not page.model.is_loading())
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    return [r for r in rows if r is not None]


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_writes_the_list_as_filtered_and_sorted(
    qtbot: QtBot, page: MembersPage, member_rows: list[MemberRow], tmp_path: Path, suffix: str
) -> None:
    store = member_rows[0].home_store
    qtbot.waitUntil(lambda: page.filter_bar.store_box.count() > 1)
    page.filter_bar.store_box.setCurrentIndex(page.filter_bar.store_box.findData(store))
    page.table.horizontalHeader().setSortIndicator(
        MembersTableModel.POINTS, Qt.SortOrder.DescendingOrder
    )
    qtbot.waitUntil(lambda: page.model.member_sort().key == "balance")
    shown = all_rows(qtbot, page)
    assert shown and all(r.home_store == store for r in shown)

    path = tmp_path / f"members.{suffix}"
    with qtbot.waitSignal(page.sig_exported, timeout=20_000) as done:
        page.export_to(str(path))
    assert done.args[0].rows == len(shown)
    if suffix == "csv":
        with path.open(encoding="utf-8-sig", newline="") as f:
            lines = list(csv.reader(f))
    else:
        sheet = load_workbook(path, read_only=True).worksheets[0]
        lines = [[("" if v is None else str(v)) for v in row] for row in sheet.values]
    assert lines[0] == page.export_headers()
    assert [line[0] for line in lines[1:]] == [r.code for r in shown]
    first = lines[1]
    assert first[1] == mask_name(shown[0].name) and first[2] == mask_phone(shown[0].phone)
    assert int(first[4]) == shown[0].balance
    assert shown[0].phone not in path.read_bytes().decode("latin-1")
    assert f"{len(shown)} members exported" in page.status_label.text()
    assert not list(tmp_path.glob(".*partial"))


def test_export_to_an_unknown_format_says_so_and_writes_nothing(
    qtbot: QtBot, page: MembersPage, tmp_path: Path
) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    page.export_to(str(out / "members.pdf"))
    assert "csv or xlsx" in page.status_label.text()
    assert list(out.iterdir()) == []


def test_any_table_exports_what_it_shows(
    qtbot: QtBot, page: MembersPage, member_rows: list[MemberRow], tmp_path: Path
) -> None:
    rich = max(member_rows, key=lambda r: r.balance)
    page.search_box.setText(rich.code)
    qtbot.waitUntil(lambda: (card := page.panel.card()) is not None and card.id == rich.id)
    ledger = page.ledger_view
    qtbot.waitUntil(lambda: ledger.model().rowCount() > 0)
    headers, lines = table_lines(ledger.model())

    path = tmp_path / "ledger.xlsx"
    with qtbot.waitCallback(timeout=10_000) as written:
        export_view(ledger, str(path)).success(written).run()
    assert written.args == [len(lines)]
    sheet = load_workbook(path, read_only=True).worksheets[0]
    got = [["" if v is None else str(v) for v in row] for row in sheet.values]
    assert got[0] == headers and len(got) == len(lines) + 1
    assert got[1] == ["" if v is None else str(v) for v in lines[0]]

    assert [a.objectName() for a in ledger.actions()] == ["exportTable"]
    other = QTableView()
    qtbot.addWidget(other)
    install_export_action(other)
    assert other.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def test_export_of_a_search_writes_the_results_shown(
    qtbot: QtBot, page: MembersPage, member_rows: list[MemberRow], tmp_path: Path
) -> None:
    initial = member_rows[0].initials[:1]
    page.model.search_limit = 3
    page.search_box.setText(initial)
    qtbot.waitUntil(lambda: page.model.query() == initial and not page.model.is_loading())
    shown = [page.model.row_at(i) for i in range(page.model.rowCount())]
    assert 0 < len(shown) <= 3

    path = tmp_path / "found.csv"
    with qtbot.waitSignal(page.sig_exported, timeout=20_000):
        page.export_to(str(path))
    with path.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert [line[0] for line in lines[1:]] == [r.code for r in shown if r is not None]
