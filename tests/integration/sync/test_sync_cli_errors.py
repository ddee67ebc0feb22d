"""Mistakes at the device's command line: one line on stderr, a non-zero exit, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.sync.conftest import memberdesk

SETUP = ["--store", "S001", "--user", "S001-manager", "--password", "demo-pass-1"]


def _one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def test_sync_of_a_missing_or_standalone_database(tmp_path: Path) -> None:
    missing = memberdesk("sync", "--db", str(tmp_path / "none.db"), ok=False)
    assert missing.returncode == 2 and "no database at" in _one_line(missing.stderr)
    assert not (tmp_path / "none.db").exists()

    demo = tmp_path / "demo.db"
    memberdesk("seed", "--db", str(demo), "--members", "3")
    standalone = memberdesk("sync", "--db", str(demo), ok=False)
    assert standalone.returncode == 2
    assert "not set up for sync" in _one_line(standalone.stderr)


def test_setup_refuses_bad_input_before_enrolling(tmp_path: Path) -> None:
    db = tmp_path / "till.db"
    bad_url = memberdesk(
        "device", "setup", "--db", str(db), "--server", "ftp://x", *SETUP, ok=False
    )
    assert bad_url.returncode == 2 and "--server must be" in _one_line(bad_url.stderr)
    unreachable = memberdesk(
        "device", "setup", "--db", str(db), "--server", "http://127.0.0.1:9", *SETUP, ok=False
    )
    assert unreachable.returncode == 1
    assert "cannot reach the server" in _one_line(unreachable.stderr)
    assert not db.exists()


def test_setup_without_a_keyring_says_so_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    db = tmp_path / "till.db"
    proc = memberdesk(
        "device", "setup", "--db", str(db), "--server", "http://127.0.0.1:9", *SETUP, ok=False
    )
    assert proc.returncode == 2 and "no usable keyring backend" in _one_line(proc.stderr)
    assert not db.exists()
