"""A member's tier history travels: a till's upgrade at a sale is the same ``tier_changes`` row
on the central server once pushed (one row on each side, also after the pull brings the
server's back), and the server's tier job's grace and downgrade reach the till by pull and
show in its tier history. A region laptop's snapshot carries its members' tier changes.
A real central API process, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from core.catalog import tier_defs
from core.db.models import Member, TierChange
from core.ids import derived_id
from core.services import DeviceServices, SaleLineInput
from core.tier_history import read_tier_standing
from server import feed
from server.jobs import run_job
from sync.service import SyncService
from tests.conftest import T0
from tests.integration.server.conftest import enrol_device
from tests.integration.server.test_sync_api import _pull_all
from tests.integration.server.wire import region_of
from tests.integration.sync.conftest import Central, Device

DAY = timedelta(days=1)
STAFF = "S001-manager"


def _sync(services: DeviceServices) -> None:
    asyncio.run(SyncService(services.factory).run_cycle())


def _rows(factory: Any, member_id: str) -> list[tuple[Any, ...]]:
    with factory() as s:
        return [
            (r.id, r.from_tier, r.to_tier, r.change, r.at, r.grace_until, r.command_id)
            for r in s.execute(
                select(TierChange)
                .where(TierChange.member_id == member_id)
                .order_by(TierChange.at, TierChange.id)
            ).scalars()
        ]


def _lowest_of_store(factory: Any, store: str = "S001") -> Member:
    with factory() as s:
        lowest = tier_defs(s)[0].code
        member = s.execute(
            select(Member)
            .where(
                Member.home_store == store,
                Member.tier_code == lowest,
                Member.status == "active",
            )
            .order_by(Member.code)
            .limit(1)
        ).scalar_one()
        s.expunge(member)
        return member


def test_a_tills_upgrade_is_the_same_row_on_the_server(central: Central, device: Device) -> None:
    device.setup(central)
    here = DeviceServices.open(str(device.path))
    server = central.factory()
    try:
        member = _lowest_of_store(here.factory)
        with here.factory() as s:
            ladder = tier_defs(s)
        sale = here.record_sale(
            [SaleLineInput(ladder[-1].threshold + 100_00)], member_key=member.code, staff=STAFF
        )
        mine = _rows(here.factory, member.id)
        assert [(r[0], r[1], r[2], r[3], r[6]) for r in mine] == [
            (
                derived_id(sale.command_id, "tier_change"),
                ladder[0].code,
                ladder[-1].code,
                "upgrade",
                sale.command_id,
            )
        ]
        _sync(here)
        assert _rows(server, member.id) == mine
        # The pull brought the server's row back: still one row here, the same.
        _sync(here)
        assert _rows(here.factory, member.id) == mine
        [change] = read_tier_standing(here.factory, member.id, sale_day(here, sale)).changes
        assert change.receipt_no is not None and change.made_by == "record_sale"
    finally:
        here.factory.kw["bind"].dispose()


def sale_day(services: DeviceServices, applied: Any) -> Any:
    return services.sale(applied.result["sale_id"]).at.date()


def test_the_servers_tier_job_reaches_the_till_by_pull(central: Central, device: Device) -> None:
    device.setup(central)
    here = DeviceServices.open(str(device.path))
    server = central.factory()
    try:
        member = _lowest_of_store(server)
        with server() as s, s.begin():
            top = tier_defs(s)[-1].code
            row = s.get(Member, member.id)
            assert row is not None
            # Moved up by hand: the window's spending falls short of the top tier.
            row.tier_code, row.tier_since, row.tier_grace_until = top, T0.date(), None
        assert run_job(server, "tiers", T0)["grace_started"] >= 1
        end = T0 + 30 * DAY
        assert run_job(server, "tiers", end)["downgrade"] >= 1
        theirs = _rows(server, member.id)
        assert [(r[1], r[2], r[3]) for r in theirs][:1] == [(top, top, "grace_started")]
        assert theirs[1][3] == "downgrade" and theirs[1][4] == end

        _sync(here)
        assert _rows(here.factory, member.id) == theirs
        standing = read_tier_standing(here.factory, member.id, end.date())
        assert [(c.change, c.made_by) for c in standing.changes] == [
            ("downgrade", "evaluate_tier"),
            ("grace_started", "evaluate_tier"),
        ]
        assert standing.changes[1].to_code == top
    finally:
        here.factory.kw["bind"].dispose()


def test_a_region_laptops_snapshot_carries_tier_changes(central: Central) -> None:
    server = central.factory()
    member = _lowest_of_store(server)
    with server() as s, s.begin():
        top = tier_defs(s)[-1].code
        row = s.get(Member, member.id)
        assert row is not None
        row.tier_code, row.tier_since, row.tier_grace_until = top, T0.date(), None
    run_job(server, "tiers", T0)
    want = {r[0] for r in _rows(server, member.id)}
    assert want
    region = region_of(server, "S001")
    with central.http() as http:
        _device, headers = enrol_device(http, None, kind="region", region=region)
        rows, _cursor, _pages, _deleted = _pull_all(http, headers, limit=400)
        assert want <= {r["id"] for r in rows["tier_changes"].values()}
        _device, headers = enrol_device(http, "S001")
        rows, _cursor, _pages, _deleted = _pull_all(http, headers, limit=1000)
        # A till takes history from the feed: its snapshot began after the change.
        assert not rows.get("tier_changes")
    assert feed.BY_MODEL[TierChange] in feed.HISTORY
