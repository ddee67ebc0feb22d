"""Refresh: replace a stale member's rows with the server's, once nothing of theirs is unsent.

A member becomes stale when a pull had to leave their rows alone (they had
unsent commands) or when the server rejected one of their commands. After a
push, ``POST /v1/sync/refresh`` answers all of those members' mutable rows; the
device upserts them and deletes its own lots, coupons, redemptions and benefit
uses of those members that the answer does not name. A member the answer does
not contain at all (gone, or outside this device's scope) is removed here.
"""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from core.db.models import (
    BenefitUse,
    Coupon,
    Member,
    PointAccount,
    PointLot,
    QualifyingEvent,
    Redemption,
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


def refreshable(factory: sessionmaker[Session]) -> list[str]:
    """Stale members with no unsent commands left."""
    with factory() as session:
        stale = load_sync(session)["stale"]
        if not stale:
            return []
        busy = members_with_unsent(session)
        return [m for m in stale if m not in busy]


def apply_refresh(
    factory: sessionmaker[Session], member_ids: list[str], answer: dict[str, Any]
) -> int:
    """Replace these members' rows with the answer's; return how many were refreshed."""
    blocks = answer["changes"]
    with page_transaction(factory) as session:
        busy = members_with_unsent(session)
        mirror = Mirror(session, busy)
        for block in blocks:
            mirror.apply(block)
        done = [m for m in member_ids if m not in busy]
        for name in REPLACED:
            delete_keys_not_in(session, TABLES[name], done, keys_of(blocks, name))
        present = keys_of(blocks, "members")
        gone = [m for m in done if m not in present]
        if gone:
            _forget_members(session, gone)
        state = load_sync(session)
        left = [m for m in state["stale"] if m not in set(done)]
        update_sync(session, stale=left)
    return len(done)


def _forget_members(session: Session, member_ids: list[str]) -> None:
    for model in (PointLot, Coupon, Redemption, BenefitUse, QualifyingEvent, PointAccount):
        session.execute(delete(model).where(model.member_id.in_(member_ids)))
    session.execute(delete(Member).where(Member.id.in_(member_ids)))


async def refresh_stale(factory: sessionmaker[Session], client: SyncClient) -> int:
    """Refresh every stale member that has nothing unsent; return how many."""
    ids = await asyncio.to_thread(refreshable, factory)
    total = 0
    for i in range(0, len(ids), MAX_REFRESH):
        chunk = ids[i : i + MAX_REFRESH]
        answer = await client.refresh(chunk)
        total += await asyncio.to_thread(apply_refresh, factory, chunk, answer)
    return total
