"""The central server's scheduled jobs: points expiry, tier evaluation, released locks.

Each job is a function ``(factory, now) -> result`` that works in bounded
batches (``BATCH`` members per transaction), so a million members never sit in
one transaction and a job stopped half-way leaves only whole batches behind.
Every change goes through a command made by the server itself
(``server.system``, source ``jobs``), with the same handlers a device uses.

Each job has a ``job_runs`` row. On PostgreSQL the row is held ``FOR UPDATE
SKIP LOCKED`` for the whole run, so a second API process finds it taken and
skips the job; a crashed process releases it with its connection. SQLite has
no row locks and its transactions all take the write lock, so there the run is
claimed by a marker in the row, written in a short transaction and honoured
until ``LEASE`` of wall time has passed.

Running a job twice in a row changes nothing the second time: expiry selects
only lots still due; tier evaluation selects only members whose decision would
change (and sweeps window ends once per day, tracked by ``evaluated_through``);
release touches only lots unlocked after its watermark ``released_through``.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from time import monotonic
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from core import clock, tiers
from core.catalog import tier_defs, tier_policy
from core.commands.payloads import EvaluateTier, ExpirePoints
from core.db.models import Member, PointAccount, PointLot, QualifyingEvent
from core.errors import DomainError, NotConfigured
from server import feed
from server.models import JobRun
from server.system import system_command

log = logging.getLogger("memberdesk.server.jobs")

BATCH = 500
SOURCE = "jobs"
# SQLite only: how long a claimed run keeps others out if its process died.
LEASE = timedelta(hours=1)
# The first release run looks back this far for locks that ended.
RELEASE_LOOKBACK = timedelta(days=1)
JOBS_EVERY_ENV = "MEMBERDESK_JOBS_EVERY"

Factory = sessionmaker[Session]
Stop = Callable[[], bool]
Result = dict[str, Any]


def _never() -> bool:
    return False


class Stopped(Exception):
    """The job was asked to stop between two batches; what it committed stays."""


def _check(stop: Stop) -> None:
    if stop():
        raise Stopped()


def _apply(session: Session, payload: ExpirePoints | EvaluateTier, now: datetime) -> Any:
    """One command in a savepoint: a refusal (a member deleted meanwhile) skips only it."""
    try:
        with session.begin_nested():
            return system_command(session, payload, source=SOURCE, staff=None, now=now).result
    except DomainError as exc:
        log.warning("job command %s refused: %s", payload.kind, exc.message)
        return None


# --- expire -----------------------------------------------------------------


def _expire(factory: Factory, now: datetime, _previous: Result, stop: Stop) -> Result:
    members = points = refused = 0
    after = ""
    while True:
        _check(stop)
        with factory() as session, session.begin():
            ids = list(
                session.execute(
                    select(PointLot.member_id)
                    .where(
                        PointLot.remaining > 0,
                        PointLot.expires_at <= now,
                        PointLot.member_id > after,
                    )
                    .group_by(PointLot.member_id)
                    .order_by(PointLot.member_id)
                    .limit(BATCH)
                ).scalars()
            )
            for member_id in ids:
                result = _apply(session, ExpirePoints(member_id=member_id, as_of=now), now)
                if result is None:
                    refused += 1
                elif result["members"]:
                    members += 1
                    points += int(result["points"])
        if len(ids) < BATCH:
            return {"members": members, "points": points, "refused": refused}
        after = ids[-1]


# --- tiers ------------------------------------------------------------------


def _window_end_time(last_day: date) -> datetime:
    """The last second of a window's last day: a decision taken "at the window end"."""
    return datetime.combine(last_day, time(23, 59, 59))


