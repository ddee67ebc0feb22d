"""Back-office tests: the window keeps its layout in a file of the test's own, not the user's."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from core.services import DeviceServices
from desktop.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]
SHOTS = ROOT / "test-output" / "desktop"


@pytest.fixture(autouse=True)
def _no_user_settings(tmp_path: Path) -> Iterator[None]:
    """Even a ``QSettings()`` made by accident writes under this test's temporary folder."""
    folder = tmp_path / "qsettings"
    folder.mkdir()
    previous = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield
    QSettings.setDefaultFormat(previous)


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "backoffice.ini"


def open_window(qtbot: QtBot, services: DeviceServices, settings_path: Path) -> MainWindow:
    window = MainWindow(
        services, settings=QSettings(str(settings_path), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start()
    return window


@pytest.fixture
def window(qtbot: QtBot, gui_services: DeviceServices, settings_path: Path) -> Iterator[MainWindow]:
    window = open_window(qtbot, gui_services, settings_path)
    window.resize(1280, 800)
    yield window


def wait_idle(qtbot: QtBot, widget: QWidget) -> None:
    busy = getattr(widget, "is_busy", None)
    if busy is not None:
        qtbot.waitUntil(lambda: not busy(), timeout=5000)


def outbox(db: Path) -> list[tuple[str, str]]:
    """(kind, payload JSON) of every command made here and not yet acknowledged, in order."""
    with sqlite3.connect(db) as conn:
        return list(
            conn.execute(
                "SELECT kind, payload FROM commands WHERE sync_state = 'local' ORDER BY seq"
            ).fetchall()
        )


def shoot(widget: QWidget, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    widget.window().grab().save(str(path))
    return path
