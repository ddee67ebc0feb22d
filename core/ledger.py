"""The points ledger: append-only entries, lots with expiry, and points debt.

Invariants (checked by tests, property-based and on every command):

* ``account.balance == Σ entry.points`` and ``account.debt == Σ entry.debt_delta``;
* ``lot.remaining == Σ movements on the lot`` and ``0 <= lot.remaining <= lot.points``;
* ``entry.points == Σ its movements − entry.debt_delta``; hence
  ``balance == Σ lot.remaining − debt``.

Every function here writes entries for one command (``Context``) and never
commits: the caller's transaction decides.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, bindparam, case, func, inspect, select
from sqlalchemy.orm import Session

from core.commands.base import Context
from core.db.direct import DIRECT, put, read
from core.db.models import CommandRow, LotMovement, PointAccount, PointEntry, PointLot
from core.errors import InsufficientPoints


@dataclass(frozen=True)
class Balances:
    """What a member has, as a clerk reads it. ``available + locked - debt == balance``."""

    balance: int
    available: int
    locked: int
    debt: int
    pending_upload: int
    # Lots past their end that the expiry job has not yet written off.
    expired_due: int

    @property
    def confirmed(self) -> int:
        return self.balance - self.pending_upload

    def as_dict(self) -> dict[str, int]:
        return {
            "confirmed": self.confirmed,
            "pending_upload": self.pending_upload,
            "available": self.available,
            "locked": self.locked,
            "debt": self.debt,
            "balance": self.balance,
        }


_ACCOUNT = (
    select(PointAccount).where(PointAccount.member_id == bindparam("member_id")).with_for_update()
)


def account_for(session: Session, member_id: str) -> PointAccount:
    """The member's account row, locked for the rest of the transaction on PostgreSQL."""
    # Held strongly for the session (the identity map is weak), so one unit of work
    # reads and locks each account once.
    held: dict[str, PointAccount] = session.info.setdefault("accounts", {})
    loaded = held.get(member_id)
    if loaded is not None and loaded in session:
        return loaded
    acct = session.execute(_ACCOUNT, {"member_id": member_id}).scalar_one_or_none()
    if acct is None:
        acct = PointAccount(
            member_id=member_id,
            balance=0,
            debt=0,
            frozen=False,
            lifetime_earned=0,
            lifetime_spent=0,
        )
        session.add(acct)
        session.flush()
    held[member_id] = acct
    return acct


_ACCOUNT_COLUMNS = ("balance", "debt", "frozen", "lifetime_earned", "lifetime_spent")
_UPDATES: dict[tuple[str, ...], str] = {}


def write_accounts(session: Session) -> None:
    """On a device's own command, write the accounts it changed with a plain UPDATE each.

    The ORM's flush of one changed account costs about eight times the statement; this
    writes the same columns it would (only those whose value changed, so an ``UPDATE OF``
    trigger fires as it would) and marks the object clean, so the next flush skips it.
    Elsewhere (the server's change feed reads what its sessions flush) it does nothing.
    """
    if not session.info.get(DIRECT):
        return
    held: dict[str, PointAccount] = session.info.get("accounts", {})
    for acct in held.values():
        state = inspect(acct)
        if not state.modified or not state.persistent or state.session is not session:
            continue
        values = state.dict
        changed = tuple(
            key
            for key in _ACCOUNT_COLUMNS
            if key in state.committed_state and state.committed_state[key] != values.get(key)
        )
        if any(key not in _ACCOUNT_COLUMNS for key in state.committed_state):
            continue  # something else changed on it: leave it all to the unit of work
        if changed:
            sql = _UPDATES.get(changed)
            if sql is None:
                sets = ", ".join(f"{key} = ?" for key in changed)
                sql = _UPDATES[changed] = (
                    f"UPDATE point_accounts SET {sets} WHERE point_accounts.member_id = ?"
                )
            params = (*(values[key] for key in changed), acct.member_id)
            session.connection().exec_driver_sql(sql, params)
        # What a flush does once it has written the row: nothing is pending on it now.
        state._commit_all(values, session.identity_map)


def open_lots(session: Session, member_id: str) -> list[PointLot]:
    """Lots with points left, earliest expiry first (the order spending draws on them)."""
    return list(
        session.execute(
            select(PointLot)
            .where(PointLot.member_id == member_id, PointLot.remaining > 0)
            .order_by(PointLot.expires_at, PointLot.available_at, PointLot.id)
        ).scalars()
    )


def lot_sums(now: datetime | ColumnElement[datetime]) -> tuple[Any, Any, Any]:
    """(available, locked, expired due) as SQL sums over a member's ``point_lots``: the
    classification of ``balances``, for reads that want a member in one query; ``now`` may
    be a bound parameter, for a statement built once."""

    def bucket(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, PointLot.remaining), else_=0)), 0)

    expired = PointLot.expires_at <= now
    available = and_(PointLot.expires_at > now, PointLot.available_at <= now)
    locked = and_(PointLot.expires_at > now, PointLot.available_at > now)
    return bucket(available), bucket(locked), bucket(expired)


