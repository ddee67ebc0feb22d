"""The device's sync service: push, then pull, then refresh, on a timer.

Each cycle ends with the till's staff sign-in cache (``sync/staff.py``; a 304 when
nothing changed).

``SyncService.run_cycle()`` is one cycle (what ``memberdesk sync`` runs);
``run_forever()`` repeats it every ``interval`` seconds and, after a failure,
retries with exponential backoff and jitter, so an unsent sale goes out when
the network comes back even if nobody sells anything else. ``wake()`` starts a
cycle now (a new sale). Status changes go to subscribers as ``SyncStatus``
(a Qt bridge in ``ui/`` turns them into signals).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from core import clock
from sync.client import SyncClient
from sync.errors import Offline, Refused, SyncError
from sync.pull import PAGE, PullProgress, PullReport, pull_all
from sync.push import PushReport, push_outbox, queue_status
from sync.refresh import refresh_stale
from sync.staff import refresh_staff_cache
from sync.state import DeviceConfig, iso, load_device, load_sync, load_token, update_sync

log = logging.getLogger("memberdesk.sync")


@dataclass(frozen=True)
class SyncStatus:
    """What the UI shows about sync. Times are ISO strings of the device clock."""

    online: bool | None = None  # None: not tried yet
    queue_depth: int = 0
    oldest_unsent_age_s: float | None = None
    last_push_at: str | None = None
    last_pull_at: str | None = None
    last_success_at: str | None = None
    last_error: str | None = None  # "code: message" of the last failed cycle
    last_error_code: str | None = None
    running: bool = False
    next_attempt_in_s: float | None = None


@dataclass
class CycleReport:
    push: PushReport = field(default_factory=PushReport)
    pull: PullReport = field(default_factory=PullReport)
    refreshed: int = 0
    # The staff sign-in cache (sync/staff.py): updated, unchanged, skipped (not a store
    # till) or refused (the server said no: an older server without the endpoint).
    staff: str = "skipped"

    def as_dict(self) -> dict[str, Any]:
        return {
            "push": self.push.as_dict(),
            "pull": self.pull.as_dict(),
            "refreshed": self.refreshed,
            "staff": self.staff,
        }


ClientFactory = Callable[[DeviceConfig, str], SyncClient]
StatusCallback = Callable[[SyncStatus], None]


def default_client(device: DeviceConfig, token: str) -> SyncClient:
    return SyncClient(device.server_url, token)


class SyncService:
    """One device's sync, on asyncio; safe to call from a qasync loop."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        *,
        interval: float = 60.0,
        base_backoff: float = 2.0,
        max_backoff: float = 300.0,
        page_limit: int = PAGE,
        client_factory: ClientFactory = default_client,
        now: Callable[[], datetime] = clock.now,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.factory = factory
        self.interval = interval
        self.base_backoff = base_backoff
        self.max_backoff = max_backoff
        self.page_limit = page_limit
        self.client_factory = client_factory
        self.now = now
        self.rng = rng
        self.failures = 0
        self._status = SyncStatus()
        self._subscribers: list[StatusCallback] = []
        self._lock = asyncio.Lock()
        self._wake = asyncio.Event()
        self._stopping = False

    # --- status ----------------------------------------------------------------

    @property
    def status(self) -> SyncStatus:
        return self._status

    def subscribe(self, callback: StatusCallback) -> Callable[[], None]:
        """Call ``callback`` with every new status; returns the unsubscribe function."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback)

    def _publish(self, **changes: Any) -> None:
        self._status = replace(self._status, **changes)
        for callback in list(self._subscribers):
            try:
                callback(self._status)
            except Exception:  # a subscriber's bug must not stop sync
                log.exception("sync status subscriber failed")

    def _stored_status(self) -> dict[str, Any]:
        depth, age = queue_status(self.factory, self.now())
        with self.factory() as session:
            state = load_sync(session)
        return {
            "queue_depth": depth,
            "oldest_unsent_age_s": age,
            "last_push_at": state["last_push_at"],
            "last_pull_at": state["last_pull_at"],
            "last_success_at": state["last_success_at"],
        }

    async def refresh_status(self) -> SyncStatus:
        """Re-read queue depth and times from the database (e.g. after a sale)."""
        self._publish(**await asyncio.to_thread(self._stored_status))
        return self._status

    # --- one cycle ---------------------------------------------------------------

    def _credentials(self) -> tuple[DeviceConfig, str]:
        with self.factory() as session:
            device = load_device(session)
        return device, load_token(device.device_id)

    async def run_cycle(self, progress: PullProgress | None = None) -> CycleReport:
        """Push, pull, refresh once; raises a ``SyncError`` if any step did not finish."""
        async with self._lock:
            self._publish(running=True)
            report = CycleReport()
            try:
                device, token = await asyncio.to_thread(self._credentials)
            except SyncError as err:  # not set up: nothing to record in the database
                self._publish(
                    running=False, last_error=f"{err.code}: {err.message}", last_error_code=err.code
                )
                raise
            try:
                async with self.client_factory(device, token) as client:
                    report.push = await push_outbox(self.factory, client)
                    self._publish(online=True, **await asyncio.to_thread(self._stored_status))
                    report.pull = await pull_all(
                        self.factory, client, limit=self.page_limit, progress=progress
                    )
                    report.refreshed = await refresh_stale(self.factory, client)
                    report.staff = await self._refresh_staff(client)
            except SyncError as err:
                self.failures += 1
                await asyncio.to_thread(self._record_failure, err)
                self._publish(
                    running=False,
                    online=False if isinstance(err, Offline) else self._status.online,
                    last_error=f"{err.code}: {err.message}",
                    last_error_code=err.code,
                    **await asyncio.to_thread(self._stored_status),
                )
                raise
            except BaseException:
                self._publish(running=False)
                raise
            self.failures = 0
            await asyncio.to_thread(self._record_success)
            self._publish(
                running=False,
                online=True,
                last_error=None,
                last_error_code=None,
                **await asyncio.to_thread(self._stored_status),
            )
            return report

    async def _refresh_staff(self, client: SyncClient) -> str:
        """The till's sign-in cache; a refusal (4xx) must not fail the cycle's sync."""
        try:
            return await refresh_staff_cache(self.factory, client, now=self.now)
        except Refused as err:
            log.warning("staff sign-in cache refused: %s", err.message)
            return "refused"

    def _record_success(self) -> None:
        with self.factory() as session, session.begin():
            update_sync(session, last_success_at=iso(self.now()), last_error=None)

    def _record_failure(self, err: SyncError) -> None:
        with self.factory() as session, session.begin():
            update_sync(
                session,
                last_error={"code": err.code, "message": err.message, "at": iso(self.now())},
            )

    async def sync_once(self) -> CycleReport | None:
        """One cycle that reports failure through the status instead of raising."""
        try:
            return await self.run_cycle()
        except SyncError as err:
            log.warning("sync failed: %s", err.message)
            return None

    # --- the loop --------------------------------------------------------------------

    def backoff(self) -> float:
        """Seconds to wait after ``failures`` failures in a row: exponential, with jitter."""
        if self.failures == 0:
            return self.interval
        delay = min(self.max_backoff, self.base_backoff * float(2 ** min(self.failures - 1, 30)))
        # "Equal jitter": half fixed, half random, so many tills do not retry in step.
        return delay / 2 + delay / 2 * self.rng()

    def wake(self) -> None:
        """Start a cycle now (e.g. a sale was just recorded)."""
        self._wake.set()

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()

    async def run_forever(self) -> None:
        """Cycle until ``stop()``: every ``interval`` s, sooner on ``wake()``, slower on failure."""
        self._stopping = False
        await self.refresh_status()
        while not self._stopping:
            # Cleared before the cycle, not after: a sale recorded while a cycle runs
            # (its command missed by this push) wakes the next cycle at once.
            self._wake.clear()
            await self.sync_once()
            if self._stopping:
                break
            delay = self.backoff()
            self._publish(next_attempt_in_s=round(delay, 1))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=delay)
