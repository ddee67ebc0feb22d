"""The back office's admin client, pure parts: a benefit's changed fields; no server
means None; a broken answer is one typed error."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from core.benefits import Benefit
from core.db.engine import open_device_db
from sync import member_admin
from sync.admin_client import AdminClient, benefit_changes, central_server
from sync.errors import BadAnswer


def test_benefit_changes_name_only_what_changed() -> None:
    old = Benefit(
        id="T3.ship", tier_code="T3", kind="free_shipping_coupon", value=2, quota=2, period="month"
    )
    new = Benefit(
        id="T3.ship", tier_code="T3", kind="free_shipping_coupon", value=3, quota=3, period="month"
    )
    assert benefit_changes(old, new) == {"value": 3, "quota": 3}
    assert benefit_changes(old, old) == {}
    unlimited = Benefit(
        id="T3.d", tier_code="T3", kind="discount", value=800, quota=1, period="year"
    )
    no_quota = Benefit(id="T3.d", tier_code="T3", kind="discount", value=800)
    assert benefit_changes(unlimited, no_quota) == {"quota": None, "period": None}


def test_a_standalone_database_has_no_central_server(tmp_path: Path) -> None:
    factory = open_device_db(tmp_path / "standalone.db")
    try:
        assert central_server(factory) is None
    finally:
        factory.kw["bind"].dispose()


@pytest.mark.parametrize(
    "answer",
    [
        [],
        {"changes": "none"},
        {"changes": [42]},
        {
            "changes": [
                {
                    "at": "yesterday",
                    "from_tier": "T0",
                    "from_name": "a",
                    "to_tier": "T1",
                    "to_name": "b",
                    "change": "upgrade",
                    "made_by": "record_sale",
                }
            ]
        },
        {"changes": [{"at": "2026-03-02T10:00:00", "from_tier": 0}]},
    ],
)
def test_a_broken_tier_changes_answer_is_a_bad_answer(answer: object) -> None:
    """A server (or a proxy in front of it) that answers nonsense: one typed error."""
    transport = httpx.MockTransport(lambda _request: httpx.Response(200, json=answer))

    async def ask() -> object:
        async with AdminClient("http://central", "token", transport=transport) as client:
            return await member_admin.tier_changes(client, "M1")

    with pytest.raises(BadAnswer, match="tier changes"):
        asyncio.run(ask())
