"""Exports hold the numbers on screen; a region's device lists and counts only its region."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal
from pathlib import Path

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from core import analytics as a
from core.services import DeviceServices
from tests.gui.analytics.conftest import MARCH, db_of, open_page, read_csv, read_xlsx, wait_idle
from tests.integration.analytics.scenario import MARCH_END, at, sale


def test_every_chart_exports_png_csv_and_xlsx_with_the_numbers_shown(
    qtbot: QtBot, svc: DeviceServices, march: object, tmp_path: Path
) -> None:
    page = open_page(qtbot, svc)
    for board in page.dashboards():
        page.show_dashboard(board)
        wait_idle(qtbot, page)
    with svc.factory() as s, s.begin():
        a.refresh_aggregates(s)
        a.recompute_rfm(s, as_of=MARCH_END)
    page.rfm.reload()
    wait_idle(qtbot, page)
    charts = [
        (name, chart)
        for board in page.dashboards()
        for name, chart in vars(board).items()
        if name.endswith("_chart")
    ]
    assert len(charts) == 10  # members 3, points 3, mall 2, RFM 2
    for name, chart in charts:
        data = chart.data
        assert data is not None, name
        png = tmp_path / f"{chart.parent().objectName()}-{name}.png"
        chart.export_png(str(png))
        image = QImage(str(png))
        assert not image.isNull() and image.width() > 200, name
        headers, rows = data.table()
        assert chart.export_data(str(tmp_path / "x.csv")) == len(rows)
        csv_rows = read_csv(tmp_path / "x.csv")
        assert csv_rows[0] == headers
        assert csv_rows[1:] == [[str(v) for v in row] for row in rows], name
        assert chart.export_data(str(tmp_path / "x.xlsx")) == len(rows)
        xlsx_rows = read_xlsx(tmp_path / "x.xlsx")
        assert xlsx_rows[0] == headers
        for got, want in zip(xlsx_rows[1:], rows, strict=True):
            assert got[0] == want[0]
            assert [Decimal(str(v)) for v in got[1:]] == [Decimal(v) for v in want[1:]], name

    # The tier chart's numbers, by hand; the RFM value chart in yuan, exactly.
    tier_rows = read_csv_of(page.members.tier_chart, tmp_path / "tiers.csv")
    assert tier_rows == [["Tier", "Members"], ["普通", "4"], ["铜牌", "1"], ["银牌", "0"],
                         ["金牌", "0"], ["钻石", "0"]]  # fmt: skip
    value_rows = read_csv_of(page.rfm.value_chart, tmp_path / "value.csv")
    assert value_rows[0] == ["Segment", "Value (¥)"]
    assert value_rows[2] == ["Loyal", "400"] and value_rows[5] == ["Hibernating", "3000"]


def read_csv_of(chart: object, path: Path) -> list[list[str]]:
    chart.export_data(str(path))  # type: ignore[attr-defined]
    return read_csv(path)


def test_tables_export_their_exact_values(
    qtbot: QtBot, svc: DeviceServices, march: object, tmp_path: Path
) -> None:
    page = open_page(qtbot, svc)
    page.show_dashboard(page.points)
    wait_idle(qtbot, page)
    table = page.points.liability_table
    table.export_data(str(tmp_path / "liability.xlsx"))
    assert read_xlsx(tmp_path / "liability.xlsx") == [
        ["Expiry month", "Points", "Value (¥)"],
        ["2028-03", 3099, 30.99],
        ["total", 3099, 30.99],
    ]
    table.export_data(str(tmp_path / "liability.csv"))
    assert read_csv(tmp_path / "liability.csv")[1] == ["2028-03", "3099", "30.99"]
    stores = page.members.store_table
    stores.export_data(str(tmp_path / "stores.csv"))
    rows = read_csv(tmp_path / "stores.csv")
    assert rows[0] == ["Store", "Members", "New", "Lapsed", "Active 30 days (%)",
                       "Active 90 days (%)"]  # fmt: skip
    assert rows[1] == ["S001", "1", "0", "0", "100.00", "100.00"]
    assert rows[2] == ["S002", "1", "1", "0", "0.00", "0.00"]


def make_region_device(svc: DeviceServices) -> None:
    """Region R01's laptop: only R01's members (A, B, E of the March) and its identity."""
    codes, _ids = enrol_all_in(svc, ("A", "B", "E"))
    sale(svc, codes["A"], "100", at(2))
    sale(svc, codes["E"], "3000", at(5))
    sale(svc, codes["B"], "50", at(3))
    with sqlite3.connect(db_of(svc)) as conn:
        value = json.dumps(
            {
                "device_id": "dev-r01",
                "store_code": None,
                "name": "R01 laptop",
                "server_url": "http://127.0.0.1:9",
                "kind": "region",
                "region": "R01",
                "regions": ["R01"],
                "operator": "R01-manager",
                "enrolled_at": "2026-03-01T09:00:00",
            }
        )
        conn.execute(
            "INSERT INTO settings (key, value) VALUES ('device', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (value,),
        )


def enrol_all_in(
    svc: DeviceServices, keys: tuple[str, ...]
) -> tuple[dict[str, str], dict[str, str]]:
    # The scenario's members of R01 only, as a region's pull would bring them.
    from datetime import datetime

    codes: dict[str, str] = {}
    ids: dict[str, str] = {}
    for key, phone, store, when in (
        ("A", "13800000001", "S001", datetime(2026, 1, 31, 10)),
        ("B", "13800000002", "S002", at(2)),
        ("E", "13800000005", "S003", at(2)),
    ):
        if key in keys:
            applied = svc.enrol(f"会员{key}", phone, home_store=store, at=when)
            codes[key] = str(applied.result["code"])
            ids[key] = str(applied.result["member_id"])
    return codes, ids


def test_a_region_device_lists_and_counts_only_its_region(
    qtbot: QtBot, svc: DeviceServices
) -> None:
    make_region_device(svc)
    page = open_page(qtbot, svc)
    bar = page.filter_bar
    assert bar.region_codes() == ["R01"]
    assert bar.store_codes() == ["S001", "S002", "S003"]
    assert "R01" in page.scope_label.text()
    tiles = page.members.kpis.tiles
    assert tiles["members"].value() == "3"
    assert [page.members.region_table.shown(r, 0) for r in range(1)] == ["R01"]
    assert page.members.region_table.table.rowCount() == 1
    page.show_dashboard(page.points)
    wait_idle(qtbot, page)
    assert page.points.kpis.tiles["issued"].value() == "3,150"
    with svc.factory() as s:
        assert page.points.result == a.points_health(s, MARCH, now=MARCH_END)
