"""Demo staff for a seeded server: a clerk and a manager per store, one per region, head office.

Every demo account's password is ``DEMO_PASSWORD``; the README says so, and a
real installation creates its own accounts (``POST /v1/staff``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from core import clock
from core.db.models import Store
from server.auth import create_staff
from server.models import StaffAccount

DEMO_PASSWORD = "demo-pass-1"


def add_demo_staff(factory: sessionmaker[Session]) -> list[str]:
    """Create the demo accounts that are missing; returns every demo user name."""
    now = clock.now()
    names: list[str] = []
    with factory() as session, session.begin():
        stores = session.execute(select(Store).order_by(Store.code)).scalars().all()
        wanted: list[tuple[str, str, str | None, str | None]] = [
            ("backoffice", "backoffice", None, None)
        ]
        for code in sorted({s.region for s in stores}):
            wanted.append((f"{code}-manager", "regional_manager", None, code))
        for store in stores:
            wanted.append((f"{store.code}-clerk", "clerk", store.code, None))
            wanted.append((f"{store.code}-manager", "store_manager", store.code, None))
        for username, role, store_code, region in wanted:
            names.append(username)
            if session.get(StaffAccount, username) is None:
                create_staff(
                    session,
                    username,
                    DEMO_PASSWORD,
                    role,
                    now=now,
                    store_code=store_code,
                    region=region,
                )
    return names
