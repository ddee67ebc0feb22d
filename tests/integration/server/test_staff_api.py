"""Staff accounts over HTTP: only an admin manages them, and every change takes effect at once."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from core.db.models import Member
from server.models import AuditEntry, RefreshToken, StaffAccount
from tests.integration.server.conftest import admin, login


def _sign_in(client: Any, user: str, password: str = "demo-pass-1") -> Any:
    return client.post("/v1/auth/token", data={"username": user, "password": password})


def _account(factory: Any, username: str) -> StaffAccount | None:
    with factory() as s:
        return s.get(StaffAccount, username)


def _audit(factory: Any, action: str) -> list[dict[str, Any]]:
    with factory() as s:
        entries = s.execute(select(AuditEntry).where(AuditEntry.action == action)).scalars()
        return [{"actor": e.actor, **e.detail} for e in entries]


def _member_of(factory: Any, store: str) -> str:
    with factory() as s:
        return str(
            s.execute(select(Member.code).where(Member.home_store == store).limit(1)).scalar_one()
        )


def _error(response: Any, status: int, code: str = "invalid_input") -> str:
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code, response.json()
    return str(response.json()["error"]["message"])


def test_only_an_admin_sees_the_accounts_and_never_a_hash(client: Any) -> None:
    r = client.get("/v1/staff", headers=admin(client))
    assert r.status_code == 200, r.text
    accounts = {a["username"]: a for a in r.json()}
    assert {"admin", "backoffice", "R01-manager", "S001-clerk", "S005-manager"} <= set(accounts)
    assert accounts["S004-clerk"] | {"created_at": None} == {
        "username": "S004-clerk",
        "display_name": "S004-clerk",
        "role": "clerk",
        "store_code": "S004",
        "region": "R02",
        "active": True,
        "locked_until": None,
        "created_at": None,
    }
    assert "argon2" not in r.text and "password" not in r.text
    for user in ("backoffice", "R01-manager", "S001-manager", "S001-clerk"):
        _error(client.get("/v1/staff", headers=login(client, user)), 403, "forbidden")
        r = client.post(
            "/v1/staff",
            json={"username": "x-1", "password": "long-enough-1", "role": "backoffice"},
            headers=login(client, user),
        )
        _error(r, 403, "forbidden")


def test_a_new_clerk_can_sign_in_and_works_in_the_store_region(client: Any, factory: Any) -> None:
    body = {
        "username": "S002-clerk-2",
        "password": "new-clerk-pass",
        "role": "clerk",
        "display_name": "李娜",
        "store_code": "S002",
    }
    r = client.post("/v1/staff", json=body, headers=admin(client))
    assert r.status_code == 201, r.text
    assert (r.json()["store_code"], r.json()["region"], r.json()["display_name"]) == (
        "S002",
        "R01",
        "李娜",
    )
    assert "password" not in r.text
    [entry] = _audit(factory, "staff.create")
    assert entry == {
        "actor": "admin",
        "username": "S002-clerk-2",
        "role": "clerk",
        "store_code": "S002",
        "region": "R01",
    }
    clerk = login(client, "S002-clerk-2", "new-clerk-pass")
    assert (
        client.get(f"/v1/members/{_member_of(factory, 'S001')}", headers=clerk).status_code == 200
    )
    _error(
        client.get(f"/v1/members/{_member_of(factory, 'S004')}", headers=clerk),
        404,
        "member_not_found",
    )

    r = client.post(
        "/v1/staff",
        json={
            "username": "R02-boss",
            "password": "long-enough-1",
            "role": "regional_manager",
            "region": "R02",
        },
        headers=admin(client),
    )
    assert r.status_code == 201 and r.json()["region"] == "R02", r.text


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"store_code": None}, "store_code"),  # a clerk needs a store
        ({"store_code": "S999"}, "store_code"),
        ({"region": "R02"}, "region"),  # S002 is in R01
        ({"role": "regional_manager", "store_code": None, "region": "R09"}, "region"),
        ({"role": "regional_manager", "store_code": None}, "region"),
        ({"role": "backoffice", "store_code": "S001"}, "store_code"),
        ({"role": "admin", "store_code": None, "region": "R01"}, "region"),
        ({"role": "owner"}, "role"),
        ({"password": "short"}, "password"),
        ({"password": "long enough but \x00"}, "password"),
        ({"username": "S001-clerk"}, "username"),  # taken
        ({"username": "two words"}, "username"),
        ({"username": "x" * 65}, "username"),
        ({"display_name": "  "}, "display_name"),
        ({"active": False}, "active"),  # not a creation field
    ],
)
def test_a_bad_account_is_refused(
    client: Any, factory: Any, changes: dict[str, Any], field: str
) -> None:
    body = {
        "username": "S002-new",
        "password": "long-enough-1",
        "role": "clerk",
        "store_code": "S002",
    }
    body.update(changes)
    r = client.post("/v1/staff", json=body, headers=admin(client))
    _error(r, 422)
    assert r.json()["error"]["params"]["field"] == field, r.json()
    assert _account(factory, "S002-new") is None
    assert _audit(factory, "staff.create") == []


def test_moving_a_clerk_changes_what_the_clerk_sees_at_once(client: Any, factory: Any) -> None:
    clerk = login(client, "S001-clerk")
    r1 = _member_of(factory, "S001")
    assert client.get(f"/v1/members/{r1}", headers=clerk).status_code == 200
    r = client.patch("/v1/staff/S001-clerk", json={"store_code": "S004"}, headers=admin(client))
    assert r.status_code == 200, r.text
    assert (r.json()["store_code"], r.json()["region"], r.json()["role"]) == (
        "S004",
        "R02",
        "clerk",
    )
    _error(client.get(f"/v1/members/{r1}", headers=clerk), 404, "member_not_found")
    assert (
        client.get(f"/v1/members/{_member_of(factory, 'S004')}", headers=clerk).status_code == 200
    )
    [entry] = _audit(factory, "staff.edit")
    assert entry["store_code"] == {"from": "S001", "to": "S004"}
    assert entry["region"] == {"from": "R01", "to": "R02"}

    # Promoted to manage the region it works in; then to head office, placement dropped.
    r = client.patch(
        "/v1/staff/S001-clerk", json={"role": "regional_manager"}, headers=admin(client)
    )
    assert (r.json()["role"], r.json()["store_code"], r.json()["region"]) == (
        "regional_manager",
        None,
        "R02",
    )
    r = client.patch("/v1/staff/S001-clerk", json={"role": "backoffice"}, headers=admin(client))
    assert (r.json()["role"], r.json()["store_code"], r.json()["region"]) == (
        "backoffice",
        None,
        None,
    )
    assert client.get("/v1/tiers", headers=clerk).status_code == 200  # now may edit the catalog


@pytest.mark.parametrize(
    ("user", "body", "status", "field"),
    [
        ("S001-clerk", {"store_code": "S999"}, 422, "store_code"),
        ("S001-clerk", {"region": "R02"}, 422, "region"),
        ("S001-clerk", {"role": "regional_manager", "region": "R09"}, 422, "region"),
        ("S001-clerk", {"role": "store_manager", "store_code": None}, 422, "store_code"),
        ("R01-manager", {"store_code": "S001"}, 422, "store_code"),
        ("backoffice", {"region": "R01"}, 422, "region"),
        ("S001-clerk", {"role": None}, 422, "role"),
        ("S001-clerk", {"active": "no"}, 422, "active"),
        ("S001-clerk", {"active": 0}, 422, "active"),
        ("S001-clerk", {"password": "short"}, 422, "password"),
        ("S001-clerk", {"unlock": None}, 422, "unlock"),
        ("S001-clerk", {"password_hash": "x"}, 422, "password_hash"),
        ("S001-clerk", {}, 422, "body"),
        ("nobody", {"active": False}, 404, None),
    ],
)
def test_a_bad_account_edit_changes_nothing(
    client: Any, factory: Any, user: str, body: dict[str, Any], status: int, field: str | None
) -> None:
    before = _account(factory, user)
    r = client.patch(f"/v1/staff/{user}", json=body, headers=admin(client))
    _error(r, status, "invalid_input" if status == 422 else "not_found")
    if field is not None:
        assert r.json()["error"]["params"]["field"] == field, r.json()
    after = _account(factory, user)
    if before is not None and after is not None:
        columns = ("role", "store_code", "region", "active", "password_hash", "display_name")
        assert [getattr(after, c) for c in columns] == [getattr(before, c) for c in columns]
    assert _audit(factory, "staff.edit") == []


def test_a_disabled_account_is_out_at_once_and_back_when_enabled(client: Any, factory: Any) -> None:
    tokens = _sign_in(client, "S001-manager").json()
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert client.get("/v1/devices", headers=headers).status_code == 200

    r = client.patch("/v1/staff/S001-manager", json={"active": False}, headers=admin(client))
    assert r.status_code == 200 and r.json()["active"] is False
    _error(client.get("/v1/devices", headers=headers), 401, "unauthorized")
    _error(_sign_in(client, "S001-manager"), 401, "unauthorized")
    r = client.post("/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    _error(r, 401, "unauthorized")

    client.patch("/v1/staff/S001-manager", json={"active": True}, headers=admin(client))
    assert _sign_in(client, "S001-manager").status_code == 200
    assert [e["active"] for e in _audit(factory, "staff.edit")] == [
        {"from": True, "to": False},
        {"from": False, "to": True},
    ]


def test_a_new_password_replaces_the_old_and_ends_refresh_tokens(client: Any, factory: Any) -> None:
    tokens = _sign_in(client, "S003-clerk").json()
    r = client.patch(
        "/v1/staff/S003-clerk", json={"password": "fresh-pass-22"}, headers=admin(client)
    )
    assert r.status_code == 200, r.text
    _error(_sign_in(client, "S003-clerk"), 401, "unauthorized")
    assert _sign_in(client, "S003-clerk", "fresh-pass-22").status_code == 200
    _error(
        client.post("/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]}),
        401,
        "unauthorized",
    )
    [entry] = _audit(factory, "staff.edit")
    assert entry["password"] == "changed" and "fresh-pass-22" not in str(entry)
    with factory() as s:
        live = s.execute(
            select(RefreshToken).where(
                RefreshToken.username == "S003-clerk", RefreshToken.revoked_at.is_(None)
            )
        ).scalars()
        assert len(list(live)) == 1  # the one signed in with the new password


def test_unlock_clears_a_lockout(client: Any, factory: Any) -> None:
    for _ in range(5):
        _error(_sign_in(client, "S002-clerk", "wrong-pass"), 401, "unauthorized")
    _error(_sign_in(client, "S002-clerk"), 429, "account_locked")
    listed = {a["username"]: a for a in client.get("/v1/staff", headers=admin(client)).json()}
    assert listed["S002-clerk"]["locked_until"] is not None

    r = client.patch("/v1/staff/S002-clerk", json={"unlock": True}, headers=admin(client))
    assert r.status_code == 200 and r.json()["locked_until"] is None, r.text
    assert _sign_in(client, "S002-clerk").status_code == 200
    assert _audit(factory, "staff.edit")[0]["unlock"] is True


def test_the_last_admin_stays_an_admin(client: Any, factory: Any) -> None:
    _error(
        client.patch("/v1/staff/admin", json={"active": False}, headers=admin(client)),
        409,
        "conflict",
    )
    _error(
        client.patch("/v1/staff/admin", json={"role": "backoffice"}, headers=admin(client)),
        409,
        "conflict",
    )
    assert _account(factory, "admin").role == "admin"  # type: ignore[union-attr]

    r = client.post(
        "/v1/staff",
        json={"username": "admin-2", "password": "second-admin-1", "role": "admin"},
        headers=admin(client),
    )
    assert r.status_code == 201, r.text
    second = login(client, "admin-2", "second-admin-1")
    r = client.patch("/v1/staff/admin", json={"role": "backoffice"}, headers=second)
    assert r.status_code == 200 and r.json()["role"] == "backoffice"
    _error(
        client.patch("/v1/staff/admin-2", json={"active": False}, headers=second), 409, "conflict"
    )
