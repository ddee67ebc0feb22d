"""Who may do what: the role matrix, enforced per command kind and per endpoint.

The table below is the documentation: ``docs/server.md`` prints it, and the
role-matrix test walks every cell.
"""

from __future__ import annotations

from typing import Final

ROLES: Final = ("clerk", "store_manager", "backoffice", "regional_manager", "admin")
_ALL = frozenset(ROLES)
_MANAGERS = frozenset({"store_manager", "backoffice", "regional_manager", "admin"})
_HEAD_OFFICE = frozenset({"backoffice", "admin"})

# Command kinds: who may make them (the staff named on the command).
COMMANDS: Final[dict[str, frozenset[str]]] = {
    "enrol_member": _ALL,
    "edit_profile": _ALL,
    "record_sale": _ALL,
    "refund_sale": _ALL,
    "redeem_reward": _ALL,
    "cancel_redemption": _ALL,
    "use_benefit": _ALL,
    "adjust_points": _MANAGERS,
    "freeze_points": _MANAGERS,
    "set_member_status": _MANAGERS,
    "set_redemption_status": _MANAGERS,
    "issue_coupon": _MANAGERS,
    # Folding a duplicate enrolment into another member (docs/merge.md): head office only.
    "merge_members": _HEAD_OFFICE,
    # Scheduled jobs run these as the system; a person needs to be an admin.
    "expire_points": frozenset({"admin"}),
    "evaluate_tier": frozenset({"admin"}),
}

# Endpoint actions.
ACTIONS: Final[dict[str, frozenset[str]]] = {
    "members.read": _ALL,
    # Unmasked mobile and e-mail, audited; a store manager only for their own store's
    # members (server/routes/members.py), a clerk never (the till needs no full number).
    "members.reveal": _MANAGERS,
    "rewards.read": _ALL,
    "devices.enrol": _MANAGERS,
    "devices.revoke": _MANAGERS,
    "devices.read": _MANAGERS,
    "attention.read": _MANAGERS,
    "attention.resolve": _MANAGERS,
    "catalog.edit": _HEAD_OFFICE,
    "stock.allocate": _HEAD_OFFICE | {"regional_manager"},
    "staff.manage": frozenset({"admin"}),
    "jobs.run": frozenset({"admin"}),
    "audit.read": frozenset({"admin"}),
    # Resetting another's POS PIN (everyone sets their own with their password); scoped
    # further in server/routes/staff.py: a store manager only for their store's clerks.
    "staff.pin_reset": frozenset({"store_manager", "admin"}),
}


def may_command(role: str, kind: str) -> bool:
    return role in COMMANDS.get(kind, frozenset())


def may(role: str, action: str) -> bool:
    return role in ACTIONS[action]


def may_approve_override(
    role: str, own_store: str | None, own_region: str | None, store: str | None, region: str | None
) -> bool:
    """Whether a manager's override on a command of ``store`` (in ``region``) is theirs to give:
    head office anywhere, a regional manager in their region, a store manager in their store."""
    if role in _HEAD_OFFICE:
        return True
    if role == "regional_manager":
        return own_region is not None and own_region == region
    return role == "store_manager" and own_store is not None and own_store == store


def regions_of(role: str, region: str | None) -> list[str]:
    """The member scope of a staff member: head office sees all, others their region."""
    if role in _HEAD_OFFICE:
        return ["*"]
    return [region] if region else []
