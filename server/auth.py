"""Staff sign-in (argon2 hashes, lockout, access and refresh tokens) and device credentials.

Access tokens are short-lived signed JWTs (HS256) whose key lives in the
database, so any number of API processes can check them without shared memory.
Refresh tokens and device tokens are random strings of which only the SHA-256
is stored; a refresh token is replaced on every use, a device can be revoked.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.db.models import Store
from core.errors import DomainError, InvalidInput
from server.models import DeviceRow, RefreshToken, ServerSetting, StaffAccount
from server.permissions import ROLES, regions_of

ACCESS_TTL = timedelta(minutes=15)
REFRESH_TTL = timedelta(days=30)
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
_HASHER = PasswordHasher()


class AuthFailed(DomainError):
    code = "unauthorized"
    template = "wrong user name or password"


class NotAuthenticated(DomainError):
    code = "unauthorized"
    template = "sign in first: {reason}"


class AccountLocked(DomainError):
    code = "account_locked"
    template = "too many failed sign-ins; try again after {until}"


class Forbidden(DomainError):
    code = "forbidden"
    template = "{who} may not {action}"


@dataclass(frozen=True)
class Principal:
    """Who is calling: a signed-in staff member or an enrolled device."""

    kind: str  # staff | device
    name: str
    role: str
    store_code: str | None
    regions: tuple[str, ...]
    device_id: str | None = None
    device_kind: str | None = None

    @property
    def everywhere(self) -> bool:
        return "*" in self.regions


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def check_password_strength(password: str) -> None:
    if len(password) < 8:
        raise InvalidInput(field="password", problem="at least 8 characters")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def signing_key(session: Session) -> str:
    row = session.get(ServerSetting, "token_key")
    if row is None:
        row = ServerSetting(key="token_key", value={"key": secrets.token_urlsafe(48)})
        session.add(row)
        session.flush()
    return str(row.value["key"])


def create_staff(
    session: Session,
    username: str,
    password: str,
    role: str,
    *,
    now: datetime,
    display_name: str | None = None,
    store_code: str | None = None,
    region: str | None = None,
) -> StaffAccount:
    username = username.strip()
    if not username or len(username) > 64 or any(c.isspace() for c in username):
        raise InvalidInput(field="username", problem="1–64 characters, no spaces")
    if role not in ROLES:
        raise InvalidInput(field="role", problem=f"must be one of {', '.join(ROLES)}")
    check_password_strength(password)
    if session.get(StaffAccount, username) is not None:
        raise InvalidInput(field="username", problem="already taken")
    if role in ("clerk", "store_manager"):
        if not store_code or session.get(Store, store_code) is None:
            raise InvalidInput(field="store_code", problem="a clerk or store manager needs a store")
        region = session.get(Store, store_code).region  # type: ignore[union-attr]
    if role == "regional_manager" and not region:
        raise InvalidInput(field="region", problem="a regional manager needs a region")
    account = StaffAccount(
        username=username,
        display_name=display_name or username,
        password_hash=hash_password(password),
        role=role,
        store_code=store_code,
        region=region,
        active=True,
        failed_logins=0,
        created_at=now,
    )
    session.add(account)
    session.flush()
    return account


def login(session: Session, username: str, password: str, now: datetime) -> StaffAccount:
    """Check a password; five failures in a row lock the account for fifteen minutes."""
    account = session.get(StaffAccount, username, with_for_update=True)
    if account is None or not account.active:
        # Spend the same time as a real check, so names cannot be probed by timing.
        _verify(_DUMMY_HASH, password)
        raise AuthFailed()
    if account.locked_until is not None and account.locked_until > now:
        raise AccountLocked(until=account.locked_until.isoformat(timespec="minutes"))
    if not _verify(account.password_hash, password):
        raise AuthFailed()
    account.failed_logins = 0
    account.locked_until = None
    return account


def record_failure(session: Session, username: str, now: datetime) -> None:
    """Count a failed sign-in (in its own transaction); the fifth in a row locks the account."""
    account = session.get(StaffAccount, username, with_for_update=True)
    if account is None:
        return
    account.failed_logins += 1
    if account.failed_logins >= MAX_FAILURES:
        account.locked_until = now + LOCKOUT
        account.failed_logins = 0


def _verify(hashed: str, password: str) -> bool:
    try:
        return _HASHER.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


_DUMMY_HASH = _HASHER.hash("not a real password")


def staff_principal(account: StaffAccount) -> Principal:
    return Principal(
        kind="staff",
        name=account.username,
        role=account.role,
        store_code=account.store_code,
        regions=tuple(regions_of(account.role, account.region)),
    )


def issue_tokens(session: Session, account: StaffAccount, now: datetime) -> dict[str, Any]:
    claims = {
        "sub": account.username,
        "role": account.role,
        "store": account.store_code,
        "region": account.region,
        "typ": "access",
        "iat": int(now.timestamp()),
        "exp": int((now + ACCESS_TTL).timestamp()),
    }
    access = jwt.encode(claims, signing_key(session), algorithm="HS256")
    refresh = secrets.token_urlsafe(32)
    session.add(
        RefreshToken(
            token_hash=_digest(refresh), username=account.username, expires_at=now + REFRESH_TTL
        )
    )
    return {
        "access_token": access,
        "refresh_token": refresh,
        "token_type": "bearer",
        "expires_in": int(ACCESS_TTL.total_seconds()),
    }


def refresh_tokens(session: Session, refresh: str, now: datetime) -> dict[str, Any]:
    row = session.get(RefreshToken, _digest(refresh), with_for_update=True)
    if row is None or row.revoked_at is not None or row.expires_at <= now:
        raise NotAuthenticated(reason="the refresh token is unknown, used or expired")
    row.revoked_at = now
    account = session.get(StaffAccount, row.username)
    if account is None or not account.active:
        raise NotAuthenticated(reason="the account is disabled")
    return issue_tokens(session, account, now)


def principal_from_token(session: Session, token: str, now: datetime) -> Principal:
    """A bearer token is either a staff access token (a JWT) or a device token."""
    if token.startswith(DEVICE_PREFIX):
        return _device_principal(session, token)
    try:
        claims = jwt.decode(
            token,
            signing_key(session),
            algorithms=["HS256"],
            # Expiry is checked against the server's clock below, the one that issued it.
            options={"require": ["exp", "sub"], "verify_exp": False, "verify_iat": False},
        )
    except jwt.PyJWTError:
        raise NotAuthenticated(reason="the token is not valid") from None
    if not isinstance(claims.get("exp"), int) or claims["exp"] < now.timestamp() - 5:
        raise NotAuthenticated(reason="the access token expired")
    if claims.get("typ") != "access":
        raise NotAuthenticated(reason="not an access token")
    account = session.get(StaffAccount, claims["sub"])
    if account is None or not account.active:
        raise NotAuthenticated(reason="the account is disabled")
    return staff_principal(account)


def token_expiry(token: str) -> float | None:
    """When an already verified bearer token stops being valid (POSIX seconds; None: a
    device token, which lasts until it is revoked)."""
    if token.startswith(DEVICE_PREFIX):
        return None
    exp = jwt.decode(token, options={"verify_signature": False}).get("exp")
    # The same five seconds of leeway as ``principal_from_token``.
    return float(exp) + 5 if isinstance(exp, int) else 0.0


# --- devices ------------------------------------------------------------------

DEVICE_PREFIX = "mdd_"


def new_device_token() -> str:
    return DEVICE_PREFIX + secrets.token_urlsafe(32)


def device_token_hash(token: str) -> str:
    return _digest(token)


def _device_principal(session: Session, token: str) -> Principal:
    device = session.execute(
        select(DeviceRow).where(DeviceRow.token_hash == _digest(token))
    ).scalar_one_or_none()
    if device is None:
        raise NotAuthenticated(reason="unknown device token")
    if device.revoked_at is not None:
        raise NotAuthenticated(reason="this device was revoked")
    return device_principal(device)


def device_principal(device: DeviceRow) -> Principal:
    return Principal(
        kind="device",
        name=device.name,
        role="device",
        store_code=device.store_code,
        regions=tuple(device.regions),
        device_id=device.id,
        device_kind=device.kind,
    )
