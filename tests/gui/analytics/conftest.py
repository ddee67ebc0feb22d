"""Dashboards over the hand-computed March of tests/integration/analytics/scenario.py."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from core import analytics as a
from core.services import DeviceServices
from desktop.pages.dashboards import DashboardsPage
from tests.integration.analytics.scenario import MARCH_END, March, play_march, refresh

MARCH = a.Filters(start=date(2026, 3, 1), end=MARCH_END)


@pytest.fixture
def svc(services: Any) -> Iterator[DeviceServices]:
    from ui import ops

    assert isinstance(services, DeviceServices)
    yield services
    # Work a test left queued finishes before the database goes away.
    ops.executor().submit(lambda: None).result(timeout=30)


@pytest.fixture
def march(svc: DeviceServices) -> March:
    refresh(svc)  # built first: the March below is folded in incrementally, as on a till
    return play_march(svc)


def db_of(services: DeviceServices) -> Path:
    return Path(str(services.factory.kw["bind"].url.database))


def open_page(qtbot: QtBot, services: DeviceServices, filters: a.Filters = MARCH) -> DashboardsPage:
    page = DashboardsPage(services, today=lambda: MARCH_END)
    qtbot.addWidget(page)
    page.resize(1366, 900)
    page.show()
    qtbot.waitExposed(page)
    page.start()
    wait_idle(qtbot, page)
    page.set_filters(filters)
    wait_idle(qtbot, page)
    return page


def wait_idle(qtbot: QtBot, page: DashboardsPage) -> None:
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=15_000)


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def read_xlsx(path: Path) -> list[list[Any]]:
    book = load_workbook(path, read_only=True)
    sheet = book.worksheets[0]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    book.close()
    return rows


def outbox(db: Path) -> list[tuple[str, dict[str, Any]]]:
    with sqlite3.connect(db) as conn:
        return [
            (kind, json.loads(payload))
            for kind, payload in conn.execute(
                "SELECT kind, payload FROM commands WHERE sync_state = 'local' ORDER BY seq"
            )
        ]
