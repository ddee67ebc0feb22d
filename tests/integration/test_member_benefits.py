"""A member's benefits as the back office reads them: the tier's benefits with this
period's uses counted by the same period key the ``use_benefit`` handler counts by, and
the uses newest first (demo ladder: 金牌 T3 has a 500-point birthday gift once a year and
two free-shipping coupons a month)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from core.member_records import benefit_uses, benefits
from core.services import SaleLineInput
from tests.conftest import T0


def _gold_member(services: Any) -> str:
    applied = services.enrol("王五", "13700000011", birthday=date(1990, 3, 15), at=T0)
    member = str(applied.result["member_id"])
    services.record_sale([SaleLineInput(2_000_000)], member_key="13700000011", at=T0)  # ¥20,000
    return member


def _by_id(services: Any, member: str, at: Any) -> dict[str, Any]:
    with services.factory() as s:
        return {b.benefit_id: b for b in benefits(s, member, at)}


def test_the_tiers_benefits_with_quota_used_and_left(services: Any) -> None:
    member = _gold_member(services)
    assert services.card(member, T0).tier_code == "T3"
    before = _by_id(services, member, T0)
    assert set(before) == {
        "T3.discount",
        "T3.points_multiplier",
        "T3.birthday_gift",
        "T3.free_shipping",
        "T3.priority_service",
    }
    gift, shipping = before["T3.birthday_gift"], before["T3.free_shipping"]
    assert (gift.value, gift.period_key, gift.quota, gift.used, gift.left) == (
        500,
        "2026",
        1,
        0,
        1,
    )
    assert (shipping.period_key, shipping.quota, shipping.used, shipping.left) == (
        "2026-03",
        2,
        0,
        2,
    )
    # No quota: nothing to count.
    assert (before["T3.discount"].quota, before["T3.discount"].left) == (None, None)

    services.use_benefit("13700000011", "T3.birthday_gift", at=T0)
    services.use_benefit("13700000011", "T3.free_shipping", at=T0 + timedelta(hours=1))
    after = _by_id(services, member, T0 + timedelta(hours=2))
    assert (after["T3.birthday_gift"].used, after["T3.birthday_gift"].left) == (1, 0)
    assert (after["T3.free_shipping"].used, after["T3.free_shipping"].left) == (1, 1)
    # A new month, a new free-shipping quota; the birthday gift stays used for the year.
    april = _by_id(services, member, T0 + timedelta(days=31))
    assert april["T3.free_shipping"].period_key == "2026-04"
    assert (april["T3.free_shipping"].used, april["T3.free_shipping"].left) == (0, 2)
    assert april["T3.birthday_gift"].left == 0

    with services.factory() as s:
        uses = benefit_uses(s, member)
    assert [(u.benefit_id, u.kind, u.period_key) for u in uses] == [
        ("T3.free_shipping", "free_shipping_coupon", "2026-03"),
        ("T3.birthday_gift", "birthday_gift", "2026"),
    ]
    assert uses[0].at == T0 + timedelta(hours=1)


def test_a_member_of_the_lowest_tier_and_an_unknown_member(services: Any) -> None:
    applied = services.enrol("赵六", "13700000012", at=T0)
    member = str(applied.result["member_id"])
    lowest = _by_id(services, member, T0)
    assert all(b.benefit_id.startswith("T0.") for b in lowest)
    assert "T3.birthday_gift" not in lowest
    with services.factory() as s:
        assert benefits(s, "no-such-member", T0) == []
        assert benefit_uses(s, member) == []
