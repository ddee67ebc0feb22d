"""A points-mall order's fulfilment pushed to the server (SQLite and PostgreSQL): applied
once, replayed as a duplicate, refused out of order or for a cancelled order, refused to a
clerk, and sent back to devices through the change feed."""

from __future__ import annotations

from typing import Any

from core.db.models import AttentionItem, Redemption
from tests.integration.server.conftest import enrol_device
from tests.integration.server.test_sync_api import _pull_all
from tests.integration.server.wire import Till, members_of_store


def _push(client: Any, headers: dict[str, str], *batch: dict[str, Any]) -> list[dict[str, Any]]:
    r = client.post("/v1/sync/push", json={"commands": list(batch)}, headers=headers)
    assert r.status_code == 200, r.text
    results: list[dict[str, Any]] = r.json()["results"]
    return results


def _status(till: Till, redemption_id: str, status: str) -> dict[str, Any]:
    return till.command("set_redemption_status", {"redemption_id": redemption_id, "status": status})


def test_fulfil_and_ship_apply_once_and_come_back_through_the_feed(
    client: Any, factory: Any
) -> None:
    _device, headers = enrol_device(client, "S001", kind="backoffice")
    member, _ = members_of_store(factory, "S001", min_balance=1_000)[0]
    till = Till(staff="backoffice")
    redeem = till.redeem(member, "RW0004")
    allocate = client.put(
        "/v1/rewards/RW0004/stock/S001",
        json={"quantity": 3},
        headers=_login(client, "backoffice"),
    )
    assert allocate.status_code == 200, allocate.text
    rid = redeem["payload"]["redemption_id"]
    early = _status(till, rid, "shipped")  # not fulfilled yet: refused
    fulfil = _status(till, rid, "fulfilled")
    ship = _status(till, rid, "shipped")
    results = _push(client, headers, redeem, early, fulfil, ship)
    assert [r["status"] for r in results] == ["applied", "rejected", "applied", "applied"]
    assert results[1]["error"]["code"] == "invalid_input"
    assert results[3]["result"] == {
        "redemption_id": rid,
        "status": "shipped",
        "previous": "fulfilled",
    }
    with factory() as s:
        red = s.get(Redemption, rid)
        assert red is not None and (red.status, red.fulfilment) == ("completed", "shipped")
        # The refused step is an attention item, named by its command.
        assert s.get(AttentionItem, _attention_id(early["id"])) is not None

    again = _push(client, headers, fulfil, ship)
    assert [r["status"] for r in again] == ["duplicate", "duplicate"]
    assert again[1]["result"] == results[3]["result"]

    _device2, other = enrol_device(client, "S001")
    rows, _cursor, _pages, _deleted = _pull_all(client, other)
    pulled = [r for r in rows["redemptions"].values() if r["id"] == rid]
    assert pulled and pulled[0]["fulfilment"] == "shipped"


def test_a_cancelled_order_is_not_shipped_and_a_clerk_may_not_move_orders(
    client: Any, factory: Any
) -> None:
    _device, headers = enrol_device(client, "S001")
    member, _ = members_of_store(factory, "S001", min_balance=1_000)[0]
    client.put(
        "/v1/rewards/RW0004/stock/S001",
        json={"quantity": 3},
        headers=_login(client, "backoffice"),
    )
    manager = Till(staff="S001-manager")
    redeem = manager.redeem(member, "RW0004")
    rid = redeem["payload"]["redemption_id"]
    clerk_move = _status(manager, rid, "fulfilled")
    clerk_move["staff"] = "S001-clerk"
    cancel = manager.command("cancel_redemption", {"redemption_id": rid, "reason": "test"})
    too_late = _status(manager, rid, "fulfilled")
    results = _push(client, headers, redeem, clerk_move, cancel, too_late)
    assert [r["status"] for r in results] == ["applied", "rejected", "applied", "rejected"]
    assert results[1]["error"]["code"] == "forbidden"
    assert results[3]["error"]["code"] == "redemption_cancelled"
    with factory() as s:
        red = s.get(Redemption, rid)
        assert red is not None and (red.status, red.fulfilment) == ("cancelled", "placed")


def _login(client: Any, user: str) -> dict[str, str]:
    from tests.integration.server.conftest import login

    return login(client, user)


def _attention_id(command_id: str) -> str:
    from core.ids import derived_id

    return derived_id(command_id, "attention/rejected")
