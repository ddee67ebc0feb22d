"""Signing in at a till with user + PIN, offline, from the cached staff list (core/staff_signin.py).

A real device database; the cache holds real argon2 hashes made by the same code the
server uses (``hash_pin``).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from core.db.engine import open_device_db
from core.db.models import Setting
from core.errors import InvalidInput
from core.staff_signin import (
    LOCKOUT,
    MAX_FAILURES,
    NoStaffList,
    NotAllowedAtPos,
    NotAManager,
    PinNotSet,
    PosPolicy,
    SignInFailed,
    SignInLocked,
    StaffMember,
    check_pin_strength,
    hash_pin,
    pos_policy,
    save_cache,
    sign_in,
)
from tests.conftest import T0

PINS = {"S001-clerk": "1357", "S001-manager": "2468", "R01-manager": "3579", "S001-temp": "5791"}


def staff_cache(**changes: dict[str, Any]) -> dict[str, Any]:
    """The cache a till of S001 would receive; ``changes`` edit one account each."""
    roles = {
        "S001-clerk": ("clerk", "S001"),
        "S001-manager": ("store_manager", "S001"),
        "R01-manager": ("regional_manager", None),
        "S001-temp": ("clerk", "S001"),
    }
    staff = []
    for name, (role, store) in roles.items():
        entry = {
            "username": name,
            "display_name": name.replace("-", " ").title(),
            "role": role,
            "store_code": store,
            "region": "R01",
            "active": True,
            "pin_hash": HASHES[name],
        }
        entry.update(changes.get(name.replace("-", "_"), {}))
        staff.append(entry)
    return {"store_code": "S001", "version": "v1", "staff": staff}


HASHES = {name: hash_pin(pin) for name, pin in PINS.items()}


@pytest.fixture
def factory(device_db: Path) -> Any:
    factory = open_device_db(device_db)
    with factory() as s, s.begin():
        save_cache(s, staff_cache(S001_temp={"active": False}), T0)
    yield factory
    factory.kw["bind"].dispose()


def _setting(factory: Any, key: str) -> Any:
    with factory() as s:
        row = s.get(Setting, key)
        return None if row is None else row.value


def test_the_right_pin_signs_in_offline(factory: Any) -> None:
    who = sign_in(factory, "S001-clerk", "1357", T0)
    assert who == StaffMember("S001-clerk", "S001 Clerk", "clerk", "S001", "R01")
    assert not who.may_override
    # User names are matched without regard to case, as a clerk types them.
    assert sign_in(factory, "s001-MANAGER ", "2468", T0).may_override


@pytest.mark.parametrize(
    ("user", "pin"),
    [("S001-clerk", "1358"), ("nobody", "1357"), ("S001-temp", "5791"), ("S001-clerk", "")],
)
def test_wrong_pin_unknown_or_disabled_user_are_refused_alike(
    factory: Any, user: str, pin: str
) -> None:
    with pytest.raises(SignInFailed) as refused:
        sign_in(factory, user, pin, T0)
    assert refused.value.code == "signin_failed"


def test_five_wrong_pins_lock_the_user_on_this_till_even_after_a_restart(
    factory: Any, device_db: Path
) -> None:
    lefts = []
    for _ in range(MAX_FAILURES - 1):
        with pytest.raises(SignInFailed) as refused:
            sign_in(factory, "S001-clerk", "0001", T0)
        lefts.append(refused.value.params["attempts_left"])
    assert lefts == [4, 3, 2, 1]
    with pytest.raises(SignInLocked):
        sign_in(factory, "S001-clerk", "0001", T0)
    # Locked: even the right PIN is refused, in a fresh connection to the same file.
    again = open_device_db(device_db)
    with pytest.raises(SignInLocked) as locked:
        sign_in(again, "S001-clerk", "1357", T0 + LOCKOUT - timedelta(seconds=1))
    assert locked.value.params["username"] == "S001-clerk"
    again.kw["bind"].dispose()
    # Another user is not affected; after the lockout the right PIN works and clears it.
    assert sign_in(factory, "S001-manager", "2468", T0).username == "S001-manager"
    assert sign_in(factory, "S001-clerk", "1357", T0 + LOCKOUT).username == "S001-clerk"
    assert "S001-clerk" not in _setting(factory, "staff_lockout")


def test_a_right_pin_resets_the_count(factory: Any) -> None:
    for _ in range(3):
        with pytest.raises(SignInFailed):
            sign_in(factory, "S001-clerk", "0001", T0)
    sign_in(factory, "S001-clerk", "1357", T0)
    with pytest.raises(SignInFailed) as refused:
        sign_in(factory, "S001-clerk", "0001", T0)
    assert refused.value.params["attempts_left"] == MAX_FAILURES - 1


def test_an_override_needs_a_manager(factory: Any) -> None:
    with pytest.raises(NotAManager):
        sign_in(factory, "S001-clerk", "1357", T0, manager=True)
    assert sign_in(factory, "R01-manager", "3579", T0, manager=True).role == "regional_manager"
    # A manager's wrong PIN counts like anyone's.
    with pytest.raises(SignInFailed):
        sign_in(factory, "S001-manager", "1111", T0, manager=True)


def test_no_pin_set_and_a_role_not_for_the_checkout(factory: Any) -> None:
    with factory() as s, s.begin():
        save_cache(
            s,
            staff_cache(
                S001_clerk={"pin_hash": None},
                S001_manager={"role": "backoffice"},
            ),
            T0,
        )
    with pytest.raises(PinNotSet):
        sign_in(factory, "S001-clerk", "1357", T0)
    with pytest.raises(NotAllowedAtPos):
        sign_in(factory, "S001-manager", "2468", T0)


def test_a_till_without_a_staff_list_says_so(device_db: Path) -> None:
    factory = open_device_db(device_db)
    with pytest.raises(NoStaffList):
        sign_in(factory, "S001-clerk", "1357", T0)
    factory.kw["bind"].dispose()


def test_a_malformed_cache_is_refused_and_the_old_one_kept(factory: Any) -> None:
    for bad in ({"version": "v2"}, {"version": 2, "staff": []}, {"version": "v2", "staff": [{}]}):
        with pytest.raises(InvalidInput), factory() as s, s.begin():
            save_cache(s, bad, T0)
    assert _setting(factory, "staff_cache")["version"] == "v1"


@pytest.mark.parametrize("pin", ["0000", "1234", "4321", "23456789", "123", "123456789", "12 4"])
def test_weak_pins(pin: str) -> None:
    with pytest.raises(InvalidInput):
        check_pin_strength(pin)


def test_pos_policy_defaults_and_checks(factory: Any) -> None:
    with factory() as s:
        assert pos_policy(s) == PosPolicy(idle_lock_minutes=5, refund_override_fen=50_000)
    assert PosPolicy.from_setting({"idle_lock_minutes": 2}).idle_lock_minutes == 2
    for bad in (
        {"idle_lock_minutes": 0},
        {"refund_override_fen": 1.5},
        {"idle_lock_minutes": True},
    ):
        with pytest.raises(InvalidInput):
            PosPolicy.from_setting(bad)
