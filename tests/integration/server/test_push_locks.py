"""The set-based push reads without locks and locks the accounts when it writes.

``server.push_batch`` ("Locks"): what a till's batch read must still be there when
it writes, or the run is planned again. Here another till commits a sale for the same
member between the first till's read and its lock, the way two tills of one region
race; the first till's batch must then count on top of it, never over it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import psycopg
import pytest

from core.db.models import PointAccount
from core.ledger import check_invariants
from server.push_batch import BatchPush
from tests.conftest import T0
from tests.integration.server.conftest import (
    PG_HOST,
    enrol_device,
    pg_create,
    pg_drop,
    require_pg,
    seed_server,
)
from tests.integration.server.wire import members_of_store

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def seeded() -> Iterator[str]:
    require_pg()
    name = f"md_locks_{uuid.uuid4().hex[:10]}"
    pg_create(name)
    try:
        seed_server(f"{PG_HOST}/{name}")
        yield name
    finally:
        pg_drop(name)


class Till:
    """A store's till pushing to the API, on its own app over the shared database."""

    def __init__(self, url: str, store: str) -> None:
        from fastapi.testclient import TestClient

        from server.app import create_app
        from server.db import open_server_db

        self.factory = open_server_db(url, migrate=False)
        app = create_app(self.factory)
        app.state.clock = lambda: T0 + timedelta(hours=1)
        self.client = TestClient(app)
        self.client.__enter__()
        _device, self.headers = enrol_device(self.client, store)
        self.store = store
        self.seq = 0

    def sale(self, member: str, fen: int, **payload: Any) -> dict[str, Any]:
        self.seq += 1
        sale_id = str(uuid.uuid4())
        return {
            "id": str(uuid.uuid4()),
            "kind": "record_sale",
            "schema_version": 1,
            "seq": self.seq,
            "store_code": self.store,
            "staff": f"{self.store}-clerk",
            "device_time": (T0 + timedelta(minutes=self.seq)).isoformat(),
            "payload": {
                "sale_id": sale_id,
                "receipt_no": f"{self.store}-{sale_id[:8]}",
                "lines": [{"amount_fen": fen, "category": "general"}],
                "member_id": member,
                **payload,
            },
        }

    def push(self, commands: list[dict[str, Any]]) -> list[dict[str, Any]]:
        r = self.client.post("/v1/sync/push", json={"commands": commands}, headers=self.headers)
        assert r.status_code == 200, r.text
        results: list[dict[str, Any]] = r.json()["results"]
        return results

    def close(self) -> None:
        self.client.__exit__(None, None, None)
        self.factory.kw["bind"].dispose()


@pytest.fixture
def tills(seeded: str) -> Iterator[tuple[Till, Till, str]]:
    """Two tills of region R01 on a fresh copy of the seeded database, and its URL."""
    name = f"md_locks_{uuid.uuid4().hex[:10]}"
    url = pg_create(name, template=seeded)
    first, second = Till(url, "S001"), Till(url, "S002")
    try:
        yield first, second, url
    finally:
        first.close()
        second.close()
        pg_drop(name)


def _balance(till: Till, member: str) -> tuple[int, list[str]]:
    with till.factory() as s:
        acct = s.get(PointAccount, member)
        assert acct is not None
        return acct.balance, check_invariants(s, member)


@pytest.mark.parametrize(
    ("kind", "fen", "extra"),
    [
        ("an ordinary sale", 30_000, {}),
        ("a sale that earns nothing", 50, {}),
        ("a sale spending points (the per-command path)", 30_000, {"points_to_spend": 100}),
    ],
)
def test_a_sale_committed_between_read_and_lock_is_counted_not_overwritten(
    tills: tuple[Till, Till, str],
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    fen: int,
    extra: dict[str, Any],
) -> None:
    first, second, _url = tills
    member, other = (m for m, _ in members_of_store(first.factory, "S001", min_balance=200)[:2])
    before, problems = _balance(first, member)
    assert problems == []
    locks: list[tuple[str, set[str]]] = []
    raced: list[dict[str, Any]] = []
    original = BatchPush._lock

    def lock(self: BatchPush) -> set[str]:
        if self.device.store_code == "S001" and not raced:
            # The other till's sale for the same member commits now, after this batch
            # read the member and before it locks.
            raced.extend(second.push([second.sale(member, fen, **extra)]))
        stale = original(self)
        locks.append((self.device.store_code or "", stale))
        return stale

    monkeypatch.setattr(BatchPush, "_lock", lock)
    results = first.push([first.sale(member, 20_000), first.sale(other, 10_000)])

    assert [r["status"] for r in [*raced, *results]] == ["applied"] * 3, (raced, results)
    # The first till saw that member's row change, and planned just that sale again.
    assert locks[-1] == ("S001", {member}), locks
    earned = results[0]["result"]["points_earned"]
    theirs = raced[0]["result"]["points_earned"] - raced[0]["result"]["points_spent"]
    if kind == "a sale that earns nothing":
        assert theirs == 0
    after, problems = _balance(first, member)
    assert problems == []
    assert after == before + theirs + earned


