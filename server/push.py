"""Applying a device's pushed batch, authoritatively and exactly once.

One database transaction per batch. The device's row is locked first, so two
pushes from the same device (a retry racing the original) run one after the
other. Each command is applied inside a savepoint with the same handler the
device used; its result is stored with its effects. A command the rules refuse
is stored as rejected, with its reason and an attention item, and still counts
as processed, so the device's queue never blocks behind it.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from core.apply import apply_envelope
from core.commands.base import Envelope, lookup
from core.db.models import AttentionItem, CommandRow, Member, Redemption, Sale
from core.errors import DomainError, InvalidInput
from core.ids import derived_id
from server.auth import Principal
from server.models import DeviceRow, StaffAccount
from server.permissions import may_command
from sync.protocol import MAX_BATCH, from_wire

# In a store these already happened: the server never refuses them for balance or
# stock; an overdraft becomes points debt and an attention item (DESIGN.md, Sync).
FACT_KINDS = frozenset({"record_sale", "refund_sale", "redeem_reward"})


class SequenceGap(DomainError):
    code = "sequence_gap"
    template = "command number {got} arrived but {expected} was expected: resend from {expected}"


class CommandForbidden(DomainError):
    code = "forbidden"
    template = "{staff} ({role}) may not {kind}"


class UnknownStaff(DomainError):
    code = "unknown_staff"
    template = "no active staff account {staff!r}"


class OutOfScope(DomainError):
    code = "out_of_scope"
    template = "member {member} is outside this device's scope"


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


class _Checks:
    """Authority checks of the server: staff role, the device's store and scope."""

    def __init__(self, session: Session, device: DeviceRow, stores: tuple[str, ...] | None):
        self.session = session
        self.device = device
        self.stores = stores
        self.roles: dict[str, str | None] = {}

    def role(self, staff: str | None) -> str:
        if staff is None:
            # A command without a named person has the least authority.
            return "clerk"
        if staff not in self.roles:
            account = self.session.get(StaffAccount, staff)
            self.roles[staff] = account.role if account is not None and account.active else None
        role = self.roles[staff]
        if role is None:
            raise UnknownStaff(staff=staff)
        return role

    def check(self, env: Envelope) -> None:
        lookup(env.kind, env.schema_version)  # an unknown kind says so before anything else
        role = self.role(env.staff)
        if not may_command(role, env.kind):
            raise CommandForbidden(staff=env.staff or "a device", role=role, kind=env.kind)
        if self.device.kind == "store" and env.store_code != self.device.store_code:
            raise WrongStore(expected=self.device.store_code, got=env.store_code)
        if self.stores is None:
            return
        member_id = _member_of(self.session, env)
        if member_id is None:
            home = env.payload.get("home_store")
            if env.kind == "enrol_member" and home is not None and home not in self.stores:
                raise OutOfScope(member=env.payload.get("member_id"))
            return
        home_store = self.session.execute(
            select(Member.home_store).where(Member.id == member_id)
        ).scalar()
        if home_store is not None and home_store not in self.stores:
            raise OutOfScope(member=member_id)


def _member_of(session: Session, env: Envelope) -> str | None:
    payload = env.payload
    member = payload.get("member_id")
    if isinstance(member, str):
        return member
    if env.kind == "refund_sale" and isinstance(payload.get("sale_id"), str):
        found = session.execute(select(Sale.member_id).where(Sale.id == payload["sale_id"]))
        return found.scalar()
    if env.kind == "cancel_redemption" and isinstance(payload.get("redemption_id"), str):
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
    for env, device_result in batch:
        outcome.results.append(_one(session, device, checks, env, device_result))
    device.last_push_at = now
    outcome.last_seq = device.last_seq
    return outcome


def _one(
    session: Session,
    device: DeviceRow,
    checks: _Checks,
    env: Envelope,
    device_result: dict[str, Any] | None,
) -> dict[str, Any]:
    existing = session.get(CommandRow, env.id)
    if existing is not None:
        if existing.device_id != device.id or existing.seq != env.seq:
            # The same id from elsewhere: never applied twice; this number is used up.
            return _counted(device, env, SequenceReused(seq=env.seq))
        if existing.sync_state == "rejected":
            return _answer(env, "rejected", error=existing.result.get("error"))
        return _answer(env, "duplicate", result=existing.result)
    if env.seq <= device.last_seq:
        return _answer(env, "rejected", error=SequenceReused(seq=env.seq).as_dict())
    if env.seq != device.last_seq + 1:
        raise SequenceGap(expected=device.last_seq + 1, got=env.seq)
    device.last_seq = env.seq
    try:
        with session.begin_nested():
            checks.check(env)
            facts = device.kind == "store" and env.kind in FACT_KINDS
            applied = apply_envelope(session, env, authority="server", facts=facts)
            _compare(session, env, applied.result, device_result)
            _check_constraints_now(session)
    except DomainError as err:
        _store_rejection(session, env, err)
        return _answer(env, "rejected", error=err.as_dict())
    except (IntegrityError, DataError) as exc:
        # What the handlers did not foresee but the database refuses (a value too long
        # for its column, a reference to nothing, a number used twice) is this
        # command's fault, not the batch's: refused like any other rule.
        refused = StoredValueRefused(problem=type(exc.orig).__name__ if exc.orig else "refused")
        _store_rejection(session, env, refused)
        return _answer(env, "rejected", error=refused.as_dict())
    return _answer(env, "applied", result=applied.result)


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


def _compare(
    session: Session, env: Envelope, result: dict[str, Any], device_result: dict[str, Any] | None
) -> None:
    """Where the till printed other points than the server computes, the server's stand."""
    if device_result is None or env.kind != "record_sale":
        return
    printed = device_result.get("points_earned")
    if isinstance(printed, int) and printed != result.get("points_earned"):
        session.add(
            AttentionItem(
                id=derived_id(env.id, "attention/mismatch"),
                kind="points_mismatch",
                member_id=env.payload.get("member_id"),
                command_id=env.id,
                detail={
                    "device_points": printed,
                    "server_points": result.get("points_earned"),
                    "sale_id": result.get("sale_id"),
                    "store_code": env.store_code,
                },
                created_at=env.device_time,
            )
        )


def _store_rejection(session: Session, env: Envelope, err: DomainError) -> None:
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
    session.flush()


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
