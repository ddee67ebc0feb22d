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
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from core import clock
from core.commands.base import Envelope
from core.commands.payloads import REDEMPTION_KINDS, named_members
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
    TierChange,
)
from core.ids import derived_id
from sync.client import SyncClient
from sync.errors import BadAnswer, CommandsLost
from sync.mirror import page_transaction
from sync.protocol import to_wire
from sync.state import iso, load_device, load_sync, update_sync

BATCH: Final = 500
_CHUNK: Final = 500  # ids per IN (...): far below SQLite's limit on variables
_COMMANDS = CommandRow.metadata.tables["commands"]
_ACK = (
    update(_COMMANDS)
    .where(_COMMANDS.c.id == bindparam("c_id"))
    .values(sync_state="acked", result=bindparam("c_result", type_=_COMMANDS.c.result.type))
)


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


def outbox_batch(
    factory: sessionmaker[Session], limit: int = BATCH, after: int | None = None
) -> list[dict[str, Any]]:
    """The next unsent commands of this device (numbered after ``after``), as wire commands."""
    c = _COMMANDS.c
    with factory() as session:
        device = load_device(session)
        query = select(
            c.id,
            c.kind,
            c.schema_version,
            c.device_id,
            c.seq,
            c.store_code,
            c.staff,
            c.device_time,
            c.payload,
            c.result,
        ).where(c.sync_state == "local", c.device_id == device.device_id)
        if after is not None:
            query = query.where(c.seq > after)
        rows = session.execute(query.order_by(c.seq).limit(limit)).all()
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


@dataclass
class Answers:
    """A batch's answers, checked: what to acknowledge, what to undo, where to stop."""

    acked: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (id, result)
    rejected: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (id, error)
    applied: int = 0
    duplicate: int = 0
    lost: int | None = None  # the number the server says another command used


def check_answer(sent: list[dict[str, Any]], answer: dict[str, Any]) -> Answers:
    """The server's answers to ``sent``, in order; ``BadAnswer`` if they are not."""
    out = Answers()
    for wire, result in zip(sent, answer["results"], strict=True):
        if not isinstance(result, dict) or result.get("id") != wire["id"]:
            raise BadAnswer(reason="push results are not in the order sent")
        status = result.get("status")
        if status in ("applied", "duplicate"):
            out.acked.append((wire["id"], result.get("result") or {}))
            if status == "applied":
                out.applied += 1
            else:
                out.duplicate += 1
        elif status == "rejected":
            error = result.get("error") or {"code": "rejected", "message": "", "params": {}}
            if error.get("code") == "sequence_reused":
                out.lost = int(wire["seq"])
                break
            out.rejected.append((wire["id"], error))
        else:
            raise BadAnswer(reason=f"unknown push status {status!r}")
    return out


def record_answer(
    factory: sessionmaker[Session],
    sent: list[dict[str, Any]],
    answer: dict[str, Any] | Answers,
    report: PushReport,
) -> None:
    """Store the server's answers to one batch, in one transaction.

    The acknowledged commands are marked with one statement and their members read
    with a few, whatever the batch's size; each rejected one is undone on its own.
    """
    answers = answer if isinstance(answer, Answers) else check_answer(sent, answer)
    with page_transaction(factory) as session:
        acked = [command_id for command_id, _ in answers.acked]
        # What the server made of them may differ from our provisional rows (it drew on
        # other lots, an overdraft elsewhere repaid debt first...): the refresh after
        # the pull replaces them with the server's.
        owners = members_of_commands(session, acked)
        reconcile = {command_id: sorted(owners.get(command_id, ())) for command_id in acked}
        stale: set[str] = set().union(*owners.values()) if owners else set()
        if answers.acked:
            session.execute(
                _ACK, [{"c_id": command_id, "c_result": r} for command_id, r in answers.acked]
            )
        for command_id, error in answers.rejected:
            stale |= reject(session, command_id, error)
        # One read and one write of the sync state: it holds every member still stale and
        # every command still to reconcile, thousands after a long time offline.
        state = load_sync(session)
        changes: dict[str, Any] = {
            "last_push_at": iso(clock.now()),
            "reconcile": {**(state.get("reconcile") or {}), **reconcile},
        }
        known = set(state["stale"])
        if not stale <= known:
            changes["stale"] = sorted(known | stale)
        update_sync(session, **changes)
    report.applied += answers.applied
    report.duplicate += answers.duplicate
    report.rejected += len(answers.rejected)
    report.sent += len(answers.acked) + len(answers.rejected)
    if answers.lost is not None:
        raise CommandsLost(seq=answers.lost)


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
    return members_of_commands(session, [command_id]).get(command_id, set())


