"""The points mall: redeeming rewards (points, stock and quota together) and cancelling."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from core import ledger
from core.catalog import rules_at, tier_by_code
from core.commands.base import Context, handles
from core.commands.payloads import (
    FULFILMENT_STEPS,
    CancelRedemption,
    RedeemReward,
    SetRedemptionStatus,
)
from core.db.models import Coupon, CouponTemplate, PointEntry, Redemption, Reward, StoreStock
from core.errors import (
    InvalidInput,
    OutOfStock,
    ReasonRequired,
    RedemptionAlreadyCancelled,
    RedemptionLimit,
    RedemptionNotFound,
    RewardNotFound,
    RewardUnavailable,
)
from core.handlers.common import active_account, member_by_id, raise_attention


def coupon_code(coupon_id: str) -> str:
    return "C" + coupon_id.replace("-", "")[:12].upper()


def redeemed_count(ctx: Context, member_id: str, sku: str) -> int:
    used = ctx.session.execute(
        select(func.coalesce(func.sum(Redemption.qty), 0)).where(
            Redemption.member_id == member_id,
            Redemption.sku == sku,
            Redemption.status == "completed",
        )
    ).scalar_one()
    return int(used)


def _take_stock(ctx: Context, reward: Reward, qty: int, member_id: str) -> str:
    """Take ``qty`` from the stock this redemption draws on; returns where it came from."""
    if reward.stock_mode == "unlimited":
        return "unlimited"
    if reward.stock_mode == "store":
        store = ctx.env.store_code
        row = (
            ctx.session.execute(
                select(StoreStock)
                .where(StoreStock.sku == reward.sku, StoreStock.store_code == store)
                .with_for_update()
            ).scalar_one_or_none()
            if store
            else None
        )
        have = row.quantity if row else 0
        if have < qty and not ctx.facts:
            raise OutOfStock(sku=reward.sku, available=have, requested=qty, where=store or "-")
        if row is None:
            row = StoreStock(sku=reward.sku, store_code=store, quantity=0)
            ctx.session.add(row)
        row.quantity -= qty
        if row.quantity < 0:
            raise_attention(ctx, "stock_overdraft", member_id, sku=reward.sku, store=store)
        return f"store:{store}"
    if reward.central_stock < qty and not ctx.facts:
        raise OutOfStock(
            sku=reward.sku, available=reward.central_stock, requested=qty, where="central"
        )
    reward.central_stock -= qty
    if reward.central_stock < 0:
        raise_attention(ctx, "stock_overdraft", member_id, sku=reward.sku, store=None)
    return "central"


def _locked_reward(ctx: Context, sku: str) -> Reward:
    reward = ctx.session.execute(
        select(Reward).where(Reward.sku == sku).with_for_update()
    ).scalar_one_or_none()
    if reward is None:
        raise RewardNotFound(sku=sku)
    return reward


@handles(RedeemReward)
def redeem(ctx: Context, cmd: RedeemReward) -> dict[str, Any]:
    if ctx.session.get(Redemption, cmd.redemption_id) is not None:
        raise InvalidInput(field="redemption_id", problem="already recorded")
    member = member_by_id(ctx.session, cmd.member_id)
    active_account(ctx, member)
    reward = _locked_reward(ctx, cmd.sku)
    today = ctx.at.date()
    if not reward.active:
        raise RewardUnavailable(sku=reward.sku, reason="inactive")
    if reward.valid_from is not None and today < reward.valid_from:
        raise RewardUnavailable(sku=reward.sku, reason="not_yet_valid")
    if reward.valid_until is not None and today > reward.valid_until:
        raise RewardUnavailable(sku=reward.sku, reason="expired")
    if tier_by_code(ctx.session, member.tier_code).rank < reward.min_tier_rank:
        raise RewardUnavailable(sku=reward.sku, reason="tier")
    if reward.per_member_limit is not None:
        used = redeemed_count(ctx, member.id, reward.sku)
        if used + cmd.qty > reward.per_member_limit:
            raise RedemptionLimit(
                code=member.code,
                sku=reward.sku,
                limit=reward.per_member_limit,
                used=used,
                requested=cmd.qty,
            )
    ledger.expire_due(ctx, member.id)
    points = reward.points_price * cmd.qty
    if points > 0:
        spent = ledger.debit(
            ctx,
            member.id,
            points,
            kind="redeem",
            member_code=member.code,
            allow_debt=ctx.facts,
            redemption_id=cmd.redemption_id,
        )
        if spent.debt_delta:
            raise_attention(
                ctx,
                "points_overdraft",
                member.id,
                redemption_id=cmd.redemption_id,
                debt=spent.debt_delta,
            )
    source = _take_stock(ctx, reward, cmd.qty, member.id)
    coupons: list[str] = []
    if reward.kind == "coupon" and reward.coupon_template_id:
        template = ctx.session.get(CouponTemplate, reward.coupon_template_id)
        assert template is not None
        for _ in range(cmd.qty):
            cid = ctx.next_id("coupon")
            ctx.session.add(
                Coupon(
                    id=cid,
                    code=coupon_code(cid),
                    template_id=template.id,
                    member_id=member.id,
                    issued_at=ctx.at,
                    valid_from=ctx.at,
                    valid_until=ctx.at + timedelta(days=template.valid_days),
                    status="issued",
                    source=f"redemption:{cmd.redemption_id}",
                    command_id=ctx.env.id,
                )
            )
            coupons.append(coupon_code(cid))
    ctx.session.add(
        Redemption(
            id=cmd.redemption_id,
            member_id=member.id,
            sku=reward.sku,
            qty=cmd.qty,
            points=points,
            cash_fen=reward.cash_price_fen * cmd.qty,
            store_code=ctx.env.store_code,
            stock_source=source,
            status="completed",
            at=ctx.at,
            coupon_id=None,
            command_id=ctx.env.id,
        )
    )
    return {
        "redemption_id": cmd.redemption_id,
        "member_code": member.code,
        "sku": reward.sku,
        "name": reward.name,
        "qty": cmd.qty,
        "points": points,
        "cash_fen": reward.cash_price_fen * cmd.qty,
        "stock_source": source,
        "coupons": coupons,
    }


@handles(CancelRedemption)
def cancel(ctx: Context, cmd: CancelRedemption) -> dict[str, Any]:
    if not cmd.reason.strip():
        raise ReasonRequired(action="cancelling a redemption")
    red = ctx.session.get(Redemption, cmd.redemption_id)
    if red is None:
        raise RedemptionNotFound(redemption_id=cmd.redemption_id)
    if red.status == "cancelled":
        raise RedemptionAlreadyCancelled(redemption_id=red.id)
    if red.fulfilment == "shipped":
        # The goods have left: their stock is not on a shelf to return to.
        raise InvalidInput(field="redemption_id", problem="already shipped: cannot be cancelled")
    coupons = list(
        ctx.session.execute(select(Coupon).where(Coupon.source == f"redemption:{red.id}")).scalars()
    )
    if any(c.status == "used" for c in coupons):
        raise RewardUnavailable(sku=red.sku, reason="coupon_used")
    for c in coupons:
        c.status = "void"
    reward = _locked_reward(ctx, red.sku)
    if red.stock_source == "central":
        reward.central_stock += red.qty
    elif red.stock_source.startswith("store:"):
        row = ctx.session.get(StoreStock, (red.sku, red.stock_source.removeprefix("store:")))
        if row is not None:
            row.quantity += red.qty
    if red.points > 0:
        spend = ctx.session.execute(
            select(PointEntry).where(
                PointEntry.redemption_id == red.id, PointEntry.kind == "redeem"
            )
        ).scalar_one()
        ledger.return_spend(
            ctx,
            spend,
            red.points,
            kind="redeem_return",
            expires_at=rules_at(ctx.session, ctx.at.date()).expiry.expires_at(ctx.at),
            redemption_id=red.id,
        )
        ledger.expire_due(ctx, red.member_id)
    red.status = "cancelled"
    red.cancelled_at = ctx.at
    return {"redemption_id": red.id, "points_returned": red.points, "qty_returned": red.qty}


@handles(SetRedemptionStatus)
def set_status(ctx: Context, cmd: SetRedemptionStatus) -> dict[str, Any]:
    """An order moves one step on (placed → fulfilled → shipped); a cancelled one never."""
    red = ctx.session.execute(
        select(Redemption).where(Redemption.id == cmd.redemption_id).with_for_update()
    ).scalar_one_or_none()
    if red is None:
        raise RedemptionNotFound(redemption_id=cmd.redemption_id)
    if red.status == "cancelled":
        raise RedemptionAlreadyCancelled(redemption_id=red.id)
    if red.fulfilment == cmd.status:
        raise InvalidInput(field="status", problem=f"already {cmd.status}")
    needed = FULFILMENT_STEPS[cmd.status]
    if red.fulfilment != needed:
        raise InvalidInput(
            field="status", problem=f"a {red.fulfilment} order cannot become {cmd.status}"
        )
    previous = red.fulfilment
    red.fulfilment = cmd.status
    return {"redemption_id": red.id, "status": cmd.status, "previous": previous}
