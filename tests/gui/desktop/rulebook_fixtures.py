"""For the rulebook editors' tests: a qasync loop for the pages' async slots, and a back-office
device enrolled with a real central API process on a loopback port.

The central API is ``tests/integration/sync/conftest.py``'s (a fresh copy of the seeded
SQLite template, ``memberdesk server run``); the device is enrolled as ``backoffice``
(every member) by the demo ``backoffice`` account and pulls its snapshot in this process.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import qasync
from PySide6.QtWidgets import QApplication

from core import clock
from core.db.engine import open_device_db
from core.services import DeviceServices
from sync.client import SyncClient
from sync.service import SyncService
from sync.setup import reset_mirror
from sync.state import DeviceConfig, store_token
from tests.integration.sync.conftest import Central
from ui.app import dispose_loop

STAFF = "backoffice"
PASSWORD = "demo-pass-1"


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """The Qt event loop as the asyncio loop, as ``ui/app.py`` runs the applications."""
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        asyncio.set_event_loop(None)
        dispose_loop(loop)
        del loop
        gc.collect()


def run_until(
    loop: asyncio.AbstractEventLoop, done: Callable[[], bool], timeout: float = 20
) -> None:
    """Run the loop (Qt events and asyncio tasks) until ``done()``."""

    async def wait() -> None:
        deadline = loop.time() + timeout
        while not done():
            if loop.time() > deadline:
                raise TimeoutError("condition not reached")
            await asyncio.sleep(0.02)

    loop.run_until_complete(wait())


async def until(done: Callable[[], bool], timeout: float = 20) -> None:
    """Inside a running loop: wait until ``done()``."""
    deadline = asyncio.get_running_loop().time() + timeout
    while not done():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("condition not reached")
        await asyncio.sleep(0.02)


def finish(loop: asyncio.AbstractEventLoop, task: asyncio.Task[Any], timeout: float = 60) -> None:
    """Run the loop until an async slot's task is done (its exception, if any, is raised)."""
    loop.run_until_complete(asyncio.wait_for(task, timeout))


@dataclass
class BackOffice:
    """A back-office device database synced with ``central``."""

    path: Path
    services: DeviceServices
    central: Central

    def sync(self, loop: asyncio.AbstractEventLoop) -> None:
        loop.run_until_complete(SyncService(self.services.factory).run_cycle())

    def token(self, user: str = STAFF) -> str:
        """A staff access token, asked of the server as any client would."""
        with self.central.http() as http:
            r = http.post("/v1/auth/token", data={"username": user, "password": PASSWORD})
            assert r.status_code == 200, r.text
            return str(r.json()["access_token"])

    def http(self) -> httpx.Client:
        """A client signed in as the back office (use ``with``)."""
        return httpx.Client(
            base_url=self.central.url,
            timeout=30,
            headers={"Authorization": f"Bearer {self.token()}"},
        )


def enrol_backoffice(central: Central, path: Path) -> BackOffice:
    """Enrol ``path`` as a back-office device and pull its snapshot (outside any Qt loop)."""

    async def enrol() -> dict[str, Any]:
        async with SyncClient(central.url) as client:
            access = await client.login(STAFF, PASSWORD)
            return await client.enrol(access, name="hq desktop", store_code="", kind="backoffice")

    enrolled = asyncio.run(enrol())
    device = DeviceConfig(
        device_id=enrolled["device_id"],
        store_code=enrolled.get("store_code"),
        name="hq desktop",
        server_url=central.url,
        kind="backoffice",
    )
    store_token(device.device_id, enrolled["token"])
    factory = open_device_db(path)
    reset_mirror(factory, device, clock.now())
    asyncio.run(SyncService(factory).run_cycle())
    return BackOffice(path, DeviceServices(factory), central)


@pytest.fixture
def backoffice(central: Central, tmp_path: Path) -> Iterator[BackOffice]:
    bo = enrol_backoffice(central, tmp_path / "backoffice.db")
    try:
        yield bo
    finally:
        from ui import ops

        ops.executor().submit(lambda: None).result(timeout=30)
        bo.services.factory.kw["bind"].dispose()
