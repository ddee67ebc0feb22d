"""The back office's calls for staff accounts and the audit log (admin only), over
:class:`sync.admin_client.AdminClient`.

Typed answers of ``/v1/staff`` and ``/v1/audit``; errors are the client's typed
errors (``Refused`` with the server's ``status`` and ``reason``, ``SignInNeeded``,
``Offline`` ...), which the UI words. Nothing here checks a rule the server
checks; the page checks what it can say better before sending (a PIN typed twice).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final, NamedTuple
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from core.db.models import Store
from sync.admin_client import AdminClient
from sync.errors import BadAnswer

#: The server's roles (``server.permissions.ROLES``), lowest first.
ROLES: Final = ("clerk", "store_manager", "backoffice", "regional_manager", "admin")
#: Roles that work in one store (the region follows the store).
STORE_ROLES: Final = frozenset({"clerk", "store_manager"})
#: The role that works for one region.
REGION_ROLE: Final = "regional_manager"
#: What an account edit may change (``PATCH /v1/staff/{username}``).
EDIT_FIELDS: Final = (
    "display_name",
    "role",
    "store_code",
    "region",
    "active",
    "password",
    "unlock",
)


@dataclass(frozen=True)
class StaffAccount:
    """One account as the server lists it (never a hash)."""

    username: str
    display_name: str
    role: str
    store_code: str | None
    region: str | None
    active: bool
    locked_until: datetime | None
    created_at: datetime

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> StaffAccount:
        try:
            locked = d.get("locked_until")
            return cls(
                username=str(d["username"]),
                display_name=str(d["display_name"]),
                role=str(d["role"]),
                store_code=d.get("store_code"),
                region=d.get("region"),
                active=bool(d["active"]),
                locked_until=datetime.fromisoformat(locked) if locked else None,
                created_at=datetime.fromisoformat(str(d["created_at"])),
            )
        except (KeyError, TypeError, ValueError) as err:
            raise BadAnswer(reason=f"staff account: {err}") from None


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class AuditPage:
    entries: list[AuditEntry]
    next_before: int | None  # pass as ``before`` for the next (older) page


@dataclass(frozen=True)
class AuditFilter:
    """What the audit viewer asks for; empty fields do not filter."""

    actor: str = ""
    action: str = ""
    since: datetime | None = None  # included
    until: datetime | None = None  # excluded


@dataclass(frozen=True)
class StorePlace:
    code: str
    name: str
    region: str


def store_places(factory: sessionmaker[Session]) -> list[StorePlace]:
    """The stores this database knows (the pull brings them), in code order."""
    with factory() as session:
        rows = session.execute(select(Store.code, Store.name, Store.region).order_by(Store.code))
        return [StorePlace(code, name, region) for code, name, region in rows]


def _path(username: str) -> str:
    return f"/v1/staff/{quote(username, safe='')}"


async def list_staff(client: AdminClient) -> list[StaffAccount]:
    """Every staff account, by user name."""
    body = await client.call("GET", "/v1/staff")
    if not isinstance(body, list):
        raise BadAnswer(reason="staff: not a list")
    return [StaffAccount.from_dict(a) for a in body]


async def create_staff(
    client: AdminClient,
    username: str,
    password: str,
    role: str,
    *,
    display_name: str | None = None,
    store_code: str | None = None,
    region: str | None = None,
) -> StaffAccount:
    """Create an account: a store for store staff, a region for a regional manager."""
    payload: dict[str, Any] = {"username": username, "password": password, "role": role}
    for name, value in (
        ("display_name", display_name),
        ("store_code", store_code),
        ("region", region),
    ):
        if value is not None:
            payload[name] = value
    return StaffAccount.from_dict(await client.call("POST", "/v1/staff", json=payload))


async def edit_staff(
    client: AdminClient, username: str, changes: Mapping[str, Any]
) -> StaffAccount:
    """Change some of :data:`EDIT_FIELDS` of an account (``store_code``/``region`` None: none)."""
    unknown = set(changes) - set(EDIT_FIELDS)
    if unknown:
        raise ValueError(f"not editable on the server: {', '.join(sorted(unknown))}")
    body = await client.call("PATCH", _path(username), json=dict(changes))
    return StaffAccount.from_dict(body)


async def reset_pin(client: AdminClient, username: str, pin: str) -> None:
    """Give ``username`` a new POS PIN (its owner can change it with their password)."""
    body = await client.call("PUT", f"{_path(username)}/pin", json={"pin": pin})
    if not isinstance(body, dict) or not body.get("pin_set"):
        raise BadAnswer(reason="PIN reset: not confirmed")


async def audit_page(
    client: AdminClient,
    filters: AuditFilter = AuditFilter(),
    *,
    before: int | None = None,
    limit: int = 100,
) -> AuditPage:
    """One page of the audit log, newest first; ``before`` is the last page's ``next_before``."""
    params: dict[str, Any] = {"limit": limit}
    if filters.actor:
        params["actor"] = filters.actor
    if filters.action:
        params["action"] = filters.action
    if filters.since is not None:
        params["since"] = filters.since.isoformat()
    if filters.until is not None:
        params["until"] = filters.until.isoformat()
    if before is not None:
        params["before"] = before
    body = await client.call("GET", "/v1/audit", params=params)
    try:
        entries = [
            AuditEntry(
                id=int(e["id"]),
                at=datetime.fromisoformat(str(e["at"])),
                actor=str(e["actor"]),
                action=str(e["action"]),
                detail=dict(e.get("detail") or {}),
            )
            for e in body["entries"]
        ]
        following = body.get("next_before")
        return AuditPage(entries, int(following) if following is not None else None)
    except (KeyError, TypeError, ValueError) as err:
        raise BadAnswer(reason=f"audit page: {err}") from None


class DetailRow(NamedTuple):
    field: str
    before: Any  # None for a plain fact
    after: Any  # the new value, or the fact
    changed: bool  # a ``{"from", "to"}`` change (``before`` may be None then too)


def detail_rows(detail: Mapping[str, Any]) -> list[DetailRow]:
    """An audit entry's detail, one row per field in name order: a ``{"from": …, "to": …}``
    change gives both sides; any other value is a plain fact."""
    rows: list[DetailRow] = []
    for name in sorted(detail):
        value = detail[name]
        if isinstance(value, Mapping) and set(value) == {"from", "to"}:
            rows.append(DetailRow(name, value["from"], value["to"], True))
        else:
            rows.append(DetailRow(name, None, value, False))
    return rows


__all__ = [
    "EDIT_FIELDS",
    "REGION_ROLE",
    "ROLES",
    "STORE_ROLES",
    "AuditEntry",
    "AuditFilter",
    "AuditPage",
    "DetailRow",
    "StaffAccount",
    "StorePlace",
    "audit_page",
    "create_staff",
    "detail_rows",
    "edit_staff",
    "list_staff",
    "reset_pin",
    "store_places",
]
