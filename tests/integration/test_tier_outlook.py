"""The tier outlook a clerk reads out ("spend ¥2,000.00 more by … to reach 铜牌"), on a
device database with the demo ladder: 普通 0 / 铜牌 ¥3,000 / 银牌 ¥8,000 / 金牌 ¥20,000 /
钻石 ¥50,000 of net spend in a rolling twelve months."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from core.services import SaleLineInput
from tests.conftest import T0


def _member(services: Any) -> str:
    applied = services.enrol("周杰", "13900001111", at=T0)
    return str(applied.result["member_id"])


def test_a_new_member_is_told_what_reaches_the_first_tier(services: Any) -> None:
    member = _member(services)
    services.record_sale([SaleLineInput(100_000)], member_key="13900001111", at=T0)  # ¥1,000
    card = services.card(member, T0)
    outlook = card.outlook
    assert outlook is not None and outlook.measure == "spend"
    assert outlook.keep is None  # nothing to keep in the lowest tier
    assert outlook.reach is not None
    assert (outlook.reach.tier_name, outlook.reach.amount_needed) == ("铜牌", 200_000)
    # The ¥1,000 counts until it leaves the rolling window a year on.
    assert outlook.reach.deadline == date(2027, 3, 2)
    assert card.as_dict()["tier_outlook"]["reach"] == {
        "tier": "铜牌",
        "tier_code": "T1",
        "amount": 200_000,
        "by": "2027-03-02",
    }


def test_a_member_who_reached_a_tier_is_told_what_keeps_it(services: Any) -> None:
    member = _member(services)
    services.record_sale([SaleLineInput(350_000)], member_key="13900001111", at=T0)  # ¥3,500
    later = T0 + timedelta(days=30)
    card = services.card(member, later)
    assert card.tier_name == "铜牌"
    outlook = card.outlook
    assert outlook is not None and outlook.keep is not None and outlook.reach is not None
    # The next tier: ¥8,000 − ¥3,500.
    assert (outlook.reach.tier_name, outlook.reach.amount_needed) == ("银牌", 450_000)
    # The ¥3,500 leaves the window on 2027-03-03; by then the whole ¥3,000 must be spent again.
    assert outlook.keep.tier_name == "铜牌"
    assert outlook.keep.amount_needed == 300_000
    assert outlook.keep.deadline == date(2027, 3, 3)
