"""A till against a real central API process: set-up, offline sales, rejections, resync, revocation.

Runs on SQLite and PostgreSQL (the ``template`` fixture's two backends).
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from core.db.models import CommandRow, Member, PointAccount, PointEntry, Store
from tests.integration.sync.conftest import Central, Device


def _server_count(central: Central, query: Any) -> int:
    with central.factory()() as s:
        return int(s.execute(query).scalar_one())


def _region_members(central: Central, store: str) -> int:
    region = select(Store.region).where(Store.code == store).scalar_subquery()
    stores = select(Store.code).where(Store.region == region)
    return _server_count(
        central, select(func.count()).select_from(Member).where(Member.home_store.in_(stores))
    )


def _server_balance(central: Central, member_id: str) -> int:
    return _server_count(
        central, select(PointAccount.balance).where(PointAccount.member_id == member_id)
    )


def _a_member(device: Device, min_balance: int = 0) -> tuple[str, str]:
    rows = device.query(
        "SELECT m.id, m.code FROM members m JOIN point_accounts a ON a.member_id = m.id "
        "WHERE m.status = 'active' AND a.frozen = 0 AND a.balance >= ? ORDER BY m.code LIMIT 1",
        min_balance,
    )
    assert rows, "the seeded region has a member"
    return rows[0][0], rows[0][1]


def test_setup_pulls_the_scope_and_numbers_commands_as_the_server_knows_it(
    central: Central, device: Device
) -> None:
    out = device.setup(central)
    assert out["store_code"] == "S001"
    local = device.query("SELECT count(*) FROM members")[0][0]
    assert local == out["members"] == _region_members(central, "S001") > 0
    identity = device.setting("device")
    assert identity["device_id"] == out["device_id"]
    assert identity["server_url"] == central.url
    state = device.setting("sync")
    assert state["cursor"] and state["snapshot_done"] and state["last_success_at"]
    assert state["stale"] == []

    import keyring

    token = keyring.get_password("memberdesk", f"device:{out['device_id']}")
    assert token and token not in device.path.read_bytes().decode("latin-1")

    _member_id, code = _a_member(device)
    device.run("sale", "--member", code, "--amount", "10", "--staff", "S001-clerk")
    device.run(
        "members", "add", "--name", "张新", "--phone", "13912345678", "--staff", "S001-clerk"
    )
    cmds = device.query("SELECT device_id, seq, store_code FROM commands ORDER BY seq")
    assert cmds == [(out["device_id"], 1, "S001"), (out["device_id"], 2, "S001")]
    device.sync()
    assert device.query("SELECT DISTINCT sync_state FROM commands") == [("acked",)]

    # Setting up again (a replaced till) takes a new identity and a fresh copy.
    again = device.setup(central)
    assert again["device_id"] != out["device_id"]
    assert again["members"] == _region_members(central, "S001")
    assert device.query("SELECT count(*) FROM commands")[0][0] == 0


def test_offline_sale_reaches_the_server_exactly_once(central: Central, device: Device) -> None:
    device.setup(central)
    member_id, code = _a_member(device)
    central.stop()  # the network is gone
    sale = device.json("sale", "--member", code, "--amount", "128.50", "--staff", "S001-clerk")
    assert sale["balance"]["pending_upload"] == sale["points_earned"] > 0
    failed = device.sync(ok=False)
    assert failed.returncode == 1
    assert failed.stderr.startswith("error: cannot reach the server")
    assert len(failed.stderr.strip().splitlines()) == 1
    assert device.setting("sync")["last_error"]["code"] == "offline"

    central.start()
    done = device.sync()
    assert '"applied": 1' in done.stdout
    assert device.setting("sync")["reconcile"] == {}  # the sale's rows are the server's now
    device.sync()  # again: nothing is sent twice
    command_id = device.query("SELECT id FROM commands WHERE seq = 1")[0][0]
    entries = _server_count(
        central,
        select(func.count()).select_from(PointEntry).where(PointEntry.command_id == command_id),
    )
    assert entries == 1
    card = device.json("members", "show", code)
    assert card["points"]["pending_upload"] == 0
    assert card["points"]["confirmed"] == _server_balance(central, member_id)
    assert device.setting("sync")["last_error"] is None


def test_a_rejected_command_becomes_attention_and_its_effects_go(
    central: Central, device: Device
) -> None:
    device.setup(central)
    member_id, code = _a_member(device)
    before = device.json("members", "show", code)["points"]
    # A staff account the server does not know: the server refuses the sale.
    bad = device.json("sale", "--member", code, "--amount", "300", "--staff", "nobody")
    good = device.json("sale", "--member", code, "--amount", "20", "--staff", "S001-clerk")
    assert bad["points_earned"] > 0
    out = device.sync()
    assert '"rejected": 1' in out.stdout
    state = device.query("SELECT seq, sync_state FROM commands ORDER BY seq")
    assert state == [(1, "rejected"), (2, "acked")]
    assert device.query("SELECT count(*) FROM sales WHERE id = ?", bad["sale_id"])[0][0] == 0
    bad_cmd = device.query("SELECT id, result FROM commands WHERE seq = 1")[0]
    assert device.query("SELECT count(*) FROM point_entries WHERE command_id = ?", bad_cmd[0]) == [
        (0,)
    ]
    assert "unknown_staff" in bad_cmd[1]
    items = device.query(
        "SELECT kind, member_id, detail FROM attention_items WHERE command_id = ?", bad_cmd[0]
    )
    assert len(items) == 1 and items[0][:2] == ("rejected_command", member_id)
    assert "unknown_staff" in items[0][2]
    after = device.json("members", "show", code)["points"]
    assert after["confirmed"] == before["confirmed"] + good["points_earned"]
    assert after["confirmed"] == _server_balance(central, member_id)
    assert after["pending_upload"] == 0
    assert device.setting("sync")["stale"] == []

    # A refused refund: the sale is as it was before it, here as on the server.
    device.run("refund", "--sale", good["sale_id"], "--staff", "nobody")
    assert device.query("SELECT refunded_fen FROM sales WHERE id = ?", good["sale_id"]) == [(2000,)]
    assert '"rejected": 1' in device.sync().stdout
    assert device.query(
        "SELECT refunded_fen, points_reversed, cash_refunded_fen FROM sales WHERE id = ?",
        good["sale_id"],
    ) == [(0, 0, 0)]
    assert device.query("SELECT count(*) FROM refunds WHERE sale_id = ?", good["sale_id"]) == [(0,)]
    final = device.json("members", "show", code)["points"]
    assert final["confirmed"] == after["confirmed"] == _server_balance(central, member_id)


def test_a_pulled_row_never_overwrites_a_member_with_unsent_commands(
    central: Central, device: Device
) -> None:
    from core.db.engine import open_device_db
    from sync.client import SyncClient
    from sync.pull import pull_all
    from sync.state import load_token

    device.setup(central)
    member_id, code = _a_member(device)
    device.run("sale", "--member", code, "--amount", "50", "--staff", "S001-clerk")
    local_balance = device.query(
        "SELECT balance FROM point_accounts WHERE member_id = ?", member_id
    )[0][0]
    with central.factory()() as s, s.begin():  # head office renames the member meanwhile
        s.get(Member, member_id).name = "改名后"

    factory = open_device_db(device.path)
    token = load_token(device.setting("device")["device_id"])

    async def pull_only() -> Any:
        async with SyncClient(central.url, token) as client:
            return await pull_all(factory, client)

    report = asyncio.run(pull_only())
    factory.kw["bind"].dispose()
    assert report.skipped >= 1
    assert device.query("SELECT name FROM members WHERE id = ?", member_id)[0][0] != "改名后"
    assert device.query("SELECT balance FROM point_accounts WHERE member_id = ?", member_id) == [
        (local_balance,)
    ]
    assert device.setting("sync")["stale"] == [member_id]

    device.sync()  # push, then the member is refreshed from the server
    assert device.query("SELECT name FROM members WHERE id = ?", member_id)[0][0] == "改名后"
    assert device.setting("sync")["stale"] == []
    card = device.json("members", "show", code)["points"]
    assert card["confirmed"] == _server_balance(central, member_id)


def test_resync_required_pulls_again_without_touching_the_outbox(
    central: Central, device: Device
) -> None:
    device.setup(central)
    _member_id, code = _a_member(device)
    device.run("sale", "--member", code, "--amount", "30", "--staff", "S001-clerk")
    with central.factory()() as s, s.begin():  # a new store in the region: the scope changed
        region = s.get(Store, "S001").region
        s.add(Store(code="S901", name="新店", region=region, active=True))
    out = device.sync()
    assert '"resynced": true' in out.stdout and '"applied": 1' in out.stdout
    assert device.query("SELECT code FROM stores WHERE code = 'S901'") == [("S901",)]
    assert device.query("SELECT seq, sync_state FROM commands") == [(1, "acked")]
    assert device.setting("sync")["snapshot_done"] is True


def test_revoked_device_and_lost_commands_stop_with_one_line(
    central: Central, device: Device
) -> None:
    out = device.setup(central)
    _member_id, code = _a_member(device)
    device.run("sale", "--member", code, "--amount", "10", "--staff", "S001-clerk")
    device.run("sale", "--member", code, "--amount", "11", "--staff", "S001-clerk")
    # The database loses command 1 (restored from an old copy): never renumbered, never sent.
    device.query("DELETE FROM commands WHERE seq = 1")
    gap = device.sync(ok=False)
    assert gap.returncode == 1
    assert "expects command number 1" in gap.stderr and "nothing was renumbered" in gap.stderr
    assert device.query("SELECT seq, sync_state FROM commands") == [(2, "local")]

    with central.http() as h:
        r = h.delete(f"/v1/devices/{out['device_id']}", headers=central.admin_headers())
        assert r.status_code == 200
    revoked = device.sync(ok=False)
    assert revoked.returncode == 1
    assert len(revoked.stderr.strip().splitlines()) == 1
    assert "revoked" in revoked.stderr and "set it up again" in revoked.stderr


def test_service_retries_on_its_own_after_the_network_returns(
    central: Central, device: Device
) -> None:
    from core.db.engine import open_device_db
    from sync.service import SyncService, SyncStatus

    device.setup(central)
    _member_id, code = _a_member(device)
    central.stop()
    device.run("sale", "--member", code, "--amount", "12", "--staff", "S001-clerk")
    factory = open_device_db(device.path)
    service = SyncService(factory, interval=30, base_backoff=0.2, max_backoff=1.0)
    seen: list[SyncStatus] = []
    service.subscribe(seen.append)

    async def scenario() -> None:
        loop = asyncio.create_task(service.run_forever())
        try:
            while service.failures < 2:  # fails, backs off, fails again: no new sale needed
                await asyncio.sleep(0.05)
            assert service.status.online is False and service.status.queue_depth == 1
            assert service.status.oldest_unsent_age_s is not None
            await asyncio.to_thread(central.start)
            deadline = asyncio.get_running_loop().time() + 30
            while service.status.queue_depth or service.status.last_error:
                assert asyncio.get_running_loop().time() < deadline, service.status
                await asyncio.sleep(0.05)
        finally:
            service.stop()
            await loop

    asyncio.run(scenario())
    factory.kw["bind"].dispose()
    assert service.status.online is True and service.status.last_success_at
    assert any(s.last_error and s.last_error.startswith("offline") for s in seen)
    assert device.query("SELECT sync_state FROM commands") == [("acked",)]
    last = datetime.fromisoformat(device.setting("sync")["last_success_at"])
    assert last.year >= 2026
    with central.factory()() as s:
        assert s.execute(select(func.count()).select_from(CommandRow)).scalar_one() > 0


def test_setup_of_a_demo_till_takes_the_servers_identity(central: Central, device: Device) -> None:
    from tests.integration.sync.conftest import memberdesk

    memberdesk("seed", "--db", str(device.path), "--members", "15")
    demo = device.setting("device")["device_id"]
    _member_id, code = _a_member(device)
    device.run("sale", "--member", code, "--amount", "10", "--staff", "S001-clerk")
    refused = device.run(
        "device", "setup", "--server", central.url, "--store", "S001",
        "--user", "S001-manager", "--password", "demo-pass-1", ok=False,
    )  # fmt: skip
    assert refused.returncode == 2 and "1 unsent commands" in refused.stderr
    assert device.setting("device")["device_id"] == demo  # nothing changed

    device.query("UPDATE commands SET sync_state = 'acked' WHERE sync_state = 'local'")
    out = device.setup(central)
    assert out["device_id"] != demo and device.setting("device")["device_id"] == out["device_id"]
    assert out["members"] == _region_members(central, "S001")
    # Only the server's members are left: the demo copy is gone.
    assert device.query("SELECT count(*) FROM members")[0][0] == out["members"]
    assert device.query("SELECT count(*) FROM commands")[0][0] == 0


def test_a_refused_enrolment_is_removed_and_swapped_phones_pull_cleanly(
    central: Central, device: Device
) -> None:
    device.setup(central)
    with central.factory()() as s:  # a phone taken in the other region (not on this till)
        taken = s.execute(
            select(Member.phone).where(Member.home_store.in_(["S004", "S005"])).limit(1)
        ).scalar_one()
        a, b = s.execute(
            select(Member.id).where(Member.home_store == "S001").order_by(Member.id).limit(2)
        ).scalars()
    enrolled = device.json("members", "add", "--name", "重号", "--phone", taken)
    assert device.query("SELECT count(*) FROM members WHERE id = ?", enrolled["id"]) == [(1,)]

    with central.factory()() as s, s.begin():  # head office swaps two members' phones
        first, second = s.get(Member, a), s.get(Member, b)
        phone_a, phone_b = first.phone, second.phone
        first.phone = "19900000000"
        s.flush()
        second.phone = phone_a
        s.flush()
        first.phone = phone_b

    out = device.sync()
    assert '"rejected": 1' in out.stdout
    assert device.query("SELECT count(*) FROM members WHERE id = ?", enrolled["id"]) == [(0,)]
    assert (
        device.query("SELECT count(*) FROM point_accounts WHERE member_id = ?", enrolled["id"])[0][
            0
        ]
        == 0
    )
    reason = device.query("SELECT result FROM commands WHERE seq = 1")[0][0]
    assert "duplicate_phone" in reason or "phone" in reason
    phones = dict(device.query("SELECT id, phone FROM members WHERE id IN (?, ?)", a, b))
    assert phones == {a: phone_b, b: phone_a}
    assert device.setting("sync")["stale"] == []
