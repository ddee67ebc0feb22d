"""A real central API process on a loopback port and real device files, on SQLite and PostgreSQL.

The server's database is a fresh copy of the seeded template of
``tests/integration/server/conftest.py`` per test. The keyring is a plaintext
file under a temporary HOME (``PYTHON_KEYRING_BACKEND``), never the user's own.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.integration.server.conftest import db_url, template  # noqa: F401  (fixtures)
from tests.live import LiveServer, free_port, live_server

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(autouse=True)
def private_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    # The backend object works out its file's place once, from HOME; the one this test
    # replaces is put back afterwards, or a later test in this process (the e2e tills,
    # whose children read the session's keyring) would write its credentials here.
    previous = keyring.get_keyring()
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    keyring.set_keyring(PlaintextKeyring())
    yield home
    keyring.set_keyring(previous)


def memberdesk(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "memberdesk", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    if ok:
        assert proc.returncode == 0, f"memberdesk {' '.join(args[:2])}: {proc.stderr}"
    return proc


@dataclass
class Central:
    """The API on its own database copy, on a port that stays the same across restarts."""

    database_url: str
    port: int = field(default_factory=free_port)
    _stack: ExitStack = field(default_factory=ExitStack)
    server: LiveServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        assert self.server is None
        self.server = self._stack.enter_context(live_server(self.database_url, port=self.port))

    def stop(self) -> None:
        self._stack.close()
        self._stack = ExitStack()
        self.server = None

    def http(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30)

    def admin_headers(self) -> dict[str, str]:
        with self.http() as h:
            r = h.post("/v1/auth/token", data={"username": "admin", "password": "admin-pass-1"})
            return {"Authorization": f"Bearer {r.json()['access_token']}"}

    def factory(self) -> Any:
        from server.db import open_server_db

        factory = open_server_db(self.database_url, migrate=False)
        self._stack.callback(factory.kw["bind"].dispose)
        return factory


@pytest.fixture
def central(db_url: str) -> Iterator[Central]:  # noqa: F811
    c = Central(db_url)
    c.start()
    try:
        yield c
    finally:
        c.stop()


@dataclass
class Device:
    """One till's SQLite file, driven by the command line."""

    path: Path

    def run(self, *args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
        verb, *rest = args
        if verb in ("members", "device"):
            return memberdesk(verb, rest[0], "--db", str(self.path), *rest[1:], ok=ok)
        return memberdesk(verb, "--db", str(self.path), *rest, ok=ok)

    def json(self, *args: str) -> Any:
        return json.loads(self.run(*args, "--json").stdout)

    def setup(self, central: Central, store: str = "S001", user: str = "S001-manager") -> Any:
        return self.json(
            "device",
            "setup",
            "--server",
            central.url,
            "--store",
            store,
            "--user",
            user,
            "--password",
            "demo-pass-1",
        )

    def sync(self, ok: bool = True) -> subprocess.CompletedProcess[str]:
        return self.run("sync", "--json", ok=ok)

    def query(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        with sqlite3.connect(self.path) as conn:
            return conn.execute(sql, params).fetchall()

    def setting(self, key: str) -> Any:
        rows = self.query("SELECT value FROM settings WHERE key = ?", key)
        return json.loads(rows[0][0]) if rows else None


@pytest.fixture
def device(tmp_path: Path) -> Device:
    return Device(tmp_path / "till.db")
