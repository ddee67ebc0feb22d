"""Device kinds end to end: a regional manager's laptop and a head-office desktop.

A real central API process (SQLite and PostgreSQL), the command line as an
operator uses it. ``device setup --region R01`` pulls exactly the members of
R01's stores; ``--backoffice`` pulls every member. Changes made on each (an
enrolment, a profile edit, a manager's points adjustment) are accepted by the
server under the staff member who set the device up, and reach a store till of
that region.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from tests.e2e.conftest import DEMO_PASSWORD, Central, Device, memberdesk

R01 = ("S001", "S002", "S003")
R02 = ("S004", "S005", "S006")


def setup(path: Path, central: Central, *kind: str, user: str, ok: bool = True) -> Any:
    proc = memberdesk(
        "device",
        "setup",
        "--db",
        str(path),
        "--server",
        central.url,
        *kind,
        "--user",
        user,
        "--password",
        DEMO_PASSWORD,
        "--json",
        ok=ok,
    )
    return json.loads(proc.stdout) if ok else proc


def server_members(central: Central) -> dict[str, tuple[str, str | None]]:
    """member code -> (id, home store), read from the central database."""
    from sqlalchemy import select

    from core.db.models import Member

    with central.factory()() as s:
        rows = s.execute(select(Member.code, Member.id, Member.home_store)).all()
    return {code: (mid, store) for code, mid, store in rows}


def server_commands(central: Central, device_id: str) -> list[tuple[str, str, str | None, str]]:
    """(kind, sync_state, store, staff) of a device's commands on the server, in order."""
    from sqlalchemy import select

    from core.db.models import CommandRow

    with central.factory()() as s:
        rows = s.execute(
            select(CommandRow.kind, CommandRow.sync_state, CommandRow.store_code, CommandRow.staff)
            .where(CommandRow.device_id == device_id)
            .order_by(CommandRow.seq)
        ).all()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def server_card(central: Central, code: str) -> dict[str, Any]:
    r = httpx.get(f"{central.url}/v1/members/{code}", headers=central.staff(), timeout=30)
    assert r.status_code == 200, r.text
    card: dict[str, Any] = r.json()
    return card


def test_a_region_laptop_pulls_its_region_and_its_changes_reach_a_store_till(
    central: Central, tmp_path: Path
) -> None:
    laptop = Device(tmp_path / "laptop.db", "R01")
    answer = setup(laptop.path, central, "--region", "R01", user="R01-manager")
    assert answer["kind"] == "region" and answer["region"] == "R01"
    assert answer["store_code"] is None and answer["regions"] == ["R01"]

    everyone = server_members(central)
    in_region = {code for code, (_id, store) in everyone.items() if store in R01}
    assert in_region and len(in_region) < len(everyone)
    assert set(laptop.region_member_codes()) == in_region
    assert answer["members"] == len(in_region)
    stock_stores = {r[0] for r in laptop.query("SELECT DISTINCT store_code FROM store_stock")}
    assert stock_stores and stock_stores <= set(R01)
    device = json.loads(laptop.query("SELECT value FROM settings WHERE key = 'device'")[0][0])
    assert (device["kind"], device["region"], device["operator"]) == (
        "region",
        "R01",
        "R01-manager",
    )

    # The manager's changes, named as the manager.
    staff = ["--staff", "R01-manager"]
    new = laptop.cli(
        "members",
        "add",
        "--name",
        "区域新会员",
        "--phone",
        "13700000101",
        "--store",
        "S002",
        *staff,
    )
    target = sorted(c for c in in_region if everyone[c][1] == "S003")[0]
    before = server_card(central, target)["points"]["balance"]
    laptop.cli("adjust", "--member", target, "--points", "250", "--reason", "goodwill", *staff)
    version = laptop.query("SELECT version FROM members WHERE code = ?", (target,))[0][0]
    laptop.services.edit_profile(target, int(version), staff="R01-manager", name="改名会员")
    done = laptop.sync()
    report = json.loads(done.stdout)
    assert report["push"]["applied"] == 3 and report["push"]["rejected"] == 0, report

    commands = server_commands(central, laptop.device_id)
    assert [c[:2] for c in commands] == [
        ("enrol_member", "remote"),
        ("adjust_points", "remote"),
        ("edit_profile", "remote"),
    ]
    assert {(c[2], c[3]) for c in commands} == {(None, "R01-manager")}
    card = server_card(central, target)
    assert card["points"]["balance"] == before + 250 and card["name"] == "改名会员"
    assert server_members(central)[new["code"]][1] == "S002"

    # A till of the region sees what the laptop did.
    till = Device(tmp_path / "till.db", "S001")
    till.setup(central.url)
    try:
        shown = till.show(target)
        assert shown["name"] == "改名会员"
        assert shown["points"]["confirmed"] == before + 250
        assert till.show(new["code"])["name"] == "区域新会员"
    finally:
        till.close()
        laptop.close()


