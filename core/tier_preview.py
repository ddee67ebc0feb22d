"""How many members would move tier under an edited tier programme, before it is saved.

For every member (closed accounts aside) the preview takes the qualifying
total of the window that contains ``as_of`` under the *edited* policy
(:func:`core.tiers.window_bounds`: rolling 12 months, calendar year or
membership year; net of refunds, never below 0, as
:func:`core.tiers.qualifying_total`), and the tier that total earns on the
*edited* ladder (:func:`core.tiers.tier_for`). It counts members per
(current tier, earned tier).

What the counts mean, by :func:`core.tiers.evaluate`: a move up happens at
the member's next sale or evaluation; a move down only at the window's end
and after the grace period. The preview says who would move, not when.

The totals are one aggregate query over ``qualifying_events`` (a window per
enrolment anniversary for the membership-year window), and the tier of each
total a ``CASE`` over the thresholds: no member is loaded into Python.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import (
    DateTime,
    String,
    and_,
    case,
    cast,
    column,
    func,
    literal,
    select,
    values,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import Join

from core import catalog
from core.benefits import Benefit
from core.db.models import Member
from core.db.models import QualifyingEvent as EventRow
from core.errors import InvalidInput
from core.tiers import TierDef, TierPolicy, validate_tiers, window_bounds

_MEMBERS = Member.__table__
_EVENTS = EventRow.__table__

# Any leap year: every month/day of an enrolment exists in it.
_LEAP = 2000


@dataclass(frozen=True)
class TierMove:
    """``members`` members hold ``from_code`` now and earn ``to_code`` under the edited rules."""

    from_code: str
    to_code: str
    members: int


@dataclass(frozen=True)
class TierPreview:
    """Members per (current tier, earned tier); ``ladder`` is the edited one, lowest first."""

    as_of: date
    ladder: tuple[TierDef, ...]
    moves: tuple[TierMove, ...]

    def count(self, from_code: str, to_code: str) -> int:
        return sum(
            m.members for m in self.moves if m.from_code == from_code and m.to_code == to_code
        )

    @property
    def members(self) -> int:
        return sum(m.members for m in self.moves)

    def _rank(self, code: str) -> int:
        return next(t.rank for t in self.ladder if t.code == code)

    @property
    def moving_up(self) -> int:
        return sum(m.members for m in self.moves if self._rank(m.to_code) > self._rank(m.from_code))

    @property
    def moving_down(self) -> int:
        return sum(m.members for m in self.moves if self._rank(m.to_code) < self._rank(m.from_code))

    @property
    def staying(self) -> int:
        return sum(m.members for m in self.moves if m.to_code == m.from_code)

    def now_in(self, code: str) -> int:
        """Members holding ``code`` today."""
        return sum(m.members for m in self.moves if m.from_code == code)

    def would_be_in(self, code: str) -> int:
        """Members who would hold ``code`` once every move has taken effect."""
        return sum(m.members for m in self.moves if m.to_code == code)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time())


def _totals(policy: TierPolicy, as_of: date) -> tuple[ColumnElement[int], Join]:
    """Each member's window total (NULL: no events) and the FROM clause that carries it."""
    events = EventRow.__table__.c
    members = Member.__table__.c
    measure = events.spend_fen if policy.measure == "spend" else events.growth
    if policy.window != "anniversary":
        start, end = window_bounds(policy, as_of, as_of)
        per_member = (
            select(events.member_id.label("member_id"), func.sum(measure).label("total"))
            .where(events.at >= _midnight(start), events.at < _midnight(end))
            .group_by(events.member_id)
            .subquery("totals")
        )
        joined = _MEMBERS.outerjoin(per_member, per_member.c.member_id == members.id)
        return per_member.c.total, joined
    # A membership year depends only on the month and day of the enrolment: one window
    # per calendar day of a leap year, computed by core.tiers itself.
    rows = []
    day = date(_LEAP, 1, 1)
    while day.year == _LEAP:
        start, end = window_bounds(policy, as_of, day)
        rows.append((day.strftime("%m-%d"), _midnight(start), _midnight(end)))
        day = date.fromordinal(day.toordinal() + 1)
    windows = (
        values(
            column("md", String),
            column("w_start", DateTime),
            column("w_end", DateTime),
            name="windows",
        )
        .data(rows)
        .cte("windows")
    )
    month_day = func.substr(cast(members.enrolled_on, String), 6, 5)
    per_member = (
        select(members.id.label("member_id"), func.sum(measure).label("total"))
        .select_from(
            _MEMBERS.join(windows, windows.c.md == month_day).join(
                _EVENTS,
                and_(
                    events.member_id == members.id,
                    events.at >= windows.c.w_start,
                    events.at < windows.c.w_end,
                ),
            )
        )
        .group_by(members.id)
        .subquery("totals")
    )
    joined = _MEMBERS.outerjoin(per_member, per_member.c.member_id == members.id)
    return per_member.c.total, joined


