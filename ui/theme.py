"""Colours and type sizes shared by both applications.

Tier badges are coloured by the tier's rank, not its code or name, so a chain
that renames its tiers keeps the same ladder of colours: grey, bronze, silver,
gold, diamond, and a deep violet for anything above.

Two themes, light and dark: :func:`apply` sets the application's palette and
swaps the house colours of the style sheets already set (a red text gets the
dark theme's lighter red, a pale panel a dark one); widgets made afterwards
read the module's colours, which :func:`apply` sets to the theme's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class Badge:
    """Background and text colour of a tier badge."""

    background: str
    foreground: str

    @property
    def background_color(self) -> QColor:
        return QColor(self.background)

    @property
    def foreground_color(self) -> QColor:
        return QColor(self.foreground)

    def style_sheet(self) -> str:
        return (
            f"background-color: {self.background}; color: {self.foreground};"
            " border: 1px solid rgba(0, 0, 0, 60); border-radius: 6px;"
            " padding: 2px 10px; font-weight: bold;"
        )


_TIER_BADGES: tuple[Badge, ...] = (
    Badge("#D5D8DC", "#1C2833"),  # 0 普通: plain grey
    Badge("#A0522D", "#FFFFFF"),  # 1 铜牌: bronze
    Badge("#7F8C8D", "#FFFFFF"),  # 2 银牌: silver
    Badge("#D4A017", "#1C1C1C"),  # 3 金牌: gold
    Badge("#1F4E9E", "#FFFFFF"),  # 4 钻石: diamond blue
)
_TOP_BADGE = Badge("#5B2C6F", "#FFFFFF")

# Points owed, refusals, frozen accounts.
DANGER = "#C0392B"
# Points not yet usable (locked in the return window, not yet uploaded).
MUTED = "#5D6D7E"
# An inline error's pale background.
DANGER_BACKGROUND = "#FDEDEC"
# Connected, nothing to worry about (the sync status).
SUCCESS = "#1E8449"
# Advice for the member (what keeps or reaches a tier): the navigation's blue.
ADVICE = "#1F4E9E"


def tier_badge(rank: int) -> Badge:
    """The badge colours of a tier of this rank (0 = the entry tier)."""
    if rank < 0:
        return _TIER_BADGES[0]
    if rank < len(_TIER_BADGES):
        return _TIER_BADGES[rank]
    return _TOP_BADGE


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    """``base`` enlarged by ``factor`` (sizes stay whole points)."""
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(1, round(size * factor)))
    font.setBold(bold)
    return font


def headline_font(base: QFont) -> QFont:
    """A member's name on the panel."""
    return scaled_font(base, 1.8, bold=True)


def big_number_font(base: QFont) -> QFont:
    """Available points: the figure a clerk reads from arm's length."""
    return scaled_font(base, 3.2, bold=True)


def large_font(base: QFont) -> QFont:
    """The scan field and secondary figures."""
    return scaled_font(base, 1.4)


# --- light and dark -------------------------------------------------------------

LIGHT, DARK = "light", "dark"
THEMES = (LIGHT, DARK)
# Where the chosen theme is remembered (the application's QSettings).
THEME_KEY = "ui/theme"

# The text colours of the module (and of style sheets) in each theme: on a dark
# window the light theme's reds and greys are too dark to read.
_TEXT = {
    LIGHT: {"DANGER": "#C0392B", "MUTED": "#5D6D7E", "SUCCESS": "#1E8449", "ADVICE": "#1F4E9E"},
    DARK: {"DANGER": "#F1948A", "MUTED": "#AEB6BF", "SUCCESS": "#58D68D", "ADVICE": "#85A9E8"},
}
_BACKGROUND = {LIGHT: {"DANGER_BACKGROUND": "#FDEDEC"}, DARK: {"DANGER_BACKGROUND": "#4A2326"}}
# Colours written literally in style sheets: the sidebar's panel and text, the POS sign-in.
_LITERAL_TEXT = {LIGHT: ["#1C2833"], DARK: ["#E5E8EB"]}
_LITERAL_BACKGROUND = {LIGHT: ["#EEF1F4", "#EEF2F6"], DARK: ["#2B3036", "#2C3137"]}

_DECLARATION = re.compile(
    r"(?P<prop>background-color|background|color)(?P<sep>\s*:\s*)(?P<hex>#[0-9A-Fa-f]{6})"
)
_current = LIGHT
# The application's palette and style before the first apply: what "light" goes back to.
_started_with: QPalette | None = None
_started_style: str | None = None


