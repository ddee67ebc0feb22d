"""Where an export goes: a file name suggested from the title, the extension added."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from ui.table_export import ask_save_path


def _answer(monkeypatch: pytest.MonkeyPatch, path: str) -> list[tuple[Any, ...]]:
    asked: list[tuple[Any, ...]] = []

    def dialog(*args: Any) -> tuple[str, str]:
        asked.append(args)
        return path, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    return asked


def test_the_name_comes_from_the_title_and_the_extension_is_added(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    asked = _answer(monkeypatch, "/tmp/points")
    assert ask_save_path(parent, "Export", "积分 / 趋势 2026", "csv", "CSV (*.csv)") == (
        "/tmp/points.csv"
    )
    assert asked[0][2] == "积分---趋势-2026.csv"

    _answer(monkeypatch, "/tmp/points.data")
    assert ask_save_path(parent, "Export", "x", "xlsx", "") == "/tmp/points.data"


def test_cancel_is_none_and_an_unusable_title_still_names_a_file(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    asked = _answer(monkeypatch, "")
    assert ask_save_path(parent, "Export", "///", "png", "") is None
    assert asked[0][2] == "export.png"
