"""A resync to a smaller scope removes what left it (``sync/scope.py``), on SQLite and PostgreSQL.

A till of S001 (region R01: S001–S003) is set up against a real central API
process; then S003 moves to region R02 on the server, so the till's scope shrinks
and the server answers 409 ``resync_required``. The pull takes a fresh snapshot
and ``sync.scope.follow`` marks what it delivers and sweeps the rest: S003's
members and every row of theirs, S003's stock. S001's and S002's members keep
their history (which no snapshot carries), the outbox is untouched, and a
member of S003 with an unsent command stays whole until the command is through.

The pull calls ``follow`` from inside each page's transaction once
``sync/pull.py`` has the call (docs/sync.md, "Scope changes"); until then
``with_scope`` puts it in front of each page.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import select

import sync.pull
from core.db.models import Member, Store
from sync.mirror import members_with_unsent, page_transaction
from sync.scope import LAST_KEY, SEEN, SWEEP_KEY, follow
from tests.integration.sync.conftest import Central, Device

# Every table that holds a member's rows, and how to find the member.
OWNED = {
    "point_accounts": "member_id",
    "point_lots": "member_id",
    "point_entries": "member_id",
    "sales": "member_id",
    "qualifying_events": "member_id",
    "redemptions": "member_id",
    "coupons": "member_id",
    "benefit_uses": "member_id",
    "attention_items": "member_id",
}


@pytest.fixture
def with_scope(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``apply_page`` with ``follow`` in front, unless ``sync/pull.py`` calls it already."""
    if "follow(" not in inspect.getsource(sync.pull):
        original: Callable[..., bool] = sync.pull.apply_page

        def apply_page(factory: Any, cursor: str | None, page: dict[str, Any], report: Any) -> bool:
            with page_transaction(factory) as session:
                follow(session, cursor, page, members_with_unsent(session))
            return original(factory, cursor, page, report)

        monkeypatch.setattr(sync.pull, "apply_page", apply_page)
    yield


def pull_only(device: Device, limit: int = 1000) -> Any:
    """One pull (no push, no refresh), in this process, through ``sync.pull.pull_all``."""
    from core.db.engine import open_device_db
    from sync.service import default_client
    from sync.state import load_device, load_token

    factory = open_device_db(device.path)
    try:
        with factory() as session:
            identity = load_device(session)
        token = load_token(identity.device_id)

        async def run() -> Any:
            async with default_client(identity, token) as client:
                return await sync.pull.pull_all(factory, client, limit=limit)

        return asyncio.run(run())
    finally:
        factory.kw["bind"].dispose()


def members_by_store(device: Device) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for member_id, store in device.query("SELECT id, home_store FROM members"):
        out.setdefault(store, set()).add(member_id)
    return out


def rows_of(device: Device, member_ids: set[str]) -> dict[str, int]:
    """How many rows of these members each member-owned table holds (0s left out)."""
    if not member_ids:
        return {}
    marks = ",".join("?" * len(member_ids))
    counts: dict[str, int] = {}
    for table, column in OWNED.items():
        n = device.query(
            f"SELECT count(*) FROM {table} WHERE {column} IN ({marks})", *sorted(member_ids)
        )[0][0]
        if n:
            counts[table] = n
    moves = device.query(
        "SELECT count(*) FROM lot_movements WHERE lot_id IN "
        f"(SELECT id FROM point_lots WHERE member_id IN ({marks}))",
        *sorted(member_ids),
    )[0][0]
    if moves:
        counts["lot_movements"] = moves
    return counts


def move_store(central: Central, store: str, region: str) -> None:
    """Head office moves a store to another region (through the server's own sessions)."""
    with central.factory()() as s, s.begin():
        s.get(Store, store).region = region


def server_members_of(central: Central, stores: tuple[str, ...]) -> set[str]:
    with central.factory()() as s:
        return set(s.execute(select(Member.id).where(Member.home_store.in_(stores))).scalars())


def a_member_with_points(device: Device, store: str) -> str:
    rows = device.query(
        "SELECT m.code FROM members m JOIN point_accounts a ON a.member_id = m.id "
        "WHERE m.home_store = ? AND m.status = 'active' AND a.frozen = 0 ORDER BY m.code",
        store,
    )
    assert rows, f"the seed has members in {store}"
    return str(rows[0][0])


def has_seen_table(device: Device) -> bool:
    return bool(device.query("SELECT name FROM sqlite_master WHERE name = ?", SEEN))


