"""Tiers as data: qualifying windows, tier evaluation with a grace period, and projections.

A tier programme is a :class:`TierPolicy` (what is measured, over which
window, how long the grace before a downgrade) plus a ladder of
:class:`TierDef` (code, name, rank, threshold). Qualifying events are net
spend in fen or growth value (the policy's ``measure``); refunds are negative
events. Everything here is pure and integer-only; the services feed it events
and store the decisions.

Dates are the member's local calendar dates; an event counts on ``at.date()``.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Literal, cast

from core.errors import InvalidInput

Measure = Literal["spend", "growth"]
Window = Literal["rolling12", "calendar", "anniversary"]
Change = Literal["upgrade", "downgrade", "grace_started", "kept", "none"]

MEASURES: tuple[Measure, ...] = ("spend", "growth")
WINDOWS: tuple[Window, ...] = ("rolling12", "calendar", "anniversary")

_DAY = timedelta(days=1)


# --------------------------------------------------------------------------- helpers


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


def _record(data: object, name: str, keys: set[str]) -> Mapping[str, object]:
    if not isinstance(data, Mapping):
        raise _bad(name, f"must be an object, got {type(data).__name__}")
    missing = keys - set(data)
    if missing:
        raise _bad(name, f"missing {', '.join(sorted(missing))}")
    unknown = set(data) - keys
    if unknown:
        raise _bad(name, f"unknown field(s) {', '.join(sorted(str(k) for k in unknown))}")
    return cast(Mapping[str, object], data)


def shift_years(day: date, years: int) -> date:
    """Same month and day ``years`` later (or earlier); Feb 29 becomes Feb 28 in a common year."""
    year = day.year + years
    return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class TierPolicy:
    """What qualifies, over which window, and the grace (days) before a downgrade."""

    measure: Measure
    window: Window
    grace_days: int = 0

    def __post_init__(self) -> None:
        if self.measure not in MEASURES:
            raise _bad("measure", f"unknown measure {self.measure!r}; one of {', '.join(MEASURES)}")
        if self.window not in WINDOWS:
            raise _bad("window", f"unknown window {self.window!r}; one of {', '.join(WINDOWS)}")
        _int(self.grace_days, "grace_days", minimum=0)

    def to_dict(self) -> dict[str, object]:
        return {"measure": self.measure, "window": self.window, "grace_days": self.grace_days}

    @classmethod
    def from_dict(cls, data: object) -> TierPolicy:
        d = _record(data, "tier_policy", {"measure", "window", "grace_days"})
        measure, window = d["measure"], d["window"]
        if measure not in MEASURES:
            raise _bad("measure", f"unknown measure {measure!r}; one of {', '.join(MEASURES)}")
        if window not in WINDOWS:
            raise _bad("window", f"unknown window {window!r}; one of {', '.join(WINDOWS)}")
        return cls(measure, window, _int(d["grace_days"], "grace_days"))


@dataclass(frozen=True)
class TierDef:
    """A tier: ``threshold`` is fen of spend or growth value (per the policy's measure)."""

    code: str
    name: str
    rank: int
    threshold: int

    def __post_init__(self) -> None:
        _str(self.code, "code")
        _str(self.name, "name")
        _int(self.rank, "rank", minimum=0)
        _int(self.threshold, "threshold", minimum=0)

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "rank": self.rank,
            "threshold": self.threshold,
        }

    @classmethod
    def from_dict(cls, data: object) -> TierDef:
        d = _record(data, "tier", {"code", "name", "rank", "threshold"})
        return cls(
            _str(d["code"], "code"),
            _str(d["name"], "name"),
            _int(d["rank"], "rank"),
            _int(d["threshold"], "threshold"),
        )


@dataclass(frozen=True)
class QualifyingEvent:
    """Net spend (fen) or growth value at a moment; refunds are negative."""

    at: datetime
    amount: int


@dataclass(frozen=True)
class TierDecision:
    """Outcome of :func:`evaluate`: the tier to hold, the grace deadline if one runs, and why.

    ``change``: ``upgrade`` / ``downgrade`` (``code`` changed), ``grace_started``
    (tier kept, ``grace_until`` newly set), ``kept`` (a running grace was
    cleared because the member qualifies again), ``none`` (nothing changed; a
    running grace is carried over in ``grace_until``).
    """

    code: str
    grace_until: date | None
    change: Change


@dataclass(frozen=True)
class Target:
    """``amount_needed`` more (fen or growth value) by ``deadline`` (inclusive) for ``tier``."""

    tier_code: str
    tier_name: str
    amount_needed: int
    deadline: date


@dataclass(frozen=True)
class Projection:
    """What it takes to keep the current tier and to reach the next one (None: not applicable)."""

    keep: Target | None
    reach: Target | None


# --------------------------------------------------------------------------- ladder


