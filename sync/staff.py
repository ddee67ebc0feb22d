"""The till's staff sign-in cache: fetched from the central API, kept in the settings.

``GET /v1/staff/signin-cache`` (the device token) answers the staff who may sign in
at this store's tills with their PIN hashes; the device keeps it in
``settings["staff_cache"]`` (``core/staff_signin.py`` checks PINs against it
offline). The answer's ``version`` goes back as ``If-None-Match``, so an
unchanged list costs one small request and a 304 per sync cycle.

Only a store till has one; other kinds of device skip it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime
from typing import Literal

from sqlalchemy.orm import Session, sessionmaker

from core import clock
from core.errors import InvalidInput
from core.staff_signin import cache_version, save_cache
from sync.client import SyncClient
from sync.errors import BadAnswer
from sync.state import load_device, load_token

PATH = "/v1/staff/signin-cache"

Outcome = Literal["updated", "unchanged", "skipped"]


def _version(factory: sessionmaker[Session]) -> str | None:
    with factory() as session:
        return cache_version(session)


def _is_store_till(factory: sessionmaker[Session]) -> bool:
    with factory() as session:
        return load_device(session).kind == "store"


def _save(factory: sessionmaker[Session], body: object, now: datetime) -> None:
    with factory() as session, session.begin():
        try:
            save_cache(session, body, now)
        except InvalidInput as err:
            raise BadAnswer(reason=f"sign-in cache: {err.message}") from None


async def refresh_staff_cache(
    factory: sessionmaker[Session],
    client: SyncClient,
    *,
    now: Callable[[], datetime] = clock.now,
) -> Outcome:
    """Fetch the cache if it changed; ``skipped`` on a device that is not a store till.

    Raises the client's typed errors (``Offline``, ``AuthRevoked``, ``Refused``, ...).
    """
    if not await asyncio.to_thread(_is_store_till, factory):
        return "skipped"
    version = await asyncio.to_thread(_version, factory)
    headers = {"If-None-Match": f'"{version}"'} if version else {}
    response = await client._send("GET", PATH, headers=headers)
    if response.status_code == 304:
        return "unchanged"
    body = client._check(response)
    await asyncio.to_thread(_save, factory, body, now())
    return "updated"


async def fetch_staff_cache(factory: sessionmaker[Session]) -> Outcome:
    """Once, with this device's own credential (``device setup`` after enrolling)."""
    with factory() as session:
        device = load_device(session)
    async with SyncClient(device.server_url, load_token(device.device_id)) as client:
        return await refresh_staff_cache(factory, client)