def test_a_shrunk_scope_removes_the_stores_members_and_keeps_the_rest(
    central: Central, device: Device, with_scope: None
) -> None:
    device.setup(central)
    # A new device opens no sweep: nothing of it is in the file.
    assert device.setting("sync").get(SWEEP_KEY) is None
    assert device.setting("sync").get(LAST_KEY) is None
    assert not has_seen_table(device)

    # History that no snapshot carries: a synced sale in S001 and one in S003.
    keep_code = a_member_with_points(device, "S001")
    gone_code = a_member_with_points(device, "S003")
    device.run("sale", "--member", keep_code, "--amount", "40", "--staff", "S001-clerk")
    device.run("sale", "--member", gone_code, "--amount", "50", "--staff", "S001-clerk")
    device.sync()
    before = members_by_store(device)
    assert before.keys() == {"S001", "S002", "S003"}
    kept_history = rows_of(device, before["S001"] | before["S002"])
    assert kept_history["point_entries"] and kept_history["sales"]
    assert rows_of(device, before["S003"])["sales"] >= 1
    outbox = device.query("SELECT id, seq, sync_state FROM commands ORDER BY seq")
    assert device.query("SELECT count(*) FROM store_stock WHERE store_code = 'S003'")[0][0] > 0

    move_store(central, "S003", "R02")
    report = pull_only(device, limit=7)  # many small pages: the marks span them
    assert report.resynced and report.pages > 3

    after = members_by_store(device)
    assert after.keys() == {"S001", "S002"}
    assert after["S001"] | after["S002"] == server_members_of(central, ("S001", "S002"))
    assert rows_of(device, before["S003"]) == {}
    assert rows_of(device, before["S001"] | before["S002"]) == kept_history
    assert device.query("SELECT count(*) FROM store_stock WHERE store_code = 'S003'") == [(0,)]
    assert device.query("SELECT count(*) FROM store_stock WHERE store_code = 'S001'")[0][0] > 0
    # The stores themselves stay (the catalog is everyone's); the outbox is untouched.
    assert device.query("SELECT region FROM stores WHERE code = 'S003'") == [("R02",)]
    assert device.query("SELECT id, seq, sync_state FROM commands ORDER BY seq") == outbox
    state = device.setting("sync")
    assert state[SWEEP_KEY] is None and not has_seen_table(device)
    assert state[LAST_KEY]["members_removed"] == len(before["S003"])
    assert state[LAST_KEY]["members_kept"] == 0 and state[LAST_KEY]["stock_rows_removed"] > 0
    assert state["snapshot_done"] is True

    # Nothing else happens at the next cycles: the feed goes on from the new snapshot.
    device.sync()
    assert members_by_store(device) == after
    shown = device.json("members", "show", keep_code)
    assert shown["points"]["pending_upload"] == 0
    assert device.run("members", "show", gone_code, ok=False).returncode == 2


def test_a_member_with_unsent_commands_stays_until_they_are_through(
    central: Central, device: Device, with_scope: None
) -> None:
    device.setup(central)
    busy_code = a_member_with_points(device, "S003")
    device.run("sale", "--member", busy_code, "--amount", "60", "--staff", "S001-clerk")
    busy_id = device.query("SELECT id FROM members WHERE code = ?", busy_code)[0][0]
    busy_rows = rows_of(device, {busy_id})
    others = members_by_store(device)["S003"] - {busy_id}
    assert others

    move_store(central, "S003", "R02")
    pull_only(device)  # the sale is still unsent
    assert members_by_store(device)["S003"] == {busy_id}
    assert rows_of(device, {busy_id}) == busy_rows
    assert rows_of(device, others) == {}
    state = device.setting("sync")
    assert busy_id in state["stale"]
    assert state[LAST_KEY]["members_kept"] == 1
    assert device.query("SELECT sync_state FROM commands") == [("local",)]

    # The push: the server refuses the sale (the member is outside the till's scope now),
    # and the refresh that follows finds the member gone from the scope.
    device.sync()
    assert device.query("SELECT sync_state FROM commands") == [("rejected",)]
    assert "S003" not in members_by_store(device)
    assert device.query("SELECT count(*) FROM members WHERE id = ?", busy_id) == [(0,)]


def test_a_resync_that_keeps_the_scope_removes_nothing(
    central: Central, device: Device, with_scope: None
) -> None:
    device.setup(central)
    before = members_by_store(device)
    rows_before = rows_of(device, set().union(*before.values()))
    with central.factory()() as s, s.begin():  # a new store in R01: a bigger scope
        s.add(Store(code="S901", name="新店", region="R01", active=True))
    report = pull_only(device)
    assert report.resynced
    assert members_by_store(device) == before
    assert rows_of(device, set().union(*before.values())) == rows_before
    assert device.setting("sync")[LAST_KEY]["members_removed"] == 0


def test_a_region_laptop_loses_the_store_that_left_its_region(
    central: Central, device: Device, with_scope: None
) -> None:
    out = device.json(
        "device", "setup", "--server", central.url, "--region", "R01",
        "--user", "R01-manager", "--password", "demo-pass-1",
    )  # fmt: skip
    assert out["kind"] == "region" and out["regions"] == ["R01"]
    before = members_by_store(device)
    assert before.keys() == {"S001", "S002", "S003"}

    move_store(central, "S001", "R02")
    assert pull_only(device).resynced
    after = members_by_store(device)
    assert after.keys() == {"S002", "S003"}
    assert after["S002"] | after["S003"] == server_members_of(central, ("S002", "S003"))
    assert rows_of(device, before["S001"]) == {}
    assert device.query("SELECT count(*) FROM store_stock WHERE store_code = 'S001'") == [(0,)]
