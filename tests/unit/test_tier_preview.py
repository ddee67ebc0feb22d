"""Tier preview: hand-computed moves on a small device database, and the same answer as
core.tiers member by member on a seeded one."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from core.db.engine import open_device_db
from core.db.models import Member
from core.db.models import QualifyingEvent as EventRow
from core.demo_rules import demo_tiers
from core.errors import InvalidInput
from core.seed import seed_device
from core.services import DeviceServices, SaleLineInput
from core.tier_preview import preview_tier_moves, window_totals
from core.tiers import QualifyingEvent, TierDef, TierPolicy, qualifying_total, tier_for
from core.tiers import window_bounds as bounds

AS_OF = date(2026, 6, 1)
ROLLING = TierPolicy("spend", "rolling12", 30)
CALENDAR = TierPolicy("spend", "calendar", 30)
ANNIVERSARY = TierPolicy("spend", "anniversary", 30)


def _ladder(**thresholds_yuan: int) -> tuple[TierDef, ...]:
    return tuple(
        TierDef(t.code, t.name, t.rank, thresholds_yuan.get(t.code, t.threshold // 100) * 100)
        for t in demo_tiers()
    )


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> DeviceServices:
    """Five members whose tiers and totals are known by hand (demo ladder: T1 ¥3,000, T2
    ¥8,000, T3 ¥20,000).

    * A enrolled 2025-01-05, ¥3,500 on 2026-01-10: holds T1.
    * B enrolled 2025-01-05, ¥9,000 on 2026-02-01: holds T2.
    * C enrolled 2025-01-05, ¥100 on 2026-03-01: holds T0.
    * D enrolled 2025-01-05, ¥4,000 on 2025-03-01 (out of the rolling window on 2026-06-01):
      holds T1 (upgraded at the sale).
    * E enrolled 2025-07-15, ¥5,000 on 2025-08-01: holds T1; its membership year runs
      2025-07-15 .. 2026-07-14.
    """
    path = tmp_path_factory.mktemp("preview") / "device.db"
    factory = open_device_db(path)
    seed_device(factory, members=0, now=datetime(2025, 1, 1, 9, 0))
    svc = DeviceServices(factory)
    plan = [
        ("A", date(2025, 1, 5), [(datetime(2026, 1, 10, 12), 350_000)]),
        ("B", date(2025, 1, 5), [(datetime(2026, 2, 1, 12), 900_000)]),
        ("C", date(2025, 1, 5), [(datetime(2026, 3, 1, 12), 10_000)]),
        ("D", date(2025, 1, 5), [(datetime(2025, 3, 1, 12), 400_000)]),
        ("E", date(2025, 7, 15), [(datetime(2025, 8, 1, 12), 500_000)]),
    ]
    for i, (name, enrolled, sales) in enumerate(plan):
        made = svc.enrol(
            f"会员{name}", f"1390000000{i}", at=datetime.combine(enrolled, datetime.min.time())
        )
        for at, fen in sales:
            svc.record_sale([SaleLineInput(fen)], member_key=made.result["code"], at=at)
    return svc


def _held(svc: DeviceServices) -> dict[str, str]:
    with svc.factory() as s:
        return {m.name[-1]: m.tier_code for m in s.execute(select(Member)).scalars()}


def test_the_small_database_holds_what_the_docstring_says(small: DeviceServices) -> None:
    assert _held(small) == {"A": "T1", "B": "T2", "C": "T0", "D": "T1", "E": "T1"}


def test_demo_rules_rolling_window(small: DeviceServices) -> None:
    with small.factory() as s:
        p = preview_tier_moves(s, ROLLING, demo_tiers(), AS_OF)
    # A 3,500 -> T1 stays; B 9,000 T2 stays; C 100 T0 stays; D 0 in the window -> T0;
    # E 5,000 (2025-08-01 is within 2025-06-01 .. 2026-06-01) -> T1 stays.
    assert p.count("T1", "T1") == 2
    assert p.count("T2", "T2") == 1
    assert p.count("T0", "T0") == 1
    assert p.count("T1", "T0") == 1
    assert (p.members, p.staying, p.moving_up, p.moving_down) == (5, 4, 0, 1)
    assert p.now_in("T1") == 3
    assert p.would_be_in("T1") == 2
    assert p.would_be_in("T0") == 2


def test_raising_a_threshold_moves_members_down(small: DeviceServices) -> None:
    with small.factory() as s:
        p = preview_tier_moves(s, ROLLING, _ladder(T1=4_000), AS_OF)
    # T1 now needs ¥4,000: A (3,500) falls to T0, E (5,000) keeps T1, D (0) falls.
    assert p.count("T1", "T0") == 2
    assert p.count("T1", "T1") == 1
    assert p.moving_down == 2


def test_lowering_a_threshold_moves_members_up(small: DeviceServices) -> None:
    with small.factory() as s:
        p = preview_tier_moves(s, ROLLING, _ladder(T1=100, T2=3_500), AS_OF)
    # C (100) reaches T1; A (3,500) reaches T2; E (5,000) reaches T2; B stays T2.
    assert p.count("T0", "T1") == 1
    assert p.count("T1", "T2") == 2
    assert p.count("T2", "T2") == 1
    assert p.count("T1", "T0") == 1  # D
    assert (p.moving_up, p.moving_down, p.staying) == (3, 1, 1)


def test_calendar_window(small: DeviceServices) -> None:
    with small.factory() as s:
        p = preview_tier_moves(s, CALENDAR, demo_tiers(), AS_OF)
    # 2026 only: A 3,500 T1, B 9,000 T2, C 100 T0, D 0 -> T0, E 0 (its sale was 2025) -> T0.
    assert p.count("T1", "T0") == 2
    assert p.count("T1", "T1") == 1
    assert p.count("T2", "T2") == 1


def test_anniversary_window(small: DeviceServices) -> None:
    with small.factory() as s:
        p = preview_tier_moves(s, ANNIVERSARY, demo_tiers(), AS_OF)
    # A, B, C, D: membership year 2026-01-05 .. 2027-01-04 -> A 3,500, B 9,000, C 100, D 0.
    # E: 2025-07-15 .. 2026-07-14 -> 5,000, keeps T1.
    assert p.count("T1", "T1") == 2
    assert p.count("T1", "T0") == 1
    assert p.count("T2", "T2") == 1
    assert p.count("T0", "T0") == 1


def test_window_totals_answer_threshold_edits(small: DeviceServices) -> None:
    with small.factory() as s:
        totals = window_totals(s, ROLLING, AS_OF)
        for ladder in (demo_tiers(), _ladder(T1=4_000), _ladder(T1=100, T2=3_500)):
            assert totals.preview(ladder) == preview_tier_moves(s, ROLLING, ladder, AS_OF)
    with pytest.raises(InvalidInput, match="hold tier"):
        totals.preview([t for t in demo_tiers() if t.code != "T2"])


def test_bad_ladders_are_refused(small: DeviceServices) -> None:
    with small.factory() as s:
        with pytest.raises(InvalidInput, match="must be above"):
            preview_tier_moves(s, ROLLING, _ladder(T2=2_000), AS_OF)
        with pytest.raises(InvalidInput, match="hold tier"):
            preview_tier_moves(s, ROLLING, [t for t in demo_tiers() if t.code != "T2"], AS_OF)


@pytest.mark.parametrize("policy", [ROLLING, CALENDAR, ANNIVERSARY], ids=lambda p: p.window)
def test_same_answer_as_core_tiers_member_by_member(tmp_path: Path, policy: TierPolicy) -> None:
    """On a seeded database (history of a few hundred members), the SQL preview equals
    core.tiers applied to each member's events in Python."""
    factory = open_device_db(tmp_path / "seeded.db")
    seed_device(factory, members=300, now=datetime(2026, 5, 20, 10, 0))
    ladder = _ladder(T1=1_500, T3=9_000)
    as_of = date(2026, 5, 20)
    expected: Counter[tuple[str, str]] = Counter()
    with factory() as s:
        events: dict[str, list[QualifyingEvent]] = {}
        for row in s.execute(select(EventRow)).scalars():
            amount = row.spend_fen if policy.measure == "spend" else row.growth
            events.setdefault(row.member_id, []).append(QualifyingEvent(row.at, amount))
        for m in s.execute(select(Member).where(Member.status != "closed")).scalars():
            start, end = bounds(policy, as_of, m.enrolled_on)
            total = qualifying_total(events.get(m.id, []), start, end)
            expected[(m.tier_code, tier_for(ladder, total).code)] += 1
        preview = preview_tier_moves(s, policy, ladder, as_of)
        totals = window_totals(s, policy, as_of)
    got = Counter({(m.from_code, m.to_code): m.members for m in preview.moves})
    assert got == expected
    assert len(expected) > 3  # the ladder change really moves people
    # The totals kept for threshold edits give the same counts, for any ladder.
    assert totals.preview(ladder) == preview
    with factory() as s:
        for other in (demo_tiers(), _ladder(T1=1, T2=2, T3=3, T4=4), _ladder(T4=10**7)):
            assert totals.preview(other) == preview_tier_moves(s, policy, other, as_of)
