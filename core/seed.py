"""Realistic demo data: stores, the demo rulebook, a points mall and members with history.

``seed_device(factory, members=N)`` fills a freshly migrated database (a device's
SQLite file, or any other database SQLAlchemy reaches) with:

* stores ``S001`` … ``S{K}`` with Chinese names, three to a region ``R01``, ``R02``, …;
  the device identity is ``demo-till`` in store ``S001``;
* the demo rulebook of :mod:`core.demo_rules` (rule set, tier policy, the five
  tiers, their benefits), coupon templates and about forty points-mall rewards
  with stock allocated to every store;
* ``N`` members with Chinese names, unique mobile numbers and 0–12 sales each
  over their 1–3 years of membership: sales, sale lines, qualifying events,
  earned points (computed exactly as :func:`core.rules.compute_earn` does),
  points paid at the till, a few redemptions, and the expiry of lots that ended
  before ``now``. Every member's ledger satisfies
  :func:`core.ledger.check_invariants`; the tier is the one the spend of the
  last 12 months earns.

Everything is deterministic for a given ``random_seed`` and ``now``.

Rewards worth knowing for demos and tests (all for any tier, no validity window):

* ``RW0001`` 不锈钢保温杯 — 1,500 points, stock in every store;
* ``RW0002`` 环保购物袋 — 300 points, central stock (cheap: one small sale pays for it);
* ``RW0003`` 新会员礼包 — 200 points, **per-member limit 1**;
* ``RW0004`` 联名帆布包 — 800 points, **stock 0 at S001** (other stores have some);
* ``RW0005``–``RW0007`` turn points into coupons (``CT-100-10``, ``CT-90``, ``CT-FREESHIP``).

Coupon templates: ``CT-100-10`` 满100减10, ``CT-200-30`` 满200减30, ``CT-90`` 9折券,
``CT-95`` 95折券, ``CT-FREESHIP`` 包邮券 (the free-shipping benefits refer to it),
``CT-BIRTHDAY`` 生日券.

How it is fast (a million members with their history in 70–90 s on two cores,
see ``bench/core_seed.py``): a worker process generates the members in batches
of plain tuples (no ORM objects; names' pinyin, member codes and earned points
come from cached tables that the tests hold equal to :mod:`core.names`,
:mod:`core.codes` and :func:`core.rules.compute_earn`) and writes each batch
into a small index-less staging SQLite file; meanwhile this process copies the
previous batch into the real tables with ``INSERT … SELECT``, one transaction
per batch. Ids are deterministic UUID-shaped strings (a random per-seed prefix
and a counter), so every index grows at its end. During the bulk load the
target connection runs with ``synchronous=OFF``, the rollback journal in memory
and foreign-key checks off (a crash mid-seed can leave a damaged file: seed
again into a new one); all of it is restored afterwards. PostgreSQL gets the
same staged rows through ``COPY … FROM STDIN``, other databases through
SQLAlchemy Core inserts (see :mod:`core.seed_loaders`).
"""

from __future__ import annotations

import json
import os
import pickle
import random
import select
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import traceback
from bisect import bisect_right
from collections.abc import Callable, Generator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources
from itertools import accumulate
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from core import clock
from core.codes import make_member_code
from core.demo_rules import demo_benefits, demo_rules, demo_tier_policy, demo_tiers
from core.errors import InvalidInput
from core.money import allocate
from core.names import pinyin_full, pinyin_initials
from core.progress import NoProgress, Progress
from core.rules import PointRules
from core.seed_loaders import Batch, open_loader
from core.tiers import TierPolicy, shift_years

# SQLAlchemy, the models and the handlers are imported where they are used: the
# worker processes only generate rows and start faster without them.
if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


__all__ = ["SeedSummary", "seed_device"]

#: Members per batch (one staging file, one transaction): a multiple of BLOCK.
BATCH = 10_000
#: Members that share one random stream.
BLOCK = 1_000
#: Batches this process may stage before their turn while the workers catch up.
AHEAD = 8
#: From this many members on, a worker process generates batches while this one loads.
PARALLEL_FROM = 5_000

FREE_SHIPPING_TEMPLATE = "CT-FREESHIP"
SEED_DEVICE = "seed"
SEED_STAFF = "seed"

_EPOCH = date(1970, 1, 1)
_EPOCH_ORD = _EPOCH.toordinal()
_DAY_S = 86_400


@dataclass(frozen=True)
class SeedSummary:
    """What a seed wrote: members, stores, rewards, sales and ledger entries, and how long."""

    members: int
    stores: int
    rewards: int
    sales: int
    entries: int
    seconds: float


# =========================================================================== public entry


