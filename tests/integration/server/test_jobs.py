"""Scheduled jobs on SQLite and PostgreSQL: expiry, tiers at window ends, released locks."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select

from core import clock
from core.catalog import tier_defs
from core.db.models import (
    CommandRow,
    Member,
    PointAccount,
    PointEntry,
    PointLot,
    QualifyingEvent,
    Setting,
)
from core.ledger import check_invariants
from core.tiers import TierPolicy, shift_years, tier_for
from server.jobs import run_all, run_job
from server.models import Change, FeedClock, JobRun
from tests.conftest import T0
from tests.integration.server.conftest import admin, login


def _counts(factory: Any) -> tuple[int, int, int]:
    """Commands, points entries and feed changes: what a second run must not add to."""
    with factory() as s:
        return (
            s.execute(select(func.count()).select_from(CommandRow)).scalar_one(),
            s.execute(select(func.count()).select_from(PointEntry)).scalar_one(),
            s.execute(select(FeedClock.last)).scalar_one(),
        )


def _due(factory: Any, at: datetime) -> dict[str, int]:
    with factory() as s:
        rows = s.execute(
            select(PointLot.member_id, func.sum(PointLot.remaining))
            .where(PointLot.remaining > 0, PointLot.expires_at <= at)
            .group_by(PointLot.member_id)
        ).all()
    return {m: int(p) for m, p in rows}


def test_expire_writes_entries_once(factory: Any) -> None:
    at = T0 + timedelta(days=2)
    due = _due(factory, at)
    assert due, "the seed has lots ending on 2026-03-03"
    with factory() as s:
        before = {m: s.get(PointAccount, m).balance for m in due}
    commands, entries, _changes = _counts(factory)

    result = run_job(factory, "expire", at)
    assert result["status"] == "done"
    assert (result["members"], result["points"]) == (len(due), sum(due.values()))
    assert _due(factory, at) == {}
    with factory() as s:
        for member, points in due.items():
            assert s.get(PointAccount, member).balance == before[member] - points
            assert check_invariants(s, member) == []
        written = s.execute(
            select(PointEntry.member_id, PointEntry.points, PointEntry.kind)
            .join(CommandRow, CommandRow.id == PointEntry.command_id)
            .where(CommandRow.device_id == "system:jobs")
        ).all()
    assert {m: -p for m, p, _ in written} == due
    assert {k for *_, k in written} == {"expire"}
    assert _counts(factory)[:2] == (commands + len(due), entries + len(due))

    again = run_job(factory, "expire", at)
    assert (again["status"], again["members"], again["points"]) == ("done", 0, 0)
    assert _counts(factory)[:2] == (commands + len(due), entries + len(due))
    with factory() as s:
        row = s.get(JobRun, "expire")
        assert row.last_started_at == at and row.last_finished_at >= at
        assert row.last_result["members"] == 0


def _promote(factory: Any, tier: str = "T3") -> str:
    """A lowest-tier member moved up by hand, so their spending falls short of ``tier``."""
    with factory() as s, s.begin():
        member = s.execute(
            select(Member).where(Member.tier_code == "T0").order_by(Member.code).limit(1)
        ).scalar_one()
        member.tier_code = tier
        member.tier_since = T0.date()
        member.tier_grace_until = None
        return str(member.id)


def _member(factory: Any, member_id: str) -> Member:
    with factory() as s:
        return s.get(Member, member_id)


def _window_total(factory: Any, member_id: str, on: date) -> int:
    with factory() as s:
        total = s.execute(
            select(func.coalesce(func.sum(QualifyingEvent.spend_fen), 0)).where(
                QualifyingEvent.member_id == member_id,
                QualifyingEvent.at >= datetime.combine(shift_years(on, -1), datetime.min.time()),
                QualifyingEvent.at < datetime.combine(on + timedelta(days=1), datetime.min.time()),
            )
        ).scalar_one()
    return max(0, int(total))


def _ladder(factory: Any) -> list[Any]:
    with factory() as s:
        return tier_defs(s)


def test_tiers_grace_then_downgrade(factory: Any) -> None:
    member_id = _promote(factory)
    first = run_job(factory, "tiers", T0)
    assert first["status"] == "done" and first["grace_started"] >= 1
    m = _member(factory, member_id)
    assert (m.tier_code, m.tier_grace_until) == ("T3", T0.date() + timedelta(days=30))

    counts = _counts(factory)
    again = run_job(factory, "tiers", T0 + timedelta(hours=1))
    assert again["evaluated"] == 0
    assert _counts(factory) == counts

    # Still in grace the day before it ends: kept, nothing to decide for this member.
    run_job(factory, "tiers", T0 + timedelta(days=29))
    m = _member(factory, member_id)
    assert (m.tier_code, m.tier_grace_until) == ("T3", T0.date() + timedelta(days=30))

    end = T0 + timedelta(days=30)
    result = run_job(factory, "tiers", end)
    assert result["downgrade"] >= 1
    expected = tier_for(_ladder(factory), _window_total(factory, member_id, end.date())).code
    m = _member(factory, member_id)
    assert (m.tier_code, m.tier_grace_until, m.tier_since) == (expected, None, end.date())
    assert expected != "T3"

    # Even with its watermark gone, the job finds nothing left to decide.
    counts = _counts(factory)
    with factory() as s, s.begin():
        s.execute(delete(JobRun).where(JobRun.name == "tiers"))
    forced = run_job(factory, "tiers", end)
    assert forced["evaluated"] == 0, forced
    assert _counts(factory) == counts


def test_calendar_window_end_is_decided_on_its_last_day(factory: Any) -> None:
    with factory() as s, s.begin():
        policy = TierPolicy(measure="spend", window="calendar", grace_days=30)
        s.merge(Setting(key="tier_policy", value=policy.to_dict()))
    member_id = _promote(factory)
    # Mid-year nothing is decided: a calendar window ends on 31 December.
    run_job(factory, "tiers", T0)
    assert _member(factory, member_id).tier_grace_until is None

    new_year = datetime(2027, 1, 1, 3, 0)
    result = run_job(factory, "tiers", new_year)
    assert result["grace_started"] >= 1
    m = _member(factory, member_id)
    assert (m.tier_code, m.tier_grace_until) == ("T3", date(2027, 1, 30))
    with factory() as s:
        times = s.execute(
            select(CommandRow.device_time).where(
                CommandRow.kind == "evaluate_tier",
                CommandRow.payload["member_id"].as_string() == member_id,
            )
        ).scalars()
        assert list(times) == [datetime(2026, 12, 31, 23, 59, 59)]

    counts = _counts(factory)
    assert run_job(factory, "tiers", new_year + timedelta(hours=5))["evaluated"] == 0
    assert _counts(factory) == counts

    run_job(factory, "tiers", datetime(2027, 1, 30, 1, 0))
    m = _member(factory, member_id)
    assert m.tier_code != "T3" and m.tier_grace_until is None


def _touched_accounts(factory: Any, after: int) -> set[str]:
    with factory() as s:
        keys = s.execute(
            select(Change.key).where(Change.id > after, Change.entity == "point_accounts")
        ).scalars()
        return {json.loads(k)[0] for k in keys}


def test_release_touches_accounts_whose_lock_ended(factory: Any) -> None:
    run_job(factory, "release", T0)  # the watermark starts here
    at = T0 + timedelta(days=6)
    with factory() as s:
        unlocked = set(
            s.execute(
                select(PointLot.member_id).where(
                    PointLot.remaining > 0, PointLot.available_at > T0, PointLot.available_at <= at
                )
            ).scalars()
        )
    assert unlocked, "the seed has points locked until early March"
    commands, entries, clock_before = _counts(factory)

    result = run_job(factory, "release", at)
    assert result["members"] == len(unlocked)
    assert result["released_through"] == at.isoformat()
    assert _touched_accounts(factory, clock_before) == unlocked
    # Derived, not written: no command, no entry.
    assert _counts(factory)[:2] == (commands, entries)

    counts = _counts(factory)
    assert run_job(factory, "release", at)["members"] == 0
    assert run_job(factory, "release", T0 + timedelta(days=1))["members"] == 0  # never backwards
    assert _counts(factory) == counts


def test_run_all_twice_changes_nothing(factory: Any) -> None:
    at = T0 + timedelta(days=40)
    first = run_all(factory, at)
    assert {r["status"] for r in first.values()} == {"done"}
    counts = _counts(factory)
    second = run_all(factory, at)
    assert [second[n]["status"] for n in ("expire", "tiers", "release")] == ["done"] * 3
    assert (second["expire"]["members"], second["tiers"]["evaluated"]) == (0, 0)
    assert second["release"]["members"] == 0
    assert _counts(factory) == counts


def test_a_job_running_elsewhere_is_skipped(factory: Any) -> None:
    at = T0 + timedelta(days=2)
    run_job(factory, "release", T0)
    with factory() as s, s.begin():
        if s.get_bind().dialect.name == "postgresql":
            # Another API process holds the row for its whole run.
            s.execute(select(JobRun).where(JobRun.name == "release").with_for_update())
            assert run_job(factory, "release", at)["status"] == "skipped"
            return
        row = s.get(JobRun, "release")
        row.last_result = {**row.last_result, "running_since": clock.now().isoformat()}
    assert run_job(factory, "release", at)["status"] == "skipped"
    # A claim older than the lease belongs to a process that died: taken over.
    with factory() as s, s.begin():
        row = s.get(JobRun, "release")
        stale = (clock.now() - timedelta(hours=2)).isoformat()
        row.last_result = {**row.last_result, "running_since": stale}
    result = run_job(factory, "release", at)
    assert result["status"] == "done"
    with factory() as s:
        assert "running_since" not in s.get(JobRun, "release").last_result


def test_run_endpoint_is_for_admins(client: Any, factory: Any) -> None:
    client.app.state.clock = lambda: T0 + timedelta(days=2)
    r = client.post("/v1/jobs/expire/run", headers=admin(client))
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "done" and r.json()["members"] > 0
    again = client.post("/v1/jobs/expire/run", headers=admin(client))
    assert again.json()["members"] == 0
    assert client.post("/v1/jobs/nope/run", headers=admin(client)).status_code == 404
    refused = client.post("/v1/jobs/tiers/run", headers=login(client, "backoffice"))
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "forbidden"


def test_timer_runs_jobs_in_the_server_and_stops(factory: Any) -> None:
    from fastapi.testclient import TestClient

    from server.app import create_app

    app = create_app(factory, jobs_every=0.05)
    app.state.clock = lambda: T0
    with TestClient(app) as c:
        assert c.get("/v1/health").status_code == 200
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with factory() as s:
                done = s.execute(
                    select(func.count())
                    .select_from(JobRun)
                    .where(JobRun.last_finished_at.is_not(None))
                ).scalar_one()
            if done == 3:
                break
            time.sleep(0.05)
        assert done == 3
        timer = app.state.job_timer
    assert not timer._thread.is_alive()


def test_cli_runs_the_jobs_and_prints_json(db_url: str) -> None:
    verb = [sys.executable, "-m", "memberdesk", "server", "jobs", "--database-url", db_url]

    def jobs(*extra: str) -> Any:
        proc = subprocess.run(
            [*verb, "--at", "2026-03-04T10:00", "--json", *extra],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)

    first = jobs()
    assert first["at"] == "2026-03-04T10:00:00"
    assert set(first["jobs"]) == {"expire", "tiers", "release"}
    assert {r["status"] for r in first["jobs"].values()} == {"done"}
    assert first["jobs"]["expire"]["members"] > 0
    second = jobs("--only", "expire")
    assert list(second["jobs"]) == ["expire"]
    assert second["jobs"]["expire"]["members"] == 0

    bad = subprocess.run(
        [*verb, "--at", "yesterday"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 2
    assert bad.stderr.startswith("error: --at") and "Traceback" not in bad.stderr
