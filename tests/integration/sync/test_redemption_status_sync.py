"""An order's fulfilment made on a device, offline, reaches the central API once; a step the
server refuses (the order was cancelled elsewhere meanwhile) becomes an attention item and
the device's copy of the order is put back to the server's. SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import func, select

from core.db.models import AttentionItem, CommandRow, Redemption, Reward
from core.services import DeviceServices
from sync.service import SyncService
from tests.integration.sync.conftest import Central, Device

STAFF = "S001-manager"


def _sync(services: DeviceServices) -> None:
    asyncio.run(SyncService(services.factory).run_cycle())


def _order(services: DeviceServices, redemption_id: str) -> tuple[str, str]:
    with services.factory() as s:
        red = s.get(Redemption, redemption_id)
        assert red is not None
        return red.status, red.fulfilment


def _server_order(central: Central, redemption_id: str) -> tuple[str, str]:
    with central.factory()() as s:
        red = s.get(Redemption, redemption_id)
        assert red is not None
        return red.status, red.fulfilment


def _central_reward(services: DeviceServices) -> str:
    with services.factory() as s:
        sku = s.execute(
            select(Reward.sku)
            .where(
                Reward.stock_mode == "central",
                Reward.active.is_(True),
                Reward.min_tier_rank == 0,
                Reward.per_member_limit.is_(None),
                Reward.central_stock > 10,
                Reward.valid_until.is_(None),
            )
            .order_by(Reward.points_price)
        ).scalar()
    assert sku is not None
    return str(sku)


def test_fulfilment_reaches_the_server_once_and_a_refused_step_is_undone(
    central: Central, tmp_path: Any
) -> None:
    till, other = Device(tmp_path / "till.db"), Device(tmp_path / "other.db")
    till.setup(central)
    other.setup(central)
    here = DeviceServices.open(str(till.path))
    there = DeviceServices.open(str(other.path))
    try:
        code = here.page(None, 1)[0].code
        here.adjust(code, 20_000, "points for the mall test", staff=STAFF)
        _sync(here)
        sku = _central_reward(here)
        kept = here.redeem(code, sku, staff=STAFF).result["redemption_id"]
        lost = here.redeem(code, sku, staff=STAFF).result["redemption_id"]
        _sync(here)
        _sync(there)

        # Elsewhere, the second order is cancelled and uploaded.
        there.cancel_redemption(lost, "the member asked at another counter", staff=STAFF)
        _sync(there)
        assert _server_order(central, lost) == ("cancelled", "placed")

        # Here, offline (no sync since): the first is fulfilled and shipped, the second
        # (still placed in this copy) fulfilled.
        here.set_redemption_status(kept, "fulfilled", staff=STAFF)
        here.set_redemption_status(kept, "shipped", staff=STAFF)
        here.set_redemption_status(lost, "fulfilled", staff=STAFF)
        assert _order(here, lost) == ("completed", "fulfilled")
        _sync(here)
        _sync(here)  # a second cycle changes nothing on the server

        assert _server_order(central, kept) == ("completed", "shipped")
        with central.factory()() as s:
            made = s.execute(
                select(func.count(), func.count(func.distinct(CommandRow.id)))
                .select_from(CommandRow)
                .where(CommandRow.kind == "set_redemption_status")
            ).one()
        assert tuple(made) == (3, 3)  # each step recorded once, the refused one too
        # The refused step: an attention item here, and the order as the server has it.
        with here.factory() as s:
            states = dict(
                s.execute(
                    select(CommandRow.payload["redemption_id"].as_string(), CommandRow.sync_state)
                    .where(CommandRow.kind == "set_redemption_status")
                    .order_by(CommandRow.seq)
                ).all()
            )
            items = s.execute(
                select(AttentionItem.detail).where(AttentionItem.kind == "rejected_command")
            ).scalars()
            errors = [d["error"]["code"] for d in items if d["command_kind"].endswith("status")]
        assert states[lost] == "rejected" and states[kept] == "acked"
        assert errors == ["redemption_cancelled"]
        assert _order(here, lost) == ("cancelled", "placed")
        assert _order(here, kept) == ("completed", "shipped")
    finally:
        for services in (here, there):
            services.factory.kw["bind"].dispose()
