"""A region's laptop receives its members' last 400 days of sales and ledger with its
snapshot (so its dashboards cover the past); a till does not. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from core.db import models as m
from server import feed
from tests.conftest import T0
from tests.integration.server.conftest import enrol_device
from tests.integration.server.test_sync_api import _pull_all
from tests.integration.server.wire import region_of

SINCE = T0 - timedelta(days=feed.HISTORY_DAYS)


def _region_stores(factory: Any, region: str) -> list[str]:
    with factory() as s:
        return list(s.execute(select(m.Store.code).where(m.Store.region == region)).scalars())


def _expected(factory: Any, stores: list[str]) -> dict[str, set[str]]:
    """What the region's history is, straight from the server's tables."""
    with factory() as s:
        ours = select(m.Member.id).where(m.Member.home_store.in_(stores))
        sales = select(m.Sale.id).where(
            m.Sale.at >= SINCE, m.Sale.member_id.in_(ours.scalar_subquery())
        )
        entries = select(m.PointEntry.id).where(
            m.PointEntry.created_at >= SINCE, m.PointEntry.member_id.in_(ours.scalar_subquery())
        )
        lines = select(func.count()).where(m.SaleLineRow.sale_id.in_(sales.scalar_subquery()))
        return {
            "sales": set(s.execute(sales).scalars()),
            "point_entries": set(s.execute(entries).scalars()),
            "sale_lines": set(range(s.execute(lines).scalar_one())),
            "old": set(
                s.execute(
                    select(m.Sale.id).where(
                        m.Sale.at < SINCE, m.Sale.member_id.in_(ours.scalar_subquery())
                    )
                ).scalars()
            ),
        }


def _ids(rows: dict[str, dict[str, dict[str, Any]]], entity: str) -> set[str]:
    return {r["id"] for r in rows.get(entity, {}).values()}


def test_a_region_laptop_snapshot_carries_its_regions_history(client: Any, factory: Any) -> None:
    region = region_of(factory, "S001")
    stores = _region_stores(factory, region)
    want = _expected(factory, stores)
    assert want["sales"] and want["point_entries"] and want["sale_lines"]

    _device, headers = enrol_device(client, None, kind="region", region=region)
    rows, _cursor, _pages, _deleted = _pull_all(client, headers, limit=400)

    assert _ids(rows, "sales") == want["sales"]
    assert _ids(rows, "point_entries") == want["point_entries"]
    assert len(rows["sale_lines"]) == len(want["sale_lines"])
    # Nothing older than the cut-off, nothing of another region's members.
    assert not _ids(rows, "sales") & want["old"]
    members = {r["id"] for r in rows["members"].values()}
    assert {r["member_id"] for r in rows["sales"].values()} <= members
    assert {r["member_id"] for r in rows["point_entries"].values()} <= members
    assert {r["sale_id"] for r in rows["sale_lines"].values()} <= want["sales"]


def test_a_till_snapshot_leaves_history_to_the_feed(client: Any, factory: Any) -> None:
    _device, headers = enrol_device(client, "S001")
    rows, _cursor, _pages, _deleted = _pull_all(client, headers, limit=1000)
    assert rows["members"]
    assert not rows.get("sales") and not rows.get("point_entries")


def test_a_region_cursor_from_before_history_asks_for_a_resync(client: Any, factory: Any) -> None:
    """A laptop set up before the snapshot carried history pulls again, and gets it."""
    region = region_of(factory, "S001")
    stores = tuple(sorted(_region_stores(factory, region)))
    _device, headers = enrol_device(client, None, kind="region", region=region)
    with factory() as s:
        old = feed.Cursor(feed.Scope(stores).digest, feed.clock_now(s)).encode()
    r = client.get("/v1/sync/pull", params={"cursor": old}, headers=headers)
    assert r.status_code == 409, r.text
    assert r.json()["error"]["code"] == "resync_required"
    # A snapshot cursor pointing past this scope's entities is refused, not obeyed.
    with factory() as s:
        scope = feed.Scope(stores, feed.HISTORY_DAYS)
        wild = feed.Cursor(scope.digest, feed.clock_now(s), len(scope.snapshot) - 1, None)
        text = wild.encode()
    assert client.get("/v1/sync/pull", params={"cursor": text}, headers=headers).status_code == 200
    till_scope = feed.Scope(stores)
    past = feed.Cursor(till_scope.digest, 0, len(till_scope.snapshot), None).encode()
    _d, till = enrol_device(client, "S001")
    r = client.get("/v1/sync/pull", params={"cursor": past}, headers=till)
    assert r.status_code == 400, r.text
    assert r.json()["error"]["code"] == "cursor_invalid"
