"""The confirmation line after a sale, a redemption or a refund, from the core's results.

Worded in the checkout screen's translation context: these are its sentences.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from core.directory import MemberCard
from core.money import format_fen


def sale_recorded(result: Mapping[str, Any], card: MemberCard) -> str:
    """What was paid, earned and spent, and the member's points now."""
    text = QCoreApplication.translate(
        "CheckoutScreen",
        "Sale {receipt} recorded: paid {paid}. Earned {earned:,} points, paid with"
        " {spent:,} points. Member {code} now has {available:,} points available.",
    ).format(
        receipt=result.get("receipt_no", ""),
        paid=format_fen(int(result.get("amount_paid_fen", 0))),
        earned=int(result.get("points_earned", 0)),
        spent=int(result.get("points_spent", 0)),
        code=card.code,
        available=card.points.available,
    )
    if card.points.pending_upload:
        text += " " + QCoreApplication.translate("CheckoutScreen", "(pending sync)")
    return text


def redeemed(result: Mapping[str, Any]) -> str:
    return QCoreApplication.translate(
        "CheckoutScreen", "Redeemed {qty} × {name} for {points:,} points."
    ).format(
        qty=result.get("qty", 1),
        name=result.get("name", ""),
        points=int(result.get("points", 0)),
    )


def refunded(result: Mapping[str, Any]) -> str:
    text = QCoreApplication.translate(
        "CheckoutScreen",
        "Refunded {amount} of sale {receipt}: {reversed:,} points taken back,"
        " {returned:,} points given back.",
    ).format(
        amount=format_fen(int(result.get("amount_fen", 0))),
        receipt=result.get("receipt_no", ""),
        reversed=int(result.get("points_reversed", 0)),
        returned=int(result.get("points_returned", 0)),
    )
    if result.get("debt_created"):
        text += " " + QCoreApplication.translate(
            "CheckoutScreen", "Points debt: {points:,}."
        ).format(points=int(result["debt_created"]))
    return text
