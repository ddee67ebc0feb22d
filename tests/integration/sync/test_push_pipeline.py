"""The device's push over several batches: the next batch is read and the previous answer
stored while the server works, and still every command is answered once, in order, and a
number another command used stops the push before anything more is sent.

Runs on SQLite and PostgreSQL (the ``template`` fixture's two backends).
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from core.db.models import Member, PointAccount
from core.services import DeviceServices, SaleLineInput
from server.models import DeviceRow
from sync.errors import CommandsLost
from sync.push import PushReport, push_outbox
from sync.service import default_client
from sync.state import load_device, load_token
from tests.integration.sync.conftest import Central, Device


def _sales(path: Path, count: int, staff: str = "S001-clerk") -> list[str]:
    """``count`` sales for the region's first members; their command ids."""
    svc = DeviceServices.open(str(path))
    try:
        with svc.factory() as s:
            codes = list(
                s.execute(
                    select(Member.code)
                    .join(PointAccount, PointAccount.member_id == Member.id)
                    .where(Member.status == "active", PointAccount.frozen.is_(False))
                    .order_by(Member.code)
                    .limit(3)
                ).scalars()
            )
        ids = []
        for i in range(count):
            applied = svc.record_sale(
                [SaleLineInput(amount_fen=1_000 + 100 * i)],
                member_key=codes[i % len(codes)],
                staff=staff,
            )
            ids.append(applied.command_id)
        return ids
    finally:
        svc.factory.kw["bind"].dispose()


def _push(path: Path, batch: int) -> PushReport:
    from core.db.engine import open_device_db

    factory = open_device_db(str(path))
    try:
        with factory() as s:
            device = load_device(s)
        token = load_token(device.device_id)

        async def run() -> PushReport:
            async with default_client(device, token) as client:
                return await push_outbox(factory, client, batch=batch)

        return asyncio.run(run())
    finally:
        factory.kw["bind"].dispose()


def _server_last_seq(central: Central, device_id: str) -> int:
    with central.factory()() as s:
        return int(
            s.execute(select(DeviceRow.last_seq).where(DeviceRow.id == device_id)).scalar_one()
        )


def _states(device: Device) -> list[tuple[Any, ...]]:
    return device.query("SELECT seq, sync_state FROM commands ORDER BY seq")


def test_several_batches_with_a_refusal_in_the_middle(central: Central, device: Device) -> None:
    device.setup(central)
    _sales(device.path, 3)
    _sales(device.path, 1, staff="nobody")  # seq 4: the server refuses it (unknown staff)
    _sales(device.path, 4)
    report = _push(device.path, batch=2)
    assert (report.sent, report.applied, report.rejected, report.batches) == (8, 7, 1, 4)
    assert _states(device) == [(seq, "rejected" if seq == 4 else "acked") for seq in range(1, 9)]
    rejected = device.query("SELECT id FROM commands WHERE seq = 4")[0][0]
    assert device.query("SELECT count(*) FROM point_entries WHERE command_id = ?", rejected) == [
        (0,)
    ]
    sync = device.setting("sync")
    acked = {r[0] for r in device.query("SELECT id FROM commands WHERE sync_state = 'acked'")}
    assert set(sync["reconcile"]) == acked  # every acknowledged sale, to be refreshed
    assert all(sync["reconcile"][c] for c in acked)  # with the member it earned for
    device_id = device.setting("device")["device_id"]
    assert _server_last_seq(central, device_id) == 8
    # Nothing is left to send, and sending again changes nothing.
    again = _push(device.path, batch=2)
    assert (again.sent, again.batches) == (0, 0)


def test_a_number_used_by_another_command_stops_before_the_next_batch(
    central: Central, device: Device, tmp_path: Path
) -> None:
    device.setup(central)
    _sales(device.path, 2)
    old_copy = tmp_path / "old.db"
    shutil.copy(device.path, old_copy)  # the till's file as it was, restored later
    _sales(device.path, 2)
    assert _push(device.path, batch=2).applied == 4
    device_id = device.setting("device")["device_id"]
    assert _server_last_seq(central, device_id) == 4

    # The restored copy numbers its next sales 3, 4, 5, 6 again: 3 is another command.
    _sales(old_copy, 4)
    with pytest.raises(CommandsLost):
        _push(old_copy, batch=2)
    restored = Device(old_copy)
    assert _states(restored) == [(1, "acked"), (2, "acked")] + [
        (seq, "local") for seq in range(3, 7)
    ]
    # The batch after the refused one (5, 6) was never sent.
    assert _server_last_seq(central, device_id) == 4
