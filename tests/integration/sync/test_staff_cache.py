"""The till's staff sign-in cache against a real central API process (sync/staff.py).

Set-up fetches it (its first sync cycle); each cycle asks again with If-None-Match;
a PIN reset on the server reaches the till at the next cycle, and the till then
signs the clerk in with it with the server stopped.
"""

from __future__ import annotations

import json

import httpx
import pytest

from core.db.engine import open_device_db
from core.staff_signin import SignInFailed, sign_in
from tests.conftest import T0
from tests.integration.sync.conftest import Central, Device


def test_setup_fetches_the_cache_and_a_cycle_brings_a_new_pin(
    central: Central, device: Device
) -> None:
    device.setup(central)
    cache = device.setting("staff_cache")
    assert cache is not None, "device setup fetches the sign-in cache"
    assert {s["username"] for s in cache["staff"]} == {"S001-clerk", "S001-manager", "R01-manager"}
    unchanged = json.loads(device.sync().stdout)
    assert unchanged["staff"] == "unchanged"

    with central.http() as h:
        token = h.post(
            "/v1/auth/token", data={"username": "S001-manager", "password": "demo-pass-1"}
        ).json()["access_token"]
        r = h.put(
            "/v1/staff/S001-clerk/pin",
            json={"pin": "8642"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert r.status_code == 200, r.text
    assert json.loads(device.sync().stdout)["staff"] == "updated"
    assert device.setting("staff_cache")["version"] != cache["version"]

    central.stop()  # offline from here on
    with httpx.Client() as h, pytest.raises(httpx.TransportError):
        h.get(central.url + "/v1/health", timeout=1)
    factory = open_device_db(device.path)
    try:
        assert sign_in(factory, "S001-clerk", "8642", T0).username == "S001-clerk"
        with pytest.raises(SignInFailed):  # the old PIN no longer works
            sign_in(factory, "S001-clerk", "1357", T0)
    finally:
        factory.kw["bind"].dispose()


def test_offline_signed_in_sale_and_overridden_refund_are_accepted_by_the_server(
    central: Central, device: Device
) -> None:
    from sqlalchemy import select

    from core.commands.payloads import Override
    from core.db.models import CommandRow
    from core.services import DeviceServices, SaleLineInput
    from core.staff_signin import RefundNeedsOverride

    device.setup(central)
    code = device.query("SELECT code FROM members WHERE status = 'active' ORDER BY code LIMIT 1")[
        0
    ][0]
    central.stop()  # the till works on: sign-in, sale, refund with a manager's PIN
    services = DeviceServices.open(str(device.path))
    try:
        clerk = services.staff_sign_in("S001-clerk", "1357")
        sale = services.record_sale(
            [SaleLineInput(80_000)], member_key=code, staff=clerk.username
        ).result
        with pytest.raises(RefundNeedsOverride):
            services.refund(sale["sale_id"], bounded=True, staff=clerk.username)
        manager = services.staff_sign_in("R01-manager", "3579", manager=True)
        services.refund(
            sale["sale_id"],
            bounded=True,
            staff=clerk.username,
            override=Override(staff=manager.username, reason="wrong size, unworn"),
        )
    finally:
        services.factory.kw["bind"].dispose()

    central.start()
    assert '"applied": 2' in device.sync().stdout
    with central.factory()() as s:
        rows = s.execute(
            select(CommandRow.kind, CommandRow.staff, CommandRow.payload).order_by(CommandRow.seq)
        ).all()
    mine = [(k, staff, p.get("override")) for k, staff, p in rows if staff == "S001-clerk"]
    assert mine == [
        ("record_sale", "S001-clerk", None),
        ("refund_sale", "S001-clerk", {"staff": "R01-manager", "reason": "wrong size, unworn"}),
    ]
