"""The points mall as the back office reads it from the local copy: the catalog with its
stock, the redemption orders (newest first, keyset paged, filtered) and the stock alerts.

An order's state is one word: ``cancelled`` when the redemption was cancelled (points
and stock returned), otherwise its fulfilment (``placed``, ``fulfilled``, ``shipped``).
A redemption's ``status`` stays ``completed`` while it stands: the ledger, the
per-member limits and the analytics count on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from core import catalog
from core.codes import normalise_member_code
from core.db.models import CouponTemplate, Member, Redemption, Reward, Store, StoreStock
from core.errors import NotConfigured
from core.tiers import TierDef

ORDER_STATES: Final = ("placed", "fulfilled", "shipped", "cancelled")
DEFAULT_ALERT_THRESHOLD: Final = 5
PAGE: Final = 200


@dataclass(frozen=True)
class RewardRow:
    """A reward as the catalog table shows it (money in fen, stock in items)."""

    sku: str
    name: str
    kind: str
    category: str
    points_price: int
    cash_price_fen: int
    stock_mode: str
    central_stock: int
    store_stock: dict[str, int]
    per_member_limit: int | None
    valid_from: date | None
    valid_until: date | None
    min_tier_rank: int
    coupon_template_id: str | None
    active: bool

    @property
    def store_stock_total(self) -> int:
        return sum(self.store_stock.values())


@dataclass(frozen=True)
class MallCatalog:
    """The catalog, the stores stock can go to, the ladder (for tier restrictions) and the
    coupon templates a coupon reward can issue."""

    rewards: tuple[RewardRow, ...]
    stores: tuple[tuple[str, str], ...]  # (code, name)
    tiers: tuple[TierDef, ...]
    coupon_templates: tuple[tuple[str, str], ...] = ()  # (id, name)

    def reward(self, sku: str) -> RewardRow | None:
        return next((r for r in self.rewards if r.sku == sku), None)


def load_catalog(factory: sessionmaker[Session]) -> MallCatalog:
    """Every reward (on the shelf or not) with its stock per store, by SKU."""
    with factory() as s:
        stock: dict[str, dict[str, int]] = {}
        for sku, store, quantity in s.execute(
            select(StoreStock.sku, StoreStock.store_code, StoreStock.quantity).order_by(
                StoreStock.sku, StoreStock.store_code
            )
        ):
            stock.setdefault(sku, {})[store] = int(quantity)
        rewards = tuple(
            RewardRow(
                sku=r.sku,
                name=r.name,
                kind=r.kind,
                category=r.category,
                points_price=r.points_price,
                cash_price_fen=r.cash_price_fen,
                stock_mode=r.stock_mode,
                central_stock=r.central_stock,
                store_stock=stock.get(r.sku, {}),
                per_member_limit=r.per_member_limit,
                valid_from=r.valid_from,
                valid_until=r.valid_until,
                min_tier_rank=r.min_tier_rank,
                coupon_template_id=r.coupon_template_id,
                active=bool(r.active),
            )
            for r in s.execute(select(Reward).order_by(Reward.sku)).scalars()
        )
        stores = tuple(
            (code, name)
            for code, name in s.execute(select(Store.code, Store.name).order_by(Store.code))
        )
        try:
            tiers = tuple(catalog.tier_defs(s))
        except NotConfigured:  # a database without a ladder yet: no restriction to choose
            tiers = ()
        templates = tuple(
            (tid, name)
            for tid, name in s.execute(
                select(CouponTemplate.id, CouponTemplate.name)
                .where(CouponTemplate.active.is_(True))
                .order_by(CouponTemplate.id)
            )
        )
        return MallCatalog(rewards, stores, tiers, templates)


def matches(row: RewardRow, search: str) -> bool:
    """The catalog's search box: SKU, name or category contains the text (any case)."""
    text = search.strip().casefold()
    return not text or any(text in v.casefold() for v in (row.sku, row.name, row.category))


# --- stock alerts -------------------------------------------------------------------


@dataclass(frozen=True)
class StockAlert:
    """A reward on the shelf whose stock somewhere is at or below the threshold."""

    sku: str
    name: str
    where: str  # "central" or a store code
    quantity: int


