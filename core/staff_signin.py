"""Staff sign-in at a till with user + PIN, offline, from the store's cached staff list.

The central API keeps each account's PIN as an argon2 hash (``server/routes/staff.py``);
a store's till receives the sign-in cache of its store (``GET /v1/staff/signin-cache``,
fetched by ``sync/staff.py``) and stores it in ``settings["staff_cache"]``::

    {"version": "…", "store_code": "S001", "fetched_at": "2026-03-02T10:00:00",
     "staff": [{"username", "display_name", "role", "store_code", "region",
                "active", "pin_hash"}, …]}

Signing in checks the PIN against that cache, so it works without a network. Five
wrong PINs in a row for one user lock that user on this till for ``LOCKOUT``; the
count is kept in ``settings["staff_lockout"]`` so a restart does not reset it.

Who may use the POS (``POS_ROLES``) and who may allow an override
(``OVERRIDE_ROLES``) is decided here; the POS only asks.

``settings["pos"]`` (every key optional): ``idle_lock_minutes`` (default 5; the
screen locks after that long without a key or click) and ``refund_override_fen``
(default 50,000 = ¥500; a refund above it needs a manager's override).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from itertools import pairwise
from typing import Any, Final

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session, sessionmaker

from core.db.models import Setting
from core.errors import DomainError, InvalidInput, OverrideNeeded

CACHE_KEY: Final = "staff_cache"
LOCKOUT_KEY: Final = "staff_lockout"
POS_KEY: Final = "pos"

PIN_MIN: Final = 4
PIN_MAX: Final = 8
MAX_FAILURES: Final = 5
LOCKOUT: Final = timedelta(minutes=5)
DEFAULT_IDLE_LOCK_MINUTES: Final = 5
DEFAULT_REFUND_OVERRIDE_FEN: Final = 50_000

POS_ROLES: Final = frozenset({"clerk", "store_manager", "regional_manager", "admin"})
OVERRIDE_ROLES: Final = frozenset({"store_manager", "regional_manager", "admin"})

# OWASP's argon2id minimum (19 MiB, 2 passes): about 70 ms to check on a till, which a
# sign-in can afford; the server's password hashes are heavier.
_HASHER: Final = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


@cache
def _dummy_hash() -> str:
    # Made on first use, not at import: the POS starts without paying for it.
    return _HASHER.hash("00000000")


class SignInFailed(DomainError):
    """Unknown user, disabled account or wrong PIN: said the same, so names cannot be probed."""

    code = "signin_failed"
    template = "wrong user or PIN ({attempts_left} attempts left before a lockout)"


class SignInLocked(DomainError):
    code = "signin_locked"
    template = "too many wrong PINs for {username}; try again after {until}"


class PinNotSet(DomainError):
    code = "pin_not_set"
    template = "{username} has no PIN yet; set one on the central server first"


class NoStaffList(DomainError):
    code = "no_staff_list"
    template = "this till has no staff list yet; connect it to the server and sync"


class NotAllowedAtPos(DomainError):
    code = "staff_not_allowed"
    template = "{username} ({role}) may not use the checkout"


class NotAManager(DomainError):
    code = "override_not_allowed"
    template = "{username} ({role}) may not allow an override"


class RefundNeedsOverride(OverrideNeeded):
    """A refund above the till's threshold; a manager's override allows it."""

    code = "refund_needs_override"
    template = "a refund of {amount} fen is above {threshold} fen; a manager must allow it"


@dataclass(frozen=True)
class StaffMember:
    """One account of the sign-in cache (the PIN hash stays in the cache)."""

    username: str
    display_name: str
    role: str
    store_code: str | None = None
    region: str | None = None

    @property
    def may_override(self) -> bool:
        return self.role in OVERRIDE_ROLES


@dataclass(frozen=True)
class PosPolicy:
    idle_lock_minutes: int = DEFAULT_IDLE_LOCK_MINUTES
    refund_override_fen: int = DEFAULT_REFUND_OVERRIDE_FEN

    @classmethod
    def from_setting(cls, value: Any) -> PosPolicy:
        if value is None:
            return cls()
        if not isinstance(value, dict):
            raise InvalidInput(field="settings.pos", problem="must be an object")
        out: dict[str, int] = {}
        for name, low in (("idle_lock_minutes", 1), ("refund_override_fen", 0)):
            v = value.get(name, getattr(cls(), name))
            if isinstance(v, bool) or not isinstance(v, int) or v < low:
                raise InvalidInput(
                    field=f"settings.pos.{name}", problem=f"must be a whole number ≥ {low}"
                )
            out[name] = v
        return cls(**out)

    def to_setting(self) -> dict[str, int]:
        return {
            "idle_lock_minutes": self.idle_lock_minutes,
            "refund_override_fen": self.refund_override_fen,
        }


# --- PINs ----------------------------------------------------------------------------


def check_pin_strength(pin: str) -> None:
    """4–8 digits, not one digit repeated (0000) and not a straight run (1234, 9876)."""
    if not (pin.isascii() and pin.isdigit()) or not PIN_MIN <= len(pin) <= PIN_MAX:
        raise InvalidInput(field="pin", problem=f"{PIN_MIN}–{PIN_MAX} digits")
    steps = {int(b) - int(a) for a, b in pairwise(pin)}
    if steps == {0}:
        raise InvalidInput(field="pin", problem="too easy to guess: one digit repeated")
    if steps in ({1}, {-1}):
        raise InvalidInput(field="pin", problem="too easy to guess: digits in a row")


def hash_pin(pin: str) -> str:
    check_pin_strength(pin)
    return _HASHER.hash(pin)


def pin_matches(pin_hash: str | None, pin: str) -> bool:
    try:
        # An unknown user costs the same time as a wrong PIN: names cannot be probed.
        return _HASHER.verify(pin_hash or _dummy_hash(), pin) and pin_hash is not None
    except (VerificationError, InvalidHashError):
        return False


# --- settings -------------------------------------------------------------------------


def _value(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return None if row is None else row.value


def pos_policy(session: Session) -> PosPolicy:
    return PosPolicy.from_setting(_value(session, POS_KEY))


def set_pos_policy(session: Session, policy: PosPolicy) -> None:
    session.merge(Setting(key=POS_KEY, value=policy.to_setting()))


_FIELDS: Final = ("username", "display_name", "role", "store_code", "region", "active", "pin_hash")


def validate_cache(data: Any) -> dict[str, Any]:
    """The server's answer, checked before it replaces the cache; raises ``InvalidInput``."""
    if not isinstance(data, dict) or not isinstance(data.get("staff"), list):
        raise InvalidInput(field="staff_cache", problem="needs a staff list")
    if not isinstance(data.get("version"), str):
        raise InvalidInput(field="staff_cache.version", problem="must be a string")
    staff = []
    for entry in data["staff"]:
        if not isinstance(entry, dict) or not isinstance(entry.get("username"), str):
            raise InvalidInput(field="staff_cache.staff", problem="each needs a username")
        if not isinstance(entry.get("role"), str) or not isinstance(entry.get("active"), bool):
            raise InvalidInput(field="staff_cache.staff", problem="each needs a role and active")
        if entry.get("pin_hash") is not None and not isinstance(entry["pin_hash"], str):
            raise InvalidInput(field="staff_cache.staff", problem="pin_hash must be a string")
        staff.append({name: entry.get(name) for name in _FIELDS})
    return {
        "version": data["version"],
        "store_code": data.get("store_code"),
        "fetched_at": data.get("fetched_at"),
        "staff": staff,
    }


