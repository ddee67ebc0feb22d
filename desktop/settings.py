"""What the back office remembers between runs: window geometry, the last page, column layouts,
the language and the theme.

Everything lives in one ``QSettings``; the application uses the user's
(organisation "MemberDesk"), tests hand in a file of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView

from ui import i18n, theme

GEOMETRY = "window/geometry"
LAST_PAGE = "window/last_page"
# The Settings page's choices; ``ui.i18n`` and ``ui.theme`` read them at start-up.
LANGUAGE = i18n.LANGUAGE_KEY
THEME = theme.THEME_KEY


def columns_key(name: str) -> str:
    return f"columns/{name}"


def save_header(settings: QSettings, name: str, header: QHeaderView) -> None:
    """Column widths, order and sort of a table, under ``name``."""
    settings.setValue(columns_key(name), header.saveState())


def restore_header(settings: QSettings, name: str, header: QHeaderView) -> bool:
    """Put back what ``save_header`` kept; False when there is nothing (or it is unreadable)."""
    state = settings.value(columns_key(name))
    if isinstance(state, QByteArray) and not state.isEmpty():
        return header.restoreState(state)
    return False


def text_value(settings: QSettings, key: str) -> str:
    value = settings.value(key)
    return value if isinstance(value, str) else ""
