"""Starting a MemberDesk Qt application: one place for what the back office and POS share.

The Qt event loop is also the asyncio loop (qasync), so the device's sync service
runs beside the window: network calls are awaited, never waited on, and the
database work of a sync cycle runs on worker threads. A device that was never set
up for sync runs without one.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import sys
from collections.abc import Callable

import qasync
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from core.services import DeviceServices
from sync.runtime import service_for
from sync.service import SyncService
from ui import i18n, ops, theme
from ui.sync_bridge import SyncBridge

log = logging.getLogger(__name__)

OpenWindow = Callable[[DeviceServices, SyncBridge], QWidget]


def _fail(title: str, text: str) -> int:
    QMessageBox.critical(None, title, text)
    return 1


def settle_heap() -> None:
    """Take what start-up made (modules, the Qt wrappers of the window, the rulebook,
    SQLAlchemy's metadata) out of every later collection.

    None of it is garbage, yet each full collection walked all of it while holding the
    GIL: 55–63 ms in which the UI thread could not run, a frozen frame in the middle of
    scrolling the members list (bench/desktop_members.py; 22 ms longest frame after).
    No collection first: it would delay the first paint, and what little start-up garbage
    there is waits until ``gc.unfreeze`` gives it all back when the application ends.
    """
    gc.freeze()


def run_application(db_path: str, name: str, open_window: OpenWindow) -> int:
    """Open the device database, show the window ``open_window`` builds, run until it closes."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(name)
    app.setOrganizationName("MemberDesk")
    i18n.install(app)
    title = QCoreApplication.translate("app", "MemberDesk")
    try:
        services = DeviceServices.open(db_path)
        service = service_for(services.factory)
    except Exception as err:  # a damaged file, a failed migration: say so, do not vanish
        log.exception("cannot open %s", db_path)
        return _fail(
            title,
            QCoreApplication.translate("app", "Cannot open the database {path}:\n{error}").format(
                path=db_path, error=err
            ),
        )
    bridge = SyncBridge()
    bridge.attach(service)
    window = open_window(services, bridge)  # held here for as long as the application runs
    theme.apply_saved(app)  # the light or dark theme the user chose on the settings page
    settle_heap()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            task = loop.create_task(service.run_forever()) if service is not None else None
            loop.run_forever()  # until the application quits (its last window closed)
            if task is not None and service is not None:
                loop.run_until_complete(_stop(service, task))
        return 0
    finally:
        window.close()
        bridge.detach()
        ops.shutdown(wait=True)
        # Qt objects die here, on the UI thread. Left to Python, the window and the
        # bridge sit in reference cycles (slots that capture them), and a garbage
        # collection on some other thread would destroy them there: Qt warns, or crashes.
        asyncio.set_event_loop(None)
        for obj in (window, bridge):
            if shiboken6.isValid(obj):
                shiboken6.delete(obj)
        dispose_loop(loop)
        del loop
        gc.unfreeze()
        gc.collect()


def dispose_loop(loop: qasync.QEventLoop) -> None:
    """Close a qasync loop and delete its Qt helpers (its timer, its signaller) here, on the
    UI thread. The loop sits in reference cycles (handles that name it); collected later on
    another thread, its timer's destruction would be Qt's "Timers cannot be stopped from
    another thread", or a crash."""
    if not loop.is_closed():
        loop.close()
    for obj in list(vars(loop).values()):
        if isinstance(obj, QObject) and shiboken6.isValid(obj):
            shiboken6.delete(obj)


async def _stop(service: SyncService, task: asyncio.Task[None]) -> None:
    """Stop the sync loop: a cycle in flight gets a few seconds to finish its step.

    Every step's writes are transactions, so cutting one short loses nothing: the
    next start resumes where the database says.
    """
    service.stop()
    with contextlib.suppress(TimeoutError, asyncio.CancelledError):
        await asyncio.wait_for(task, timeout=5)
