"""A member who moves to a home store outside a till's scope leaves the till at its next
pull (not only at a resync), with every row of theirs; one with unsent commands stays
until they are through. A real central API process, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from core.db.models import Member
from tests.integration.server.conftest import enrol_device
from tests.integration.server.wire import Till
from tests.integration.sync.conftest import Central, Device
from tests.integration.sync.test_scope_sweep import a_member_with_points, pull_only, rows_of


def head_office_moves(central: Central, member_id: str, store: str) -> None:
    """The back office changes the member's home store: an ``edit_profile`` it pushes."""
    with central.factory()() as s:
        version = s.execute(select(Member.version).where(Member.id == member_id)).scalar_one()
    with central.http() as http:
        _device, headers = enrol_device(http, None, kind="backoffice")
        command = Till(store=None, staff="admin").command(
            "edit_profile", {"member_id": member_id, "base_version": version, "home_store": store}
        )
        r = http.post("/v1/sync/push", json={"commands": [command]}, headers=headers)
    assert r.status_code == 200, r.text
    assert r.json()["results"][0]["status"] == "applied", r.text


def member_id(device: Device, code: str) -> str:
    return str(device.query("SELECT id FROM members WHERE code = ?", code)[0][0])


def test_a_member_moved_out_of_the_region_leaves_the_till_at_the_next_pull(
    central: Central, device: Device, tmp_path: Any
) -> None:
    device.setup(central)
    code = a_member_with_points(device, "S002")
    stay = a_member_with_points(device, "S001")
    device.run("sale", "--member", code, "--amount", "50", "--staff", "S001-clerk")
    device.run("sale", "--member", stay, "--amount", "30", "--staff", "S001-clerk")
    device.sync()
    moved, kept = member_id(device, code), member_id(device, stay)
    assert rows_of(device, {moved})["sales"] >= 1
    kept_rows = rows_of(device, {kept})

    head_office_moves(central, moved, "S004")  # S004 is in R02
    report = pull_only(device)
    assert not report.resynced  # the feed said it, no snapshot needed
    assert device.query("SELECT count(*) FROM members WHERE id = ?", moved) == [(0,)]
    assert rows_of(device, {moved}) == {}
    assert rows_of(device, {kept}) == kept_rows
    assert device.run("members", "show", code, ok=False).returncode == 2

    # The store they moved to has them, with their history from the feed.
    far = Device(tmp_path / "far.db")
    far.setup(central, store="S004", user="S004-manager")
    assert far.query("SELECT home_store FROM members WHERE id = ?", moved) == [("S004",)]

    # A move inside the region is an ordinary edit: the member stays, with the new store.
    head_office_moves(central, kept, "S003")
    pull_only(device)
    assert device.query("SELECT home_store FROM members WHERE id = ?", kept) == [("S003",)]
    assert rows_of(device, {kept}) == kept_rows


def test_a_moved_member_with_unsent_commands_stays_until_they_are_through(
    central: Central, device: Device
) -> None:
    device.setup(central)
    code = a_member_with_points(device, "S002")
    moved = member_id(device, code)
    device.run("sale", "--member", code, "--amount", "60", "--staff", "S001-clerk")
    before = rows_of(device, {moved})

    head_office_moves(central, moved, "S004")
    pull_only(device)  # the sale is still unsent: the member is kept whole
    assert rows_of(device, {moved}) == before
    assert moved in device.setting("sync")["stale"]

    # The push (the server refuses the sale: the member is outside the till's scope now),
    # then the refresh that asks about the member again: gone. What stays is the till's
    # own record of its refused command, in its attention list.
    device.sync()
    assert device.query("SELECT sync_state FROM commands") == [("rejected",)]
    assert device.query("SELECT count(*) FROM members WHERE id = ?", moved) == [(0,)]
    assert rows_of(device, {moved}) == {"attention_items": 1}
