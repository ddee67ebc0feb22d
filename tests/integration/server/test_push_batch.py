"""The set-based push path leaves exactly what the per-command path leaves.

The same batches (ordinary sales mixed with everything the batch path hands to
the per-command path: refunds, redemptions, points spent beyond the balance,
frozen and closed members, lots due to expire, tier upgrades, the daily cap,
duplicates, ids used twice, refusals of every kind) are pushed over HTTP into
two copies of one seeded database, one of them with ``MEMBERDESK_PUSH_BATCH=0``.
The answers must be equal, and so must every row of every table, the change
feed included (as a set: the numbering may differ in order only).
"""

from __future__ import annotations

import random
import shutil
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from core.db.models import Base, Member, PointAccount
from server.integrity import orphans
from server.models import Change, DeviceRow, FeedClock
from tests.conftest import T0
from tests.integration.server.conftest import PG_HOST, Template, pg_create, pg_drop
from tests.integration.server.wire import members_of_store

TOKEN = "mdd_push-batch-test-token"
DEVICE = "7d0f6a2e-0000-4000-8000-00000000d001"
STORE = "S001"


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
    names = [f"md_push_{uuid.uuid4().hex[:10]}_{x}" for x in "ab"]
    try:
        for name in names:
            pg_create(name, template=template.location)
        yield f"{PG_HOST}/{names[0]}", f"{PG_HOST}/{names[1]}"
    finally:
        for name in names:
            pg_drop(name)


class Server:
    """One database behind the API, with the same device enrolled under the same id."""

    def __init__(self, url: str) -> None:
        from fastapi.testclient import TestClient

        from server.app import create_app
        from server.auth import device_token_hash
        from server.db import open_server_db

        self.factory = open_server_db(url, migrate=False)
        with self.factory() as s, s.begin():
            s.add(
                DeviceRow(
                    id=DEVICE,
                    name="push batch test till",
                    kind="store",
                    store_code=STORE,
                    regions=["R01"],
                    token_hash=device_token_hash(TOKEN),
                    enrolled_by="admin",
                    enrolled_at=T0,
                    last_seq=0,
                )
            )
        app = create_app(self.factory)
        app.state.clock = lambda: T0
        self.client = TestClient(app)
        self.client.__enter__()

    def push(self, commands: list[dict[str, Any]]) -> Any:
        r = self.client.post(
            "/v1/sync/push",
            json={"commands": commands},
            headers={"Authorization": f"Bearer {TOKEN}"},
        )
        return r.status_code, r.json()

    def close(self) -> None:
        self.client.__exit__(None, None, None)
        self.factory.kw["bind"].dispose()


