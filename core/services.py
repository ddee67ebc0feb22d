"""What a device's user interfaces and the CLI call: one object over the local database.

Each method is one unit of work. Changes go through ``core.apply.execute`` so
that every change is a command, applied and queued for upload atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import desc, select
from sqlalchemy.orm import Session, sessionmaker

from core import clock, directory, offline, staff_signin
from core.apply import Applied, execute
from core.catalog import rules_at, tier_defs
from core.codes import make_member_code
from core.commands import payloads as p
from core.db.engine import checkpoint, open_device_db
from core.db.models import (
    Coupon,
    CouponTemplate,
    PointEntry,
    Redemption,
    Reward,
    Sale,
    StoreStock,
)
from core.errors import CouponNotFound, InvalidInput, SaleNotFound
from core.ids import derived_id, new_id
from core.rules import EarnResult, SaleLine, max_points_for_bill
from core.tiers import TierDef


@dataclass(frozen=True)
class SaleLineInput:
    amount_fen: int
    category: str | None = None


def receipt_number(sale_id: str, at: datetime) -> str:
    return f"R{at:%y%m%d}{sale_id.replace('-', '')[:8].upper()}"


class DeviceServices:
    """The local rulebook of one till or back-office copy."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.factory = factory

    @classmethod
    def open(cls, path: str) -> DeviceServices:
        return cls(open_device_db(path))

    # --- reading ------------------------------------------------------------

    def find(self, key: str, now: datetime | None = None) -> directory.MemberCard:
        with self.factory() as s:
            return directory.card(s, directory.find_by_key(s, key), now or clock.now())

    def tiers(self) -> list[TierDef]:
        """The tier ladder, lowest first (names and thresholds for lists and badges)."""
        with self.factory() as s:
            return list(tier_defs(s))

    def lookup(self, key: str) -> directory.MemberRow:
        """The member a clerk scanned or typed, as one row (fast path for a checkout)."""
        with self.factory() as s:
            return directory.lookup(s, key)

    def card(self, member_id: str, now: datetime | None = None) -> directory.MemberCard:
        from core.handlers.common import member_by_id

        with self.factory() as s:
            return directory.card(s, member_by_id(s, member_id), now or clock.now())

    def search(self, query: str, limit: int = 50) -> list[directory.MemberRow]:
        with self.factory() as s:
            return directory.search(s, query, limit=limit)

    def page(self, after_code: str | None = None, limit: int = 200) -> list[directory.MemberRow]:
        with self.factory() as s:
            return directory.page(s, after_code=after_code, limit=limit)

    def recent_sales(self, member_id: str, limit: int = 20) -> list[Sale]:
        with self.factory() as s:
            return list(
                s.execute(
                    select(Sale)
                    .where(Sale.member_id == member_id)
                    .order_by(desc(Sale.at))
                    .limit(limit)
                ).scalars()
            )

    def checkpoint(self) -> tuple[int, int] | None:
        """Fold the write-ahead log into the database file (``core.db.engine.checkpoint``)."""
        return checkpoint(self.factory)

    def ledger(self, member_id: str, limit: int = 100) -> list[PointEntry]:
        with self.factory() as s:
            return list(
                s.execute(
                    select(PointEntry)
                    .where(PointEntry.member_id == member_id)
                    .order_by(desc(PointEntry.created_at), desc(PointEntry.seq))
                    .limit(limit)
                ).scalars()
            )

    def sale(self, key: str) -> Sale:
        with self.factory() as s:
            found = (
                s.get(Sale, key)
                or s.execute(
                    select(Sale).where(Sale.receipt_no == key.strip().upper())
                ).scalar_one_or_none()
            )
            if found is None:
                raise SaleNotFound(sale_id=key)
            return found

    def usable_coupons(self, member_id: str, now: datetime | None = None) -> list[Coupon]:
        at = now or clock.now()
        with self.factory() as s:
            return list(
                s.execute(
                    select(Coupon).where(
                        Coupon.member_id == member_id,
                        Coupon.status == "issued",
                        Coupon.valid_from <= at,
                        Coupon.valid_until > at,
                    )
                ).scalars()
            )

    def rewards_here(self) -> list[tuple[Reward, int | None]]:
        """Active rewards with the stock this device's store can hand out (None = unlimited)."""
        from core.apply import device_identity

        with self.factory() as s:
            store = device_identity(s).store_code
            out: list[tuple[Reward, int | None]] = []
            for r in s.execute(select(Reward).where(Reward.active).order_by(Reward.sku)).scalars():
                if r.stock_mode == "unlimited":
                    out.append((r, None))
                elif r.stock_mode == "central":
                    out.append((r, r.central_stock))
                else:
                    row = s.get(StoreStock, (r.sku, store)) if store else None
                    out.append((r, row.quantity if row else 0))
            return out

    def preview_earn(
        self, member_id: str, lines: list[SaleLineInput], at: datetime | None = None
    ) -> EarnResult:
        """The points a sale of these lines would earn now (no discounts applied here)."""
        from core.handlers.common import member_by_id
        from core.handlers.sales import preview_earn

        when = at or clock.now()
        with self.factory() as s:
            return preview_earn(
                s,
                member_by_id(s, member_id),
                rules_at(s, when.date()),
                [SaleLine(category=li.category, amount_fen=li.amount_fen) for li in lines],
                when,
            )

    def offline_allowance(
        self, member_id: str, at: datetime | None = None
    ) -> offline.OfflineAllowance:
        """What the member may spend on this device before the next sync (core/offline.py)."""
        with self.factory() as s:
            return offline.allowance(s, member_id, at or clock.now())

    def max_points_for(
        self, gross_fen: int, member_id: str | None = None, at: datetime | None = None
    ) -> int:
        """The most points that may pay a bill of ``gross_fen``, after the tier discount."""
        from core.handlers.common import member_by_id
        from core.handlers.sales import tier_discount

        with self.factory() as s:
            net = gross_fen
            if member_id is not None:
                net -= tier_discount(s, member_by_id(s, member_id), gross_fen)
            return max_points_for_bill(rules_at(s, (at or clock.now()).date()), net)

    # --- changing -------------------------------------------------------------

    def enrol(
        self,
        name: str,
        phone: str,
        *,
        staff: str | None = None,
        at: datetime | None = None,
        **optional: Any,
    ) -> Applied:
        member_id = new_id()
        code = make_member_code()
        return execute(
            self.factory,
            p.EnrolMember(member_id=member_id, code=code, name=name, phone=phone, **optional),
            staff=staff,
            at=at,
        )

    def record_sale(
        self,
        lines: list[SaleLineInput],
        *,
        member_key: str | None = None,
        points_to_spend: int = 0,
        coupon_code: str | None = None,
        override: p.Override | None = None,
        staff: str | None = None,
        at: datetime | None = None,
    ) -> Applied:
        """Record a sale; spending points is bounded offline unless a manager's ``override``."""
        if not lines:
            raise InvalidInput(field="amount", problem="a sale needs an amount")
        when = at or clock.now()
        command_id = new_id()
        sale_id = derived_id(command_id, "sale")

        if override is not None:
            override.validate()

        def build(s: Session) -> p.RecordSale:
            member_id = coupon_id = None
            if member_key is not None:
                member = directory.find_by_key(s, member_key)
                member_id = member.id
                offline.check_spend(s, member, points_to_spend, when, override)
                if coupon_code is not None:
                    coupon = s.execute(
                        select(Coupon).where(
                            Coupon.code == coupon_code.strip().upper(),
                            Coupon.member_id == member_id,
                        )
                    ).scalar_one_or_none()
                    if coupon is None:
                        raise CouponNotFound(coupon=coupon_code)
                    coupon_id = coupon.id
            payload = p.RecordSale(
                sale_id=sale_id,
                receipt_no=receipt_number(sale_id, when),
                lines=[p.Line(amount_fen=li.amount_fen, category=li.category) for li in lines],
                member_id=member_id,
                coupon_id=coupon_id,
                points_to_spend=points_to_spend,
                rule_version=rules_at(s, when.date()).version,
                override=override,
            )
            payload.validate()
            return payload

        return execute(self.factory, build, staff=staff, at=when, command_id=command_id)

    def refund(
        self,
        sale_key: str,
        amount_fen: int | None = None,
        *,
        override: p.Override | None = None,
        bounded: bool = False,
        staff: str | None = None,
        at: datetime | None = None,
    ) -> Applied:
        """Refund a sale (all that is left, or ``amount_fen``). ``bounded`` (the POS): on a
        till with staff sign-in, more than ``settings["pos"]["refund_override_fen"]`` needs
        a manager's ``override``, which is recorded in the command."""
        if override is not None:
            override.validate()
        sale = self.sale(sale_key)
        command_id = new_id()
        payload = p.RefundSale(
            refund_id=derived_id(command_id, "refund"),
            sale_id=sale.id,
            amount_fen=amount_fen,
            override=override,
        )
        payload.validate()
        if bounded and override is None:
            with self.factory() as s:
                threshold = staff_signin.pos_policy(s).refund_override_fen
                required = self._signin_required(s)
            amount = amount_fen if amount_fen is not None else sale.net_fen - sale.refunded_fen
            if required and amount > threshold:
                raise staff_signin.RefundNeedsOverride(amount=amount, threshold=threshold)
        return execute(self.factory, payload, staff=staff, at=at, command_id=command_id)

    # --- staff at the till (core/staff_signin.py) -------------------------------------

    @staticmethod
    def _signin_required(s: Session) -> bool:
        return staff_signin.has_cache(s) or offline.is_enrolled(s)

    def signin_required(self) -> bool:
        """Whether the POS asks staff to sign in: a till enrolled for sync or holding a
        staff list. A standalone demo till has neither, and no staff to sign in."""
        with self.factory() as s:
            return self._signin_required(s)

    def staff_sign_in(
        self, username: str, pin: str, *, manager: bool = False, at: datetime | None = None
    ) -> staff_signin.StaffMember:
        """User + PIN checked offline against the till's staff list; ``manager``: someone
        who may allow an override."""
        return staff_signin.sign_in(self.factory, username, pin, at or clock.now(), manager=manager)

    def pos_policy(self) -> staff_signin.PosPolicy:
        with self.factory() as s:
            return staff_signin.pos_policy(s)

    def redeem(
        self,
        member_key: str,
        sku: str,
        qty: int = 1,
        *,
        override: p.Override | None = None,
        staff: str | None = None,
        at: datetime | None = None,
    ) -> Applied:
        """Redeem a reward; its points are bounded offline unless a manager's ``override``."""
        if override is not None:
            override.validate()
        when = at or clock.now()
        command_id = new_id()
        wanted = sku.strip().upper()

        def build(s: Session) -> p.RedeemReward:
            member = directory.find_by_key(s, member_key)
            payload = p.RedeemReward(
                redemption_id=derived_id(command_id, "redemption"),
                member_id=member.id,
                sku=wanted,
                qty=qty,
                override=override,
            )
            payload.validate()
            reward = s.get(Reward, wanted)
            if reward is not None:  # an unknown reward is the handler's to refuse
                points = reward.points_price * qty
                offline.check_spend(s, member, points, when, override)
            return payload

        return execute(self.factory, build, staff=staff, at=when, command_id=command_id)

    def cancel_redemption(
        self,
        redemption_id: str,
        reason: str,
        *,
        staff: str | None = None,
        at: datetime | None = None,
    ) -> Applied:
        return execute(
            self.factory,
            p.CancelRedemption(redemption_id=redemption_id, reason=reason),
            staff=staff,
            at=at,
        )

    def set_redemption_status(
        self,
        redemption_id: str,
        status: Literal["fulfilled", "shipped"],
        *,
        staff: str | None = None,
        at: datetime | None = None,
    ) -> Applied:
        """Move a points-mall order on: placed → fulfilled → shipped."""
        payload = p.SetRedemptionStatus(redemption_id=redemption_id, status=status)
        payload.validate()
        return execute(self.factory, payload, staff=staff, at=at)

    def adjust(
        self,
        member_key: str,
        points: int,
        reason: str,
        *,
        staff: str | None = None,
        at: datetime | None = None,
    ) -> Applied:
        with self.factory() as s:
            member_id = directory.find_by_key(s, member_key).id
        return execute(
            self.factory,
            p.AdjustPoints(member_id=member_id, points=points, reason=reason),
            staff=staff,
            at=at,
        )

    def freeze(
        self,
        member_key: str,
        frozen: bool,
        reason: str,
        *,
        staff: str | None = None,
        at: datetime | None = None,
    ) -> Applied:
        with self.factory() as s:
            member_id = directory.find_by_key(s, member_key).id
        return execute(
            self.factory,
            p.FreezePoints(member_id=member_id, frozen=frozen, reason=reason),
            staff=staff,
            at=at,
        )

    def issue_coupon(
        self,
        member_key: str,
        template_id: str,
        *,
        staff: str | None = None,
        at: datetime | None = None,
    ) -> Applied:
        from core.handlers.mall import coupon_code as code_for

        with self.factory() as s:
            member_id = directory.find_by_key(s, member_key).id
            if s.get(CouponTemplate, template_id) is None:
                raise InvalidInput(field="template", problem=f"no coupon template {template_id!r}")
        coupon_id = new_id()
        return execute(
            self.factory,
            p.IssueCoupon(
                coupon_id=coupon_id,
                code=code_for(coupon_id),
                member_id=member_id,
                template_id=template_id,
            ),
            staff=staff,
            at=at,
        )

    def merge_members(
        self,
        survivor_key: str,
        duplicate_key: str,
        reason: str,
        *,
        staff: str | None = None,
        at: datetime | None = None,
    ) -> Applied:
        """Fold the duplicate enrolment into the survivor (docs/merge.md)."""
        with self.factory() as s:
            survivor_id = directory.find_by_key(s, survivor_key).id
            duplicate_id = directory.find_by_key(s, duplicate_key).id
        return execute(
            self.factory,
            p.MergeMembers(survivor_id=survivor_id, duplicate_id=duplicate_id, reason=reason),
            staff=staff,
            at=at,
        )

    def _member_id(self, key: str) -> str:
        with self.factory() as s:
            return directory.find_by_key(s, key).id

    def edit_profile(
        self,
        member_key: str,
        base_version: int,
        *,
        staff: str | None = None,
        at: datetime | None = None,
        **changes: Any,
    ) -> Applied:
        return execute(
            self.factory,
            p.EditProfile(
                member_id=self._member_id(member_key), base_version=base_version, **changes
            ),
            staff=staff,
            at=at,
        )

    def set_status(
        self,
        member_key: str,
        status: str,
        reason: str,
        *,
        staff: str | None = None,
        at: datetime | None = None,
    ) -> Applied:
        payload = p.SetMemberStatus.from_dict(
            {"member_id": self._member_id(member_key), "status": status, "reason": reason}
        )
        return execute(self.factory, payload, staff=staff, at=at)

    def use_benefit(
        self,
        member_key: str,
        benefit_id: str,
        *,
        staff: str | None = None,
        at: datetime | None = None,
    ) -> Applied:
        return execute(
            self.factory,
            p.UseBenefit(member_id=self._member_id(member_key), benefit_id=benefit_id),
            staff=staff,
            at=at,
        )

    def evaluate_tier(
        self, member_key: str, *, period_end: bool = False, at: datetime | None = None
    ) -> Applied:
        return execute(
            self.factory,
            p.EvaluateTier(member_id=self._member_id(member_key), period_end=period_end),
            at=at,
        )

    def expire_due(self, member_id: str | None = None, *, at: datetime | None = None) -> Applied:
        return execute(self.factory, p.ExpirePoints(member_id=member_id), at=at)

    def redemptions(self, member_id: str) -> list[Redemption]:
        with self.factory() as s:
            return list(
                s.execute(
                    select(Redemption)
                    .where(Redemption.member_id == member_id)
                    .order_by(desc(Redemption.at))
                ).scalars()
            )
