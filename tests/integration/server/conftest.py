"""The central API on a real database: SQLite and PostgreSQL, a fresh copy per test.

A seeded template is built once per backend and session (demo rulebook, catalog,
members, demo staff); each test gets its own copy: a file copy on SQLite,
``CREATE DATABASE … TEMPLATE`` on PostgreSQL. With ``CI=true`` PostgreSQL must
be reachable; elsewhere its tests skip when it is not.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import T0

PG_HOST = os.environ.get("MEMBERDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432")
SEED_MEMBERS = 40


def pg_admin_conn() -> Any:
    import psycopg

    return psycopg.connect(f"{PG_HOST}/postgres", autocommit=True, connect_timeout=3)


def pg_available() -> bool:
    try:
        pg_admin_conn().close()
    except Exception:
        return False
    return True


def require_pg() -> None:
    if pg_available():
        return
    if os.environ.get("CI") == "true":
        pytest.fail("CI=true but PostgreSQL at 127.0.0.1:5432 is not reachable")
    pytest.skip("PostgreSQL is not reachable")


def pg_create(name: str, template: str | None = None) -> str:
    with pg_admin_conn() as conn:
        extra = f" TEMPLATE {template}" if template else ""
        conn.execute(f'CREATE DATABASE "{name}"{extra}')
    return f"{PG_HOST}/{name}"


def pg_drop(name: str) -> None:
    with pg_admin_conn() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class Template:
    backend: str
    location: str  # a file path (SQLite) or a database name (PostgreSQL)


def seed_server(url: str, members: int = SEED_MEMBERS) -> None:
    from core.seed import seed_device
    from server.db import open_server_db
    from server.main import init
    from server.seed import add_demo_staff

    init(url, "admin-pass-1", now=T0).kw["bind"].dispose()
    factory = open_server_db(url)
    seed_device(factory, members=members, now=T0)
    add_demo_staff(factory)
    factory.kw["bind"].dispose()


@pytest.fixture(
    scope="session", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def template(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Template]:
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("server") / "template.db"
        seed_server(f"sqlite:///{path}")
        yield Template("sqlite", str(path))
        return
    require_pg()
    name = f"md_tmpl_{uuid.uuid4().hex[:10]}"
    pg_create(name)
    try:
        seed_server(f"{PG_HOST}/{name}")
        yield Template("postgres", name)
    finally:
        pg_drop(name)


@pytest.fixture
def db_url(template: Template, tmp_path: Path) -> Iterator[str]:
    if template.backend == "sqlite":
        path = tmp_path / "server.db"
        shutil.copy(template.location, path)
        yield f"sqlite:///{path}"
        return
    name = f"md_test_{uuid.uuid4().hex[:12]}"
    url = pg_create(name, template=template.location)
    try:
        yield url
    finally:
        pg_drop(name)


@pytest.fixture
def factory(db_url: str) -> Iterator[Any]:
    from server.db import open_server_db

    factory = open_server_db(db_url, migrate=False)
    yield factory
    factory.kw["bind"].dispose()


@pytest.fixture
def client(factory: Any) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from server.app import create_app

    app = create_app(factory)
    app.state.clock = lambda: T0
    with TestClient(app) as c:
        yield c


def login(client: Any, username: str, password: str = "demo-pass-1") -> dict[str, str]:
    r = client.post("/v1/auth/token", data={"username": username, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def admin(client: Any) -> dict[str, str]:
    return login(client, "admin", "admin-pass-1")


def enrol_device(
    client: Any, store: str | None = "S001", kind: str = "store", region: str | None = None
) -> tuple[str, dict[str, str]]:
    """Enrol a device (as admin) and return its id and bearer headers."""
    body: dict[str, Any] = {"name": f"test {kind} {store or region}", "kind": kind}
    if store:
        body["store_code"] = store
    if region:
        body["region"] = region
    r = client.post("/v1/devices", json=body, headers=admin(client))
    assert r.status_code == 201, r.text
    data = r.json()
    return data["device_id"], {"Authorization": f"Bearer {data['token']}"}
