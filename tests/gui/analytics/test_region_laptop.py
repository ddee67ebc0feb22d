"""A regional manager's laptop, set up for R01 against a real central API process: the
dashboards open on its file alone and list and count only R01."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from core import analytics as a
from core.services import DeviceServices
from desktop.pages.dashboards import DashboardsPage
from tests.e2e.conftest import (  # noqa: F401  (fixtures)
    DEMO_PASSWORD,
    Central,
    central,
    central_template,
    make_device,
    memberdesk,
    private_keyring,
)
from tests.gui.analytics.conftest import wait_idle

R01 = ("S001", "S002", "S003")


def members_by_store(server: Central) -> dict[str, tuple[str, str | None]]:
    from sqlalchemy import select

    from core.db.models import Member

    with server.factory()() as s:
        rows = s.execute(select(Member.code, Member.id, Member.home_store)).all()
    return {code: (mid, store) for code, mid, store in rows}


@pytest.mark.parametrize("central_template", ["sqlite"], indirect=True)
def test_a_region_laptop_shows_its_region_only(
    qtbot: QtBot,
    central: Central,  # noqa: F811
    make_device: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    everyone = members_by_store(central)
    ours = [c for c, (_i, store) in everyone.items() if store in R01]
    till4 = make_device("S004")  # R02 sells too: none of it may show on the laptop
    till4.setup(central.url)
    theirs = [c for c, (_i, store) in everyone.items() if store and store not in R01]
    till4.sale(theirs[0], "500")
    till4.sync()
    laptop = tmp_path / "laptop.db"
    memberdesk(
        "device", "setup", "--db", str(laptop), "--server", central.url, "--region", "R01",
        "--user", "R01-manager", "--password", DEMO_PASSWORD, "--json",
    )  # fmt: skip
    central.close()  # on the plane: no server from here on

    services = DeviceServices.open(str(laptop))
    try:
        page = DashboardsPage(services)
        qtbot.addWidget(page)
        page.resize(1366, 900)
        page.show()
        qtbot.waitExposed(page)
        page.start()
        wait_idle(qtbot, page)
        bar = page.filter_bar
        assert bar.region_codes() == ["R01"]
        assert bar.store_codes() == list(R01)
        assert "R01" in page.scope_label.text()
        tiles = page.members.kpis.tiles
        assert tiles["members"].value() == f"{len(ours):,}"
        regions = page.members.region_table
        assert [regions.shown(r, 0) for r in range(regions.table.rowCount())] == ["R01"]
        stores = page.members.store_table
        shown = {stores.shown(r, 0).split()[0] for r in range(stores.table.rowCount())}
        assert shown <= set(R01)
        for board in page.dashboards():
            page.show_dashboard(board)
            wait_idle(qtbot, page)
            assert board.result is not None and not board.error_label.isVisibleTo(page)
        mall = page.mall.result
        assert mall is not None and all(x.store in R01 for x in mall.stock_alerts if x.store)
        with services.factory() as s:
            assert page.points.result == a.points_health(s, page.filters())
    finally:
        from ui import ops

        ops.executor().submit(lambda: None).result(timeout=30)
        services.factory.kw["bind"].dispose()