def _window_end(
    policy: tiers.TierPolicy, today: date, enrolled_on: date, since: date | None
) -> tuple[date, tuple[date, date]] | None:
    """The latest window end on or before ``today`` not yet swept (after ``since``).

    Returns the day the closed window ended on (its last day) and its bounds. For
    rolling 12 months every day is a window end and today's window is measured.
    """
    if policy.window == "rolling12":
        return today, tiers.window_bounds(policy, today, enrolled_on)
    start = tiers.window_bounds(policy, today, enrolled_on)[0]
    if start <= enrolled_on or (since is not None and start <= since):
        return None  # still in the first membership year, or this end was already swept
    last_day = start - timedelta(days=1)
    return last_day, tiers.window_bounds(policy, last_day, enrolled_on)


def _totals(
    session: Session, measure: str, ids: Sequence[str], bounds: tuple[date, date]
) -> dict[str, int]:
    column = QualifyingEvent.spend_fen if measure == "spend" else QualifyingEvent.growth
    start, end = (datetime.combine(d, time()) for d in bounds)
    rows = session.execute(
        select(QualifyingEvent.member_id, func.sum(column))
        .where(
            QualifyingEvent.member_id.in_(list(ids)),
            QualifyingEvent.at >= start,
            QualifyingEvent.at < end,
        )
        .group_by(QualifyingEvent.member_id)
    ).all()
    return {member_id: max(0, int(total or 0)) for member_id, total in rows}


class _TierTally:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {
            "evaluated": 0,
            "upgrade": 0,
            "downgrade": 0,
            "grace_started": 0,
            "kept": 0,
            "refused": 0,
        }

    def add(self, result: dict[str, Any] | None) -> None:
        if result is None:
            self.counts["refused"] += 1
            return
        self.counts["evaluated"] += 1
        change = result.get("change")
        if change and change.get("change") in self.counts:
            self.counts[change["change"]] += 1


def _sweep_window_ends(
    factory: Factory, now: datetime, since: date | None, tally: _TierTally, stop: Stop
) -> None:
    """Members above the lowest tier, no grace running, whose closed window falls short."""
    today = now.date()
    after = ""
    while True:
        _check(stop)
        with factory() as session, session.begin():
            policy = tier_policy(session)
            ladder = tiers.validate_tiers(tier_defs(session))
            threshold = {t.code: t.threshold for t in ladder}
            above_lowest = [t.code for t in ladder[1:]]
            page = session.execute(
                select(Member.id, Member.tier_code, Member.tier_since, Member.enrolled_on)
                .where(
                    Member.tier_code.in_(above_lowest),
                    Member.tier_grace_until.is_(None),
                    Member.id > after,
                )
                .order_by(Member.id)
                .limit(BATCH)
            ).all()
            by_window: dict[tuple[date, date], list[str]] = {}
            decided_on: dict[str, date] = {}
            for member_id, _code, tier_since, enrolled_on in page:
                end = _window_end(policy, today, enrolled_on, since)
                # A tier reached after the window ended was decided on newer spending.
                if end is None or (policy.window != "rolling12" and tier_since > end[0]):
                    continue
                decided_on[member_id] = end[0]
                by_window.setdefault(end[1], []).append(member_id)
            short: list[str] = []
            codes = {member_id: code for member_id, code, *_ in page}
            for bounds, ids in by_window.items():
                totals = _totals(session, policy.measure, ids, bounds)
                short += [m for m in ids if totals.get(m, 0) < threshold[codes[m]]]
            for member_id in sorted(short):
                at = (
                    now if policy.window == "rolling12" else _window_end_time(decided_on[member_id])
                )
                tally.add(_apply(session, EvaluateTier(member_id=member_id, period_end=True), at))
        if len(page) < BATCH:
            return
        after = page[-1][0]


def _grace_due(factory: Factory, now: datetime, tally: _TierTally, stop: Stop) -> None:
    """Members whose grace ended: kept if they qualify again, otherwise moved down."""
    after = ""
    while True:
        _check(stop)
        with factory() as session, session.begin():
            ids = list(
                session.execute(
                    select(Member.id)
                    .where(Member.tier_grace_until <= now.date(), Member.id > after)
                    .order_by(Member.id)
                    .limit(BATCH)
                ).scalars()
            )
            for member_id in ids:
                tally.add(_apply(session, EvaluateTier(member_id=member_id), now))
        if len(ids) < BATCH:
            return
        after = ids[-1]


