"""What a member needs to keep their tier or reach the next one, as of a day.

The till's and the back office's "spend ¥1,200 more by 31 Dec to keep 金牌": the
tier rules' projection (``core.tiers.project``) on the member's qualifying events
in the current window. Amounts are in the ladder's measure: fen of net spend, or
growth value.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from core import tiers
from core.catalog import tier_defs, tier_policy
from core.db.models import Member
from core.errors import NotConfigured
from core.handlers.tiering import window_events


@dataclass(frozen=True)
class TierOutlook:
    """``keep`` / ``reach``: amount still needed by a deadline (None: nothing to do / top)."""

    measure: str  # "spend" (fen) or "growth" (growth value)
    keep: tiers.Target | None
    reach: tiers.Target | None


def member_outlook(session: Session, member: Member, today: date) -> TierOutlook | None:
    """The member's outlook; None where the device holds no tier policy yet."""
    try:
        policy = tier_policy(session)
    except NotConfigured:
        return None
    projection = tiers.project(
        policy,
        tier_defs(session),
        current_code=member.tier_code,
        events=window_events(session, member, today),
        as_of=today,
        enrolled_on=member.enrolled_on,
    )
    return TierOutlook(policy.measure, projection.keep, projection.reach)
