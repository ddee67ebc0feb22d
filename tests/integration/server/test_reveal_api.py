"""Revealing a member's mobile and e-mail: only with ``members.reveal``, always audited in the
same transaction, scoped like every member read; on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from core.db.models import Member, Store
from server.models import AuditEntry
from tests.integration.server.conftest import admin, enrol_device, login


def _member(factory: Any, store: str) -> Member:
    with factory() as s:
        found = s.execute(
            select(Member).where(Member.home_store == store).order_by(Member.code).limit(1)
        ).scalar_one()
        s.expunge(found)
        return found


def _store_of_region(factory: Any, region: str, other_than: str) -> str:
    with factory() as s:
        return str(
            s.execute(
                select(Store.code)
                .where(Store.region == region, Store.code != other_than)
                .order_by(Store.code)
                .limit(1)
            ).scalar_one()
        )


def _reveals(factory: Any) -> list[AuditEntry]:
    with factory() as s:
        rows = list(
            s.execute(
                select(AuditEntry)
                .where(AuditEntry.action == "member.reveal")
                .order_by(AuditEntry.id)
            ).scalars()
        )
        for r in rows:
            s.expunge(r)
        return rows


def test_back_office_sees_the_phone_and_the_reveal_is_audited(client: Any, factory: Any) -> None:
    member = _member(factory, "S001")
    r = client.post(f"/v1/members/{member.code}/reveal", headers=login(client, "backoffice"))
    assert r.status_code == 200, r.text
    assert r.json() == {
        "code": member.code,
        "phone": member.phone,
        "email": member.email,
        "fields": ["phone", "email"],
    }
    [entry] = _reveals(factory)
    assert entry.actor == "backoffice"
    assert entry.detail == {"member": member.code, "fields": ["phone", "email"]}

    # The audit log shows it to an admin.
    log = client.get("/v1/audit", params={"action": "member.reveal"}, headers=admin(client))
    assert [e["detail"]["member"] for e in log.json()["entries"]] == [member.code]


def test_only_the_fields_asked_for_are_revealed_and_audited(client: Any, factory: Any) -> None:
    member = _member(factory, "S001")
    r = client.post(
        f"/v1/members/{member.code}/reveal",
        json={"fields": ["phone"]},
        headers=login(client, "S001-manager"),
    )
    assert r.status_code == 200, r.text
    assert r.json() == {"code": member.code, "phone": member.phone, "fields": ["phone"]}
    [entry] = _reveals(factory)
    assert (entry.actor, entry.detail["fields"]) == ("S001-manager", ["phone"])


def test_a_clerk_gets_403_and_nothing_is_audited(client: Any, factory: Any) -> None:
    member = _member(factory, "S001")
    r = client.post(f"/v1/members/{member.code}/reveal", headers=login(client, "S001-clerk"))
    assert r.status_code == 403, r.text
    assert r.json()["error"]["code"] == "forbidden"
    assert member.phone not in r.text
    assert _reveals(factory) == []


def test_a_store_manager_reveals_only_their_own_stores_members(client: Any, factory: Any) -> None:
    with factory() as s:
        region = s.execute(select(Store.region).where(Store.code == "S001")).scalar_one()
    neighbour = _member(factory, _store_of_region(factory, region, "S001"))
    r = client.post(f"/v1/members/{neighbour.code}/reveal", headers=login(client, "S001-manager"))
    assert r.status_code == 403, r.text
    assert neighbour.phone not in r.text
    # The regional manager of that region may.
    r = client.post(
        f"/v1/members/{neighbour.code}/reveal", headers=login(client, f"{region}-manager")
    )
    assert r.status_code == 200, r.text
    assert r.json()["phone"] == neighbour.phone
    assert [e.actor for e in _reveals(factory)] == [f"{region}-manager"]


def test_a_device_may_not_reveal(client: Any, factory: Any) -> None:
    member = _member(factory, "S001")
    _device_id, headers = enrol_device(client, "S001")
    r = client.post(f"/v1/members/{member.code}/reveal", headers=headers)
    assert r.status_code == 403, r.text
    assert _reveals(factory) == []


def test_an_unknown_member_is_404_and_not_audited(client: Any, factory: Any) -> None:
    r = client.post("/v1/members/M99999999999/reveal", headers=login(client, "backoffice"))
    assert r.status_code == 404, r.text
    assert r.json()["error"]["code"] == "member_not_found"
    assert _reveals(factory) == []


@pytest.mark.parametrize(
    "code",
    [
        "' OR 1=1 --",
        "M%25",
        "%2A",
        "M" * 5000,
        "%E9%87%91%E7%89%8C",
        "..%2F..%2Fetc%2Fpasswd",
        "M0000%00",
    ],
)
def test_a_hostile_code_reveals_nothing(client: Any, factory: Any, code: str) -> None:
    r = client.post(f"/v1/members/{code}/reveal", headers=login(client, "backoffice"))
    # No such member, no such route (slashes), or (a NUL character) refused by the server's
    # guard before any route runs.
    assert (r.status_code, r.json()["error"]["code"]) in (
        (404, "member_not_found"),
        (404, "not_found"),
        (422, "invalid_input"),
    ), r.text
    assert _reveals(factory) == []


@pytest.mark.parametrize(
    "body",
    [{"fields": ["password"]}, {"fields": []}, {"fields": "phone"}, {"phone": True}, [1]],
)
def test_a_bad_body_is_422_and_not_audited(client: Any, factory: Any, body: Any) -> None:
    member = _member(factory, "S001")
    r = client.post(
        f"/v1/members/{member.code}/reveal", json=body, headers=login(client, "backoffice")
    )
    assert r.status_code == 422, r.text
    assert member.phone not in r.text
    assert _reveals(factory) == []


def test_a_member_outside_the_scope_is_not_found(client: Any, factory: Any) -> None:
    with factory() as s:
        region = s.execute(select(Store.region).where(Store.code == "S001")).scalar_one()
        elsewhere = s.execute(
            select(Member)
            .join(Store, Store.code == Member.home_store)
            .where(Store.region != region)
            .limit(1)
        ).scalar_one_or_none()
    if elsewhere is None:
        pytest.skip("the seed has one region only")
    r = client.post(
        f"/v1/members/{elsewhere.code}/reveal", headers=login(client, f"{region}-manager")
    )
    assert r.status_code == 404, r.text
    assert _reveals(factory) == []