def cache_version(session: Session) -> str | None:
    value = _value(session, CACHE_KEY)
    return value.get("version") if isinstance(value, dict) else None


def save_cache(session: Session, data: Any, fetched_at: datetime) -> dict[str, Any]:
    """Replace the sign-in cache with the server's answer (checked first)."""
    value = validate_cache({**data, "fetched_at": fetched_at.isoformat(timespec="seconds")})
    session.merge(Setting(key=CACHE_KEY, value=value))
    return value


def has_cache(session: Session) -> bool:
    return isinstance(_value(session, CACHE_KEY), dict)


def _entry(session: Session, username: str) -> dict[str, Any] | None:
    value = _value(session, CACHE_KEY)
    if not isinstance(value, dict):
        raise NoStaffList()
    wanted = username.strip().casefold()
    for entry in value.get("staff", []):
        if isinstance(entry, dict) and str(entry.get("username", "")).casefold() == wanted:
            return entry
    return None


def _member(entry: dict[str, Any]) -> StaffMember:
    return StaffMember(
        username=str(entry["username"]),
        display_name=str(entry.get("display_name") or entry["username"]),
        role=str(entry["role"]),
        store_code=entry.get("store_code"),
        region=entry.get("region"),
    )


# --- signing in --------------------------------------------------------------------------


