"""Push and pull over HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from core.db.models import AttentionItem, CommandRow, PointAccount, PointEntry
from core.ledger import available_points, check_invariants
from tests.conftest import T0
from tests.integration.server.conftest import enrol_device
from tests.integration.server.wire import Till, members_of_store


def _pull_all(client: Any, headers: dict[str, str], cursor: str | None = None, limit: int = 500):
    rows: dict[str, dict[str, list[Any]]] = {}
    deleted: list[tuple[str, Any]] = []
    pages = 0
    while True:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        r = client.get("/v1/sync/pull", params=params, headers=headers)
        assert r.status_code == 200, r.text
        body = r.json()
        pages += 1
        for block in body["changes"]:
            table = rows.setdefault(block["entity"], {})
            key_pos = [block["columns"].index(k) for k in block["key"]]
            for row in block["rows"]:
                table[repr([row[i] for i in key_pos])] = dict(
                    zip(block["columns"], row, strict=False)
                )
            deleted += [(block["entity"], k) for k in block.get("deleted", [])]
        cursor = body["cursor"]
        if not body["has_more"]:
            return rows, cursor, pages, deleted


def test_push_applies_once_and_replay_is_duplicate(client: Any, factory: Any) -> None:
    _device, headers = enrol_device(client, "S001")
    member, balance = members_of_store(factory, "S001")[0]
    till = Till()
    batch = [till.sale(member, 12_800), till.sale(member, 5_000)]
    r = client.post("/v1/sync/push", json={"commands": batch}, headers=headers)
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert [x["status"] for x in results] == ["applied", "applied"]
    earned = sum(x["result"]["points_earned"] for x in results)
    assert earned > 0
    assert r.json()["last_seq"] == 2

    again = client.post("/v1/sync/push", json={"commands": batch}, headers=headers)
    assert [x["status"] for x in again.json()["results"]] == ["duplicate", "duplicate"]
    assert [x["result"] for x in again.json()["results"]] == [x["result"] for x in results]
    with factory() as s:
        assert s.get(PointAccount, member).balance == balance + earned
        assert (
            s.execute(
                select(func.count())
                .select_from(CommandRow)
                .where(CommandRow.id.in_([c["id"] for c in batch]))
            ).scalar_one()
            == 2
        )
        assert check_invariants(s, member) == []


def test_gap_refuses_the_whole_batch(client: Any, factory: Any) -> None:
    _device, headers = enrol_device(client, "S001")
    member, balance = members_of_store(factory, "S001")[0]
    till = Till()
    first = till.sale(member, 10_000)
    till.seq += 1  # command 2 is lost
    third = till.sale(member, 10_000)
    r = client.post("/v1/sync/push", json={"commands": [third]}, headers=headers)
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "sequence_gap"
    assert r.json()["error"]["params"]["expected"] == 1
    with factory() as s:
        assert s.get(PointAccount, member).balance == balance
    ok = client.post("/v1/sync/push", json={"commands": [first]}, headers=headers)
    assert ok.json()["results"][0]["status"] == "applied"


def test_rejected_command_counts_and_raises_attention(client: Any, factory: Any) -> None:
    _device, headers = enrol_device(client, "S001")
    member, _balance = members_of_store(factory, "S001")[0]
    till = Till()
    bad = till.command("adjust_points", {"member_id": member, "points": 500, "reason": "gift"})
    good = till.sale(member, 10_000)
    r = client.post("/v1/sync/push", json={"commands": [bad, good]}, headers=headers)
    statuses = [(x["status"], (x["error"] or {}).get("code")) for x in r.json()["results"]]
    assert statuses == [("rejected", "forbidden"), ("applied", None)]
    replay = client.post("/v1/sync/push", json={"commands": [bad]}, headers=headers)
    assert replay.json()["results"][0]["status"] == "rejected"
    with factory() as s:
        items = (
            s.execute(select(AttentionItem).where(AttentionItem.command_id == bad["id"]))
            .scalars()
            .all()
        )
        assert [i.kind for i in items] == ["rejected_command"]
        assert (
            s.execute(
                select(func.count())
                .select_from(PointEntry)
                .where(PointEntry.command_id == bad["id"])
            ).scalar_one()
            == 0
        )


def test_offline_overdraft_is_kept_as_debt(client: Any, factory: Any) -> None:
    _d1, store1 = enrol_device(client, "S001")
    _d2, store2 = enrol_device(client, "S002")
    # Same region (R01): a member of S001 spends everything in both stores while offline.
    member, _balance = members_of_store(factory, "S001", min_balance=400)[0]
    with factory() as s:
        spend = available_points(s, member, T0)
    assert 0 < spend <= 50_000
    a, b = Till("S001", "S001-clerk"), Till("S002", "S002-clerk")
    ra = client.post(
        "/v1/sync/push", json={"commands": [a.sale(member, 100_000, spend)]}, headers=store1
    )
    rb = client.post(
        "/v1/sync/push", json={"commands": [b.sale(member, 100_000, spend)]}, headers=store2
    )
    assert ra.json()["results"][0]["status"] == "applied"
    assert rb.json()["results"][0]["status"] == "applied", rb.text
    with factory() as s:
        acct = s.get(PointAccount, member)
        assert acct.debt > 0
        assert check_invariants(s, member) == []
        kinds = (
            s.execute(select(AttentionItem.kind).where(AttentionItem.member_id == member))
            .scalars()
            .all()
        )
        assert "points_overdraft" in kinds or any("overdraft" in k for k in kinds)


def test_pull_snapshot_then_feed_within_scope(client: Any, factory: Any) -> None:
    _device, headers = enrol_device(client, "S001")
    rows, cursor, pages, _deleted = _pull_all(client, headers, limit=50)
    assert pages > 1
    members = list(rows["members"].values())
    assert members and {m["home_store"] for m in members} <= {"S001", "S002", "S003"}
    assert set(rows["point_accounts"]) <= {repr([m["id"]]) for m in members}
    assert "tiers" in rows and "rewards" in rows
    assert {r["store_code"] for r in rows["store_stock"].values()} <= {"S001", "S002", "S003"}

    member, _ = members_of_store(factory, "S001")[0]
    outsider, _ = members_of_store(factory, "S004")[0]
    _other, other_headers = enrol_device(client, "S004")
    push = client.post(
        "/v1/sync/push", json={"commands": [Till().sale(member, 20_000)]}, headers=headers
    )
    assert push.json()["results"][0]["status"] == "applied"
    far = Till("S004", "S004-clerk")
    push = client.post(
        "/v1/sync/push", json={"commands": [far.sale(outsider, 20_000)]}, headers=other_headers
    )
    assert push.json()["results"][0]["status"] == "applied"

    changed, cursor2, _pages, _ = _pull_all(client, headers, cursor)
    assert repr([member]) in changed["point_accounts"]
    assert repr([outsider]) not in changed.get("point_accounts", {})
    assert len(changed["sales"]) == 1
    # Nothing new: the next pull is empty.
    again, _c, _p, _ = _pull_all(client, headers, cursor2)
    assert again == {}


def test_pull_refuses_a_foreign_cursor(client: Any) -> None:
    _d1, h1 = enrol_device(client, "S001")
    _d4, h4 = enrol_device(client, "S004")
    r = client.get("/v1/sync/pull", params={"limit": 5}, headers=h1)
    cursor = r.json()["cursor"]
    other = client.get("/v1/sync/pull", params={"cursor": cursor}, headers=h4)
    assert other.status_code == 409
    assert other.json()["error"]["code"] == "resync_required"
    junk = client.get("/v1/sync/pull", params={"cursor": "not-a-cursor"}, headers=h1)
    assert junk.status_code == 400
    assert junk.json()["error"]["code"] == "cursor_invalid"


def test_hostile_commands_are_refused_one_by_one(client: Any, factory: Any) -> None:
    _device, headers = enrol_device(client, "S001")
    member, balance = members_of_store(factory, "S001")[0]
    till = Till()
    too_long = till.sale(member, 1_000)
    too_long["payload"]["sale_id"] = "x" * 300
    no_such_coupon = till.sale(member, 1_000)
    no_such_coupon["payload"]["coupon_id"] = "nope"
    float_amount = till.sale(member, 1_000)
    float_amount["payload"]["lines"][0]["amount_fen"] = 12.5
    unknown_kind = till.command("drop_tables", {"x": 1})
    fine = till.sale(member, 10_000)
    batch = [too_long, no_such_coupon, float_amount, unknown_kind, fine]
    r = client.post("/v1/sync/push", json={"commands": batch}, headers=headers)
    assert r.status_code == 200, r.text
    statuses = [x["status"] for x in r.json()["results"]]
    assert statuses == ["rejected"] * 4 + ["applied"]
    assert r.json()["results"][3]["error"]["code"] == "unknown_command"
    with factory() as s:
        earned = r.json()["results"][4]["result"]["points_earned"]
        assert s.get(PointAccount, member).balance == balance + earned
        assert check_invariants(s, member) == []


def test_malformed_envelopes_refuse_the_batch(client: Any) -> None:
    _device, headers = enrol_device(client, "S001")
    till = Till()
    for broken in (
        {"commands": "nope"},
        {"commands": [{"id": "x"}]},
        {"commands": [{**till.sale(None, 100), "seq": -1}]},
        {"commands": [{**till.sale(None, 100), "schema_version": 2**40}]},
        {"commands": [{**till.sale(None, 100), "device_time": "yesterday"}]},
    ):
        r = client.post("/v1/sync/push", json=broken, headers=headers)
        assert r.status_code == 422, (broken, r.text)
        assert r.json()["error"]["code"] == "invalid_input"


def test_numbers_beyond_64_bits_in_a_payload_are_refused_by_name(client: Any, factory: Any) -> None:
    """The batch path writes JSON columns and answers with orjson, which stops at 64 bits:
    such a number never gets that far. The command is refused naming the field, and the
    rest of the batch goes through."""
    _device, headers = enrol_device(client, "S001")
    member, _balance = members_of_store(factory, "S001")[0]
    till = Till()
    expected = till.sale(member, 12_800)
    expected["payload"]["expected_points"] = 2**70
    extra = till.sale(member, 5_000)
    extra["payload"]["till_note"] = {"serial": 2**80}
    fine = till.sale(member, 10_000)
    r = client.post("/v1/sync/push", json={"commands": [expected, extra, fine]}, headers=headers)
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert [x["status"] for x in results] == ["rejected", "rejected", "applied"]
    assert [x["error"]["params"]["field"] for x in results[:2]] == ["expected_points", "till_note"]
    with factory() as s:
        stored = s.get(CommandRow, fine["id"])
        assert stored is not None and stored.payload == fine["payload"]


def test_a_push_that_ends_beside_another_asks_the_device_to_reconnect(client: Any) -> None:
    """A worker process busy with two pushes hands a device's next batch to whichever
    worker accepts its new connection first; a push alone keeps its connection."""
    from server.routes import sync as sync_routes

    _device, headers = enrol_device(client, "S001")
    till = Till()
    alone = client.post("/v1/sync/push", json={"commands": [till.sale(None, 100)]}, headers=headers)
    assert alone.status_code == 200 and alone.headers.get("connection") != "close"
    with sync_routes._PUSHES.counted() as others:  # another push, still running
        assert others() == 0
        beside = client.post(
            "/v1/sync/push", json={"commands": [till.sale(None, 200)]}, headers=headers
        )
        assert others() == 0, "the finished push no longer counts"
    assert beside.status_code == 200, beside.text
    assert [x["status"] for x in beside.json()["results"]] == ["applied"]
    assert beside.headers.get("connection") == "close"
