"""Applying tier decisions: upgrades as soon as a sale qualifies, downgrades at window ends."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from core import tiers
from core.catalog import tier_defs, tier_policy
from core.commands.base import Context, handles
from core.commands.payloads import EvaluateTier
from core.db.direct import read
from core.db.models import Member
from core.db.models import QualifyingEvent as EventRow
from core.handlers.common import member_by_id


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


def _decide(ctx: Context, member: Member, period_end: bool) -> dict[str, Any] | None:
    policy = tier_policy(ctx.session)
    decision = tiers.evaluate(
        policy,
        tier_defs(ctx.session),
        current_code=member.tier_code,
        grace_until=member.tier_grace_until,
        events=window_events(ctx.session, member, ctx.at.date()),
        as_of=ctx.at.date(),
        enrolled_on=member.enrolled_on,
        period_end=period_end,
    )
    before = member.tier_code
    member.tier_grace_until = decision.grace_until
    if decision.code != before:
        member.tier_code = decision.code
        member.tier_since = ctx.at.date()
    if decision.change in ("none", "kept") and decision.code == before:
        return None
    return {"from": before, "to": decision.code, "change": decision.change}


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


def upgrade_if_qualified(ctx: Context, member: Member) -> dict[str, Any] | None:
    """After a sale: move up at once if the window now qualifies; clear a running grace."""
    if member.tier_grace_until is None:
        ladder = tier_defs(ctx.session)
        current = next(t for t in ladder if t.code == member.tier_code)
        higher = [t for t in ladder if t.rank > current.rank]
        # The common case: nothing to decide, answered with one aggregate query.
        if not higher or window_total(ctx.session, member, ctx.at.date()) < higher[0].threshold:
            return None
    return _decide(ctx, member, period_end=False)


@handles(EvaluateTier)
def evaluate_tier(ctx: Context, cmd: EvaluateTier) -> dict[str, Any]:
    member = member_by_id(ctx.session, cmd.member_id)
    change = _decide(ctx, member, period_end=cmd.period_end)
    return {"member_id": member.id, "tier": member.tier_code, "change": change}