def balances(session: Session, member_id: str, now: datetime) -> Balances:
    acct = session.get(PointAccount, member_id)
    if acct is None:
        return Balances(0, 0, 0, 0, 0, 0)
    available = locked = expired = 0
    for lot in open_lots(session, member_id):
        if lot.expires_at <= now:
            expired += lot.remaining
        elif lot.available_at <= now:
            available += lot.remaining
        else:
            locked += lot.remaining
    pending = session.execute(
        select(func.coalesce(func.sum(PointEntry.points), 0))
        .join(CommandRow, CommandRow.id == PointEntry.command_id)
        .where(PointEntry.member_id == member_id, CommandRow.sync_state == "local")
    ).scalar_one()
    return Balances(
        balance=acct.balance,
        available=available,
        locked=locked,
        debt=acct.debt,
        pending_upload=int(pending),
        expired_due=expired,
    )


def available_points(session: Session, member_id: str, at: datetime) -> int:
    return sum(
        lot.remaining
        for lot in open_lots(session, member_id)
        if lot.available_at <= at < lot.expires_at
    )


# --- writing entries --------------------------------------------------------


def entry_values(
    ctx: Context,
    member_id: str,
    kind: str,
    points: int,
    *,
    debt_delta: int = 0,
    sale_id: str | None = None,
    redemption_id: str | None = None,
    ref_entry_id: str | None = None,
    reason: str | None = None,
    detail: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The columns of the command's next ledger entry (the server's batch path writes them
    as they are; ``_entry`` makes the row)."""
    return {
        "id": ctx.next_id("entry"),
        "seq": ctx.next_seq("entry"),
        "member_id": member_id,
        "command_id": ctx.env.id,
        "kind": kind,
        "points": points,
        "debt_delta": debt_delta,
        "sale_id": sale_id,
        "redemption_id": redemption_id,
        "ref_entry_id": ref_entry_id,
        "store_code": ctx.env.store_code,
        "device_id": ctx.env.device_id,
        "staff": ctx.env.staff,
        "reason": reason,
        "detail": detail or {},
        "created_at": ctx.at,
    }


def lot_values(
    ctx: Context,
    entry_id: str,
    member_id: str,
    points: int,
    available_at: datetime,
    expires_at: datetime,
    sale_id: str | None,
) -> dict[str, Any]:
    """The columns of the command's next lot, all of ``points`` remaining."""
    return {
        "id": ctx.next_id("lot"),
        "member_id": member_id,
        "entry_id": entry_id,
        "points": points,
        "remaining": points,
        "available_at": available_at,
        "expires_at": expires_at,
        "sale_id": sale_id,
    }


def _entry(
    ctx: Context,
    member_id: str,
    kind: str,
    points: int,
    **fields: Any,
) -> PointEntry:
    entry = PointEntry(**entry_values(ctx, member_id, kind, points, **fields))
    put(ctx.session, entry)
    acct = account_for(ctx.session, member_id)
    acct.balance += points
    acct.debt += entry.debt_delta
    return entry


def _move(ctx: Context, entry: PointEntry, lot: PointLot, delta: int) -> None:
    lot.remaining += delta
    if not 0 <= lot.remaining <= lot.points:  # pragma: no cover - a bug, never input
        raise AssertionError(f"lot {lot.id} would hold {lot.remaining} of {lot.points}")
    put(ctx.session, LotMovement(entry_id=entry.id, lot_id=lot.id, delta=delta))


def credit(
    ctx: Context,
    member_id: str,
    points: int,
    *,
    kind: str,
    available_at: datetime,
    expires_at: datetime,
    sale_id: str | None = None,
    reason: str | None = None,
    detail: dict[str, Any] | None = None,
) -> PointEntry:
    """Add points: repay any points debt first, the rest becomes a new lot."""
    if points <= 0:
        raise ValueError("credit needs a positive amount")
    acct = account_for(ctx.session, member_id)
    repay = min(acct.debt, points)
    entry = _entry(
        ctx,
        member_id,
        kind,
        points,
        debt_delta=-repay,
        sale_id=sale_id,
        reason=reason,
        detail={**(detail or {}), "debt_repaid": repay} if repay else detail,
    )
    if kind == "earn":
        acct.lifetime_earned += points
    if points - repay > 0:
        _new_lot(ctx, entry, points - repay, available_at, expires_at, sale_id)
    return entry


