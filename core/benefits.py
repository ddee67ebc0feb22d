"""Benefits attached to tiers (pure part): definitions, quota periods, discounts, birthdays.

A :class:`Benefit` belongs to exactly one tier code; tiers do not inherit the
benefits of lower tiers (list them per tier). Uses are recorded elsewhere;
this module only says which period a use falls in and whether a quota allows
another use.

``value`` by kind:

* ``discount``: percent off in basis points (500 = 5% off), 0..10000;
* ``points_multiplier``: percent (>= 100), informational — the authoritative
  multiplier is ``PointRules.tier_multipliers``;
* ``birthday_gift``: points to grant, and/or a reward/coupon reference in ``ref``
  (at least one of them);
* ``free_shipping_coupon``: coupons per period (>= 1, needs a period); when
  ``quota`` is not given, the quota is this count;
* ``priority_service``: no value (0).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal, cast

from core.errors import BenefitQuotaExhausted, InvalidInput

BenefitKind = Literal[
    "discount", "points_multiplier", "birthday_gift", "free_shipping_coupon", "priority_service"
]
Period = Literal["day", "week", "month", "year", "membership_year", "lifetime"]
BirthdayScope = Literal["day", "month"]

BENEFIT_KINDS: tuple[BenefitKind, ...] = (
    "discount",
    "points_multiplier",
    "birthday_gift",
    "free_shipping_coupon",
    "priority_service",
)
PERIODS: tuple[Period, ...] = ("day", "week", "month", "year", "membership_year", "lifetime")

BASIS_POINTS = 10_000


def _bad(field_name: str, problem: str) -> InvalidInput:
    return InvalidInput(field=field_name, problem=problem)


def _int(value: object, name: str, *, minimum: int | None = None) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _bad(name, f"must be an integer, got {value!r}")
    if minimum is not None and value < minimum:
        raise _bad(name, f"must be at least {minimum}, got {value}")
    return value


def _str(value: object, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _bad(name, f"must be a non-empty string, got {value!r}")
    return value


def _same_day_in(year: int, day: date) -> date:
    """``day``'s month/day in ``year``; Feb 29 becomes Feb 28 in a common year."""
    return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


@dataclass(frozen=True, kw_only=True)
class Benefit:
    """A benefit of one tier, with an optional quota of uses per ``period``."""

    id: str
    tier_code: str
    kind: BenefitKind
    value: int = 0
    quota: int | None = None
    period: Period | None = None
    ref: str | None = None

    def __post_init__(self) -> None:
        _str(self.id, "id")
        _str(self.tier_code, "tier_code")
        if self.kind not in BENEFIT_KINDS:
            raise _bad(
                "kind", f"unknown benefit kind {self.kind!r}; one of {', '.join(BENEFIT_KINDS)}"
            )
        _int(self.value, "value", minimum=0)
        if self.quota is not None:
            _int(self.quota, "quota", minimum=1)
        if self.period is not None and self.period not in PERIODS:
            raise _bad("period", f"unknown period {self.period!r}; one of {', '.join(PERIODS)}")
        if self.ref is not None:
            _str(self.ref, "ref")
        if self.kind == "discount" and self.value > BASIS_POINTS:
            raise _bad("value", f"a discount is at most {BASIS_POINTS} basis points")
        if self.kind == "points_multiplier" and self.value < 100:
            raise _bad("value", "a points multiplier is a percent of at least 100")
        if self.kind == "birthday_gift" and self.value == 0 and self.ref is None:
            raise _bad("value", "a birthday gift needs points (value) or a reward/coupon ref")
        if self.kind == "free_shipping_coupon":
            _int(self.value, "value", minimum=1)
            if self.period is None:
                raise _bad("period", "free shipping coupons are counted per period")
        if self.quota is not None and self.period is None:
            raise _bad("period", "a quota needs a period (use 'lifetime' for ever)")

    @property
    def effective_quota(self) -> int | None:
        """Uses allowed per period: ``quota``, else ``value`` for coupons, else unlimited."""
        if self.quota is not None:
            return self.quota
        if self.kind == "free_shipping_coupon":
            return self.value
        return None

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "tier_code": self.tier_code,
            "kind": self.kind,
            "value": self.value,
            "quota": self.quota,
            "period": self.period,
            "ref": self.ref,
        }

    @classmethod
    def from_dict(cls, data: object) -> Benefit:
        if not isinstance(data, Mapping):
            raise _bad("benefit", f"must be an object, got {type(data).__name__}")
        d = cast(Mapping[str, object], data)
        allowed = {"id", "tier_code", "kind", "value", "quota", "period", "ref"}
        missing = {"id", "tier_code", "kind"} - set(d)
        if missing:
            raise _bad("benefit", f"missing {', '.join(sorted(missing))}")
        unknown = set(d) - allowed
        if unknown:
            raise _bad("benefit", f"unknown field(s) {', '.join(sorted(str(k) for k in unknown))}")
        kind = d["kind"]
        if kind not in BENEFIT_KINDS:
            raise _bad("kind", f"unknown benefit kind {kind!r}; one of {', '.join(BENEFIT_KINDS)}")
        period = d.get("period")
        if period is not None and period not in PERIODS:
            raise _bad("period", f"unknown period {period!r}; one of {', '.join(PERIODS)}")
        quota = d.get("quota")
        ref = d.get("ref")
        return cls(
            id=_str(d["id"], "id"),
            tier_code=_str(d["tier_code"], "tier_code"),
            kind=kind,
            value=_int(d.get("value", 0), "value"),
            quota=None if quota is None else _int(quota, "quota"),
            period=period,
            ref=None if ref is None else _str(ref, "ref"),
        )