def _swaps(to: str) -> tuple[dict[str, str], dict[str, str]]:
    """(text colour, background colour) replacements from the other theme into ``to``."""
    other = DARK if to == LIGHT else LIGHT
    text = {_TEXT[other][k].upper(): _TEXT[to][k] for k in _TEXT[to]}
    text.update(zip(_LITERAL_TEXT[other], _LITERAL_TEXT[to], strict=True))
    background = {_BACKGROUND[other][k].upper(): _BACKGROUND[to][k] for k in _BACKGROUND[to]}
    background.update(zip(_LITERAL_BACKGROUND[other], _LITERAL_BACKGROUND[to], strict=True))
    # A strong red panel with white text (a frozen member's banner) stays the strong red.
    background[_TEXT[DARK]["DANGER"]] = _TEXT[LIGHT]["DANGER"]
    return text, background


def restyle(sheet: str, to: str) -> str:
    """``sheet`` with the other theme's house colours replaced by ``to``'s."""
    text, background = _swaps(to)

    def swap(m: re.Match[str]) -> str:
        table = text if m["prop"] == "color" else background
        return f"{m['prop']}{m['sep']}{table.get(m['hex'].upper(), m['hex'])}"

    return _DECLARATION.sub(swap, sheet)


def current() -> str:
    """The theme applied last (light until :func:`apply` says otherwise)."""
    return _current


def saved_theme(settings: QSettings) -> str:
    """The theme chosen on the Settings page (light when none was)."""
    value = settings.value(THEME_KEY)
    return value if isinstance(value, str) and value in THEMES else LIGHT


def save_theme(settings: QSettings, name: str) -> None:
    """Remember the theme for the next start (``ValueError`` for an unknown one)."""
    if name not in THEMES:
        raise ValueError(f"{name!r} is not one of {', '.join(THEMES)}")
    settings.setValue(THEME_KEY, name)
    settings.sync()


def palette(name: str) -> QPalette:
    """The application palette of a theme (light: the one the application started with,
    unless that was a dark system's)."""
    if name == LIGHT:
        if (
            _started_with is not None
            and _started_with.color(QPalette.ColorRole.Window).lightness() >= 128
        ):
            return QPalette(_started_with)
        style = QApplication.style()
        return style.standardPalette() if style is not None else QPalette()
    p = QPalette()
    window, base, text = QColor("#2B2B2B"), QColor("#1F1F1F"), QColor("#E8E8E8")
    disabled = QColor("#7F7F7F")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#292929"),
        QPalette.ColorRole.ToolTipBase: QColor("#3A3A3A"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor("#9A9A9A"),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#353535"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#FF6B6B"),
        QPalette.ColorRole.Light: QColor("#4A4A4A"),
        QPalette.ColorRole.Midlight: QColor("#3F3F3F"),
        QPalette.ColorRole.Mid: QColor("#303030"),
        QPalette.ColorRole.Dark: QColor("#1A1A1A"),
        QPalette.ColorRole.Shadow: QColor("#000000"),
        QPalette.ColorRole.Highlight: QColor("#2F6FD0"),
        QPalette.ColorRole.HighlightedText: QColor("#FFFFFF"),
        QPalette.ColorRole.Link: QColor("#85A9E8"),
        QPalette.ColorRole.LinkVisited: QColor("#C39BD3"),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.HighlightedText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def apply(app: QApplication, name: str) -> None:
    """Make ``name`` the theme of ``app`` now: its palette, the house colours of the style
    sheets already set, and the module's colours for widgets made later."""
    global _current, _started_with, _started_style, DANGER, MUTED, SUCCESS, ADVICE
    global DANGER_BACKGROUND
    if name not in THEMES:
        raise ValueError(f"{name!r} is not one of {', '.join(THEMES)}")
    if _started_with is None:
        _started_with = QPalette(app.palette())
        style = app.style()
        _started_style = style.name() if style is not None else None
    # Native Windows and macOS styles draw with the system's colours, not the palette:
    # the dark theme needs a style that follows it.
    style = app.style()
    if name == DARK and (style is None or style.name().lower() != "fusion"):
        app.setStyle("Fusion")
    elif name == LIGHT and _started_style and style is not None and style.name() != _started_style:
        app.setStyle(_started_style)
    _current = name
    DANGER, MUTED, SUCCESS, ADVICE = (
        _TEXT[name][k] for k in ("DANGER", "MUTED", "SUCCESS", "ADVICE")
    )
    DANGER_BACKGROUND = _BACKGROUND[name]["DANGER_BACKGROUND"]
    app.setPalette(palette(name))
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            changed = restyle(sheet, name)
            if changed != sheet:
                widget.setStyleSheet(changed)


def apply_saved(app: QApplication, settings: QSettings | None = None) -> str:
    """At start-up, once the window is built: apply the theme kept in ``settings`` (None:
    the application's) unless it is the light one the application starts in; returns it."""
    name = saved_theme(settings if settings is not None else QSettings())
    if name != _current:
        apply(app, name)
    return name