def validate_tiers(tiers: Iterable[TierDef]) -> tuple[TierDef, ...]:
    """Check a ladder and return it sorted by rank (lowest first).

    Requires at least one tier, unique codes, unique ranks, thresholds strictly
    increasing with rank, and a threshold of 0 for the lowest-ranked tier.
    Ranks need not be contiguous.
    """
    ladder = tuple(sorted(tiers, key=lambda t: t.rank))
    if not ladder:
        raise _bad("tiers", "no tiers defined")
    codes = [t.code for t in ladder]
    dup_codes = sorted({c for c in codes if codes.count(c) > 1})
    if dup_codes:
        raise _bad("tiers", f"duplicate tier code(s) {', '.join(dup_codes)}")
    for lower, higher in pairwise(ladder):
        if lower.rank == higher.rank:
            raise _bad("tiers", f"{lower.code} and {higher.code} share rank {lower.rank}")
        if higher.threshold <= lower.threshold:
            raise _bad(
                "tiers",
                f"threshold of {higher.code} ({higher.threshold}) must be above "
                f"that of {lower.code} ({lower.threshold})",
            )
    if ladder[0].threshold != 0:
        raise _bad("tiers", f"the lowest tier {ladder[0].code} must have threshold 0")
    return ladder


def tier_for(tiers: Iterable[TierDef], total: int) -> TierDef:
    """The highest tier whose threshold is <= ``total``."""
    ladder = validate_tiers(tiers)
    best = ladder[0]
    for tier in ladder:
        if tier.threshold <= total:
            best = tier
    return best


def _find(ladder: tuple[TierDef, ...], code: str) -> TierDef:
    for tier in ladder:
        if tier.code == code:
            return tier
    raise _bad("current_code", f"unknown tier code {code!r}")


# --------------------------------------------------------------------------- windows


def window_bounds(policy: TierPolicy, as_of: date, enrolled_on: date) -> tuple[date, date]:
    """The qualifying window containing ``as_of``: (start inclusive, end exclusive).

    * ``rolling12``: ``(as_of - 12 months, as_of + 1 day)`` — the start is the
      same month/day a year earlier (2028-02-29 -> 2027-02-28), so a day
      exactly a year back still counts;
    * ``calendar``: 1 Jan of ``as_of``'s year .. 1 Jan of the next year;
    * ``anniversary``: the membership year containing ``as_of``, from one
      anniversary of ``enrolled_on`` to the next (a Feb 29 enrolment has its
      anniversary on Feb 28 in common years, Feb 29 in leap years).
    """
    if policy.window == "rolling12":
        return shift_years(as_of, -1), as_of + _DAY
    if policy.window == "calendar":
        return date(as_of.year, 1, 1), date(as_of.year + 1, 1, 1)
    years = as_of.year - enrolled_on.year
    start = shift_years(enrolled_on, years)
    if start > as_of:
        years -= 1
        start = shift_years(enrolled_on, years)
    return start, shift_years(enrolled_on, years + 1)


def _net_total(events: Iterable[QualifyingEvent], start: date, end: date) -> int:
    """Sum of the events dated in ``[start, end)``; negative when refunds outweigh sales."""
    return sum(e.amount for e in events if start <= e.at.date() < end)


def qualifying_total(events: Iterable[QualifyingEvent], start: date, end: date) -> int:
    """Sum of the events dated in ``[start, end)``; never below 0."""
    return max(0, _net_total(events, start, end))


# --------------------------------------------------------------------------- evaluation


def evaluate(
    policy: TierPolicy,
    tiers: Iterable[TierDef],
    *,
    current_code: str,
    grace_until: date | None,
    events: Iterable[QualifyingEvent],
    as_of: date,
    enrolled_on: date,
    period_end: bool,
) -> TierDecision:
    """Decide the member's tier on ``as_of``; steps in this order:

    1. **Upgrade, immediately**: if the total of the window containing
       ``as_of`` reaches a tier above the current one, move there (any grace is
       cleared) — at any evaluation, not only at a window end.
    2. **Grace running** (``grace_until`` given): the member is measured by the
       current window's total; for calendar/anniversary windows also by the
       window that was closing when the grace started (the one containing
       ``grace_until - grace_days``), whichever is larger, so late-synced sales
       of the closed window count and January spending in the new year counts.

       * qualifies for the current tier again -> ``kept``, grace cleared;
       * otherwise, before ``grace_until`` -> ``none``, grace carried over;
       * otherwise (``as_of >= grace_until``) -> ``downgrade`` to the tier that
         measured total earns. Grace expiry is acted on at any evaluation,
         not only at a window end.
    3. **Still qualifies** -> ``none``.
    4. **Does not qualify**: a downgrade is only considered at a window end —
       ``period_end=True`` for calendar/anniversary, where ``as_of`` must be
       the *last day* of the closing window (e.g. 31 Dec); for rolling12 every
       evaluation is a window end and ``period_end`` is ignored. Not at a
       window end -> ``none``. At a window end: with ``grace_days > 0`` ->
       ``grace_started`` (tier kept, ``grace_until = as_of + grace_days``);
       without grace -> ``downgrade`` to ``tier_for(total)``.
    """
    ladder = validate_tiers(tiers)
    current = _find(ladder, current_code)
    history = tuple(events)
    start, end = window_bounds(policy, as_of, enrolled_on)
    total = qualifying_total(history, start, end)
    earned = tier_for(ladder, total)

    if earned.rank > current.rank:
        return TierDecision(earned.code, None, "upgrade")

    if grace_until is not None:
        measured = total
        if policy.window != "rolling12":
            grace_start = grace_until - timedelta(days=policy.grace_days)
            closed = window_bounds(policy, grace_start, enrolled_on)
            if closed != (start, end):
                measured = max(measured, qualifying_total(history, *closed))
        if measured >= current.threshold:
            return TierDecision(current.code, None, "kept")
        if as_of < grace_until:
            return TierDecision(current.code, grace_until, "none")
        return TierDecision(tier_for(ladder, measured).code, None, "downgrade")

    if total >= current.threshold:
        return TierDecision(current.code, None, "none")
    if not (period_end or policy.window == "rolling12"):
        return TierDecision(current.code, None, "none")
    if policy.grace_days > 0:
        return TierDecision(
            current.code, as_of + timedelta(days=policy.grace_days), "grace_started"
        )
    return TierDecision(earned.code, None, "downgrade")


