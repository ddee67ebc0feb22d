"""A member's records as the back office reads them: points lots, redemptions, coupons,
benefits.

Read-only, one plain value per line, so the UI can hold them after the
session is gone. Lots are the open ones in the order spending draws on them
(earliest expiry first); redemptions and coupons newest first with the names
of their reward or template. Benefits are those of the member's tier today, each
with its uses in the current quota period (counted by the same period key the
``use_benefit`` handler counts by), and the uses themselves newest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import desc, func, select
from sqlalchemy.orm import Session, sessionmaker

from core import ledger
from core.benefits import BenefitKind, Period, period_key, remaining_quota
from core.catalog import all_benefits, benefits_of
from core.db.models import (
    BenefitUse,
    CommandRow,
    Coupon,
    CouponTemplate,
    Member,
    Redemption,
    Reward,
)


@dataclass(frozen=True)
class LotLine:
    """Points earned together: how many are left, from when usable, until when."""

    id: str
    points: int
    remaining: int
    available_at: datetime
    expires_at: datetime
    sale_id: str | None


@dataclass(frozen=True)
class RedemptionLine:
    id: str
    at: datetime
    sku: str
    reward_name: str | None
    qty: int
    points: int
    cash_fen: int
    store_code: str | None
    status: str
    cancelled_at: datetime | None


@dataclass(frozen=True)
class CouponLine:
    id: str
    code: str
    template_name: str | None
    issued_at: datetime
    valid_from: datetime
    valid_until: datetime
    status: str
    used_at: datetime | None


@dataclass(frozen=True)
class BenefitLine:
    """A benefit of the member's tier and how much of its quota this period has used."""

    benefit_id: str
    kind: BenefitKind
    value: int
    period: Period | None
    period_key: str
    quota: int | None  # uses per period; None: no quota
    used: int  # uses in the current period
    left: int | None  # None: no quota


@dataclass(frozen=True)
class BenefitUseLine:
    id: str
    at: datetime
    benefit_id: str
    kind: BenefitKind | None  # None: the benefit is no longer in the rulebook
    period_key: str
    store_code: str | None  # known for uses recorded on this device
    staff: str | None


def lots(session: Session, member_id: str) -> list[LotLine]:
    """The member's lots with points left, earliest expiry first."""
    return [
        LotLine(
            id=lot.id,
            points=lot.points,
            remaining=lot.remaining,
            available_at=lot.available_at,
            expires_at=lot.expires_at,
            sale_id=lot.sale_id,
        )
        for lot in ledger.open_lots(session, member_id)
    ]


def redemptions(session: Session, member_id: str, limit: int = 200) -> list[RedemptionLine]:
    rows = session.execute(
        select(Redemption, Reward.name)
        .outerjoin(Reward, Reward.sku == Redemption.sku)
        .where(Redemption.member_id == member_id)
        .order_by(desc(Redemption.at), desc(Redemption.id))
        .limit(limit)
    ).all()
    return [
        RedemptionLine(
            id=r.id,
            at=r.at,
            sku=r.sku,
            reward_name=name,
            qty=r.qty,
            points=r.points,
            cash_fen=r.cash_fen,
            store_code=r.store_code,
            status=r.status,
            cancelled_at=r.cancelled_at,
        )
        for r, name in rows
    ]


def coupons(session: Session, member_id: str, limit: int = 200) -> list[CouponLine]:
    rows = session.execute(
        select(Coupon, CouponTemplate.name)
        .outerjoin(CouponTemplate, CouponTemplate.id == Coupon.template_id)
        .where(Coupon.member_id == member_id)
        .order_by(desc(Coupon.issued_at), desc(Coupon.id))
        .limit(limit)
    ).all()
    return [
        CouponLine(
            id=c.id,
            code=c.code,
            template_name=name,
            issued_at=c.issued_at,
            valid_from=c.valid_from,
            valid_until=c.valid_until,
            status=c.status,
            used_at=c.used_at,
        )
        for c, name in rows
    ]


def benefits(session: Session, member_id: str, at: datetime) -> list[BenefitLine]:
    """The benefits of the member's tier at ``at``, with this period's uses of each."""
    member = session.get(Member, member_id)
    if member is None:
        return []
    tier = benefits_of(session, member.tier_code)
    keys = {
        b.id: period_key(b.period, at, member.enrolled_on) if b.period else "lifetime" for b in tier
    }
    # Every use of these benefits in one read, counted here by the period each falls in.
    counts: dict[tuple[str, str], int] = dict.fromkeys(keys.items(), 0)
    for benefit_id, key, n in session.execute(
        select(BenefitUse.benefit_id, BenefitUse.period_key, func.count())
        .where(BenefitUse.member_id == member_id, BenefitUse.benefit_id.in_(list(keys)))
        .group_by(BenefitUse.benefit_id, BenefitUse.period_key)
    ):
        if (benefit_id, key) in counts:
            counts[benefit_id, key] = int(n)
    out = []
    for b in tier:
        key = keys[b.id]
        used = counts[b.id, key]
        out.append(
            BenefitLine(
                benefit_id=b.id,
                kind=b.kind,
                value=b.value,
                period=b.period,
                period_key=key,
                quota=b.effective_quota,
                used=used,
                left=remaining_quota(b, used),
            )
        )
    return out


def benefit_uses(session: Session, member_id: str, limit: int = 200) -> list[BenefitUseLine]:
    """The member's uses of benefits, newest first."""
    kinds = {b.id: b.kind for b in all_benefits(session)}
    rows = session.execute(
        select(BenefitUse, CommandRow.store_code, CommandRow.staff)
        .outerjoin(CommandRow, CommandRow.id == BenefitUse.command_id)
        .where(BenefitUse.member_id == member_id)
        .order_by(desc(BenefitUse.used_at), desc(BenefitUse.id))
        .limit(limit)
    ).all()
    return [
        BenefitUseLine(
            id=u.id,
            at=u.used_at,
            benefit_id=u.benefit_id,
            kind=kinds.get(u.benefit_id),
            period_key=u.period_key,
            store_code=store,
            staff=staff,
        )
        for u, store, staff in rows
    ]


class MemberRecords:
    """The reads above over a device database, one session per call (for ``ui.ops.Op``)."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.factory = factory

    def lots(self, member_id: str) -> list[LotLine]:
        with self.factory() as s:
            return lots(s, member_id)

    def redemptions(self, member_id: str, limit: int = 200) -> list[RedemptionLine]:
        with self.factory() as s:
            return redemptions(s, member_id, limit)

    def coupons(self, member_id: str, limit: int = 200) -> list[CouponLine]:
        with self.factory() as s:
            return coupons(s, member_id, limit)

    def benefits(self, member_id: str, at: datetime) -> list[BenefitLine]:
        with self.factory() as s:
            return benefits(s, member_id, at)

    def benefit_uses(self, member_id: str, limit: int = 200) -> list[BenefitUseLine]:
        with self.factory() as s:
            return benefit_uses(s, member_id, limit)
