"""Refresh: replace rows with the server's, once nothing of their member is unsent.

Two things wait for a refresh (``settings["sync"]``):

* ``stale`` members: a pull had to leave their rows alone (they had unsent
  commands), or the server rejected or acknowledged one of their commands;
* ``reconcile`` commands: acknowledged commands of this device, whose
  provisional rows may differ from what the server made of them (it drew on
  other lots, an overdraft elsewhere repaid debt first...).

``POST /v1/sync/refresh`` answers the members' mutable rows (member, account,
every lot, coupons, redemptions, benefit uses, recent qualifying events) and
every row the commands made. The device upserts them and deletes its own rows
of those members (lots, coupons, redemptions, benefit uses) and of those
commands that the answer does not name. A member the answer does not contain
at all (gone, or outside this device's scope) is removed here. Members with
unsent commands, and commands of such members, wait for a later cycle.
"""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import and_, delete, select, tuple_
from sqlalchemy.orm import Session, sessionmaker

from core.db.models import (
    BenefitUse,
    Coupon,
    LotMovement,
    Member,
    PointAccount,
    PointEntry,
    PointLot,
    QualifyingEvent,
    Redemption,
    Refund,
    Sale,
    SaleLineRow,
    TierChange,
)
from sync.client import SyncClient
from sync.mirror import (
    TABLES,
    Mirror,
    delete_keys_not_in,
    keys_of,
    members_with_unsent,
    page_transaction,
)
from sync.protocol import MAX_REFRESH
from sync.state import load_sync, update_sync

# Tables whose rows of a refreshed member are exactly the answer's.
REPLACED = ("point_lots", "coupons", "redemptions", "benefit_uses")
# Tables whose rows of a reconciled command are exactly the answer's (by ``command_id``).
BY_COMMAND: tuple[Any, ...] = (
    PointEntry,
    Sale,
    Refund,
    QualifyingEvent,
    Redemption,
    Coupon,
    BenefitUse,
    TierChange,
)


def refreshable(factory: sessionmaker[Session]) -> tuple[list[str], list[str]]:
    """Stale members and commands to reconcile whose members have nothing unsent."""
    with factory() as session:
        state = load_sync(session)
        stale: list[str] = state["stale"]
        reconcile: dict[str, list[str]] = state.get("reconcile") or {}
        if not stale and not reconcile:
            return [], []
        busy = members_with_unsent(session)
        members = [m for m in stale if m not in busy]
        commands = [c for c, owners in reconcile.items() if not busy.intersection(owners)]
        return members, commands


def apply_refresh(
    factory: sessionmaker[Session],
    member_ids: list[str],
    answer: dict[str, Any],
    command_ids: list[str] | None = None,
) -> int:
    """Replace these members' and commands' rows with the answer's; return members done."""
    blocks = answer["changes"]
    with page_transaction(factory) as session:
        busy = members_with_unsent(session)
        state = load_sync(session)
        reconcile: dict[str, list[str]] = dict(state.get("reconcile") or {})
        commands = [c for c in command_ids or [] if not busy.intersection(reconcile.get(c, []))]
        # Before the upserts: which local rows these commands made (the answer may differ).
        local = _rows_of_commands(session, commands)
        mirror = Mirror(session, busy)
        for block in blocks:
            mirror.apply(block)
        _delete_unnamed_rows_of_commands(session, commands, local, blocks)
        done = [m for m in member_ids if m not in busy]
        for name in REPLACED:
            delete_keys_not_in(session, TABLES[name], done, keys_of(blocks, name))
        present = keys_of(blocks, "members")
        gone = [m for m in done if m not in present]
        if gone:
            _forget_members(session, gone)
        finished = set(done)
        for c in commands:
            reconcile.pop(c, None)
        update_sync(
            session,
            stale=[m for m in load_sync(session)["stale"] if m not in finished],
            reconcile=reconcile,
        )
    return len(done)


def _rows_of_commands(session: Session, commands: list[str]) -> dict[str, set[Any]]:
    if not commands:
        return {}
    entries = set(
        session.execute(select(PointEntry.id).where(PointEntry.command_id.in_(commands))).scalars()
    )
    sales = set(session.execute(select(Sale.id).where(Sale.command_id.in_(commands))).scalars())
    return {"entries": entries, "sales": sales}


def _delete_unnamed_rows_of_commands(
    session: Session, commands: list[str], local: dict[str, set[Any]], blocks: list[Any]
) -> None:
    if not commands:
        return
    entries = sorted(local["entries"] | keys_of(blocks, "point_entries"))
    sales = sorted(local["sales"] | keys_of(blocks, "sales"))
    moves = _pairs(blocks, "lot_movements", ("entry_id", "lot_id"))
    lines = _pairs(blocks, "sale_lines", ("sale_id", "line_no"))
    if entries:
        query = delete(LotMovement).where(LotMovement.entry_id.in_(entries))
        if moves:
            query = query.where(tuple_(LotMovement.entry_id, LotMovement.lot_id).not_in(moves))
        session.execute(query)
    if sales:
        query = delete(SaleLineRow).where(SaleLineRow.sale_id.in_(sales))
        if lines:
            query = query.where(tuple_(SaleLineRow.sale_id, SaleLineRow.line_no).not_in(lines))
        session.execute(query)
    for model in BY_COMMAND:
        named = keys_of(blocks, model.__tablename__)
        cond = model.command_id.in_(commands)
        if named:
            cond = and_(cond, model.id.not_in(sorted(named)))
        session.execute(delete(model).where(cond))


def _pairs(blocks: list[Any], entity: str, columns: tuple[str, str]) -> list[tuple[Any, Any]]:
    out: list[tuple[Any, Any]] = []
    for block in blocks:
        if isinstance(block, dict) and block.get("entity") == entity:
            a, b = (block["columns"].index(c) for c in columns)
            out += [(row[a], row[b]) for row in block["rows"]]
    return out


def _forget_members(session: Session, member_ids: list[str]) -> None:
    for model in (
        PointLot,
        Coupon,
        Redemption,
        BenefitUse,
        QualifyingEvent,
        TierChange,
        PointAccount,
    ):
        session.execute(delete(model).where(model.member_id.in_(member_ids)))
    session.execute(delete(Member).where(Member.id.in_(member_ids)))


async def refresh_stale(factory: sessionmaker[Session], client: SyncClient) -> int:
    """Refresh every stale member and acknowledged command that waits; return members done."""
    members, commands = await asyncio.to_thread(refreshable, factory)
    total = 0
    for i in range(0, max(len(members), len(commands)), MAX_REFRESH):
        member_chunk = members[i : i + MAX_REFRESH]
        command_chunk = commands[i : i + MAX_REFRESH]
        answer = await client.refresh(member_chunk, command_chunk)
        total += await asyncio.to_thread(
            apply_refresh, factory, member_chunk, answer, command_chunk
        )
    return total
