"""A reward's picture reaches a till with the catalog: in the first snapshot, then through
the change feed when it is replaced and when it is removed; the till reads it back for its
screens (``core.reward_images``) and redeems that reward as before. SQLite and PostgreSQL
(whose snapshot pages are encoded as JSON by the database itself)."""

from __future__ import annotations

import asyncio
import base64

import httpx
from sqlalchemy import select

from core.db.models import Reward
from core.reward_form import check_image, image_digest
from core.reward_images import load_pictures
from core.services import DeviceServices
from sync import mall_admin
from sync.admin_client import AdminClient
from sync.errors import Refused
from sync.service import SyncService
from tests.integration.sync.conftest import Central, Device
from tests.pictures import jpeg_header, png

STAFF = "S001-manager"


def _sync(services: DeviceServices) -> None:
    asyncio.run(SyncService(services.factory).run_cycle())


def _token(central: Central, user: str = "backoffice") -> str:
    with httpx.Client(base_url=central.url, timeout=30) as h:
        r = h.post("/v1/auth/token", data={"username": user, "password": "demo-pass-1"})
        assert r.status_code == 200, r.text
        return str(r.json()["access_token"])


async def _set(central: Central, sku: str, data: bytes | None) -> dict[str, object]:
    async with AdminClient(central.url, _token(central)) as client:
        if data is None:
            return await mall_admin.remove_image(client, sku)
        return await mall_admin.set_image(client, sku, check_image(data))


def _unlimited_reward(services: DeviceServices) -> str:
    with services.factory() as s:
        sku = s.execute(
            select(Reward.sku)
            .where(
                Reward.active.is_(True),
                Reward.min_tier_rank == 0,
                Reward.stock_mode != "store",
                Reward.valid_until.is_(None),
                Reward.kind != "coupon",
            )
            .order_by(Reward.points_price)
        ).scalar()
    assert sku is not None
    return str(sku)


def test_a_picture_reaches_the_till_and_follows_its_changes(
    central: Central, device: Device
) -> None:
    first, second = png(96, 64, (230, 0, 18)), jpeg_header(128, 128)
    reply = asyncio.run(_set(central, "RW0001", first))
    assert reply["image_hash"] == image_digest(first)
    device.setup(central)  # the snapshot carries it
    services = DeviceServices.open(str(device.path))
    try:
        pictures = load_pictures(services.factory, {})
        assert pictures.hashes == {"RW0001": image_digest(first)}
        assert pictures.data == {"RW0001": first}
        # What the caller holds already is not read again.
        assert load_pictures(services.factory, pictures.hashes).data == {}

        # Replaced on the server for another reward too: the feed brings both.
        asyncio.run(_set(central, "RW0001", second))
        asyncio.run(_set(central, "RW0002", first))
        _sync(services)
        again = load_pictures(services.factory, pictures.hashes)
        assert again.hashes == {"RW0001": image_digest(second), "RW0002": image_digest(first)}
        assert again.data == {"RW0001": second, "RW0002": first}
        stored = device.query("SELECT image_type, image_data FROM rewards WHERE sku = 'RW0001'")
        assert stored == [("image/jpeg", base64.b64encode(second).decode())]

        # A reward with a picture is redeemed as before (the picture is never loaded there).
        sku = _unlimited_reward(services)
        asyncio.run(_set(central, sku, first))
        _sync(services)
        code = services.page(None, 1)[0].code
        services.adjust(code, 50_000, "points for the picture test", staff=STAFF)
        _sync(services)
        assert services.redeem(code, sku, staff=STAFF).result["redemption_id"]

        # Removed: the feed carries the nulls.
        asyncio.run(_set(central, "RW0001", None))
        _sync(services)
        assert "RW0001" not in load_pictures(services.factory, {}).hashes
        assert device.query(
            "SELECT image_type, image_hash, image_data FROM rewards WHERE sku = 'RW0001'"
        ) == [(None, None, None)]
    finally:
        services.factory.kw["bind"].dispose()


def test_the_client_names_a_refusal(central: Central) -> None:
    async def clerk_tries() -> None:
        async with AdminClient(central.url, _token(central, "S001-clerk")) as client:
            await mall_admin.set_image(client, "RW0001", check_image(png(4, 4)))

    try:
        asyncio.run(clerk_tries())
    except Refused as err:
        assert err.params.get("status") == 403
    else:
        raise AssertionError("a clerk set a picture")
