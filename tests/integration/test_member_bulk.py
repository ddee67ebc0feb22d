"""Bulk actions on a device: one command per member through the outbox, to chosen members
or to a filter's result; refusals reported, nothing half-done."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from core import directory
from core import member_bulk as bulk
from core.errors import InvalidInput
from core.services import DeviceServices


def local_commands(db: Path) -> list[tuple[str, dict[str, object]]]:
    with sqlite3.connect(db) as conn:
        return [
            (kind, json.loads(payload))
            for kind, payload in conn.execute(
                "SELECT kind, payload FROM commands WHERE sync_state = 'local' ORDER BY seq"
            )
        ]


@pytest.fixture
def members(services: DeviceServices) -> list[str]:
    stores = ["S001", "S002", "S001", "S003", "S001"]
    ids = []
    for i, store in enumerate(stores):
        made = services.enrol(f"会员{i}", f"1380000000{i}", home_store=store)
        ids.append(str(made.result["member_id"]))
    return ids


def test_tag_a_filters_result_then_untag_a_selection(
    services: DeviceServices, device_db: Path, members: list[str]
) -> None:
    before = len(local_commands(device_db))
    in_s001 = directory.MemberFilter(store="S001")
    target = bulk.BulkTarget.matching(in_s001)
    with services.factory() as s:
        assert bulk.preview_count(s, target) == 3

    report = bulk.tag_members(services.factory, target, " 老 客户 ", staff="hq-li")
    assert (report.total, report.done, report.unchanged, report.failed) == (3, 3, 0, 0)
    made = local_commands(device_db)[before:]
    assert [k for k, _ in made] == ["edit_profile"] * 3
    assert sorted(str(p["member_id"]) for _, p in made) == sorted(members[i] for i in (0, 2, 4))
    assert all(p["tags"] == ["老 客户"] for _, p in made)
    with services.factory() as s:
        tagged = directory.browse(s, filters=directory.MemberFilter(tag="老 客户"))
    assert sorted(r.id for r in tagged) == sorted(members[i] for i in (0, 2, 4))

    chosen = bulk.BulkTarget.chosen([members[0], members[1], members[0]])
    assert chosen.member_ids == (members[0], members[1])
    again = bulk.tag_members(services.factory, chosen, "老 客户", remove=True)
    # Member 1 never had the tag: unchanged, no command.
    assert (again.done, again.unchanged) == (1, 1)
    assert len(local_commands(device_db)) == before + 4


def test_coupons_to_a_selection_and_refusals(
    services: DeviceServices, device_db: Path, members: list[str]
) -> None:
    before = len(local_commands(device_db))
    target = bulk.BulkTarget.chosen([members[1], "no-such-member", members[3]])
    report = bulk.issue_coupons(services.factory, target, "CT-100-10")
    assert (report.done, report.failed) == (2, 1)
    assert report.failures[0].member_id == "no-such-member"
    made = local_commands(device_db)[before:]
    assert [(k, p["member_id"], p["template_id"]) for k, p in made] == [
        ("issue_coupon", members[1], "CT-100-10"),
        ("issue_coupon", members[3], "CT-100-10"),
    ]
    # The refused member in the middle took no number: the outbox has no gap.
    with sqlite3.connect(device_db) as conn:
        seqs = [n for (n,) in conn.execute("SELECT seq FROM commands ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))

    with pytest.raises(InvalidInput, match="template"):
        bulk.issue_coupons(services.factory, target, "CT-NOPE")
    for bad in ("", "a;b", "x" * 40):
        with pytest.raises(InvalidInput, match="tag"):
            bulk.tag_members(services.factory, target, bad)
    assert len(local_commands(device_db)) == before + 2
