"""The whole tier ladder in one edit, and the tier policy (window, grace): all or nothing,
audited, and on the devices after their next pull."""

from __future__ import annotations

from typing import Any

import pytest

from core import catalog
from tests.integration.server.conftest import admin, enrol_device, login
from tests.integration.server.test_admin_api import _audit, _error, _pull, _revision, _tiers


def _ladder(factory: Any) -> list[dict[str, Any]]:
    return [
        {"code": code, "name": name, "threshold": threshold}
        for code, (name, threshold) in sorted(_tiers(factory).items())
    ]


def test_a_ladder_moves_all_at_once_and_reaches_devices(client: Any, factory: Any) -> None:
    office = login(client, "backoffice")
    _device, till = enrol_device(client, "S001")
    _rows, cursor = _pull(client, till)
    rev = _revision(factory)
    ladder = _ladder(factory)
    # Raise T2 above T3's old threshold and T3 above that: one tier at a time, the
    # first edit alone would break the ladder; together they are valid.
    t3 = ladder[3]["threshold"]
    ladder[2]["threshold"], ladder[3]["threshold"] = t3 + 100_000, t3 + 200_000
    ladder[4]["threshold"] = max(ladder[4]["threshold"], t3 + 300_000)
    ladder[1]["name"] = "铜卡"

    r = client.put("/v1/tiers", json=ladder, headers=office)
    assert r.status_code == 200, r.text
    assert [(t["code"], t["threshold"]) for t in r.json()] == [
        (t["code"], t["threshold"]) for t in ladder
    ]
    assert _tiers(factory) == {t["code"]: (t["name"], t["threshold"]) for t in ladder}
    assert _revision(factory) == rev + 1
    [entry] = _audit(factory, "tiers.edit")
    assert entry["actor"] == "backoffice"
    assert entry["tiers"]["T1"] == {"name": {"from": "铜牌", "to": "铜卡"}}
    assert set(entry["tiers"]) == {"T1", "T2", "T3"} | ({"T4"} if "T4" in entry["tiers"] else set())

    changed, _cursor = _pull(client, till, cursor)
    got = {t["code"]: t["threshold"] for t in changed["tiers"]}
    assert got["T2"] == t3 + 100_000 and got["T3"] == t3 + 200_000


def test_an_unchanged_ladder_changes_nothing(client: Any, factory: Any) -> None:
    rev = _revision(factory)
    r = client.put("/v1/tiers", json=_ladder(factory), headers=admin(client))
    assert r.status_code == 200, r.text
    assert _revision(factory) == rev
    assert _audit(factory, "tiers.edit") == []


def _drop(ladder: list[dict[str, Any]], code: str) -> list[dict[str, Any]]:
    return [t for t in ladder if t["code"] != code]


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (lambda ld: _drop(ld, "T4"), "missing: T4"),
        (lambda ld: [*ld, {"code": "T9", "name": "黑金", "threshold": 10**9}], "no such tier: T9"),
        (lambda ld: [*ld, ld[0]], "named twice"),
        (
            lambda ld: [{**t, "name": "同名"} if t["code"] in ("T1", "T2") else t for t in ld],
            "same name",
        ),
        (lambda ld: [{**t, "threshold": 5} if t["code"] == "T0" else t for t in ld], "threshold 0"),
        (
            lambda ld: [
                {**t, "threshold": ld[1]["threshold"]} if t["code"] == "T2" else t for t in ld
            ],
            "must be above",
        ),
        (lambda ld: [{**t, "threshold": -1} if t["code"] == "T1" else t for t in ld], "threshold"),
        (lambda ld: [{**t, "threshold": 1.5} if t["code"] == "T1" else t for t in ld], "threshold"),
        (lambda ld: [{**t, "rank": 7} if t["code"] == "T1" else t for t in ld], "rank"),
        (lambda ld: {"tiers": ld}, "valid list"),
    ],
)
def test_a_bad_ladder_changes_nothing(client: Any, factory: Any, change: Any, needle: str) -> None:
    before, rev = _tiers(factory), _revision(factory)
    message = _error(
        client.put("/v1/tiers", json=change(_ladder(factory)), headers=admin(client)), 422
    )
    assert needle in message
    assert _tiers(factory) == before
    assert _revision(factory) == rev
    assert _audit(factory, "tiers.edit") == []


def test_the_tier_policy_edit(client: Any, factory: Any) -> None:
    office = login(client, "backoffice")
    _device, till = enrol_device(client, "S001")
    _rows, cursor = _pull(client, till)
    before = client.get("/v1/tier-policy", headers=office).json()
    assert before["window"] in ("rolling12", "calendar", "anniversary")
    window = "calendar" if before["window"] != "calendar" else "anniversary"
    rev = _revision(factory)

    r = client.put("/v1/tier-policy", json={"window": window, "grace_days": 45}, headers=office)
    assert r.status_code == 200, r.text
    assert r.json() == {"measure": before["measure"], "window": window, "grace_days": 45}
    with factory() as s:
        policy = catalog.tier_policy(s)
    assert (policy.window, policy.grace_days) == (window, 45)
    assert _revision(factory) == rev + 1
    [entry] = _audit(factory, "tier_policy.edit")
    assert entry["grace_days"] == {"from": before["grace_days"], "to": 45}

    changed, _cursor = _pull(client, till, cursor)
    [setting] = [row for row in changed["settings"] if row["key"] == "tier_policy"]
    assert setting["value"]["window"] == window


@pytest.mark.parametrize(
    "body",
    [
        {"measure": "growth"},
        {"window": "weekly"},
        {"grace_days": -1},
        {"grace_days": "30"},
        {"grace_days": 100_000},
        {},
        {"window": None},
    ],
)
def test_a_bad_tier_policy_edit_changes_nothing(client: Any, factory: Any, body: Any) -> None:
    with factory() as s:
        before = catalog.tier_policy(s)
    rev = _revision(factory)
    _error(client.put("/v1/tier-policy", json=body, headers=admin(client)), 422)
    with factory() as s:
        assert catalog.tier_policy(s) == before
    assert _revision(factory) == rev


def test_ladder_and_policy_need_catalog_rights(client: Any, factory: Any) -> None:
    before = _tiers(factory)
    for user in ("S001-clerk", "S001-manager", "R01-manager"):
        headers = login(client, user)
        _error(client.put("/v1/tiers", json=_ladder(factory), headers=headers), 403, "forbidden")
        _error(client.get("/v1/tier-policy", headers=headers), 403, "forbidden")
        _error(
            client.put("/v1/tier-policy", json={"grace_days": 1}, headers=headers), 403, "forbidden"
        )
    assert _tiers(factory) == before