def _new_lot(
    ctx: Context,
    entry: PointEntry,
    points: int,
    available_at: datetime,
    expires_at: datetime,
    sale_id: str | None,
) -> PointLot:
    lot = PointLot(
        **lot_values(ctx, entry.id, entry.member_id, points, available_at, expires_at, sale_id)
    )
    put(ctx.session, lot)
    put(ctx.session, LotMovement(entry_id=entry.id, lot_id=lot.id, delta=points))
    return lot


def debit(
    ctx: Context,
    member_id: str,
    points: int,
    *,
    kind: str,
    member_code: str,
    allow_debt: bool = False,
    sale_id: str | None = None,
    redemption_id: str | None = None,
    reason: str | None = None,
) -> PointEntry:
    """Spend available points, earliest-expiring lots first.

    With ``allow_debt`` (an offline fact the server must accept) a shortfall
    becomes points debt; otherwise it is refused and nothing is written.
    """
    if points <= 0:
        raise ValueError("debit needs a positive amount")
    lots = [
        lot
        for lot in open_lots(ctx.session, member_id)
        if lot.available_at <= ctx.at < lot.expires_at
    ]
    available = sum(lot.remaining for lot in lots)
    if available < points and not allow_debt:
        raise InsufficientPoints(code=member_code, available=available, requested=points)
    shortfall = max(0, points - available)
    entry = _entry(
        ctx,
        member_id,
        kind,
        -points,
        debt_delta=shortfall,
        sale_id=sale_id,
        redemption_id=redemption_id,
        reason=reason,
    )
    ctx.session.flush()
    left = points - shortfall
    for lot in lots:
        if left == 0:
            break
        take = min(lot.remaining, left)
        _move(ctx, entry, lot, -take)
        left -= take
    if kind == "spend":
        account_for(ctx.session, member_id).lifetime_spent += points
    return entry


def reverse_earn(ctx: Context, earn: PointEntry, points: int, *, sale_id: str) -> PointEntry:
    """Take back ``points`` of what ``earn`` gave, whether pending, available or spent.

    Order: the earn's own lot; then the debt it repaid comes back as debt; then
    the member's other lots (available first, earliest expiry); what is still
    missing becomes points debt, repaid from future earning. So a sale refunded
    in full straight away leaves the member exactly as before it.
    """
    member_id = earn.member_id
    ctx.session.flush()
    own_lot = ctx.session.execute(
        select(PointLot).where(PointLot.entry_id == earn.id)
    ).scalar_one_or_none()
    prior = ctx.session.execute(
        select(PointEntry).where(PointEntry.ref_entry_id == earn.id, PointEntry.kind == "reverse")
    ).scalars()
    already_redebted = sum(int(e.detail.get("redebt", 0)) for e in prior)
    repaid = -earn.debt_delta
    plan: list[tuple[PointLot, int]] = []
    left = points
    if own_lot is not None and own_lot.remaining > 0:
        take = min(own_lot.remaining, left)
        plan.append((own_lot, take))
        left -= take
    redebt = min(left, max(0, repaid - already_redebted))
    left -= redebt
    if left > 0:
        others = [lot for lot in open_lots(ctx.session, member_id) if lot is not own_lot]
        others.sort(key=lambda lot: (lot.available_at > ctx.at, lot.expires_at, lot.id))
        for lot in others:
            if left == 0:
                break
            take = min(lot.remaining, left)
            plan.append((lot, take))
            left -= take
    new_debt = redebt + left
    entry = _entry(
        ctx,
        member_id,
        "reverse",
        -points,
        debt_delta=new_debt,
        sale_id=sale_id,
        ref_entry_id=earn.id,
        detail={"redebt": redebt, "debt_created": left},
    )
    ctx.session.flush()
    for lot, take in plan:
        _move(ctx, entry, lot, -take)
    return entry


