"""`memberdesk server init`, `seed --database-url` and `server run`, as an operator runs them,
on SQLite and on PostgreSQL: the contract's endpoints answer."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
from collections.abc import Iterator

import httpx
import pytest

from tests.integration.server.conftest import PG_HOST, pg_create, pg_drop, require_pg
from tests.live import live_server


def run(*args: str, ok: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "memberdesk", *args], capture_output=True, text=True, timeout=300
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: object) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/central.db"
        return
    require_pg()
    name = f"md_cli_{uuid.uuid4().hex[:10]}"
    pg_create(name)
    try:
        yield f"{PG_HOST}/{name}"
    finally:
        pg_drop(name)


def test_init_seed_run_serve_the_contract(database_url: str) -> None:
    run("server", "init", "--database-url", database_url, "--admin-password", "admin-pass-1")
    # Running init again migrates nothing and keeps the admin.
    run("server", "init", "--database-url", database_url, "--admin-password", "other-pass-2")
    seeded = json.loads(
        run("seed", "--database-url", database_url, "--members", "60", "--json").stdout
    )
    assert seeded["members"] == 60 and "S001-clerk" in seeded["staff"]

    with live_server(database_url) as server, httpx.Client(base_url=server.url) as http:
        assert http.get("/v1/health").json() == {"status": "ok", "database": "ok"}
        assert "/v1/sync/push" in http.get("/openapi.json").json()["paths"]
        token = http.post(
            "/v1/auth/token", data={"username": "admin", "password": "admin-pass-1"}
        ).json()["access_token"]
        staff = {"Authorization": f"Bearer {token}"}
        page = http.get("/v1/members", params={"limit": 5}, headers=staff).json()
        code = page["members"][0]["code"]
        member = http.get(f"/v1/members/{code}", headers=staff).json()
        assert member["code"] == code
        assert "*" in member["phone"]
        assert set(member["points"]) >= {"balance", "available", "locked", "debt"}
        ledger = http.get(f"/v1/members/{code}/ledger", headers=staff).json()
        assert isinstance(ledger["entries"], list)
        device = http.post(
            "/v1/devices",
            json={"name": "till", "kind": "store", "store_code": "S001"},
            headers=staff,
        ).json()
        pulled = http.get(
            "/v1/sync/pull",
            params={"limit": 200},
            headers={"Authorization": f"Bearer {device['token']}"},
        ).json()
        assert pulled["changes"] and pulled["has_more"] is True


def test_operator_mistakes_get_one_line() -> None:
    proc = run(
        "server", "init", "--database-url", "mysql://x", "--admin-password", "x" * 8, ok=False
    )
    assert proc.returncode == 2 and proc.stderr.startswith("error: unsupported database URL")
    proc = run(
        "server",
        "init",
        "--database-url",
        "postgresql://postgres@127.0.0.1:1/nothing",
        "--admin-password",
        "x" * 8,
        ok=False,
    )
    assert proc.returncode == 2 and proc.stderr.startswith("error: cannot reach the database")
    assert len(proc.stderr.strip().splitlines()) == 1