def members_of_commands(session: Session, command_ids: list[str]) -> dict[str, set[str]]:
    """``command_members`` of many commands, with a few queries per 500 of them."""
    out: dict[str, set[str]] = {}
    sales: dict[str, list[str]] = {}  # a refunded sale -> the refunds naming it
    redemptions: dict[str, list[str]] = {}  # a redemption -> the commands naming it
    c = _COMMANDS.c
    for start in range(0, len(command_ids), _CHUNK):
        chunk = command_ids[start : start + _CHUNK]
        for command_id, kind, payload in session.execute(
            select(c.id, c.kind, c.payload).where(c.id.in_(chunk))
        ):
            out[command_id] = set(named_members(kind, payload))
            if kind == "refund_sale" and isinstance(payload.get("sale_id"), str):
                sales.setdefault(payload["sale_id"], []).append(command_id)
            if kind in REDEMPTION_KINDS and isinstance(payload.get("redemption_id"), str):
                redemptions.setdefault(payload["redemption_id"], []).append(command_id)
        for command_id, member_id in session.execute(
            select(PointEntry.command_id, PointEntry.member_id)
            .where(PointEntry.command_id.in_(chunk))
            .distinct()
        ):
            if command_id in out:
                out[command_id].add(member_id)
    for model, named in ((Sale, sales), (Redemption, redemptions)):
        keys = list(named)
        for start in range(0, len(keys), _CHUNK):
            for key, owner in session.execute(
                select(model.id, model.member_id).where(model.id.in_(keys[start : start + _CHUNK]))
            ):
                if owner:
                    for command_id in named[key]:
                        out[command_id].add(owner)
    return out


def remove_rows(session: Session, command_id: str) -> set[str]:
    """Delete the rows this device's provisional run of a command made; return its members."""
    cmd = session.get(CommandRow, command_id)
    if cmd is None:
        return set()
    members: set[str] = set(named_members(cmd.kind, cmd.payload))
    member = cmd.payload.get("member_id")
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
    if cmd.kind in REDEMPTION_KINDS:
        # It changed a redemption in place: the member's refresh brings back the server's.
        owner = session.execute(
            select(Redemption.member_id).where(Redemption.id == cmd.payload.get("redemption_id"))
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
    for model in (Coupon, BenefitUse, QualifyingEvent, TierChange):
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
    """Send everything unsent, batch by batch in sequence order, until the outbox is empty.

    While the server works on a batch, the next one is read from the outbox and the
    previous answer is stored. A batch is sent once the previous answer has arrived and
    been checked, so the server still receives the numbers in order, and each answer is
    still stored in one local transaction (a crash before it commits sends those commands
    again, and the server answers ``duplicate``). A number another command used stops
    the push before anything more is sent.
    """
    report = PushReport()
    storing: asyncio.Task[None] | None = None
    try:
        sent = await asyncio.to_thread(outbox_batch, factory, batch)
        while sent:
            request = asyncio.ensure_future(client.push(sent))
            try:
                following = (
                    await asyncio.to_thread(outbox_batch, factory, batch, int(sent[-1]["seq"]))
                    if len(sent) == batch
                    else []
                )
            except BaseException:
                request.cancel()
                await asyncio.wait({request})
                raise
            answers = check_answer(sent, await request)
            if storing is not None:
                await _finish(storing)
            storing = asyncio.create_task(
                asyncio.to_thread(record_answer, factory, sent, answers, report)
            )
            report.batches += 1
            if answers.lost is not None:
                break
            sent = following
    finally:
        if storing is not None:
            await _finish(storing)
    if report.batches == 0:
        await asyncio.to_thread(_touch_push_time, factory)
    return report


async def _finish(storing: asyncio.Task[None]) -> None:
    """Wait for an answer to be stored, even when the caller is being cancelled."""
    try:
        await asyncio.shield(storing)
    except asyncio.CancelledError:
        # The transaction runs in a thread and cannot be stopped half way: let it end.
        if not storing.done():
            await asyncio.wait({storing})
        raise


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
