"""Command payloads check what arrives: types, required fields, unknown fields, ranges."""

from __future__ import annotations

from typing import Any

import pytest

import core.handlers  # noqa: F401  (registers the handlers)
from core import errors
from core.commands.base import REGISTRY, lookup
from core.commands.payloads import AdjustPoints, EnrolMember, RecordSale, RedeemReward

GOOD_SALE: dict[str, Any] = {
    "sale_id": "s1",
    "receipt_no": "R1",
    "lines": [{"amount_fen": 12850, "category": "general"}],
    "member_id": "m1",
    "points_to_spend": 100,
}


def test_a_good_payload_round_trips() -> None:
    sale = RecordSale.from_dict(GOOD_SALE)
    assert sale.lines[0].amount_fen == 12850
    assert RecordSale.from_dict(sale.to_dict()) == sale


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"lines": [{"amount_fen": "12.3.4"}]}, "amount_fen"),
        ({"lines": [{"amount_fen": 1.5}]}, "amount_fen"),
        ({"lines": [{"amount_fen": True}]}, "amount_fen"),
        ({"lines": [{"amount_fen": -1}]}, "amount_fen"),
        ({"lines": [{"amount_fen": 10**16}]}, "amount_fen"),
        ({"lines": []}, "lines"),
        ({"lines": "many"}, "lines"),
        ({"lines": [{"amount_fen": 1}] * 1001}, "lines"),
        ({"points_to_spend": -5}, "points_to_spend"),
        ({"sale_id": None}, "sale_id"),
        ({"sale_id": "x" * 5000}, "sale_id"),
        ({"drop": "tables"}, "drop"),
        ({"member_id": None}, "member_id"),
    ],
)
def test_hostile_sale_payloads_name_the_field(change: dict[str, Any], field: str) -> None:
    with pytest.raises(errors.InvalidInput) as info:
        RecordSale.from_dict({**GOOD_SALE, **change})
    assert info.value.params["field"] == field


def test_missing_required_field_and_non_object() -> None:
    with pytest.raises(errors.InvalidInput) as info:
        RecordSale.from_dict({"sale_id": "s"})
    assert info.value.params["field"] == "receipt_no"
    with pytest.raises(errors.InvalidInput):
        RecordSale.from_dict(["not", "an", "object"])


def test_literal_date_and_range_checks() -> None:
    base = {"member_id": "m", "code": "c", "name": "n", "phone": "p"}
    with pytest.raises(errors.InvalidInput) as info:
        EnrolMember.from_dict({**base, "gender": "X"})
    assert info.value.params["field"] == "gender"
    with pytest.raises(errors.InvalidInput) as info:
        EnrolMember.from_dict({**base, "birthday": "31/02/1990"})
    assert info.value.params["field"] == "birthday"
    assert EnrolMember.from_dict({**base, "birthday": "1990-02-28"}).birthday is not None
    with pytest.raises(errors.InvalidInput):
        RedeemReward.from_dict({"redemption_id": "r", "member_id": "m", "sku": "s", "qty": 0})
    with pytest.raises(errors.InvalidInput):
        AdjustPoints.from_dict({"member_id": "m", "points": 0, "reason": "r"})


def test_every_command_kind_has_one_handler() -> None:
    kinds = {kind for kind, _ in REGISTRY}
    assert kinds >= {
        "enrol_member",
        "edit_profile",
        "set_member_status",
        "freeze_points",
        "record_sale",
        "refund_sale",
        "redeem_reward",
        "cancel_redemption",
        "adjust_points",
        "issue_coupon",
        "use_benefit",
        "expire_points",
        "evaluate_tier",
    }
    with pytest.raises(errors.UnknownCommand):
        lookup("record_sale", 99)


def test_every_payload_field_has_a_check() -> None:
    """A field of a type the checks do not know fails here, not at a till's first push."""
    from core.commands.base import _plan

    for registered in REGISTRY.values():
        known, steps = _plan(registered.payload)
        assert known == {name for name, _check, _required in steps}


def test_a_list_item_is_named_by_its_index_and_nested_fields_by_their_own_name() -> None:
    with pytest.raises(errors.InvalidInput) as info:
        RecordSale.from_dict({**GOOD_SALE, "lines": [{"amount_fen": 1}, "a line"]})
    assert info.value.params["field"] == "payload"  # the nested object's own check
    with pytest.raises(errors.InvalidInput) as info:
        RecordSale.from_dict({**GOOD_SALE, "receipt_no": "R" * 33})
    assert info.value.params == {"field": "receipt_no", "problem": "at most 32 characters"}
    with pytest.raises(errors.InvalidInput) as info:
        RecordSale.from_dict({**GOOD_SALE, "member_id": 7})
    assert info.value.params == {"field": "member_id", "problem": "must be a string"}


def test_a_string_in_a_list_is_named_by_its_index() -> None:
    base = {"member_id": "m", "code": "c", "name": "n", "phone": "p"}
    with pytest.raises(errors.InvalidInput) as info:
        EnrolMember.from_dict({**base, "tags": ["vip", 3]})
    assert info.value.params == {"field": "tags[1]", "problem": "must be a string"}
    assert EnrolMember.from_dict({**base, "tags": ["vip"]}).tags == ["vip"]
