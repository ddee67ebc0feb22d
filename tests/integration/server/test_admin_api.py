"""Catalog administration over HTTP: tiers, benefits, rule versions, rewards and store stock.

Each edit is checked by what it does: the rulebook moves on, devices receive the
row through the change feed, a later sale or redemption follows it, and a refused
edit changes nothing.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from core import catalog
from core.db.models import BenefitRow, PointRuleSet, Reward, StoreStock, Tier
from core.demo_rules import demo_rules
from server.models import AuditEntry
from tests.conftest import T0
from tests.integration.server.conftest import admin, enrol_device, login
from tests.integration.server.wire import Till, members_of_store


def _pull(client: Any, headers: dict[str, str], cursor: str | None = None) -> tuple[Any, str]:
    """Every row a device receives after ``cursor`` (all of it without one): {entity: rows}."""
    rows: dict[str, list[dict[str, Any]]] = {}
    while True:
        params: dict[str, Any] = {"limit": 1000}
        if cursor:
            params["cursor"] = cursor
        r = client.get("/v1/sync/pull", params=params, headers=headers)
        assert r.status_code == 200, r.text
        body = r.json()
        for block in body["changes"]:
            rows.setdefault(block["entity"], []).extend(
                dict(zip(block["columns"], row, strict=True)) for row in block["rows"]
            )
        cursor = body["cursor"]
        if not body["has_more"]:
            return rows, cursor


def _audit(factory: Any, action: str) -> list[dict[str, Any]]:
    with factory() as s:
        entries = s.execute(select(AuditEntry).where(AuditEntry.action == action)).scalars()
        return [{"actor": e.actor, **e.detail} for e in entries]


def _tiers(factory: Any) -> dict[str, tuple[str, int]]:
    with factory() as s:
        return {t.code: (t.name, t.threshold) for t in s.execute(select(Tier)).scalars()}


def _revision(factory: Any) -> int:
    with factory() as s:
        return catalog.revision(s)


def _error(response: Any, status: int, code: str = "invalid_input") -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"]["code"] == code, body
    return str(body["error"]["message"])


# --- tiers ------------------------------------------------------------------------


def test_tier_edit_moves_the_ladder_and_reaches_devices(client: Any, factory: Any) -> None:
    office = login(client, "backoffice")
    _device, till = enrol_device(client, "S001")
    _rows, cursor = _pull(client, till)
    listed = client.get("/v1/tiers", headers=office).json()
    assert [t["code"] for t in listed] == ["T0", "T1", "T2", "T3", "T4"]
    rev = _revision(factory)

    r = client.put("/v1/tiers/T2", json={"name": "银卡", "threshold": 900_000}, headers=office)
    assert r.status_code == 200, r.text
    assert r.json() == {"code": "T2", "name": "银卡", "rank": 2, "threshold": 900_000}
    assert _tiers(factory)["T2"] == ("银卡", 900_000)
    assert _revision(factory) == rev + 1
    [entry] = _audit(factory, "tier.edit")
    assert entry["actor"] == "backoffice" and entry["threshold"] == {"from": 800_000, "to": 900_000}

    changed, _cursor = _pull(client, till, cursor)
    assert [(t["code"], t["threshold"]) for t in changed["tiers"]] == [("T2", 900_000)]
    with factory() as s:
        assert catalog.tier_by_code(s, "T2").threshold == 900_000


@pytest.mark.parametrize(
    ("code", "body", "needle"),
    [
        ("T2", {"threshold": 2_500_000}, "must be above"),  # above 金牌's
        ("T2", {"threshold": 300_000}, "must be above"),  # equal to 铜牌's
        ("T0", {"threshold": 100}, "threshold 0"),
        ("T2", {"threshold": 900_000.0}, "integer"),
        ("T2", {"threshold": 900_000.5}, "integer"),
        ("T2", {"threshold": True}, "integer"),
        ("T2", {"threshold": "900000"}, "integer"),
        ("T2", {"threshold": -1}, "greater than or equal"),
        ("T2", {"threshold": 10**30}, "less than or equal"),
        ("T2", {"threshold": None}, "null"),
        ("T2", {"name": "   "}, "blank"),
        ("T2", {"name": "金牌"}, "another tier"),
        ("T2", {"name": "银\x00牌"}, "control"),
        ("T2", {"treshold": 900_000}, "treshold"),
        ("T2", {}, "at least one"),
    ],
)
def test_a_bad_tier_edit_changes_nothing(
    client: Any, factory: Any, code: str, body: dict[str, Any], needle: str
) -> None:
    before, rev = _tiers(factory), _revision(factory)
    message = _error(client.put(f"/v1/tiers/{code}", json=body, headers=admin(client)), 422)
    assert needle in message
    assert _tiers(factory) == before
    assert _revision(factory) == rev
    assert _audit(factory, "tier.edit") == []


def test_tier_edits_need_catalog_rights(client: Any, factory: Any) -> None:
    before = _tiers(factory)
    for user in ("S001-clerk", "S001-manager", "R01-manager"):
        headers = login(client, user)
        _error(client.get("/v1/tiers", headers=headers), 403, "forbidden")
        r = client.put("/v1/tiers/T2", json={"threshold": 900_000}, headers=headers)
        _error(r, 403, "forbidden")
    _device, till = enrol_device(client, "S001")
    _error(client.put("/v1/tiers/T2", json={"threshold": 1}, headers=till), 403, "forbidden")
    _error(
        client.put("/v1/tiers/T9", json={"threshold": 1}, headers=admin(client)), 404, "not_found"
    )
    assert _tiers(factory) == before


# --- benefits -----------------------------------------------------------------------


def test_benefit_edit_is_checked_by_its_kind(client: Any, factory: Any) -> None:
    office = login(client, "backoffice")
    listed = {b["id"]: b for b in client.get("/v1/benefits", headers=office).json()}
    assert listed["T3.free_shipping"] == {
        "id": "T3.free_shipping",
        "tier_code": "T3",
        "kind": "free_shipping_coupon",
        "value": 2,
        "quota": 2,
        "period": "month",
        "ref": "CT-FREESHIP",
    }
    rev = _revision(factory)
    r = client.put("/v1/benefits/T3.free_shipping", json={"value": 3, "quota": 3}, headers=office)
    assert r.status_code == 200, r.text
    assert (r.json()["value"], r.json()["quota"], r.json()["period"]) == (3, 3, "month")
    with factory() as s:
        shipping = [b for b in catalog.benefits_of(s, "T3") if b.id == "T3.free_shipping"]
        assert [(b.value, b.quota) for b in shipping] == [(3, 3)]
    assert _revision(factory) == rev + 1
    assert _audit(factory, "benefit.edit")[0]["quota"] == {"from": 2, "to": 3}

    refused = [
        ("T3.discount", {"value": 20_000}, "at most 10000"),  # more than 100% off
        ("T3.discount", {"quota": 2}, "needs a period"),
        ("T3.free_shipping", {"period": None}, "counted per period"),
        ("T3.free_shipping", {"period": "fortnight"}, "period"),
        ("T3.free_shipping", {"quota": 2.0}, "integer"),
        ("T3.free_shipping", {"quota": 0}, "greater than or equal to 1"),
        ("T3.points_multiplier", {"value": 90}, "at least 100"),
        ("T3.free_shipping", {"value": False}, "integer"),
    ]
    with factory() as s:
        rows_before = {b.id: (b.value, b.quota, b.period) for b in s.scalars(select(BenefitRow))}
    for benefit_id, body, needle in refused:
        message = _error(client.put(f"/v1/benefits/{benefit_id}", json=body, headers=office), 422)
        assert needle in message, (body, message)
    _error(client.put("/v1/benefits/nope", json={"value": 1}, headers=office), 404, "not_found")
    with factory() as s:
        assert {b.id: (b.value, b.quota, b.period) for b in s.scalars(select(BenefitRow))} == (
            rows_before
        )
    assert _revision(factory) == rev + 1


# --- rule versions ------------------------------------------------------------------


def _rules_v2(**changes: Any) -> dict[str, Any]:
    definition = demo_rules().to_dict()
    definition.update(
        version=2,
        effective_from=T0.date().isoformat(),
        base_rate=1000,  # 10 points per yuan
        category_rates={},
        campaigns=[],
        tier_multipliers={},
    )
    definition.update(changes)
    return definition


def test_a_published_rule_version_applies_to_later_sales(client: Any, factory: Any) -> None:
    office = login(client, "backoffice")
    [v1] = client.get("/v1/rules", headers=office).json()
    assert (v1["version"], v1["in_force"]) == (1, True)
    assert v1["definition"] == demo_rules().to_dict()

    r = client.post("/v1/rules", json=_rules_v2(), headers=office)
    assert r.status_code == 201, r.text
    assert (r.json()["version"], r.json()["effective_from"], r.json()["in_force"]) == (
        2,
        "2026-03-02",
        True,
    )
    assert _audit(factory, "rules.publish")[0]["version"] == 2
    again = client.post("/v1/rules", json=_rules_v2(), headers=office)
    assert again.status_code == 200, again.text  # a repeated request, not a new version
    _error(
        client.post("/v1/rules", json=_rules_v2(base_rate=2000), headers=office), 409, "conflict"
    )

    _device, till = enrol_device(client, "S001")
    member, _balance = members_of_store(factory, "S001")[0]
    push = client.post(
        "/v1/sync/push", json={"commands": [Till().sale(member, 20_000)]}, headers=till
    )
    [result] = push.json()["results"]
    assert result["status"] == "applied", result
    assert result["result"]["rule_version"] == 2
    base = result["result"]["breakdown"][0]
    assert base["code"] == "base" and base["amount_fen"] > 0
    assert base["points"] == base["amount_fen"] // 10  # 10 points a yuan: version 2's rate
    with factory() as s:
        assert s.get(PointRuleSet, 1).definition == demo_rules().to_dict()
    listed = client.get("/v1/rules", headers=office).json()
    assert [(v["version"], v["in_force"]) for v in listed] == [(1, False), (2, True)]


def test_the_next_version_number_is_given_when_left_out(client: Any, factory: Any) -> None:
    definition = _rules_v2(effective_from="2026-06-01")
    del definition["version"]
    r = client.post("/v1/rules", json=definition, headers=admin(client))
    assert r.status_code == 201, r.text
    assert (r.json()["version"], r.json()["in_force"]) == (2, False)
    with factory() as s:
        assert catalog.rules_at(s, T0.date()).version == 1
        assert catalog.rules_at(s, T0.date().replace(month=6)).version == 2


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"base_rate": 1.5}, "base_rate"),
        ({"base_rate": True}, "base_rate"),
        ({"base_rate": -1}, "base_rate"),
        ({"base_rate": 10**20}, "base_rate"),
        ({"effective_from": "2026-03-01"}, "effective_from"),  # yesterday
        ({"effective_from": "someday"}, "effective_from"),
        ({"version": 7}, "version"),
        ({"tier_multipliers": {"T9": 150}}, "tier_multipliers"),
        ({"points_cash_max_pct": 101}, "points_cash_max_pct"),
        ({"expiry": {"kind": "never"}}, "expiry.kind"),
        ({"surprise": 1}, "point_rules"),
    ],
)
def test_a_bad_rule_version_is_refused(
    client: Any, factory: Any, changes: dict[str, Any], field: str
) -> None:
    r = client.post("/v1/rules", json=_rules_v2(**changes), headers=admin(client))
    _error(r, 422)
    assert r.json()["error"]["params"]["field"] == field, r.json()
    with factory() as s:
        assert list(s.scalars(select(PointRuleSet.version))) == [1]


def test_publishing_rules_needs_catalog_rights(client: Any, factory: Any) -> None:
    for user in ("S001-clerk", "S001-manager", "R01-manager"):
        _error(
            client.post("/v1/rules", json=_rules_v2(), headers=login(client, user)),
            403,
            "forbidden",
        )
    with factory() as s:
        assert list(s.scalars(select(PointRuleSet.version))) == [1]


# --- rewards ------------------------------------------------------------------------

NEW_REWARD = {
    "sku": "RW9001",
    "name": "限量马克杯",
    "kind": "physical",
    "category": "家居",
    "points_price": 700,
    "stock_mode": "store",
    "per_member_limit": 1,
}


def test_a_new_reward_is_created_edited_and_taken_off_the_shelf(client: Any, factory: Any) -> None:
    office = login(client, "backoffice")
    _device, till = enrol_device(client, "S001")
    rev = _revision(factory)
    r = client.post("/v1/rewards", json=NEW_REWARD, headers=office)
    assert r.status_code == 201, r.text
    assert r.json()["central_stock"] == 0 and r.json()["active"] is True
    assert _revision(factory) == rev + 1
    _error(client.post("/v1/rewards", json=NEW_REWARD, headers=office), 409, "conflict")
    shelf = {x["sku"]: x for x in client.get("/v1/rewards", headers=till).json()}
    assert shelf["RW9001"]["stock"] == 0 and shelf["RW9001"]["points_price"] == 700

    r = client.put(
        "/v1/rewards/RW9001",
        json={"points_price": 650, "valid_until": "2026-12-31", "per_member_limit": None},
        headers=office,
    )
    assert r.status_code == 200, r.text
    with factory() as s:
        reward = s.get(Reward, "RW9001")
        assert (reward.points_price, reward.per_member_limit) == (650, None)
        assert reward.valid_until.isoformat() == "2026-12-31"
    [entry] = _audit(factory, "reward.edit")
    assert entry["points_price"] == {"from": 700, "to": 650}

    assert (
        client.put("/v1/rewards/RW9001", json={"active": False}, headers=office).status_code == 200
    )
    assert "RW9001" not in {x["sku"] for x in client.get("/v1/rewards", headers=till).json()}
    member, _ = members_of_store(factory, "S001", min_balance=1_000)[0]
    push = client.post(
        "/v1/sync/push", json={"commands": [Till().redeem(member, "RW9001")]}, headers=till
    )
    [result] = push.json()["results"]
    assert (result["status"], result["error"]["code"]) == ("rejected", "reward_unavailable")


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({**NEW_REWARD, "points_price": 700.0}, "integer"),
        ({**NEW_REWARD, "points_price": 0}, "greater than or equal to 1"),
        ({**NEW_REWARD, "cash_price_fen": "9.90"}, "integer"),
        ({**NEW_REWARD, "kind": "coupon"}, "coupon_template_id"),
        ({**NEW_REWARD, "coupon_template_id": "CT-90"}, "only for kind coupon"),
        ({**NEW_REWARD, "central_stock": 50}, "not central stock"),
        ({**NEW_REWARD, "valid_from": "2026-05-01", "valid_until": "2026-04-01"}, "before"),
        ({**NEW_REWARD, "valid_from": 1_767_225_600}, "ISO date"),
        ({**NEW_REWARD, "min_tier_rank": 9}, "highest tier rank is 4"),
        ({**NEW_REWARD, "sku": "RW 1"}, "pattern"),
        ({**NEW_REWARD, "stock_mode": "warehouse"}, "stock_mode"),
        ({**NEW_REWARD, "active": "yes"}, "boolean"),
    ],
)
def test_a_bad_reward_is_refused(
    client: Any, factory: Any, body: dict[str, Any], needle: str
) -> None:
    assert needle in _error(client.post("/v1/rewards", json=body, headers=admin(client)), 422)
    with factory() as s:
        assert s.get(Reward, "RW9001") is None


def test_a_bad_reward_edit_changes_nothing(client: Any, factory: Any) -> None:
    office = login(client, "backoffice")
    with factory() as s:
        before = {
            r.sku: (r.points_price, r.central_stock, r.active) for r in s.scalars(select(Reward))
        }
    for sku, body, status in [
        ("RW0001", {"points_price": 1.5}, 422),
        ("RW0001", {"central_stock": 10}, 422),  # a store-stock reward
        ("RW0002", {"central_stock": -5}, 422),
        ("RW0002", {"active": None}, 422),
        ("RW0001", {"sku": "RW0009"}, 422),
        ("RW0001", {"stock_mode": "central"}, 422),
        ("NOPE", {"points_price": 10}, 404),
    ]:
        r = client.put(f"/v1/rewards/{sku}", json=body, headers=office)
        _error(r, status, "invalid_input" if status == 422 else "reward_not_found")
    r = client.put("/v1/rewards/RW0002", json={"central_stock": 3}, headers=office)
    assert r.status_code == 200 and r.json()["central_stock"] == 3
    with factory() as s:
        after = {
            r.sku: (r.points_price, r.central_stock, r.active) for r in s.scalars(select(Reward))
        }
    assert after == {**before, "RW0002": (before["RW0002"][0], 3, before["RW0002"][2])}
    _error(
        client.put(
            "/v1/rewards/RW0001", json={"active": False}, headers=login(client, "S001-manager")
        ),
        403,
        "forbidden",
    )


# --- store stock --------------------------------------------------------------------


def test_allocated_stock_reaches_the_store_and_can_be_redeemed(client: Any, factory: Any) -> None:
    _device, till = enrol_device(client, "S001")
    _far, far_till = enrol_device(client, "S004")
    _rows, cursor = _pull(client, till)
    _rows, far_cursor = _pull(client, far_till)
    shelf = {x["sku"]: x for x in client.get("/v1/rewards", headers=till).json()}
    assert shelf["RW0004"]["stock"] == 0
    r = client.put(
        "/v1/rewards/RW0004/stock/S001", json={"quantity": 7}, headers=login(client, "R01-manager")
    )
    assert r.status_code == 200, r.text
    assert r.json() == {"sku": "RW0004", "store_code": "S001", "quantity": 7, "previous": 0}
    [entry] = _audit(factory, "stock.allocate")
    assert (entry["actor"], entry["quantity"], entry["previous"]) == ("R01-manager", 7, 0)

    shelf = {x["sku"]: x for x in client.get("/v1/rewards", headers=till).json()}
    assert shelf["RW0004"]["stock"] == 7
    changed, _cursor = _pull(client, till, cursor)
    assert changed["store_stock"] == [{"sku": "RW0004", "store_code": "S001", "quantity": 7}]
    far_changed, _far_cursor = _pull(client, far_till, far_cursor)
    assert "store_stock" not in far_changed  # S004 is not that device's business

    member, _ = members_of_store(factory, "S001", min_balance=1_000)[0]
    redeemed = client.post(
        "/v1/sync/push", json={"commands": [Till().redeem(member, "RW0004")]}, headers=till
    )
    assert redeemed.json()["results"][0]["status"] == "applied", redeemed.text
    with factory() as s:
        assert s.get(StoreStock, ("RW0004", "S001")).quantity == 6


def test_stock_allocation_is_scoped_and_checked(client: Any, factory: Any) -> None:
    with factory() as s:
        before = {(x.sku, x.store_code): x.quantity for x in s.scalars(select(StoreStock))}
    cases = [
        ("R02-manager", "RW0004", "S001", {"quantity": 5}, 403, "forbidden"),
        ("S001-manager", "RW0004", "S001", {"quantity": 5}, 403, "forbidden"),
        ("S001-clerk", "RW0004", "S001", {"quantity": 5}, 403, "forbidden"),
        ("backoffice", "RW0004", "S001", {"quantity": -1}, 422, "invalid_input"),
        ("backoffice", "RW0004", "S001", {"quantity": 5.0}, 422, "invalid_input"),
        ("backoffice", "RW0004", "S001", {"quantity": False}, 422, "invalid_input"),
        ("backoffice", "RW0004", "S001", {}, 422, "invalid_input"),
        ("backoffice", "RW0002", "S001", {"quantity": 5}, 422, "invalid_input"),  # central
        ("backoffice", "RW0004", "S999", {"quantity": 5}, 404, "store_not_found"),
        ("backoffice", "RW9999", "S001", {"quantity": 5}, 404, "reward_not_found"),
    ]
    for user, sku, store, body, status, code in cases:
        r = client.put(f"/v1/rewards/{sku}/stock/{store}", json=body, headers=login(client, user))
        _error(r, status, code)
    with factory() as s:
        assert {(x.sku, x.store_code): x.quantity for x in s.scalars(select(StoreStock))} == before
    assert _audit(factory, "stock.allocate") == []
    # Head office allocates anywhere; a region's manager in the region's stores.
    ok = client.put(
        "/v1/rewards/RW0004/stock/S005", json={"quantity": 0}, headers=login(client, "R02-manager")
    )
    assert ok.status_code == 200, ok.text
    ok = client.put("/v1/rewards/RW0004/stock/S002", json={"quantity": 12}, headers=admin(client))
    assert ok.json()["quantity"] == 12
