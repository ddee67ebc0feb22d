"""Applying tier decisions: upgrades as soon as a sale qualifies, downgrades at window ends."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from core import tiers
from core.catalog import tier_defs, tier_policy
from core.commands.base import Context, Envelope, handles
from core.commands.payloads import EvaluateTier
from core.db.direct import read
from core.db.models import Member, TierChange
from core.db.models import QualifyingEvent as EventRow
from core.handlers.common import member_by_id
from core.ids import derived_id


def window_events(session: Session, member: Member, as_of: date) -> list[tiers.QualifyingEvent]:
    policy = tier_policy(session)
    start, end = tiers.window_bounds(policy, as_of, member.enrolled_on)
    rows = session.execute(
        select(EventRow.at, EventRow.spend_fen, EventRow.growth).where(
            EventRow.member_id == member.id,
            EventRow.at >= datetime.combine(start, datetime.min.time()),
            EventRow.at < datetime.combine(end, datetime.min.time()),
        )
    ).all()
    return [
        tiers.QualifyingEvent(at=at, amount=spend if policy.measure == "spend" else growth)
        for at, spend, growth in rows
    ]


def decide(
    policy: tiers.TierPolicy,
    ladder: list[tiers.TierDef],
    *,
    current_code: str,
    grace_until: date | None,
    events: list[tiers.QualifyingEvent],
    as_of: date,
    enrolled_on: date,
    period_end: bool,
) -> tuple[tiers.TierDecision, dict[str, Any] | None]:
    """The tier decision on the window's events, and the change a command reports (if any)."""
    decision = tiers.evaluate(
        policy,
        ladder,
        current_code=current_code,
        grace_until=grace_until,
        events=events,
        as_of=as_of,
        enrolled_on=enrolled_on,
        period_end=period_end,
    )
    if decision.change in ("none", "kept") and decision.code == current_code:
        return decision, None
    return decision, {"from": current_code, "to": decision.code, "change": decision.change}


def _decide(ctx: Context, member: Member, period_end: bool) -> dict[str, Any] | None:
    decision, change = decide(
        tier_policy(ctx.session),
        tier_defs(ctx.session),
        current_code=member.tier_code,
        grace_until=member.tier_grace_until,
        events=window_events(ctx.session, member, ctx.at.date()),
        as_of=ctx.at.date(),
        enrolled_on=member.enrolled_on,
        period_end=period_end,
    )
    member.tier_grace_until = decision.grace_until
    if decision.code != member.tier_code:
        member.tier_code = decision.code
        member.tier_since = ctx.at.date()
    if change is not None:
        record_change(ctx.session, tier_change_values(ctx.env, member.id, change, decision))
    return change


def tier_change_values(
    env: Envelope, member_id: str, change: dict[str, Any], decision: tiers.TierDecision
) -> dict[str, Any]:
    """The ``tier_changes`` row of a change ``decide`` reported (one per command at most)."""
    return {
        "id": derived_id(env.id, "tier_change"),
        "member_id": member_id,
        "from_tier": change["from"],
        "to_tier": change["to"],
        "change": change["change"],
        "at": env.device_time,
        "grace_until": decision.grace_until,
        "command_id": env.id,
        "command_kind": env.kind,
    }


def record_change(session: Session, values: dict[str, Any]) -> None:
    """Write the row; the same command deciding again leaves one row, its last decision."""
    row = session.get(TierChange, values["id"])
    if row is None:
        session.add(TierChange(**values))
        return
    for name, value in values.items():
        setattr(row, name, value)


def _window_sum(column: Any) -> Any:
    events = EventRow.__table__.c
    return select(func.coalesce(func.sum(column), 0)).where(
        events.member_id == bindparam("member_id"),
        events.at >= bindparam("start"),
        events.at < bindparam("end"),
    )


_WINDOW_SUM = {
    "spend": _window_sum(EventRow.__table__.c.spend_fen),
    "growth": _window_sum(EventRow.__table__.c.growth),
}


def window_total(session: Session, member: Member, as_of: date) -> int:
    policy = tier_policy(session)
    start, end = tiers.window_bounds(policy, as_of, member.enrolled_on)
    stmt = _WINDOW_SUM["spend" if policy.measure == "spend" else "growth"]
    total = read(
        session,
        stmt,
        {
            "member_id": member.id,
            "start": datetime.combine(start, datetime.min.time()),
            "end": datetime.combine(end, datetime.min.time()),
        },
    )
    return max(0, int(total))


def in_window(
    policy: tiers.TierPolicy,
    enrolled_on: date,
    as_of: date,
    events: Iterable[tuple[datetime, int, int]],
) -> list[tiers.QualifyingEvent]:
    """``window_events`` of events already read: ``(at, spend_fen, growth)`` of one member."""
    start, end = tiers.window_bounds(policy, as_of, enrolled_on)
    spend = policy.measure == "spend"
    return [
        tiers.QualifyingEvent(at=at, amount=s if spend else g)
        for at, s, g in events
        if start <= at.date() < end
    ]


def window_total_of(
    policy: tiers.TierPolicy,
    enrolled_on: date,
    as_of: date,
    events: Iterable[tuple[datetime, int, int]],
) -> int:
    """``window_total`` of events already read: ``(at, spend_fen, growth)`` of one member.

    ``tiers.qualifying_total`` of ``in_window``, summed straight from the tuples: the
    server's batch push asks it after every sale."""
    start, end = tiers.window_bounds(policy, as_of, enrolled_on)
    spend = policy.measure == "spend"
    return max(0, sum(s if spend else g for at, s, g in events if start <= at.date() < end))


def next_threshold(ladder: list[tiers.TierDef], tier_code: str) -> int | None:
    """What the window must reach for the tier above ``tier_code`` (None at the top)."""
    current = next(t for t in ladder if t.code == tier_code)
    higher = [t for t in ladder if t.rank > current.rank]
    return higher[0].threshold if higher else None


def upgrade_if_qualified(ctx: Context, member: Member) -> dict[str, Any] | None:
    """After a sale: move up at once if the window now qualifies; clear a running grace."""
    if member.tier_grace_until is None:
        threshold = next_threshold(tier_defs(ctx.session), member.tier_code)
        # The common case: nothing to decide, answered with one aggregate query.
        if threshold is None or window_total(ctx.session, member, ctx.at.date()) < threshold:
            return None
    return _decide(ctx, member, period_end=False)


@handles(EvaluateTier)
def evaluate_tier(ctx: Context, cmd: EvaluateTier) -> dict[str, Any]:
    member = member_by_id(ctx.session, cmd.member_id)
    change = _decide(ctx, member, period_end=cmd.period_end)
    return {"member_id": member.id, "tier": member.tier_code, "change": change}
