"""Offline spending bounds: what a device may spend before the server has confirmed it.

DESIGN.md (Sync, offline redemption): a device may spend points (as cash in a
sale, or on a points-mall reward) only up to the member's last confirmed
balance minus what this device has already spent offline, and only while its
last successful sync is recent enough. Beyond that a manager's override
(``core.commands.payloads.Override``: staff id and reason) is required; it is
recorded in the command's payload and the bounds are not checked.

What counts:

* **confirmed**: ``core.ledger.Balances.confirmed``, the balance minus the net
  points of this device's commands the server has not acknowledged
  (``sync_state = 'local'``);
* **spent offline**: the net points of those same unacknowledged commands'
  spend, redeem and return entries (earning does not add to what may be spent
  before the server has seen it), never below zero;
* **last successful sync**: ``settings["sync"]["last_success_at"]``, an ISO
  time written by the sync engine (``sync/service.py``, at the end of a full
  push, pull and refresh); with an offset it is converted to business time,
  without one it is business time already (``core.clock``).

Policy, ``settings["offline"]`` (every key optional)::

    {"enforce": true, "max_sync_age_hours": 24}

``max_sync_age_hours: null`` keeps the balance bound but drops the age limit;
``enforce: false`` turns both off (a back-office copy that is never offline).

A **standalone** device, never enrolled for sync (no server in
``settings["device"]`` and no ``settings["sync"]``; ``device setup`` writes
both), is not bounded: nothing it does is ever uploaded, so every command of it stays
unacknowledged and its "confirmed" balance would mean nothing; its own
database is the source of truth.

The check runs inside the command's transaction, before anything is written,
and raises ``SyncTooOld``, ``NeverSynced`` or ``OfflineLimitExceeded``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core import clock
from core.commands.payloads import Override
from core.db.models import CommandRow, Member, PointAccount, PointEntry, Setting
from core.errors import InvalidInput, NeverSynced, OfflineLimitExceeded, SyncTooOld
from core.ledger import available_points, balances

DEFAULT_MAX_SYNC_AGE_HOURS = 24

# Ledger entries that spend points or give spent points back.
SPENDING_KINDS = ("spend", "redeem", "spend_return", "redeem_return")


@dataclass(frozen=True)
class OfflinePolicy:
    """``settings["offline"]``; ``max_sync_age_hours=None`` means no age limit."""

    enforce: bool = True
    max_sync_age_hours: int | None = DEFAULT_MAX_SYNC_AGE_HOURS

    @classmethod
    def from_setting(cls, value: Any) -> OfflinePolicy:
        if value is None:
            return cls()
        if not isinstance(value, dict):
            raise InvalidInput(field="settings.offline", problem="must be an object")
        enforce = value.get("enforce", True)
        if not isinstance(enforce, bool):
            raise InvalidInput(field="settings.offline.enforce", problem="must be true or false")
        hours = value.get("max_sync_age_hours", DEFAULT_MAX_SYNC_AGE_HOURS)
        if hours is not None and (isinstance(hours, bool) or not isinstance(hours, int)):
            raise InvalidInput(
                field="settings.offline.max_sync_age_hours", problem="must be whole hours or null"
            )
        if hours is not None and hours < 0:
            raise InvalidInput(
                field="settings.offline.max_sync_age_hours", problem="must not be negative"
            )
        return cls(enforce=enforce, max_sync_age_hours=hours)

    def to_setting(self) -> dict[str, Any]:
        return {"enforce": self.enforce, "max_sync_age_hours": self.max_sync_age_hours}


@dataclass(frozen=True)
class OfflineAllowance:
    """What one member may spend on this device now, and why (for a clerk's screen)."""

    # False: standalone device or bounds switched off; the figures below still hold.
    bounded: bool
    confirmed: int
    spent_offline: int
    last_success_at: datetime | None
    # Whole hours since the last successful sync, rounded up; None = never synced.
    sync_age_hours: int | None
    max_sync_age_hours: int | None

    @property
    def spendable(self) -> int:
        """Points that may still be spent here without an override (ignoring sync age)."""
        return max(0, self.confirmed - self.spent_offline)

    @property
    def sync_too_old(self) -> bool:
        if not self.bounded or self.max_sync_age_hours is None:
            return False
        return self.sync_age_hours is None or self.sync_age_hours > self.max_sync_age_hours


def _setting(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return None if row is None else row.value


def is_enrolled(session: Session) -> bool:
    """Whether this device was set up to sync with a server (else it is standalone)."""
    device = _setting(session, "device")
    if isinstance(device, dict) and (device.get("server_url") or device.get("server")):
        return True
    return session.get(Setting, "sync") is not None


def policy(session: Session) -> OfflinePolicy:
    """The configured policy (defaults when ``settings["offline"]`` is absent)."""
    return OfflinePolicy.from_setting(_setting(session, "offline"))


def set_policy(session: Session, value: OfflinePolicy) -> None:
    session.merge(Setting(key="offline", value=value.to_setting()))


def is_bounded(session: Session) -> bool:
    """Whether spending on this device is bounded at all."""
    return is_enrolled(session) and policy(session).enforce


def parse_time(text: Any) -> datetime | None:
    """An ISO time as naive business time; None for anything that is not one."""
    if not isinstance(text, str):
        return None
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        return None
    if at.tzinfo is not None:
        at = at.astimezone(clock.zone()).replace(tzinfo=None)
    return at


def last_success_at(session: Session) -> datetime | None:
    """When the sync engine last finished a full cycle (None: never, or not recorded)."""
    sync = _setting(session, "sync")
    return parse_time(sync.get("last_success_at")) if isinstance(sync, dict) else None


def sync_age_hours(last: datetime | None, now: datetime) -> int | None:
    """Whole hours since ``last``, rounded up (24 h and one second is 25); None if never."""
    if last is None:
        return None
    # A clock set back puts the last sync in the future: that counts as just synced.
    seconds = max(0.0, (now - last).total_seconds())
    return math.ceil(seconds / 3600)


def spent_offline(session: Session, member_id: str) -> int:
    """Points this device spent for the member in commands the server has not acknowledged."""
    net = session.execute(
        select(func.coalesce(func.sum(PointEntry.points), 0))
        .join(CommandRow, CommandRow.id == PointEntry.command_id)
        .where(
            PointEntry.member_id == member_id,
            PointEntry.kind.in_(SPENDING_KINDS),
            CommandRow.sync_state == "local",
        )
    ).scalar_one()
    return max(0, -int(net))


def allowance(session: Session, member_id: str, now: datetime) -> OfflineAllowance:
    """The member's offline allowance on this device at ``now``."""
    rules = policy(session)
    last = last_success_at(session)
    return OfflineAllowance(
        bounded=is_enrolled(session) and rules.enforce,
        confirmed=balances(session, member_id, now).confirmed,
        spent_offline=spent_offline(session, member_id),
        last_success_at=last,
        sync_age_hours=sync_age_hours(last, now),
        max_sync_age_hours=rules.max_sync_age_hours,
    )


def _refused_anyway(session: Session, member: Member, points: int, now: datetime) -> bool:
    # What no override could allow (a closed membership, a frozen account, points the
    # member does not have) is for the command's handler to refuse in its own words:
    # asking for a manager first would send the clerk the wrong way.
    if member.status != "active":
        return True
    account = session.get(PointAccount, member.id)
    if account is None or account.frozen:
        return True
    return points > available_points(session, member.id, now)


def check_spend(
    session: Session,
    member: Member,
    points: int,
    now: datetime,
    override: Override | None,
) -> None:
    """Refuse spending ``points`` beyond the offline bounds, unless a manager overrode them.

    Called in the command's transaction before it writes anything; raises
    ``NeverSynced``, ``SyncTooOld`` or ``OfflineLimitExceeded``.
    """
    if points <= 0 or override is not None or not is_bounded(session):
        return
    if _refused_anyway(session, member, points, now):
        return
    found = allowance(session, member.id, now)
    if found.sync_too_old:
        if found.sync_age_hours is None:
            raise NeverSynced()
        raise SyncTooOld(
            age_hours=found.sync_age_hours,
            max_hours=found.max_sync_age_hours,
            last_success_at=found.last_success_at.isoformat() if found.last_success_at else None,
        )
    if points > found.spendable:
        raise OfflineLimitExceeded(
            code=member.code,
            confirmed=found.confirmed,
            spent_offline=found.spent_offline,
            allowed=found.spendable,
            requested=points,
        )
