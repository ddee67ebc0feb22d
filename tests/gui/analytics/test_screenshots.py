"""Each dashboard in Simplified and Traditional Chinese on a seeded chain, saved to
test-output/dashboards/ for a person to look at.

The shipped .qm files are regenerated from the pending translation tables at the end of
the session, so here the dashboards' own strings come from resources/translations/
pending/dash-ui.tsv, compiled into a translator of this test's own.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core import analytics as a
from core.services import DeviceServices
from desktop.pages.dashboards import DashboardsPage
from tests.gui.analytics.conftest import wait_idle
from ui import i18n

ROOT = Path(__file__).resolve().parents[3]
SHOTS = ROOT / "test-output" / "dashboards"
TABLE = ROOT / "resources" / "translations" / "pending" / "dash-ui.tsv"
TODAY = date(2026, 3, 2)
MEMBERS = 400


def compile_table(lang: str, folder: Path) -> Path:
    """The pending table's column for ``lang`` as a .qm file."""
    column = {"zh_CN": 2, "zh_TW": 3}[lang]
    root = ET.Element("TS", version="2.1", language=lang)
    contexts: dict[str, ET.Element] = {}
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = [f.replace("\\n", "\n") for f in line.split("\t")]
        if fields[0] not in contexts:
            contexts[fields[0]] = ET.SubElement(root, "context")
            ET.SubElement(contexts[fields[0]], "name").text = fields[0]
        message = ET.SubElement(contexts[fields[0]], "message")
        ET.SubElement(message, "source").text = fields[1]
        ET.SubElement(message, "translation").text = fields[column]
    ts = folder / f"dash-ui_{lang}.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


@pytest.fixture(scope="module")
def chain_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from core.db.engine import open_device_db
    from core.seed import seed_device

    path = tmp_path_factory.mktemp("dash-seed") / "device.db"
    factory = open_device_db(path)
    seed_device(factory, members=MEMBERS, now=datetime(2026, 3, 2, 10, 0))
    factory.kw["bind"].dispose()
    return path


@pytest.fixture
def chain(chain_template: Path, tmp_path: Path) -> Iterator[DeviceServices]:
    from ui import ops

    dest = tmp_path / "device.db"
    shutil.copyfile(chain_template, dest)
    svc = DeviceServices.open(str(dest))
    yield svc
    ops.executor().submit(lambda: None).result(timeout=30)
    svc.factory.kw["bind"].dispose()


@pytest.fixture(params=["zh_CN", "zh_TW"])
def lang(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    chosen = str(request.param)
    i18n.install(qapp, chosen)
    ours = QTranslator(qapp)
    assert ours.load(str(compile_table(chosen, tmp_path)))
    QCoreApplication.installTranslator(ours)
    yield chosen
    QCoreApplication.removeTranslator(ours)
    i18n.install(qapp, "en")


def test_screenshots_of_every_dashboard(qtbot: QtBot, lang: str, chain: DeviceServices) -> None:
    with chain.factory() as s, s.begin():
        a.refresh_aggregates(s)
        a.recompute_rfm(s, as_of=TODAY, period_days=30)
    page = DashboardsPage(chain, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1440, 1000)
    page.show()
    qtbot.waitExposed(page)
    page.start()
    wait_idle(qtbot, page)
    page.set_filters(a.Filters(start=date(2025, 9, 1), end=TODAY, bucket="week"))
    page.rfm.drop_box.setValue(40)
    page.rfm.min_box.setValue(1)
    SHOTS.mkdir(parents=True, exist_ok=True)
    shots = []
    for board, name in (
        (page.members, "1-members"),
        (page.points, "2-points"),
        (page.mall, "3-mall"),
        (page.rfm, "4-rfm"),
    ):
        page.show_dashboard(board)
        wait_idle(qtbot, page)
        assert board.result is not None and not board.error_label.isVisible()
        QApplication.processEvents()
        path = SHOTS / f"{name}-{lang}.png"
        page.grab().save(str(path))
        shots.append(path)
    title = {"zh_CN": "经营看板", "zh_TW": "經營看板"}[lang]
    assert page.title.text() == title
    assert page.tabs.tabText(1) == {"zh_CN": "积分健康度", "zh_TW": "積分健康度"}[lang]
    assert page.members.kpis.tiles["members"].caption.text() == {
        "zh_CN": "会员数",
        "zh_TW": "會員數",
    }.get(lang, "") or page.members.kpis.tiles["members"].caption.text() in ("会员", "會員")
    for path in shots:
        assert path.stat().st_size > 20_000, path
