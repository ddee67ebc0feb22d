"""A pushed batch the set-based way: ordinary sales computed in memory, written table by table.

Applied one by one through the ORM, a sale costs about 26 round trips to the
database. Most of a till's batch is ordinary sales: a member who is active,
whose account is neither frozen nor in debt, with nothing due to expire, no
coupon, no points spent, no tier grace running, and nothing for the server's
checks to flag (a disabled clerk, an override nobody entitled gave). For those,
this module reads what the rules need for the whole batch in a few queries (accounts,
members, the earliest end of their open lots, their qualifying events of the last
year, today's earned points), computes each sale with the same rule functions the
handler calls (``core.handlers.sales``, ``core.handlers.tiering``: the figures, the
rows, an upgrade the sale earns), keeps the members' figures in memory from one sale
to the next, and writes each table with one multi-row statement (``COPY`` on
PostgreSQL). The earn's ledger rows are those ``core.ledger.credit`` writes for an
account without debt: one entry, one lot of all of it, one movement.

Anything else goes through the per-command path (``server.push._one``), in
order: the sales before it are written first, and what was read is read again
after it. So the outcome (rows, results, the feed, attention items, the
device's number) is the same as the per-command path's, which
``tests/integration/server/test_push_batch.py`` checks table by table.

Locks. The reads take no lock. When a run of sales is about to be written, the
accounts of every member read are locked, in member order (``_lock``), and each row
must still be the version that was read (PostgreSQL's ``xmin``); if one is not, the
run is planned again on what is read now that the rows are held. Every writer leaves
a new version of the account rows of the members it wrote for, even where their
figures did not change (``server.push.touch_accounts``), so a change to a member's
qualifying events, lots or tier cannot pass unseen. The outcome is the one that
taking the locks before reading would give; but two tills whose batches share a
member no longer wait for each other through the whole of the other's planning, only
through its writing and commit (``tests/integration/server/test_push_locks.py``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    String,
    any_,
    bindparam,
    cast,
    func,
    literal_column,
    select,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from core import clock
from core.catalog import tier_by_code, tier_defs, tier_policy
from core.commands.base import Context, Envelope
from core.commands.payloads import RecordSale, named_members
from core.db import models as m
from core.errors import DomainError
from core.handlers.sales import (
    earn_on_lines,
    gross_of,
    member_sale_result,
    mismatch_detail,
    paid_lines,
    points_cash,
    qualifying_values,
    sale_line_values,
    sale_result,
    sale_rules,
    sale_values,
    tier_discount_of,
)
from core.handlers.tiering import (
    decide,
    in_window,
    next_threshold,
    tier_change_values,
    window_total_of,
)
from core.ledger import entry_values, lot_values
from server.models import DeviceRow
from server.pg_arrays import text_array
from server.push import (
    FACT_KINDS,
    Known,
    Pending,
    _answer,
    _Checks,
    _one,
    answer_known,
    mismatch_values,
    next_in_sequence,
    set_aside,
)
from server.push_rows import REFUSED, Tables, feed_entries, write

# A tier window is at most a year long (rolling 12 months, calendar or membership year).
_WINDOW_REACH = timedelta(days=367)

_t = m.Base.metadata.tables


@dataclass
class MemberState:
    """What the rules need of one member, kept up to date from sale to sale in the batch."""

    id: str
    code: str
    status: str
    tier_code: str
    tier_since: date
    grace_until: date | None
    birthday: date | None
    enrolled_on: date
    home_store: str | None
    balance: int | None = None  # None: no account
    debt: int = 0
    frozen: bool = False
    lifetime_earned: int = 0
    first_expiry: datetime | None = None  # the earliest end of an open lot
    events: list[tuple[datetime, int, int]] = field(default_factory=list)
    earned: dict[date, int] = field(default_factory=dict)  # "earn" points by day
    seen: str | None = None  # the account row's version as read (PostgreSQL's xmin)


@dataclass
class _Sale:
    """One sale planned in memory: its rows by table and its answer."""

    index: int
    env: Envelope
    member_id: str | None  # None: an anonymous sale
    points: int
    rows: dict[str, list[dict[str, Any]]]
    answer: dict[str, Any]


class BatchPush:
    """Applies one parsed batch inside the caller's transaction (see the module doc)."""

    def __init__(self, session: Session, device: DeviceRow, checks: _Checks, feed: Pending):
        self.session = session
        self.device = device
        self.checks = checks
        self.feed = feed
        self.postgres = session.get_bind().dialect.name == "postgresql"
        self.applied_at = clock.now()  # the batch is one transaction: one time for its rows
        self.members: dict[str, MemberState] = {}
        self.homes: dict[str, str | None] = {}
        self.sale_ids: set[str] = set()
        self.receipts: set[str] = set()
        self.fresh = False  # whether what was read still holds
        self.group: list[_Sale] = []
        self.group_seq = device.last_seq  # the device's number before the group
        self.slow_ran = False
        self.batch: Sequence[tuple[Envelope, dict[str, Any] | None]] = ()
        self.results: list[dict[str, Any]] = []
        # Sales of a run the database refused to write: applied one by one until one fails.
        self.suspects: set[int] = set()
        # The next tier's threshold by tier code: the ladder is the same for the whole batch.
        self.thresholds: dict[str, int | None] = {}
        # Members whose account rows this transaction holds (PostgreSQL).
        self.locked: set[str] = set()

    def run(self, batch: Sequence[tuple[Envelope, dict[str, Any] | None]]) -> list[dict[str, Any]]:
        """One answer per command, in order."""
        self.batch = batch
        results = self.results
        known = self._known([env.id for env, _ in batch])
        seen: set[str] = set()
        for i, (env, _) in enumerate(batch):
            if env.id in seen:  # the same id twice in one batch: the per-command path says what
                results.append(self._slow(i))
                continue
            seen.add(env.id)
            if env.id in known:
                self._write()  # the answer may use up the device's next number
                results.append(answer_known(self.device, env, known[env.id]))
                continue
            used = next_in_sequence(self.device, env)
            if used is not None:
                results.append(used)
                continue
            results.append(self._new(i))
        self._write()
        return results

    def _new(self, i: int) -> dict[str, Any]:
        """A command the device numbered next: planned into the run of sales, or applied."""
        env, device_result = self.batch[i]
        planned = None
        if _candidate(env) and i not in self.suspects:
            planned = self._plan(i, env, device_result)
        if planned is None:
            return self._slow(i)
        if not self.group:
            self.group_seq = self.device.last_seq
        self.device.last_seq = env.seq
        self.group.append(planned)
        return planned.answer

    # --- the per-command path, in order ------------------------------------------

    def _slow(self, i: int) -> dict[str, Any]:
        self._write()
        env, device_result = self.batch[i]
        answer = _one(self.session, self.device, self.checks, env, device_result, self.feed)
        if answer["status"] == "applied" and self.postgres:
            self.locked.update(named_members(env.kind, env.payload))  # ``touch_accounts``
        # It may have changed anything a later sale depends on: read it again.
        self.fresh = False
        self.slow_ran = True
        self.thresholds.clear()
        if i in self.suspects:
            self.suspects.discard(i)
            if answer["status"] == "rejected":
                # Likely the one the database refused: the rest may share a write again.
                self.suspects.clear()
        return answer

    # --- reading ------------------------------------------------------------------

    def _among(self, column: Any, values: list[str]) -> Any:
        """``column IN values``; on PostgreSQL one array parameter instead of one per value
        (a statement of the same text every time, and far less to build and parse)."""
        if self.postgres:
            # PostgreSQL stores no NUL in text, so no row has one; asked for, it would
            # refuse the statement and the whole batch with it.
            stored = text_array([v for v in values if "\x00" not in v])
            return column == any_(cast(bindparam(None, stored, type_=String), ARRAY(String)))
        return column.in_(values)

    def _known(self, ids: list[str]) -> dict[str, Known]:
        c = _t["commands"].c
        rows = self.session.execute(
            select(c.id, c.device_id, c.seq, c.sync_state, c.result).where(self._among(c.id, ids))
        ).all()
        return {r.id: Known(r.device_id, r.seq, r.sync_state, r.result) for r in rows}

    def _load(self, start: int) -> None:
        """Read, for the sales from ``start`` on, what their members' rules need."""
        self.session.flush()
        wanted: set[str] = set()
        sale_ids: set[str] = set()
        receipts: set[str] = set()
        first = last = None
        for env, _ in self.batch[start:]:
            if not _candidate(env):
                continue
            if env.payload.get("member_id") is not None:
                wanted.add(env.payload["member_id"])
            sale_ids.add(str(env.payload.get("sale_id")))
            receipts.add(str(env.payload.get("receipt_no")))
            first = env.device_time if first is None else min(first, env.device_time)
            last = env.device_time if last is None else max(last, env.device_time)
        self.members = {}
        self.homes = {}
        self.fresh = True
        s = _t["sales"].c
        self.sale_ids = set(
            self.session.execute(select(s.id).where(self._among(s.id, sorted(sale_ids)))).scalars()
        )
        self.receipts = set(
            self.session.execute(
                select(s.receipt_no).where(self._among(s.receipt_no, sorted(receipts)))
            ).scalars()
        )
        if not wanted or first is None or last is None:
            return
        self._read(sorted(wanted), first, last)

    def _read(self, ids: list[str], first: datetime, last: datetime) -> None:
        """Read these members' state for sales made from ``first`` to ``last``."""
        a = _t["point_accounts"].c
        # Read without a lock: ``_lock`` takes the locks when the run is written and
        # checks that no account row changed since (see "Locks" in the module doc).
        version: Any = literal_column("point_accounts.xmin::text" if self.postgres else "NULL")
        accounts = {
            r.member_id: r
            for r in self.session.execute(
                select(
                    a.member_id,
                    a.balance,
                    a.debt,
                    a.frozen,
                    a.lifetime_earned,
                    version.label("seen"),
                ).where(self._among(a.member_id, ids))
            )
        }
        mc = _t["members"].c
        for r in self.session.execute(
            select(
                mc.id,
                mc.code,
                mc.status,
                mc.tier_code,
                mc.tier_since,
                mc.tier_grace_until,
                mc.birthday,
                mc.enrolled_on,
                mc.home_store,
            ).where(self._among(mc.id, ids))
        ):
            state = MemberState(
                r.id,
                r.code,
                r.status,
                r.tier_code,
                r.tier_since,
                r.tier_grace_until,
                r.birthday,
                r.enrolled_on,
                r.home_store,
            )
            acct = accounts.get(r.id)
            if acct is not None:
                state.balance = acct.balance
                state.debt = acct.debt
                state.frozen = acct.frozen
                state.lifetime_earned = acct.lifetime_earned
                state.seen = acct.seen
            self.members[r.id] = state
            self.homes[r.id] = r.home_store
        lots = _t["point_lots"].c
        for member_id, first_expiry in self.session.execute(
            select(lots.member_id, func.min(lots.expires_at))
            .where(self._among(lots.member_id, ids), lots.remaining > 0)
            .group_by(lots.member_id)
        ):
            self.members[member_id].first_expiry = first_expiry
        qe = _t["qualifying_events"].c
        for member_id, at, spend, growth in self.session.execute(
            select(qe.member_id, qe.at, qe.spend_fen, qe.growth).where(
                self._among(qe.member_id, ids), qe.at >= first - _WINDOW_REACH
            )
        ):
            self.members[member_id].events.append((at, spend, growth))
        pe = _t["point_entries"].c
        day0 = datetime.combine(first.date(), datetime.min.time())
        day1 = datetime.combine(last.date(), datetime.min.time()) + timedelta(days=1)
        for member_id, created_at, points in self.session.execute(
            select(pe.member_id, pe.created_at, pe.points).where(
                self._among(pe.member_id, ids),
                pe.kind == "earn",
                pe.created_at >= day0,
                pe.created_at < day1,
            )
        ):
            earned = self.members[member_id].earned
            earned[created_at.date()] = earned.get(created_at.date(), 0) + points

    # --- planning one sale --------------------------------------------------------

    def _plan(
        self, index: int, env: Envelope, device_result: dict[str, Any] | None
    ) -> _Sale | None:
        """The sale's rows and answer, or None where the per-command path must apply it."""
        if not self.fresh:
            self._load(index)
        try:
            cmd = RecordSale.from_dict(env.payload)
        except DomainError:
            return None
        if cmd.coupon_id is not None or cmd.points_to_spend:
            return None
        if cmd.sale_id in self.sale_ids or cmd.receipt_no in self.receipts:
            return None
        if cmd.member_id is None:
            return self._anonymous(index, env, cmd, device_result)
        member = self.members.get(cmd.member_id)
        if (
            member is None
            or member.status != "active"
            or member.balance is None
            or member.frozen
            or member.debt  # earning would repay it first
            or member.grace_until is not None  # every sale decides the tier
            or (member.first_expiry is not None and member.first_expiry <= env.device_time)
        ):
            return None
        session = self.session
        at = env.device_time
        try:
            if self.checks.check(env, self.homes):
                return None  # it raises attention items: the per-command path does that
            rules = sale_rules(session, cmd, at)
            gross = gross_of(cmd)
            tier_disc = tier_discount_of(session, member.tier_code, gross)
            net = gross - tier_disc
            cash = points_cash(rules, cmd, net)
            earn = earn_on_lines(
                rules,
                paid_lines(cmd, net - cash),
                tier=tier_by_code(session, member.tier_code),
                birthday=member.birthday,
                at=at,
                earned_today=member.earned.get(at.date(), 0),
            )
            ladder = tier_defs(session)
            policy = tier_policy(session)
        except DomainError:
            return None
        ctx = Context(
            session,
            env,
            authority="server",
            facts=self.device.kind == "store" and env.kind in FACT_KINDS,
        )
        sale = sale_values(
            env,
            cmd,
            member_id=member.id,
            rules=rules,
            gross=gross,
            tier_disc=tier_disc,
            coupon_id=None,
            coupon_disc=0,
            points_cash_fen=cash,
            earn=earn,
        )
        rows: dict[str, list[dict[str, Any]]] = {
            "sales": [sale],
            "sale_lines": sale_line_values(cmd),
        }
        if earn.points > 0:
            # ``ledger.credit`` for a member without debt: one entry, one lot of it all.
            entry = entry_values(
                ctx,
                member.id,
                "earn",
                earn.points,
                sale_id=cmd.sale_id,
                detail={"rule_version": rules.version},
            )
            lot = lot_values(
                ctx,
                entry["id"],
                member.id,
                earn.points,
                earn.available_at,
                earn.expires_at,
                cmd.sale_id,
            )
            rows["point_entries"] = [entry]
            rows["point_lots"] = [lot]
            rows["lot_movements"] = [
                {"entry_id": entry["id"], "lot_id": lot["id"], "delta": earn.points}
            ]
        attention: list[dict[str, Any]] = []
        mismatch = mismatch_detail(cmd.sale_id, cmd.expected_points, earn.points)
        if mismatch is not None:
            attention.append(
                {
                    "id": ctx.next_id("attention"),
                    "kind": "points_mismatch",
                    "member_id": member.id,
                    "command_id": env.id,
                    "detail": mismatch,
                    "created_at": at,
                }
            )
        event = qualifying_values(ctx, member.id, net)
        rows["qualifying_events"] = [event]
        member.events.append((event["at"], event["spend_fen"], event["growth"]))
        tier_change = None
        if member.tier_code not in self.thresholds:
            self.thresholds[member.tier_code] = next_threshold(ladder, member.tier_code)
        threshold = self.thresholds[member.tier_code]
        as_of = at.date()
        if threshold is not None and (
            window_total_of(policy, member.enrolled_on, as_of, member.events) >= threshold
        ):
            # ``upgrade_if_qualified``: the sale lifts the member's window over the next tier.
            decision, tier_change = decide(
                policy,
                ladder,
                current_code=member.tier_code,
                grace_until=member.grace_until,
                events=in_window(policy, member.enrolled_on, as_of, member.events),
                as_of=as_of,
                enrolled_on=member.enrolled_on,
                period_end=False,
            )
            if tier_change is not None:
                rows["tier_changes"] = [tier_change_values(env, member.id, tier_change, decision)]
            if decision.code != member.tier_code or decision.grace_until != member.grace_until:
                if decision.code != member.tier_code:
                    member.tier_code, member.tier_since = decision.code, as_of
                member.grace_until = decision.grace_until
                rows["members"] = [
                    {
                        "m_id": member.id,
                        "m_tier_code": member.tier_code,
                        "m_tier_since": member.tier_since,
                        "m_grace": member.grace_until,
                    }
                ]
        result = member_sale_result(sale, earn, member.id, member.code, tier_change)
        pushed = mismatch_values(env, result, device_result)
        if pushed is not None:
            attention.append(pushed)
        if attention:
            rows["attention_items"] = attention
        rows["commands"] = [_command_row(env, result, self.applied_at)]
        # What the next sales of this member see.
        if earn.points > 0:
            member.balance = (member.balance or 0) + earn.points
            member.lifetime_earned += earn.points
            member.earned[at.date()] = member.earned.get(at.date(), 0) + earn.points
            if member.first_expiry is None or earn.expires_at < member.first_expiry:
                member.first_expiry = earn.expires_at
        self.sale_ids.add(cmd.sale_id)
        self.receipts.add(cmd.receipt_no)
        answer = _answer(env, "applied", result=result)
        return _Sale(index, env, member.id, earn.points, rows, answer)

    def _anonymous(
        self, index: int, env: Envelope, cmd: RecordSale, device_result: dict[str, Any] | None
    ) -> _Sale | None:
        """A sale without a member: its rows as ``record_sale`` writes them, nothing earned."""
        try:
            if self.checks.check(env, self.homes):
                return None  # it raises attention items: the per-command path does that
            rules = sale_rules(self.session, cmd, env.device_time)
            gross = gross_of(cmd)
            cash = points_cash(rules, cmd, gross)
        except DomainError:
            return None
        sale = sale_values(
            env,
            cmd,
            member_id=None,
            rules=rules,
            gross=gross,
            tier_disc=0,
            coupon_id=None,
            coupon_disc=0,
            points_cash_fen=cash,
            earn=None,
        )
        result = sale_result(sale, None)
        rows: dict[str, list[dict[str, Any]]] = {
            "sales": [sale],
            "sale_lines": sale_line_values(cmd),
        }
        pushed = mismatch_values(env, result, device_result)
        if pushed is not None:
            rows["attention_items"] = [pushed]
        rows["commands"] = [_command_row(env, result, self.applied_at)]
        self.sale_ids.add(cmd.sale_id)
        self.receipts.add(cmd.receipt_no)
        return _Sale(index, env, None, 0, rows, _answer(env, "applied", result=result))

    # --- writing ------------------------------------------------------------------

    def _lock(self) -> set[str]:
        """Lock the accounts of the members read and not yet held, in one order for every
        batch; the members whose row is no longer the version that was read."""
        if not self.postgres:
            return set()  # SQLite: this transaction is the only writer
        wanted = sorted(set(self.members) - self.locked)
        if not wanted:
            return set()
        a = _t["point_accounts"].c
        now: dict[str, str] = dict(
            self.session.execute(
                select(a.member_id, literal_column("point_accounts.xmin::text"))
                .where(self._among(a.member_id, wanted))
                .order_by(a.member_id)
                .with_for_update()
            ).all()
        )
        self.locked.update(wanted)
        return {m for m in wanted if now.get(m) != self.members[m].seen}

    def _again(self, group: list[_Sale], stale: set[str]) -> list[_Sale] | None:
        """The run with the sales of these members planned again on their state read now;
        None if one of them no longer qualifies for this path."""
        redo = [sale for sale in group if sale.member_id in stale]
        if not redo:
            return group
        for sale in redo:
            self.sale_ids.discard(str(sale.env.payload.get("sale_id")))
            self.receipts.discard(str(sale.env.payload.get("receipt_no")))
        times = [sale.env.device_time for sale in redo]
        self._read(
            sorted({sale.member_id for sale in redo if sale.member_id}), min(times), max(times)
        )
        out: list[_Sale] = []
        for sale in group:
            if sale.member_id not in stale:
                out.append(sale)
                continue
            env, device_result = self.batch[sale.index]
            planned = self._plan(sale.index, env, device_result)
            if planned is None:
                return None
            self.results[sale.index] = planned.answer
            out.append(planned)
        return out

    def _write(self) -> None:
        """Write the planned sales; if the database refuses them, apply each the other way."""
        group, self.group = self.group, []
        if not group:
            return
        session = self.session
        changed = self._lock()
        if changed:
            # Accounts changed between the read and the lock: their members' sales are
            # planned again, on what is read now that the rows are held.
            again = self._again(group, changed)
            if again is None:  # one of them must now go the per-command way: all do
                self.device.last_seq = self.group_seq
                self.fresh = False
                for sale in group:
                    self.results[sale.index] = self._new(sale.index)
                self._write()
                return
            group = again
            # Sales after this run (past a duplicate, say) read those members again.
            self.fresh = False
        set_aside(session, self.feed)
        tables = Tables()
        for sale in group:
            tables.add(sale.rows)
            if sale.member_id is None:
                continue
            if sale.points > 0:
                state = self.members[sale.member_id]
                tables.accounts[state.id] = (state.balance or 0, state.lifetime_earned)
            elif self.postgres:
                tables.touched.add(sale.member_id)  # a new row version all the same
        try:
            with session.begin_nested():
                write(session.connection(), tables, postgres=self.postgres)
        except REFUSED:
            # Something the checks did not foresee. The run's sales are applied again:
            # the per-command way, which refuses just the one the database refuses, until
            # one is refused; after it, the rest share a write again. Every time this
            # happens at least one more sale goes the per-command way, so it ends.
            self.device.last_seq = self.group_seq
            self.fresh = False
            self.slow_ran = True
            self.suspects = {sale.index for sale in group}
            for sale in group:
                self.results[sale.index] = self._new(sale.index)
            self._write()
            return
        if self.slow_ran:
            # Rows the per-command path loaded are behind what was just written.
            stale: list[Any] = [
                identity_key(m.PointAccount, (member_id,)) for member_id in tables.accounts
            ]
            stale += [identity_key(m.Member, (row["m_id"],)) for row in tables.members]
            for key in stale:
                held = session.identity_map.get(key)
                if held is not None:
                    session.expire(held)
        self.feed.update(feed_entries(tables))


def _command_row(env: Envelope, result: dict[str, Any], applied_at: datetime) -> dict[str, Any]:
    """The ``commands`` row of an applied command, as ``core.apply`` stores it."""
    return {
        "id": env.id,
        "kind": env.kind,
        "schema_version": env.schema_version,
        "device_id": env.device_id,
        "seq": env.seq,
        "store_code": env.store_code,
        "staff": env.staff,
        "device_time": env.device_time,
        "payload": env.payload,
        "result": result,
        "applied_at": applied_at,
        "sync_state": "remote",
    }


def _candidate(env: Envelope) -> bool:
    """Whether the set-based path may take this command (the plan may still decline)."""
    member = env.payload.get("member_id")
    return (
        env.kind == "record_sale"
        and env.schema_version == 1
        and (member is None or isinstance(member, str))
    )
