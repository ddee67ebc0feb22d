"""``memberdesk report``: the dashboards headless, as JSON or a table; bad input is one line."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from core import analytics as a

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 6, 15, 12, 0)


def report(*args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "memberdesk", "report", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from core.db.engine import open_device_db
    from core.seed import seed_device

    path = tmp_path_factory.mktemp("report") / "d.db"
    factory = open_device_db(path)
    seed_device(factory, members=300, now=NOW)
    factory.kw["bind"].dispose()
    yield path


def api(db: Path, fn: object, filters: a.Filters, **kw: object) -> object:
    from core.db.engine import open_device_db

    factory = open_device_db(db)
    try:
        with factory() as s, s.begin():
            a.refresh_aggregates(s)
            return a.to_data(fn(s, filters, **kw))  # type: ignore[operator]
    finally:
        factory.kw["bind"].dispose()


PERIOD = ["--from", "2026-04-01", "--to", "2026-06-15"]
FILTERS = a.Filters(
    start=datetime(2026, 4, 1).date(), end=datetime(2026, 6, 15).date(), regions=("R01",)
)


@pytest.mark.parametrize(
    ("kind", "fn"),
    [("members", a.member_overview), ("points", a.points_health), ("mall", a.mall_overview)],
)
def test_json_is_what_the_api_gives(db: Path, kind: str, fn: object) -> None:
    proc = report("--db", str(db), kind, "--json", *PERIOD, "--region", "R01")
    assert proc.returncode == 0, proc.stderr
    got = json.loads(proc.stdout)
    want = api(db, fn, FILTERS)
    # Liability is "now" and both ran today, so even it agrees.
    assert got == want
    assert got["scope"]["stores"] == ["S001", "S002", "S003"]


def test_members_as_a_table(db: Path) -> None:
    proc = report("--db", str(db), "members", *PERIOD, "--bucket", "month")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(report("--db", str(db), "members", "--json", *PERIOD).stdout)
    assert proc.stdout.startswith("Members, 2026-04-01 to 2026-06-15")
    assert f"members {data['members']:,}" in proc.stdout
    assert "2026-06-01" in proc.stdout and "S005" in proc.stdout


def test_points_and_mall_as_tables(db: Path) -> None:
    points = report("--db", str(db), "points", *PERIOD, "--tier", "T1,T2")
    mall = report("--db", str(db), "mall", *PERIOD, "--store", "S001", "--top", "3")
    assert points.returncode == 0 and mall.returncode == 0
    assert "consumption" in points.stdout and "band 60-80 %" in points.stdout
    assert "tiers T1,T2" in points.stdout
    assert "conversion" in mall.stdout and "stores S001" in mall.stdout


def test_rfm_and_churn_recompute_and_list(db: Path) -> None:
    rfm = report("--db", str(db), "rfm", "--json", "--as-of", "2026-06-15")
    assert rfm.returncode == 0, rfm.stderr
    data = json.loads(rfm.stdout)
    assert data["run"]["as_of"] == "2026-06-15"
    assert [s["segment"] for s in data["segments"]] == list(a.SEGMENTS)
    assert sum(s["members"] for s in data["segments"]) == data["run"]["members_scored"] > 0
    churn = report("--db", str(db), "churn", "--json", "--as-of", "2026-06-15", "--drop-pct", "40")
    assert churn.returncode == 0, churn.stderr
    listed = json.loads(churn.stdout)
    assert listed["drop_pct"] == 40 and listed["members"]
    for w in listed["members"]:
        assert (w["previous_purchases"] - w["recent_purchases"]) * 100 > 40 * w[
            "previous_purchases"
        ]
    table = report("--db", str(db), "churn", "--no-recompute", "--limit", "5", "--region", "R02")
    assert table.returncode == 0 and "Churn warning" in table.stdout
    assert "R01" not in table.stdout.split("\n", 2)[2]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["sales"], "invalid choice: 'sales'"),
        (["members", "--from", "2026-02-30"], "--from: not a date: '2026-02-30'"),
        (["members", "--store", "S999"], "unknown store 'S999'"),
        (["points", "--region", "R9"], "unknown region 'R9'"),
        (["mall", "--tier", "GOLD"], "unknown tier 'GOLD'"),
        (["members", "--from", "2026-05-01", "--to", "2026-04-01"], "starts 2026-05-01 after"),
        (["churn", "--drop-pct", "150"], "--drop-pct: between 1 and 100"),
        (["members", "--bucket", "year"], "invalid choice: 'year'"),
    ],
)
def test_bad_input_is_one_line_and_changes_nothing(db: Path, args: list[str], message: str) -> None:
    before = _analytics_rows(db)
    proc = report("--db", str(db), *args)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], proc.stderr
    assert _analytics_rows(db) == before


def test_a_missing_or_foreign_file_is_named(tmp_path: Path) -> None:
    missing = report("--db", str(tmp_path / "none.db"), "members")
    assert missing.returncode == 2 and "no database at" in missing.stderr
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    proc = report("--db", str(junk), "members")
    assert proc.returncode == 2 and "not a MemberDesk database" in proc.stderr


def _analytics_rows(db: Path) -> tuple[int, ...]:
    with sqlite3.connect(db) as conn:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("analytics_state", "analytics_member", "analytics_daily", "analytics_rfm")
        )
