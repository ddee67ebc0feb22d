"""merge_members on a real device database: lots, debt, coupons and spend move, nothing twice."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from core import errors, ledger
from core.apply import apply_envelope
from core.commands.base import Envelope
from core.commands.payloads import MergeMembers, RedeemReward
from core.db.models import (
    CommandRow,
    Coupon,
    LotMovement,
    Member,
    PointEntry,
    PointLot,
    QualifyingEvent,
)
from core.services import DeviceServices
from tests.conftest import T0
from tests.integration.test_handlers import counts, sound, yuan

DAY = timedelta(days=1)
MERGE_AT = T0 + timedelta(hours=1)


def _expiry(earned: datetime) -> datetime:
    """The demo rulebook: valid through the earning date + 730 days, gone at 00:00 after."""
    return datetime.combine(earned.date() + timedelta(days=731), datetime.min.time())


def _overdraft(svc: DeviceServices, member_id: str, at: datetime) -> None:
    """Another store's offline redemption the server accepted as a fact: points debt."""
    payload = RedeemReward(
        redemption_id="11111111-1111-1111-1111-111111111111", member_id=member_id, sku="RW0002"
    )
    env = Envelope(
        id="22222222-2222-2222-2222-222222222222",
        kind="redeem_reward",
        schema_version=1,
        device_id="other-till",
        seq=1,
        store_code="S002",
        staff="clerk2",
        device_time=at,
        payload=payload.to_dict(),
    )
    with svc.factory() as s, s.begin():
        apply_envelope(s, env, authority="server", facts=True)


@pytest.fixture
def pair(services: Any) -> tuple[DeviceServices, str, str]:
    """Survivor 张三 (100 points, ¥2,600 spent) and duplicate 张三丰 holding an available lot
    (300, earned T0-8d), a pending lot (200, earned T0-3d, locked until T0+4d), 300 points
    debt and an issued coupon."""
    svc: DeviceServices = services
    survivor = svc.enrol("张三", "13812345678", at=T0 - 30 * DAY).result["code"]
    duplicate = svc.enrol("张三", "13912345678", at=T0 - 30 * DAY).result["code"]
    svc.adjust(survivor, 100, "welcome", at=T0 - 20 * DAY)
    svc.record_sale(yuan("2600"), member_key=survivor, at=T0 - 20 * DAY)
    svc.record_sale(yuan("300"), member_key=duplicate, at=T0 - 8 * DAY)
    svc.record_sale(yuan("200"), member_key=duplicate, at=T0 - 3 * DAY)
    _overdraft(svc, svc.find(duplicate).id, T0 - 2 * DAY)  # both lots locked then: all debt
    svc.issue_coupon(duplicate, "CT-100-10", at=T0 - DAY)
    return svc, survivor, duplicate


def _lots(svc: DeviceServices, member_id: str) -> list[tuple[int, datetime, datetime]]:
    with svc.factory() as s:
        return [
            (lot.remaining, lot.available_at, lot.expires_at)
            for lot in ledger.open_lots(s, member_id)
        ]


def test_the_duplicate_is_set_up_as_described(pair: tuple[DeviceServices, str, str]) -> None:
    svc, survivor, duplicate = pair
    dup = svc.card(svc.find(duplicate).id, now=MERGE_AT).points
    assert (dup.available, dup.locked, dup.debt, dup.balance) == (300, 200, 300, 200)
    kept = svc.card(svc.find(survivor).id, now=MERGE_AT).points
    assert (kept.available, kept.locked, kept.debt, kept.balance) == (2700, 0, 0, 2700)


def test_merge_moves_lots_with_their_dates_debt_coupons_and_spend(
    pair: tuple[DeviceServices, str, str],
) -> None:
    svc, survivor, duplicate = pair
    survivor_id, duplicate_id = svc.find(survivor).id, svc.find(duplicate).id
    assert svc.find(survivor).tier_name == "普通"  # ¥2,600: 铜牌 needs ¥3,000
    applied = svc.merge_members(survivor, duplicate, "same person, phone typo", at=MERGE_AT)
    r = applied.result
    assert (r["points"], r["debt"], r["lots"], r["coupons"], r["events"]) == (500, 300, 2, 1, 2)
    # ¥2,600 + ¥300 + ¥200 in the window: the survivor qualifies for 铜牌 at once.
    assert r["tier_change"] == {"from": "T0", "to": "T1", "change": "upgrade"}

    kept = svc.card(survivor_id, now=MERGE_AT).points
    # 2,700 + 500 moved − 300 debt = 2,900 = 2,700 + 200 (both totals before).
    assert (kept.available, kept.locked, kept.debt, kept.balance) == (3000, 200, 300, 2900)
    gone = svc.card(duplicate_id, now=MERGE_AT).points
    assert (gone.available, gone.locked, gone.debt, gone.balance) == (0, 0, 0, 0)
    # The moved lots keep their earned, available and expiry times: pending stays pending.
    earned_a, earned_b = T0 - 8 * DAY, T0 - 3 * DAY
    moved = [lot for lot in _lots(svc, survivor_id) if lot[0] in (300, 200)]
    assert moved == [
        (300, earned_a + 7 * DAY, _expiry(earned_a)),
        (200, earned_b + 7 * DAY, _expiry(earned_b)),
    ]
    assert _lots(svc, duplicate_id) == []

    with svc.factory() as s:
        dup = s.get(Member, duplicate_id)
        assert dup is not None and dup.status == "closed" and dup.merged_into == survivor_id
        entries = {
            e.member_id: e
            for e in s.execute(
                select(PointEntry).where(PointEntry.command_id == applied.command_id)
            ).scalars()
        }
        out, into = entries[duplicate_id], entries[survivor_id]
        assert (out.kind, out.points, out.debt_delta) == ("merge_out", -200, -300)
        assert (into.kind, into.points, into.debt_delta) == ("merge_in", 200, 300)
        assert into.reason == "same person, phone typo" and into.ref_entry_id == out.id
        # The duplicate's lots are named by the merge_out entry's movements.
        drawn = s.execute(select(LotMovement).where(LotMovement.entry_id == out.id)).scalars()
        assert sorted(m.delta for m in drawn) == [-300, -200]
        coupon = s.execute(select(Coupon)).scalar_one()
        assert coupon.member_id == survivor_id and coupon.status == "issued"
        events = s.execute(
            select(QualifyingEvent.spend_fen)
            .where(QualifyingEvent.member_id == survivor_id)
            .order_by(QualifyingEvent.at)
        ).scalars()
        assert list(events) == [260000, 30000, 20000]
    sound(svc)

    # The survivor spends the moved points; the debt is repaid from what they earn next.
    svc.redeem(survivor, "RW0001", at=MERGE_AT)
    svc.record_sale(yuan("1000"), member_key=survivor, at=MERGE_AT + DAY)
    assert svc.card(survivor_id, now=MERGE_AT + DAY).points.debt == 0
    sound(svc)


