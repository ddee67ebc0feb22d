"""Points-mall orders on a device database: the fulfilment command (placed → fulfilled →
shipped, never for a cancelled order), the order list's filters and pages, stock alerts,
and the reward form's checks."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from core import errors
from core.db.models import CommandRow, Redemption, Reward, StoreStock
from core.mall_orders import OrderFilter, list_orders, load_catalog, stock_alerts
from core.reward_form import parse_reward
from core.services import DeviceServices
from tests.conftest import T0
from tests.integration.test_handlers import counts, refused, sound

DAY = timedelta(days=1)


@pytest.fixture
def svc(services: Any) -> DeviceServices:
    assert isinstance(services, DeviceServices)
    return services


@pytest.fixture
def member(svc: DeviceServices) -> str:
    code = str(svc.enrol("李四", "13812345679", at=T0 - 30 * DAY).result["code"])
    svc.adjust(code, 100_000, "points for the mall test", at=T0)
    return code


def store_reward(svc: DeviceServices) -> tuple[str, int]:
    with svc.factory() as s:
        reward = (
            s.execute(
                select(Reward).where(
                    Reward.stock_mode == "store",
                    Reward.per_member_limit.is_(None),
                    Reward.active.is_(True),
                    Reward.min_tier_rank == 0,
                )
            )
            .scalars()
            .first()
        )
        assert reward is not None
        return reward.sku, reward.points_price


def fulfilment(svc: DeviceServices, redemption_id: str) -> str:
    with svc.factory() as s:
        red = s.get(Redemption, redemption_id)
        assert red is not None
        return red.fulfilment


def test_an_order_is_fulfilled_then_shipped_through_the_outbox(
    svc: DeviceServices, member: str
) -> None:
    sku, _price = store_reward(svc)
    rid = svc.redeem(member, sku, at=T0 + DAY).result["redemption_id"]
    assert fulfilment(svc, rid) == "placed"
    [placed] = list_orders(svc.factory, OrderFilter(member_code=member))
    assert (placed.id, placed.state, placed.sku) == (rid, "placed", sku)

    # Shipping before fulfilling is refused, and writes nothing.
    err = refused(svc, errors.InvalidInput, svc.set_redemption_status, rid, "shipped", at=T0 + DAY)
    assert err.params == {"field": "status", "problem": "a placed order cannot become shipped"}

    applied = svc.set_redemption_status(rid, "fulfilled", staff="backoffice", at=T0 + DAY)
    assert applied.result == {"redemption_id": rid, "status": "fulfilled", "previous": "placed"}
    refused(svc, errors.InvalidInput, svc.set_redemption_status, rid, "fulfilled", at=T0 + DAY)
    svc.set_redemption_status(rid, "shipped", staff="backoffice", at=T0 + 2 * DAY)
    assert fulfilment(svc, rid) == "shipped"
    assert list_orders(svc.factory, OrderFilter(state="shipped"))[0].id == rid
    # A shipped order's goods have left: it is not cancelled (points and stock stay taken).
    refused(svc, errors.InvalidInput, svc.cancel_redemption, rid, "too late", at=T0 + 3 * DAY)

    # Both changes wait in the outbox, in order, for the sync to carry them once.
    with svc.factory() as s:
        queued = s.execute(
            select(CommandRow.kind, CommandRow.payload, CommandRow.staff)
            .where(CommandRow.kind == "set_redemption_status")
            .order_by(CommandRow.seq)
        ).all()
    assert [(k, p["status"], st) for k, p, st in queued] == [
        ("set_redemption_status", "fulfilled", "backoffice"),
        ("set_redemption_status", "shipped", "backoffice"),
    ]
    assert all(p["redemption_id"] == rid for _k, p, _st in queued)
    sound(svc)


def test_a_cancelled_order_cannot_move_on_and_bad_statuses_are_refused(
    svc: DeviceServices, member: str
) -> None:
    sku, price = store_reward(svc)
    with svc.factory() as s:
        stock = s.get(StoreStock, (sku, "S001")).quantity  # type: ignore[union-attr]
    rid = svc.redeem(member, sku, at=T0 + DAY).result["redemption_id"]
    svc.set_redemption_status(rid, "fulfilled", at=T0 + DAY)
    # A fulfilled (not shipped) order may still be cancelled: points and stock come back.
    svc.cancel_redemption(rid, "never collected", at=T0 + DAY)
    with svc.factory() as s:
        assert s.get(StoreStock, (sku, "S001")).quantity == stock  # type: ignore[union-attr]
    assert svc.find(member).points.balance == 100_000
    refused(
        svc,
        errors.RedemptionAlreadyCancelled,
        svc.set_redemption_status,
        rid,
        "shipped",
        at=T0 + 2 * DAY,
    )
    [row] = list_orders(svc.factory, OrderFilter(state="cancelled"))
    assert (row.id, row.state, row.points) == (rid, "cancelled", price)
    assert list_orders(svc.factory, OrderFilter(state="fulfilled")) == []

    before = counts(svc)
    with pytest.raises(errors.InvalidInput):
        svc.set_redemption_status(rid, "lost", at=T0)  # type: ignore[arg-type]
    with pytest.raises(errors.RedemptionNotFound):
        svc.set_redemption_status("no-such-order", "fulfilled", at=T0)
    assert counts(svc) == before


def test_the_order_list_pages_newest_first_and_filters(svc: DeviceServices, member: str) -> None:
    sku, _price = store_reward(svc)
    made = [
        svc.redeem(member, sku, at=T0 + i * DAY + timedelta(hours=1)).result["redemption_id"]
        for i in range(5)
    ]
    everyone = list_orders(svc.factory, OrderFilter(member_code=member))
    assert [o.id for o in everyone] == made[::-1]
    first = list_orders(svc.factory, OrderFilter(member_code=member), limit=2)
    rest = list_orders(svc.factory, OrderFilter(member_code=member), after=first[-1].key)
    assert [o.id for o in first + rest] == made[::-1]

    days = OrderFilter(since=(T0 + DAY).date(), until=(T0 + 2 * DAY).date())
    assert {o.id for o in list_orders(svc.factory, days)} == set(made[1:3])
    assert {o.store_code for o in list_orders(svc.factory, OrderFilter(store="S001"))} == {"S001"}
    assert list_orders(svc.factory, OrderFilter(store="S999")) == []
    with pytest.raises(errors.InvalidMemberCode):
        list_orders(svc.factory, OrderFilter(member_code="not a code"))


def test_stock_alerts_name_low_central_and_store_stock(svc: DeviceServices) -> None:
    with svc.factory() as s, s.begin():
        central = s.execute(
            select(Reward.sku).where(Reward.stock_mode == "central", Reward.active.is_(True))
        ).scalar()
        store = s.execute(
            select(StoreStock.sku)
            .join(Reward, Reward.sku == StoreStock.sku)
            .where(StoreStock.store_code == "S001", Reward.active.is_(True))
        ).scalar()
        assert central is not None and store is not None
        s.execute(update(Reward).values(central_stock=1000).where(Reward.stock_mode == "central"))
        s.execute(update(StoreStock).values(quantity=1000))
        s.execute(update(Reward).values(central_stock=5).where(Reward.sku == central))
        s.execute(
            update(StoreStock)
            .values(quantity=2)
            .where(StoreStock.sku == store, StoreStock.store_code == "S001")
        )
    alerts = stock_alerts(svc.factory)
    assert [(a.sku, a.where, a.quantity) for a in alerts] == [
        (store, "S001", 2),
        (central, "central", 5),
    ]
    assert [(a.sku, a.where) for a in stock_alerts(svc.factory, threshold=4)] == [(store, "S001")]
    row = load_catalog(svc.factory).reward(store)
    assert row is not None and row.store_stock["S001"] == 2


FORM = {
    "sku": "RW-TEST-1",
    "name": "帆布袋",
    "kind": "physical",
    "category": "家居",
    "points_price": "1,200",
    "cash_yuan": "12.50",
    "stock_mode": "central",
    "central_stock": "30",
    "per_member_limit": "",
    "valid_from": "2026-12-01",
    "valid_until": "",
    "coupon_template_id": "",
}


def test_the_reward_form_keeps_money_in_fen_and_names_every_bad_field() -> None:
    draft, problems = parse_reward(FORM, active=True, min_tier_rank=2)
    assert problems == {} and draft is not None
    assert (draft.points_price, draft.cash_price_fen, draft.central_stock) == (1200, 1250, 30)
    assert draft.per_member_limit is None and draft.min_tier_rank == 2
    assert json.loads(json.dumps(draft.to_json()))["valid_from"] == "2026-12-01"

    bad = {
        **FORM,
        "sku": "has space",
        "points_price": "12.5",
        "cash_yuan": "12.505",
        "per_member_limit": "0",
        "valid_until": "2026-11-30",
        "central_stock": "-3",
    }
    draft, problems = parse_reward(bad, active=True, min_tier_rank=0)
    assert draft is None
    assert problems == {
        "sku": "bad_sku",
        "points_price": "not_whole_number",
        "cash_yuan": "not_amount",
        "per_member_limit": "too_small",
        "valid_until": "before_from",
        "central_stock": "not_whole_number",
    }
    _d, problems = parse_reward({**FORM, "stock_mode": "store"}, active=True, min_tier_rank=0)
    assert problems == {"central_stock": "not_central"}
    _d, problems = parse_reward({**FORM, "kind": "coupon"}, active=True, min_tier_rank=0)
    assert problems == {"coupon_template_id": "required"}


def test_edits_send_only_changed_fields() -> None:
    draft, _ = parse_reward(FORM, active=False, min_tier_rank=0)
    assert draft is not None
    before: dict[str, Any] = {**draft.to_json(), "active": True, "points_price": 1000}
    before["valid_from"] = datetime(2026, 12, 1).date()
    assert draft.changes_from(before) == {"points_price": 1200, "active": False}
