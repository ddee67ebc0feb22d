"""Every command handler on a real SQLite device database, through the device services."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from core import errors, ledger
from core.apply import apply_envelope
from core.commands.base import Envelope
from core.db.models import (
    AttentionItem,
    Base,
    CommandRow,
    Coupon,
    Member,
    PointEntry,
    PointLot,
    Redemption,
    Reward,
    Sale,
    StoreStock,
)
from core.services import DeviceServices, SaleLineInput
from tests.conftest import T0

DAY = timedelta(days=1)


def yuan(amount: str) -> list[SaleLineInput]:
    from core.money import parse_yuan

    return [SaleLineInput(amount_fen=parse_yuan(amount))]


def counts(svc: DeviceServices) -> dict[str, int]:
    """Rows in every table: what "nothing was written" is checked against."""
    with svc.factory() as s:
        return {
            t.name: s.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
        }


def sound(svc: DeviceServices) -> None:
    with svc.factory() as s:
        for member_id in s.execute(select(Member.id)).scalars():
            assert ledger.check_invariants(s, member_id) == []


@pytest.fixture
def svc(services: Any) -> DeviceServices:
    assert isinstance(services, DeviceServices)
    return services


@pytest.fixture
def member(svc: DeviceServices) -> str:
    applied = svc.enrol("张三", "13812345678", at=T0 - 30 * DAY)
    return str(applied.result["code"])


def refused(svc: DeviceServices, error: type[errors.DomainError], fn: Any, *a: Any, **kw: Any):
    before = counts(svc)
    with pytest.raises(error) as info:
        fn(*a, **kw)
    assert counts(svc) == before, "a refused command wrote something"
    return info.value


# --- enrolment and profile ---------------------------------------------------


def test_enrol_creates_member_with_pinyin_keys_and_queues_the_command(svc: DeviceServices) -> None:
    applied = svc.enrol("欧阳娜娜", "+86 139-0000-1234", at=T0)
    card = svc.card(applied.result["member_id"])
    assert card.name == "欧阳娜娜" and card.phone == "13900001234"
    assert card.tier_name == "普通" and card.points.balance == 0
    assert [r.name for r in svc.search("oynn")] == ["欧阳娜娜"]
    assert [r.code for r in svc.search("1234")] == [card.code]
    with svc.factory() as s:
        row = s.get(CommandRow, applied.command_id)
        assert row is not None and row.sync_state == "local" and row.seq == 1
        assert row.kind == "enrol_member" and row.result["code"] == card.code


def test_enrol_refuses_duplicate_phone_and_bad_input_writing_nothing(
    svc: DeviceServices, member: str
) -> None:
    err = refused(svc, errors.DuplicatePhone, svc.enrol, "李四", "138 1234 5678", at=T0)
    assert err.params["code"] == member
    refused(svc, errors.InvalidPhone, svc.enrol, "李四", "12345", at=T0)
    refused(svc, errors.InvalidInput, svc.enrol, "   ", "13912345678", at=T0)


def test_sequence_numbers_increase_per_command(svc: DeviceServices, member: str) -> None:
    svc.record_sale(yuan("10"), member_key=member, at=T0)
    svc.record_sale(yuan("20"), member_key=member, at=T0)
    with svc.factory() as s:
        seqs = list(s.execute(select(CommandRow.seq).order_by(CommandRow.seq)).scalars())
    assert seqs == [1, 2, 3]


# --- sales ------------------------------------------------------------------


def test_sale_earns_locked_points_with_breakdown(svc: DeviceServices, member: str) -> None:
    r = svc.record_sale(yuan("128.50"), member_key=member, at=T0).result
    assert r["points_earned"] == 128
    assert r["amount_paid_fen"] == 12850
    assert r["breakdown"][0]["code"] == "base" and r["breakdown"][0]["points"] == 128
    card = svc.find(member, now=T0)
    # Locked for the 7-day return window, and not yet uploaded.
    assert (card.points.available, card.points.locked, card.points.pending_upload) == (0, 128, 128)
    later = svc.card(card.id, now=T0 + 8 * DAY)
    assert (later.points.available, later.points.locked) == (128, 0)
    sound(svc)


def test_member_day_and_category_rates_stack_as_documented(
    svc: DeviceServices, member: str
) -> None:
    wednesday = T0 + 2 * DAY
    lines = [SaleLineInput(10000, "high_margin"), SaleLineInput(10000, "traffic")]
    r = svc.record_sale(lines, member_key=member, at=wednesday).result
    # base: 100 yuan x 5 + 100 yuan x 1 = 600; member day +100% of base = 600.
    assert r["points_earned"] == 1200
    assert {p["code"]: p["points"] for p in r["breakdown"]} == {"base": 600, "campaign": 600}


def test_paying_with_points_needs_available_points_and_respects_the_share(
    svc: DeviceServices, member: str
) -> None:
    svc.record_sale(yuan("500"), member_key=member, at=T0)
    # The 500 points are locked until the return window ends.
    refused(
        svc,
        errors.InsufficientPoints,
        svc.record_sale,
        yuan("100"),
        member_key=member,
        points_to_spend=100,
        at=T0 + DAY,
    )
    after = T0 + 8 * DAY
    # At most 50% of a ¥100 bill: 5,000 fen = 5,000 points at 100 points per yuan.
    refused(
        svc,
        errors.PointsCashLimit,
        svc.record_sale,
        yuan("100"),
        member_key=member,
        points_to_spend=5001,
        at=after,
    )
    r = svc.record_sale(yuan("100"), member_key=member, points_to_spend=300, at=after).result
    assert r["points_spent"] == 300 and r["points_cash_fen"] == 300
    assert r["amount_paid_fen"] == 9700
    assert r["points_earned"] == 97  # earned on the money paid, not on the points
    card = svc.card(svc.find(member).id, now=after)
    assert card.points.available == 200 and card.points.locked == 97
    sound(svc)


def test_unknown_member_and_frozen_account_are_refused(svc: DeviceServices, member: str) -> None:
    from core.codes import make_member_code

    nobody = make_member_code(9_999_999_999)
    refused(svc, errors.MemberNotFound, svc.record_sale, yuan("10"), member_key=nobody)
    refused(svc, errors.InvalidMemberCode, svc.record_sale, yuan("10"), member_key="M12345")
    svc.freeze(member, True, "suspected card sharing", at=T0)
    refused(svc, errors.AccountFrozen, svc.record_sale, yuan("10"), member_key=member, at=T0)
    refused(svc, errors.AccountFrozen, svc.redeem, member, "RW0001", at=T0)
    svc.freeze(member, False, "cleared", at=T0)
    assert svc.record_sale(yuan("10"), member_key=member, at=T0).result["points_earned"] == 10


def test_tier_upgrades_as_soon_as_a_sale_qualifies(svc: DeviceServices, member: str) -> None:
    r = svc.record_sale(yuan("3000"), member_key=member, at=T0).result
    assert r["tier_change"] == {"from": "T0", "to": "T1", "change": "upgrade"}
    assert svc.find(member).tier_name == "铜牌"
    # 铜牌: 2% off and 110% points on the next sale.
    r = svc.record_sale(yuan("100"), member_key=member, at=T0 + DAY).result
    assert r["tier_discount_fen"] == 200 and r["amount_paid_fen"] == 9800
    assert {p["code"]: p["points"] for p in r["breakdown"]} == {"base": 98, "tier_bonus": 9}


# --- refunds ----------------------------------------------------------------


def _state(svc: DeviceServices, code: str) -> tuple[int, int, dict[str, int]]:
    with svc.factory() as s:
        member = s.execute(select(Member).where(Member.code == code)).scalar_one()
        acct = ledger.account_for(s, member.id)
        lots = {
            lot.id: lot.remaining
            for lot in s.execute(select(PointLot).where(PointLot.member_id == member.id)).scalars()
            if lot.remaining
        }
        return acct.balance, acct.debt, lots


def test_full_refund_restores_the_member_exactly(svc: DeviceServices, member: str) -> None:
    svc.record_sale(yuan("800"), member_key=member, at=T0)
    at = T0 + 10 * DAY
    before = _state(svc, member)
    r = svc.record_sale(yuan("200"), member_key=member, points_to_spend=500, at=at).result
    refund = svc.refund(r["receipt_no"], at=at + timedelta(hours=1)).result
    assert refund["points_reversed"] == r["points_earned"] == 195
    assert refund["points_returned"] == 500
    assert refund["cash_refund_fen"] == 19500
    assert _state(svc, member) == before
    sound(svc)


def test_partial_refunds_reverse_pro_rata_and_add_up_to_the_whole(
    svc: DeviceServices, member: str
) -> None:
    r = svc.record_sale(yuan("333"), member_key=member, at=T0).result
    assert r["points_earned"] == 333
    first = svc.refund(r["sale_id"], 10000, at=T0 + DAY).result
    assert first["points_reversed"] == 100  # floor(333 x 100/333)
    second = svc.refund(r["sale_id"], 10000, at=T0 + DAY).result
    assert second["points_reversed"] == 100
    rest = svc.refund(r["sale_id"], at=T0 + DAY).result
    assert rest["amount_fen"] == 13300 and rest["points_reversed"] == 133
    assert rest["fully_refunded"] is True
    assert svc.find(member).points.balance == 0
    refused(svc, errors.RefundTooLarge, svc.refund, r["sale_id"], 1, at=T0 + DAY)
    sound(svc)


def test_refund_after_points_were_spent_leaves_visible_debt_repaid_by_next_earning(
    svc: DeviceServices, member: str
) -> None:
    sale = svc.record_sale(yuan("1000"), member_key=member, at=T0).result
    at = T0 + 8 * DAY
    svc.redeem(member, "RW0002", at=at)  # spends points from the sale's lot
    with svc.factory() as s:
        price = s.get(Reward, "RW0002").points_price  # type: ignore[union-attr]
    refund = svc.refund(sale["sale_id"], at=at).result
    assert refund["debt_created"] == price
    card = svc.card(svc.find(member).id, now=at)
    assert card.points.debt == price and card.points.balance == -price
    earned = svc.record_sale(yuan("2000"), member_key=member, at=at).result["points_earned"]
    card = svc.card(card.id, now=at)
    assert card.points.debt == 0 and card.points.locked == earned - price
    sound(svc)


def test_refund_unknown_sale_and_too_much_are_refused(svc: DeviceServices, member: str) -> None:
    refused(svc, errors.SaleNotFound, svc.refund, "R000000NOPE")
    r = svc.record_sale(yuan("50"), member_key=member, at=T0).result
    refused(svc, errors.RefundTooLarge, svc.refund, r["sale_id"], 5001, at=T0)


# --- points mall ------------------------------------------------------------


def _rich(svc: DeviceServices, code: str) -> datetime:
    svc.adjust(code, 100000, "welcome bonus for the test", at=T0)
    return T0 + DAY


def test_redeem_takes_points_stock_and_quota_together_and_cancel_gives_back(
    svc: DeviceServices, member: str
) -> None:
    at = _rich(svc, member)
    with svc.factory() as s:
        reward = (
            s.execute(
                select(Reward).where(
                    Reward.stock_mode == "store", Reward.per_member_limit.is_(None)
                )
            )
            .scalars()
            .first()
        )
        assert reward is not None
        sku, price = reward.sku, reward.points_price
        stock = s.get(StoreStock, (sku, "S001")).quantity  # type: ignore[union-attr]
    r = svc.redeem(member, sku, 2, at=at).result
    assert r["points"] == 2 * price
    with svc.factory() as s:
        assert s.get(StoreStock, (sku, "S001")).quantity == stock - 2  # type: ignore[union-attr]
    assert svc.find(member).points.balance == 100000 - 2 * price
    svc.cancel_redemption(r["redemption_id"], "customer changed mind", at=at)
    with svc.factory() as s:
        assert s.get(StoreStock, (sku, "S001")).quantity == stock  # type: ignore[union-attr]
        assert s.get(Redemption, r["redemption_id"]).status == "cancelled"  # type: ignore[union-attr]
    assert svc.find(member).points.balance == 100000
    refused(
        svc,
        errors.RedemptionAlreadyCancelled,
        svc.cancel_redemption,
        r["redemption_id"],
        "again",
        at=at,
    )
    sound(svc)


def test_redeem_refusals_write_nothing(svc: DeviceServices, member: str) -> None:
    refused(svc, errors.InsufficientPoints, svc.redeem, member, "RW0002", at=T0)
    at = _rich(svc, member)
    refused(svc, errors.RewardNotFound, svc.redeem, member, "NOPE", at=at)
    with svc.factory() as s:
        limited = s.execute(select(Reward).where(Reward.per_member_limit == 1)).scalars().first()
        empty = (
            s.execute(
                select(StoreStock).where(StoreStock.store_code == "S001", StoreStock.quantity == 0)
            )
            .scalars()
            .first()
        )
        assert limited is not None and empty is not None
        limited_sku, empty_sku = limited.sku, empty.sku
    svc.redeem(member, limited_sku, at=at)
    refused(svc, errors.RedemptionLimit, svc.redeem, member, limited_sku, at=at)
    refused(svc, errors.OutOfStock, svc.redeem, member, empty_sku, at=at)


# --- coupons, adjustments, expiry ------------------------------------------


def test_coupon_applies_once_and_not_after_expiry(svc: DeviceServices, member: str) -> None:
    def refusal(amount: str, coupon: str, at: datetime) -> str:
        err = refused(
            svc,
            errors.CouponNotUsable,
            svc.record_sale,
            yuan(amount),
            member_key=member,
            coupon_code=coupon,
            at=at,
        )
        return str(err.params["reason"])

    def issue() -> str:
        return str(svc.issue_coupon(member, "CT-100-10", at=T0).result["code"])

    used = issue()
    r = svc.record_sale(yuan("150"), member_key=member, coupon_code=used, at=T0).result
    assert r["coupon_discount_fen"] == 1000 and r["amount_paid_fen"] == 14000
    assert refusal("150", used, T0) == "used"
    assert refusal("150", issue(), T0 + 31 * DAY) == "expired"
    assert refusal("99.99", issue(), T0) == "below_threshold"
    with svc.factory() as s:
        assert s.execute(select(Coupon).where(Coupon.status == "used")).scalars().one()


def test_adjustment_needs_a_reason_and_cannot_overdraw(svc: DeviceServices, member: str) -> None:
    refused(svc, errors.ReasonRequired, svc.adjust, member, 100, "  ", at=T0)
    refused(svc, errors.InsufficientPoints, svc.adjust, member, -1, "typo", at=T0)
    svc.adjust(member, 300, "goodwill: late delivery", at=T0)
    svc.adjust(member, -100, "correction", at=T0)
    with svc.factory() as s:
        reasons = list(
            s.execute(select(PointEntry.reason).where(PointEntry.kind == "adjust")).scalars()
        )
    assert sorted(reasons) == ["correction", "goodwill: late delivery"]
    assert svc.find(member).points.available == 200


def test_expiry_writes_off_what_is_left_of_ended_lots(svc: DeviceServices, member: str) -> None:
    svc.record_sale(yuan("100"), member_key=member, at=T0)
    svc.record_sale(yuan("50"), member_key=member, at=T0 + 400 * DAY)
    end = T0 + 732 * DAY  # the first lot (730 days) has ended, the second has not
    card = svc.card(svc.find(member).id, now=end)
    assert card.points.expired_due == 100 and card.points.available == 50
    r = svc.expire_due(at=end).result
    assert r["points"] == 100 and r["members"] == 1
    card = svc.card(card.id, now=end)
    assert card.points.balance == 50 and card.points.expired_due == 0
    assert svc.expire_due(at=end).result["members"] == 0  # idempotent
    sound(svc)


# --- the command layer itself ----------------------------------------------


def test_replayed_command_is_a_duplicate_with_the_stored_result(
    svc: DeviceServices, member: str
) -> None:
    applied = svc.record_sale(yuan("88"), member_key=member, at=T0)
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
        again = apply_envelope(s, env, authority="server", facts=True)
    assert again.status == "duplicate" and again.result == applied.result
    assert counts(svc) == before


def test_hostile_payloads_are_refused_with_the_field_named(svc: DeviceServices) -> None:
    env = Envelope(
        id="00000000-0000-0000-0000-000000000001",
        kind="record_sale",
        schema_version=1,
        device_id="other",
        seq=1,
        store_code="S001",
        staff=None,
        device_time=T0,
        payload={"sale_id": "x", "receipt_no": "x", "lines": [{"amount_fen": "12.3.4"}]},
    )
    with svc.factory() as s, s.begin(), pytest.raises(errors.InvalidInput) as info:
        apply_envelope(s, env, authority="server", facts=True)
    assert info.value.params["field"] == "amount_fen"
    bad_kind = Envelope(**{**env.__dict__, "kind": "drop_tables"})
    with svc.factory() as s, s.begin(), pytest.raises(errors.UnknownCommand):
        apply_envelope(s, bad_kind, authority="server", facts=True)


def test_server_accepts_an_offline_overdraft_as_debt_with_an_attention_item(
    svc: DeviceServices, member: str
) -> None:
    from core.commands.payloads import Line, RecordSale

    svc.record_sale(yuan("100"), member_key=member, at=T0)
    at = T0 + 8 * DAY
    payload = RecordSale(
        sale_id="11111111-1111-1111-1111-111111111111",
        receipt_no="ROFFLINE1",
        lines=[Line(amount_fen=100000)],
        member_id=svc.find(member).id,
        points_to_spend=300,  # only 100 available: another store spent the rest offline
        expected_points=990,
    )
    env = Envelope(
        id="22222222-2222-2222-2222-222222222222",
        kind="record_sale",
        schema_version=1,
        device_id="other-till",
        seq=1,
        store_code="S002",
        staff="clerk2",
        device_time=at,
        payload=payload.to_dict(),
    )
    with svc.factory() as s, s.begin():
        applied = apply_envelope(s, env, authority="server", facts=True)
    assert applied.status == "applied" and applied.result["points_earned"] == 997
    with svc.factory() as s:
        spend = s.execute(select(PointEntry).where(PointEntry.kind == "spend")).scalar_one()
        assert spend.debt_delta == 200
        items = sorted(i.kind for i in s.execute(select(AttentionItem)).scalars())
        assert items == ["points_mismatch", "points_overdraft"]
    # The earn that followed in the same sale repaid the debt at once.
    card = svc.card(svc.find(member).id, now=at)
    assert card.points.debt == 0 and card.points.locked == 997 - 200
    sound(svc)


def test_sale_without_lines_amount_zero_is_fine_and_free(svc: DeviceServices, member: str) -> None:
    r = svc.record_sale(yuan("0"), member_key=member, at=T0).result
    assert r["points_earned"] == 0 and r["amount_paid_fen"] == 0
    with svc.factory() as s:
        assert s.execute(select(func.count()).select_from(Sale)).scalar_one() == 1


# --- profile, status, benefits, tier evaluation -----------------------------


def test_profile_edit_bumps_version_and_flags_a_stale_edit(
    svc: DeviceServices, member: str
) -> None:
    card = svc.find(member, now=T0)
    r = svc.edit_profile(member, card.version, name="张三丰", email="z@example.cn", at=T0).result
    assert r == {"member_id": card.id, "version": 2, "changed": ["name", "email"], "stale": False}
    assert [m.name for m in svc.search("zsf")] == ["张三丰"]
    stale = svc.edit_profile(member, 1, phone="13900000001", at=T0).result
    assert stale["stale"] is True
    with svc.factory() as s:
        kinds = [i.kind for i in s.execute(select(AttentionItem)).scalars()]
    assert kinds == ["stale_edit"]
    svc.enrol("李四", "13900000002", at=T0)
    refused(svc, errors.DuplicatePhone, svc.edit_profile, member, 3, phone="13900000002", at=T0)
    refused(svc, errors.InvalidInput, svc.edit_profile, member, 3, email="not-mail", at=T0)


def test_closed_member_cannot_buy_or_redeem(svc: DeviceServices, member: str) -> None:
    svc.set_status(member, "closed", "customer asked", at=T0)
    err = refused(svc, errors.MemberInactive, svc.record_sale, yuan("10"), member_key=member)
    assert err.params["status"] == "closed"
    refused(svc, errors.InvalidInput, svc.set_status, member, "deleted", "why", at=T0)


def test_birthday_gift_and_free_shipping_respect_their_quotas(svc: DeviceServices) -> None:
    from datetime import date

    code = svc.enrol("王五", "13700000011", birthday=date(1990, 3, 15), at=T0).result["code"]
    svc.record_sale(yuan("20000"), member_key=code, at=T0)
    assert svc.find(code, now=T0).tier_name == "金牌"
    before = svc.find(code, now=T0).points.balance
    gift = svc.use_benefit(code, "T3.birthday_gift", at=T0).result
    assert gift["points"] == 500
    assert svc.find(code, now=T0).points.balance == before + 500
    refused(svc, errors.BenefitQuotaExhausted, svc.use_benefit, code, "T3.birthday_gift", at=T0)
    coupons = [svc.use_benefit(code, "T3.free_shipping", at=T0).result for _ in range(2)]
    assert all(c["coupon"].startswith("C") for c in coupons)
    refused(svc, errors.BenefitQuotaExhausted, svc.use_benefit, code, "T3.free_shipping", at=T0)
    # A new month, a new quota.
    assert svc.use_benefit(code, "T3.free_shipping", at=T0 + 31 * DAY).result["coupon"]
    refused(svc, errors.InvalidInput, svc.use_benefit, code, "T4.free_shipping", at=T0)


def test_downgrade_waits_for_the_grace_period(svc: DeviceServices, member: str) -> None:
    svc.record_sale(yuan("3000"), member_key=member, at=T0)
    assert svc.find(member, now=T0).tier_name == "铜牌"
    year_later = T0 + 400 * DAY
    r = svc.evaluate_tier(member, period_end=True, at=year_later).result
    assert r["tier"] == "T1" and r["change"]["change"] == "grace_started"
    r = svc.evaluate_tier(member, period_end=True, at=year_later + 10 * DAY).result
    assert r["tier"] == "T1"
    r = svc.evaluate_tier(member, period_end=True, at=year_later + 31 * DAY).result
    assert r["tier"] == "T0" and r["change"]["change"] == "downgrade"
