"""The needs-attention list over HTTP: scoped by store and region, resolved, sent to devices."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from server.models import AuditEntry
from tests.integration.server.conftest import enrol_device, login
from tests.integration.server.wire import Till, members_of_store


def _push(client: Any, headers: dict[str, str], commands: list[dict[str, Any]]) -> list[str]:
    r = client.post("/v1/sync/push", json={"commands": commands}, headers=headers)
    assert r.status_code == 200, r.text
    return [x["status"] for x in r.json()["results"]]


def _ids(client: Any, user: str, **params: Any) -> list[str]:
    r = client.get("/v1/attention", params=params, headers=login(client, user))
    assert r.status_code == 200, r.text
    return [item["command_id"] for item in r.json()["items"]]


def _rejected(client: Any) -> tuple[dict[str, Any], dict[str, Any], dict[str, str]]:
    """Two rejected S001 pushes: one for an S001 member, one for an S004 member."""
    _device, headers = enrol_device(client, "S001")
    till = Till()
    own, _ = members_of_store(client.app.state.factory, "S001")[0]
    far, _ = members_of_store(client.app.state.factory, "S004")[0]
    # A clerk may not adjust points; an S001 till may not touch an R02 member.
    forbidden = till.command("adjust_points", {"member_id": own, "points": 500, "reason": "gift"})
    outside = till.sale(far, 10_000)
    assert _push(client, headers, [forbidden, outside]) == ["rejected", "rejected"]
    return forbidden, outside, headers


def test_items_are_scoped_by_store_and_region(client: Any) -> None:
    forbidden, outside, _headers = _rejected(client)
    both = {forbidden["id"], outside["id"]}
    assert set(_ids(client, "S001-manager")) == both
    assert set(_ids(client, "R01-manager")) == both
    assert set(_ids(client, "backoffice")) >= both
    # The S004 member's home store sees the item about them, not the other one.
    assert _ids(client, "S004-manager") == [outside["id"]]
    assert _ids(client, "R02-manager") == [outside["id"]]
    assert _ids(client, "S002-manager") == []

    r = client.get("/v1/attention", headers=login(client, "S001-manager"))
    item = next(i for i in r.json()["items"] if i["command_id"] == forbidden["id"])
    assert item["kind"] == "rejected_command"
    assert item["command_kind"] == "adjust_points"
    assert item["store_code"] == "S001"
    assert item["member_code"] and item["detail"]["error"]["code"] == "forbidden"
    assert item["resolved_at"] is None

    clerk = client.get("/v1/attention", headers=login(client, "S001-clerk"))
    assert clerk.status_code == 403
    assert clerk.json()["error"]["code"] == "forbidden"


def test_resolve_closes_the_item_and_devices_receive_it(client: Any, factory: Any) -> None:
    forbidden, _outside, headers = _rejected(client)
    cursor = None
    while True:  # the till's snapshot, so the next pull is the feed
        params = {"limit": 1000, **({"cursor": cursor} if cursor else {})}
        page = client.get("/v1/sync/pull", params=params, headers=headers).json()
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    item_id = next(
        i["id"]
        for i in client.get("/v1/attention", headers=login(client, "S001-manager")).json()["items"]
        if i["command_id"] == forbidden["id"]
    )

    elsewhere = client.post(
        f"/v1/attention/{item_id}/resolve",
        json={"resolution": "not mine"},
        headers=login(client, "S004-manager"),
    )
    assert elsewhere.status_code == 404
    blank = client.post(
        f"/v1/attention/{item_id}/resolve",
        json={"resolution": "   "},
        headers=login(client, "S001-manager"),
    )
    assert blank.status_code == 422
    clerk = client.post(
        f"/v1/attention/{item_id}/resolve",
        json={"resolution": "done"},
        headers=login(client, "S001-clerk"),
    )
    assert clerk.status_code == 403

    manager = login(client, "S001-manager")
    r = client.post(
        f"/v1/attention/{item_id}/resolve",
        json={"resolution": "adjusted by the manager instead"},
        headers=manager,
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["resolved_by"], body["resolution"]) == (
        "S001-manager",
        "adjusted by the manager instead",
    )
    assert body["resolved_at"] == "2026-03-02T10:00:00"
    again = client.post(
        f"/v1/attention/{item_id}/resolve", json={"resolution": "twice"}, headers=manager
    )
    assert again.status_code == 409

    assert forbidden["id"] not in _ids(client, "S001-manager")
    assert _ids(client, "S001-manager", state="resolved") == [forbidden["id"]]
    assert forbidden["id"] in _ids(client, "S001-manager", state="all")

    changes = client.get("/v1/sync/pull", params={"cursor": cursor}, headers=headers).json()
    block = next(b for b in changes["changes"] if b["entity"] == "attention_items")
    rows = [dict(zip(block["columns"], row, strict=True)) for row in block["rows"]]
    assert [(r["id"], r["resolved_by"]) for r in rows] == [(item_id, "S001-manager")]
    with factory() as s:
        actions = s.execute(select(AuditEntry.action, AuditEntry.actor)).all()
    assert ("attention.resolve", "S001-manager") in actions


def test_pages_follow_each_other(client: Any) -> None:
    _device, headers = enrol_device(client, "S001")
    own, _ = members_of_store(client.app.state.factory, "S001")[0]
    till = Till()
    bad = [
        till.command("adjust_points", {"member_id": own, "points": n, "reason": "x"})
        for n in (1, 2, 3, 4, 5)
    ]
    assert _push(client, headers, bad) == ["rejected"] * 5
    manager = login(client, "S001-manager")
    seen: list[str] = []
    after = None
    for _ in range(5):
        params: dict[str, Any] = {"limit": 2, **({"after": after} if after else {})}
        r = client.get("/v1/attention", params=params, headers=manager)
        assert r.status_code == 200, r.text
        seen += [i["command_id"] for i in r.json()["items"]]
        after = r.json()["next_after"]
        if after is None:
            break
    assert sorted(seen) == sorted(c["id"] for c in bad)
    junk = client.get("/v1/attention", params={"after": "junk"}, headers=manager)
    assert junk.status_code == 422
    wrong = client.get("/v1/attention", params={"state": "maybe"}, headers=manager)
    assert wrong.status_code == 422