def _tiers(factory: Factory, now: datetime, previous: Result, stop: Stop) -> Result:
    today = now.date()
    through = previous.get("evaluated_through")
    since = date.fromisoformat(through) if isinstance(through, str) else None
    tally = _TierTally()
    if since is not None and since >= today:
        # Window ends and grace ends are days: once a day, however often the job runs.
        return {**tally.counts, "evaluated_through": through}
    try:
        _sweep_window_ends(factory, now, since, tally, stop)
        _grace_due(factory, now, tally, stop)
    except NotConfigured as exc:
        return {
            **tally.counts,
            "note": exc.message,
            **({"evaluated_through": through} if through else {}),
        }
    return {**tally.counts, "evaluated_through": today.isoformat()}


# --- release ----------------------------------------------------------------


def _release(factory: Factory, now: datetime, previous: Result, stop: Stop) -> Result:
    mark = previous.get("released_through")
    since = datetime.fromisoformat(mark) if isinstance(mark, str) else now - RELEASE_LOOKBACK
    members = 0
    after = ""
    while since < now:
        _check(stop)
        with factory() as session, session.begin():
            ids = list(
                session.execute(
                    select(PointLot.member_id)
                    .where(
                        PointLot.remaining > 0,
                        PointLot.available_at > since,
                        PointLot.available_at <= now,
                        PointLot.member_id > after,
                    )
                    .group_by(PointLot.member_id)
                    .order_by(PointLot.member_id)
                    .limit(BATCH)
                ).scalars()
            )
            if ids:
                accounts = session.execute(
                    select(PointAccount).where(PointAccount.member_id.in_(ids))
                ).scalars()
                feed.touch(session, accounts)
                members += len(ids)
        if len(ids) < BATCH:
            break
        after = ids[-1]
    # A run with an earlier --at never moves the watermark back.
    return {"members": members, "released_through": max(since, now).isoformat()}


# --- running: the job_runs row, start, finish, result ----------------------

Body = Callable[[Factory, datetime, Result, Stop], Result]
BODIES: dict[str, Body] = {"expire": _expire, "tiers": _tiers, "release": _release}
NAMES: tuple[str, ...] = tuple(BODIES)
# What a failed or stopped run keeps from the last good one.
WATERMARKS = ("evaluated_through", "released_through")


def _ensure_row(factory: Factory, name: str) -> None:
    try:
        with factory() as session, session.begin():
            if session.get(JobRun, name) is None:
                session.add(JobRun(name=name, last_result={}))
    except IntegrityError:
        pass  # another process created it first


def _kept(previous: Result) -> Result:
    return {k: previous[k] for k in WATERMARKS if k in previous}


@contextmanager
def _held_postgres(factory: Factory, name: str, now: datetime) -> Iterator[JobRun | None]:
    """The row locked until the run ends; None when another process holds it."""
    with factory() as session, session.begin():
        row = session.execute(
            select(JobRun).where(JobRun.name == name).with_for_update(skip_locked=True)
        ).scalar_one_or_none()
        if row is not None:
            row.last_started_at = now
            session.flush()
        yield row


@contextmanager
def _held_sqlite(factory: Factory, name: str, now: datetime) -> Iterator[JobRun | None]:
    """A claim written in a short transaction; the result written in another at the end."""
    wall = clock.now()
    with factory() as session, session.begin():
        row = session.get(JobRun, name)
        assert row is not None
        claim = (row.last_result or {}).get("running_since")
        if isinstance(claim, str) and datetime.fromisoformat(claim) > wall - LEASE:
            yield None
            return
        row.last_started_at = now
        row.last_result = {**(row.last_result or {}), "running_since": wall.isoformat()}
        previous = JobRun(name=name, last_result=dict(row.last_result))
    try:
        yield previous
    finally:
        with factory() as session, session.begin():
            row = session.get(JobRun, name)
            assert row is not None
            result = dict(previous.last_result or {})
            result.pop("running_since", None)
            row.last_finished_at = previous.last_finished_at
            row.last_result = result


