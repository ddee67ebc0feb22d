"""A demo folder made before POS PINs existed gets them at the next start, once."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from memberdesk import embedded
from server.db import open_server_db
from server.models import StaffAccount


def _pins(url: str) -> dict[str, str | None]:
    factory = open_server_db(url, migrate=False)
    try:
        with factory() as s:
            rows = s.execute(select(StaffAccount.username, StaffAccount.pin_hash)).all()
            return {name: pin for name, pin in rows}
    finally:
        factory.kw["bind"].dispose()


def test_an_old_demo_gets_pins_once(tmp_path: Path) -> None:
    url = embedded.ensure_central(tmp_path, 20)
    assert _pins(url)["S001-clerk"] is not None
    # As an older version left it: no PINs, no marker.
    factory = open_server_db(url, migrate=False)
    with factory() as s, s.begin():
        s.execute(update(StaffAccount).values(pin_hash=None))
    factory.kw["bind"].dispose()
    (tmp_path / "central.demo-v2").unlink()

    assert embedded.ensure_central(tmp_path, 20) == url
    pins = _pins(url)
    assert all(pins[name] is not None for name in pins if name != "admin")
    # Once: a PIN changed afterwards is not reset at the next start.
    factory = open_server_db(url, migrate=False)
    with factory() as s, s.begin():
        s.execute(
            update(StaffAccount).where(StaffAccount.username == "S001-clerk").values(pin_hash=None)
        )
    factory.kw["bind"].dispose()
    embedded.ensure_central(tmp_path, 20)
    assert _pins(url)["S001-clerk"] is None
