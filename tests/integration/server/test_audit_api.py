"""The audit log over HTTP: admin edits and sign-ins appear, newest first, in pages, filtered
by actor, action and a time range."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from server.models import AuditEntry
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


def _entries_at(factory: Any, *moments: datetime) -> list[int]:
    """Audit entries at given times (the chain's wall clock), oldest first; their ids."""
    with factory() as s, s.begin():
        rows = [
            AuditEntry(at=at, actor="auditor-test", action="test.range", detail={"n": n})
            for n, at in enumerate(moments)
        ]
        s.add_all(rows)
        s.flush()
        return [r.id for r in rows]


def test_a_time_range_keeps_since_and_drops_until(client: Any, factory: Any) -> None:
    headers = admin(client)
    ids = _entries_at(
        factory,
        datetime(2026, 3, 1, 9, 0),
        datetime(2026, 3, 2, 0, 0),
        datetime(2026, 3, 2, 23, 59, 59),
        datetime(2026, 3, 3, 0, 0),
    )
    params: dict[str, Any] = {"action": "test.range", "since": "2026-03-02T00:00:00"}
    page = client.get("/v1/audit", params=params, headers=headers).json()
    assert [e["id"] for e in page["entries"]] == ids[:0:-1]
    params["until"] = "2026-03-03T00:00:00"
    page = client.get("/v1/audit", params=params, headers=headers).json()
    assert [e["id"] for e in page["entries"]] == [ids[2], ids[1]]
    # A plain date is its midnight; an offset is read in that zone (09:00 in Beijing is 01:00 UTC).
    r = client.get(
        "/v1/audit",
        params={"action": "test.range", "since": "2026-03-01", "until": "2026-03-01T01:00:01Z"},
        headers=headers,
    )
    assert r.status_code == 200, r.text
    assert [e["id"] for e in r.json()["entries"]] == [ids[0]]
    # Keyset pages within a range.
    params = {"action": "test.range", "since": "2026-03-01", "until": "2026-03-03", "limit": 2}
    first = client.get("/v1/audit", params=params, headers=headers).json()
    assert [e["id"] for e in first["entries"]] == [ids[2], ids[1]]
    params["before"] = first["next_before"]
    second = client.get("/v1/audit", params=params, headers=headers).json()
    assert [e["id"] for e in second["entries"]] == [ids[0]]


def test_a_bad_time_range_is_refused(client: Any) -> None:
    headers = admin(client)
    r = client.get(
        "/v1/audit", params={"since": "2026-03-02", "until": "2026-03-02"}, headers=headers
    )
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "invalid_input"
    assert "until" in r.json()["error"]["message"]
    for since in ("last tuesday", "9999-12-31T23:00:00-05:00", "0001-01-01T00:00:00+14:00"):
        r = client.get("/v1/audit", params={"since": since}, headers=headers)
        assert r.status_code == 422, (since, r.text)
    r = client.get("/v1/audit", params={"until": "0001-01-01T00:00:00"}, headers=headers)
    assert r.status_code == 200 and r.json()["entries"] == [], r.text
    r = client.get("/v1/audit", params={"since": "2026-03-02"}, headers=login(client, "backoffice"))
    assert r.status_code == 403, r.text
