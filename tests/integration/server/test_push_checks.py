"""The server's own checks of a pushed command: scope of enrolments, overrides, disabled staff.

Each over the real push endpoint, on SQLite and PostgreSQL; the last test pushes
all of it into two copies of one database, set-based and per-command, and finds
the same answers and the same rows.
"""

from __future__ import annotations

import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from core.codes import make_member_code
from core.db.models import AttentionItem, CommandRow, Member, PointAccount, Sale
from tests.integration.server.conftest import (
    PG_HOST,
    Template,
    admin,
    enrol_device,
    login,
    pg_create,
    pg_drop,
)
from tests.integration.server.test_push_batch import Server, _table_rows
from tests.integration.server.wire import Till, members_of_store

PUSH = "/v1/sync/push"


def _push(client: Any, headers: dict[str, str], commands: list[dict[str, Any]]) -> list[Any]:
    r = client.post(PUSH, json={"commands": commands}, headers=headers)
    assert r.status_code == 200, r.text
    return list(r.json()["results"])


def _enrol(till: Till, home: str | None, **kw: Any) -> dict[str, Any]:
    member_id = str(uuid.uuid4())
    payload: dict[str, Any] = {
        "member_id": member_id,
        "code": make_member_code(),
        "name": "张新",
        "phone": f"139{uuid.UUID(member_id).int % 10**8:08d}",
    }
    if home is not None:
        payload["home_store"] = home
    return till.command("enrol_member", payload, **kw)


def _items(factory: Any, command_id: str) -> list[AttentionItem]:
    with factory() as s:
        return list(
            s.scalars(select(AttentionItem).where(AttentionItem.command_id == command_id)).all()
        )


def _disable(client: Any, username: str) -> None:
    r = client.patch(f"/v1/staff/{username}", json={"active": False}, headers=admin(client))
    assert r.status_code == 200, r.text


# --- 1. enrolments stay in the device's scope ------------------------------------------


def test_a_till_enrols_only_into_its_scope(client: Any, factory: Any) -> None:
    _device, headers = enrol_device(client, "S001")  # region R01: S001, S002, S003
    till = Till()
    away = _enrol(till, "S004")  # region R02
    near = _enrol(till, "S002")
    own = _enrol(till, None)
    results = _push(client, headers, [away, near, own])
    assert [r["status"] for r in results] == ["rejected", "applied", "applied"], results
    assert results[0]["error"]["code"] == "out_of_scope"
    assert results[0]["error"]["params"] == {"store": "S004"}
    with factory() as s:
        assert s.get(Member, away["payload"]["member_id"]) is None
        assert s.get(Member, near["payload"]["member_id"]).home_store == "S002"
        assert s.get(Member, own["payload"]["member_id"]).home_store == "S001"
    [item] = _items(factory, away["id"])
    assert item.kind == "rejected_command" and item.member_id is None
    assert item.detail["error"]["code"] == "out_of_scope"


def test_a_profile_edit_may_not_move_a_member_out_of_scope(client: Any, factory: Any) -> None:
    _device, headers = enrol_device(client, "S001")
    member, _balance = members_of_store(factory, "S001")[0]
    with factory() as s:
        version = s.get(Member, member).version
    till = Till(staff="S001-manager")
    moved = till.command(
        "edit_profile", {"member_id": member, "base_version": version, "home_store": "S004"}
    )
    renamed = till.command(
        "edit_profile", {"member_id": member, "base_version": version, "home_store": "S003"}
    )
    results = _push(client, headers, [moved, renamed])
    assert [r["status"] for r in results] == ["rejected", "applied"], results
    assert results[0]["error"]["code"] == "out_of_scope"
    with factory() as s:
        assert s.get(Member, member).home_store == "S003"
    assert [i.kind for i in _items(factory, moved["id"])] == ["rejected_command"]


@pytest.mark.parametrize(
    ("kind", "store", "region", "home", "status"),
    [
        ("region", None, "R01", "S003", "applied"),
        ("region", None, "R01", "S004", "rejected"),
        ("backoffice", None, None, "S004", "applied"),
    ],
)
def test_a_manager_laptop_enrols_into_its_region_and_head_office_anywhere(
    client: Any,
    factory: Any,
    kind: str,
    store: str | None,
    region: str | None,
    home: str,
    status: str,
) -> None:
    _device, headers = enrol_device(client, store, kind=kind, region=region)
    till = Till(store=None, staff="backoffice")
    enrol = _enrol(till, home)
    [result] = _push(client, headers, [enrol])
    assert result["status"] == status, result
    with factory() as s:
        assert (s.get(Member, enrol["payload"]["member_id"]) is not None) == (status == "applied")


# --- 2. a manager's override is the server's to verify ---------------------------------


