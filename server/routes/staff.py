"""Staff accounts: who may sign in, with which role, for which store or region.

Only an admin manages them. A password hash never leaves the server; a new
password or a disabled account also ends the account's refresh tokens, and the
last active admin can be neither disabled nor demoted.

POS PINs: everyone sets their own with their password; an admin or the store
manager of a clerk's store resets it. A store's tills fetch the sign-in cache of
their store (PIN hashes included) and check PINs offline (``core/staff_signin.py``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictBool, StrictStr
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core.db.models import Store
from core.errors import InvalidInput
from core.staff_signin import check_pin_strength, hash_pin
from server import auth
from server.api import ERROR_RESPONSES, Caller, Conflict, NotFound, require, transaction
from server.api import now as server_now
from server.models import AuditEntry, RefreshToken, StaffAccount
from server.permissions import ROLES

router = APIRouter(prefix="/v1/staff", tags=["staff"])

STORE_ROLES = ("clerk", "store_manager")


def _printable(value: str) -> str:
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise ValueError("must not contain control characters")
    return value


def _name(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return _printable(value).strip()


Printable = AfterValidator(_printable)
Username = Annotated[StrictStr, Field(min_length=1, max_length=64), Printable]
DisplayName = Annotated[StrictStr, Field(min_length=1, max_length=100), AfterValidator(_name)]
Password = Annotated[StrictStr, Field(min_length=8, max_length=200), Printable]
Role = Annotated[StrictStr, Field(max_length=20, examples=list(ROLES))]
Code = Annotated[StrictStr, Field(min_length=1, max_length=16), Printable]


class StaffOut(BaseModel):
    username: str = Field(examples=["S001-clerk"])
    display_name: str = Field(examples=["王芳"])
    role: str = Field(examples=["clerk"])
    store_code: str | None = Field(examples=["S001"])
    region: str | None = Field(examples=["R01"])
    active: bool
    locked_until: datetime | None = Field(description="set while too many failed sign-ins lock it")
    created_at: datetime


class NewStaff(BaseModel):
    model_config = ConfigDict(extra="forbid")
    username: Username = Field(examples=["S001-clerk-2"])
    password: Password = Field(description="at least 8 characters")
    role: Role = Field(examples=["clerk"])
    display_name: DisplayName | None = Field(default=None, examples=["王芳"])
    store_code: Code | None = Field(
        default=None, description="clerks and store managers", examples=["S001"]
    )
    region: Code | None = Field(default=None, description="regional managers", examples=["R01"])


class StaffEdit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    display_name: DisplayName | None = None
    role: Role | None = Field(default=None, examples=["store_manager"])
    store_code: Code | None = Field(default=None, examples=["S002"])
    region: Code | None = Field(default=None, examples=["R02"])
    active: StrictBool | None = None
    password: Password | None = Field(default=None, description="a new password")
    unlock: StrictBool | None = Field(
        default=None, description="true: clear a lockout after failed sign-ins"
    )


def _out(account: StaffAccount, now: datetime) -> dict[str, Any]:
    locked = account.locked_until if account.locked_until and account.locked_until > now else None
    return {
        "username": account.username,
        "display_name": account.display_name,
        "role": account.role,
        "store_code": account.store_code,
        "region": account.region,
        "active": account.active,
        "locked_until": locked,
        "created_at": account.created_at,
    }


def _placement(
    session: Session, role: str, store_code: str | None, region: str | None
) -> tuple[str | None, str | None]:
    """Where a role works, checked: a store for store staff (its region follows), a known
    region for a regional manager, neither for head office."""
    if role not in ROLES:
        raise InvalidInput(field="role", problem=f"must be one of {', '.join(ROLES)}")
    if role in STORE_ROLES:
        store = session.get(Store, store_code) if store_code else None
        if store is None:
            raise InvalidInput(field="store_code", problem="a clerk or store manager needs a store")
        if region is not None and region != store.region:
            raise InvalidInput(
                field="region", problem=f"follows the store: {store.code} is in {store.region}"
            )
        return store.code, store.region
    if store_code is not None:
        raise InvalidInput(field="store_code", problem=f"a {role} does not belong to a store")
    if role == "regional_manager":
        known = region and session.execute(select(Store.code).where(Store.region == region))
        if not known or known.first() is None:
            raise InvalidInput(field="region", problem="a regional manager needs a known region")
        return None, region
    if region is not None:
        raise InvalidInput(field="region", problem=f"a {role} works for every region")
    return None, None


def _audit(session: Session, now: datetime, actor: str, action: str, **detail: Any) -> None:
    session.add(AuditEntry(at=now, actor=actor, action=action, detail=detail))


@contextmanager
def _edit(request: Request) -> Iterator[Session]:
    try:
        with transaction(request) as session:
            yield session
    except IntegrityError:
        raise Conflict(problem="changed by another request at the same time; try again") from None


EDIT: dict[int | str, dict[str, Any]] = {
    403: ERROR_RESPONSES[403],
    404: ERROR_RESPONSES[404],
    422: ERROR_RESPONSES[422],
}


@router.get("", response_model=list[StaffOut], responses={401: ERROR_RESPONSES[401], **EDIT})
def list_staff(request: Request, caller: Caller) -> list[dict[str, Any]]:
    """Every staff account, by user name."""
    require(caller, "staff.manage")
    now = server_now(request)
    with transaction(request) as session:
        accounts = session.execute(select(StaffAccount).order_by(StaffAccount.username))
        return [_out(a, now) for a in accounts.scalars()]


@router.post(
    "",
    response_model=StaffOut,
    status_code=201,
    responses={409: {"description": "the user name was taken meanwhile"}, **EDIT},
)
def create(request: Request, body: NewStaff, caller: Caller) -> dict[str, Any]:
    """Create a staff account: a clerk or store manager for a store, a regional manager for a
    region, back office or admin for the whole chain."""
    require(caller, "staff.manage")
    now = server_now(request)
    with _edit(request) as session:
        store_code, region = _placement(session, body.role, body.store_code, body.region)
        account = auth.create_staff(
            session,
            body.username,
            body.password,
            body.role,
            now=now,
            display_name=body.display_name,
            store_code=store_code,
            region=region,
        )
        out = _out(account, now)
        _audit(
            session,
            now,
            caller.name,
            "staff.create",
            username=account.username,
            role=account.role,
            store_code=store_code,
            region=region,
        )
        return out


def _locked_account(session: Session, username: str) -> StaffAccount:
    """The account, locked for this edit; a name that cannot be an account is not found."""
    account = (
        session.get(StaffAccount, username, with_for_update=True)
        if 0 < len(username) <= 64 and username.isprintable()
        else None
    )
    if account is None:
        raise NotFound(what="staff account", key=username)
    return account


def _active_admins(session: Session) -> int:
    # Locked, so two admins cannot demote each other at the same time (PostgreSQL).
    names = session.execute(
        select(StaffAccount.username)
        .where(StaffAccount.role == "admin", StaffAccount.active.is_(True))
        .order_by(StaffAccount.username)
        .with_for_update()
    ).all()
    return len(names)


@router.patch("/{username}", response_model=StaffOut, responses=EDIT)
def edit(request: Request, username: str, body: StaffEdit, caller: Caller) -> dict[str, Any]:
    """Change an account: role, store or region (checked as at creation), display name,
    ``active`` on or off, a new ``password``, or ``unlock: true`` after failed sign-ins."""
    require(caller, "staff.manage")
    now = server_now(request)
    given = body.model_fields_set
    for name in ("role", "display_name", "active", "password", "unlock"):
        if name in given and getattr(body, name) is None:
            raise InvalidInput(field=name, problem="may not be null")
    if not given:
        raise InvalidInput(field="body", problem="name at least one thing to change")
    with _edit(request) as session:
        admins = _active_admins(session)
        account = _locked_account(session, username)
        changed: dict[str, Any] = {}
        role = body.role if body.role is not None else account.role
        active = body.active if body.active is not None else account.active
        demoted = account.role == "admin" and account.active and (role != "admin" or not active)
        if demoted and admins <= 1:
            raise Conflict(problem="the last active admin must stay an active admin")
        if given & {"role", "store_code", "region"}:
            # What is not given stays, as far as the (new) role uses it; a store's staff
            # work in the store's region.
            store_code = account.store_code if role in STORE_ROLES else None
            region = account.region if role == "regional_manager" else None
            store_code = body.store_code if "store_code" in given else store_code
            region = body.region if "region" in given else region
            store_code, region = _placement(session, role, store_code, region)
            for name, value in (("role", role), ("store_code", store_code), ("region", region)):
                if getattr(account, name) != value:
                    changed[name] = {"from": getattr(account, name), "to": value}
                    setattr(account, name, value)
        if body.active is not None and body.active != account.active:
            changed["active"] = {"from": account.active, "to": body.active}
            account.active = body.active
        if body.display_name is not None and body.display_name != account.display_name:
            changed["display_name"] = {"from": account.display_name, "to": body.display_name}
            account.display_name = body.display_name
        if body.password is not None:
            auth.check_password_strength(body.password)
            account.password_hash = auth.hash_password(body.password)
            changed["password"] = "changed"
        if body.unlock and (account.locked_until is not None or account.failed_logins):
            account.locked_until = None
            account.failed_logins = 0
            changed["unlock"] = True
        if "password" in changed or not account.active:
            # Whoever held a refresh token of the old password or the disabled account is out.
            session.execute(
                update(RefreshToken)
                .where(RefreshToken.username == account.username, RefreshToken.revoked_at.is_(None))
                .values(revoked_at=now)
            )
        if changed:
            _audit(session, now, caller.name, "staff.edit", username=account.username, **changed)
        return _out(account, now)


# --- PINs for the POS sign-in ----------------------------------------------------------

Pin = Annotated[StrictStr, Field(min_length=1, max_length=8, examples=["2580"])]


class OwnPin(BaseModel):
    model_config = ConfigDict(extra="forbid")
    password: StrictStr = Field(max_length=200, description="the account's password")
    pin: Pin = Field(description="4–8 digits; not one digit repeated, not a run like 1234")


class ResetPin(BaseModel):
    model_config = ConfigDict(extra="forbid")
    pin: Pin = Field(description="the new PIN, to be told to its owner")


class PinSet(BaseModel):
    username: str
    pin_set: bool


class CachedStaff(BaseModel):
    username: str
    display_name: str
    role: str
    store_code: str | None
    region: str | None
    active: bool
    pin_hash: str | None = Field(description="argon2; null when no PIN is set or inactive")


class SigninCache(BaseModel):
    store_code: str
    version: str = Field(description="also the ETag; send it as If-None-Match")
    staff: list[CachedStaff]


@router.put(
    "/me/pin",
    response_model=PinSet,
    responses={401: ERROR_RESPONSES[401], 422: ERROR_RESPONSES[422]},
)
def set_own_pin(request: Request, body: OwnPin, caller: Caller) -> dict[str, Any]:
    """Set your own POS sign-in PIN; your password confirms it is you."""
    if caller.kind != "staff":
        raise auth.Forbidden(who="a device", action="set a PIN")
    now = server_now(request)
    check_pin_strength(body.pin)
    try:
        with _edit(request) as session:
            account = auth.login(session, caller.name, body.password, now)
            account.pin_hash = hash_pin(body.pin)
            _audit(session, now, caller.name, "staff.pin_set", username=caller.name)
            return {"username": account.username, "pin_set": True}
    except auth.AuthFailed:
        with transaction(request) as session:
            auth.record_failure(session, caller.name, now)
        raise


@router.put("/{username}/pin", response_model=PinSet, responses=EDIT)
def reset_pin(request: Request, username: str, body: ResetPin, caller: Caller) -> dict[str, Any]:
    """Reset someone's PIN: an admin for anyone, a store manager for the clerks of their
    own store. The owner can change it afterwards with their password."""
    require(caller, "staff.pin_reset")
    now = server_now(request)
    check_pin_strength(body.pin)
    with _edit(request) as session:
        account = _locked_account(session, username)
        if caller.role != "admin" and not (
            account.role == "clerk"
            and account.store_code is not None
            and account.store_code == caller.store_code
        ):
            raise auth.Forbidden(
                who=caller.role, action=f"reset the PIN of {account.username} (not a clerk here)"
            )
        account.pin_hash = hash_pin(body.pin)
        _audit(session, now, caller.name, "staff.pin_reset", username=account.username)
        return {"username": account.username, "pin_set": True}


def _cache_of(session: Session, store: Store) -> list[dict[str, Any]]:
    """Least privilege: the store's own clerks and managers and its region's regional
    managers; no head-office account's PIN hash ever sits on a till."""
    rows = session.execute(
        select(StaffAccount)
        .where(
            ((StaffAccount.store_code == store.code) & StaffAccount.role.in_(STORE_ROLES))
            | ((StaffAccount.role == "regional_manager") & (StaffAccount.region == store.region))
        )
        .order_by(StaffAccount.username)
    ).scalars()
    return [
        {
            "username": a.username,
            "display_name": a.display_name,
            "role": a.role,
            "store_code": a.store_code,
            "region": a.region,
            "active": a.active,
            "pin_hash": a.pin_hash if a.active else None,
        }
        for a in rows
    ]


