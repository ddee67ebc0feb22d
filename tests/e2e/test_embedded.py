"""The embedded set-up of ``make run`` / ``make pos``: central API on SQLite, a demo till.

The application itself is not opened here (tests/gui covers it); everything it
needs is: the seeded central database, the API started (or found running), and
the till set up against it, which then syncs.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from memberdesk import embedded
from tests.live import free_port


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
        done = subprocess.run(
            [sys.executable, "-m", "memberdesk", "sync", "--db", str(till), "--json"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["status"]["queue_depth"] == 0
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
