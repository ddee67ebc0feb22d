"""The back office's admin client, pure parts: a benefit's changed fields; no server
means None."""

from __future__ import annotations

from pathlib import Path

from core.benefits import Benefit
from core.db.engine import open_device_db
from sync.admin_client import benefit_changes, central_server


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
