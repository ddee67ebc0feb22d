"""Applying a device's pushed batch, authoritatively and exactly once.

One database transaction per batch. The device's row is locked first, so two
pushes from the same device (a retry racing the original) run one after the
other. Each command is applied inside a savepoint with the same handler the
device used; its result is stored with its effects. A command the rules refuse
is stored as rejected, with its reason and an attention item, and still counts
as processed, so the device's queue never blocks behind it.

Ordinary sales (most of a till's batch) take the set-based path of
``server.push_batch``, which leaves exactly what this per-command path leaves;
``MEMBERDESK_PUSH_BATCH=0`` sends every command this way. The batch's changes
go to the feed once, at commit (``set_aside``).
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from core.apply import apply_envelope
from core.commands.base import Envelope, lookup
from core.commands.payloads import REDEMPTION_KINDS, MergeMembers, named_members
from core.db.models import AttentionItem, CommandRow, Member, Redemption, Sale, Store
from core.errors import DomainError, InvalidInput
from core.ids import derived_id
from server.auth import Principal
from server.feed import FEED_KEY
from server.models import DeviceRow, StaffAccount
from server.permissions import may_approve_override, may_command
from server.pg_arrays import text_array
from sync.protocol import MAX_BATCH, from_wire

# In a store these already happened: the server never refuses them for balance or
# stock; an overdraft becomes points debt and an attention item (DESIGN.md, Sync).
FACT_KINDS = frozenset({"record_sale", "refund_sale", "redeem_reward"})
# What a till's clerk did before the server disabled their account (the till still held
# their PIN) and the server keeps, with a ``staff_disabled`` item: the facts, and the
# enrolment of the member those facts may name (refused, it would refuse them too).
KEPT_FROM_DISABLED = FACT_KINDS | {"enrol_member"}
BATCH_ENV = "MEMBERDESK_PUSH_BATCH"

# The feed's changes not yet numbered: (table, key) -> (member id, store code).
Pending = dict[tuple[str, str], tuple[str | None, str | None]]


class SequenceGap(DomainError):
    code = "sequence_gap"
    template = "command number {got} arrived but {expected} was expected: resend from {expected}"


class CommandForbidden(DomainError):
    code = "forbidden"
    template = "{staff} ({role}) may not {kind}"


class UnknownStaff(DomainError):
    code = "unknown_staff"
    template = "no active staff account {staff!r}"


class StaffDisabled(DomainError):
    code = "staff_disabled"
    template = "staff account {staff!r} is disabled"


class OutOfScope(DomainError):
    code = "out_of_scope"
    template = "member {member} is outside this device's scope"


class HomeOutOfScope(DomainError):
    code = "out_of_scope"
    template = "home store {store} is outside this device's scope"


class WrongStore(DomainError):
    code = "wrong_store"
    template = "this device belongs to store {expected}, not {got}"


class StoredValueRefused(DomainError):
    code = "invalid_input"
    template = "the database refused a value of this command ({problem})"


class SequenceReused(DomainError):
    code = "sequence_reused"
    template = "command number {seq} was already used by another command"


@dataclass
class PushOutcome:
    results: list[dict[str, Any]] = field(default_factory=list)
    last_seq: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"results": self.results, "last_seq": self.last_seq}


def _parse_batch(body: Any, device_id: str) -> list[tuple[Envelope, dict[str, Any] | None]]:
    if not isinstance(body, dict) or not isinstance(body.get("commands"), list):
        raise InvalidInput(field="commands", problem="must be a list")
    commands = body["commands"]
    if len(commands) > MAX_BATCH:
        raise InvalidInput(field="commands", problem=f"at most {MAX_BATCH} per batch")
    parsed = [from_wire(raw, device_id) for raw in commands]
    for before, after in itertools.pairwise(parsed):
        if after[0].seq != before[0].seq + 1:
            raise InvalidInput(field="seq", problem="a batch must be numbered consecutively")
    return parsed


@dataclass(frozen=True)
class _Staff:
    role: str
    active: bool
    store_code: str | None
    region: str | None


class _Checks:
    """Authority checks of the server: staff role, the device's store and scope, overrides."""

    def __init__(self, session: Session, device: DeviceRow, stores: tuple[str, ...] | None):
        self.session = session
        self.device = device
        self.stores = stores
        self.staff: dict[str, _Staff | None] = {}
        self.regions: dict[str, str | None] = {}

    def account(self, username: str) -> _Staff | None:
        if username not in self.staff:
            row = self.session.get(StaffAccount, username)
            self.staff[username] = (
                None if row is None else _Staff(row.role, row.active, row.store_code, row.region)
            )
        return self.staff[username]

    def region(self, store: str | None) -> str | None:
        if store is None:
            return None
        if store not in self.regions:
            self.regions[store] = self.session.execute(
                select(Store.region).where(Store.code == store)
            ).scalar()
        return self.regions[store]

    def check(
        self, env: Envelope, homes: Mapping[str, str | None] | None = None
    ) -> list[dict[str, Any]]:
        """Refuse what the caller may not do; ``homes``: members' home stores already read.

        Returns what the command, once applied, raises for a person to look at (a disabled
        clerk's fact, an override nobody entitled gave); empty for an ordinary command.
        """
        lookup(env.kind, env.schema_version)  # an unknown kind says so before anything else
        notes: list[dict[str, Any]] = []
        role = "clerk"  # a command without a named person has the least authority
        if env.staff is not None:
            staff = self.account(env.staff)
            if staff is None:
                raise UnknownStaff(staff=env.staff)
            role = staff.role
            if not staff.active:
                if not (self.device.kind == "store" and env.kind in KEPT_FROM_DISABLED):
                    raise StaffDisabled(staff=env.staff)
                notes.append(self._staff_disabled(env, staff))
        if not may_command(role, env.kind):
            raise CommandForbidden(staff=env.staff or "a device", role=role, kind=env.kind)
        if self.device.kind == "store" and env.store_code != self.device.store_code:
            raise WrongStore(expected=self.device.store_code, got=env.store_code)
        self._check_scope(env, homes)
        override = self._override_unverified(env)
        if override is not None:
            notes.append(override)
        return notes

    def _check_scope(self, env: Envelope, homes: Mapping[str, str | None] | None) -> None:
        if self.stores is None:
            return
        # A member enrolled, or moved, to a home store outside the scope would leave it.
        home = env.payload.get("home_store")
        if env.kind == "enrol_member" and home is None:
            home = env.store_code  # the handler's default
        if (
            env.kind in ("enrol_member", "edit_profile")
            and isinstance(home, str)
            and home not in self.stores
        ):
            raise HomeOutOfScope(store=home)
        if env.kind == MergeMembers.kind:
            members = named_members(env.kind, env.payload)  # both must be in scope
        else:
            members = [m for m in (_member_of(self.session, env),) if m is not None]
        for member_id in members:
            if homes is not None and member_id in homes:
                home_store = homes[member_id]
            else:
                home_store = self.session.execute(
                    select(Member.home_store).where(Member.id == member_id)
                ).scalar()
            if home_store is not None and home_store not in self.stores:
                raise OutOfScope(member=member_id)

    def _staff_disabled(self, env: Envelope, staff: _Staff) -> dict[str, Any]:
        return {
            "id": derived_id(env.id, "attention/staff_disabled"),
            "kind": "staff_disabled",
            "command_id": env.id,
            "detail": {
                "command_kind": env.kind,
                "device_id": env.device_id,
                "store_code": env.store_code,
                "staff": env.staff,
                "role": staff.role,
            },
            "created_at": env.device_time,
        }

    def _override_unverified(self, env: Envelope) -> dict[str, Any] | None:
        """The attention item of an override whose approver may not give it (None: fine)."""
        override = env.payload.get("override")
        if not isinstance(override, dict) or not isinstance(override.get("staff"), str):
            return None  # none, or malformed: the handler's payload check refuses it
        approver = override["staff"]
        staff = self.account(approver)
        if staff is None:
            problem = "unknown_staff"
        elif not staff.active:
            problem = "staff_disabled"
        elif may_approve_override(
            staff.role, staff.store_code, staff.region, env.store_code, self.region(env.store_code)
        ):
            return None
        elif staff.role in ("store_manager", "regional_manager"):
            problem = "outside_scope"  # a manager, of another store or region
        else:
            problem = "may_not_approve"
        return {
            "id": derived_id(env.id, "attention/override_unverified"),
            "kind": "override_unverified",
            "command_id": env.id,
            "detail": {
                "command_kind": env.kind,
                "device_id": env.device_id,
                "store_code": env.store_code,
                "staff": env.staff,
                "approver": approver,
                "approver_role": None if staff is None else staff.role,
                "problem": problem,
                "reason": override.get("reason"),
            },
            "created_at": env.device_time,
        }


