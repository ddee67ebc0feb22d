"""Sign-in, lockout, refresh-token rotation and device revocation over HTTP."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from server.models import AuditEntry, StaffAccount
from tests.integration.server.conftest import admin, enrol_device, login


def _token(client: Any, user: str, password: str) -> Any:
    return client.post("/v1/auth/token", data={"username": user, "password": password})


def test_sign_in_gives_working_tokens(client: Any, factory: Any) -> None:
    r = _token(client, "S001-clerk", "demo-pass-1")
    assert r.status_code == 200
    body = r.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == 900
    me = {"Authorization": f"Bearer {body['access_token']}"}
    assert client.get("/v1/rewards", headers=me).status_code == 200
    with factory() as s:
        actions = s.execute(select(AuditEntry.action).where(AuditEntry.actor == "S001-clerk"))
        assert "login" in actions.scalars().all()


def test_wrong_password_and_unknown_user_look_the_same(client: Any) -> None:
    wrong = _token(client, "S001-clerk", "nope-nope")
    unknown = _token(client, "nobody", "nope-nope")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.headers["www-authenticate"] == "Bearer"


def test_five_failures_lock_the_account(client: Any, factory: Any) -> None:
    for _ in range(5):
        assert _token(client, "S002-clerk", "wrong-password").status_code == 401
    locked = _token(client, "S002-clerk", "demo-pass-1")
    assert locked.status_code == 429
    assert locked.json()["error"]["code"] == "account_locked"
    with factory() as s:
        assert s.get(StaffAccount, "S002-clerk").locked_until is not None
    # Other accounts are not affected.
    assert _token(client, "S003-clerk", "demo-pass-1").status_code == 200


def test_a_success_resets_the_failure_count(client: Any) -> None:
    for _ in range(4):
        _token(client, "S001-manager", "wrong-password")
    assert _token(client, "S001-manager", "demo-pass-1").status_code == 200
    for _ in range(4):
        _token(client, "S001-manager", "wrong-password")
    assert _token(client, "S001-manager", "demo-pass-1").status_code == 200


def test_refresh_tokens_rotate(client: Any) -> None:
    first = _token(client, "backoffice", "demo-pass-1").json()
    r = client.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert r.status_code == 200
    second = r.json()
    assert second["refresh_token"] != first["refresh_token"]
    again = client.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert again.status_code == 401
    headers = {"Authorization": f"Bearer {second['access_token']}"}
    assert client.get("/v1/rewards", headers=headers).status_code == 200


def test_bad_tokens_are_401_not_500(client: Any) -> None:
    for token in ("garbage", "a.b.c", "mdd_unknown", "x" * 5000):
        r = client.get("/v1/rewards", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 401, token
        assert r.json()["error"]["code"] == "unauthorized"
    assert client.get("/v1/rewards").status_code == 401


def test_a_revoked_device_is_shut_out(client: Any) -> None:
    device_id, headers = enrol_device(client, "S001")
    assert client.get("/v1/sync/pull", params={"limit": 1}, headers=headers).status_code == 200
    manager = login(client, "S001-manager")
    other_store = login(client, "S004-manager")
    assert client.delete(f"/v1/devices/{device_id}", headers=other_store).status_code == 403
    r = client.delete(f"/v1/devices/{device_id}", headers=manager)
    assert r.status_code == 200 and r.json()["revoked"] is True
    shut = client.get("/v1/sync/pull", params={"limit": 1}, headers=headers)
    assert shut.status_code == 401
    assert "revoked" in shut.json()["error"]["message"]


def test_store_manager_enrols_only_their_store(client: Any) -> None:
    manager = login(client, "S001-manager")
    ok = client.post(
        "/v1/devices",
        json={"name": "till 2", "kind": "store", "store_code": "S001"},
        headers=manager,
    )
    assert ok.status_code == 201 and ok.json()["token"].startswith("mdd_")
    no = client.post(
        "/v1/devices", json={"name": "till", "kind": "store", "store_code": "S002"}, headers=manager
    )
    assert no.status_code == 403
    region = client.post(
        "/v1/devices", json={"name": "laptop", "kind": "region", "region": "R01"}, headers=manager
    )
    assert region.status_code == 403
    regional = login(client, "R01-manager")
    laptop = client.post(
        "/v1/devices", json={"name": "laptop", "kind": "region", "region": "R01"}, headers=regional
    )
    assert laptop.status_code == 201 and laptop.json()["regions"] == ["R01"]
    bad = client.post(
        "/v1/devices",
        json={"name": "x", "kind": "store", "store_code": "S999"},
        headers=admin(client),
    )
    assert bad.status_code == 422


@pytest.mark.parametrize(
    "method,path,kwargs",
    [
        ("get", "/v1/audit?action=%00", {}),
        ("get", "/v1/members?query=a%00b", {}),
        ("put", "/v1/tiers/T1", {"json": {"name": "a\x00b"}}),
        ("post", "/v1/auth/token", {"data": {"username": "ad\x00min", "password": "x"}}),
    ],
)
def test_a_nul_character_is_refused_on_every_backend(
    client: Any, method: str, path: str, kwargs: dict[str, Any]
) -> None:
    headers = admin(client)
    r = getattr(client, method)(path, headers=headers, **kwargs)
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "invalid_input"