class Script:
    """A till's commands, made from a seeded random source (the same for both databases)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seq = 0
        self.sales: list[str] = []

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def command(
        self,
        kind: str,
        payload: dict[str, Any],
        at: datetime,
        staff: str | None = "S001-clerk",
        **extra: Any,
    ) -> dict[str, Any]:
        self.seq += 1
        return {
            "id": self.uid(),
            "kind": kind,
            "schema_version": 1,
            "seq": self.seq,
            "store_code": STORE,
            "staff": staff,
            "device_time": at.isoformat(),
            "payload": payload,
            **extra,
        }

    def sale(
        self, member: str | None, fen: int, at: datetime, *, lines: int = 1, **payload: Any
    ) -> dict[str, Any]:
        sale_id = self.uid()
        self.sales.append(sale_id)
        parts = [fen // lines] * (lines - 1) + [fen - fen // lines * (lines - 1)]
        categories = (None, "general", "fresh", "high_margin", "traffic")
        body = {
            "sale_id": sale_id,
            "receipt_no": payload.pop("receipt_no", f"T{self.seq + 1:06d}-{sale_id[:6]}"),
            "lines": [{"amount_fen": p, "category": self.rng.choice(categories)} for p in parts],
            "member_id": member,
            "points_to_spend": payload.pop("points_to_spend", 0),
            **payload,
        }
        extra = {}
        if "device_result" in body:
            extra["device_result"] = body.pop("device_result")
        return self.command("record_sale", body, at, staff=body.pop("staff", "S001-clerk"), **extra)


def _batches(members: list[str], other_region: str) -> list[list[dict[str, Any]]]:
    rng = random.Random(2026)
    script = Script(rng)
    regulars, frozen, closed, spender = members[:-3], members[-3], members[-2], members[-1]
    at = T0

    def tick() -> datetime:
        nonlocal at
        at += timedelta(minutes=rng.randint(1, 40))
        return at

    first: list[dict[str, Any]] = []
    for i in range(40):
        member = regulars[i % 7]  # each member several times: figures carried from sale to sale
        fen = rng.choice((1_500, 12_800, 80_000, 260_000, 1_500_000))  # tier upgrades, daily cap
        first.append(script.sale(member, fen, tick(), lines=rng.choice((1, 2, 3))))
    first += [
        script.sale(regulars[0], 9_900, tick(), expected_points=1),  # the till printed others
        script.sale(regulars[1], 9_900, tick(), device_result={"points_earned": 7}),
        script.sale(None, 5_000, tick()),  # anonymous
        script.sale(None, 12_345, tick(), lines=3),
        script.sale(None, 800, tick(), device_result={"points_earned": 3}),
        script.sale(spender, 30_000, tick(), points_to_spend=2_000),  # an overdraft, a fact
        script.sale(other_region, 5_000, tick()),  # out of the device's scope
        script.sale(regulars[2], 5_000, tick(), rule_version=999),  # unknown rules
        script.sale(regulars[2], 5_000, tick(), receipt_no=first[0]["payload"]["receipt_no"]),
        script.sale(regulars[3], 5_000, tick(), staff="nobody"),
        script.command(
            "freeze_points",
            {"member_id": frozen, "frozen": True, "reason": "test"},
            tick(),
            staff="S001-manager",
        ),
        script.sale(frozen, 5_000, tick()),  # refused: frozen account
        script.command(
            "set_member_status",
            {"member_id": closed, "status": "closed", "reason": "test"},
            tick(),
            staff="S001-manager",
        ),
        script.sale(closed, 5_000, tick()),  # refused: closed member
        script.command(
            "refund_sale", {"refund_id": script.uid(), "sale_id": script.sales[3]}, tick()
        ),
        script.sale(regulars[3], 7_700, tick()),  # after a refund of the same member
        script.command(
            "redeem_reward",
            {"redemption_id": script.uid(), "member_id": regulars[4], "sku": "RW0005"},
            tick(),
        ),
        script.sale(regulars[4], 6_600, tick()),
    ]
    # PostgreSQL cannot store a NUL in text (SQLite can): refused there, not the batch.
    first.append(script.sale(regulars[5], 3_300, tick(), receipt_no=f"T\x00{script.seq}"))
    twice = script.sale(regulars[5], 4_400, tick())
    again = dict(twice, seq=twice["seq"] + 1)  # the same id under the next number
    script.seq += 1
    first += [twice, again]
    for _ in range(15):
        first.append(script.sale(rng.choice(regulars), rng.randint(100, 90_000), tick()))

    resent = first[:25]  # a retry: every command known already

    later = T0 + timedelta(days=800)  # the seeded lots have ended: expiry first
    third: list[dict[str, Any]] = []
    for i in range(30):
        third.append(
            script.sale(regulars[i % 5], rng.randint(100, 200_000), later + timedelta(minutes=i))
        )
    third.append(
        script.command(
            "refund_sale",
            {"refund_id": script.uid(), "sale_id": script.sales[10], "amount_fen": 500},
            later + timedelta(hours=2),
        )
    )
    third.append(script.sale(regulars[0], 20_000, later + timedelta(hours=3)))
    third.append(script.sale(None, 20_000, later + timedelta(hours=4)))
    return [first, resent, third]


def _table_rows(factory: Any) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {}
    with factory() as s:
        for table in Base.metadata.sorted_tables:
            columns = [
                c for c in table.columns if (table.name, c.name) != ("commands", "applied_at")
            ]
            rows = s.execute(select(*columns).order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(r) for r in rows]
        device = s.get(DeviceRow, DEVICE)
        assert device is not None
        out["devices"] = [(device.last_seq, device.last_push_at)]
        feed = s.execute(select(Change.entity, Change.key, Change.member_id, Change.store_code))
        out["changes"] = sorted(Counter(tuple(r) for r in feed).items())
        out["feed_clock"] = [(s.execute(select(FeedClock.last)).scalar_one(),)]
    return out


def _count_savepoints(server: Server, counts: dict[str, int], name: str) -> None:
    from sqlalchemy import event

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("SAVEPOINT"):
            counts[name] += 1

    event.listen(server.factory.kw["bind"], "before_cursor_execute", count)


def test_batched_push_leaves_what_the_per_command_push_leaves(
    twins: tuple[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    batched, single = Server(twins[0]), Server(twins[1])
    try:
        region = ("S001", "S002", "S003")  # the device's scope: its store's region
        members = [m for st in region for m, _ in members_of_store(batched.factory, st)][:12]
        assert len(members) == 12
        other_store = "S004"
        other = members_of_store(batched.factory, other_store)[0][0]
        answers: dict[str, list[Any]] = {"batched": [], "single": []}
        savepoints = {"batched": 0, "single": 0}
        for name, server in (("batched", batched), ("single", single)):
            _count_savepoints(server, savepoints, name)
        batches = _batches(members, other)
        for batch in batches:
            monkeypatch.setenv("MEMBERDESK_PUSH_BATCH", "1")
            answers["batched"].append(batched.push(batch))
            monkeypatch.setenv("MEMBERDESK_PUSH_BATCH", "0")
            answers["single"].append(single.push(batch))
        # Every new command has a savepoint of its own on the per-command path; the ordinary
        # sales (most of them) share one per run of them on the set-based path.
        new = len(batches[0]) + len(batches[2])
        assert savepoints["single"] >= new - 1
        assert savepoints["batched"] < new // 2, savepoints
        for got, want in zip(answers["batched"], answers["single"], strict=True):
            assert got[0] == want[0] == 200, (got, want)
            assert got[1] == want[1]
        statuses = Counter(
            r["status"] for _code, body in answers["batched"] for r in body["results"]
        )
        codes = Counter(
            r["error"]["code"]
            for _code, body in answers["batched"]
            for r in body["results"]
            if r["error"]
        )
        # The script reaches what it means to reach.
        assert statuses["applied"] > 80 and statuses["duplicate"] > 10, statuses
        assert {"out_of_scope", "account_frozen", "member_inactive", "unknown_staff"} <= set(
            codes
        ), codes
        assert "sequence_reused" in codes and "invalid_input" in codes, codes
        results = [r["result"] or {} for _c, body in answers["batched"] for r in body["results"]]
        assert any("tier_change" in r for r in results)
        assert any(
            p["code"] == "cap"
            for r in results
            for p in r.get("breakdown", [])
            if isinstance(p, dict)
        )
        left = _table_rows(batched.factory)
        right = _table_rows(single.factory)
        assert left.keys() == right.keys()
        for name in left:
            assert left[name] == right[name], name
        for server in (batched, single):
            # The links that are not foreign keys (server.integrity) hold on both paths.
            with server.factory() as s:
                assert set(orphans(s.connection()).values()) == {0}
        with batched.factory() as s:
            assert s.execute(select(func.count()).select_from(Change)).scalar_one() > 300
            for member in members:
                acct = s.get(PointAccount, member)
                assert acct is not None
                assert s.get(Member, member) is not None
    finally:
        batched.close()
        single.close()