@pytest.mark.parametrize(
    ("approver", "problem", "role"),
    [
        ("S001-manager", None, None),
        ("R01-manager", None, None),
        ("backoffice", None, None),
        ("S002-manager", "outside_scope", "store_manager"),  # another store, same region
        ("R02-manager", "outside_scope", "regional_manager"),
        ("S001-clerk", "may_not_approve", "clerk"),
        ("nobody", "unknown_staff", None),
        ("disabled", "staff_disabled", "store_manager"),
    ],
)
def test_an_override_is_applied_and_an_unverified_one_raises_attention(
    client: Any, factory: Any, approver: str, problem: str | None, role: str | None
) -> None:
    if approver == "disabled":
        approver = "S001-manager"
        _disable(client, approver)
    _device, headers = enrol_device(client, "S001")
    member, _balance = members_of_store(factory, "S001", min_balance=400)[0]
    till = Till()
    override = {"staff": approver, "reason": "network down since Monday"}
    sale = till.sale(member, 20_000, 100)  # offline, beyond the till's bound
    sale["payload"]["override"] = override
    refund = till.command(
        "refund_sale",
        {
            "refund_id": str(uuid.uuid4()),
            "sale_id": sale["payload"]["sale_id"],
            "override": override,
        },
    )
    results = _push(client, headers, [sale, refund])
    assert [r["status"] for r in results] == ["applied", "applied"], [r["error"] for r in results]
    for command in (sale, refund):
        unverified = [i for i in _items(factory, command["id"]) if i.kind == "override_unverified"]
        if problem is None:
            assert unverified == []
            continue
        [item] = unverified
        assert item.member_id == member
        assert item.detail == {
            "command_kind": command["kind"],
            "device_id": item.detail["device_id"],
            "store_code": "S001",
            "staff": "S001-clerk",
            "approver": approver,
            "approver_role": role,
            "problem": problem,
            "reason": "network down since Monday",
        }
    with factory() as s:
        assert s.get(Sale, sale["payload"]["sale_id"]) is not None
        assert s.get(CommandRow, sale["id"]).payload["override"] == override


def test_an_unverified_override_is_listed_for_the_stores_manager(client: Any, factory: Any) -> None:
    _device, headers = enrol_device(client, "S001")
    member, _balance = members_of_store(factory, "S001")[0]
    till = Till()
    redeem = till.redeem(member, "RW0002")
    redeem["payload"]["override"] = {"staff": "S001-clerk", "reason": "the manager was busy"}
    [result] = _push(client, headers, [redeem])
    assert result["status"] == "applied", result
    r = client.get("/v1/attention", headers=login(client, "S001-manager"))
    assert r.status_code == 200, r.text
    [item] = [i for i in r.json()["items"] if i["command_id"] == redeem["id"]]
    assert item["kind"] == "override_unverified" and item["member_id"] == member
    assert item["command_kind"] == "redeem_reward" and item["store_code"] == "S001"
    assert item["detail"]["problem"] == "may_not_approve"


# --- 3. a disabled clerk's facts are kept, the rest refused ----------------------------


def test_a_disabled_clerks_offline_facts_are_applied_with_attention(
    client: Any, factory: Any
) -> None:
    _device, headers = enrol_device(client, "S001")
    member, balance = members_of_store(factory, "S001", min_balance=400)[0]
    _disable(client, "S001-clerk")  # after the till cached the clerk's PIN
    till = Till()
    sale = till.sale(member, 12_800)
    refund = till.command(
        "refund_sale",
        {"refund_id": str(uuid.uuid4()), "sale_id": sale["payload"]["sale_id"], "amount_fen": 800},
    )
    redeem = till.redeem(member, "RW0002")
    enrol = _enrol(till, None)
    anonymous = till.sale(None, 5_000)
    results = _push(client, headers, [sale, refund, redeem, enrol, anonymous])
    assert [r["status"] for r in results] == ["applied"] * 5, results
    for command, member_id in (
        (sale, member),
        (refund, member),
        (redeem, member),
        (enrol, enrol["payload"]["member_id"]),
        (anonymous, None),
    ):
        [item] = _items(factory, command["id"])
        assert item.kind == "staff_disabled"
        assert item.member_id == member_id
        assert item.detail["staff"] == "S001-clerk" and item.detail["role"] == "clerk"
        assert item.detail["command_kind"] == command["kind"]
    with factory() as s:
        assert s.get(Sale, sale["payload"]["sale_id"]) is not None
        assert s.get(Member, enrol["payload"]["member_id"]) is not None
        assert s.get(PointAccount, member).balance != balance


def test_a_disabled_clerks_other_commands_are_refused(client: Any, factory: Any) -> None:
    _device, headers = enrol_device(client, "S001")
    member, _balance = members_of_store(factory, "S001")[0]
    with factory() as s:
        version, name = s.get(Member, member).version, s.get(Member, member).name
    _disable(client, "S001-clerk")
    till = Till()
    edit = till.command(
        "edit_profile", {"member_id": member, "base_version": version, "name": "李改"}
    )
    unknown = till.sale(member, 5_000, staff="nobody")  # never an account: refused as before
    results = _push(client, headers, [edit, unknown])
    assert [r["status"] for r in results] == ["rejected", "rejected"], results
    assert results[0]["error"]["code"] == "staff_disabled"
    assert results[1]["error"]["code"] == "unknown_staff"
    with factory() as s:
        assert s.get(Member, member).name == name
    assert [i.kind for i in _items(factory, edit["id"])] == ["rejected_command"]


