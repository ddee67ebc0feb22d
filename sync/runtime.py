"""Which sync service a Qt application runs: the device's, or none for a standalone till.

The applications call :func:`service_for` once at start-up and run the service's
``run_forever`` on their asyncio loop (qasync). A device that was never set up
(``memberdesk device setup``) has no service: its status bar says so. A device
that was set up but has lost its credential still gets one, and the service's
status names the problem, so the clerk sees it instead of silence.
"""

from __future__ import annotations

import os
from typing import Final

from sqlalchemy.orm import Session, sessionmaker

from sync.errors import NotSetUp
from sync.service import SyncService
from sync.state import load_device

INTERVAL_ENV: Final = "MEMBERDESK_SYNC_INTERVAL"
DEFAULT_INTERVAL: Final = 30.0


def interval_from_env() -> float:
    """Seconds between cycles when nothing happens (``MEMBERDESK_SYNC_INTERVAL``, default 30)."""
    raw = os.environ.get(INTERVAL_ENV)
    if not raw:
        return DEFAULT_INTERVAL
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{INTERVAL_ENV} must be a number of seconds, not {raw!r}") from None
    return max(1.0, value)


def is_set_up(factory: sessionmaker[Session]) -> bool:
    with factory() as session:
        try:
            load_device(session)
        except NotSetUp:
            return False
    return True


def service_for(
    factory: sessionmaker[Session], *, interval: float | None = None
) -> SyncService | None:
    """The sync service of the device database behind ``factory``; None when not set up."""
    if not is_set_up(factory):
        return None
    return SyncService(factory, interval=interval_from_env() if interval is None else interval)
