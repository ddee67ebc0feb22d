"""core.db.engine.checkpoint: the device's write-ahead log copied into the database file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.services import SaleLineInput
from tests.conftest import T0


def test_a_checkpoint_copies_what_the_sales_wrote(services: Any, device_db: Path) -> None:
    services.enrol("周杰", "13900001111", at=T0)
    written = device_db.stat().st_mtime_ns
    services.record_sale([SaleLineInput(12_800)], member_key="13900001111", at=T0)
    assert device_db.stat().st_mtime_ns == written  # committed to the log only
    found = services.checkpoint()
    assert found is not None
    pages, copied = found
    assert pages > 0 and copied == pages
    assert device_db.stat().st_mtime_ns != written
    # Again with nothing new: the log holds the same pages, all copied already.
    assert services.checkpoint() == (pages, pages)