def test_the_closed_duplicate_takes_no_more_sales(pair: tuple[DeviceServices, str, str]) -> None:
    svc, survivor, duplicate = pair
    svc.merge_members(survivor, duplicate, "duplicate card", at=MERGE_AT)
    before = counts(svc)
    with pytest.raises(errors.MemberInactive):
        svc.record_sale(yuan("10"), member_key=duplicate, at=MERGE_AT)
    assert counts(svc) == before


def _refused(svc: DeviceServices, error: type[errors.DomainError], *args: Any) -> Any:
    before = counts(svc)
    with pytest.raises(error) as info:
        svc.merge_members(*args, at=MERGE_AT)
    assert counts(svc) == before, "a refused merge wrote something"
    return info.value


def test_refusals_write_nothing(pair: tuple[DeviceServices, str, str]) -> None:
    svc, survivor, duplicate = pair
    err = _refused(svc, errors.InvalidInput, survivor, survivor, "typo")
    assert err.params["field"] == "duplicate_id"
    _refused(svc, errors.ReasonRequired, survivor, duplicate, "   ")
    _refused(svc, errors.MemberNotFound, survivor, "13000000000", "typo")
    third = svc.enrol("李四", "13712345678", at=T0).result["code"]
    svc.set_status(third, "closed", "left", at=T0)
    err = _refused(svc, errors.MemberInactive, survivor, third, "typo")
    assert err.params["status"] == "closed"
    svc.merge_members(survivor, duplicate, "typo", at=MERGE_AT)
    err = _refused(svc, errors.MemberMerged, survivor, duplicate, "again")
    assert err.params == {"code": duplicate, "into": survivor}
    _refused(svc, errors.MemberMerged, duplicate, third, "into the closed one")
    sound(svc)


def test_unknown_ids_in_a_pushed_payload_are_refused(
    pair: tuple[DeviceServices, str, str],
) -> None:
    svc, survivor, _duplicate = pair
    env = Envelope(
        id="33333333-3333-3333-3333-333333333333",
        kind="merge_members",
        schema_version=1,
        device_id="hq",
        seq=1,
        store_code=None,
        staff="bo",
        device_time=MERGE_AT,
        payload=MergeMembers(
            survivor_id=svc.find(survivor).id, duplicate_id="no-such-member", reason="x"
        ).to_dict(),
    )
    before = counts(svc)
    with pytest.raises(errors.MemberNotFound), svc.factory() as s, s.begin():
        apply_envelope(s, env, authority="server", facts=False)
    assert counts(svc) == before


def test_a_replay_is_a_duplicate_and_changes_nothing(
    pair: tuple[DeviceServices, str, str],
) -> None:
    svc, survivor, duplicate = pair
    applied = svc.merge_members(survivor, duplicate, "typo", at=MERGE_AT)
    with svc.factory() as s:
        row = s.get(CommandRow, applied.command_id)
        assert row is not None
        env = Envelope(
            id=row.id,
            kind=row.kind,
            schema_version=row.schema_version,
            device_id=row.device_id,
            seq=row.seq,
            store_code=row.store_code,
            staff=row.staff,
            device_time=row.device_time,
            payload=row.payload,
        )
    before = counts(svc)
    with svc.factory() as s, s.begin():
        again = apply_envelope(s, env, authority="server", facts=False)
    assert again.status == "duplicate" and again.result == applied.result
    assert counts(svc) == before
    sound(svc)


def test_a_member_with_nothing_to_move_is_still_closed(services: Any) -> None:
    svc: DeviceServices = services
    survivor = svc.enrol("王五", "13612345678", at=T0).result["code"]
    duplicate = svc.enrol("王五", "13612345679", at=T0).result["code"]
    r = svc.merge_members(survivor, duplicate, "enrolled twice at the desk", at=MERGE_AT).result
    assert (r["points"], r["debt"], r["lots"], r["coupons"], r["events"]) == (0, 0, 0, 0, 0)
    with svc.factory() as s:
        assert (
            s.execute(
                select(PointEntry).where(PointEntry.kind.in_(["merge_in", "merge_out"]))
            ).first()
            is None
        )
        assert s.execute(select(PointLot).where(PointLot.remaining > 0)).first() is None
    assert svc.find(duplicate).status == "closed"
