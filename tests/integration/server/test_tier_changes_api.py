"""``GET /v1/members/{code}/tier-changes``: a member's tier changes from the server, newest
first, in keyset pages, with the sale that made each; in the caller's scope only."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import select

from core.db.models import Member
from sync import member_admin
from sync.admin_client import AdminClient
from tests.conftest import T0
from tests.integration.server.conftest import admin, enrol_device
from tests.integration.server.wire import Till


def _newcomer(factory: Any, store: str) -> tuple[str, str]:
    """(id, code) of an active member of ``store`` in the lowest tier."""
    with factory() as s:
        row = s.execute(
            select(Member.id, Member.code)
            .where(Member.home_store == store, Member.tier_code == "T0", Member.status == "active")
            .order_by(Member.code)
            .limit(1)
        ).one()
    return row.id, row.code


def _upgraded(client: Any, factory: Any) -> tuple[str, list[str], dict[str, str]]:
    """A newcomer of S001 after four sales a day apart: the first three lift them a tier
    or more (铜牌 ¥3,000, 银牌 ¥8,000, 钻石 ¥50,000 in a window), the last changes nothing.
    (Their code, the sales' receipts, the till's headers.)"""
    _, headers = enrol_device(client, store="S001")
    member_id, code = _newcomer(factory, "S001")
    till = Till()
    sales = [
        till.sale(member_id, fen, at=T0 + timedelta(days=d))
        for d, fen in ((1, 350_000), (2, 500_000), (3, 4_500_000), (4, 10_000))
    ]
    pushed = client.post("/v1/sync/push", json={"commands": sales}, headers=headers)
    assert [r["status"] for r in pushed.json()["results"]] == ["applied"] * 4
    return code, [c["payload"]["receipt_no"] for c in sales], headers


def test_a_members_upgrades_in_pages_newest_first(client: Any, factory: Any) -> None:
    code, receipts, headers = _upgraded(client, factory)

    first = client.get(f"/v1/members/{code}/tier-changes?limit=2", headers=headers)
    assert first.status_code == 200, first.text
    page = first.json()
    assert [(c["from_name"], c["to_name"]) for c in page["changes"]] == [
        ("银牌", "钻石"),
        ("铜牌", "银牌"),
    ]
    assert [c["receipt_no"] for c in page["changes"]] == [receipts[2], receipts[1]]
    assert {c["change"] for c in page["changes"]} == {"upgrade"}
    assert {c["made_by"] for c in page["changes"]} == {"record_sale"}
    assert page["next_before"] is not None
    older = client.get(
        f"/v1/members/{code}/tier-changes",
        params={"limit": 2, "before": page["next_before"]},
        headers=headers,
    ).json()
    assert [(c["from_tier"], c["to_tier"], c["receipt_no"]) for c in older["changes"]] == [
        ("T0", "T1", receipts[0])
    ]
    assert older["next_before"] is None
    everything = client.get(f"/v1/members/{code}/tier-changes", headers=admin(client)).json()
    assert [c["id"] for c in everything["changes"]] == [
        c["id"] for c in page["changes"] + older["changes"]
    ]


def test_none_yet_outside_the_scope_and_bad_cursors(client: Any, factory: Any) -> None:
    _, headers = enrol_device(client, store="S001")
    _, code = _newcomer(factory, "S001")
    none = client.get(f"/v1/members/{code}/tier-changes", headers=headers)
    assert none.status_code == 200 and none.json() == {"changes": [], "next_before": None}
    # A till of another region does not see the member at all.
    _, far = enrol_device(client, store="S004")
    r = client.get(f"/v1/members/{code}/tier-changes", headers=far)
    assert r.status_code == 404 and r.json()["error"]["code"] == "member_not_found"
    r = client.get(f"/v1/members/{code}/tier-changes?before=yesterday", headers=headers)
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_input"
    assert client.get(f"/v1/members/{code}/tier-changes").status_code == 401


def test_the_back_office_call(client: Any, factory: Any) -> None:
    """``sync.member_admin.tier_changes`` against the API itself (in process, over ASGI)."""
    code, receipts, _ = _upgraded(client, factory)
    token = admin(client)["Authorization"].removeprefix("Bearer ")
    transport = httpx.ASGITransport(app=client.app)

    async def calls() -> tuple[list[Any], list[Any]]:
        async with AdminClient("http://central", token, transport=transport) as c:
            return await member_admin.tier_changes(c, code), await member_admin.tier_changes(
                c, code, most=2
            )

    every, newest = asyncio.run(calls())
    assert [(c.from_code, c.to_code) for c in every] == [("T2", "T4"), ("T1", "T2"), ("T0", "T1")]
    assert every[0].receipt_no == receipts[2]
    assert newest == every[:2]
