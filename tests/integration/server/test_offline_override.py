"""A manager's offline override travels with the command: the server accepts and keeps it."""

from __future__ import annotations

from typing import Any

from core.db.models import CommandRow
from tests.integration.server.conftest import enrol_device
from tests.integration.server.wire import Till, members_of_store

OVERRIDE = {"staff": "S001-manager", "reason": "network down since Monday"}


def test_override_is_accepted_and_stored_and_a_bad_one_refused(client: Any, factory: Any) -> None:
    _device, headers = enrol_device(client, "S001")
    member, _balance = members_of_store(factory, "S001", min_balance=400)[0]
    till = Till()
    sale = till.sale(member, 20_000, 100)
    sale["payload"]["override"] = OVERRIDE
    redeem = till.redeem(member, "RW0002")
    redeem["payload"]["override"] = OVERRIDE
    plain = till.sale(member, 5_000)
    bad = till.sale(member, 5_000, 10)
    bad["payload"]["override"] = {"staff": "S001-manager", "reason": " "}
    r = client.post("/v1/sync/push", json={"commands": [sale, redeem, plain, bad]}, headers=headers)
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert [x["status"] for x in results] == ["applied", "applied", "applied", "rejected"], [
        x.get("error") for x in results
    ]
    assert results[3]["error"]["code"] == "reason_required"
    with factory() as s:
        assert s.get(CommandRow, sale["id"]).payload["override"] == OVERRIDE
        assert s.get(CommandRow, redeem["id"]).payload["override"] == OVERRIDE
        assert "override" not in s.get(CommandRow, plain["id"]).payload
