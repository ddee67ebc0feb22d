"""Applying commands: on a device (apply + outbox in one transaction) and anywhere else.

``execute`` is what a device's services call: it numbers the command with the
device's next sequence number, applies it provisionally and stores it as an
outbox row, all in one SQLite transaction. Any error rolls all of it back.

``apply_envelope`` applies a command made elsewhere (the server applying a
pushed command, authoritatively); the command id makes a replay a duplicate.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session, sessionmaker

import core.handlers  # noqa: F401  (registers every handler)
from core import clock
from core.commands.base import Authority, Context, Envelope, Payload, lookup
from core.db.direct import put, read, write_directly
from core.db.models import CommandRow, Setting
from core.errors import NotConfigured
from core.ids import new_id


@dataclass(frozen=True)
class Device:
    device_id: str
    store_code: str | None
    name: str


@dataclass(frozen=True)
class Applied:
    command_id: str
    kind: str
    seq: int
    status: Literal["applied", "duplicate"]
    result: dict[str, Any]


_SETTING = select(Setting.__table__.c.value).where(Setting.__table__.c.key == bindparam("key"))
_LAST_SEQ = select(func.max(CommandRow.__table__.c.seq)).where(
    CommandRow.__table__.c.device_id == bindparam("device_id")
)


def device_identity(session: Session) -> Device:
    v = read(session, _SETTING, {"key": "device"})
    if v is None:
        raise NotConfigured(what="this device")
    return Device(device_id=v["device_id"], store_code=v.get("store_code"), name=v.get("name", ""))


def set_device_identity(session: Session, device: Device) -> None:
    session.merge(
        Setting(
            key="device",
            value={
                "device_id": device.device_id,
                "store_code": device.store_code,
                "name": device.name,
            },
        )
    )


def next_seq(session: Session, device_id: str) -> int:
    last = read(session, _LAST_SEQ, {"device_id": device_id})
    return int(last or 0) + 1


def _run(
    session: Session,
    env: Envelope,
    payload: Payload,
    *,
    authority: Authority,
    facts: bool,
    sync_state: str,
) -> dict[str, Any]:
    row = CommandRow(
        id=env.id,
        kind=env.kind,
        schema_version=env.schema_version,
        device_id=env.device_id,
        seq=env.seq,
        store_code=env.store_code,
        staff=env.staff,
        device_time=env.device_time,
        payload=env.payload,
        result={},
        applied_at=clock.now(),
        sync_state=sync_state,
    )
    handler = lookup(env.kind, env.schema_version).handler
    row.result = handler(Context(session, env, authority=authority, facts=facts), payload)
    # Added last, with its result: foreign keys to it are checked at commit.
    put(session, row)
    session.flush()
    return row.result


def execute(
    factory: sessionmaker[Session],
    payload: Payload | Callable[[Session], Payload],
    *,
    staff: str | None = None,
    at: datetime | None = None,
    command_id: str | None = None,
) -> Applied:
    """Apply a command made on this device and queue it for upload, atomically.

    ``payload`` may be a function that builds it from the database (looking up the
    member a clerk scanned, say) inside the same transaction.
    """
    with factory() as session, session.begin():
        write_directly(session)
        if not isinstance(payload, Payload):
            payload = payload(session)
        device = device_identity(session)
        return queue(
            session,
            device,
            next_seq(session, device.device_id),
            payload,
            staff=staff,
            at=at,
            command_id=command_id,
        )


def queue(
    session: Session,
    device: Device,
    seq: int,
    payload: Payload,
    *,
    staff: str | None,
    at: datetime | None = None,
    command_id: str | None = None,
) -> Applied:
    """Apply ``payload`` as this device's command number ``seq`` and queue it for upload,
    inside the caller's transaction. A caller doing many (a bulk action, an import) wraps
    each in a savepoint and takes the next number only after one succeeded, so a refusal
    leaves no gap in the outbox."""
    env = Envelope(
        id=command_id or new_id(),
        kind=payload.kind,
        schema_version=payload.version,
        device_id=device.device_id,
        seq=seq,
        store_code=device.store_code,
        staff=staff,
        device_time=at or clock.now(),
        payload=payload.to_dict(),
    )
    result = _run(session, env, payload, authority="device", facts=False, sync_state="local")
    return Applied(env.id, env.kind, seq, "applied", result)


def apply_envelope(
    session: Session,
    env: Envelope,
    *,
    authority: Authority,
    facts: bool,
    sync_state: str = "remote",
) -> Applied:
    """Apply a command made elsewhere inside the caller's transaction; a replay is a duplicate.

    The caller should wrap this in a savepoint so that a refused command leaves
    nothing behind while the batch goes on.
    """
    existing = session.get(CommandRow, env.id)
    if existing is not None:
        return Applied(env.id, env.kind, existing.seq, "duplicate", existing.result)
    registered = lookup(env.kind, env.schema_version)
    payload = registered.payload.from_dict(env.payload)
    result = _run(session, env, payload, authority=authority, facts=facts, sync_state=sync_state)
    return Applied(env.id, env.kind, env.seq, "applied", result)
