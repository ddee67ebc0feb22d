"""Moving a device to its central server's new address (the server moved, the data did not).

A new address is taken only when the server there is the same service with the
same database: ``GET /v1/health`` answers as the MemberDesk API does, and the
device's own credential is accepted there (a side-effect-free device call). A
MemberDesk API on another database does not know this device and answers 401.
Anything else refuses with a typed error and saves nothing. Only an
administrator may move the device (:func:`require_administrator`, signed in at
the new address). The running
:class:`sync.service.SyncService` reads ``settings["device"]`` at every cycle,
so its next cycle talks to the new address.
"""

from __future__ import annotations

import asyncio
from urllib.parse import urlsplit

import httpx
from sqlalchemy.orm import Session, sessionmaker

from sync.admin_client import AdminClient
from sync.client import SyncClient
from sync.errors import NotSetUp, Offline, Refused, ServerFailed, SyncError
from sync.staff_admin import list_staff
from sync.state import DeviceConfig, load_device, load_token, set_server_url

CHECK_TIMEOUT = httpx.Timeout(10.0, connect=5.0)


class InvalidServerUrl(SyncError):
    """What was typed is not an http(s) address."""

    code = "invalid_server_url"
    template = "“{text}” is not a server address: {problem}"
    retryable = False


class NotMemberDesk(SyncError):
    """Something answers at the address, but not the MemberDesk central API."""

    code = "not_memberdesk"
    template = "{url} answers, but it is not the MemberDesk central API ({reason})"
    retryable = False


class OtherDatabase(SyncError):
    """A MemberDesk API answers, but it does not know this device: another database."""

    code = "other_database"
    template = "the MemberDesk API at {url} does not know this device: it serves another database"
    retryable = False


class NotAdministrator(SyncError):
    """Signed in, but not as an administrator: only one may move the device's server."""

    code = "not_administrator"
    template = "only an administrator may change the central server's address"
    retryable = False


def normalise_url(text: str) -> str:
    """``http://host:port`` (no trailing slash) from what was typed; ``InvalidServerUrl``."""
    t = text.strip()
    if not t:
        raise InvalidServerUrl(text=text, problem="it is empty")
    if "://" not in t:
        t = f"http://{t}"
    try:
        parts = urlsplit(t)
        parts.port  # noqa: B018  (raises on a port that is not a number)
    except ValueError as exc:
        raise InvalidServerUrl(text=text, problem=str(exc)) from None
    if parts.scheme not in ("http", "https"):
        raise InvalidServerUrl(text=text, problem="only http:// and https:// are served")
    if not parts.hostname:
        raise InvalidServerUrl(text=text, problem="there is no host name")
    if parts.query or parts.fragment or any(c.isspace() for c in t):
        raise InvalidServerUrl(text=text, problem="an address has no spaces, ? or #")
    return f"{parts.scheme}://{parts.netloc}{parts.path}".rstrip("/")


async def check_server(
    url: str,
    device: DeviceConfig,
    token: str,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> None:
    """Raise unless ``url`` is the central API that knows ``device`` (its database)."""
    async with SyncClient(url, None, timeout=CHECK_TIMEOUT, transport=transport) as client:
        response = await client._send("GET", "/v1/health")
        if response.status_code == 503:
            raise ServerFailed(status=503, reason="its database does not answer")
        try:
            body = response.json()
        except ValueError:
            body = None
        if (
            response.status_code != 200
            or not isinstance(body, dict)
            or body.get("status") != "ok"
            or "database" not in body
        ):
            raise NotMemberDesk(url=url, reason=f"GET /v1/health answered {response.status_code}")
    async with SyncClient(url, token, timeout=CHECK_TIMEOUT, transport=transport) as client:
        # Asks for no rows: the answer only says whether this device's credential is known.
        response = await client._send("POST", "/v1/sync/refresh", json={"member_ids": []})
        if response.status_code in (401, 403):
            raise OtherDatabase(url=url)
        client._check(response)


def _device(factory: sessionmaker[Session]) -> DeviceConfig:
    with factory() as session:
        return load_device(session)


def _save(factory: sessionmaker[Session], url: str) -> DeviceConfig:
    with factory.begin() as session:
        set_server_url(session, url)
    return _device(factory)


async def check_move(
    factory: sessionmaker[Session],
    text: str,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> str:
    """The address ``text`` made plain, once it proved to be this device's central server.

    Raises ``NotSetUp`` on a standalone database, ``InvalidServerUrl``, ``Offline``,
    ``ServerFailed``, ``NotMemberDesk`` or ``OtherDatabase``. Saves nothing.
    """
    url = normalise_url(text)
    device = await asyncio.to_thread(_device, factory)
    token = await asyncio.to_thread(load_token, device.device_id)
    try:
        await check_server(url, device, token, transport=transport)
    except httpx.HTTPError as exc:  # anything the client did not turn into a typed error
        raise Offline(url=url, reason=str(exc) or type(exc).__name__) from None
    return url


async def save_server(factory: sessionmaker[Session], url: str) -> DeviceConfig:
    """Keep ``url`` (checked by :func:`check_move`) as the central server; the new identity."""
    return await asyncio.to_thread(_save, factory, url)


async def move_server(
    factory: sessionmaker[Session],
    text: str,
    *,
    transport: httpx.AsyncBaseTransport | None = None,
) -> DeviceConfig:
    """:func:`check_move`, then :func:`save_server`: nothing is saved unless the check passes."""
    url = await check_move(factory, text, transport=transport)
    return await save_server(factory, url)


async def require_administrator(client: AdminClient) -> None:
    """Raise ``NotAdministrator`` unless the client's signed-in staff member is an
    administrator (the one who may list the staff accounts)."""
    try:
        await list_staff(client)
    except Refused as err:
        if err.params.get("status") == 403:
            raise NotAdministrator() from None
        raise


__all__ = [
    "InvalidServerUrl",
    "NotAdministrator",
    "NotMemberDesk",
    "NotSetUp",
    "OtherDatabase",
    "check_move",
    "check_server",
    "move_server",
    "normalise_url",
    "require_administrator",
    "save_server",
]
