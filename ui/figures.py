"""Figures as people read them: points with separators, fen as ¥, rates from basis points.

Everything here takes integers (points, fen, basis points) and returns text or exact
``Decimal`` cells for exports; nothing is ever a float.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.analytics import Ratio
from core.money import format_fen

NONE_TEXT = "—"


def points_text(points: int) -> str:
    """12345 -> '12,345'."""
    return f"{points:,}"


def count_text(count: int) -> str:
    return f"{count:,}"


def money_text(fen: int) -> str:
    """12850 -> '¥128.50' (the project's own formatting of fen)."""
    return format_fen(fen)


def bp_text(bp: int | None) -> str:
    """6667 basis points -> '66.67 %'; None (nothing to divide by) -> '—'."""
    if bp is None:
        return NONE_TEXT
    sign = "-" if bp < 0 else ""
    whole, part = divmod(abs(bp), 100)
    return f"{sign}{whole}.{part:02d} %"


def rate_text(ratio: Ratio) -> str:
    return bp_text(ratio.basis_points)


def day_text(day: date | None) -> str:
    return NONE_TEXT if day is None else day.isoformat()


def yuan_cell(fen: int) -> Decimal:
    """Fen as an exact yuan amount for a spreadsheet cell (12850 -> Decimal('128.50'))."""
    return Decimal(fen).scaleb(-2)


def percent_cell(bp: int | None) -> Decimal | None:
    """Basis points as an exact percent for a spreadsheet cell (6667 -> Decimal('66.67'))."""
    return None if bp is None else Decimal(bp).scaleb(-2)
