"""Demo staff for a seeded server: a clerk and a manager per store, one per region, head office.

Every demo account's password is ``DEMO_PASSWORD`` and its POS PIN the one of its
role in ``DEMO_PINS``; the README says so, and a real installation creates its own
accounts (``POST /v1/staff``) and PINs (``PUT /v1/staff/me/pin``).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from core import clock
from core.db.models import Store
from core.staff_signin import hash_pin
from server.auth import create_staff
from server.models import StaffAccount

DEMO_PASSWORD = "demo-pass-1"
# POS sign-in PINs of the demo accounts, by role (each passes the PIN strength check).
DEMO_PINS = {
    "clerk": "1357",
    "store_manager": "2468",
    "regional_manager": "3579",
    "backoffice": "4680",
}


def add_demo_staff(factory: sessionmaker[Session]) -> list[str]:
    """Create the demo accounts that are missing; returns every demo user name."""
    now = clock.now()
    names: list[str] = []
    hashes: dict[str, str] = {}
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
            account = session.get(StaffAccount, username)
            if account is None:
                account = create_staff(
                    session,
                    username,
                    DEMO_PASSWORD,
                    role,
                    now=now,
                    store_code=store_code,
                    region=region,
                )
            if account.pin_hash is None:
                # One hash per demo PIN: the same salt for a role is fine for demo data.
                if role not in hashes:
                    hashes[role] = hash_pin(DEMO_PINS[role])
                account.pin_hash = hashes[role]
    return names