def stock_alerts(
    factory: sessionmaker[Session], threshold: int = DEFAULT_ALERT_THRESHOLD
) -> list[StockAlert]:
    """Active rewards low on stock: central stock, or any store's allocation; lowest first."""
    with factory() as s:
        central = s.execute(
            select(Reward.sku, Reward.name, Reward.central_stock).where(
                Reward.active.is_(True),
                Reward.stock_mode == "central",
                Reward.central_stock <= threshold,
            )
        ).all()
        stores = s.execute(
            select(Reward.sku, Reward.name, StoreStock.store_code, StoreStock.quantity)
            .join(StoreStock, StoreStock.sku == Reward.sku)
            .where(
                Reward.active.is_(True),
                Reward.stock_mode == "store",
                StoreStock.quantity <= threshold,
            )
        ).all()
    alerts = [StockAlert(sku, name, "central", int(q)) for sku, name, q in central]
    alerts += [StockAlert(sku, name, store, int(q)) for sku, name, store, q in stores]
    alerts.sort(key=lambda a: (a.quantity, a.sku, a.where))
    return alerts


# --- redemption orders --------------------------------------------------------------


@dataclass(frozen=True)
class OrderFilter:
    """Which orders to list; None or empty: any."""

    state: str | None = None  # one of ORDER_STATES
    store: str | None = None
    since: date | None = None  # the first day shown
    until: date | None = None  # the last day shown
    member_code: str | None = None


@dataclass(frozen=True)
class OrderRow:
    id: str
    at: datetime
    member_code: str
    member_name: str
    sku: str
    reward_name: str
    qty: int
    points: int
    cash_fen: int
    store_code: str | None
    stock_source: str
    state: str
    cancelled_at: datetime | None

    @property
    def key(self) -> tuple[datetime, str]:
        """Where the next page starts after this row."""
        return (self.at, self.id)


def order_state(status: str, fulfilment: str) -> str:
    return "cancelled" if status == "cancelled" else fulfilment


def list_orders(
    factory: sessionmaker[Session],
    where: OrderFilter = OrderFilter(),
    *,
    after: tuple[datetime, str] | None = None,
    limit: int = PAGE,
) -> list[OrderRow]:
    """One page of orders, newest first, starting after the row whose ``key`` is ``after``."""
    r = Redemption
    query = (
        select(
            r.id,
            r.at,
            Member.code,
            Member.name,
            r.sku,
            func.coalesce(Reward.name, r.sku),
            r.qty,
            r.points,
            r.cash_fen,
            r.store_code,
            r.stock_source,
            r.status,
            r.fulfilment,
            r.cancelled_at,
        )
        .join(Member, Member.id == r.member_id)
        .outerjoin(Reward, Reward.sku == r.sku)
        .order_by(r.at.desc(), r.id.desc())
        .limit(limit)
    )
    if where.state == "cancelled":
        query = query.where(r.status == "cancelled")
    elif where.state:
        query = query.where(r.status != "cancelled", r.fulfilment == where.state)
    if where.store:
        query = query.where(r.store_code == where.store)
    if where.since is not None:
        query = query.where(r.at >= datetime.combine(where.since, time()))
    if where.until is not None:
        query = query.where(r.at < datetime.combine(where.until + timedelta(days=1), time()))
    if where.member_code and where.member_code.strip():
        query = query.where(Member.code == normalise_member_code(where.member_code))
    if after is not None:
        at, rid = after
        query = query.where(or_(r.at < at, and_(r.at == at, r.id < rid)))
    with factory() as s:
        rows = s.execute(query).all()
    return [
        OrderRow(
            id=row[0],
            at=row[1],
            member_code=row[2],
            member_name=row[3],
            sku=row[4],
            reward_name=row[5],
            qty=int(row[6]),
            points=int(row[7]),
            cash_fen=int(row[8]),
            store_code=row[9],
            stock_source=row[10],
            state=order_state(row[11], row[12]),
            cancelled_at=row[13],
        )
        for row in rows
    ]
