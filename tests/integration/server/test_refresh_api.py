"""POST /v1/sync/refresh: every mutable row of the asked members in scope (SQLite, PostgreSQL)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from core.db.models import PointLot
from tests.integration.server.conftest import enrol_device, login
from tests.integration.server.wire import Till, members_of_store

ENTITIES = {"members", "point_accounts", "point_lots"}


def _rows(body: dict[str, Any], entity: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for block in body["changes"]:
        if block["entity"] == entity:
            assert block["key"]
            out += [dict(zip(block["columns"], row, strict=True)) for row in block["rows"]]
    return out


def test_refresh_answers_all_rows_of_members_in_scope(client: Any, factory: Any) -> None:
    _device, headers = enrol_device(client, "S001")
    mine = [m for m, _ in members_of_store(factory, "S001")][:3]
    foreign = members_of_store(factory, "S004")[0][0]  # region R02
    # A spend empties some lots: the refresh still names every lot (the device deletes the rest).
    till = Till()
    member, balance = members_of_store(factory, "S001", min_balance=100)[0]
    push = client.post(
        "/v1/sync/push",
        json={"commands": [till.sale(member, 1_000, spend=min(balance, 100))]},
        headers=headers,
    )
    assert push.json()["results"][0]["status"] == "applied"
    asked = [*mine, member, foreign, "no-such-member"]

    r = client.post("/v1/sync/refresh", json={"member_ids": asked}, headers=headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert {b["entity"] for b in body["changes"]} >= ENTITIES
    members = {row["id"] for row in _rows(body, "members")}
    assert members == {*mine, member}
    assert {row["member_id"] for row in _rows(body, "point_accounts")} == members
    lots = _rows(body, "point_lots")
    with factory() as s:
        expected = s.execute(
            select(func.count()).select_from(PointLot).where(PointLot.member_id.in_(members))
        ).scalar_one()
    assert len(lots) == expected
    assert all(isinstance(lot["points"], int) for lot in lots)
    assert all(isinstance(lot["expires_at"], str) for lot in lots)  # pull's ISO encoding
    sale_events = [e for e in _rows(body, "qualifying_events") if e["member_id"] == member]
    assert sale_events, "the sale just pushed is a recent qualifying event"
    for entity in ("coupons", "redemptions", "benefit_uses", "qualifying_events"):
        assert all(row["member_id"] in members for row in _rows(body, entity))


def test_refresh_of_nobody_in_scope_is_empty(client: Any, factory: Any) -> None:
    _device, headers = enrol_device(client, "S001")
    foreign = members_of_store(factory, "S004")[0][0]
    r = client.post("/v1/sync/refresh", json={"member_ids": [foreign]}, headers=headers)
    assert r.status_code == 200
    assert r.json() == {"changes": []}
    r = client.post("/v1/sync/refresh", json={"member_ids": []}, headers=headers)
    assert r.json() == {"changes": []}


def test_refresh_refuses_bad_requests(client: Any) -> None:
    _device, headers = enrol_device(client, "S001")
    too_many = [f"m{i}" for i in range(501)]
    for body in ({"member_ids": too_many}, {"member_ids": "x"}, {"member_ids": [1]}, {}):
        r = client.post("/v1/sync/refresh", json=body, headers=headers)
        assert r.status_code == 422, (body, r.text)
        assert r.json()["error"]["code"] == "invalid_input"
    staff = login(client, "S001-manager")
    r = client.post("/v1/sync/refresh", json={"member_ids": []}, headers=staff)
    assert r.status_code == 403
    r = client.post("/v1/sync/refresh", json={"member_ids": []})
    assert r.status_code == 401


def test_refresh_answers_every_row_a_command_of_this_device_made(client: Any, factory: Any) -> None:
    _device, headers = enrol_device(client, "S001")
    _other, other_headers = enrol_device(client, "S002")
    member, balance = members_of_store(factory, "S001", min_balance=100)[0]
    sale = Till().sale(member, 20_000, spend=min(balance, 100))
    r = client.post("/v1/sync/push", json={"commands": [sale]}, headers=headers)
    assert r.json()["results"][0]["status"] == "applied"

    r = client.post(
        "/v1/sync/refresh", json={"member_ids": [], "command_ids": [sale["id"]]}, headers=headers
    )
    assert r.status_code == 200, r.text
    body = r.json()
    entries = _rows(body, "point_entries")
    assert entries and {e["command_id"] for e in entries} == {sale["id"]}
    assert {e["kind"] for e in entries} >= {"earn", "spend"}
    assert {m["entry_id"] for m in _rows(body, "lot_movements")} <= {e["id"] for e in entries}
    (sale_row,) = _rows(body, "sales")
    assert sale_row["id"] == sale["payload"]["sale_id"]
    assert [line["sale_id"] for line in _rows(body, "sale_lines")] == [sale_row["id"]]

    # Another device asks about this device's command: nothing.
    r = client.post(
        "/v1/sync/refresh",
        json={"member_ids": [], "command_ids": [sale["id"]]},
        headers=other_headers,
    )
    assert r.json() == {"changes": []}
    r = client.post(
        "/v1/sync/refresh",
        json={"member_ids": [], "command_ids": [f"c{i}" for i in range(501)]},
        headers=headers,
    )
    assert r.status_code == 422
