"""The embedded set-up of ``make run`` / ``make pos``: central API on SQLite, demo devices.

The applications themselves are not opened here (tests/gui covers them);
everything they need is: the seeded central database, the API started (or found
running), the till and the back-office desktop set up against it, which then
sync: a back-office change reaches the API and the till.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from memberdesk import embedded
from tests.live import free_port


def run(*args: str) -> Any:
    done = subprocess.run(
        [sys.executable, "-m", "memberdesk", *args, "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def device_setting(db: Path) -> dict[str, Any]:
    with sqlite3.connect(db) as conn:
        (value,) = conn.execute("SELECT value FROM settings WHERE key = 'device'").fetchone()
    setting: dict[str, Any] = json.loads(value)
    return setting


def test_the_demo_till_is_set_up_against_the_embedded_api_and_syncs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "home" / "data"))
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    data, port = tmp_path / "demo", free_port()

    url = embedded.ensure_central(data, members=60)
    api = embedded.start_api(url, port)
    assert api is not None
    try:
        # A second start finds it running and starts nothing.
        assert embedded.start_api(url, port) is None
        embedded.use_a_keyring()
        till = embedded.ensure_till(data, port)
        assert embedded.ensure_till(data, port) == till  # set up once
        assert run("sync", "--db", str(till))["status"]["queue_depth"] == 0

        # The back office is a head-office desktop of the same API, with every member.
        office = embedded.ensure_backoffice(data, port)
        assert embedded.ensure_backoffice(data, port) == office  # set up once
        identity = device_setting(office)
        assert identity["kind"] == "backoffice" and identity["operator"] == "backoffice"
        assert identity["server_url"] == f"http://127.0.0.1:{port}"
        with sqlite3.connect(office) as conn:
            (members,) = conn.execute("SELECT count(*) FROM members").fetchone()
            (code,) = conn.execute(
                "SELECT code FROM members WHERE home_store = 'S001' ORDER BY code"
            ).fetchone()
        assert members == 60
        # A back-office change goes through the outbox to the API, and on to the till.
        before = run("members", "show", "--db", str(till), code)["points"]["confirmed"]
        run(
            "adjust", "--db", str(office), "--member", code, "--points", "77",
            "--reason", "demo", "--staff", "backoffice",
        )  # fmt: skip
        pushed = run("sync", "--db", str(office))
        assert pushed["push"]["applied"] == 1 and pushed["status"]["queue_depth"] == 0
        token = httpx.post(
            f"http://127.0.0.1:{port}/v1/auth/token",
            data={"username": "admin", "password": embedded.ADMIN_PASSWORD},
        ).json()["access_token"]
        card = httpx.get(
            f"http://127.0.0.1:{port}/v1/members/{code}",
            headers={"Authorization": f"Bearer {token}"},
        ).json()
        assert card["points"]["balance"] == before + 77
        run("sync", "--db", str(till))
        assert run("members", "show", "--db", str(till), code)["points"]["confirmed"] == before + 77
    finally:
        api.terminate()
        api.wait(timeout=10)
    # The seeded central database is reused, not seeded again.
    assert embedded.ensure_central(data, members=60) == url
    assert (data / "central.ready").exists()


def test_a_failed_step_is_one_line_and_exit_2(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    done = subprocess.run(
        [sys.executable, "-m", "memberdesk.embedded", "pos", "--data", str(blocker / "x")],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("error: ") and "file" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
