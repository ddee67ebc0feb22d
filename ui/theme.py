"""Colours and type sizes shared by both applications.

Tier badges are coloured by the tier's rank, not its code or name, so a chain
that renames its tiers keeps the same ladder of colours: grey, bronze, silver,
gold, diamond, and a deep violet for anything above.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont


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