def return_spend(
    ctx: Context,
    spend: PointEntry,
    points: int,
    *,
    kind: str,
    expires_at: datetime,
    sale_id: str | None = None,
    redemption_id: str | None = None,
) -> PointEntry:
    """Give back ``points`` of a spend (a refunded sale, a cancelled redemption).

    The part that ran into debt cancels debt first; the rest goes back into
    the lots it came from, longest-lived first, with their original expiry
    (points that have expired meanwhile are written off by ``expire_due``).
    A debt part that was repaid meanwhile comes back as a new lot ending at
    ``expires_at``.
    """
    member_id = spend.member_id
    acct = account_for(ctx.session, member_id)
    ctx.session.flush()
    prior = list(
        ctx.session.execute(
            select(PointEntry).where(PointEntry.ref_entry_id == spend.id, PointEntry.kind == kind)
        ).scalars()
    )
    debt_part_left = spend.debt_delta - sum(int(e.detail.get("debt_part", 0)) for e in prior)
    left = points
    debt_part = min(left, max(0, debt_part_left))
    left -= debt_part
    cancel = min(debt_part, acct.debt)
    fresh = debt_part - cancel

    drawn = {
        m.lot_id: -m.delta
        for m in ctx.session.execute(
            select(LotMovement).where(LotMovement.entry_id == spend.id)
        ).scalars()
    }
    restored: dict[str, int] = {}
    for e in prior:
        for m in ctx.session.execute(
            select(LotMovement).where(LotMovement.entry_id == e.id)
        ).scalars():
            restored[m.lot_id] = restored.get(m.lot_id, 0) + m.delta
    lots = [ctx.session.get(PointLot, lot_id) for lot_id in drawn]
    plan: list[tuple[PointLot, int]] = []
    for lot in sorted(
        (lot for lot in lots if lot is not None), key=lambda lot: lot.expires_at, reverse=True
    ):
        if left == 0:
            break
        room = drawn[lot.id] - restored.get(lot.id, 0)
        give = min(room, left)
        if give > 0:
            plan.append((lot, give))
            left -= give
    fresh += left  # nothing should remain; if lots vanished, the member still gets the points
    entry = _entry(
        ctx,
        member_id,
        kind,
        points,
        debt_delta=-cancel,
        sale_id=sale_id,
        redemption_id=redemption_id,
        ref_entry_id=spend.id,
        detail={"debt_part": debt_part},
    )
    ctx.session.flush()
    for lot, give in plan:
        _move(ctx, entry, lot, give)
    if fresh > 0:
        _new_lot(ctx, entry, fresh, ctx.at, expires_at, sale_id)
    if spend.kind == "spend":
        acct.lifetime_spent -= points
    return entry


_lots = PointLot.__table__.c
_ANY_DUE = (
    select(_lots.id)
    .where(
        _lots.member_id == bindparam("member_id"),
        _lots.remaining > 0,
        _lots.expires_at <= bindparam("at"),
    )
    .limit(1)
)


def expire_due(ctx: Context, member_id: str) -> PointEntry | None:
    """Write off what is left of the member's lots that ended at or before the command time."""
    # Every sale asks; almost always nothing is due, which one index probe tells.
    if read(ctx.session, _ANY_DUE, {"member_id": member_id, "at": ctx.at}) is None:
        return None
    due = [lot for lot in open_lots(ctx.session, member_id) if lot.expires_at <= ctx.at]
    total = sum(lot.remaining for lot in due)
    if total == 0:
        return None
    entry = _entry(
        ctx,
        member_id,
        "expire",
        -total,
        detail={"lots": [lot.id for lot in due]},
    )
    ctx.session.flush()
    for lot in due:
        _move(ctx, entry, lot, -lot.remaining)
    return entry


def members_with_due_lots(session: Session, at: datetime, limit: int) -> Sequence[str]:
    return list(
        session.execute(
            select(PointLot.member_id)
            .where(PointLot.remaining > 0, PointLot.expires_at <= at)
            .distinct()
            .limit(limit)
        ).scalars()
    )


# --- checking ---------------------------------------------------------------


def check_invariants(session: Session, member_id: str) -> list[str]:
    """Every way the ledger could be inconsistent for one member; empty when sound."""
    problems: list[str] = []
    acct = session.get(PointAccount, member_id)
    entries = list(
        session.execute(select(PointEntry).where(PointEntry.member_id == member_id)).scalars()
    )
    total = sum(e.points for e in entries)
    debt = sum(e.debt_delta for e in entries)
    if acct is None:
        return ["no account"] if entries else []
    if acct.balance != total:
        problems.append(f"balance {acct.balance} != sum of entries {total}")
    if acct.debt != debt or debt < 0:
        problems.append(f"debt {acct.debt} != sum of debt deltas {debt}")
    lots = list(session.execute(select(PointLot).where(PointLot.member_id == member_id)).scalars())
    moves: dict[str, int] = {}
    by_entry: dict[str, int] = {}
    for m in session.execute(
        select(LotMovement)
        .join(PointLot, PointLot.id == LotMovement.lot_id)
        .where(PointLot.member_id == member_id)
    ).scalars():
        moves[m.lot_id] = moves.get(m.lot_id, 0) + m.delta
        by_entry[m.entry_id] = by_entry.get(m.entry_id, 0) + m.delta
    for lot in lots:
        if lot.remaining != moves.get(lot.id, 0):
            problems.append(f"lot {lot.id} remaining {lot.remaining} != movements")
        if not 0 <= lot.remaining <= lot.points:
            problems.append(f"lot {lot.id} out of range: {lot.remaining}/{lot.points}")
    for e in entries:
        if e.points != by_entry.get(e.id, 0) - e.debt_delta:
            problems.append(f"entry {e.id} points {e.points} != movements - debt")
    if sum(lot.remaining for lot in lots) - acct.debt != acct.balance:
        problems.append("lots - debt != balance")
    return problems
