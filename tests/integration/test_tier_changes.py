"""The ``tier_changes`` table on a device: a sale's upgrade, an evaluation's grace and
downgrade and a merge's upgrade each write one row whose id is derived from the command's;
deciding again for the same command leaves one row; migration 0008 fills the table from
the results of the commands already applied. Demo ladder: 普通 0 / 铜牌 ¥3,000 / … in a
rolling twelve months, 30 days' grace."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from alembic import command as alembic_command
from sqlalchemy import delete, select

from core.commands.base import Envelope
from core.db.engine import alembic_config
from core.db.engine import upgrade as upgrade_schema
from core.db.models import CommandRow, TierChange
from core.handlers.tiering import record_change, tier_change_values
from core.ids import derived_id
from core.services import DeviceServices, SaleLineInput
from core.tier_history import read_tier_standing
from core.tiers import TierDecision
from tests.conftest import T0

DAY = timedelta(days=1)


def rows(svc: DeviceServices, member_id: str | None = None) -> list[TierChange]:
    with svc.factory() as s:
        query = select(TierChange).order_by(TierChange.at, TierChange.id)
        if member_id is not None:
            query = query.where(TierChange.member_id == member_id)
        found = list(s.execute(query).scalars())
        for r in found:
            s.expunge(r)
        return found


def as_tuple(r: TierChange) -> tuple[Any, ...]:
    return (r.id, r.member_id, r.from_tier, r.to_tier, r.change, r.at, r.command_id, r.command_kind)


def test_a_sales_upgrade_and_an_evaluations_grace_and_downgrade_write_one_row_each(
    services: Any,
) -> None:
    svc: DeviceServices = services
    member_id = str(svc.enrol("周杰", "13900001111", at=T0).result["member_id"])
    small = svc.record_sale([SaleLineInput(10_000)], member_key="13900001111", at=T0)
    assert "tier_change" not in small.result and rows(svc, member_id) == []

    sale = svc.record_sale([SaleLineInput(350_000)], member_key="13900001111", at=T0 + DAY)
    [up] = rows(svc, member_id)
    assert as_tuple(up) == (
        derived_id(sale.command_id, "tier_change"),
        member_id,
        "T0",
        "T1",
        "upgrade",
        T0 + DAY,
        sale.command_id,
        "record_sale",
    )
    assert up.grace_until is None

    year_later = T0 + 400 * DAY
    grace = svc.evaluate_tier("13900001111", period_end=True, at=year_later)
    down = svc.evaluate_tier("13900001111", period_end=True, at=year_later + 31 * DAY)
    found = rows(svc, member_id)
    assert [(r.change, r.from_tier, r.to_tier, r.command_id) for r in found] == [
        ("upgrade", "T0", "T1", sale.command_id),
        ("grace_started", "T1", "T1", grace.command_id),
        ("downgrade", "T1", "T0", down.command_id),
    ]
    assert found[1].grace_until == (year_later + 30 * DAY).date()
    # An evaluation that changes nothing writes nothing.
    svc.evaluate_tier("13900001111", period_end=True, at=year_later + 40 * DAY)
    assert len(rows(svc, member_id)) == 3

    standing = read_tier_standing(svc.factory, member_id, (year_later + 40 * DAY).date())
    assert [(c.change, c.made_by, c.receipt_no is not None) for c in standing.changes] == [
        ("downgrade", "evaluate_tier", False),
        ("grace_started", "evaluate_tier", False),
        ("upgrade", "record_sale", True),
    ]


def test_the_same_command_deciding_twice_leaves_one_row(services: Any) -> None:
    svc: DeviceServices = services
    member_id = str(svc.enrol("周杰", "13900001111", at=T0).result["member_id"])
    sale = svc.record_sale([SaleLineInput(350_000)], member_key="13900001111", at=T0)
    with svc.factory() as s, s.begin():
        cmd = s.get(CommandRow, sale.command_id)
        assert cmd is not None
        env = Envelope(
            cmd.id,
            cmd.kind,
            cmd.schema_version,
            cmd.device_id,
            cmd.seq,
            cmd.store_code,
            cmd.staff,
            cmd.device_time,
            cmd.payload,
        )
        again = {"from": "T0", "to": "T2", "change": "upgrade"}
        for _ in range(2):
            record_change(
                s,
                tier_change_values(env, member_id, again, TierDecision("T2", None, "upgrade")),
            )
            s.flush()
    [row] = rows(svc, member_id)
    assert (row.id, row.to_tier) == (derived_id(sale.command_id, "tier_change"), "T2")


def test_a_merge_that_lifts_the_survivor_writes_its_row(services: Any) -> None:
    svc: DeviceServices = services
    survivor = str(svc.enrol("王菲", "13900002222", at=T0).result["member_id"])
    duplicate = str(svc.enrol("王菲", "13900003333", at=T0).result["member_id"])
    svc.record_sale([SaleLineInput(200_000)], member_key="13900002222", at=T0)
    svc.record_sale([SaleLineInput(200_000)], member_key="13900003333", at=T0)
    assert rows(svc) == []
    merged = svc.merge_members("13900002222", "13900003333", "one person", at=T0 + DAY)
    [up] = rows(svc)
    assert (up.member_id, up.change, up.to_tier, up.command_kind) == (
        survivor,
        "upgrade",
        "T1",
        "merge_members",
    )
    assert up.id == derived_id(merged.command_id, "tier_change")
    assert merged.result["tier_change"] == {"from": "T0", "to": "T1", "change": "upgrade"}
    assert rows(svc, duplicate) == []
    [change] = read_tier_standing(svc.factory, survivor, (T0 + DAY).date()).changes
    assert (change.made_by, change.receipt_no) == ("merge_members", None)


def test_migration_0008_fills_the_table_from_the_commands_results(services: Any) -> None:
    svc: DeviceServices = services
    svc.enrol("周杰", "13900001111", at=T0)
    svc.record_sale([SaleLineInput(350_000)], member_key="13900001111", at=T0)
    year_later = T0 + 400 * DAY
    svc.evaluate_tier("13900001111", period_end=True, at=year_later)
    svc.evaluate_tier("13900001111", period_end=True, at=year_later + 31 * DAY)
    svc.enrol("王菲", "13900002222", at=T0)
    svc.enrol("王菲", "13900003333", at=T0)
    svc.record_sale([SaleLineInput(200_000)], member_key="13900002222", at=T0)
    svc.record_sale([SaleLineInput(200_000)], member_key="13900003333", at=T0)
    svc.merge_members("13900002222", "13900003333", "one person", at=T0 + DAY)
    written = [as_tuple(r) for r in rows(svc)]
    assert len(written) == 4

    engine = svc.factory.kw["bind"]
    with svc.factory() as s, s.begin():
        s.execute(delete(TierChange))
    alembic_command.downgrade(alembic_config(engine), "0007")
    upgrade_schema(engine)
    assert [as_tuple(r) for r in rows(svc)] == written


def test_a_rejected_sale_takes_its_row_and_a_forgotten_member_all_of_theirs(
    services: Any,
) -> None:
    from sync.push import reject
    from sync.scope import forget_members

    svc: DeviceServices = services
    member_id = str(svc.enrol("周杰", "13900001111", at=T0).result["member_id"])
    sale = svc.record_sale([SaleLineInput(350_000)], member_key="13900001111", at=T0)
    assert len(rows(svc, member_id)) == 1
    with svc.factory() as s, s.begin():
        reject(s, sale.command_id, {"code": "member_inactive", "message": "closed"})
    assert rows(svc, member_id) == []

    # (The member's tier itself comes back with the refresh that follows a rejection.)
    other = str(svc.enrol("王菲", "13900002222", at=T0).result["member_id"])
    svc.record_sale([SaleLineInput(350_000)], member_key="13900002222", at=T0)
    assert len(rows(svc, other)) == 1
    with svc.factory() as s, s.begin():
        forget_members(s, [other])
    assert rows(svc) == []
