"""The typed, versioned payload of every command kind.

A payload carries what the maker decided (ids it chose, amounts, the rule
version it used); the handler derives everything else from the data. Adding a
field is a new schema version with its own handler registration, unless the
field is optional, left out of the payload when unused, and changes nothing
the handler computes (``override``: a record for the audit, read by no handler).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from core.commands.base import Payload
from core.errors import InvalidInput, ReasonRequired


def _positive(name: str, value: int) -> None:
    if value <= 0:
        raise InvalidInput(field=name, problem="must be greater than zero")


def _not_negative(name: str, value: int) -> None:
    if value < 0:
        raise InvalidInput(field=name, problem="must not be negative")


@dataclass(frozen=True)
class EnrolMember(Payload):
    kind = "enrol_member"
    member_id: str
    code: str
    name: str
    phone: str
    email: str | None = None
    gender: Literal["F", "M"] | None = None
    birthday: date | None = None
    home_store: str | None = None
    tags: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class EditProfile(Payload):
    kind = "edit_profile"
    member_id: str
    # The version the editor saw; a stale edit still applies field by field, but is reported.
    base_version: int
    name: str | None = None
    phone: str | None = None
    email: str | None = None
    gender: Literal["F", "M"] | None = None
    birthday: date | None = None
    home_store: str | None = None
    tags: list[str] | None = None


@dataclass(frozen=True)
class SetMemberStatus(Payload):
    kind = "set_member_status"
    member_id: str
    status: Literal["active", "frozen", "closed"]
    reason: str


@dataclass(frozen=True)
class FreezePoints(Payload):
    kind = "freeze_points"
    member_id: str
    frozen: bool
    reason: str


@dataclass(frozen=True)
class Line(Payload):
    kind = "line"
    amount_fen: int
    category: str | None = None

    def validate(self) -> None:
        _not_negative("amount_fen", self.amount_fen)


@dataclass(frozen=True)
class Override(Payload):
    """A manager's permission: to spend points beyond the offline bounds (core/offline.py),
    or to refund more than the till's threshold (core/staff_signin.py)."""

    kind = "override"
    # Who allowed it (a staff id, as in the command's own ``staff``), and why.
    staff: str
    reason: str

    def validate(self) -> None:
        if not self.staff.strip():
            raise InvalidInput(field="override.staff", problem="required")
        if len(self.staff) > 64:
            raise InvalidInput(field="override.staff", problem="at most 64 characters")
        if not self.reason.strip():
            raise ReasonRequired(action="an offline override")
        if len(self.reason) > 500:
            raise InvalidInput(field="override.reason", problem="at most 500 characters")


def _absent_when_none(data: dict[str, Any], name: str) -> dict[str, Any]:
    # An optional field added later is left out when unused, so the payload stays
    # exactly what it was before the field existed (and older readers accept it).
    if data.get(name) is None:
        data.pop(name, None)
    return data


@dataclass(frozen=True)
class RecordSale(Payload):
    kind = "record_sale"
    sale_id: str
    receipt_no: str
    lines: list[Line]
    member_id: str | None = None
    coupon_id: str | None = None
    points_to_spend: int = 0
    # The rule version the device used, and the points it printed on the receipt.
    rule_version: int | None = None
    expected_points: int | None = None
    # Set when a manager allowed spending beyond the offline bounds; absent otherwise.
    override: Override | None = None

    def to_dict(self) -> dict[str, Any]:
        return _absent_when_none(super().to_dict(), "override")

    def validate(self) -> None:
        if not self.lines:
            raise InvalidInput(field="lines", problem="a sale needs at least one line")
        _not_negative("points_to_spend", self.points_to_spend)
        if self.member_id is None and (self.points_to_spend or self.coupon_id):
            raise InvalidInput(field="member_id", problem="points and coupons need a member")


@dataclass(frozen=True)
class RefundSale(Payload):
    kind = "refund_sale"
    refund_id: str
    sale_id: str
    # Goods value returned, at the price paid after discounts; None = everything left.
    amount_fen: int | None = None
    # Set when a manager allowed a refund above the till's threshold; absent otherwise.
    override: Override | None = None

    def to_dict(self) -> dict[str, Any]:
        return _absent_when_none(super().to_dict(), "override")

    def validate(self) -> None:
        if self.amount_fen is not None:
            _positive("amount_fen", self.amount_fen)
        if self.override is not None:
            self.override.validate()


@dataclass(frozen=True)
class RedeemReward(Payload):
    kind = "redeem_reward"
    redemption_id: str
    member_id: str
    sku: str
    qty: int = 1
    # Set when a manager allowed spending beyond the offline bounds; absent otherwise.
    override: Override | None = None

    def to_dict(self) -> dict[str, Any]:
        return _absent_when_none(super().to_dict(), "override")

    def validate(self) -> None:
        _positive("qty", self.qty)
        if self.qty > 100:
            raise InvalidInput(field="qty", problem="at most 100 at a time")


@dataclass(frozen=True)
class CancelRedemption(Payload):
    kind = "cancel_redemption"
    redemption_id: str
    reason: str


# A points-mall order's progress after it was placed (``Redemption.fulfilment``): each
# status and the one it follows.
FULFILMENT_STEPS: dict[str, str] = {"fulfilled": "placed", "shipped": "fulfilled"}
# Command kinds that name a redemption instead of a member (its member is the redemption's).
REDEMPTION_KINDS: tuple[str, ...] = ("cancel_redemption", "set_redemption_status")


@dataclass(frozen=True)
class SetRedemptionStatus(Payload):
    """Move a redemption (an order) on: placed → fulfilled → shipped."""

    kind = "set_redemption_status"
    redemption_id: str
    status: Literal["fulfilled", "shipped"]

    def validate(self) -> None:
        if self.status not in FULFILMENT_STEPS:
            raise InvalidInput(field="status", problem="must be fulfilled or shipped")


@dataclass(frozen=True)
class AdjustPoints(Payload):
    kind = "adjust_points"
    member_id: str
    points: int
    reason: str

    def validate(self) -> None:
        if self.points == 0:
            raise InvalidInput(field="points", problem="must not be zero")


@dataclass(frozen=True)
class IssueCoupon(Payload):
    kind = "issue_coupon"
    coupon_id: str
    code: str
    member_id: str
    template_id: str
    source: str | None = None


@dataclass(frozen=True)
class UseBenefit(Payload):
    kind = "use_benefit"
    member_id: str
    benefit_id: str


@dataclass(frozen=True)
class ExpirePoints(Payload):
    kind = "expire_points"
    # One member, or every member with due lots (the nightly job).
    member_id: str | None = None
    as_of: datetime | None = None


@dataclass(frozen=True)
class EvaluateTier(Payload):
    kind = "evaluate_tier"
    member_id: str
    period_end: bool = False


@dataclass(frozen=True)
class MergeMembers(Payload):
    """Fold a duplicate enrolment into the member who stays (docs/merge.md)."""

    kind = "merge_members"
    survivor_id: str
    duplicate_id: str
    reason: str


def named_members(kind: str, payload: dict[str, Any]) -> list[str]:
    """The member ids a command's payload names outright (a merge names two)."""
    keys = ("survivor_id", "duplicate_id") if kind == MergeMembers.kind else ("member_id",)
    return [v for v in (payload.get(k) for k in keys) if isinstance(v, str)]
