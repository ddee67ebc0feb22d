"""Tills of one region pushing sales of the same members at the same moment (PostgreSQL).

The set-based path computes a batch's balances in memory and writes them as
values, so it must hold the members' accounts for the whole batch: no sale may
be lost, counted twice, or computed from a balance another batch changed.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from core.db.models import PointAccount, PointEntry, QualifyingEvent
from core.ledger import check_invariants
from tests.integration.server.conftest import Template
from tests.integration.server.wire import Till, members_of_store
from tests.live import LiveServer, live_server

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.parametrize("template", ["postgres"], indirect=True),
]


@pytest.fixture
def server(template: Template, db_url: str) -> Iterator[LiveServer]:
    assert template.backend == "postgres"
    with live_server(db_url, workers=2) as live:
        yield live


def _headers(base: str, admin: dict[str, str], store: str) -> dict[str, str]:
    r = httpx.post(
        f"{base}/v1/devices",
        json={"name": f"till {store}", "kind": "store", "store_code": store},
        headers=admin,
    )
    assert r.status_code == 201, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}


def test_tills_of_a_region_push_sales_of_the_same_members_at_once(
    server: LiveServer, factory: Any
) -> None:
    base = server.url
    r = httpx.post(f"{base}/v1/auth/token", data={"username": "admin", "password": "admin-pass-1"})
    admin = {"Authorization": f"Bearer {r.json()['access_token']}"}
    stores = ("S001", "S002", "S003")  # one region: each till's scope has every member
    members = [m for st in stores for m, _b in members_of_store(factory, st)][:6]
    assert len(members) == 6
    with factory() as s:
        before = {m: s.get(PointAccount, m).balance for m in members}
    tills = {st: (Till(store=st, staff=f"{st}-clerk"), _headers(base, admin, st)) for st in stores}
    rounds = 3
    batches = {
        st: [
            [till.sale(members[(i + k) % 6], 1_000 + 37 * i) for i in range(60)]
            for k in range(rounds)
        ]
        for st, (till, _h) in tills.items()
    }
    answers: dict[str, list[Any]] = {st: [] for st in stores}
    gate = threading.Barrier(len(stores))

    def push(store: str) -> None:
        gate.wait()
        for batch in batches[store]:
            answers[store].append(
                httpx.post(
                    f"{base}/v1/sync/push",
                    json={"commands": batch},
                    headers=tills[store][1],
                    timeout=120,
                )
            )

    threads = [threading.Thread(target=push, args=(st,)) for st in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    sent = [c for st in stores for batch in batches[st] for c in batch]
    for st in stores:
        assert [a.status_code for a in answers[st]] == [200] * rounds, [a.text for a in answers[st]]
        statuses = {r["status"] for a in answers[st] for r in a.json()["results"]}
        assert statuses == {"applied"}
    earned_by_answer: dict[str, int] = {}
    for st in stores:
        for a in answers[st]:
            for r in a.json()["results"]:
                member = r["result"]["member_id"]
                earned_by_answer[member] = earned_by_answer.get(member, 0) + int(
                    r["result"]["points_earned"]
                )
    ids = [c["id"] for c in sent]
    with factory() as s:
        for member in members:
            acct = s.get(PointAccount, member)
            assert acct is not None
            assert check_invariants(s, member) == []
            # Whatever other entries a sale brought (expiry, tiers), what the answers said
            # was earned is in the ledger exactly once, and the balance is the ledger's.
            earned = s.execute(
                select(func.coalesce(func.sum(PointEntry.points), 0)).where(
                    PointEntry.member_id == member,
                    PointEntry.command_id.in_(ids),
                    PointEntry.kind == "earn",
                )
            ).scalar_one()
            assert earned == earned_by_answer[member]
            everything = s.execute(
                select(func.coalesce(func.sum(PointEntry.points), 0)).where(
                    PointEntry.member_id == member, PointEntry.command_id.in_(ids)
                )
            ).scalar_one()
            assert acct.balance == before[member] + everything
        events = s.execute(
            select(func.count())
            .select_from(QualifyingEvent)
            .where(QualifyingEvent.command_id.in_(ids))
        ).scalar_one()
        assert events == len(sent)