def _member_of(session: Session, env: Envelope) -> str | None:
    payload = env.payload
    member = payload.get("member_id")
    if isinstance(member, str):
        return member
    if env.kind == "refund_sale" and isinstance(payload.get("sale_id"), str):
        found = session.execute(select(Sale.member_id).where(Sale.id == payload["sale_id"]))
        return found.scalar()
    if env.kind in REDEMPTION_KINDS and isinstance(payload.get("redemption_id"), str):
        found = session.execute(
            select(Redemption.member_id).where(Redemption.id == payload["redemption_id"])
        )
        return found.scalar()
    return None


def push(
    session: Session,
    principal: Principal,
    body: Any,
    *,
    stores: tuple[str, ...] | None,
    now: datetime,
) -> PushOutcome:
    """Apply one batch inside the caller's transaction (which commits it)."""
    assert principal.device_id is not None
    device = session.get(DeviceRow, principal.device_id, with_for_update=True)
    assert device is not None
    batch = _parse_batch(body, device.id)
    checks = _Checks(session, device, stores)
    outcome = PushOutcome(last_seq=device.last_seq)
    feed: Pending = {}
    set_aside(session, feed)
    if batched():
        from server.push_batch import BatchPush

        outcome.results = BatchPush(session, device, checks, feed).run(batch)
    else:
        for env, device_result in batch:
            outcome.results.append(_one(session, device, checks, env, device_result, feed))
    # The batch's changes are numbered once, when it commits (see ``set_aside``).
    pending: Pending = session.info.setdefault(FEED_KEY, {})
    session.info[FEED_KEY] = {**feed, **pending}
    device.last_push_at = now
    outcome.last_seq = device.last_seq
    return outcome