@router.get(
    "/signin-cache",
    response_model=SigninCache,
    responses={
        304: {"description": "unchanged since the version in If-None-Match"},
        401: ERROR_RESPONSES[401],
        403: ERROR_RESPONSES[403],
    },
)
def signin_cache(request: Request, caller: Caller) -> Any:
    """The staff who may sign in at this store's tills, with their PIN hashes (a store
    device's token only). ``version`` is a digest of the answer: send it back as
    ``If-None-Match`` and an unchanged list is answered 304 with no body."""
    if caller.kind != "device" or caller.device_kind != "store" or caller.store_code is None:
        raise auth.Forbidden(who=caller.role, action="read a sign-in cache (a store till's)")
    with transaction(request) as session:
        store = session.get(Store, caller.store_code)
        if store is None:
            raise NotFound(what="store", key=caller.store_code)
        staff = _cache_of(session, store)
    text = json.dumps([store.code, staff], sort_keys=True, ensure_ascii=False)
    version = hashlib.sha256(text.encode()).hexdigest()[:32]
    etag = f'"{version}"'
    wanted = request.headers.get("if-none-match", "")
    if etag in {t.strip() for t in wanted.split(",")} or wanted.strip() == version:
        return Response(status_code=304, headers={"ETag": etag})
    body = {"store_code": store.code, "version": version, "staff": staff}
    return JSONResponse(body, headers={"ETag": etag, "Cache-Control": "no-store"})
