"""Offline spending bounds (DESIGN.md, Sync): confirmed minus spent offline, a recent sync.

A member with 1,000 confirmed points, and 5,000 more given on this device that
the server has not confirmed, on an enrolled device: what may be spent before
the next sync, what is refused (with nothing written), and what a manager's
override allows and leaves on the record.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from core import offline
from core.commands.payloads import Override, RecordSale, RedeemReward
from core.db.models import CommandRow, Setting
from core.errors import (
    InsufficientPoints,
    InvalidInput,
    NeverSynced,
    OfflineLimitExceeded,
    OverrideNeeded,
    ReasonRequired,
    SyncTooOld,
)
from core.services import DeviceServices, SaleLineInput
from tests.conftest import T0

TABLES = ["sales", "point_entries", "point_lots", "commands", "redemptions"]
CONFIRMED = 1_000
UNCONFIRMED = 5_000
# Rewards of the demo catalog with unlimited stock and no tier restriction.
REWARD_500 = "RW0005"
REWARD_200 = "RW0007"
NOW = T0 + timedelta(minutes=5)
MANAGER = Override(staff="S001-manager", reason="member's phone shows the app balance")


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _set(svc: DeviceServices, key: str, value: Any) -> None:
    with svc.factory() as s, s.begin():
        if value is None:
            row = s.get(Setting, key)
            if row is not None:
                s.delete(row)
        else:
            s.merge(Setting(key=key, value=value))


def _enrol_for_sync(svc: DeviceServices, last_success: str | None) -> None:
    """What device setup and a successful sync leave behind (sync/ writes these)."""
    with svc.factory() as s:
        device = dict(s.get(Setting, "device").value)  # type: ignore[union-attr]
    _set(svc, "device", {**device, "server_url": "http://127.0.0.1:8700"})
    _set(
        svc, "sync", {"cursor": "c1"} | ({"last_success_at": last_success} if last_success else {})
    )


def _ack_everything(svc: DeviceServices) -> None:
    """The server acknowledged every command made so far: it is all confirmed."""
    with svc.factory() as s, s.begin():
        s.execute(
            update(CommandRow).where(CommandRow.sync_state == "local").values(sync_state="acked")
        )


@pytest.fixture
def svc(device_db: Path) -> Iterator[DeviceServices]:
    svc = DeviceServices.open(str(device_db))
    yield svc
    svc.factory.kw["bind"].dispose()


@pytest.fixture
def member(svc: DeviceServices) -> str:
    """A member with CONFIRMED points, available now."""
    code = str(svc.enrol("张三", "13800138000", at=T0).result["code"])
    svc.adjust(code, CONFIRMED, "opening balance", at=T0)
    return code


@pytest.fixture
def enrolled(svc: DeviceServices, member: str) -> DeviceServices:
    """An enrolled device, synced an hour ago; the member has CONFIRMED + UNCONFIRMED available."""
    _ack_everything(svc)
    # Available at once, but not yet seen by the server: not spendable before a sync.
    svc.adjust(member, UNCONFIRMED, "goodwill", at=T0)
    _enrol_for_sync(svc, (T0 - timedelta(hours=1)).isoformat())
    return svc


def _sale(svc: DeviceServices, member: str, points: int, **kw: Any) -> Any:
    return svc.record_sale(
        [SaleLineInput(amount_fen=100_000)], member_key=member, points_to_spend=points, at=NOW, **kw
    )


def _payload(svc: DeviceServices, command_id: str) -> dict[str, Any]:
    with svc.factory() as s:
        return dict(
            s.execute(select(CommandRow.payload).where(CommandRow.id == command_id)).scalar_one()
        )


# --- the bound ------------------------------------------------------------------


def test_within_the_bound_sales_and_redemptions_go_through(
    enrolled: DeviceServices, member: str
) -> None:
    sale = _sale(enrolled, member, 300)
    assert sale.result["points_spent"] == 300
    assert "override" not in _payload(enrolled, sale.command_id)
    enrolled.redeem(member, REWARD_500, at=NOW)
    # 1,000 confirmed − 800 spent offline: exactly 200 left, and they may be spent.
    card = enrolled.find(member)
    allowance = enrolled.offline_allowance(card.id, at=NOW)
    assert (allowance.confirmed, allowance.spent_offline, allowance.spendable) == (1_000, 800, 200)
    enrolled.redeem(member, REWARD_200, at=NOW)
    assert enrolled.offline_allowance(card.id, at=NOW).spendable == 0


def test_beyond_confirmed_minus_spent_offline_is_refused_with_nothing_written(
    enrolled: DeviceServices, member: str, device_db: Path
) -> None:
    _sale(enrolled, member, 600)
    before = _counts(device_db)
    with pytest.raises(OfflineLimitExceeded) as sale_refused:
        _sale(enrolled, member, 500)
    assert sale_refused.value.params == {
        "code": member,
        "confirmed": 1_000,
        "spent_offline": 600,
        "allowed": 400,
        "requested": 500,
    }
    with pytest.raises(OfflineLimitExceeded) as redeem_refused:
        enrolled.redeem(member, REWARD_500, at=NOW)
    assert redeem_refused.value.params["requested"] == 500
    assert _counts(device_db) == before
    assert "\n" not in sale_refused.value.message
    assert isinstance(sale_refused.value, OverrideNeeded)


def test_points_given_offline_do_not_raise_the_bound(enrolled: DeviceServices, member: str) -> None:
    card = enrolled.find(member)
    assert card.points.available == CONFIRMED + UNCONFIRMED
    with pytest.raises(OfflineLimitExceeded) as refused:
        _sale(enrolled, member, 1_200)
    assert refused.value.params["confirmed"] == CONFIRMED


def test_what_the_member_does_not_have_is_refused_by_the_rules_not_the_bound(
    enrolled: DeviceServices, member: str
) -> None:
    with pytest.raises(InsufficientPoints):
        _sale(enrolled, member, CONFIRMED + UNCONFIRMED + 1)


def test_points_returned_offline_come_back_to_the_bound(
    enrolled: DeviceServices, member: str
) -> None:
    redeemed = enrolled.redeem(member, REWARD_500, qty=2, at=NOW)
    enrolled.cancel_redemption(redeemed.result["redemption_id"], "changed mind", at=NOW)
    card = enrolled.find(member)
    assert enrolled.offline_allowance(card.id, at=NOW).spent_offline == 0
    _sale(enrolled, member, 1_000)


def test_acknowledged_spending_is_confirmed_not_offline(
    enrolled: DeviceServices, member: str
) -> None:
    _sale(enrolled, member, 600)
    _ack_everything(enrolled)
    card = enrolled.find(member)
    allowance = enrolled.offline_allowance(card.id, at=NOW)
    # Everything is confirmed now, the sale's own (locked) earnings included.
    assert allowance.spent_offline == 0
    assert allowance.confirmed == card.points.balance > CONFIRMED + UNCONFIRMED - 600


# --- the age of the last sync -------------------------------------------------------


def test_sync_too_old_is_refused_with_nothing_written(
    enrolled: DeviceServices, member: str, device_db: Path
) -> None:
    _enrol_for_sync(enrolled, (NOW - timedelta(hours=24, seconds=1)).isoformat())
    before = _counts(device_db)
    with pytest.raises(SyncTooOld) as refused:
        _sale(enrolled, member, 10)
    assert refused.value.params["age_hours"] == 25
    assert refused.value.params["max_hours"] == 24
    with pytest.raises(SyncTooOld):
        enrolled.redeem(member, REWARD_200, at=NOW)
    assert _counts(device_db) == before
    # A sale without points is never bounded: the till keeps selling.
    assert _sale(enrolled, member, 0).result["points_spent"] == 0


def test_exactly_the_limit_is_still_recent_enough(enrolled: DeviceServices, member: str) -> None:
    _enrol_for_sync(enrolled, (NOW - timedelta(hours=24)).isoformat())
    _sale(enrolled, member, 10)


def test_the_limit_is_configurable_and_times_with_an_offset_are_understood(
    enrolled: DeviceServices, member: str
) -> None:
    # 2026-03-01 20:00 UTC is 2026-03-02 04:00 in Shanghai: six hours before NOW.
    _enrol_for_sync(enrolled, "2026-03-01T20:00:00+00:00")
    _set(enrolled, "offline", {"max_sync_age_hours": 4})
    with pytest.raises(SyncTooOld) as refused:
        _sale(enrolled, member, 10)
    assert refused.value.params == {
        "age_hours": 7,
        "max_hours": 4,
        "last_success_at": "2026-03-02T04:00:00",
    }
    _set(enrolled, "offline", {"max_sync_age_hours": 8})
    _sale(enrolled, member, 10)
    _set(enrolled, "offline", {"max_sync_age_hours": None})
    _enrol_for_sync(enrolled, "2025-01-01T00:00:00")
    _sale(enrolled, member, 10)


def test_an_enrolled_device_that_never_synced_is_refused(
    enrolled: DeviceServices, member: str
) -> None:
    _enrol_for_sync(enrolled, None)
    with pytest.raises(NeverSynced):
        _sale(enrolled, member, 10)


def test_a_broken_policy_refuses_rather_than_guesses(enrolled: DeviceServices, member: str) -> None:
    _set(enrolled, "offline", {"max_sync_age_hours": "a day"})
    with pytest.raises(InvalidInput) as refused:
        _sale(enrolled, member, 10)
    assert refused.value.params["field"] == "settings.offline.max_sync_age_hours"


# --- overrides ------------------------------------------------------------------------


def test_override_allows_and_is_recorded_in_the_payload(
    enrolled: DeviceServices, member: str
) -> None:
    _enrol_for_sync(enrolled, (NOW - timedelta(days=3)).isoformat())
    sale = _sale(enrolled, member, 900, override=MANAGER, staff="S001-clerk")
    assert sale.result["points_spent"] == 900
    assert _payload(enrolled, sale.command_id)["override"] == {
        "staff": "S001-manager",
        "reason": "member's phone shows the app balance",
    }
    redeemed = enrolled.redeem(member, REWARD_200, override=MANAGER, at=NOW)
    assert _payload(enrolled, redeemed.command_id)["override"]["staff"] == "S001-manager"
    # The override lifts the offline bound, not the rules: the member has 4,900 points left.
    with pytest.raises(InsufficientPoints):
        enrolled.redeem(member, REWARD_500, qty=10, override=MANAGER, at=NOW)


def test_an_override_needs_a_manager_and_a_reason(enrolled: DeviceServices, member: str) -> None:
    with pytest.raises(ReasonRequired):
        _sale(enrolled, member, 10, override=Override(staff="S001-manager", reason="  "))
    with pytest.raises(InvalidInput):
        enrolled.redeem(member, REWARD_200, override=Override(staff="", reason="ok"), at=NOW)


def test_override_in_payloads_is_optional_and_schema_compatible() -> None:
    base = {
        "sale_id": "s1",
        "receipt_no": "R1",
        "lines": [{"amount_fen": 100}],
        "member_id": "m1",
        "points_to_spend": 10,
    }
    plain = RecordSale.from_dict(base)
    assert plain.override is None
    assert "override" not in plain.to_dict()  # the payload of old stays byte for byte
    withit = RecordSale.from_dict({**base, "override": {"staff": "mgr", "reason": "why"}})
    assert withit.override == Override(staff="mgr", reason="why")
    assert RecordSale.from_dict(withit.to_dict()) == withit
    assert RecordSale.from_dict({**base, "override": None}).override is None
    with pytest.raises(InvalidInput):
        RecordSale.from_dict({**base, "override": {"staff": "mgr"}})
    with pytest.raises(InvalidInput):
        RecordSale.from_dict({**base, "override": {"staff": "mgr", "reason": "x", "pin": "1"}})
    redeem = {"redemption_id": "r1", "member_id": "m1", "sku": "RW1", "qty": 1}
    assert "override" not in RedeemReward.from_dict(redeem).to_dict()
    assert RedeemReward.from_dict({**redeem, "override": {"staff": "m", "reason": "r"}}).override


# --- standalone and switched off -----------------------------------------------------------


def test_a_standalone_device_is_not_bounded(svc: DeviceServices, member: str) -> None:
    # Never enrolled: every command stays unacknowledged, and nothing is "confirmed".
    card = svc.find(member)
    assert svc.offline_allowance(card.id, at=NOW).bounded is False
    assert _sale(svc, member, 800).result["points_spent"] == 800
    svc.redeem(member, REWARD_200, at=NOW)


def test_enforce_false_switches_the_bounds_off(enrolled: DeviceServices, member: str) -> None:
    _set(enrolled, "offline", {"enforce": False})
    _enrol_for_sync(enrolled, (NOW - timedelta(days=30)).isoformat())
    _sale(enrolled, member, 1_000)


def test_enrolment_is_either_a_server_or_sync_state(svc: DeviceServices) -> None:
    with svc.factory() as s:
        assert offline.is_enrolled(s) is False
    _set(svc, "sync", {"cursor": None})
    with svc.factory() as s:
        assert offline.is_enrolled(s) is True


# --- the command line -----------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "memberdesk", *args], capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def _refused(db: Path, *args: str) -> str:
    before = _counts(db)
    proc = _cli(*args)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    assert _counts(db) == before
    return lines[0]


def test_cli_refuses_in_one_line_and_records_an_override(
    enrolled: DeviceServices, member: str, device_db: Path
) -> None:
    db = str(device_db)
    # The CLI runs at the wall clock's time: the last sync must be recent then.
    from core import clock

    _enrol_for_sync(enrolled, clock.now().isoformat())
    sale = ("sale", "--db", db, "--member", member, "--amount", "1000")
    line = _refused(device_db, *sale, "--redeem-points", "1001")
    assert "may spend 1000 points" in line and "--override-staff" in line
    line = _refused(
        device_db, "redeem", "--db", db, "--member", member, "--reward", REWARD_500, "--qty", "3"
    )
    assert "1500 requested" in line
    line = _refused(device_db, *sale, "--redeem-points", "10", "--override-staff", "S001-manager")
    assert "--override-reason" in line
    _refused(
        device_db, *sale, "--redeem-points", "10", "--override-staff", "m", "--override-reason", " "
    )

    _enrol_for_sync(enrolled, (clock.now() - timedelta(days=2)).isoformat())
    line = _refused(device_db, *sale, "--redeem-points", "10")
    assert "last successful sync" in line

    ok = _cli(
        *sale,
        "--redeem-points",
        "10",
        "--override-staff",
        "S001-manager",
        "--override-reason",
        "sync down",
        "--json",
    )
    assert ok.returncode == 0, ok.stderr
    sale_id = json.loads(ok.stdout)["sale_id"]
    with sqlite3.connect(device_db) as conn:
        stored = conn.execute(
            "SELECT c.payload FROM commands c JOIN sales s ON s.command_id = c.id WHERE s.id = ?",
            (sale_id,),
        ).fetchone()
    assert json.loads(stored[0])["override"] == {"staff": "S001-manager", "reason": "sync down"}


def test_the_sync_engines_own_settings_enrol_and_date_the_device(
    svc: DeviceServices, member: str
) -> None:
    """What ``device setup`` and a finished ``SyncService`` cycle write is what is read here."""
    from core.apply import device_identity
    from sync.state import SYNC_KEY, DeviceConfig, fresh_sync_state, iso, save_device, update_sync

    _ack_everything(svc)
    with svc.factory() as s, s.begin():
        me = device_identity(s)
        config = DeviceConfig(me.device_id, me.store_code, me.name, "http://127.0.0.1:8700")
        save_device(s, config, T0)
        s.add(Setting(key=SYNC_KEY, value=fresh_sync_state()))
    with pytest.raises(NeverSynced):
        _sale(svc, member, 10)
    with svc.factory() as s, s.begin():
        update_sync(s, last_success_at=iso(NOW - timedelta(hours=2)))
    _sale(svc, member, 10)
    with svc.factory() as s, s.begin():
        update_sync(s, last_success_at=iso(NOW - timedelta(hours=30)))
    with pytest.raises(SyncTooOld):
        _sale(svc, member, 10)