def membership_year_start(at: date, enrolled_on: date) -> date:
    """First day of the membership year containing ``at`` (anniversary of ``enrolled_on``)."""
    start = _same_day_in(at.year, enrolled_on)
    return start if start <= at else _same_day_in(at.year - 1, enrolled_on)


def period_key(period: Period, at: datetime, enrolled_on: date) -> str:
    """The key of the quota period that ``at`` falls in (uses are counted per key).

    ``day`` "2026-11-11"; ``week`` ISO week "2026-W47" (ISO week-year: 2027-01-01
    is "2026-W53"); ``month`` "2026-11"; ``year`` "2026"; ``membership_year``
    "my2026" = the membership year that started (on the enrolment anniversary)
    in 2026; ``lifetime`` "lifetime".
    """
    day = at.date() if isinstance(at, datetime) else at
    if period == "day":
        return day.isoformat()
    if period == "week":
        iso = day.isocalendar()
        return f"{iso.year:04d}-W{iso.week:02d}"
    if period == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if period == "year":
        return f"{day.year:04d}"
    if period == "membership_year":
        return f"my{membership_year_start(day, enrolled_on).year:04d}"
    if period == "lifetime":
        return "lifetime"
    raise _bad("period", f"unknown period {period!r}; one of {', '.join(PERIODS)}")


def remaining_quota(benefit: Benefit, uses_in_period: int) -> int | None:
    """Uses left in the period (never below 0); None when the benefit has no quota."""
    _int(uses_in_period, "uses_in_period", minimum=0)
    quota = benefit.effective_quota
    return None if quota is None else max(0, quota - uses_in_period)


def check_quota(benefit: Benefit, uses_in_period: int, requested: int = 1) -> None:
    """Raise BenefitQuotaExhausted if ``requested`` more uses would exceed the period's quota."""
    _int(uses_in_period, "uses_in_period", minimum=0)
    _int(requested, "requested", minimum=1)
    quota = benefit.effective_quota
    if quota is not None and uses_in_period + requested > quota:
        raise BenefitQuotaExhausted(
            benefit=benefit.id, used=uses_in_period, quota=quota, period=benefit.period
        )


def discount_fen(amount_fen: int, discount_bp: int) -> int:
    """The discount on ``amount_fen`` at ``discount_bp`` basis points, rounded down.

    Rounded down so the member never gets more than the stated rate (the
    price to pay is ``amount_fen - discount_fen(...)``).
    """
    _int(amount_fen, "amount_fen", minimum=0)
    _int(discount_bp, "discount_bp", minimum=0)
    if discount_bp > BASIS_POINTS:
        raise _bad("discount_bp", f"must be at most {BASIS_POINTS}, got {discount_bp}")
    return amount_fen * discount_bp // BASIS_POINTS


def benefits_for_tier(benefits: Iterable[Benefit], tier_code: str) -> tuple[Benefit, ...]:
    """The benefits of exactly ``tier_code``, in their given order (no inheritance)."""
    return tuple(b for b in benefits if b.tier_code == tier_code)


def tier_discount_bp(benefits: Iterable[Benefit], tier_code: str) -> int:
    """The tier's discount in basis points: the largest of its discount benefits, else 0."""
    return max(
        (b.value for b in benefits_for_tier(benefits, tier_code) if b.kind == "discount"), default=0
    )


def birthday_active(birthday: date | None, at: date, scope: BirthdayScope) -> bool:
    """Whether ``at`` is the member's birthday (``day``) or in its month (``month``).

    A Feb 29 birthday is celebrated on Feb 28 in common years.
    """
    if birthday is None:
        return False
    day = at.date() if isinstance(at, datetime) else at
    if scope == "month":
        return day.month == birthday.month
    if scope == "day":
        return day == _same_day_in(day.year, birthday)
    raise _bad("scope", f"unknown birthday scope {scope!r}; one of day, month")
