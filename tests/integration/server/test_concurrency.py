"""Concurrency on PostgreSQL, through a real server process with two workers."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, update

from core.db.models import CommandRow, PointAccount, PointEntry, Redemption, Reward
from core.ledger import available_points, check_invariants
from tests.conftest import T0
from tests.integration.server.conftest import Template
from tests.integration.server.wire import Till, members_of_store
from tests.live import LiveServer, live_server

# Concurrency is a PostgreSQL matter: SQLite serialises every writer.
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("template", ["postgres"], indirect=True),
]


@pytest.fixture
def server(template: Template, db_url: str) -> Iterator[LiveServer]:
    assert template.backend == "postgres"
    with live_server(db_url, workers=2) as live:
        yield live


def _token(base: str, user: str, password: str) -> dict[str, str]:
    r = httpx.post(f"{base}/v1/auth/token", data={"username": user, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def _device(base: str, admin: dict[str, str], kind: str, store: str | None) -> dict[str, str]:
    body: dict[str, Any] = {"name": f"{kind} {store}", "kind": kind}
    if store:
        body["store_code"] = store
    r = httpx.post(f"{base}/v1/devices", json=body, headers=admin)
    assert r.status_code == 201, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def _all_at_once(jobs: list[Any]) -> list[Any]:
    """Run every job in its own thread, released together."""
    gate = threading.Barrier(len(jobs))
    results: list[Any] = [None] * len(jobs)

    def run(i: int) -> None:
        gate.wait()
        results[i] = jobs[i]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return results


def test_twenty_clients_race_for_the_last_five_units(server: LiveServer, factory: Any) -> None:
    base = server.url
    admin = _token(base, "admin", "admin-pass-1")
    with factory() as s, s.begin():
        s.execute(update(Reward).where(Reward.sku == "RW0002").values(central_stock=5))
    # Online channels (not store facts): balance and stock are checked strictly.
    channels = [_device(base, admin, "channel", None) for _ in range(20)]
    rich = [m for m, _b in members_of_store(factory, "S001", min_balance=300)]
    with factory() as s:
        rich = [m for m in rich if available_points(s, m, T0) >= 300]
    assert len(rich) >= 2
    # Half the clients are the same member, who can afford only a few.
    members = [rich[0] if i % 2 else rich[1 + (i // 2) % (len(rich) - 1)] for i in range(20)]
    tills = [Till(store=None, staff="backoffice") for _ in range(20)]
    commands = [till.redeem(member, "RW0002") for till, member in zip(tills, members, strict=True)]

    def client(i: int) -> Any:
        return lambda: httpx.post(
            f"{base}/v1/sync/push",
            json={"commands": [commands[i]]},
            headers=channels[i],
            timeout=30,
        )

    answers = _all_at_once([client(i) for i in range(20)])
    assert all(a.status_code == 200 for a in answers), [a.text for a in answers]
    statuses = [a.json()["results"][0]["status"] for a in answers]
    assert statuses.count("applied") == 5
    codes = {
        a.json()["results"][0]["error"]["code"] for a in answers if a.json()["results"][0]["error"]
    }
    assert codes <= {"out_of_stock", "insufficient_points"}
    with factory() as s:
        assert s.get(Reward, "RW0002").central_stock == 0
        assert (
            s.execute(
                select(func.count())
                .select_from(Redemption)
                .where(
                    Redemption.sku == "RW0002",
                    Redemption.command_id.in_([c["id"] for c in commands]),
                )
            ).scalar_one()
            == 5
        )
        for member in set(members):
            acct = s.get(PointAccount, member)
            assert acct.balance >= 0 and acct.debt == 0
            assert check_invariants(s, member) == []


def test_twenty_concurrent_pushes_of_one_batch_apply_it_once(
    server: LiveServer, factory: Any
) -> None:
    base = server.url
    admin = _token(base, "admin", "admin-pass-1")
    till_headers = _device(base, admin, "store", "S001")
    members = [m for m, _b in members_of_store(factory, "S001")][:10]
    till = Till()
    batch = [till.sale(members[i % len(members)], 1_000 + 100 * i) for i in range(50)]
    with factory() as s:
        before = {m: s.get(PointAccount, m).balance for m in members}

    def client() -> Any:
        return httpx.post(
            f"{base}/v1/sync/push", json={"commands": batch}, headers=till_headers, timeout=60
        )

    answers = _all_at_once([client for _ in range(20)])
    assert all(a.status_code == 200 for a in answers), [a.text for a in answers]
    applied = [a for a in answers if a.json()["results"][0]["status"] == "applied"]
    assert len(applied) == 1
    first = applied[0].json()["results"]
    for a in answers:
        results = a.json()["results"]
        assert {r["status"] for r in results} <= {"applied", "duplicate"}
        assert [r["result"] for r in results] == [r["result"] for r in first]
    ids = [c["id"] for c in batch]
    with factory() as s:
        assert (
            s.execute(
                select(func.count()).select_from(CommandRow).where(CommandRow.id.in_(ids))
            ).scalar_one()
            == 50
        )
        earned = s.execute(
            select(PointEntry.member_id, func.sum(PointEntry.points))
            .where(PointEntry.command_id.in_(ids))
            .group_by(PointEntry.member_id)
        ).all()
        for member, points in earned:
            assert s.get(PointAccount, member).balance == before[member] + points
            assert check_invariants(s, member) == []
