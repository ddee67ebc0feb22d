"""Each back-office page offscreen, in English, Simplified and Traditional Chinese, saved to
test-output/desktop/ to be looked at by a person."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.directory import MemberRow
from core.services import DeviceServices
from desktop.main_window import ATTENTION, MainWindow
from tests.gui.desktop.conftest import SHOTS, Items, assert_drawn, open_window, shoot, wait_idle
from ui import i18n


@pytest.fixture(params=["en", "zh_CN", "zh_TW"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    i18n.install(qapp, request.param)
    yield str(request.param)
    i18n.install(qapp, "en")


def test_screenshots_of_every_page(
    qtbot: QtBot,
    lang: str,
    gui_services: DeviceServices,
    settings_path: Path,
    member_rows: list[MemberRow],
    items: Items,
) -> None:
    window: MainWindow = open_window(qtbot, gui_services, settings_path)
    window.resize(1366, 820)
    shots: list[Path] = []
    members = window.members_page
    qtbot.waitUntil(lambda: members.model.rowCount() > 0 and not members.model.is_loading())
    member = items.overdrawn
    gui_services.issue_coupon(member.code, "CT-100-10")
    index = next(i for i, r in enumerate(member_rows) if r.id == member.id)
    qtbot.waitUntil(lambda: members.model.rowCount() > index)
    members.table.selectRow(index)
    qtbot.waitUntil(lambda: (c := members.panel.card()) is not None and c.id == member.id)
    shots.append(shoot(window, f"01-members-{lang}"))

    members.open_current()
    detail = window.detail_page
    qtbot.waitUntil(lambda: (c := detail.card()) is not None and c.id == member.id)
    wait_idle(qtbot, detail)
    shots.append(shoot(window, f"02-detail-profile-{lang}"))

    detail.profile.phone_field.setText("139")
    detail.profile.save()
    shots.append(shoot(window, f"03-detail-profile-error-{lang}"))
    detail.profile.revert()

    for tab, name in (
        (1, "04-detail-points"),
        (2, "05-detail-redemptions"),
        (3, "06-coupons"),
        (5, "06b-benefits"),
    ):
        detail.tabs.setCurrentIndex(tab)
        shots.append(shoot(window, f"{name}-{lang}"))

    detail.adjust_points()
    dialog = detail.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.confirm()  # type: ignore[attr-defined]  # no points: the dialog says so
    shots.append(SHOTS / f"07-adjust-dialog-{lang}.png")
    dialog.grab().save(str(shots[-1]))
    dialog.reject()
    qtbot.waitUntil(lambda: detail.dialog is None)

    window.show_page(ATTENTION)
    page = window.attention_page
    qtbot.waitUntil(lambda: not page.model.is_loading() and page.model.rowCount() == 2)
    page.table.selectRow(1)
    shots.append(shoot(window, f"08-attention-{lang}"))

    title = {"en": "Attention", "zh_CN": "待处理", "zh_TW": "待處理"}[lang]
    assert window._items[ATTENTION].text() == f"{title} (2)"
    for path in shots:
        assert_drawn(path)
    window.close()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
