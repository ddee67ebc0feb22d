"""A member's tier standing as the back office's tier tab reads it (core/tier_history.py): the
tier and since when, the window's total and projection, and the changes this database's
commands recorded — a sale's upgrade and an evaluation's grace and downgrade. Demo ladder:
普通 0 / 铜牌 ¥3,000 / … in a rolling twelve months, 30 days' grace."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from core.errors import MemberNotFound
from core.services import DeviceServices, SaleLineInput
from core.tier_history import read_tier_standing
from tests.conftest import T0

DAY = timedelta(days=1)


def test_a_sales_upgrade_and_an_evaluations_downgrade_are_listed(services: Any) -> None:
    svc: DeviceServices = services
    member_id = str(svc.enrol("周杰", "13900001111", at=T0).result["member_id"])
    standing = read_tier_standing(svc.factory, member_id, T0.date())
    assert (standing.tier_name, standing.changes, standing.window_total) == ("普通", (), 0)
    assert standing.keep is None and standing.reach is not None
    assert (standing.reach.tier_name, standing.reach.amount_needed) == ("铜牌", 300_000)

    sale = svc.record_sale([SaleLineInput(350_000)], member_key="13900001111", at=T0)
    standing = read_tier_standing(svc.factory, member_id, T0.date() + 30 * DAY)
    assert (standing.tier_name, standing.since, standing.window_total) == (
        "铜牌",
        T0.date(),
        350_000,
    )
    assert standing.measure == "spend"
    assert standing.window_last == T0.date() + 30 * DAY
    [up] = standing.changes
    assert (up.from_name, up.to_name, up.change) == ("普通", "铜牌", "upgrade")
    assert up.receipt_no == svc.sale(sale.result["sale_id"]).receipt_no

    year_later = T0 + 400 * DAY
    svc.evaluate_tier("13900001111", period_end=True, at=year_later)
    standing = read_tier_standing(svc.factory, member_id, year_later.date())
    assert standing.tier_name == "铜牌" and standing.grace_until is not None
    svc.evaluate_tier("13900001111", period_end=True, at=year_later + 31 * DAY)
    standing = read_tier_standing(svc.factory, member_id, (year_later + 31 * DAY).date())
    assert standing.tier_name == "普通" and standing.grace_until is None
    assert standing.since == (year_later + 31 * DAY).date()
    assert [(c.change, c.to_name, c.receipt_no is None) for c in standing.changes] == [
        ("downgrade", "普通", True),
        ("grace_started", "铜牌", True),
        ("upgrade", "铜牌", False),
    ]


def test_an_unknown_member_is_said(services: Any) -> None:
    with pytest.raises(MemberNotFound):
        read_tier_standing(services.factory, "no-such-member", T0.date())
