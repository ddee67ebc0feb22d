"""merge_members through the central API, on SQLite and PostgreSQL: pushed by head office,
applied once, refused to a clerk, and another device pulls both members' new state; made
offline on a back-office copy, it reaches the server once and every device in scope."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from core import ledger
from core.db.models import CommandRow, Coupon, Member, PointAccount, PointLot
from core.services import DeviceServices
from sync.service import SyncService
from tests.conftest import T0
from tests.integration.server.conftest import enrol_device
from tests.integration.server.test_sync_api import _pull_all
from tests.integration.server.wire import Till, members_of_store
from tests.integration.sync.conftest import (  # noqa: F401  (fixtures)
    Central,
    Device,
    central,
    private_keyring,
)


def _state(factory: Any, member_id: str) -> tuple[int, int, int, int]:
    """(balance, debt, open lots, issued coupons) of one member on the server."""
    with factory() as s:
        acct = s.get(PointAccount, member_id)
        assert acct is not None
        lots = s.execute(
            select(func.count()).where(PointLot.member_id == member_id, PointLot.remaining > 0)
        ).scalar_one()
        coupons = s.execute(
            select(func.count()).where(Coupon.member_id == member_id, Coupon.status == "issued")
        ).scalar_one()
        return acct.balance, acct.debt, lots, coupons


def _merge(till: Till, survivor: str, duplicate: str) -> dict[str, Any]:
    payload = {"survivor_id": survivor, "duplicate_id": duplicate, "reason": "enrolled twice"}
    return till.command("merge_members", payload, at=T0)


def test_head_office_merge_is_applied_once_and_pulled_by_a_till(client: Any, factory: Any) -> None:
    (survivor, _), (duplicate, _) = members_of_store(factory, "S001")[:2]
    _till, till_headers = enrol_device(client, "S001")
    _rows, cursor, _pages, _deleted = _pull_all(client, till_headers)
    kept, dup = _state(factory, survivor), _state(factory, duplicate)
    with factory() as s:
        due = sum(
            lot.remaining
            for lot in ledger.open_lots(s, duplicate)
            if lot.expires_at <= T0  # written off by the merge, not moved
        )

    _hq, hq_headers = enrol_device(client, None, kind="backoffice")
    command = _merge(Till(store=None, staff="backoffice"), survivor, duplicate)
    r = client.post("/v1/sync/push", json={"commands": [command]}, headers=hq_headers)
    assert r.status_code == 200, r.text
    answer = r.json()["results"][0]
    assert answer["status"] == "applied", answer
    result = answer["result"]
    assert result["coupons"] == dup[3] and result["debt"] == dup[1]
    assert result["lots"] <= dup[2]

    # Both totals before (less what had expired) are the survivor's; the duplicate is empty.
    assert _state(factory, survivor) == (
        kept[0] + dup[0] - due,
        kept[1] + dup[1],
        kept[2] + result["lots"],
        kept[3] + dup[3],
    )
    assert _state(factory, duplicate) == (0, 0, 0, 0)
    with factory() as s:
        assert ledger.check_invariants(s, survivor) == []
        assert ledger.check_invariants(s, duplicate) == []
        closed = s.get(Member, duplicate)
        assert closed is not None and (closed.status, closed.merged_into) == ("closed", survivor)

    again = client.post("/v1/sync/push", json={"commands": [command]}, headers=hq_headers)
    assert again.json()["results"][0]["status"] == "duplicate"
    assert again.json()["results"][0]["result"] == result
    assert _state(factory, duplicate) == (0, 0, 0, 0)
    with factory() as s:
        assert (
            s.execute(select(func.count()).where(CommandRow.id == command["id"])).scalar_one() == 1
        )

    # The till of the members' store receives both members' new rows from the feed.
    changed, _cursor, _pages, _deleted = _pull_all(client, till_headers, cursor)
    members = {row["id"]: row for row in changed["members"].values()}
    assert members[duplicate]["status"] == "closed"
    assert members[duplicate]["merged_into"] == survivor
    accounts = {row["member_id"]: row for row in changed["point_accounts"].values()}
    assert accounts[survivor]["balance"] == kept[0] + dup[0] - due
    assert accounts[duplicate]["balance"] == 0
    new_lots = [lot for lot in changed["point_lots"].values() if lot["member_id"] == survivor]
    assert len(new_lots) == result["lots"]


def test_only_head_office_may_merge(client: Any, factory: Any) -> None:
    (survivor, _), (duplicate, _) = members_of_store(factory, "S001")[:2]
    before = _state(factory, survivor), _state(factory, duplicate)
    _device, headers = enrol_device(client, "S001")
    till = Till("S001", "S001-clerk")
    batch = [_merge(till, survivor, duplicate)]
    manager = Till("S001", "S001-manager")
    manager.seq = 1
    batch.append(_merge(manager, survivor, duplicate))
    r = client.post("/v1/sync/push", json={"commands": batch}, headers=headers)
    assert r.status_code == 200, r.text
    for result in r.json()["results"]:
        assert (result["status"], result["error"]["code"]) == ("rejected", "forbidden")
    assert (_state(factory, survivor), _state(factory, duplicate)) == before
    with factory() as s:
        assert s.get(Member, duplicate).status == "active"  # type: ignore[union-attr]


def _sync(services: DeviceServices) -> None:
    asyncio.run(SyncService(services.factory).run_cycle())


def test_a_merge_made_offline_reaches_the_server_once_and_the_other_till(
    central: Central,  # noqa: F811
    tmp_path: Path,
) -> None:
    office, other = Device(tmp_path / "office.db"), Device(tmp_path / "till.db")
    office.setup(central, user="backoffice")
    other.setup(central)
    here = DeviceServices.open(str(office.path))
    there = DeviceServices.open(str(other.path))
    try:
        first, second = (row.code for row in here.page(None, 2))
        survivor, duplicate = here.find(first), here.find(second)
        total = survivor.points.balance + duplicate.points.balance - duplicate.points.expired_due
        applied = here.merge_members(first, second, "one person, two cards", staff="backoffice")
        # Offline: applied here, waiting to be uploaded.
        assert here.find(first).points.balance == total
        assert (
            here.find(first).points.pending_upload
            == applied.result["points"] - (applied.result["debt"])
        )
        _sync(here)
        _sync(there)
        for services in (here, there):
            kept = services.find(first).points
            assert (kept.balance, kept.pending_upload) == (total, 0)
            gone = services.find(second)
            assert gone.status == "closed" and gone.points.balance == 0
            with services.factory() as s:
                row = s.get(Member, duplicate.id)
                assert row is not None and row.merged_into == survivor.id
        with central.factory()() as s:
            assert s.get(PointAccount, survivor.id).balance == total  # type: ignore[union-attr]
            # (A device holds no full ledger history; the server's ledger is checked whole.)
            assert ledger.check_invariants(s, survivor.id) == []
            assert ledger.check_invariants(s, duplicate.id) == []
            assert (
                s.execute(
                    select(func.count()).where(CommandRow.kind == "merge_members")
                ).scalar_one()
                == 1
            )
    finally:
        here.factory.kw["bind"].dispose()
        there.factory.kw["bind"].dispose()


def test_a_merge_the_server_refuses_is_undone_on_the_device(
    central: Central,  # noqa: F811
    tmp_path: Path,
) -> None:
    office = Device(tmp_path / "office.db")
    office.setup(central, user="backoffice")
    here = DeviceServices.open(str(office.path))
    try:
        first, second = (row.code for row in here.page(None, 2))
        survivor, duplicate = here.find(first), here.find(second)
        # Made in a clerk's name: the server refuses it (head office only).
        here.merge_members(first, second, "typed at the counter", staff="S001-clerk")
        assert here.find(second).status == "closed"
        _sync(here)
        # Both members are the server's again: active, their own points, nothing pending.
        back, kept = here.find(second), here.find(first)
        assert back.status == "active" and back.points.pending_upload == 0
        assert back.points.available == duplicate.points.available
        assert kept.points.available == survivor.points.available
        with here.factory() as s:
            row = s.get(Member, duplicate.id)
            assert row is not None and row.merged_into is None
            assert (
                s.execute(
                    select(CommandRow.sync_state).where(CommandRow.kind == "merge_members")
                ).scalar_one()
                == "rejected"
            )
        with central.factory()() as s:
            assert s.get(Member, duplicate.id).status == "active"  # type: ignore[union-attr]
    finally:
        here.factory.kw["bind"].dispose()