def test_a_backoffice_desktop_pulls_everyone_and_its_changes_reach_every_region(
    central: Central, tmp_path: Path
) -> None:
    desk = Device(tmp_path / "backoffice.db", "-")
    answer = setup(desk.path, central, "--backoffice", user="backoffice")
    assert answer["kind"] == "backoffice" and answer["regions"] == ["*"]
    everyone = server_members(central)
    assert set(desk.region_member_codes()) == set(everyone)
    stock_stores = {r[0] for r in desk.query("SELECT DISTINCT store_code FROM store_stock")}
    assert stock_stores == set(R01 + R02)

    target = sorted(c for c, (_id, store) in everyone.items() if store in R02)[0]
    before = server_card(central, target)["points"]["balance"]
    staff = ["--staff", "backoffice"]
    desk.cli("adjust", "--member", target, "--points", "-1", "--reason", "typo fix", *staff)
    desk.cli("freeze", "--member", target, "--reason", "fraud check", *staff)
    new = desk.cli(
        "members",
        "add",
        "--name",
        "总部新会员",
        "--phone",
        "13700000201",
        "--store",
        "S005",
        *staff,
    )
    report = json.loads(desk.sync().stdout)
    assert report["push"]["applied"] == 3 and report["push"]["rejected"] == 0, report
    commands = server_commands(central, desk.device_id)
    assert [c[1] for c in commands] == ["remote"] * 3
    assert {(c[2], c[3]) for c in commands} == {(None, "backoffice")}
    assert server_card(central, target)["points"]["balance"] == before - 1

    till = Device(tmp_path / "till.db", "S004")
    till.setup(central.url)
    try:
        assert till.show(target)["points"]["confirmed"] == before - 1
        frozen = till.query(
            "SELECT a.frozen FROM point_accounts a JOIN members m ON m.id = a.member_id "
            "WHERE m.code = ?",
            (target,),
        )
        assert frozen == [(1,)]
        assert till.show(new["code"])["name"] == "总部新会员"
        # ... and holds its region's members only.
        in_r02 = {c for c, (_id, store) in everyone.items() if store in R02}
        assert set(till.region_member_codes()) == in_r02 | {new["code"]}
    finally:
        till.close()
        desk.close()


def test_who_may_set_up_which_kind_is_the_servers_role_matrix(
    central: Central, tmp_path: Path
) -> None:
    # A regional manager may not set up a head-office desktop, nor another region's laptop.
    for kind, user in (
        (("--backoffice",), "R01-manager"),
        (("--region", "R02"), "R01-manager"),
        (("--region", "R01"), "S001-manager"),
        (("--region", "R99"), "backoffice"),
    ):
        path = tmp_path / f"{user}-{kind[-1].strip('-')}.db"
        proc = setup(path, central, *kind, user=user, ok=False)
        assert proc.returncode == 1, (kind, user, proc.stdout)
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
        assert not path.exists()  # nothing was created
    # The kind is required, and only one.
    proc = memberdesk(
        "device", "setup", "--db", str(tmp_path / "n.db"), "--server", central.url,
        "--user", "backoffice", "--password", DEMO_PASSWORD, ok=False,
    )  # fmt: skip
    assert proc.returncode == 2 and "--store" in proc.stderr
    proc = setup(
        tmp_path / "two.db", central, "--store", "S001", "--backoffice", user="backoffice", ok=False
    )
    assert proc.returncode == 2 and "not allowed with" in proc.stderr
