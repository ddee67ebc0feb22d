"""Attention items in words: what kind of item, which command, what the server said."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from core.errors import DomainError
from ui.i18n import QT_TRANSLATE_NOOP, error_text

_KINDS: dict[str, str] = {
    "rejected_command": QT_TRANSLATE_NOOP("attention", "Refused by the server"),
    "points_overdraft": QT_TRANSLATE_NOOP("attention", "Points overdraft"),
    "points_mismatch": QT_TRANSLATE_NOOP("attention", "Points differ from the receipt"),
    "stock_overdraft": QT_TRANSLATE_NOOP("attention", "Reward stock overdrawn"),
    "stale_edit": QT_TRANSLATE_NOOP("attention", "Profile edited by two people"),
    "staff_disabled": QT_TRANSLATE_NOOP("attention", "Made by a disabled staff account"),
    "override_unverified": QT_TRANSLATE_NOOP("attention", "Manager override not verified"),
}

_COMMANDS: dict[str, str] = {
    "enrol_member": QT_TRANSLATE_NOOP("attention", "enrolment"),
    "edit_profile": QT_TRANSLATE_NOOP("attention", "profile edit"),
    "set_member_status": QT_TRANSLATE_NOOP("attention", "membership status change"),
    "freeze_points": QT_TRANSLATE_NOOP("attention", "freezing or unfreezing points"),
    "record_sale": QT_TRANSLATE_NOOP("attention", "sale"),
    "refund_sale": QT_TRANSLATE_NOOP("attention", "refund"),
    "redeem_reward": QT_TRANSLATE_NOOP("attention", "reward redemption"),
    "cancel_redemption": QT_TRANSLATE_NOOP("attention", "cancelled redemption"),
    "set_redemption_status": QT_TRANSLATE_NOOP("attention", "order status change"),
    "adjust_points": QT_TRANSLATE_NOOP("attention", "points adjustment"),
    "issue_coupon": QT_TRANSLATE_NOOP("attention", "coupon issue"),
    "use_benefit": QT_TRANSLATE_NOOP("attention", "benefit use"),
    "expire_points": QT_TRANSLATE_NOOP("attention", "points expiry"),
    "evaluate_tier": QT_TRANSLATE_NOOP("attention", "tier evaluation"),
    "merge_members": QT_TRANSLATE_NOOP("attention", "member merge"),
}

# Why the server could not verify a manager's override (``problem`` of the item's detail).
_OVERRIDE_PROBLEMS: dict[str, str] = {
    "unknown_staff": QT_TRANSLATE_NOOP("attention", "there is no such staff account"),
    "staff_disabled": QT_TRANSLATE_NOOP("attention", "the account is disabled"),
    "outside_scope": QT_TRANSLATE_NOOP("attention", "a manager of another store or region"),
    "may_not_approve": QT_TRANSLATE_NOOP("attention", "the role may not approve overrides"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate("attention", source)


def kind_text(kind: str) -> str:
    """An attention item's kind in words (the code itself for kinds this build does not know)."""
    source = _KINDS.get(kind)
    return _tr(source) if source else kind


def command_text(kind: str | None) -> str:
    """A command kind in words ("sale", "reward redemption"); empty for None."""
    if not kind:
        return ""
    source = _COMMANDS.get(kind)
    return _tr(source) if source else kind


def remote_error_text(error: Mapping[str, Any] | None) -> str:
    """The server's refusal (``DomainError.as_dict()`` on the wire) in the interface language."""
    if not error:
        return ""
    code = str(error.get("code") or "invalid")
    params = error.get("params")
    err = DomainError(**(dict(params) if isinstance(params, Mapping) else {}))
    err.code = code
    text = error_text(err)
    message = error.get("message")
    if text == err.message and isinstance(message, str) and message:
        # A code this build has no words for: the server's own English says more than the code.
        return message
    return text


def detail_lines(kind: str, detail: Mapping[str, Any]) -> list[str]:
    """What an item's detail says beyond the store, clerk and member, one sentence a line."""
    lines: list[str] = []
    debt = detail.get("debt")
    if isinstance(debt, int) and debt:
        lines.append(
            QCoreApplication.translate("attention", "Points debt recorded: {points:,}").format(
                points=debt
            )
        )
    device_points, server_points = detail.get("device_points"), detail.get("server_points")
    if isinstance(device_points, int) and isinstance(server_points, int):
        lines.append(
            QCoreApplication.translate(
                "attention", "Receipt printed {device:,} points; the server counts {server:,}"
            ).format(device=device_points, server=server_points)
        )
    sku = detail.get("sku")
    if isinstance(sku, str) and sku:
        lines.append(QCoreApplication.translate("attention", "Reward {sku}").format(sku=sku))
    sale = detail.get("sale_id")
    if isinstance(sale, str) and sale:
        lines.append(QCoreApplication.translate("attention", "Sale {sale}").format(sale=sale))
    base, current = detail.get("base"), detail.get("current")
    if kind == "stale_edit" and isinstance(base, int) and isinstance(current, int):
        lines.append(
            QCoreApplication.translate(
                "attention", "Edited from version {base}, the profile was at version {current}"
            ).format(base=base, current=current)
        )
    if kind == "staff_disabled":
        staff = detail.get("staff")
        if isinstance(staff, str) and staff:
            lines.append(
                QCoreApplication.translate(
                    "attention", "Staff account {staff} was disabled when this was made"
                ).format(staff=staff)
            )
    approver, problem = detail.get("approver"), detail.get("problem")
    if kind == "override_unverified" and isinstance(approver, str):
        source = _OVERRIDE_PROBLEMS.get(str(problem))
        said = _tr(source) if source else str(problem)
        line = QCoreApplication.translate("attention", "Override approved by {staff}: {problem}")
        lines.append(line.format(staff=approver, problem=said))
    return lines
