"""Push: send the outbox in sequence order and record the server's answers.

The outbox is ``commands WHERE sync_state = 'local' ORDER BY seq`` of this
device, sent in batches of 500 with the device's own result as
``device_result``. Per answer, in one local transaction per batch:

* ``applied`` / ``duplicate``: ``sync_state = 'acked'``, the result becomes the
  server's (the rows the command made have the server's ids; the next pull
  brings the server's version of them);
* ``rejected``: ``sync_state = 'rejected'``, the rows the command made are
  deleted, a local attention item records the server's reason, and the member
  becomes stale (refreshed from the server once nothing of theirs is unsent).

A number the server already used for another command (``sequence_reused``) or a
``sequence_gap`` means this database and the server disagree about what was
sent: the push stops with an error and never renumbers anything.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from core import clock
from core.commands.base import Envelope
from core.db.models import (
    AttentionItem,
    BenefitUse,
    CommandRow,
    Coupon,
    LotMovement,
    Member,
    PointAccount,
    PointEntry,
    PointLot,
    QualifyingEvent,
    Redemption,
    Refund,
    Reward,
    Sale,
    SaleLineRow,
    StoreStock,
)
from core.ids import derived_id
from sync.client import SyncClient
from sync.errors import BadAnswer, CommandsLost
from sync.mirror import page_transaction
from sync.protocol import to_wire
from sync.state import add_stale, iso, load_device, load_sync, update_sync

BATCH: Final = 500


@dataclass
class PushReport:
    sent: int = 0
    applied: int = 0
    duplicate: int = 0
    rejected: int = 0
    batches: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "sent": self.sent,
            "applied": self.applied,
            "duplicate": self.duplicate,
            "rejected": self.rejected,
            "batches": self.batches,
        }


def outbox_batch(factory: sessionmaker[Session], limit: int = BATCH) -> list[dict[str, Any]]:
    """The next unsent commands of this device, as wire commands, in sequence order."""
    with factory() as session:
        device = load_device(session)
        rows = session.execute(
            select(CommandRow)
            .where(CommandRow.sync_state == "local", CommandRow.device_id == device.device_id)
            .order_by(CommandRow.seq)
            .limit(limit)
        ).scalars()
        return [
            to_wire(
                Envelope(
                    id=r.id,
                    kind=r.kind,
                    schema_version=r.schema_version,
                    device_id=r.device_id,
                    seq=r.seq,
                    store_code=r.store_code,
                    staff=r.staff,
                    device_time=r.device_time,
                    payload=r.payload,
                ),
                device_result=r.result or None,
            )
            for r in rows
        ]


def record_answer(
    factory: sessionmaker[Session],
    sent: list[dict[str, Any]],
    answer: dict[str, Any],
    report: PushReport,
) -> None:
    """Store the server's answers to one batch, in one transaction."""
    results = answer["results"]
    lost: int | None = None
    with page_transaction(factory) as session:
        stale: set[str] = set()
        reconcile: dict[str, list[str]] = {}
        for wire, result in zip(sent, results, strict=True):
            if not isinstance(result, dict) or result.get("id") != wire["id"]:
                raise BadAnswer(reason="push results are not in the order sent")
            status = result.get("status")
            if status in ("applied", "duplicate"):
                # What the server made of it may differ from our provisional rows (it
                # drew on other lots, an overdraft elsewhere repaid debt first...): the
                # refresh after the pull replaces them with the server's.
                owners = command_members(session, wire["id"])
                reconcile[wire["id"]] = sorted(owners)
                stale |= owners
                session.execute(
                    update(CommandRow)
                    .where(CommandRow.id == wire["id"])
                    .values(sync_state="acked", result=result.get("result") or {})
                )
                if status == "applied":
                    report.applied += 1
                else:
                    report.duplicate += 1
            elif status == "rejected":
                error = result.get("error") or {"code": "rejected", "message": "", "params": {}}
                if error.get("code") == "sequence_reused":
                    lost = int(wire["seq"])
                    break
                stale |= reject(session, wire["id"], error)
                report.rejected += 1
            else:
                raise BadAnswer(reason=f"unknown push status {status!r}")
            report.sent += 1
        add_stale(session, stale)
        pending = load_sync(session).get("reconcile") or {}
        update_sync(session, last_push_at=iso(clock.now()), reconcile={**pending, **reconcile})
    if lost is not None:
        raise CommandsLost(seq=lost)


def reject(session: Session, command_id: str, error: dict[str, Any]) -> set[str]:
    """Undo what a refused command made here; return the members to refresh."""
    cmd = session.get(CommandRow, command_id)
    if cmd is None:
        return set()
    members = remove_rows(session, command_id)
    member = cmd.payload.get("member_id")
    cmd.sync_state = "rejected"
    cmd.result = {"error": error, "device_result": cmd.result}
    session.merge(
        AttentionItem(
            # The server's item for this rejection has the same id: the pull replaces ours.
            id=derived_id(command_id, "attention/rejected"),
            kind="rejected_command",
            member_id=member if isinstance(member, str) else None,
            command_id=command_id,
            detail={
                "command_kind": cmd.kind,
                "device_id": cmd.device_id,
                "store_code": cmd.store_code,
                "staff": cmd.staff,
                "error": error,
            },
            created_at=cmd.device_time,
        )
    )
    session.flush()
    return members


