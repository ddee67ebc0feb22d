"""The CLI verbs as a user runs them: a subprocess, exit codes, JSON, nothing written on error."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

TABLES = ["members", "sales", "point_entries", "point_lots", "commands", "redemptions", "refunds"]


def run(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "memberdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


def run_json(*args: str) -> Any:
    return json.loads(run(*args, "--json").stdout)


def fail(db: Path, *args: str) -> str:
    """Run a verb that must be refused: exit 2, one line on stderr, no row written."""
    before = counts(db)
    proc = run(*args, ok=False)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    assert counts(db) == before
    return lines[0]


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "d.db"
    summary = run_json("seed", "--db", str(db), "--members", "200", "--stores", "3")
    assert summary["members"] == 200 and summary["stores"] == 3
    return db


def a_member(db: Path, where: str = "status = 'active'") -> str:
    with sqlite3.connect(db) as conn:
        return str(conn.execute(f"SELECT code FROM members WHERE {where} LIMIT 1").fetchone()[0])


def test_members_show_prints_the_contract_fields(seeded: Path) -> None:
    code = a_member(seeded)
    data = run_json("members", "show", "--db", str(seeded), code)
    assert data["code"] == code and data["name"] and data["tier"]
    p = data["points"]
    assert set(p) >= {"confirmed", "pending_upload", "available", "locked", "debt"}
    assert p["available"] + p["locked"] - p["debt"] == p["confirmed"] + p["pending_upload"]
    assert "****" in data["phone"]
    text = run("members", "show", "--db", str(seeded), code).stdout
    assert code in text and "available" in text


def test_enrol_sell_refund_round_trip(seeded: Path) -> None:
    db = str(seeded)
    added = run_json("members", "add", "--db", db, "--name", "王小明", "--phone", "19912340000")
    assert added["tier"] == "普通" and added["points"]["available"] == 0
    by_phone = run_json("members", "show", "--db", db, "19912340000")
    assert by_phone["code"] == added["code"]

    sale = run_json("sale", "--db", db, "--member", added["code"], "--amount", "128.50")
    assert sale["points_earned"] > 0 and sale["amount_paid_fen"] == 12850
    assert sale["points_spent"] == 0 and sale["sale_id"]
    assert sale["breakdown"][0]["code"] == "base"
    after = run_json("members", "show", "--db", db, added["code"])
    assert after["points"]["locked"] == sale["points_earned"]
    assert after["points"]["pending_upload"] == sale["points_earned"]

    refund = run_json("refund", "--db", db, "--sale", sale["sale_id"])
    assert refund["points_reversed"] == sale["points_earned"]
    final = run_json("members", "show", "--db", db, added["code"])
    assert final["points"]["locked"] == 0 and final["points"]["confirmed"] == 0
    human = run("sale", "--db", db, "--member", added["code"], "--amount", "10").stdout
    assert "earned 10 points" in human


def test_partial_refund_by_receipt_number(seeded: Path) -> None:
    db = str(seeded)
    code = a_member(seeded)
    sale = run_json("sale", "--db", db, "--member", code, "--amount", "200")
    refund = run_json("refund", "--db", db, "--sale", sale["receipt_no"], "--amount", "50")
    assert refund["amount_fen"] == 5000
    assert refund["points_reversed"] == sale["points_earned"] * 5000 // sale["amount_paid_fen"]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["sale", "--member", "{code}", "--amount", "12.3.4"], "12.3.4"),
        (["sale", "--member", "M00000000000", "--amount", "10"], "M00000000000"),
        (["sale", "--member", "M123", "--amount", "10"], "M123"),
        (["sale", "--member", "{code}", "--amount", "10", "--redeem-points", "-3"], "negative"),
        (["sale", "--member", "{code}", "--amount", "10", "--coupon", "CNOPE"], "CNOPE"),
        (["sale", "--member", "{code}", "--amount", "100", "--redeem-points", "99999"], "points"),
        (["refund", "--sale", "R-NOPE"], "R-NOPE"),
        (["redeem", "--member", "{code}", "--reward", "NOPE"], "NOPE"),
        (["members", "add", "--name", "李四", "--phone", "123"], "123"),
        (["members", "show", "nobody"], "nobody"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    seeded: Path, args: list[str], needle: str
) -> None:
    code = a_member(seeded)
    filled = [a.replace("{code}", code) for a in args]
    line = fail(seeded, *filled, "--db", str(seeded))
    assert needle in line


def test_insufficient_points_out_of_stock_and_over_limit_are_refused(seeded: Path) -> None:
    db = str(seeded)
    added = run_json("members", "add", "--db", db, "--name", "赵六", "--phone", "19912340001")
    code = added["code"]
    line = fail(seeded, "redeem", "--db", db, "--member", code, "--reward", "RW0002")
    assert "points available" in line
    run("adjust", "--db", db, "--member", code, "--points", "500000", "--reason", "test")
    with sqlite3.connect(seeded) as conn:
        empty = conn.execute(
            "SELECT sku FROM store_stock WHERE store_code = 'S001' AND quantity = 0"
        ).fetchone()[0]
        limited = conn.execute(
            "SELECT sku FROM rewards WHERE per_member_limit = 1 AND min_tier_rank = 0"
        ).fetchone()[0]
    assert "stock" in fail(seeded, "redeem", "--db", db, "--member", code, "--reward", empty)
    run("redeem", "--db", db, "--member", code, "--reward", limited)
    line = fail(seeded, "redeem", "--db", db, "--member", code, "--reward", limited)
    assert "may redeem" in line


def test_frozen_account_refuses_sales(seeded: Path) -> None:
    db = str(seeded)
    added = run_json("members", "add", "--db", db, "--name", "钱七", "--phone", "19912340002")
    run("freeze", "--db", db, "--member", added["code"], "--reason", "lost card")
    line = fail(seeded, "sale", "--db", db, "--member", added["code"], "--amount", "10")
    assert "frozen" in line
    run("unfreeze", "--db", db, "--member", added["code"], "--reason", "found")
    run("sale", "--db", db, "--member", added["code"], "--amount", "10")


def test_missing_database_is_named(tmp_path: Path) -> None:
    proc = run("members", "show", "--db", str(tmp_path / "none.db"), "M1", ok=False)
    assert proc.returncode == 2 and "no database" in proc.stderr
    assert not (tmp_path / "none.db").exists()


def test_usage_errors_are_one_line(seeded: Path) -> None:
    proc = run("sale", "--db", str(seeded), ok=False)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1
