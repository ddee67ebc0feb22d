"""A device's own commands write their new rows with plain INSERTs (core.db.direct).

The server applies the same commands through the ORM's unit of work, whose flushes
its change feed reads. Both must leave exactly the same rows.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from core.apply import apply_envelope
from core.commands.base import Envelope
from core.db.engine import open_device_db
from core.db.models import Base, CommandRow
from core.services import DeviceServices, SaleLineInput
from tests.conftest import T0
from tests.integration.test_handlers import DAY, sound

# Set when the command is applied, not by the command: differs between two replicas.
_NOT_COMPARED = {("commands", "applied_at"), ("commands", "sync_state")}


def _rows(svc: DeviceServices) -> dict[str, list[tuple[Any, ...]]]:
    with svc.factory() as s:
        out = {}
        for table in Base.metadata.sorted_tables:
            cols = [c for c in table.columns if (table.name, c.name) not in _NOT_COMPARED]
            rows = s.execute(select(*cols)).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
        return out


def _history(svc: DeviceServices) -> None:
    """Enrol, earn, spend, use a coupon, refund in part and in full, redeem, adjust, expire."""
    code = svc.enrol("张三", "13812345678", at=T0 - 400 * DAY).result["code"]
    other = svc.enrol("李四", "13987654321", at=T0 - 400 * DAY).result["code"]
    first = svc.record_sale([SaleLineInput(300_000)], member_key=code, at=T0 - 380 * DAY)
    svc.record_sale([SaleLineInput(120_000, "high_margin")], member_key=code, at=T0 - 20 * DAY)
    svc.adjust(code, 5_000, "goodwill", at=T0 - 19 * DAY)
    coupon = svc.issue_coupon(code, "CT-100-10", at=T0 - DAY).result["code"]
    spent = svc.record_sale(
        [SaleLineInput(50_000), SaleLineInput(25_000, "high_margin")],
        member_key=code,
        points_to_spend=1_000,
        coupon_code=coupon,
        at=T0,
    )
    svc.refund(spent.result["sale_id"], 30_000, at=T0 + DAY)
    svc.refund(spent.result["sale_id"], at=T0 + 2 * DAY)
    svc.record_sale([SaleLineInput(9_900)], at=T0)  # no member
    svc.record_sale([SaleLineInput(88_800)], member_key=other, at=T0)
    svc.redeem(code, "RW0002", 1, at=T0 + 3 * DAY)
    svc.adjust(other, -10, "correction", at=T0 + 10 * DAY)
    svc.expire_due(at=T0 + 400 * DAY)
    assert first.result["points_earned"] > 0


def test_direct_writes_leave_the_rows_the_unit_of_work_leaves(device_db: Path) -> None:
    replica = device_db.with_name("replica.db")
    with sqlite3.connect(device_db) as source, sqlite3.connect(replica) as target:
        source.backup(target)
    device = DeviceServices.open(str(device_db))
    _history(device)
    sound(device)
    with device.factory() as s:
        commands = list(s.execute(select(CommandRow).order_by(CommandRow.seq)).scalars())
    # The same commands, applied through the ORM's unit of work as the server applies them.
    other = DeviceServices(open_device_db(replica))
    for row in commands:
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
        with other.factory() as s, s.begin():
            applied = apply_envelope(s, env, authority="device", facts=False)
        assert applied.status == "applied" and applied.result == row.result
    sound(other)
    assert _rows(other) == _rows(device)
    for svc in (device, other):
        svc.factory.kw["bind"].dispose()


def test_a_sale_is_one_transaction_and_one_commit(services: Any) -> None:
    svc: DeviceServices = services
    code = svc.enrol("张三", "13812345678", at=T0).result["code"]
    engine = svc.factory.kw["bind"]
    seen: list[str] = []

    def on_sql(_conn: Any, _cur: Any, statement: str, *_rest: Any) -> None:
        word = statement.split(None, 1)[0].upper()
        if word in ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"):
            seen.append(word)

    event.listen(engine, "before_cursor_execute", on_sql)
    event.listen(engine, "commit", lambda _conn: seen.append("commit"))
    try:
        svc.record_sale([SaleLineInput(12_800)], member_key=code, at=T0)
    finally:
        event.remove(engine, "before_cursor_execute", on_sql)
    assert seen == ["BEGIN", "commit"]
