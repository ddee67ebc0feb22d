"""POS PINs on the central API: set your own, reset a clerk's, a till's sign-in cache.

On SQLite and PostgreSQL (the ``client`` fixture). PINs are checked by the same
argon2 code a till uses offline (``core.staff_signin.pin_matches``).
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from core.staff_signin import pin_matches
from server.models import AuditEntry, StaffAccount
from server.permissions import ROLES, may
from server.seed import DEMO_PINS
from tests.integration.server.conftest import admin, enrol_device, login
from tests.integration.server.test_roles import USERS


def _cache(client: Any, headers: dict[str, str], etag: str | None = None) -> Any:
    extra = {"If-None-Match": etag} if etag else {}
    return client.get("/v1/staff/signin-cache", headers={**headers, **extra})


def _pin_hash(factory: Any, username: str) -> str | None:
    with factory() as s:
        return s.get(StaffAccount, username).pin_hash  # type: ignore[no-any-return,union-attr]


def _audit(factory: Any, action: str) -> list[AuditEntry]:
    with factory() as s:
        return list(s.execute(select(AuditEntry).where(AuditEntry.action == action)).scalars())


def test_a_store_till_gets_its_own_staff_only(client: Any) -> None:
    _device, till = enrol_device(client, "S001")
    r = _cache(client, till)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["store_code"] == "S001"
    by_name = {s["username"]: s for s in body["staff"]}
    # The store's clerk and manager, and the regional manager of its region; nobody else.
    assert set(by_name) == {"S001-clerk", "S001-manager", "R01-manager"}
    assert by_name["S001-clerk"]["role"] == "clerk"
    assert by_name["S001-clerk"]["active"] is True
    for name, entry in by_name.items():
        pin = DEMO_PINS[entry["role"]]
        assert pin_matches(entry["pin_hash"], pin), name
        assert not pin_matches(entry["pin_hash"], "9999"), name
    assert r.headers["etag"] == f'"{body["version"]}"'


def test_an_unchanged_cache_is_answered_304_and_a_new_pin_changes_it(client: Any) -> None:
    _device, till = enrol_device(client, "S001")
    first = _cache(client, till).json()["version"]
    again = _cache(client, till, f'"{first}"')
    assert again.status_code == 304
    assert again.content == b""
    r = client.put(
        "/v1/staff/S001-clerk/pin", json={"pin": "8642"}, headers=login(client, "S001-manager")
    )
    assert r.status_code == 200, r.text
    changed = _cache(client, till, f'"{first}"')
    assert changed.status_code == 200
    assert changed.json()["version"] != first
    clerk = next(s for s in changed.json()["staff"] if s["username"] == "S001-clerk")
    assert pin_matches(clerk["pin_hash"], "8642")


def test_a_disabled_account_stays_listed_without_its_pin(client: Any) -> None:
    _device, till = enrol_device(client, "S001")
    r = client.patch("/v1/staff/S001-clerk", json={"active": False}, headers=admin(client))
    assert r.status_code == 200, r.text
    clerk = next(s for s in _cache(client, till).json()["staff"] if s["username"] == "S001-clerk")
    assert clerk["active"] is False
    assert clerk["pin_hash"] is None


@pytest.mark.parametrize("who", ["staff", "region device", "nobody"])
def test_only_a_store_till_reads_a_cache(client: Any, who: str) -> None:
    if who == "staff":
        headers = login(client, "S001-manager")
    elif who == "region device":
        headers = enrol_device(client, None, kind="region", region="R01")[1]
    else:
        headers = {}
    r = _cache(client, headers)
    assert r.status_code == (401 if who == "nobody" else 403), r.text


def test_setting_your_own_pin_needs_your_password(client: Any, factory: Any) -> None:
    before = _pin_hash(factory, "S001-clerk")
    headers = login(client, "S001-clerk")
    wrong = client.put(
        "/v1/staff/me/pin", json={"password": "not-it-at-all", "pin": "2580"}, headers=headers
    )
    assert wrong.status_code == 401, wrong.text
    assert _pin_hash(factory, "S001-clerk") == before
    right = client.put(
        "/v1/staff/me/pin", json={"password": "demo-pass-1", "pin": "2580"}, headers=headers
    )
    assert right.status_code == 200, right.text
    assert right.json() == {"username": "S001-clerk", "pin_set": True}
    assert pin_matches(_pin_hash(factory, "S001-clerk"), "2580")
    entries = _audit(factory, "staff.pin_set")
    assert [(e.actor, e.detail) for e in entries] == [("S001-clerk", {"username": "S001-clerk"})]
    assert "2580" not in str(entries[0].detail)


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("0000", "one digit repeated"),
        ("1234", "digits in a row"),
        ("98765", "digits in a row"),
        ("123", "4–8 digits"),
        ("12a4", "4–8 digits"),
        ("１３５７", "4–8 digits"),  # full-width digits
    ],
)
def test_a_weak_or_malformed_pin_is_refused_and_nothing_changes(
    client: Any, factory: Any, pin: str, problem: str
) -> None:
    before = _pin_hash(factory, "S001-clerk")
    r = client.put(
        "/v1/staff/me/pin",
        json={"password": "demo-pass-1", "pin": pin},
        headers=login(client, "S001-clerk"),
    )
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "invalid_input"
    assert problem in r.json()["error"]["message"]
    assert _pin_hash(factory, "S001-clerk") == before
    assert _audit(factory, "staff.pin_set") == []


def test_a_device_cannot_set_a_pin(client: Any) -> None:
    _device, till = enrol_device(client, "S001")
    r = client.put(
        "/v1/staff/me/pin", json={"password": "demo-pass-1", "pin": "2580"}, headers=till
    )
    assert r.status_code == 403, r.text


@pytest.mark.parametrize("role", ROLES)
def test_pin_reset_matrix(client: Any, factory: Any, role: str) -> None:
    """The ``staff.pin_reset`` cell of every role, on a clerk of S001."""
    headers = admin(client) if role == "admin" else login(client, USERS[role])
    r = client.put("/v1/staff/S001-clerk/pin", json={"pin": "8642"}, headers=headers)
    if may(role, "staff.pin_reset"):
        assert r.status_code == 200, r.text
        assert pin_matches(_pin_hash(factory, "S001-clerk"), "8642")
        entries = _audit(factory, "staff.pin_reset")
        assert [(e.actor, e.detail) for e in entries] == [
            ("admin" if role == "admin" else USERS[role], {"username": "S001-clerk"})
        ]
    else:
        assert r.status_code == 403, r.text
        assert r.json()["error"]["code"] == "forbidden"
        assert pin_matches(_pin_hash(factory, "S001-clerk"), DEMO_PINS["clerk"])


@pytest.mark.parametrize("target", ["S002-clerk", "R01-manager", "S001-manager"])
def test_a_store_manager_resets_only_the_clerks_of_their_store(
    client: Any, factory: Any, target: str
) -> None:
    before = _pin_hash(factory, target)
    r = client.put(
        f"/v1/staff/{target}/pin", json={"pin": "8642"}, headers=login(client, "S001-manager")
    )
    assert r.status_code == 403, r.text
    assert _pin_hash(factory, target) == before
    assert _audit(factory, "staff.pin_reset") == []


def test_reset_of_an_unknown_account_or_a_weak_pin_is_refused(client: Any) -> None:
    r = client.put("/v1/staff/nobody/pin", json={"pin": "8642"}, headers=admin(client))
    assert r.status_code == 404, r.text
    r = client.put("/v1/staff/S001-clerk/pin", json={"pin": "1111"}, headers=admin(client))
    assert r.status_code == 422, r.text
    r = client.put("/v1/staff/S001-clerk/pin", json={"pin": 8642}, headers=admin(client))
    assert r.status_code == 422, r.text
