"""Setting a device up: enrol it with a staff login, and start its copy afresh.

A device's database is a mirror of its scope plus its outbox. Setting up (a
fresh file, a demo till's seeded file, or a device enrolled before) takes the
server's identity: every local row is removed, the new identity is written to
``settings["device"]`` and the sync state starts empty, so the first pull is a
snapshot. Unsent commands would be lost, so the CLI refuses to set up a
database that still has some.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from sync.client import SyncClient
from sync.mirror import TABLES, page_transaction
from sync.state import SYNC_KEY, DeviceConfig, fresh_sync_state, save_device


async def enrol_device(
    server_url: str, username: str, password: str, store_code: str, name: str
) -> dict[str, Any]:
    """Sign in as staff and enrol a store device; the answer holds its id and token."""
    async with SyncClient(server_url) as client:
        access = await client.login(username, password)
        return await client.enrol(access, name=name, store_code=store_code)


def reset_mirror(factory: sessionmaker[Session], device: DeviceConfig, now: datetime) -> None:
    """Remove every local row, then write the new identity and an empty sync state."""
    from core.db.models import Setting

    with page_transaction(factory) as session:
        for table in reversed(list(TABLES.values())):
            session.execute(delete(table))
        save_device(session, device, now)
        session.add(Setting(key=SYNC_KEY, value=fresh_sync_state()))
