"""How the checkout words figures: an earn breakdown, a coupon, a sale's outcome."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from core.money import format_fen
from core.rules import EarnPart
from ui.i18n import QT_TRANSLATE_NOOP

_CATEGORIES: dict[str, str] = {
    "general": QT_TRANSLATE_NOOP("pos", "General"),
    "fresh": QT_TRANSLATE_NOOP("pos", "Fresh food"),
    "high_margin": QT_TRANSLATE_NOOP("pos", "High margin"),
    "traffic": QT_TRANSLATE_NOOP("pos", "Traffic builders"),
}

_COUPON_PROBLEMS: dict[str, str] = {
    "expired": QT_TRANSLATE_NOOP("pos", "expired"),
    "not_yet_valid": QT_TRANSLATE_NOOP("pos", "not valid yet"),
    "below_threshold": QT_TRANSLATE_NOOP("pos", "bill below the coupon's minimum"),
    "used": QT_TRANSLATE_NOOP("pos", "already used"),
    "void": QT_TRANSLATE_NOOP("pos", "void"),
}


def tr(text: str) -> str:
    """A string marked ``QT_TRANSLATE_NOOP("pos", …)``, in the interface language."""
    return QCoreApplication.translate("pos", text)


def category_text(code: str) -> str:
    source = _CATEGORIES.get(code)
    return tr(source) if source else code


def coupon_problem_text(reason: str) -> str:
    source = _COUPON_PROBLEMS.get(reason)
    return tr(source) if source else reason


def part_text(code: str, points: int, params: Mapping[str, Any]) -> str:
    """One part of an earn breakdown, without its sign: "100 base", "20 金牌 bonus"."""
    n = abs(points)
    if code == "base":
        return QCoreApplication.translate("pos", "{n} base").format(n=n)
    if code == "tier_bonus":
        name = params.get("tier_name") or params.get("tier_code") or ""
        return QCoreApplication.translate("pos", "{n} {tier} bonus").format(n=n, tier=name)
    if code == "campaign":
        name = params.get("campaign_name") or params.get("campaign_code") or ""
        return QCoreApplication.translate("pos", "{n} {campaign}").format(n=n, campaign=name)
    if code == "cap":
        return QCoreApplication.translate("pos", "{n} over the daily cap").format(n=n)
    return f"{n} {code}"


def breakdown_text(parts: Iterable[EarnPart | Mapping[str, Any]]) -> str:
    """ "100 base + 20 金牌 bonus + 120 会员日", from EarnParts or a sale's stored breakdown."""
    text = ""
    for i, part in enumerate(parts):
        code: str
        if isinstance(part, EarnPart):
            code, points, params = str(part.code), part.points, dict(part.params)
        else:
            code, points, params = str(part["code"]), int(part["points"]), dict(part)
        words = part_text(code, points, params)
        if i == 0:
            text = ("- " if points < 0 else "") + words
        else:
            text += (" - " if points < 0 else " + ") + words
    return text


def coupon_value_text(kind: str, value: int) -> str:
    if kind == "amount_off":
        return QCoreApplication.translate("pos", "{amount} off").format(amount=format_fen(value))
    if kind == "percent_off":
        whole, frac = divmod(value, 100)  # basis points, in integers
        pct = str(whole) if frac == 0 else f"{whole}.{frac:02d}".rstrip("0")
        return QCoreApplication.translate("pos", "{pct}% off").format(pct=pct)
    return QCoreApplication.translate("pos", "free shipping")
