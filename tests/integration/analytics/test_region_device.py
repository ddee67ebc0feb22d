"""A regional manager's laptop: the dashboards on its own copy show its region, offline.

A real central API process (``tests/e2e`` fixtures), store tills in R01 and R02 that
sell and sync, a laptop set up with ``device setup --region R01``. The reports run on
the laptop's file alone, before and after a later pull (which the aggregates fold in
through the change-capture triggers).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import (  # noqa: F401  (fixtures)
    DEMO_PASSWORD,
    ROOT,
    Central,
    central,
    central_template,
    make_device,
    memberdesk,
    private_keyring,
)

R01 = ("S001", "S002", "S003")


def report(db: Path, *args: str) -> Any:
    proc = subprocess.run(
        [sys.executable, "-m", "memberdesk", "report", "--db", str(db), *args, "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    return json.loads(proc.stdout)


def members_by_store(server: Central) -> dict[str, tuple[str, str | None]]:
    from sqlalchemy import select

    from core.db.models import Member

    with server.factory()() as s:
        rows = s.execute(select(Member.code, Member.id, Member.home_store)).all()
    return {code: (mid, store) for code, mid, store in rows}


# The device side is the point here: the central database's kind does not matter.
@pytest.mark.parametrize("central_template", ["sqlite"], indirect=True)
def test_a_region_laptop_reports_its_region_only(
    central: Central,  # noqa: F811
    make_device: Any,  # noqa: F811
    tmp_path: Path,
) -> None:
    everyone = members_by_store(central)
    ours = sorted(c for c, (_i, store) in everyone.items() if store in R01)
    theirs = sorted(c for c, (_i, store) in everyone.items() if store and store not in R01)
    assert ours and theirs
    till1 = make_device("S001")
    till4 = make_device("S004")
    till1.setup(central.url)
    till4.setup(central.url)
    first = till1.sale(ours[0], "120")
    theirs_sale = till4.sale(theirs[0], "500")
    till1.sync()
    till4.sync()

    laptop = tmp_path / "laptop.db"
    memberdesk(
        "device",
        "setup",
        "--db",
        str(laptop),
        "--server",
        central.url,
        "--region",
        "R01",
        "--user",
        "R01-manager",
        "--password",
        DEMO_PASSWORD,
        "--json",
    )
    # The snapshot carried the region's history: the sale made before set-up is here
    # (with its ledger entry), R02's is not.
    with sqlite3.connect(laptop) as db:
        sales = {r[0] for r in db.execute("SELECT id FROM sales")}
        earned = db.execute(
            "SELECT count(*) FROM point_entries WHERE sale_id = ? AND kind = 'earn'",
            (first["sale_id"],),
        ).fetchone()[0]
    db.close()
    assert first["sale_id"] in sales and earned == 1
    assert not sales & {theirs_sale["sale_id"]}
    overview = report(laptop, "members")
    assert overview["members"] == len(ours)
    assert {g["key"] for g in overview["by_region"]} == {"R01"}
    health = report(laptop, "points")
    # The snapshot brings accounts and open lots: R02's 500 points are nowhere here.
    liability_before = health["liability_points"]
    assert liability_before >= first["points_earned"]

    # A later sale in R01 and one in R02 reach the laptop by the feed; a refresh folds them in.
    second = till1.sale(ours[-1], "80")
    till4.sale(theirs[-1], "900")
    till1.sync()
    till4.sync()
    memberdesk("sync", "--db", str(laptop), "--json")
    after = report(laptop, "points")
    assert after["flow"]["earned"] == health["flow"]["earned"] + second["points_earned"]
    assert after["liability_points"] == liability_before + second["points_earned"]
    mall = report(laptop, "mall")
    assert all(a["store"] in R01 for a in mall["stock_alerts"] if a["store"])
    churn = report(laptop, "churn", "--min-previous", "1")
    assert all(w["region"] == "R01" for w in churn["members"])
