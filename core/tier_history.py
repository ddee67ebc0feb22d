"""A member's tier as the back office reads it: the tier held and since when, the window's
qualifying total, what it takes to keep it or reach the next, and the changes on record.

Every tier change is a row of ``tier_changes``, written where the change is decided
(``core.handlers.tiering``): at a sale that qualifies, at a merge, at an evaluation (the
central server's tier job at a window's end included). The server's rows reach the
devices that hold the member through the change feed, with the same id as a device's
provisional row of the same command, so :func:`tier_standing` lists the changes decided
anywhere, as far as this database has received them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import desc, select
from sqlalchemy.orm import Session, sessionmaker

from core import tiers
from core.catalog import tier_defs, tier_policy
from core.db.models import Member, Sale
from core.db.models import TierChange as TierChangeRow
from core.errors import MemberNotFound
from core.handlers.tiering import window_total
from core.tier_outlook import member_outlook

#: How many of the member's changes are listed (newest first); a lifetime holds far fewer.
CHANGES_LISTED = 500


@dataclass(frozen=True)
class TierChange:
    """One recorded change: ``change`` is ``upgrade``, ``downgrade``, ``grace_started``, ..."""

    at: datetime
    from_code: str
    from_name: str
    to_code: str
    to_name: str
    change: str
    made_by: str  # the command that decided it: record_sale, merge_members, evaluate_tier
    receipt_no: str | None  # the sale that made it, when this database holds the sale


@dataclass(frozen=True)
class TierStanding:
    """The tier held, its window and projection, and the changes on record here."""

    tier_code: str
    tier_name: str
    since: date
    grace_until: date | None
    # None where the database holds no tier policy (a device before its first pull).
    measure: str | None  # "spend" (fen) or "growth"
    window_first: date | None
    window_last: date | None  # inclusive
    window_total: int | None
    keep: tiers.Target | None
    reach: tiers.Target | None
    changes: tuple[TierChange, ...]


def recorded_changes(session: Session, member: Member, names: dict[str, str]) -> list[TierChange]:
    """The member's rows of ``tier_changes``, newest first, with the receipt of a sale's."""
    rows = session.execute(
        select(
            TierChangeRow.at,
            TierChangeRow.from_tier,
            TierChangeRow.to_tier,
            TierChangeRow.change,
            TierChangeRow.command_kind,
            Sale.receipt_no,
        )
        .outerjoin(Sale, Sale.command_id == TierChangeRow.command_id)
        .where(TierChangeRow.member_id == member.id)
        .order_by(desc(TierChangeRow.at), desc(TierChangeRow.id))
        .limit(CHANGES_LISTED)
    ).all()
    return [
        TierChange(
            at=at,
            from_code=from_code,
            from_name=names.get(from_code, from_code),
            to_code=to_code,
            to_name=names.get(to_code, to_code),
            change=change,
            made_by=made_by,
            receipt_no=receipt_no,
        )
        for at, from_code, to_code, change, made_by, receipt_no in rows
    ]


def tier_standing(session: Session, member_id: str, today: date) -> TierStanding:
    """The member's tier, window total, projection (``core.tier_outlook``) and changes."""
    member = session.get(Member, member_id)
    if member is None:
        raise MemberNotFound(key=member_id)
    ladder = tier_defs(session)
    names = {t.code: t.name for t in ladder}
    changes = tuple(recorded_changes(session, member, names))
    outlook = member_outlook(session, member, today)
    if outlook is None:
        return TierStanding(
            member.tier_code,
            names.get(member.tier_code, member.tier_code),
            member.tier_since,
            member.tier_grace_until,
            None,
            None,
            None,
            None,
            None,
            None,
            changes,
        )
    first, end = tiers.window_bounds(tier_policy(session), today, member.enrolled_on)
    return TierStanding(
        tier_code=member.tier_code,
        tier_name=names.get(member.tier_code, member.tier_code),
        since=member.tier_since,
        grace_until=member.tier_grace_until,
        measure=outlook.measure,
        window_first=first,
        window_last=end - timedelta(days=1),
        window_total=window_total(session, member, today),
        keep=outlook.keep,
        reach=outlook.reach,
        changes=changes,
    )


def read_tier_standing(factory: sessionmaker[Session], member_id: str, today: date) -> TierStanding:
    """:func:`tier_standing` in a session of its own (for the database worker)."""
    with factory() as session:
        return tier_standing(session, member_id, today)