def batched() -> bool:
    """Whether ordinary sales go the set-based way (``MEMBERDESK_PUSH_BATCH=0``: never)."""
    return os.environ.get(BATCH_ENV, "1") != "0"


def set_aside(session: Session, feed: Pending) -> None:
    """Move the changes noted so far out of the session, into the batch's own list.

    The feed numbers a transaction's changes when it commits, taking the clock row
    until the end of the transaction; a savepoint's release counts as a commit
    there. Left in the session, every command's savepoint would take the clock
    and hold it for the rest of the batch, so every other writer of the server
    would wait for the whole batch. Called at the end of each savepoint (and
    after a rejection is stored); ``push`` hands the list back before the commit.
    """
    session.flush()
    feed.update(session.info.pop(FEED_KEY, {}))


@dataclass(frozen=True)
class Known:
    """A command id the server has seen before: whose it was and what it answered."""

    device_id: str
    seq: int
    sync_state: str
    result: dict[str, Any]


def answer_known(device: DeviceRow, env: Envelope, existing: Known) -> dict[str, Any]:
    """The answer to a command id already stored: duplicate, rejected again, or a reused id."""
    if existing.device_id != device.id or existing.seq != env.seq:
        # The same id from elsewhere: never applied twice; this number is used up.
        return _counted(device, env, SequenceReused(seq=env.seq))
    if existing.sync_state == "rejected":
        return _answer(env, "rejected", error=existing.result.get("error"))
    return _answer(env, "duplicate", result=existing.result)


def next_in_sequence(device: DeviceRow, env: Envelope) -> dict[str, Any] | None:
    """None when ``env`` is the device's next number; a rejection for a number used up.

    A gap refuses the whole batch.
    """
    if env.seq <= device.last_seq:
        return _answer(env, "rejected", error=SequenceReused(seq=env.seq).as_dict())
    if env.seq != device.last_seq + 1:
        raise SequenceGap(expected=device.last_seq + 1, got=env.seq)
    return None


def _one(
    session: Session,
    device: DeviceRow,
    checks: _Checks,
    env: Envelope,
    device_result: dict[str, Any] | None,
    feed: Pending,
) -> dict[str, Any]:
    """One command the per-command way: its own savepoint, the handler through the ORM."""
    existing = session.get(CommandRow, env.id)
    if existing is not None:
        known = Known(existing.device_id, existing.seq, existing.sync_state, existing.result)
        return answer_known(device, env, known)
    used = next_in_sequence(device, env)
    if used is not None:
        return used
    device.last_seq = env.seq
    try:
        with session.begin_nested():
            notes = checks.check(env)
            facts = device.kind == "store" and env.kind in FACT_KINDS
            applied = apply_envelope(session, env, authority="server", facts=facts)
            mismatch = mismatch_values(env, applied.result, device_result)
            if mismatch is not None:
                session.add(AttentionItem(**mismatch))
            if notes:
                # Applied: its member exists now (an enrolment's too), if it names one.
                member = _member_of(session, env)
                if member is not None and not _exists(session, member):
                    member = None
                for note in notes:
                    session.add(AttentionItem(member_id=member, **note))
            _check_constraints_now(session)
            touch_accounts(session, named_members(env.kind, env.payload))
            set_aside(session, feed)
    except DomainError as err:
        _store_rejection(session, env, err, feed)
        return _answer(env, "rejected", error=err.as_dict())
    except (IntegrityError, DataError) as exc:
        # What the handlers did not foresee but the database refuses (a value too long
        # for its column, a reference to nothing, a number used twice) is this
        # command's fault, not the batch's: refused like any other rule.
        refused = StoredValueRefused(problem=type(exc.orig).__name__ if exc.orig else "refused")
        _store_rejection(session, env, refused, feed)
        return _answer(env, "rejected", error=refused.as_dict())
    return _answer(env, "applied", result=applied.result)


