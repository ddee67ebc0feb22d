"""The demo seed: a sound ledger for every member, realistic shapes, determinism, fast paths."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from core import ledger, seed
from core.benefits import discount_fen
from core.catalog import rules_version, tier_defs, tier_discount_bp, tier_policy
from core.codes import make_member_code, normalise_member_code, normalise_phone
from core.db.engine import open_database, open_device_db
from core.db.models import (
    Base,
    BenefitRow,
    CouponTemplate,
    Member,
    PointAccount,
    PointEntry,
    PointLot,
    Reward,
    Sale,
    SaleLineRow,
    Setting,
    Store,
    StoreStock,
)
from core.demo_rules import demo_rules
from core.errors import InvalidInput
from core.money import allocate
from core.names import pinyin_full, pinyin_initials
from core.rules import SaleLine, compute_earn
from core.seed_loaders import PostgresLoader, open_loader
from core.tiers import QualifyingEvent, tier_for, window_bounds

NOW = datetime(2026, 3, 2, 10, 0)


def fresh(path: Path) -> sessionmaker[Session]:
    return open_device_db(path)


def dump(path: Path, table: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as conn:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
        return conn.execute(f"SELECT * FROM {table} ORDER BY {', '.join(cols)}").fetchall()


def table_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {
            t.name: conn.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0]
            for t in Base.metadata.sorted_tables
        }


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, seed.SeedSummary]:
    path = tmp_path_factory.mktemp("seed") / "demo.db"
    factory = fresh(path)
    summary = seed.seed_device(factory, members=300, now=NOW)
    factory.kw["bind"].dispose()
    return path, summary


@pytest.fixture(scope="module")
def bigger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("seed") / "bigger.db"
    factory = fresh(path)
    seed.seed_device(factory, members=2_000, stores=7, random_seed=7, now=NOW)
    factory.kw["bind"].dispose()
    return path


# --- the ledger ---------------------------------------------------------------


def test_every_members_ledger_satisfies_the_invariants(seeded: tuple[Path, Any]) -> None:
    path, _ = seeded
    factory = fresh(path)
    with factory() as s:
        ids = list(s.execute(select(Member.id)).scalars())
        assert len(ids) == 300
        for member_id in ids:
            assert ledger.check_invariants(s, member_id) == [], member_id
            points = ledger.balances(s, member_id, NOW)
            # nothing is past its end without an expire entry, nothing awaits upload
            assert points.expired_due == 0 and points.pending_upload == 0 and points.debt == 0


def test_balances_lots_and_lifetime_totals_add_up(seeded: tuple[Path, Any]) -> None:
    path, _ = seeded
    with sqlite3.connect(path) as conn:
        assert conn.execute(
            """SELECT count(*) FROM point_accounts a WHERE a.balance !=
               (SELECT coalesce(sum(points), 0) FROM point_entries e
                WHERE e.member_id = a.member_id)"""
        ).fetchone() == (0,)
        assert conn.execute(
            "SELECT count(*) FROM point_lots WHERE remaining < 0 OR remaining > points"
        ).fetchone() == (0,)
        assert conn.execute(
            """SELECT count(*) FROM point_accounts a WHERE a.lifetime_earned !=
               (SELECT coalesce(sum(points), 0) FROM point_entries e
                WHERE e.member_id = a.member_id AND e.kind = 'earn')
               OR a.lifetime_spent !=
               (SELECT coalesce(-sum(points), 0) FROM point_entries e
                WHERE e.member_id = a.member_id AND e.kind = 'spend')"""
        ).fetchone() == (0,)
        # an expired lot is written off entirely; an open lot is still valid
        assert conn.execute(
            "SELECT count(*) FROM point_lots WHERE remaining > 0 AND expires_at <= ?",
            (NOW.isoformat(" "),),
        ).fetchone() == (0,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_some_members_spent_points_some_had_points_expire_and_redeemed(
    seeded: tuple[Path, Any],
) -> None:
    path, _ = seeded
    with sqlite3.connect(path) as conn:
        kinds = dict(conn.execute("SELECT kind, count(*) FROM point_entries GROUP BY kind"))
        assert kinds["earn"] > 0 and kinds["spend"] > 0 and kinds["expire"] > 0
        spends = conn.execute(
            """SELECT e.points, s.points_spent, s.points_cash_fen, s.net_fen, s.paid_fen
               FROM point_entries e JOIN sales s ON s.id = e.sale_id WHERE e.kind = 'spend'"""
        ).fetchall()
        for points, spent, cash, net, paid in spends:
            assert -points == spent and paid == net - cash
        # spending drew on lots with movements; expiry names the lots it wrote off
        detail = conn.execute("SELECT detail FROM point_entries WHERE kind = 'expire'").fetchone()
        lots = json.loads(detail[0])["lots"]
        assert lots and conn.execute(
            f"SELECT count(*) FROM point_lots WHERE id IN ({','.join('?' * len(lots))})", lots
        ).fetchone() == (len(lots),)
        assert conn.execute(
            """SELECT count(*) FROM point_entries e WHERE e.kind IN ('spend', 'redeem', 'expire')
               AND NOT EXISTS (SELECT 1 FROM lot_movements m WHERE m.entry_id = e.id)"""
        ).fetchone() == (0,)
        assert (
            conn.execute(
                "SELECT count(*) FROM redemptions r JOIN point_entries e ON e.redemption_id = r.id"
            ).fetchone()[0]
            == conn.execute("SELECT count(*) FROM redemptions").fetchone()[0]
        )


def test_every_entry_names_its_command_and_is_unique_within_it(seeded: tuple[Path, Any]) -> None:
    path, _ = seeded
    with sqlite3.connect(path) as conn:
        commands = conn.execute(
            "SELECT kind, device_id, seq, sync_state, payload, result FROM commands"
        ).fetchall()
        assert commands
        for kind, device, seq, state, payload, result in commands:
            assert (kind, device, state, json.loads(result)) == (
                "seed_history",
                "seed",
                "acked",
                {},
            )
            first, last = json.loads(payload)["members"]
            assert 1 <= first <= last <= 300 and seq >= 1
        for table in ("point_entries", "sales", "qualifying_events", "redemptions"):
            assert conn.execute(
                f"SELECT count(*) FROM {table} WHERE command_id NOT IN (SELECT id FROM commands)"
            ).fetchone() == (0,)
        assert conn.execute(
            "SELECT count(*) FROM (SELECT command_id, seq FROM point_entries "
            "GROUP BY command_id, seq HAVING count(*) > 1)"
        ).fetchone() == (0,)


# --- sales, earning and tiers ---------------------------------------------------


def test_sale_points_are_what_the_rules_give(seeded: tuple[Path, Any]) -> None:
    path, _ = seeded
    factory = fresh(path)
    with factory() as s:
        rules = rules_version(s, 1)
        names = {t.code: t.name for t in tier_defs(s)}
        birthdays = dict(s.execute(select(Member.id, Member.birthday)).all())
        sales = list(s.execute(select(Sale)).scalars())
        lines: dict[str, list[SaleLineRow]] = {}
        for line in s.execute(select(SaleLineRow).order_by(SaleLineRow.line_no)).scalars():
            lines.setdefault(line.sale_id, []).append(line)
        assert sales
        for sale in sales:
            assert sale.member_id is not None
            bonus = [p for p in sale.breakdown if p["code"] == "tier_bonus"]
            tier = bonus[0]["tier_code"] if bonus else "T0"
            assert sale.tier_discount_fen == discount_fen(sale.gross_fen, tier_discount_bp(s, tier))
            own = lines[sale.id]
            assert sum(li.amount_fen for li in own) == sale.gross_fen
            shares = allocate(sale.paid_fen, [li.amount_fen for li in own])
            earn = compute_earn(
                rules,
                [SaleLine(li.category, p) for li, p in zip(own, shares, strict=True)],
                tier_code=tier,
                tier_name=names[tier],
                at=sale.at,
                birthday=birthdays[sale.member_id],
                earned_today=0,
            )
            assert sale.points_earned == earn.points
            assert sale.breakdown == [
                {"code": p.code, "points": p.points, **p.params} for p in earn.parts
            ]
            assert sale.rule_version == 1 and sale.receipt_no.startswith("H")
            if earn.points:
                entry = s.execute(
                    select(PointEntry).where(
                        PointEntry.sale_id == sale.id, PointEntry.kind == "earn"
                    )
                ).scalar_one()
                lot = s.execute(select(PointLot).where(PointLot.entry_id == entry.id)).scalar_one()
                assert (entry.points, lot.points, lot.sale_id) == (earn.points,) * 2 + (sale.id,)
                assert (lot.available_at, lot.expires_at) == (earn.available_at, earn.expires_at)
                assert entry.detail == {"rule_version": 1} and entry.created_at == sale.at


def test_the_tier_is_what_the_last_twelve_months_of_spend_earn(bigger: Path) -> None:
    factory = fresh(bigger)
    with factory() as s:
        policy = tier_policy(s)
        ladder = tier_defs(s)
        events: dict[str, list[QualifyingEvent]] = {}
        for member_id, at, spend in s.execute(select(Sale.member_id, Sale.at, Sale.net_fen)).all():
            events.setdefault(member_id, []).append(QualifyingEvent(at, spend))
        qe_total = s.execute(select(func.count()).select_from(Sale)).scalar_one()
        members = list(s.execute(select(Member)).scalars())
        for m in members:
            start, end = window_bounds(policy, NOW.date(), m.enrolled_on)
            total = sum(e.amount for e in events.get(m.id, []) if start <= e.at.date() < end)
            assert m.tier_code == tier_for(ladder, total).code, m.code
            assert m.enrolled_on <= m.tier_since <= NOW.date()
            assert m.tier_grace_until is None
        with sqlite3.connect(bigger) as conn:
            assert conn.execute("SELECT count(*) FROM qualifying_events").fetchone() == (qe_total,)
    tiers = Counter(m.tier_code for m in members)
    assert len(tiers) >= 3
    # most members are 普通 or 铜牌; 钻石 is rare
    assert tiers["T0"] + tiers["T1"] > len(members) * 0.6
    assert tiers["T4"] < len(members) * 0.08
    assert tiers["T0"] == max(tiers.values())


def test_members_look_real_and_their_keys_are_unique(seeded: tuple[Path, Any]) -> None:
    path, summary = seeded
    factory = fresh(path)
    with factory() as s:
        members = list(s.execute(select(Member).order_by(Member.code)).scalars())
    assert [m.code for m in members] == [make_member_code(n) for n in range(1, 301)]
    assert len({m.phone for m in members}) == len({m.id for m in members}) == 300
    for m in members:
        assert normalise_member_code(m.code) == m.code
        assert normalise_phone(m.phone) == m.phone and m.phone_last4 == m.phone[-4:]
        assert 2 <= len(m.name) <= 4 and all("\u4e00" <= ch <= "\u9fff" for ch in m.name)
        assert (m.name_initials, m.name_pinyin) == (pinyin_initials(m.name), pinyin_full(m.name))
        assert m.status in ("active", "frozen", "closed") and m.gender in ("F", "M", None)
        assert m.home_store in {f"S00{i}" for i in range(1, 6)}
        assert timedelta(days=364) <= NOW.date() - m.enrolled_on <= timedelta(days=1096)
        assert m.tags == sorted(set(m.tags))
        assert m.created_at.date() == m.enrolled_on and m.version == 1
    assert sum(m.status == "active" for m in members) > 270
    assert any(m.birthday is None for m in members) and any(m.email for m in members)
    assert summary.members == 300 and summary.stores == 5
    counts = table_counts(path)
    assert (summary.sales, summary.entries) == (counts["sales"], counts["point_entries"])
    assert counts["point_accounts"] == 300
    assert summary.sales > 300 and summary.seconds > 0


# --- the catalog ----------------------------------------------------------------


def test_stores_rulebook_mall_and_stock_are_in_place(seeded: tuple[Path, Any]) -> None:
    path, summary = seeded
    factory = fresh(path)
    with factory() as s:
        stores = list(s.execute(select(Store).order_by(Store.code)).scalars())
        assert [(st.code, st.region) for st in stores] == [
            ("S001", "R01"),
            ("S002", "R01"),
            ("S003", "R01"),
            ("S004", "R02"),
            ("S005", "R02"),
        ]
        assert stores[0].name == "上海徐汇店" and all(st.name.endswith("店") for st in stores)
        device = s.get(Setting, "device")
        assert device is not None and device.value["store_code"] == "S001"
        assert device.value["name"] == "demo-till" and len(device.value["device_id"]) == 36
        assert rules_version(s, 1) == demo_rules()
        assert tier_policy(s).window == "rolling12"
        assert [(t.code, t.name) for t in tier_defs(s)] == [
            ("T0", "普通"),
            ("T1", "铜牌"),
            ("T2", "银牌"),
            ("T3", "金牌"),
            ("T4", "钻石"),
        ]
        shipping = list(
            s.execute(select(BenefitRow).where(BenefitRow.kind == "free_shipping_coupon")).scalars()
        )
        assert shipping and all(b.ref == seed.FREE_SHIPPING_TEMPLATE for b in shipping)
        template = s.get(CouponTemplate, seed.FREE_SHIPPING_TEMPLATE)
        assert template is not None and template.kind == "free_shipping"
        ct = s.get(CouponTemplate, "CT-100-10")
        assert ct is not None and (ct.kind, ct.value, ct.threshold_fen, ct.valid_days) == (
            "amount_off",
            1000,
            10000,
            30,
        )

        rewards = list(s.execute(select(Reward).order_by(Reward.sku)).scalars())
        assert summary.rewards == len(rewards) and 35 <= len(rewards) <= 50
        assert {"家居", "数码", "美妆", "食品", "礼品卡", "服务"} <= {r.category for r in rewards}
        assert {r.kind for r in rewards} == {"physical", "virtual", "service", "coupon"}
        assert {r.stock_mode for r in rewards} == {"store", "central", "unlimited"}
        assert any(r.cash_price_fen for r in rewards) and any(r.min_tier_rank for r in rewards)
        assert any(r.valid_until for r in rewards) and any(r.per_member_limit for r in rewards)
        for r in rewards:
            assert (r.kind == "coupon") == (r.coupon_template_id is not None)
            if r.coupon_template_id:
                assert s.get(CouponTemplate, r.coupon_template_id) is not None
        store_mode = [r.sku for r in rewards if r.stock_mode == "store"]
        stock = {
            (st.sku, st.store_code): st.quantity for st in s.execute(select(StoreStock)).scalars()
        }
        assert set(stock) == {(sku, st.code) for sku in store_mode for st in stores}
        # the documented ones: RW0003 once per member, RW0004 out of stock at S001
        rw3, rw4 = s.get(Reward, "RW0003"), s.get(Reward, "RW0004")
        assert rw3 is not None and rw3.per_member_limit == 1 and rw3.min_tier_rank == 0
        assert rw4 is not None and stock[("RW0004", "S001")] == 0
        assert all(q > 0 for (sku, _st), q in stock.items() if sku != "RW0004")


def test_an_empty_seed_writes_the_catalog_only(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    summary = seed.seed_device(fresh(path), members=0, stores=4, now=NOW)
    counts = table_counts(path)
    assert summary.members == summary.sales == summary.entries == 0
    assert counts["members"] == counts["commands"] == 0
    assert counts["stores"] == 4 and counts["rewards"] == summary.rewards
    assert counts["store_stock"] > 0 and counts["tiers"] == 5


def test_a_second_seed_is_refused_and_writes_nothing(seeded: tuple[Path, Any]) -> None:
    path, _ = seeded
    before = table_counts(path)
    with pytest.raises(InvalidInput):
        seed.seed_device(fresh(path), members=10, now=NOW)
    assert table_counts(path) == before


# --- determinism and the fast paths ------------------------------------------------


def test_the_same_seed_gives_the_same_data(tmp_path: Path, seeded: tuple[Path, Any]) -> None:
    path, _ = seeded
    again = tmp_path / "again.db"
    seed.seed_device(fresh(again), members=300, now=NOW)
    for table in ("members", "point_accounts", "sales", "point_entries", "point_lots", "commands"):
        assert dump(again, table) == dump(path, table), table
    other = tmp_path / "other.db"
    seed.seed_device(fresh(other), members=300, random_seed=43, now=NOW)
    assert dump(other, "members") != dump(path, "members")


def test_worker_processes_and_the_generic_loader_give_the_same_rows(tmp_path: Path) -> None:
    plain, parallel, generic = tmp_path / "a.db", tmp_path / "b.db", tmp_path / "c.db"
    options: dict[str, Any] = {
        "members": 3_000,
        "stores": 4,
        "random_seed": 5,
        "now": NOW,
        "progress": None,
    }
    seed._seed(fresh(plain), workers=0, fast=True, **options)
    seed._seed(fresh(parallel), workers=2, fast=True, **options)
    seed._seed(fresh(generic), workers=0, fast=False, **options)
    for table in Base.metadata.sorted_tables:
        if table.name == "settings":
            continue
        expected = dump(plain, table.name)
        assert dump(parallel, table.name) == expected, table.name
        assert dump(generic, table.name) == expected, table.name


PG_HOST = os.environ.get("MEMBERDESK_TEST_PG", "postgresql://postgres@127.0.0.1:5432")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database, dropped afterwards."""
    import psycopg

    try:
        admin = psycopg.connect(f"{PG_HOST}/postgres", autocommit=True, connect_timeout=3)
    except psycopg.OperationalError:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true but PostgreSQL at {PG_HOST} is not reachable")
        pytest.skip("PostgreSQL is not reachable")
    name = f"md_seed_{uuid.uuid4().hex[:10]}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{PG_HOST.replace('postgresql://', 'postgresql+psycopg://', 1)}/{name}"
    finally:
        with psycopg.connect(f"{PG_HOST}/postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def rows_by_key(factory: sessionmaker[Session], table: Any) -> list[tuple[Any, ...]]:
    """Every row as Python values, in primary-key order (the same on both databases)."""
    positions = [list(table.columns).index(c) for c in table.primary_key.columns]
    with factory() as s:
        rows = [tuple(r) for r in s.execute(select(table))]
    return sorted(rows, key=lambda r: [r[i] for i in positions])


@pytest.mark.postgres
def test_postgres_copy_gives_the_rows_of_the_sqlite_seed(tmp_path: Path, pg_url: str) -> None:
    options: dict[str, Any] = {
        "members": 6_000,
        "stores": 4,
        "random_seed": 5,
        "now": NOW,
        "progress": None,
    }
    lite = fresh(tmp_path / "a.db")
    pg = open_database(pg_url)
    engine = pg.kw["bind"]
    with engine.connect() as conn:
        assert isinstance(open_loader(conn), PostgresLoader)
    expected = seed._seed(lite, workers=0, fast=True, **options)
    got = seed._seed(pg, workers=None, fast=True, **options)
    assert (got.members, got.sales, got.entries) == (6_000, expected.sales, expected.entries)
    with engine.connect() as conn:
        counts = {
            t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in Base.metadata.sorted_tables
        }
        # the bulk-load settings are gone again
        assert conn.exec_driver_sql("SHOW synchronous_commit").scalar() == "on"
        assert conn.exec_driver_sql("SHOW session_replication_role").scalar() == "origin"
    assert counts == table_counts(tmp_path / "a.db")
    assert counts["members"] == 6_000 and counts["point_entries"] == expected.entries
    with pg() as s:
        total = s.execute(select(func.sum(PointAccount.balance))).scalar_one()
        assert total == s.execute(select(func.sum(PointEntry.points))).scalar_one()
    for table in Base.metadata.sorted_tables:
        if table.name == "settings":
            continue
        assert rows_by_key(pg, table) == rows_by_key(lite, table), table.name
    engine.dispose()
    lite.kw["bind"].dispose()


def test_cancelling_stops_after_a_batch_and_leaves_a_sound_database(tmp_path: Path) -> None:
    class StopSoon:
        def __init__(self) -> None:
            self.updates: list[tuple[int, int, str]] = []

        def update(self, done: int, total: int, label: str = "") -> None:
            self.updates.append((done, total, label))

        def cancelled(self) -> bool:
            return len(self.updates) >= 2

    path = tmp_path / "cancel.db"
    factory = fresh(path)
    progress = StopSoon()
    summary = seed.seed_device(factory, members=8_000, now=NOW, progress=progress)
    assert progress.updates == [(1_000, 8_000, "members"), (2_000, 8_000, "members")]
    assert summary.members == 2_000 == table_counts(path)["members"]
    with factory() as s:
        for member_id in s.execute(select(Member.id).limit(200)).scalars():
            assert ledger.check_invariants(s, member_id) == []
    # the bulk-load settings are gone again
    with factory.kw["bind"].connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert raw.execute("PRAGMA foreign_keys").fetchone() == (1,)
        assert raw.execute("PRAGMA synchronous").fetchone() == (2,)


def test_seeded_members_go_on_living_through_the_handlers(tmp_path: Path) -> None:
    from core.services import DeviceServices, SaleLineInput

    path = tmp_path / "live.db"
    seed.seed_device(fresh(path), members=200, now=NOW)
    svc = DeviceServices.open(str(path))
    try:
        with svc.factory() as s:
            rich = s.execute(
                select(Member.code, Member.id)
                .join(PointAccount, PointAccount.member_id == Member.id)
                .where(Member.status == "active", PointAccount.frozen.is_(False))
                .order_by(PointAccount.balance.desc())
            ).first()
            assert rich is not None
        code, member_id = rich
        later = NOW + timedelta(days=1)
        before = svc.card(member_id, now=later).points
        sale = svc.record_sale(
            [SaleLineInput(amount_fen=20_000)], member_key=code, points_to_spend=100, at=later
        ).result
        assert sale["points_spent"] == 100
        svc.redeem(code, "RW0002", at=later)
        svc.refund(sale["sale_id"], at=later)
        after = svc.card(member_id, now=later).points
        assert after.balance == before.balance - 300
        # the seeded tier is the one the handlers would give
        assert svc.evaluate_tier(code, at=later).result["change"] is None
        # a seeded sale that was paid partly with points can be refunded
        with svc.factory() as s:
            old = s.execute(
                select(Sale.id, Sale.member_id)
                .join(Member, Member.id == Sale.member_id)
                .join(PointAccount, PointAccount.member_id == Member.id)
                .where(
                    Sale.device_id == seed.SEED_DEVICE,
                    Sale.points_spent > 0,
                    Member.status == "active",
                    PointAccount.frozen.is_(False),
                )
                .order_by(Sale.at.desc())
            ).first()
            assert old is not None
        refund = svc.refund(old[0], at=later).result
        assert refund["fully_refunded"] and refund["points_returned"] > 0
        with svc.factory() as s:
            for someone in (member_id, old[1]):
                assert ledger.check_invariants(s, someone) == []
    finally:
        svc.factory.kw["bind"].dispose()


def test_fast_earning_equals_compute_earn() -> None:
    rules = demo_rules()
    ladder = [("T0", "普通"), ("T1", "铜牌"), ("T2", "银牌"), ("T3", "金牌"), ("T4", "钻石")]
    earner = seed._Earner(rules, [c for c, _ in ladder], [n for _, n in ladder])
    rng = random.Random(3)
    cats = [None, "general", "fresh", "traffic", "high_margin", "unknown"]
    special = [date(2025, 11, 11), date(2025, 11, 12), date(2026, 3, 4), date(2024, 2, 29)]
    for i in range(5_000):
        day = (
            special[i % 4] if i % 3 == 0 else date(2024, 1, 1) + timedelta(days=rng.randrange(900))
        )
        at = datetime.combine(day, datetime.min.time()) + timedelta(minutes=rng.randrange(1440))
        lines = [
            (rng.choice(cats), rng.choice([0, 1, 99, rng.randrange(10**7)]))
            for _ in range(rng.randint(1, 3))
        ]
        tier = rng.randrange(5)
        month = rng.randrange(13)
        birthday = date(1990, month, 15) if month else None
        earned_today = rng.choice([0, 0, 0, 19_990, 25_000])
        points, breakdown = earner.earn(
            lines, tier, (day - date(1970, 1, 1)).days, month, earned_today
        )
        real = compute_earn(
            rules,
            [SaleLine(c, a) for c, a in lines],
            tier_code=ladder[tier][0],
            tier_name=ladder[tier][1],
            at=at,
            birthday=birthday,
            earned_today=earned_today,
        )
        assert points == real.points
        assert breakdown == json.dumps(
            [{"code": p.code, "points": p.points, **p.params} for p in real.parts]
        )


def test_fast_name_keys_and_member_codes_equal_the_core_ones() -> None:
    names = seed._Names()
    for surname in names.surnames:
        for given in names.either:
            assert names.keys(surname, given) == (
                pinyin_initials(surname + given),
                pinyin_full(surname + given),
            ), surname + given
    rng = random.Random(11)
    for _ in range(5_000):
        gender = rng.choice(["F", "M", None])
        name, initials, full = names.draw(rng.random, gender)
        assert (initials, full) == (pinyin_initials(name), pinyin_full(name)), name
    codes = seed._Codes()
    for n in [*range(0, 3_000), *(rng.randrange(10**10) for _ in range(3_000))]:
        assert codes.code(n) == make_member_code(n)