# --------------------------------------------------------------------------- projection


def _rolling_net(events: tuple[QualifyingEvent, ...], day: date) -> int:
    return _net_total(events, shift_years(day, -1), day + _DAY)


def _drop_date(event_day: date) -> date:
    """The first day whose rolling-12 window no longer contains ``event_day``."""
    day = shift_years(event_day, 1) + _DAY
    while shift_years(day, -1) <= event_day:  # Feb 28/29 clamping can need one more day
        day += _DAY
    return day


def _rolling_change_days(events: tuple[QualifyingEvent, ...], as_of: date) -> list[date]:
    """Days after ``as_of`` on which the rolling-12 total (known events only) can change."""
    start, end = shift_years(as_of, -1), as_of + _DAY
    days = {_drop_date(e.at.date()) for e in events if start <= e.at.date() < end}
    days |= {e.at.date() for e in events if e.at.date() >= end}
    return sorted(d for d in days if d > as_of)


def project(
    policy: TierPolicy,
    tiers: Iterable[TierDef],
    *,
    current_code: str,
    events: Iterable[QualifyingEvent],
    as_of: date,
    enrolled_on: date,
) -> Projection:
    """How much more qualifying amount keeps the current tier / reaches the next one.

    Assumes no further events besides the extra amount asked for. Amounts are
    measured from the window's net total, so when refunds of older sales make
    it negative, they are asked to be made up too.

    Calendar / anniversary: ``deadline`` = last day of the current window.

    * ``keep``: ``threshold(current) - total``; None when the total already
      meets it (secured for this window) or the member is in the lowest tier.
    * ``reach``: the tier right above the higher of the current tier and the
      tier the total already earns (an upgrade not yet applied);
      ``threshold - total``; None at the top.

    Rolling 12 months (simplification): events drop out of the window a year
    after they happened, so

    * ``keep`` looks at today and each future day on which an event drops out
      (or a future-dated event enters), takes the *first* such day ``d`` on
      which the known total falls below the current threshold, and asks for
      ``threshold - total_on(d)`` by ``d`` (spend made after today and by ``d``
      is still in the window on ``d``). If the total is already below the
      threshold today, ``d`` is today. Later drop-outs are not added in: what is
      spent by ``d`` stays in the window for a year, and the next projection
      will show the next risk. None only for the lowest tier (or if the total
      never falls below the threshold).
    * ``reach``: ``threshold - total`` today (upgrades are immediate); the
      deadline is the last day before the known total first decreases (the
      amount is valid through then), or ``as_of`` + 12 months if it never does.
    """
    ladder = validate_tiers(tiers)
    current = _find(ladder, current_code)
    history = tuple(events)
    start, end = window_bounds(policy, as_of, enrolled_on)
    total = _net_total(history, start, end)
    earned = tier_for(ladder, total)
    held = earned if earned.rank > current.rank else current
    above = [t for t in ladder if t.rank > held.rank]
    lowest = current.rank == ladder[0].rank

    if policy.window != "rolling12":
        deadline = end - _DAY
        keep = None
        if not lowest and total < current.threshold:
            keep = Target(current.code, current.name, current.threshold - total, deadline)
        reach = None
        if above:
            nxt = above[0]
            reach = Target(nxt.code, nxt.name, nxt.threshold - total, deadline)
        return Projection(keep, reach)

    change_days = _rolling_change_days(history, as_of)
    keep = None
    if not lowest:
        for day in [as_of, *change_days]:
            day_total = total if day == as_of else _rolling_net(history, day)
            if day_total < current.threshold:
                keep = Target(current.code, current.name, current.threshold - day_total, day)
                break
    reach = None
    if above:
        nxt = above[0]
        valid_until = shift_years(as_of, 1)
        for day in change_days:
            if _rolling_net(history, day) < total:
                valid_until = day - _DAY
                break
        reach = Target(nxt.code, nxt.name, nxt.threshold - total, valid_until)
    return Projection(keep, reach)
