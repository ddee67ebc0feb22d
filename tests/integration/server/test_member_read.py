"""The member read (``GET /v1/members/{code}``): one query on the server, the same card as
the core's, and callers remembered for a few seconds without outliving a revocation."""

from __future__ import annotations

import shutil
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from core import directory
from core.codes import mask_phone
from core.db.models import Member, PointLot
from server import principals
from tests.conftest import T0
from tests.integration.server.conftest import admin, enrol_device, login, pg_create, pg_drop


def _members_with_lots(factory: Any) -> list[str]:
    """Codes of members holding open lots, the most lots first."""
    with factory() as s:
        rows = s.execute(
            select(Member.code)
            .join(PointLot, PointLot.member_id == Member.id)
            .where(PointLot.remaining > 0)
            .group_by(Member.code)
            .order_by(func.count().desc(), Member.code)
            .limit(8)
        ).all()
    return [r[0] for r in rows]


def _core_card(factory: Any, code: str, at: datetime) -> dict[str, Any]:
    with factory() as s:
        member = s.execute(select(Member).where(Member.code == code)).scalar_one()
        out = directory.card(s, member, at).as_dict()
    out["phone"] = mask_phone(out["phone"])
    return out


def _lot_instants(factory: Any, code: str) -> list[datetime]:
    """Instants on both sides of every lot's unlocking and end: each classification."""
    with factory() as s:
        lots = s.execute(
            select(PointLot.available_at, PointLot.expires_at)
            .join(Member, Member.id == PointLot.member_id)
            .where(Member.code == code, PointLot.remaining > 0)
        ).all()
    tick = timedelta(seconds=1)
    out = {T0}
    for available_at, expires_at in lots:
        out |= {available_at - tick, available_at, expires_at - tick, expires_at}
    return sorted(out)


def test_the_card_is_the_cores_card_at_every_instant(client: Any, factory: Any) -> None:
    """Available, locked and expired-but-not-yet-written-off points are split as the core
    splits them, whatever the time is relative to the lots' unlocking and expiry."""
    _, device = enrol_device(client, kind="channel", store=None)
    codes = _members_with_lots(factory)
    assert codes, "the seed gives members open lots"
    seen_locked = seen_expired = False
    for code in codes[:4]:
        for at in _lot_instants(factory, code):
            client.app.state.clock = lambda at=at: at
            r = client.get(f"/v1/members/{code}", headers=device)
            assert r.status_code == 200, r.text
            expected = _core_card(factory, code, at)
            got = r.json()
            assert got["points"] == {k: expected["points"][k] for k in got["points"]}, (code, at)
            assert set(got["points"]) == {"balance", "available", "locked", "debt"}
            assert got == {**{k: expected[k] for k in got}, "points": got["points"]}
            # The outlook ("120 yuan more to reach Gold") is the till's; the server's read stays
            # one query for integrators and leaves it out.
            assert set(got) == set(expected) - {"id", "tier_outlook"}
            seen_locked |= got["points"]["locked"] > 0
            seen_expired |= (
                got["points"]["available"] + got["points"]["locked"] - got["points"]["debt"]
                < got["points"]["balance"]
            )
    assert seen_locked and seen_expired, "the instants cover locked and expired lots"


def test_a_member_outside_the_callers_region_is_not_found(client: Any, factory: Any) -> None:
    with factory() as s:
        far = s.execute(
            select(Member.code).where(Member.home_store == "S004").limit(1)
        ).scalar_one()
        near = s.execute(
            select(Member.code).where(Member.home_store == "S001").limit(1)
        ).scalar_one()
    _, till = enrol_device(client, store="S001")
    assert client.get(f"/v1/members/{near}", headers=till).status_code == 200
    r = client.get(f"/v1/members/{far}", headers=till)
    assert r.status_code == 404 and r.json()["error"]["code"] == "member_not_found"
    assert client.get("/v1/members/M00000000000", headers=till).status_code == 404


def test_a_cached_caller_is_forgotten_when_revoked_or_changed(client: Any) -> None:
    """The cache answers repeated calls, yet revoking a device or changing a staff
    member's role takes effect on the next request."""
    device_id, till = enrol_device(client, store="S001")
    assert client.get("/v1/rewards", headers=till).status_code == 200
    assert client.get("/v1/rewards", headers=till).status_code == 200
    r = client.delete(f"/v1/devices/{device_id}", headers=admin(client))
    assert r.status_code == 200, r.text
    assert client.get("/v1/rewards", headers=till).status_code == 401

    office = login(client, "S001-manager")
    assert client.get("/v1/devices", headers=office).status_code == 200
    r = client.patch("/v1/staff/S001-manager", json={"role": "clerk"}, headers=admin(client))
    assert r.status_code == 200, r.text
    assert client.get("/v1/devices", headers=office).status_code == 403


def test_a_cached_staff_token_still_expires(client: Any) -> None:
    clerk = login(client, "S001-clerk")
    assert client.get("/v1/rewards", headers=clerk).status_code == 200
    client.app.state.clock = lambda: T0 + timedelta(days=1)
    r = client.get("/v1/rewards", headers=clerk)
    assert r.status_code == 401 and "expired" in r.json()["error"]["message"]


def test_two_databases_never_share_a_cached_caller(
    db_url: str, factory: Any, tmp_path: Path
) -> None:
    """Two databases copied from one file sign the same claims into the same token; a
    caller cached by one application is not the other's."""
    from fastapi.testclient import TestClient

    from server.db import open_server_db

    with TestClient(_app(factory)) as first:
        office = login(first, "S001-manager")  # makes the signing key both copies share
    factory.kw["bind"].dispose()
    copy_url, drop = _copy(db_url, tmp_path)
    other = open_server_db(copy_url, migrate=False)
    try:
        with TestClient(_app(factory)) as first, TestClient(_app(other)) as second:
            r = first.patch("/v1/staff/S001-manager", json={"role": "clerk"}, headers=admin(first))
            assert r.status_code == 200, r.text
            # The old token, now a clerk's in the first database, is cached as such there.
            assert first.get("/v1/devices", headers=office).status_code == 403
            assert login(second, "S001-manager") == office  # the very same token
            assert second.get("/v1/devices", headers=office).status_code == 200
    finally:
        other.kw["bind"].dispose()
        drop()


def _app(factory: Any) -> Any:
    from server.app import create_app

    app = create_app(factory)
    app.state.clock = lambda: T0
    return app


def _copy(url: str, tmp_path: Path) -> tuple[str, Any]:
    """A copy of the database at ``url``: its URL and how to drop it."""
    if url.startswith("sqlite"):
        path = tmp_path / "copy.db"
        shutil.copy(url.removeprefix("sqlite:///"), path)
        return f"sqlite:///{path}", lambda: None
    name = f"md_test_{uuid.uuid4().hex[:12]}"
    copy_url = pg_create(name, template=url.rsplit("/", 1)[1])
    return copy_url, lambda: pg_drop(name)


@pytest.fixture(autouse=True)
def _fresh_cache() -> None:
    principals.clear()