def preview_tier_moves(
    session: Session, policy: TierPolicy, tiers: Iterable[TierDef], as_of: date
) -> TierPreview:
    """Count members per (current tier, tier earned under ``policy`` and ``tiers``) on ``as_of``.

    ``tiers`` is the edited ladder (checked by :func:`core.tiers.validate_tiers`);
    it must still name every tier a member holds. Read-only.
    """
    ladder = validate_tiers(tiers)
    members = Member.__table__.c
    held = set(session.execute(select(members.tier_code).distinct()).scalars())
    missing = held - {t.code for t in ladder}
    if missing:
        raise InvalidInput(
            field="tiers", problem=f"members hold tier(s) {', '.join(sorted(missing))}"
        )
    total_expr, joined = _totals(policy, as_of)
    # qualifying_total: net of refunds, never below 0; no events: 0.
    total = func.coalesce(total_expr, 0)
    earned: ColumnElement[str] = case(
        *[(total >= t.threshold, literal(t.code)) for t in reversed(ladder[1:])],
        else_=literal(ladder[0].code),
    )
    stmt = (
        select(members.tier_code, earned.label("earned"), func.count().label("n"))
        .select_from(joined)
        .where(members.status != "closed")
        .group_by(members.tier_code, earned)
    )
    moves = tuple(
        TierMove(str(current), str(to), int(n))
        for current, to, n in session.execute(stmt).all()
        if n
    )
    rank = {t.code: t.rank for t in ladder}
    ordered = tuple(sorted(moves, key=lambda m: (rank[m.from_code], rank[m.to_code])))
    return TierPreview(as_of=as_of, ladder=ladder, moves=ordered)


@dataclass(frozen=True)
class WindowTotals:
    """Members per (current tier, window total) under one policy's window on one day.

    The totals depend on the window and the measure, not on the thresholds: the
    editor asks for them once and answers every threshold edit from them
    (:meth:`preview`) without going back to the database. Held as, per current
    tier, the distinct totals in ascending order and the running count of members
    up to each (a few MB for a million members).
    """

    as_of: date
    measure: str
    window: str
    by_tier: dict[str, tuple[array[int], array[int]]]

    def preview(self, tiers: Iterable[TierDef]) -> TierPreview:
        """The same counts as :func:`preview_tier_moves` for the ladder ``tiers``."""
        ladder = validate_tiers(tiers)
        missing = set(self.by_tier) - {t.code for t in ladder}
        if missing:
            raise InvalidInput(
                field="tiers", problem=f"members hold tier(s) {', '.join(sorted(missing))}"
            )
        moves: list[TierMove] = []
        for current in ladder:
            held = self.by_tier.get(current.code)
            if held is None:
                continue
            totals, running = held
            # members of this tier whose total is below each threshold (and all of them)
            below = [
                running[i - 1] if (i := bisect_left(totals, t.threshold)) else 0 for t in ladder[1:]
            ]
            edges = [0, *below, running[-1]]
            for i, target in enumerate(ladder):
                if edges[i + 1] > edges[i]:
                    moves.append(TierMove(current.code, target.code, edges[i + 1] - edges[i]))
        return TierPreview(as_of=self.as_of, ladder=ladder, moves=tuple(moves))


def window_totals(session: Session, policy: TierPolicy, as_of: date) -> WindowTotals:
    """Count members per (current tier, window total) under ``policy`` on ``as_of``."""
    members = Member.__table__.c
    total_expr, joined = _totals(policy, as_of)
    total = func.coalesce(total_expr, 0)
    stmt = (
        select(members.tier_code, total.label("total"), func.count().label("n"))
        .select_from(joined)
        .where(members.status != "closed")
        .group_by(members.tier_code, total)
        .order_by(members.tier_code, total)
    )
    by_tier: dict[str, tuple[array[int], array[int]]] = {}
    for code, amount, n in session.execute(stmt).all():
        totals, running = by_tier.setdefault(str(code), (array("q"), array("q")))
        # Below 0 (refunds outweigh sales) counts as 0, as core.tiers.qualifying_total does.
        amount = max(0, int(amount))
        if totals and totals[-1] == amount:
            running[-1] += int(n)
        else:
            totals.append(amount)
            running.append((running[-1] if running else 0) + int(n))
    return WindowTotals(as_of, policy.measure, policy.window, by_tier)


@dataclass(frozen=True)
class Programme:
    """The tier programme this database holds: policy, ladder (lowest first), benefits."""

    policy: TierPolicy
    tiers: tuple[TierDef, ...]
    benefits: tuple[Benefit, ...]
    revision: int


def local_programme(factory: sessionmaker[Session]) -> Programme:
    """The tier programme as the last pull brought it (what the editor starts from)."""
    with factory() as s:
        ladder = catalog.tier_defs(s)
        rank = {t.code: t.rank for t in ladder}
        benefits = sorted(catalog.all_benefits(s), key=lambda b: (rank.get(b.tier_code, 0), b.id))
        return Programme(
            policy=catalog.tier_policy(s),
            tiers=tuple(ladder),
            benefits=tuple(benefits),
            revision=catalog.revision(s),
        )


def preview_in(
    factory: sessionmaker[Session], policy: TierPolicy, tiers: Iterable[TierDef], as_of: date
) -> TierPreview:
    """:func:`preview_tier_moves` in a session of its own."""
    with factory() as s:
        return preview_tier_moves(s, policy, tiers, as_of)


def window_totals_in(
    factory: sessionmaker[Session], policy: TierPolicy, as_of: date
) -> WindowTotals:
    """:func:`window_totals` in a session of its own."""
    with factory() as s:
        return window_totals(s, policy, as_of)


__all__ = [
    "Programme",
    "TierMove",
    "TierPreview",
    "WindowTotals",
    "local_programme",
    "preview_in",
    "preview_tier_moves",
    "window_totals",
    "window_totals_in",
]