def seed_device(
    factory: sessionmaker[Session],
    *,
    members: int,
    stores: int = 5,
    random_seed: int = 42,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> SeedSummary:
    """Write the demo data into a freshly migrated database; see the module docstring.

    Refuses (``InvalidInput``, nothing written) when the database already has
    members. When ``progress.cancelled()`` turns true, stops after the batch in
    hand; what was written so far is consistent and the summary counts it.
    """
    return _seed(
        factory,
        members=members,
        stores=stores,
        random_seed=random_seed,
        now=now,
        progress=progress,
        workers=None,
        fast=True,
    )


def _seed(
    factory: sessionmaker[Session],
    *,
    members: int,
    stores: int,
    random_seed: int,
    now: datetime | None,
    progress: Progress | None,
    workers: int | None,
    fast: bool,
) -> SeedSummary:
    from sqlalchemy import func, select

    from core.db.models import Member

    started = time.perf_counter()
    if members < 0:
        raise InvalidInput(field="members", problem="must not be negative")
    if stores < 1:
        raise InvalidInput(field="stores", problem="at least one store is needed")
    if members >= 10**8:
        raise InvalidInput(field="members", problem="at most 99,999,999")
    at = (now or clock.now()).replace(tzinfo=None)
    progress = progress or NoProgress()
    plan = _make_plan(random_seed, at, stores)

    with factory() as session, session.begin():
        if session.execute(select(func.count()).select_from(Member)).scalar_one():
            raise InvalidInput(field="database", problem="already has members; seed an empty one")
        rewards = _write_catalog(session, plan)

    sales = entries = done = 0
    if members:
        engine = factory.kw["bind"]
        with engine.connect() as conn:
            loader = open_loader(conn, fast=fast)
            try:
                with closing(_batches(plan, members, workers, progress)) as batches:
                    for result in batches:
                        try:
                            loader.load(
                                Batch(
                                    result.path,
                                    _command_row(plan, result),
                                    _copy_selects(plan, result.batch_no),
                                )
                            )
                        finally:
                            os.unlink(result.path)
                        sales += result.sales
                        entries += result.entries
                        done += result.count
                        progress.update(done, members, "members")
            finally:
                loader.close()
    return SeedSummary(
        members=done,
        stores=stores,
        rewards=rewards,
        sales=sales,
        entries=entries,
        seconds=time.perf_counter() - started,
    )


# =========================================================================== the plan


@dataclass(frozen=True)
class _Plan:
    """Everything a batch generator needs; picklable, so worker processes get a copy."""

    random_seed: int
    now: datetime
    stores: int
    rules: dict[str, Any]
    tier_policy: dict[str, Any]
    tiers: tuple[tuple[str, str, int, int], ...]
    discount_bp: dict[str, int]
    # (sku, points, cash_fen) of rewards a seeded member may have redeemed
    redeemable: tuple[tuple[str, int, int], ...]
    prefixes: dict[str, str]
    device_id: str
    phone_mul: int
    phone_add: int


def _uuid_prefix(rng: random.Random) -> str:
    """'xxxxxxxx-xxxx-4xxx-axxx-': an id is this and 12 hex digits of a counter."""
    h = f"{rng.getrandbits(64):016x}"
    return f"{h[:8]}-{h[8:12]}-4{h[12:15]}-a{h[15]}{rng.getrandbits(8):02x}-"


def _make_plan(random_seed: int, now: datetime, stores: int) -> _Plan:
    rng = random.Random(f"memberdesk-seed-plan:{random_seed}")
    prefixes = {
        kind: _uuid_prefix(rng)
        for kind in ("member", "sale", "qe", "entry", "lot", "redemption", "command")
    }
    device = _uuid_prefix(rng) + f"{rng.getrandbits(48):012x}"
    mul = rng.randrange(10**7, 10**8)
    while mul % 2 == 0 or mul % 5 == 0:
        mul += 1
    rules = demo_rules()
    benefits = demo_benefits()
    discount: dict[str, int] = {}
    for b in benefits:
        if b.kind == "discount":
            # as core.catalog.tier_discount_bp, which the sale handler uses
            discount[b.tier_code] = discount.get(b.tier_code, 0) + b.value
    return _Plan(
        random_seed=random_seed,
        now=now,
        stores=stores,
        rules=rules.to_dict(),
        tier_policy=demo_tier_policy().to_dict(),
        tiers=tuple((t.code, t.name, t.rank, t.threshold) for t in demo_tiers()),
        discount_bp=discount,
        redeemable=tuple(
            (sku, r.points, r.cash_fen)
            for sku, r in _reward_specs()
            if r.stock_mode == "unlimited"
            and r.kind != "coupon"
            and r.window is None
            and r.min_tier_rank == 0
            and r.limit is None
        ),
        prefixes=prefixes,
        device_id=device,
        phone_mul=mul,
        phone_add=rng.randrange(10**8),
    )


# =========================================================================== word lists


def _data_lines(name: str) -> list[str]:
    text = resources.files("core").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def _surnames() -> tuple[tuple[str, ...], tuple[int, ...]]:
    names: list[str] = []
    cum: list[int] = []
    total = 0
    for line in _data_lines("surnames.txt"):
        name, weight = line.split()
        total += int(weight)
        names.append(name)
        cum.append(total)
    return tuple(names), tuple(cum)


@cache
def _given_chars(gender: str) -> tuple[str, ...]:
    chars: dict[str, None] = {}
    for line in _data_lines(f"given_{gender}.txt"):
        for ch in line.split():
            chars[ch] = None
    return tuple(chars)


@cache
def _store_places() -> tuple[tuple[str, str], ...]:
    out: list[tuple[str, str]] = []
    for line in _data_lines("stores.txt"):
        city, district = line.split()
        out.append((city, district))
    return tuple(out)


def _stores(count: int) -> list[tuple[str, str, str]]:
    """(code, name, region): S001 上海徐汇店 R01 …; past the list, 二店, 三店, …"""
    places = _store_places()
    ordinals = "二三四五六七八九十"
    out = []
    for i in range(count):
        city, district = places[i % len(places)]
        round_ = i // len(places)
        suffix = "店" if round_ == 0 else f"{ordinals[(round_ - 1) % len(ordinals)]}店"
        out.append((f"S{i + 1:03d}", f"{city}{district}{suffix}", f"R{i // 3 + 1:02d}"))
    return out


# =========================================================================== catalog


@dataclass(frozen=True)
class _RewardSpec:
    name: str
    category: str
    kind: str
    points: int
    cash_fen: int = 0
    stock_mode: str = "store"
    limit: int | None = None
    # None, "current", "expired" or "future" (relative to the seed's now)
    window: str | None = None
    min_tier_rank: int = 0
    coupon: str | None = None


_COUPON_TEMPLATES = (
    # id, name, kind, value, threshold_fen, valid_days
    ("CT-100-10", "满100减10", "amount_off", 1_000, 10_000, 30),
    ("CT-200-30", "满200减30", "amount_off", 3_000, 20_000, 30),
    ("CT-90", "9折券", "percent_off", 1_000, 0, 30),
    ("CT-95", "95折券", "percent_off", 500, 0, 30),
    (FREE_SHIPPING_TEMPLATE, "包邮券", "free_shipping", 0, 0, 30),
    ("CT-BIRTHDAY", "生日券 满50减20", "amount_off", 2_000, 5_000, 30),
)


def _reward_specs() -> list[tuple[str, _RewardSpec]]:
    R = _RewardSpec
    specs = [
        R("不锈钢保温杯", "家居", "physical", 1_500),
        R("环保购物袋", "家居", "physical", 300, stock_mode="central"),
        R("新会员礼包", "礼品卡", "physical", 200, limit=1),
        R("联名帆布包", "家居", "physical", 800),
        R("满100减10券", "优惠券", "coupon", 500, stock_mode="unlimited", coupon="CT-100-10"),
        R("9折券", "优惠券", "coupon", 800, stock_mode="unlimited", coupon="CT-90"),
        R(
            "包邮券",
            "优惠券",
            "coupon",
            200,
            stock_mode="unlimited",
            coupon=FREE_SHIPPING_TEMPLATE,
        ),
        R("蓝牙耳机", "数码", "physical", 12_000, cash_fen=9_900),
        R("充电宝", "数码", "physical", 6_000),
        R("智能手环", "数码", "physical", 15_000, cash_fen=4_900, min_tier_rank=1),
        R("机械键盘", "数码", "physical", 20_000, stock_mode="central", limit=2),
        R(
            "平板电脑",
            "数码",
            "physical",
            150_000,
            cash_fen=99_900,
            stock_mode="central",
            limit=1,
            min_tier_rank=3,
        ),
        R("面膜套装", "美妆", "physical", 2_500),
        R("口红礼盒", "美妆", "physical", 8_000, window="current"),
        R("护手霜", "美妆", "physical", 1_200),
        R("香水小样", "美妆", "physical", 900, limit=3),
        R("精华液", "美妆", "physical", 18_000, cash_fen=5_900, min_tier_rank=2),
        R("有机大米5kg", "食品", "physical", 3_000),
        R("进口坚果礼盒", "食品", "physical", 4_500),
        R("食用油5L", "食品", "physical", 3_500),
        R("中秋月饼礼盒", "食品", "physical", 6_800, window="expired"),
        R("精品咖啡豆", "食品", "physical", 2_800),
        R("50元购物卡", "礼品卡", "virtual", 5_000, stock_mode="unlimited"),
        R("100元购物卡", "礼品卡", "virtual", 10_000, stock_mode="unlimited", min_tier_rank=1),
        R(
            "200元购物卡",
            "礼品卡",
            "virtual",
            19_000,
            stock_mode="unlimited",
            limit=5,
            min_tier_rank=2,
        ),
        R("视频会员月卡", "礼品卡", "virtual", 1_500, stock_mode="central"),
        R("咖啡兑换券", "礼品卡", "virtual", 600, stock_mode="unlimited"),
        R("免费停车2小时", "服务", "service", 300, stock_mode="unlimited"),
        R("专属造型服务", "服务", "service", 8_000, min_tier_rank=3),
        R("家电清洗服务", "服务", "service", 5_000, cash_fen=2_900),
        R("贵宾休息室", "服务", "service", 2_000, min_tier_rank=4),
        R("生日蛋糕", "服务", "service", 2_500, limit=1, min_tier_rank=2),
        R("四件套床品", "家居", "physical", 16_000),
        R("香薰蜡烛", "家居", "physical", 1_800, window="future"),
        R("收纳箱", "家居", "physical", 1_000),
        R("电动牙刷", "数码", "physical", 9_000),
        R(
            "满200减30券",
            "优惠券",
            "coupon",
            1_500,
            stock_mode="unlimited",
            min_tier_rank=1,
            coupon="CT-200-30",
        ),
        R("95折券", "优惠券", "coupon", 400, stock_mode="unlimited", coupon="CT-95"),
        R("儿童绘本", "母婴", "physical", 1_200),
        R("婴儿湿巾", "母婴", "physical", 800),
        R("运动水壶", "运动", "physical", 1_000),
        R("瑜伽垫", "运动", "physical", 3_000, limit=2),
    ]
    return [(f"RW{i + 1:04d}", spec) for i, spec in enumerate(specs)]


def _write_catalog(session: Session, plan: _Plan) -> int:
    """Stores, device identity, rulebook, coupon templates, rewards and stock; returns #rewards."""
    from core.apply import Device, set_device_identity
    from core.catalog import save_rules
    from core.db.models import (
        BenefitRow,
        CouponTemplate,
        Reward,
        Setting,
        Store,
        StoreStock,
        Tier,
    )

    rng = random.Random(f"memberdesk-seed-catalog:{plan.random_seed}")
    store_rows = _stores(plan.stores)
    _put(session, [Store(code=c, name=n, region=r, active=True) for c, n, r in store_rows])
    set_device_identity(
        session, Device(device_id=plan.device_id, store_code="S001", name="demo-till")
    )
    save_rules(session, PointRules.from_dict(plan.rules), plan.now)
    session.merge(Setting(key="tier_policy", value=plan.tier_policy))
    _put(session, [Tier(code=c, name=n, rank=r, threshold=t) for c, n, r, t in plan.tiers])
    _put(
        session,
        [
            BenefitRow(
                id=b.id,
                tier_code=b.tier_code,
                kind=b.kind,
                value=b.value,
                quota=b.quota,
                period=b.period,
                ref=FREE_SHIPPING_TEMPLATE
                if b.kind == "free_shipping_coupon" and b.ref is None
                else b.ref,
            )
            for b in demo_benefits()
        ],
    )
    _put(
        session,
        [
            CouponTemplate(
                id=tid,
                name=name,
                kind=kind,
                value=value,
                threshold_fen=threshold,
                valid_days=days,
                active=True,
            )
            for tid, name, kind, value, threshold, days in _COUPON_TEMPLATES
        ],
    )

    today = plan.now.date()
    windows: dict[str | None, tuple[date | None, date | None]] = {
        None: (None, None),
        "current": (today - timedelta(days=30), today + timedelta(days=60)),
        "expired": (today - timedelta(days=90), today - timedelta(days=1)),
        "future": (today + timedelta(days=7), today + timedelta(days=90)),
    }
    specs = _reward_specs()
    rewards = []
    for sku, spec in specs:
        valid_from, valid_until = windows[spec.window]
        rewards.append(
            Reward(
                sku=sku,
                name=spec.name,
                kind=spec.kind,
                category=spec.category,
                points_price=spec.points,
                cash_price_fen=spec.cash_fen,
                stock_mode=spec.stock_mode,
                central_stock=rng.randrange(200, 5_000) if spec.stock_mode == "central" else 0,
                per_member_limit=spec.limit,
                valid_from=valid_from,
                valid_until=valid_until,
                min_tier_rank=spec.min_tier_rank,
                coupon_template_id=spec.coupon,
                active=True,
            )
        )
    _put(session, rewards)
    stock = []
    for sku, spec in specs:
        if spec.stock_mode != "store":
            continue
        for code, _name, _region in store_rows:
            if sku == "RW0004":
                qty = 0 if code == "S001" else rng.randrange(3, 20)
            else:
                qty = rng.randrange(10, 200)
            stock.append(StoreStock(sku=sku, store_code=code, quantity=qty))
    _put(session, stock)
    return len(specs)


def _put(session: Session, rows: Sequence[Any]) -> None:
    """Insert ``rows`` (all of one model), replacing any that exist already; then flush."""
    from sqlalchemy import inspect, select

    if not rows:
        return
    mapper = inspect(type(rows[0]))
    keys = [c.key for c in mapper.primary_key]
    existing = {tuple(r) for r in session.execute(select(*mapper.primary_key))}
    for row in rows:
        if tuple(getattr(row, k) for k in keys) in existing:
            session.merge(row)
        else:
            session.add(row)
    session.flush()


# =========================================================================== names


class _Names:
    """Chinese names and their pinyin keys, exactly as :mod:`core.names` derives them.

    ``core.names`` runs pypinyin over the whole name, which is slow per call.
    pypinyin first cuts the text into the longest phrases of its dictionary
    (forward maximum matching over the phrases' prefixes); when no two
    neighbouring characters of a name begin a phrase, every character stands
    alone, and the name's syllables are those of its characters, which are
    cached. The few names that do begin a phrase (and two-character surnames)
    go through ``core.names`` itself.
    """

    def __init__(self) -> None:
        from pypinyin.constants import PHRASES_DICT

        self.surnames, self.surname_cum = _surnames()
        self.male = _given_chars("male")
        self.female = _given_chars("female")
        self.either = tuple(dict.fromkeys(self.male + self.female))
        self._starts = {k[:2] for k in PHRASES_DICT if len(k) >= 2}
        self._char: dict[str, tuple[str, str]] = {}
        self._whole: dict[str, tuple[str, str]] = {}

    def keys(self, surname: str, given: str) -> tuple[str, str]:
        """(initials, full pinyin) of ``surname + given``."""
        name = surname + given
        starts = self._starts
        if len(surname) != 1 or name[:2] in starts or name[1:3] in starts:
            got = self._whole.get(name)
            if got is None:
                got = self._whole[name] = (pinyin_initials(name), pinyin_full(name))
            return got
        initials = full = ""
        chars = self._char
        for ch in name:
            got = chars.get(ch)
            if got is None:
                got = chars[ch] = (pinyin_initials(ch), pinyin_full(ch))
            initials += got[0]
            full += got[1]
        return initials, full

    def draw(self, rand: Callable[[], float], gender: str | None) -> tuple[str, str, str]:
        """(name, initials, full pinyin): a surname by frequency and one or two given characters."""
        cum = self.surname_cum
        surname = self.surnames[bisect_right(cum, rand() * cum[-1])]
        pool = self.male if gender == "M" else self.female if gender == "F" else self.either
        size = len(pool)
        if rand() < 0.22:
            given = pool[int(rand() * size)]
        else:
            given = pool[int(rand() * size)] + pool[int(rand() * size)]
        initials, full = self.keys(surname, given)
        return surname + given, initials, full


# =========================================================================== earning, fast


class _Earner:
    """``core.rules.compute_earn`` for the seed's sales, without building objects per sale.

    The same integer steps in the same order (a test compares the two on many
    sales); campaign applicability is cached per day, tier and birthday month;
    the result is the points and the sale's ``breakdown`` exactly as the sale
    handler stores it (``json.dumps`` of the parts).
    """

    def __init__(self, rules: PointRules, tier_codes: Sequence[str], tier_names: Sequence[str]):
        self.rules = rules
        self.tier_codes = tuple(tier_codes)
        self.base_rate = rules.base_rate
        self.rates: dict[str | None, int] = {None: rules.base_rate}
        self.rates.update(rules.category_rates.items())
        self.mult = [rules.multiplier_for(code) for code in tier_codes]
        self.tier_part = [
            '{"code": "tier_bonus", "points": %d, "tier_code": '
            + json.dumps(code).replace("%", "%%")
            + ', "tier_name": '
            + json.dumps(name).replace("%", "%%")
            + f', "pct": {rules.multiplier_for(code)}}}'
            for code, name in zip(tier_codes, tier_names, strict=True)
        ]
        self.campaigns = [
            (
                c.categories,
                c.extra_pct,
                c.stackable,
                '{"code": "campaign", "points": %d, "campaign_code": '
                + json.dumps(c.code).replace("%", "%%")
                + ', "campaign_name": '
                + json.dumps(c.name).replace("%", "%%")
                + f', "pct": {c.extra_pct}}}',
            )
            for c in rules.campaigns
        ]
        self.cap = rules.daily_cap
        self._applicable: dict[int, tuple[int, ...]] = {}

    def applicable(self, day: int, tier: int, birth_month: int) -> tuple[int, ...]:
        """Indexes of the campaigns on for a member of ladder index ``tier`` on ``day``."""
        key = (day << 8) | (tier << 4) | birth_month
        got = self._applicable.get(key)
        if got is None:
            on = _date_of(day)
            birthday = date(2000, birth_month, 1) if birth_month else None
            code = self.tier_codes[tier]
            got = self._applicable[key] = tuple(
                i
                for i, c in enumerate(self.rules.campaigns)
                if c.applies(on=on, tier_code=code, birthday=birthday)
            )
        return got

    def earn(
        self,
        lines: Sequence[tuple[str | None, int]],
        tier: int,
        day: int,
        birth_month: int,
        earned_today: int = 0,
    ) -> tuple[int, str]:
        rates = self.rates
        if len(lines) == 1:
            cat, amount_fen = lines[0]
            weights = [amount_fen * rates.get(cat, self.base_rate)]
            weighted = weights[0]
        else:
            weights = [amount * rates.get(cat, self.base_rate) for cat, amount in lines]
            weighted = sum(weights)
            amount_fen = sum(amount for _cat, amount in lines)
        total = weighted // 10_000
        parts = [f'{{"code": "base", "points": {total}, "amount_fen": {amount_fen}}}']
        bonus = weighted * (self.mult[tier] - 100) // 1_000_000
        if bonus:
            parts.append(self.tier_part[tier] % bonus)
            total += bonus
        applicable = self._applicable.get((day << 8) | (tier << 4) | birth_month)
        if applicable is None:
            applicable = self.applicable(day, tier, birth_month)
        if applicable:
            chosen: list[tuple[int, int]] = []
            best = -1
            best_extra = 0
            for i in applicable:
                cats, pct, stackable, _template = self.campaigns[i]
                if cats is None:
                    covered = weighted
                else:
                    covered = sum(
                        w for (cat, _a), w in zip(lines, weights, strict=True) if cat in cats
                    )
                extra = covered * pct // 1_000_000
                if extra <= 0:
                    continue
                chosen.append((i, extra))
                if not stackable and (best < 0 or extra > best_extra):
                    best, best_extra = i, extra
            for i, extra in chosen:
                if self.campaigns[i][2] or i == best:
                    parts.append(self.campaigns[i][3] % extra)
                    total += extra
        cap = self.cap
        if cap is not None:
            allowed = max(0, cap - earned_today)
            if total > allowed:
                parts.append(
                    f'{{"code": "cap", "points": {allowed - total}, "daily_cap": {cap}, '
                    f'"earned_today": {earned_today}}}'
                )
                total = allowed
        return total, "[" + ", ".join(parts) + "]"


# =========================================================================== history generation


class _Codes:
    """``core.codes.make_member_code(serial)``, with the check-digit state of the first
    eight digits cached (a test compares the two)."""

    def __init__(self) -> None:
        # ISO 7064 MOD 11-10: state p (1..10) and a digit give the next state
        self.step = [[((p + d) % 10 or 10) * 2 % 11 for d in range(10)] for p in range(11)]
        self.last = [
            [
                str((11 - self.step[self.step[p][hi]][lo]) % 10)
                for hi in range(10)
                for lo in range(10)
            ]
            for p in range(11)
        ]
        self.heads: dict[int, int] = {}

    def code(self, serial: int) -> str:
        head = serial // 100
        p = self.heads.get(head)
        if p is None:
            p = 10
            for ch in f"{head:08d}":
                p = self.step[p][ord(ch) - 48]
            self.heads[head] = p
        return f"M{serial:010d}{self.last[p][serial % 100]}"


_PHONE_PREFIXES = [
    "130",
    "131",
    "132",
    "133",
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "147",
    "149",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "175",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "184",
    "185",
    "186",
    "187",
    "188",
    "189",
]
_TAGS = ("线上", "企业客户", "会员日常客", "母婴", "宠物", "美妆达人", "数码控")
_EMAIL_DOMAINS = ("example.com", "example.cn", "example.net")

# Spending segments: (cumulative percent, yearly spend in yuan (lo, hi), sales (lo, hi)).
_SEGMENTS = (
    (15, (0, 0), (0, 0)),
    (60, (100, 3_000), (1, 2)),
    (82, (3_000, 8_000), (1, 4)),
    (93, (8_000, 20_000), (2, 5)),
    (98.3, (20_000, 50_000), (2, 8)),
    (100, (50_000, 110_000), (3, 12)),
)
_LINE_CATEGORIES = (("general", 55), ("fresh", 20), ("traffic", 15), ("high_margin", 10))
_OPEN = 9 * 3600  # sales between 09:00 and 21:59:59
_HOURS = 13 * 3600


@dataclass
class _Rows:
    """One batch's rows, as the parameters of the staging inserts (see ``_STAGE``)."""

    members: list[tuple[Any, ...]] = field(default_factory=list)
    accounts: list[tuple[Any, ...]] = field(default_factory=list)
    sales: list[tuple[Any, ...]] = field(default_factory=list)
    lines: list[tuple[Any, ...]] = field(default_factory=list)
    entries: list[tuple[Any, ...]] = field(default_factory=list)
    lots: list[tuple[Any, ...]] = field(default_factory=list)
    movements: list[tuple[Any, ...]] = field(default_factory=list)
    redemptions: list[tuple[Any, ...]] = field(default_factory=list)


# A lot while a member is generated: [lot_n, points, remaining, available_s, expires_s, entry_n]
_Lot = list[int]


class _Generator:
    """Makes the members of one batch and their history as rows (pure and deterministic)."""

    def __init__(self, plan: _Plan) -> None:
        self.plan = plan
        self.rules = PointRules.from_dict(plan.rules)
        self.policy = TierPolicy.from_dict(plan.tier_policy)
        if self.policy.window != "rolling12":  # pragma: no cover - the demo policy is rolling
            raise NotImplementedError("the seed simulates a rolling-12-months tier window")
        ladder = sorted(plan.tiers, key=lambda t: t[2])
        self.tier_codes = [t[0] for t in ladder]
        self.thresholds = [t[3] for t in ladder]
        self.discount = [plan.discount_bp.get(t[0], 0) for t in ladder]
        self.earner = _Earner(self.rules, self.tier_codes, [t[1] for t in ladder])
        self.names = _Names()
        self.now_s = _secs(plan.now)
        self.today = _day_of(plan.now.date())
        cats = [(c, w) for c, w in _LINE_CATEGORIES if c in self.rules.category_rates]
        self.categories: list[str | None] = [c for c, _ in cats] or [None]
        self.category_cum: list[int] = list(accumulate(w for _c, w in cats)) or [1]
        self.pending_s = self.rules.pending_days * _DAY_S
        self.cash_rate = self.rules.points_cash_rate
        self.cash_max_pct = self.rules.points_cash_max_pct
        self.growth = self.policy.measure == "growth"
        self.rule_detail = json.dumps({"rule_version": self.rules.version})
        self.lot_prefix = plan.prefixes["lot"]
        self._expiry: dict[int, int] = {}
        self._window_start: dict[int, int] = {}
        self._drop: dict[int, int] = {}
        self._tags: dict[tuple[str, ...], str] = {}
        self.codes = _Codes()
        # (day, month) of each day of the years 18 to 70 years back
        self.birthdays = [
            [
                (_day_of(d), d.month)
                for d in (date(year, 1, 1) + timedelta(days=i) for i in range(365))
            ]
            for year in range(plan.now.year - 18, plan.now.year - 71, -1)
        ]

    # --- cached calendar arithmetic (a day is a number of days since 1970-01-01) --

    def expires_s(self, day: int) -> int:
        got = self._expiry.get(day)
        if got is None:
            earned = datetime.combine(_date_of(day), datetime.min.time())
            got = self._expiry[day] = _secs(self.rules.expiry.expires_at(earned))
        return got

    def window_start(self, day: int) -> int:
        """First day of the rolling-12-months window that ends on ``day``."""
        got = self._window_start.get(day)
        if got is None:
            got = self._window_start[day] = _day_of(shift_years(_date_of(day), -1))
        return got

    def drop_day(self, day: int) -> int:
        """First day whose window no longer holds an event of ``day``."""
        got = self._drop.get(day)
        if got is None:
            d = _day_of(shift_years(_date_of(day), 1)) + 1
            while self.window_start(d) <= day:
                d += 1
            got = self._drop[day] = d
        return got

    # --- one batch -----------------------------------------------------------------

    def batch(self, batch_no: int, first: int, count: int) -> _Rows:
        """Members ``first`` … ``first + count - 1``; each block of BLOCK members has its own
        random stream, so a member's data depends on the seed and ``now`` only."""
        if (first - 1) % BLOCK:  # pragma: no cover - batches are whole blocks
            raise ValueError("a batch must start at a block boundary")
        if self.codes.code(first) != make_member_code(first):  # pragma: no cover - a bug
            raise AssertionError("the fast member codes differ from core.codes")
        rows = _Rows()
        serial = first
        end = first + count
        while serial < end:
            block = (serial - 1) // BLOCK
            rng = random.Random(f"memberdesk-seed:{self.plan.random_seed}:{block}")
            stop = min(end, (block + 1) * BLOCK + 1)
            while serial < stop:
                self.member(rng, serial, rows)
                serial += 1
        return rows

    def member(self, rng: random.Random, serial: int, rows: _Rows) -> None:
        plan = self.plan
        rand = rng.random
        r = rand()
        gender = "F" if r < 0.53 else "M" if r < 0.95 else None
        name, initials, full = self.names.draw(rand, gender)
        prefix = _PHONE_PREFIXES[int(rand() * len(_PHONE_PREFIXES))]
        phone = f"{prefix}{(plan.phone_mul * serial + plan.phone_add) % 100_000_000:08d}"
        email = None
        if rand() < 0.25:
            email = f"{full}{serial % 1000}@{_EMAIL_DOMAINS[serial % len(_EMAIL_DOMAINS)]}"
        birthday: int | None = None
        birth_month = 0
        if rand() < 0.86:  # aged 18 to 70
            birthday, birth_month = self.birthdays[int(rand() * 53)][int(rand() * 365)]
        store = int(rand() * plan.stores) + 1
        span = 365 + int(rand() * 731)
        today = self.today
        enrolled_day = today - span
        enrolled_s = enrolled_day * _DAY_S + _OPEN + int(rand() * _HOURS)
        r = rand()
        status = "active" if r < 0.975 else "frozen" if r < 0.99 else "closed"
        frozen = status == "frozen" and rand() < 0.5

        # --- purchase history: sales on distinct days before today ----------------
        seg = _SEGMENTS[bisect_right(_SEGMENT_CUM, rand() * 100)]
        n = 0
        days: list[int] = []
        if seg[2][1]:
            lo, hi = seg[2]
            n = lo + int(rand() * (hi - lo + 1))
            picked: set[int] = set()
            while len(picked) < n:
                picked.add(enrolled_day + 1 + int(rand() * (span - 1)))
            days = sorted(picked)
        tier_idx = 0
        since_day = enrolled_day
        balance = earned_total = spent_total = 0
        lots: list[_Lot] = []
        if n:
            lo_y, hi_y = seg[1]
            yearly = (lo_y + rand() * (hi_y - lo_y)) * 100
            per_sale = yearly * span / 365 / n
            redeem_at = int(rand() * n) if plan.redeemable and rand() < 0.05 else -1
            balance, earned_total, spent_total, events = self.history(
                rng, rows, serial, days, per_sale, store, birth_month, lots, redeem_at
            )
            tier_idx, since_day = self.final_tier(events, enrolled_day)

        tags: list[str] = []
        if rand() < 0.3:
            tags.append(_TAGS[int(rand() * len(_TAGS))])
        if tier_idx >= 3:
            tags.append("高价值")
        if span < 400:
            tags.append("新客")
        if n and days[-1] < today - 180:
            tags.append("沉睡")
        key = tuple(sorted(tags))
        tags_json = self._tags.get(key)
        if tags_json is None:
            tags_json = self._tags[key] = json.dumps(list(key))
        rows.members.append(
            (
                serial,
                self.codes.code(serial),
                name,
                initials,
                full,
                phone,
                email,
                gender,
                birthday,
                store,
                status,
                tags_json,
                self.tier_codes[tier_idx],
                since_day,
                enrolled_day,
                enrolled_s,
            )
        )
        rows.accounts.append((serial, balance, 1 if frozen else 0, earned_total, spent_total))
        out = rows.lots
        for lot in lots:
            out.append((lot[0], serial, lot[5], lot[1], lot[2], lot[3], lot[4]))

    def history(
        self,
        rng: random.Random,
        rows: _Rows,
        serial: int,
        days: list[int],
        per_sale: float,
        store: int,
        birth_month: int,
        lots: list[_Lot],
        redeem_at: int,
    ) -> tuple[int, int, int, list[tuple[int, int]]]:
        """The member's sales in order, with what they earned and spent.

        Returns (balance, earned, spent, qualifying events as (day, amount)).
        """
        plan = self.plan
        rand = rng.random
        entries = rows.entries
        movements = rows.movements
        sales_out = rows.sales
        lines_out = rows.lines
        events: list[tuple[int, int]] = []
        thresholds = self.thresholds
        ent = serial << 6  # entry numbers: serial, then the member's own counter
        balance = earned = spent = 0
        cats, cum = self.categories, self.category_cum
        top = cum[-1]
        stores = plan.stores
        next_expiry = 1 << 62
        window_start = self._window_start
        discount = self.discount
        earn = self.earner.earn
        pending_s = self.pending_s
        cash_max_pct, cash_rate = self.cash_max_pct, self.cash_rate
        rule_detail = self.rule_detail
        growth = self.growth
        for k, day in enumerate(days):
            t = day * _DAY_S + _OPEN + int(rand() * _HOURS)
            if next_expiry <= t:
                ent, balance = self.expire(lots, t, serial, ent, balance, entries, movements)
                next_expiry = min((lot[4] for lot in lots if lot[2] > 0), default=1 << 62)
            # the tier held when the sale is made: what the last 12 months earned
            held = 0
            if events:
                start = window_start.get(day)
                if start is None:
                    start = self.window_start(day)
                total = 0
                for d, a in events:
                    if d >= start:
                        total += a
                held = bisect_right(thresholds, total) - 1
            gross = int(per_sale * (0.4 + 1.2 * rand())) // 10 * 10
            if gross < 500:
                gross = 500
            if rand() < 0.85:
                lines: tuple[tuple[str | None, int], ...] = (
                    (cats[bisect_right(cum, rand() * top)], gross),
                )
            else:
                cut = 10 * (1 + int(rand() * (gross // 10 - 1)))
                lines = (
                    (cats[bisect_right(cum, rand() * top)], cut),
                    (cats[bisect_right(cum, rand() * top)], gross - cut),
                )
            tier_disc = gross * discount[held] // 10_000
            net = gross - tier_disc
            sale_n = (serial << 4) | k
            sale_store = store if rand() < 0.85 else 1 + int(rand() * stores)
            points_spent = cash = 0
            if lots and rand() < 0.2:
                avail = 0
                for lot in lots:
                    if lot[2] and lot[3] <= t < lot[4]:
                        avail += lot[2]
                most = net * cash_max_pct // 100 * cash_rate // 100
                points_spent = min(avail, most) // 100 * 100
                if points_spent:
                    cash = points_spent * 100 // cash_rate
                    entries.append(
                        (ent, serial, "spend", -points_spent, sale_n, None, sale_store, t, "{}")
                    )
                    self.draw(lots, t, points_spent, ent, movements)
                    ent += 1
                    balance -= points_spent
                    spent += points_spent
            paid = net - cash
            if paid == gross:
                paid_lines = lines
            elif len(lines) == 1:
                paid_lines = ((lines[0][0], paid),)
            else:
                shares = allocate(paid, [a for _c, a in lines])
                paid_lines = tuple((c, s) for (c, _a), s in zip(lines, shares, strict=True))
            points, breakdown = earn(paid_lines, held, day, birth_month)
            if points > 0:
                entries.append(
                    (ent, serial, "earn", points, sale_n, None, sale_store, t, rule_detail)
                )
                expires = self.expires_s(day)
                lots.append([sale_n, points, points, t + pending_s, expires, ent])
                movements.append((ent, sale_n, points))
                if expires < next_expiry:
                    next_expiry = expires
                ent += 1
                balance += points
                earned += points
            sales_out.append(
                (
                    sale_n,
                    serial,
                    k + 1,
                    sale_store,
                    t,
                    gross,
                    tier_disc,
                    net,
                    points_spent,
                    cash,
                    paid,
                    points,
                    breakdown,
                )
            )
            lines_out.append((sale_n, 0, lines[0][0], lines[0][1]))
            if len(lines) > 1:
                lines_out.append((sale_n, 1, lines[1][0], lines[1][1]))
            events.append((day, net // 100 if growth else net))
            if k == redeem_at:
                ent, balance = self.redeem(rng, lots, t, serial, ent, balance, store, rows, days, k)
                next_expiry = min((lot[4] for lot in lots if lot[2] > 0), default=1 << 62)
        if next_expiry <= self.now_s:
            ent, balance = self.expire(lots, self.now_s, serial, ent, balance, entries, movements)
        return balance, earned, spent, events

    @staticmethod
    def draw(lots: list[_Lot], t: int, points: int, entry_n: int, movements: list[Any]) -> None:
        """Take ``points`` from the available lots, earliest expiry first (as ledger.debit)."""
        usable = sorted(
            (lot for lot in lots if lot[2] > 0 and lot[3] <= t < lot[4]),
            key=lambda lot: (lot[4], lot[3], lot[0]),
        )
        left = points
        for lot in usable:
            take = lot[2] if lot[2] < left else left
            lot[2] -= take
            left -= take
            movements.append((entry_n, lot[0], -take))
            if left == 0:
                return
        raise AssertionError("the seed drew more points than were available")  # pragma: no cover

    def expire(
        self,
        lots: list[_Lot],
        t: int,
        serial: int,
        ent: int,
        balance: int,
        entries: list[Any],
        movements: list[Any],
    ) -> tuple[int, int]:
        """The expiry job: at each lot end up to ``t``, write off what is left of those lots."""
        due = sorted(
            (lot for lot in lots if lot[2] > 0 and lot[4] <= t),
            key=lambda lot: (lot[4], lot[3], lot[0]),
        )
        i = 0
        while i < len(due):
            at = due[i][4]
            group = [lot for lot in due[i:] if lot[4] == at]
            i += len(group)
            total = sum(lot[2] for lot in group)
            detail = json.dumps({"lots": [f"{self.lot_prefix}{lot[0]:012x}" for lot in group]})
            entries.append((ent, serial, "expire", -total, None, None, None, at, detail))
            for lot in group:
                movements.append((ent, lot[0], -lot[2]))
                lot[2] = 0
            ent += 1
            balance -= total
        return ent, balance

    def redeem(
        self,
        rng: random.Random,
        lots: list[_Lot],
        sale_t: int,
        serial: int,
        ent: int,
        balance: int,
        store: int,
        rows: _Rows,
        days: list[int],
        k: int,
    ) -> tuple[int, int]:
        """A redemption some days after sale ``k``, before the next sale and before now."""
        t = sale_t + (8 + int(rng.random() * 13)) * _DAY_S
        if k + 1 < len(days):
            t = min(t, days[k + 1] * _DAY_S)
        t = min(t, self.now_s - 3600)
        if t <= sale_t:
            return ent, balance
        ent, balance = self.expire(lots, t, serial, ent, balance, rows.entries, rows.movements)
        avail = sum(lot[2] for lot in lots if lot[2] and lot[3] <= t < lot[4])
        choices = [r for r in self.plan.redeemable if 0 < r[1] <= avail]
        if not choices:
            return ent, balance
        sku, points, cash = choices[int(rng.random() * len(choices))]
        red_n = serial
        rows.entries.append((ent, serial, "redeem", -points, None, red_n, store, t, "{}"))
        self.draw(lots, t, points, ent, rows.movements)
        rows.redemptions.append((red_n, serial, sku, points, cash, store, t))
        return ent + 1, balance - points

    def final_tier(self, events: list[tuple[int, int]], enrolled_day: int) -> tuple[int, int]:
        """(ladder index of the tier the last 12 months earn, the day it was reached)."""
        changes: dict[int, int] = {}
        today = self.today
        for day, amount in events:
            changes[day] = changes.get(day, 0) + amount
            drop = self.drop_day(day)
            if drop <= today:
                changes[drop] = changes.get(drop, 0) - amount
        total = 0
        tier = 0
        since = enrolled_day
        thresholds = self.thresholds
        for day in sorted(changes):
            total += changes[day]
            now_tier = bisect_right(thresholds, total) - 1
            if now_tier != tier:
                tier, since = now_tier, day
        return tier, since


_SEGMENT_CUM = tuple(s[0] for s in _SEGMENTS)


def _secs(dt: datetime) -> int:
    return (dt.toordinal() - _EPOCH_ORD) * _DAY_S + dt.hour * 3600 + dt.minute * 60 + dt.second


def _day_of(d: date) -> int:
    return d.toordinal() - _EPOCH_ORD


def _date_of(day: int) -> date:
    return date.fromordinal(day + _EPOCH_ORD)


# =========================================================================== staging

# A batch is staged as plain values (numbers for ids and times) in tables without
# any index or constraint; the copy into the real tables turns them into the
# stored form with SQL expressions: ID(n) = a per-seed UUID prefix and n as 12
# hex digits, DT(t) = SQLAlchemy's SQLite DateTime text of t seconds since
# 1970-01-01 (naive local time), D(d) = the date d days after 1970-01-01.

_STAGED: dict[str, tuple[str, ...]] = {
    "members": (
        "serial",
        "code",
        "name",
        "initials",
        "pinyin",
        "phone",
        "email",
        "gender",
        "birthday",
        "store",
        "status",
        "tags",
        "tier",
        "since",
        "enrolled",
        "created",
    ),
    "accounts": ("serial", "balance", "frozen", "earned", "spent"),
    "sales": (
        "n",
        "serial",
        "k",
        "store",
        "t",
        "gross",
        "tdisc",
        "net",
        "pspent",
        "pcash",
        "paid",
        "earned",
        "breakdown",
    ),
    "lines": ("sale", "line_no", "category", "amount"),
    "entries": ("n", "serial", "kind", "points", "sale", "redemption", "store", "t", "detail"),
    "lots": ("n", "serial", "entry", "points", "remaining", "available", "expires"),
    "movements": ("entry", "lot", "delta"),
    "redemptions": ("n", "serial", "sku", "points", "cash", "store", "t"),
}


def _id(kind: str, col: str) -> str:
    return f"printf('{{{kind}}}%012x', {col})"


def _opt_id(kind: str, col: str) -> str:
    return f"CASE WHEN {col} IS NULL THEN NULL ELSE {_id(kind, col)} END"


def _dt(col: str) -> str:
    return f"datetime({col}, 'unixepoch') || '.000000'"


def _d(col: str) -> str:
    return f"date({col} * 86400, 'unixepoch')"


def _store(col: str) -> str:
    return f"CASE WHEN {col} IS NULL THEN NULL ELSE printf('S%03d', {col}) END"


# (target table, staged table, [(target column, expression over the staged columns)]),
# in copy order: parents before children. {cmd} is the batch's command id.
_COPY: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    (
        "members",
        "members",
        (
            ("id", _id("member", "serial")),
            ("code", "code"),
            ("name", "name"),
            ("name_initials", "initials"),
            ("name_pinyin", "pinyin"),
            ("phone", "phone"),
            ("phone_last4", "substr(phone, -4)"),
            ("email", "email"),
            ("gender", "gender"),
            ("birthday", _d("birthday")),
            ("home_store", _store("store")),
            ("status", "status"),
            ("tags", "tags"),
            ("tier_code", "tier"),
            ("tier_since", _d("since")),
            ("tier_grace_until", "NULL"),
            ("enrolled_on", _d("enrolled")),
            ("created_at", _dt("created")),
            ("updated_at", _dt("created")),
            ("version", "1"),
        ),
    ),
    (
        "point_accounts",
        "accounts",
        (
            ("member_id", _id("member", "serial")),
            ("balance", "balance"),
            ("debt", "0"),
            ("frozen", "frozen"),
            ("lifetime_earned", "earned"),
            ("lifetime_spent", "spent"),
        ),
    ),
    (
        "sales",
        "sales",
        (
            ("id", _id("sale", "n")),
            ("receipt_no", "printf('H%08d%02d', serial, k)"),
            ("member_id", _id("member", "serial")),
            ("store_code", _store("store")),
            ("device_id", f"'{SEED_DEVICE}'"),
            ("staff", f"'{SEED_STAFF}'"),
            ("at", _dt("t")),
            ("gross_fen", "gross"),
            ("tier_discount_fen", "tdisc"),
            ("coupon_id", "NULL"),
            ("coupon_discount_fen", "0"),
            ("net_fen", "net"),
            ("points_spent", "pspent"),
            ("points_cash_fen", "pcash"),
            ("paid_fen", "paid"),
            ("points_earned", "earned"),
            ("rule_version", "{rule_version}"),
            ("breakdown", "breakdown"),
            ("refunded_fen", "0"),
            ("points_reversed", "0"),
            ("points_returned", "0"),
            ("cash_refunded_fen", "0"),
            ("command_id", "'{cmd}'"),
        ),
    ),
    (
        "sale_lines",
        "lines",
        (
            ("sale_id", _id("sale", "sale")),
            ("line_no", "line_no"),
            ("category", "category"),
            ("amount_fen", "amount"),
        ),
    ),
    (
        "qualifying_events",
        "sales",
        (
            ("id", _id("qe", "n")),
            ("member_id", _id("member", "serial")),
            ("at", _dt("t")),
            ("spend_fen", "net"),
            ("growth", "net / 100"),
            ("command_id", "'{cmd}'"),
        ),
    ),
    (
        "point_entries",
        "entries",
        (
            ("id", _id("entry", "n")),
            ("member_id", _id("member", "serial")),
            ("command_id", "'{cmd}'"),
            ("kind", "kind"),
            ("points", "points"),
            ("debt_delta", "0"),
            ("sale_id", _opt_id("sale", "sale")),
            ("redemption_id", _opt_id("redemption", "redemption")),
            ("ref_entry_id", "NULL"),
            ("store_code", _store("store")),
            ("device_id", f"'{SEED_DEVICE}'"),
            ("staff", f"'{SEED_STAFF}'"),
            ("reason", "NULL"),
            ("detail", "detail"),
            ("created_at", _dt("t")),
            ("seq", "n"),
        ),
    ),
    (
        "point_lots",
        "lots",
        (
            ("id", _id("lot", "n")),
            ("member_id", _id("member", "serial")),
            ("entry_id", _id("entry", "entry")),
            ("points", "points"),
            ("remaining", "remaining"),
            ("available_at", _dt("available")),
            ("expires_at", _dt("expires")),
            ("sale_id", _id("sale", "n")),
        ),
    ),
    (
        "lot_movements",
        "movements",
        (
            ("entry_id", _id("entry", "entry")),
            ("lot_id", _id("lot", "lot")),
            ("delta", "delta"),
        ),
    ),
    (
        "redemptions",
        "redemptions",
        (
            ("id", _id("redemption", "n")),
            ("member_id", _id("member", "serial")),
            ("sku", "sku"),
            ("qty", "1"),
            ("points", "points"),
            ("cash_fen", "cash"),
            ("store_code", _store("store")),
            ("stock_source", "'unlimited'"),
            ("status", "'completed'"),
            ("at", _dt("t")),
            ("cancelled_at", "NULL"),
            ("coupon_id", "NULL"),
            ("command_id", "'{cmd}'"),
        ),
    ),
)


@dataclass(frozen=True)
class _Staged:
    """A generated batch, staged in its own SQLite file."""

    batch_no: int
    first: int
    count: int
    path: str
    sales: int
    entries: int


def _command_id(plan: _Plan, batch_no: int) -> str:
    return f"{plan.prefixes['command']}{batch_no:012x}"


def _copy_selects(plan: _Plan, batch_no: int) -> list[tuple[str, list[str], str]]:
    """(target table, its columns, SELECT over the staged table) for each copy step."""
    subst = {
        **plan.prefixes,
        "cmd": _command_id(plan, batch_no),
        "rule_version": str(int(plan.rules["version"])),
    }
    return [
        (
            target,
            [col for col, _expr in cols],
            f"SELECT {', '.join(expr.format(**subst) for _col, expr in cols)} FROM {{schema}}{src}",
        )
        for target, src, cols in _COPY
    ]


def _stage_batch(gen: _Generator, folder: str, batch_no: int, first: int, count: int) -> _Staged:
    rows = gen.batch(batch_no, first, count)
    path = os.path.join(folder, f"batch-{batch_no:06d}.db")
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        db.execute("BEGIN")
        for name, cols in _STAGED.items():
            db.execute(f"CREATE TABLE {name} ({', '.join(cols)})")
            marks = ", ".join("?" for _ in cols)
            db.executemany(f"INSERT INTO {name} VALUES ({marks})", getattr(rows, name))
        db.execute("COMMIT")
    finally:
        db.close()
    return _Staged(batch_no, first, count, path, len(rows.sales), len(rows.entries))


# --- batches, inline or from worker processes ---------------------------------


class _Worker:
    """A child Python process that generates and stages batches (see ``_worker_main``).

    A plain subprocess speaking length-prefixed pickles over its stdin/stdout,
    rather than multiprocessing: it never re-imports the caller's ``__main__``,
    so a script calling ``seed_device`` needs no ``if __name__ == "__main__"``.
    """

    def __init__(self, plan: _Plan) -> None:
        import core

        root = str(Path(core.__file__).resolve().parent.parent)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from core.seed import _worker_main; _worker_main()"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            bufsize=0,
        )
        self.in_hand = 0
        self.send(plan)

    def send(self, message: object) -> None:
        assert self.proc.stdin is not None
        _write_frame(self.proc.stdin, message)

    def ready(self) -> bool:
        """Whether a reply can be read without waiting."""
        if os.name == "nt":  # pragma: no cover - select() does not take pipes there
            return True
        assert self.proc.stdout is not None
        return bool(select.select([self.proc.stdout.fileno()], [], [], 0)[0])

    def receive(self) -> _Staged:
        assert self.proc.stdout is not None
        try:
            reply = _read_frame(self.proc.stdout)
        except EOFError:
            raise RuntimeError("a seed worker process stopped unexpectedly") from None
        if isinstance(reply, _Staged):
            return reply
        raise RuntimeError(f"a seed worker failed:\n{reply}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe is not None:
                pipe.close()


def _write_frame(sink: IO[bytes], message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    sink.write(len(data).to_bytes(4, "big") + data)
    sink.flush()


def _read_frame(source: IO[bytes]) -> object:
    size = int.from_bytes(_read_exactly(source, 4), "big")
    return pickle.loads(_read_exactly(source, size))


def _read_exactly(source: IO[bytes], size: int) -> bytes:
    parts: list[bytes] = []
    while size:
        part = source.read(size)
        if not part:
            raise EOFError
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def _worker_main() -> None:  # pragma: no cover - runs in the child process
    """The worker's loop: a plan, then (folder, batch_no, first, count) tasks until None."""
    source, sink = sys.stdin.buffer, sys.stdout.buffer
    try:
        plan = _read_frame(source)
        assert isinstance(plan, _Plan)
        gen = _Generator(plan)
        while (task := _read_frame(source)) is not None:
            folder, batch_no, first, count = cast(tuple[str, int, int, int], task)
            try:
                reply: object = _stage_batch(gen, folder, batch_no, first, count)
            except Exception:
                reply = traceback.format_exc()
            _write_frame(sink, reply)
    except (EOFError, BrokenPipeError):
        return  # the seeding process went away


def _scratch_dir() -> str | None:
    """Where staging files go: memory-backed /dev/shm when it has room, else the temp dir."""
    shm = "/dev/shm"
    try:
        st = os.statvfs(shm)
    except OSError:
        return None
    room = st.f_bavail * st.f_frsize
    return shm if room > 2 * 1024**3 and os.access(shm, os.W_OK) else None


def _workers_for(members: int) -> int:
    """Worker processes for a run: none for small runs or on one core."""
    if members < PARALLEL_FROM or (os.cpu_count() or 1) < 2:
        return 0
    return 1


def _batch_size(members: int) -> int:
    """Small batches for small runs (the pipeline fills sooner), BATCH for big ones."""
    return max(BLOCK, min(BATCH, members // 8 // BLOCK * BLOCK))


def _batches(
    plan: _Plan, members: int, workers: int | None, progress: Progress
) -> Generator[_Staged, None, None]:
    """Staged batches in order; stops early (cleaning up) when progress is cancelled.

    With workers, they take the batches from the front, each with up to three
    in hand. While they start up, this process makes the first batch, then
    batches from the back (at most AHEAD of them, loaded when their turn comes);
    after that it only loads, which keeps the two sides about equally busy.
    """
    size = _batch_size(members)
    specs = [
        (no, first, min(size, members - first + 1))
        for no, first in enumerate(range(1, members + 1, size), start=1)
    ]
    if workers is None:
        workers = _workers_for(members)
    workers = min(workers, len(specs) - 1)
    folder = tempfile.mkdtemp(prefix="memberdesk-seed-", dir=_scratch_dir())
    pool: list[_Worker] = []
    try:
        try:
            for _ in range(workers):
                pool.append(_Worker(plan))
        except OSError:  # pragma: no cover - no Python to start (a frozen app): do it here
            for worker in pool:
                worker.stop()
            pool = []
        owner: dict[int, _Worker] = {}
        mine: dict[int, _Staged] = {}
        front = back = len(specs)
        if pool:
            front = 1

        def top_up() -> None:
            nonlocal front
            for worker in pool:
                while worker.in_hand < 3 and front < back:
                    worker.send((folder, *specs[front]))
                    worker.in_hand += 1
                    owner[front] = worker
                    front += 1

        top_up()
        gen = _Generator(plan)
        started = False  # whether any worker has delivered yet
        for i, spec in enumerate(specs):
            if progress.cancelled():
                return
            if i in mine:
                yield mine.pop(i)
                continue
            maker = owner.pop(i, None)
            if maker is None:
                yield _stage_batch(gen, folder, *spec)
                continue
            while not started and not maker.ready() and front < back and len(mine) < AHEAD:
                back -= 1
                mine[back] = _stage_batch(gen, folder, *specs[back])
            staged = maker.receive()
            started = True
            maker.in_hand -= 1
            if staged.batch_no != spec[0]:  # pragma: no cover - a bug
                raise RuntimeError("a seed worker answered out of order")
            top_up()
            yield staged
        for worker in pool:
            worker.send(None)
    finally:
        for worker in pool:
            worker.stop()
        shutil.rmtree(folder, ignore_errors=True)


# --- what a loader needs besides the staged rows (core.seed_loaders) -----------


def _command_row(plan: _Plan, staged: _Staged) -> dict[str, Any]:
    return {
        "id": _command_id(plan, staged.batch_no),
        "kind": "seed_history",
        "schema_version": 1,
        "device_id": SEED_DEVICE,
        "seq": staged.batch_no,
        "store_code": None,
        "staff": SEED_STAFF,
        "device_time": plan.now,
        "payload": {"members": [staged.first, staged.first + staged.count - 1]},
        "result": {},
        "applied_at": plan.now,
        "sync_state": "acked",
    }
