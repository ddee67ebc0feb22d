"""Setting a device up: enrol it with a staff login, and start its copy afresh.

A device's database is a mirror of its scope plus its outbox. Setting up (a
fresh file, a demo till's seeded file, or a device enrolled before) takes the
server's identity: every local row is removed, the new identity is written to
``settings["device"]`` and the sync state starts empty, so the first pull is a
snapshot. Unsent commands would be lost, so the CLI refuses to set up a
database that still has some.

Three kinds of device are set up here (``docs/sync.md``): a store's till
(``store``: its store's region), a regional manager's laptop (``region``: every
store of the region) and a head-office desktop (``backoffice``: every member).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from sync.client import SyncClient
from sync.errors import BadAnswer
from sync.mirror import TABLES, page_transaction
from sync.state import KINDS, SYNC_KEY, DeviceConfig, fresh_sync_state, save_device


class _EnrolClient(SyncClient):
    """``SyncClient`` that enrols any kind of device (``enrol`` only knows stores)."""

    async def enrol_kind(
        self, access_token: str, *, name: str, kind: str, store_code: str | None, region: str | None
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"name": name, "kind": kind}
        if store_code is not None:
            body["store_code"] = store_code
        if region is not None:
            body["region"] = region
        response = await self._send(
            "POST", "/v1/devices", json=body, headers={"Authorization": f"Bearer {access_token}"}
        )
        answer = self._check(response, staff=True)
        if not isinstance(answer.get("device_id"), str) or not isinstance(answer.get("token"), str):
            raise BadAnswer(reason="enrolment answered no device id or token")
        if answer.get("kind", kind) != kind:
            raise BadAnswer(reason=f"asked to enrol a {kind} device, got {answer.get('kind')}")
        return answer


async def enrol_device(
    server_url: str,
    username: str,
    password: str,
    store_code: str | None,
    name: str,
    *,
    kind: str = "store",
    region: str | None = None,
) -> dict[str, Any]:
    """Sign in as staff and enrol a device of ``kind``; the answer holds its id and token.

    ``store`` needs ``store_code``, ``region`` needs ``region``, ``backoffice`` neither.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    client = _EnrolClient(server_url)
    async with client:
        access = await client.login(username, password)
        return await client.enrol_kind(
            access,
            name=name,
            kind=kind,
            store_code=store_code if kind == "store" else None,
            region=region if kind == "region" else None,
        )


def device_config(
    enrolled: dict[str, Any], *, server_url: str, name: str, operator: str | None
) -> DeviceConfig:
    """The identity to keep (``settings["device"]``) from the server's enrolment answer."""
    kind = str(enrolled.get("kind", "store"))
    regions = tuple(str(r) for r in enrolled.get("regions") or ())
    return DeviceConfig(
        device_id=enrolled["device_id"],
        store_code=enrolled.get("store_code"),
        name=enrolled.get("name", name),
        server_url=server_url,
        kind=kind,
        region=regions[0] if kind == "region" and regions else None,
        regions=regions,
        operator=operator,
    )


def reset_mirror(factory: sessionmaker[Session], device: DeviceConfig, now: datetime) -> None:
    """Remove every local row, then write the new identity and an empty sync state."""
    from core.db.models import Setting

    with page_transaction(factory) as session:
        for table in reversed(list(TABLES.values())):
            session.execute(delete(table))
        save_device(session, device, now)
        session.add(Setting(key=SYNC_KEY, value=fresh_sync_state()))
