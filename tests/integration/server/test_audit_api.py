"""The audit log over HTTP: admin edits and sign-ins appear, newest first, in pages."""

from __future__ import annotations

from typing import Any

from tests.integration.server.conftest import admin, login


def test_an_edit_appears_in_the_audit_log_with_its_actor(client: Any) -> None:
    headers = admin(client)
    office = login(client, "backoffice")
    tiers = client.get("/v1/tiers", headers=office).json()
    top = tiers[-1]
    r = client.put(f"/v1/tiers/{top['code']}", json={"name": "黑钻"}, headers=office)
    assert r.status_code == 200, r.text

    r = client.get("/v1/audit", params={"action": "tier.edit"}, headers=headers)
    assert r.status_code == 200, r.text
    [entry] = r.json()["entries"]
    assert entry["actor"] == "backoffice"
    assert entry["detail"]["code"] == top["code"]
    assert entry["detail"]["name"] == {"from": top["name"], "to": "黑钻"}


def test_pages_walk_the_whole_log_newest_first_without_repeats(client: Any) -> None:
    headers = admin(client)
    for _ in range(3):
        login(client, "S001-clerk")
    everything = client.get("/v1/audit", params={"limit": 500}, headers=headers).json()
    ids = [e["id"] for e in everything["entries"]]
    assert ids == sorted(ids, reverse=True) and len(ids) >= 4

    walked: list[int] = []
    params: dict[str, Any] = {"limit": 2}
    while True:
        page = client.get("/v1/audit", params=params, headers=headers).json()
        walked += [e["id"] for e in page["entries"]]
        if page["next_before"] is None:
            break
        params["before"] = page["next_before"]
    assert walked == ids


def test_only_filtered_actor_is_listed(client: Any) -> None:
    headers = admin(client)
    login(client, "S001-clerk")
    entries = client.get("/v1/audit", params={"actor": "S001-clerk"}, headers=headers).json()[
        "entries"
    ]
    assert entries and {e["actor"] for e in entries} == {"S001-clerk"}