def command_members(session: Session, command_id: str) -> set[str]:
    """The members whose rows a command of this device touched."""
    cmd = session.get(CommandRow, command_id)
    if cmd is None:
        return set()
    members: set[str] = set()
    member = cmd.payload.get("member_id")
    if isinstance(member, str):
        members.add(member)
    members.update(
        session.execute(
            select(PointEntry.member_id).where(PointEntry.command_id == command_id).distinct()
        ).scalars()
    )
    if cmd.kind == "refund_sale":
        owner = session.execute(
            select(Sale.member_id).where(Sale.id == cmd.payload.get("sale_id"))
        ).scalar()
        if owner:
            members.add(owner)
    if cmd.kind == "cancel_redemption":
        owner = session.execute(
            select(Redemption.member_id).where(Redemption.id == cmd.payload.get("redemption_id"))
        ).scalar()
        if owner:
            members.add(owner)
    return members


def remove_rows(session: Session, command_id: str) -> set[str]:
    """Delete the rows this device's provisional run of a command made; return its members."""
    cmd = session.get(CommandRow, command_id)
    if cmd is None:
        return set()
    members: set[str] = set()
    member = cmd.payload.get("member_id")
    if isinstance(member, str):
        members.add(member)
    entries = session.execute(
        select(PointEntry.id, PointEntry.member_id).where(PointEntry.command_id == command_id)
    ).all()
    entry_ids = [e[0] for e in entries]
    members.update(e[1] for e in entries)
    if entry_ids:
        session.execute(delete(LotMovement).where(LotMovement.entry_id.in_(entry_ids)))
        session.execute(delete(PointLot).where(PointLot.entry_id.in_(entry_ids)))
        session.execute(delete(PointEntry).where(PointEntry.id.in_(entry_ids)))
    sales = session.execute(
        select(Sale.id, Sale.member_id).where(Sale.command_id == command_id)
    ).all()
    if sales:
        sale_ids = [s[0] for s in sales]
        members.update(s[1] for s in sales if s[1])
        session.execute(delete(SaleLineRow).where(SaleLineRow.sale_id.in_(sale_ids)))
        session.execute(delete(Sale).where(Sale.id.in_(sale_ids)))
    if cmd.kind == "refund_sale":
        owner = session.execute(
            select(Sale.member_id).where(Sale.id == cmd.payload.get("sale_id"))
        ).scalar()
        if owner:
            members.add(owner)
    for redemption in session.execute(
        select(Redemption).where(Redemption.command_id == command_id)
    ).scalars():
        _give_back_stock(session, redemption)
        members.add(redemption.member_id)
        session.delete(redemption)
    for refund in session.execute(select(Refund).where(Refund.command_id == command_id)).scalars():
        _take_back_refund(session, refund)
        session.delete(refund)
    for model in (Coupon, BenefitUse, QualifyingEvent):
        session.execute(delete(model).where(model.command_id == command_id))
    if cmd.kind == "enrol_member" and isinstance(member, str):
        session.execute(delete(PointAccount).where(PointAccount.member_id == member))
        session.execute(delete(Member).where(Member.id == member))
    session.flush()
    return members


def _take_back_refund(session: Session, refund: Refund) -> None:
    """The sale is as before the refund (the refund handler added exactly these)."""
    sale = session.get(Sale, refund.sale_id)
    if sale is not None:
        sale.refunded_fen -= refund.amount_fen
        sale.points_reversed -= refund.points_reversed
        sale.points_returned -= refund.points_returned
        sale.cash_refunded_fen -= refund.cash_fen


def _give_back_stock(session: Session, redemption: Redemption) -> None:
    source = redemption.stock_source
    if source.startswith("store:"):
        row = session.get(StoreStock, (redemption.sku, source.removeprefix("store:")))
        if row is not None:
            row.quantity += redemption.qty
    elif source == "central":
        reward = session.get(Reward, redemption.sku)
        if reward is not None:
            reward.central_stock += redemption.qty


async def push_outbox(
    factory: sessionmaker[Session], client: SyncClient, *, batch: int = BATCH
) -> PushReport:
    """Send everything unsent, batch by batch, until the outbox is empty."""
    report = PushReport()
    while True:
        sent = await asyncio.to_thread(outbox_batch, factory, batch)
        if not sent:
            break
        answer = await client.push(sent)
        await asyncio.to_thread(record_answer, factory, sent, answer, report)
        report.batches += 1
        if len(sent) < batch:
            break
    if report.batches == 0:
        await asyncio.to_thread(_touch_push_time, factory)
    return report


def _touch_push_time(factory: sessionmaker[Session]) -> None:
    with factory() as session, session.begin():
        update_sync(session, last_push_at=iso(clock.now()))


def queue_status(factory: sessionmaker[Session], now: datetime) -> tuple[int, float | None]:
    """(unsent commands, age in seconds of the oldest one)."""
    from sqlalchemy import func

    with factory() as session:
        depth, oldest = session.execute(
            select(func.count(), func.min(CommandRow.applied_at)).where(
                CommandRow.sync_state == "local"
            )
        ).one()
    age = None if oldest is None else max(0.0, (now - oldest).total_seconds())
    return int(depth), age
