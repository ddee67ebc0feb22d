"""Entry points: the app built from the environment (for uvicorn workers), init, run."""

from __future__ import annotations

import gc
import os
from datetime import datetime

from fastapi import FastAPI
from sqlalchemy.orm import Session, sessionmaker

from core import clock
from server.app import create_app
from server.auth import create_staff
from server.db import open_server_db
from server.models import StaffAccount

URL_ENV = "MEMBERDESK_DATABASE_URL"


def app_from_env() -> FastAPI:
    """What ``uvicorn --factory server.main:app_from_env`` serves (one per worker process)."""
    url = os.environ.get(URL_ENV)
    if not url:
        raise RuntimeError(f"set {URL_ENV} to the database URL")
    app = create_app(open_server_db(url, migrate=False))
    # What start-up made lives as long as the worker: out of the collector's sight, a full
    # collection no longer walks it in the middle of a request.
    gc.collect()
    gc.freeze()
    return app


def init(url: str, admin_password: str, now: datetime | None = None) -> sessionmaker[Session]:
    """Create or migrate the schema; create the ``admin`` account if it is missing."""
    factory = open_server_db(url)
    with factory() as session, session.begin():
        if session.get(StaffAccount, "admin") is None:
            create_staff(session, "admin", admin_password, "admin", now=now or clock.now())
    return factory