def _lockouts(session: Session) -> dict[str, Any]:
    value = _value(session, LOCKOUT_KEY)
    return dict(value) if isinstance(value, dict) else {}


def _locked_until(session: Session, username: str, now: datetime) -> datetime | None:
    state = _lockouts(session).get(username)
    if not isinstance(state, dict) or not isinstance(state.get("locked_until"), str):
        return None
    until = datetime.fromisoformat(state["locked_until"])
    return until if until > now else None


def _count_failure(session: Session, username: str, now: datetime) -> int:
    """One more wrong PIN; returns the attempts left (0: locked now)."""
    lockouts = _lockouts(session)
    state = lockouts.get(username)
    failures = (int(state.get("failures", 0)) if isinstance(state, dict) else 0) + 1
    if failures >= MAX_FAILURES:
        until = (now + LOCKOUT).isoformat(timespec="seconds")
        lockouts[username] = {"failures": 0, "locked_until": until}
        left = 0
    else:
        lockouts[username] = {"failures": failures, "locked_until": None}
        left = MAX_FAILURES - failures
    session.merge(Setting(key=LOCKOUT_KEY, value=json.loads(json.dumps(lockouts))))
    return left


def _clear_failures(session: Session, username: str) -> None:
    lockouts = _lockouts(session)
    if lockouts.pop(username, None) is not None:
        session.merge(Setting(key=LOCKOUT_KEY, value=lockouts))


def sign_in(
    factory: sessionmaker[Session],
    username: str,
    pin: str,
    now: datetime,
    *,
    manager: bool = False,
) -> StaffMember:
    """Check user + PIN against this till's cache; ``manager``: also someone who may
    allow an override. A wrong PIN is counted (in its own transaction) even though the
    sign-in is refused; the fifth in a row locks the user on this till for ``LOCKOUT``."""
    name = username.strip()
    if not name or len(name) > 64:
        raise InvalidInput(field="user", problem="type the user name")
    with factory() as session, session.begin():
        entry = _entry(session, name)
        key = str(entry["username"]) if entry is not None else None
        if key is not None:
            until = _locked_until(session, key, now)
            if until is not None:
                raise SignInLocked(username=key, until=until.isoformat(timespec="minutes"))
        pin_hash = None
        if entry is not None and entry.get("active") is True:
            if entry.get("pin_hash") is None:
                raise PinNotSet(username=key)
            pin_hash = entry["pin_hash"]
        good = pin_matches(pin_hash, pin)
        if not good:
            left = _count_failure(session, key, now) if key is not None else MAX_FAILURES
            if left == 0 and key is not None:
                until = now + LOCKOUT
                failure: DomainError = SignInLocked(
                    username=key, until=until.isoformat(timespec="minutes")
                )
            else:
                failure = SignInFailed(attempts_left=left)
        else:
            assert entry is not None and key is not None
            _clear_failures(session, key)
            member = _member(entry)
            if member.role not in POS_ROLES:
                raise NotAllowedAtPos(username=member.username, role=member.role)
            if manager and not member.may_override:
                raise NotAManager(username=member.username, role=member.role)
            return member
    # Raised after the commit: the failure count must stick.
    raise failure
