"""The tiers and point rules pages and the sign-in dialog offscreen in Simplified and Traditional
Chinese, saved to test-output/desktop/ to be looked at by a person.

Until the .ts files are regenerated, this page's strings are translated from
``resources/translations/pending/bo-editors.tsv`` (compiled here with lrelease), so the
screenshots show what the shipped translation will.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.services import DeviceServices
from desktop.main_window import RULES, TIERS, MainWindow
from desktop.pages.tiers import T_THRESHOLD
from desktop.signin_dialog import SignInDialog
from tests.gui.conftest import SEEDED_AT
from tests.gui.desktop.conftest import SHOTS, assert_drawn, open_window, shoot
from ui import i18n
from ui.admin_session import AdminSession

ROOT = Path(__file__).resolve().parents[3]
PENDING = ROOT / "resources" / "translations" / "pending" / "bo-editors.tsv"


def _lrelease() -> str | None:
    found = Path(sys.executable).with_name("pyside6-lrelease")
    return str(found) if found.exists() else shutil.which("pyside6-lrelease")


def pending_translator(lang: str, folder: Path) -> QTranslator | None:
    """A translator for this page's pending strings in ``lang`` (None if lrelease is missing)."""
    column = {"zh_CN": 2, "zh_TW": 3}[lang]
    contexts: dict[str, list[tuple[str, str]]] = {}
    for line in PENDING.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        contexts.setdefault(cells[0], []).append((cells[1], cells[column]))
    body = "".join(
        f"<context><name>{escape(name)}</name>"
        + "".join(
            f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation></message>"
            for s, t in messages
        )
        + "</context>"
        for name, messages in contexts.items()
    )
    ts = folder / f"pending_{lang}.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{lang}">{body}</TS>\n',
        encoding="utf-8",
    )
    tool = _lrelease()
    if tool is None:
        return None
    qm = folder / f"pending_{lang}.qm"
    subprocess.run([tool, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


@pytest.fixture(params=["zh_CN", "zh_TW"])
def lang(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    i18n.install(qapp, request.param)
    extra = pending_translator(request.param, tmp_path)
    if extra is not None:
        qapp.installTranslator(extra)
    yield str(request.param)
    if extra is not None:
        qapp.removeTranslator(extra)
    i18n.install(qapp, "en")


def test_screenshots_of_the_rulebook_editors(
    qtbot: QtBot, lang: str, gui_services: DeviceServices, settings_path: Path
) -> None:
    window: MainWindow = open_window(qtbot, gui_services, settings_path)
    window.resize(1366, 860)
    shots: list[Path] = []

    tiers = window.tiers_page
    tiers._today = SEEDED_AT.date  # the seeded history's day: its windows are full
    window.rules_page._today = SEEDED_AT.date
    window.show_page(TIERS)
    qtbot.waitUntil(lambda: tiers.preview is not None and not tiers.is_busy(), timeout=10_000)
    item = tiers.tiers_table.item(1, T_THRESHOLD)
    assert item is not None
    item.setText("1,500")  # 铜牌 from ¥3,000 to ¥1,500: the preview shows who moves up
    qtbot.waitUntil(
        lambda: tiers.preview is not None and tiers.preview.ladder[1].threshold == 150_000
    )
    qtbot.waitUntil(lambda: not tiers.is_busy())
    assert tiers.preview.moving_up > 0  # type: ignore[union-attr]
    shots.append(shoot(window, f"09-tiers-{lang}"))
    title = {"zh_CN": "等级与权益", "zh_TW": "等級與權益"}[lang]
    assert window._items[TIERS].text() == title
    assert "滚动" in tiers.window_box.currentText() or "滾動" in tiers.window_box.currentText()

    item.setText("9,000")  # above 银牌's ¥8,000
    qtbot.waitUntil(lambda: tiers.tiers_error.isVisible())
    shots.append(shoot(window, f"10-tiers-error-{lang}"))
    tiers.revert()

    window.show_page(RULES)
    rules = window.rules_page
    qtbot.waitUntil(lambda: rules.base is not None and not rules.is_busy(), timeout=10_000)
    for row, (category, amount) in enumerate((("high_margin", "80"), ("", "48.50"))):
        for col, text in enumerate((category, amount)):
            cell = rules.calc_lines.item(row, col)
            assert cell is not None
            cell.setText(text)
    rules.calc_tier_box.setCurrentIndex(rules.calc_tier_box.findData("T3"))
    qtbot.waitUntil(lambda: rules.result is not None and not rules.is_busy())
    shots.append(shoot(window, f"11-rules-{lang}"))

    dialog = SignInDialog(AdminSession("http://127.0.0.1:8700"), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.username_field.setText("backoffice")
    dialog._show_error(dialog.tr("Wrong user name or password."))
    QApplication.processEvents()
    shots.append(SHOTS / f"12-signin-{lang}.png")
    dialog.grab().save(str(shots[-1]))
    dialog.close()

    for path in shots:
        assert_drawn(path)
    window.close()
