"""Typed errors the core raises; the UI and the CLI turn them into words.

Each error carries a stable ``code`` (what integrators and translations key on)
and the parameters needed to say what was wrong. The core never builds
sentences for the user; ``str()`` is an English fallback for logs and the CLI.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A request the rules refuse. Nothing was changed."""

    code: str = "invalid"
    template: str = "{code}"

    def __init__(self, **params: Any) -> None:
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        # Parameters win over the error's own code: "{code}" in a template is a member code.
        try:
            return self.template.format_map({"code": self.code, **self.params})
        except (KeyError, IndexError, ValueError):
            return self.code

    def as_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "params": self.params}


class InvalidAmount(DomainError):
    code = "invalid_amount"
    template = "amount not understood: {text!r} (expected yuan like 128.50)"


class InvalidInput(DomainError):
    code = "invalid_input"
    template = "{field}: {problem}"


class InvalidMemberCode(DomainError):
    code = "invalid_member_code"
    template = "not a valid member code: {text!r}"


class InvalidPhone(DomainError):
    code = "invalid_phone"
    template = "not a valid mainland mobile number: {text!r}"


class MemberNotFound(DomainError):
    code = "member_not_found"
    template = "no member matches {key!r}"


class AmbiguousMember(DomainError):
    code = "ambiguous_member"
    template = "{key!r} matches {count} members; use the member code"


class DuplicatePhone(DomainError):
    code = "duplicate_phone"
    template = "phone {phone} already belongs to member {code}"


class MemberInactive(DomainError):
    code = "member_inactive"
    template = "member {code} is {status}"


class MemberMerged(DomainError):
    code = "member_merged"
    template = "member {code} was merged into member {into} and is closed"


class AccountFrozen(DomainError):
    code = "account_frozen"
    template = "points account of member {code} is frozen"


class InsufficientPoints(DomainError):
    code = "insufficient_points"
    template = "member {code} has {available} points available, {requested} requested"


class PointsCashLimit(DomainError):
    code = "points_cash_limit"
    template = "at most {max_points} points can pay for this sale, {requested} requested"


class SaleNotFound(DomainError):
    code = "sale_not_found"
    template = "no sale {sale_id!r}"


class RefundTooLarge(DomainError):
    code = "refund_too_large"
    template = "sale {sale_id} has {refundable} refundable, {requested} requested (fen)"


class RewardNotFound(DomainError):
    code = "reward_not_found"
    template = "no reward {sku!r}"


class RewardUnavailable(DomainError):
    code = "reward_unavailable"
    template = "reward {sku} is not available: {reason}"


class OutOfStock(DomainError):
    code = "out_of_stock"
    template = "reward {sku} has {available} in stock at {where}, {requested} requested"


class RedemptionLimit(DomainError):
    code = "redemption_limit"
    template = "member {code} may redeem {sku} {limit} times; {used} already, {requested} requested"


class RedemptionNotFound(DomainError):
    code = "redemption_not_found"
    template = "no redemption {redemption_id!r}"


class RedemptionAlreadyCancelled(DomainError):
    code = "redemption_cancelled"
    template = "redemption {redemption_id} is already cancelled"


class CouponNotFound(DomainError):
    code = "coupon_not_found"
    template = "no coupon {coupon!r} for this member"


class CouponNotUsable(DomainError):
    code = "coupon_not_usable"
    template = "coupon {coupon} cannot be used: {reason}"


class StoreNotFound(DomainError):
    code = "store_not_found"
    template = "no store {store!r}"


class NotConfigured(DomainError):
    code = "not_configured"
    template = "{what} is not configured"


class ReasonRequired(DomainError):
    code = "reason_required"
    template = "a reason is required for {action}"


class UnknownCommand(DomainError):
    code = "unknown_command"
    template = "unknown command kind {kind!r} (version {version})"


class BenefitQuotaExhausted(DomainError):
    code = "benefit_quota_exhausted"
    template = "benefit {benefit} already used {used} of {quota} times this {period}"


class OverrideNeeded(DomainError):
    """An offline spending bound refused (core/offline.py); a manager's override allows it."""


class OfflineLimitExceeded(OverrideNeeded):
    code = "offline_limit_exceeded"
    template = (
        "member {code} may spend {allowed} points on this device before the next sync"
        " (confirmed {confirmed}, already spent offline {spent_offline}), {requested} requested;"
        " a manager's override is needed"
    )


class SyncTooOld(OverrideNeeded):
    code = "sync_too_old"
    template = (
        "the last successful sync was {age_hours} hours ago (limit {max_hours});"
        " spending points needs a manager's override"
    )


class NeverSynced(OverrideNeeded):
    code = "never_synced"
    template = (
        "this device has not completed a sync yet; spending points needs a manager's override"
    )
