"""Commands the server makes itself: scheduled jobs, bulk imports.

They go through the same handlers and the same ``commands`` table as a
device's, under a system pseudo-device per source (``system:jobs``,
``system:import``) whose row, locked for the transaction, numbers them, so two
API processes running the same job never collide on a sequence number.
"""

from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy.orm import Session

from core.apply import Applied, apply_envelope
from core.commands.base import Envelope, Payload
from core.commands.payloads import named_members
from core.ids import new_id
from server.auth import device_token_hash
from server.models import DeviceRow
from server.push import touch_accounts


def system_device(session: Session, source: str, now: datetime) -> DeviceRow:
    """The pseudo-device ``system:<source>``, created on first use, locked until commit."""
    device_id = f"system:{source}"
    device = session.get(DeviceRow, device_id, with_for_update=True)
    if device is None:
        device = DeviceRow(
            id=device_id,
            name=f"system {source}",
            kind="system",
            store_code=None,
            regions=["*"],
            # Nobody holds a token for it: it cannot sign in.
            token_hash=device_token_hash(secrets.token_urlsafe(32)),
            enrolled_by="system",
            enrolled_at=now,
            last_seq=0,
        )
        session.add(device)
        session.flush()
        device = session.get(DeviceRow, device_id, with_for_update=True)
        assert device is not None
    return device


def system_command(
    session: Session,
    payload: Payload,
    *,
    source: str,
    staff: str | None,
    now: datetime,
    store_code: str | None = None,
) -> Applied:
    """Apply a command made by the server inside the caller's transaction.

    Raises the handler's ``DomainError`` if the rules refuse it; callers that go on
    after a refusal wrap each call in ``session.begin_nested()``.
    """
    device = system_device(session, source, now)
    seq = device.last_seq + 1
    env = Envelope(
        id=new_id(),
        kind=payload.kind,
        schema_version=payload.version,
        device_id=device.id,
        seq=seq,
        store_code=store_code,
        staff=staff,
        device_time=now,
        payload=payload.to_dict(),
    )
    applied = apply_envelope(session, env, authority="server", facts=False, sync_state="acked")
    # What a tier evaluation changes leaves the account's figures as they were: the
    # set-based push must still see that the member changed (``touch_accounts``).
    touch_accounts(session, named_members(env.kind, env.payload))
    device.last_seq = seq
    return applied