def run_job(factory: Factory, name: str, now: datetime, *, stop: Stop = _never) -> Result:
    """Run one job unless another process is running it; record start, finish and result.

    The result says ``status``: ``done``, ``skipped`` (running elsewhere),
    ``stopped`` (asked to stop between batches) or ``failed`` (the error is
    logged, recorded and raised again).
    """
    body = BODIES[name]
    _ensure_row(factory, name)
    postgres = factory.kw["bind"].dialect.name == "postgresql"
    held = _held_postgres if postgres else _held_sqlite
    began = monotonic()
    with held(factory, name, now) as row:
        if row is None:
            return {"job": name, "status": "skipped", "reason": "running elsewhere"}
        previous = {k: v for k, v in (row.last_result or {}).items() if k != "running_since"}
        head = {"job": name, "started_at": now.isoformat()}
        failure: Exception | None = None
        try:
            result = {**head, "status": "done", **body(factory, now, previous, stop)}
        except Stopped:
            result = {**head, "status": "stopped", **_kept(previous)}
        except Exception as exc:
            log.exception("job %s failed", name)
            result = {**head, "status": "failed", "error": str(exc)[:500], **_kept(previous)}
            failure = exc
        finished = now + timedelta(seconds=round(monotonic() - began, 3))
        result["finished_at"] = finished.isoformat()
        row.last_finished_at = finished
        row.last_result = result
    if failure is not None:
        raise failure
    return result


def expire(factory: Factory, now: datetime, *, stop: Stop = _never) -> Result:
    """Write ``expire`` entries for what is left of lots that ended at or before ``now``."""
    return run_job(factory, "expire", now, stop=stop)


def evaluate_tiers(factory: Factory, now: datetime, *, stop: Stop = _never) -> Result:
    """Evaluate members at their window ends (start grace or move down) and as grace ends."""
    return run_job(factory, "tiers", now, stop=stop)


def release(factory: Factory, now: datetime, *, stop: Stop = _never) -> Result:
    """Put the accounts of members whose pending points unlocked since the last run in the feed."""
    return run_job(factory, "release", now, stop=stop)


def run_all(factory: Factory, now: datetime, *, stop: Stop = _never) -> dict[str, Result]:
    """Every job in order (expire, tiers, release); one failing does not stop the others."""
    results: dict[str, Result] = {}
    for name in NAMES:
        if stop():
            break
        try:
            results[name] = run_job(factory, name, now, stop=stop)
        except Exception as exc:
            results[name] = {"job": name, "status": "failed", "error": str(exc)[:500]}
    return results


# --- the timer inside ``server run`` ----------------------------------------


def every_from_env() -> float:
    """Seconds between runs from ``MEMBERDESK_JOBS_EVERY`` (``server run`` sets it); 0 is off."""
    try:
        return max(0.0, float(os.environ.get(JOBS_EVERY_ENV, "0")))
    except ValueError:
        return 0.0


class JobTimer:
    """Runs ``run_all`` every ``every`` seconds in a daemon thread until ``stop()``.

    The first run comes after ``first_delay`` (at most ``every``), so a server that
    restarts often still runs its jobs. Stopping interrupts a run between batches.
    """

    def __init__(
        self,
        factory: Factory,
        every: float,
        now: Callable[[], datetime] = clock.now,
        first_delay: float = 10.0,
    ) -> None:
        self.factory = factory
        self.every = every
        self.now = now
        self.first_delay = min(first_delay, every)
        self.runs = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="memberdesk-jobs", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _loop(self) -> None:
        delay = self.first_delay
        while not self._stop.wait(delay):
            try:
                results = run_all(self.factory, self.now(), stop=self._stop.is_set)
                log.info("scheduled jobs: %s", {k: v.get("status") for k, v in results.items()})
            except Exception:
                log.exception("scheduled jobs failed")
            self.runs += 1
            delay = self.every