def test_planning_holds_no_lock_and_writing_does(
    tills: tuple[Till, Till, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _second, url = tills
    member = members_of_store(first.factory, "S001")[0][0]
    seen: list[str] = []
    original = BatchPush._lock

    def try_lock(conn: psycopg.Connection[Any]) -> str:
        try:
            with conn.transaction():
                conn.execute(
                    "SELECT 1 FROM point_accounts WHERE member_id = %s FOR UPDATE NOWAIT",
                    (member,),
                )
        except psycopg.errors.LockNotAvailable:
            return "held"
        return "free"

    def lock(self: BatchPush) -> set[str]:
        with psycopg.connect(url, autocommit=True) as conn:
            seen.append(try_lock(conn))  # the batch has read the member and planned
            held = original(self)
            seen.append(try_lock(conn))
        return held

    monkeypatch.setattr(BatchPush, "_lock", lock)
    results = first.push([first.sale(member, 20_000)])
    assert results[0]["status"] == "applied"
    assert seen == ["free", "held"]


def test_a_member_left_in_debt_meanwhile_goes_the_per_command_way(
    tills: tuple[Till, Till, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Planned again, the sale no longer qualifies for the set-based path (earning must
    repay the debt first): the whole run then goes the per-command way, in order."""
    first, second, _url = tills
    member, other = (m for m, _ in members_of_store(first.factory, "S001", min_balance=200)[:2])
    before, _problems = _balance(first, member)
    raced: list[dict[str, Any]] = []
    original = BatchPush._lock

    def lock(self: BatchPush) -> set[str]:
        if self.device.store_code == "S001" and not raced:
            overdraft = second.sale(member, 400_000, points_to_spend=before + 50_000)
            raced.extend(second.push([overdraft]))
        return original(self)

    again: list[object] = []
    replan = BatchPush._again

    def plan_again(self: BatchPush, *args: Any) -> Any:
        again.append(replan(self, *args))
        return again[-1]

    monkeypatch.setattr(BatchPush, "_lock", lock)
    monkeypatch.setattr(BatchPush, "_again", plan_again)
    results = first.push([first.sale(member, 20_000), first.sale(other, 10_000)])
    assert [r["status"] for r in [*raced, *results]] == ["applied"] * 3, raced[0].get("error")
    assert again == [None]
    with first.factory() as s:
        acct = s.get(PointAccount, member)
        assert acct is not None
        # The overdraft became debt, and this till's sale repaid part of it.
        assert acct.debt > 0
        assert check_invariants(s, member) == []
        assert check_invariants(s, other) == []
    assert results[0]["result"]["points_earned"] > 0


def test_a_member_whose_sales_come_after_the_first_run_is_read_again(
    tills: tuple[Till, Till, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A command id used again mid-batch writes the run before it; the member raced before
    that lock has no sale in that run, but one after it: planned on what is read then."""
    first, second, _url = tills
    member, other, third = (m for m, _ in members_of_store(first.factory, "S001")[:3])
    replayed = first.sale(third, 5_000)
    assert first.push([replayed])[0]["status"] == "applied"
    before, _problems = _balance(first, member)
    raced: list[dict[str, Any]] = []
    stale: list[tuple[str, set[str]]] = []
    original = BatchPush._lock

    def lock(self: BatchPush) -> set[str]:
        if self.device.store_code == "S001" and not raced:
            raced.extend(second.push([second.sale(member, 30_000)]))
        stale.append((self.device.store_code or "", original(self)))
        return stale[-1][1]

    monkeypatch.setattr(BatchPush, "_lock", lock)
    # An id used again under the next number: answered from what is stored, mid-batch.
    reused = {**first.sale(third, 7_000), "id": replayed["id"]}
    batch = [first.sale(other, 10_000), reused, first.sale(member, 20_000)]
    batch[0]["seq"], batch[1]["seq"] = batch[1]["seq"], batch[0]["seq"]
    batch.sort(key=lambda command: command["seq"])
    results = first.push(batch)
    assert [r["status"] for r in results] == ["applied", "rejected", "applied"], results
    # Locked with the first run, which has no sale of theirs.
    assert next(found for store, found in stale if store == "S001") == {member}, stale
    theirs = raced[0]["result"]["points_earned"]
    after, problems = _balance(first, member)
    assert problems == []
    assert after == before + theirs + results[2]["result"]["points_earned"]


def test_a_command_the_server_makes_leaves_a_new_account_row(
    tills: tuple[Till, Till, str],
) -> None:
    """A scheduled tier evaluation changes no figure of the account; the row still gets a
    new version, which is what the set-based push's check compares."""
    from sqlalchemy import text

    from core.commands.payloads import EvaluateTier
    from server.system import system_command

    first, _second, _url = tills
    member = members_of_store(first.factory, "S001")[0][0]
    version = text("SELECT xmin::text FROM point_accounts WHERE member_id = :m")
    with first.factory() as s:
        before = s.execute(version, {"m": member}).scalar_one()
    with first.factory() as s, s.begin():
        system_command(s, EvaluateTier(member_id=member), source="jobs", staff=None, now=T0)
    with first.factory() as s:
        assert s.execute(version, {"m": member}).scalar_one() != before