# A new version of each named account row, its figures unchanged (see ``touch_accounts``).
TOUCH_ACCOUNTS = text(
    "UPDATE point_accounts SET balance = balance WHERE member_id = ANY(CAST(:ids AS text[]))"
)


def touch_accounts(session: Session, member_ids: list[str]) -> None:
    """Give these members' account rows a new version, and hold them (PostgreSQL).

    The set-based path plans a batch's sales on what it read without locks, and then
    locks the accounts and checks that no row changed meanwhile (``server.push_batch``,
    "Locks"). A command that changed a member's qualifying events, lots or tier without
    changing the figures of the account would slip past that check; so every command
    applied here, and every run of sales written there, leaves its members' accounts with
    a new row version. SQLite runs one writer at a time and needs none of it.
    """
    ids = [v for v in member_ids if "\x00" not in v]  # no row has one
    if not ids or session.get_bind().dialect.name != "postgresql":
        return
    session.execute(TOUCH_ACCOUNTS, {"ids": text_array(ids)})


def _check_constraints_now(session: Session) -> None:
    """Check this command's deferred foreign keys inside its savepoint (PostgreSQL).

    SQLite can only check them at commit; there the handlers' own lookups must do.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.flush()
        session.execute(text("SET CONSTRAINTS ALL IMMEDIATE"))
        session.execute(text("SET CONSTRAINTS ALL DEFERRED"))


def _counted(device: DeviceRow, env: Envelope, err: DomainError) -> dict[str, Any]:
    if env.seq == device.last_seq + 1:
        device.last_seq = env.seq
    return _answer(env, "rejected", error=err.as_dict())


def mismatch_values(
    env: Envelope, result: dict[str, Any], device_result: dict[str, Any] | None
) -> dict[str, Any] | None:
    """Where the till printed other points than the server computes, the server's stand:
    the attention item that records both (None when they agree)."""
    if device_result is None or env.kind != "record_sale":
        return None
    printed = device_result.get("points_earned")
    if not isinstance(printed, int) or printed == result.get("points_earned"):
        return None
    return {
        "id": derived_id(env.id, "attention/mismatch"),
        "kind": "points_mismatch",
        "member_id": env.payload.get("member_id"),
        "command_id": env.id,
        "detail": {
            "device_points": printed,
            "server_points": result.get("points_earned"),
            "sale_id": result.get("sale_id"),
            "store_code": env.store_code,
        },
        "created_at": env.device_time,
    }


def _store_rejection(session: Session, env: Envelope, err: DomainError, feed: Pending) -> None:
    session.add(
        CommandRow(
            id=env.id,
            kind=env.kind[:32],
            schema_version=env.schema_version,
            device_id=env.device_id,
            seq=env.seq,
            store_code=env.store_code,
            staff=env.staff,
            device_time=env.device_time,
            payload=env.payload,
            result={"error": err.as_dict()},
            applied_at=env.device_time,
            sync_state="rejected",
        )
    )
    member = env.payload.get("member_id")
    session.add(
        AttentionItem(
            id=derived_id(env.id, "attention/rejected"),
            kind="rejected_command",
            member_id=member if isinstance(member, str) and _exists(session, member) else None,
            command_id=env.id,
            detail={
                "command_kind": env.kind,
                "device_id": env.device_id,
                "store_code": env.store_code,
                "staff": env.staff,
                "error": err.as_dict(),
            },
            created_at=env.device_time,
        )
    )
    set_aside(session, feed)


def _exists(session: Session, member_id: str) -> bool:
    return session.get(Member, member_id) is not None


def _answer(
    env: Envelope,
    status: str,
    *,
    result: dict[str, Any] | None = None,
    error: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return {"id": env.id, "seq": env.seq, "status": status, "result": result, "error": error}