def test_a_disabled_clerks_sale_through_a_channel_is_refused(client: Any, factory: Any) -> None:
    # Only a till works offline on a cached PIN; elsewhere a disabled account is refused.
    _device, headers = enrol_device(client, None, kind="backoffice")
    member, _balance = members_of_store(factory, "S001")[0]
    _disable(client, "S001-clerk")
    sale = Till().sale(member, 5_000)
    [result] = _push(client, headers, [sale])
    assert result["status"] == "rejected" and result["error"]["code"] == "staff_disabled"
    with factory() as s:
        assert s.get(Sale, sale["payload"]["sale_id"]) is None


# --- the set-based path answers as the per-command path ---------------------------------


@pytest.fixture
def twins(template: Template, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Two copies of the seeded template: (set-based, per-command)."""
    if template.backend == "sqlite":
        urls = []
        for name in ("batched.db", "single.db"):
            shutil.copy(template.location, tmp_path / name)
            urls.append(f"sqlite:///{tmp_path / name}")
        yield urls[0], urls[1]
        return
    names = [f"md_checks_{uuid.uuid4().hex[:10]}_{x}" for x in "ab"]
    try:
        for name in names:
            pg_create(name, template=template.location)
        yield f"{PG_HOST}/{names[0]}", f"{PG_HOST}/{names[1]}"
    finally:
        for name in names:
            pg_drop(name)


def _checked_batch(members: list[str]) -> list[dict[str, Any]]:
    """Ordinary sales between every case of the three checks (fixed ids: the same for both)."""
    ids = iter(uuid.UUID(int=n, version=4) for n in range(1, 10_000))
    till = Till(staff="S001-manager")  # the clerk is disabled before the push
    batch: list[dict[str, Any]] = []

    def stamp(command: dict[str, Any]) -> dict[str, Any]:
        command["id"] = str(next(ids))
        for key in ("sale_id", "refund_id", "redemption_id"):
            if key in command["payload"]:
                command["payload"][key] = str(next(ids))
        if "receipt_no" in command["payload"]:
            command["payload"]["receipt_no"] = f"C{command['seq']:06d}"
        if command["kind"] == "enrol_member":
            n = command["seq"]
            command["payload"]["member_id"] = str(next(ids))
            command["payload"]["code"] = make_member_code(9_000_000_000 + n)
            command["payload"]["phone"] = f"1390000{n:04d}"
        batch.append(command)
        return command

    def ordinary(count: int = 2) -> None:
        for i in range(count):
            stamp(till.sale(members[(len(batch) + i) % len(members)], 3_000 + 100 * i))

    ordinary(3)
    for approver in ("S001-manager", "S003-clerk", "R02-manager", "nobody"):
        sale = till.sale(members[0], 9_900)  # no points spent: an ordinary sale but for this
        sale["payload"]["override"] = {"staff": approver, "reason": "checked?"}
        stamp(sale)
        ordinary()
    stamp(till.sale(members[1], 7_700, staff="S001-clerk"))
    ordinary()
    stamp(till.sale(None, 4_400, staff="S001-clerk"))
    ordinary()
    stamp(_enrol(till, "S004"))
    ordinary()
    stamp(_enrol(till, None, staff="S001-clerk"))
    ordinary()
    edit = {"member_id": members[2], "base_version": 1, "name": "王"}
    stamp(till.command("edit_profile", edit, staff="S001-clerk"))
    ordinary(3)
    return batch


def test_the_checks_answer_alike_set_based_and_per_command(
    twins: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    batched, single = Server(twins[0]), Server(twins[1])
    try:
        members = [m for m, _ in members_of_store(batched.factory, "S001")][:5]
        batch = _checked_batch(members)
        answers = []
        for flag, server in (("1", batched), ("0", single)):
            _disable(server.client, "S001-clerk")
            monkeypatch.setenv("MEMBERDESK_PUSH_BATCH", flag)
            answers.append(server.push(batch))
        assert answers[0][0] == answers[1][0] == 200
        assert answers[0][1] == answers[1][1]
        results = answers[0][1]["results"]
        codes = [r["error"]["code"] for r in results if r["error"]]
        assert sorted(codes) == ["out_of_scope", "staff_disabled"], codes
        left, right = _table_rows(batched.factory), _table_rows(single.factory)
        assert left.keys() == right.keys()
        for name in left:
            assert left[name] == right[name], name
        with batched.factory() as s:
            kinds = sorted(s.scalars(select(AttentionItem.kind)).all())
        assert kinds.count("override_unverified") == 3, kinds
        assert kinds.count("staff_disabled") == 3, kinds
    finally:
        batched.close()
        single.close()
