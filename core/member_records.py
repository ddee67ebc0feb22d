"""A member's records as the back office reads them: points lots, redemptions, coupons.

Read-only, one plain value per line, so the UI can hold them after the
session is gone. Lots are the open ones in the order spending draws on them
(earliest expiry first); redemptions and coupons newest first with the names
of their reward or template.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import desc, select
from sqlalchemy.orm import Session, sessionmaker

from core import ledger
from core.db.models import Coupon, CouponTemplate, Redemption, Reward


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
