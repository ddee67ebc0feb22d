"""The points mall: redemptions, top rewards, conversion and stock alerts."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any, Final

from sqlalchemy import text
from sqlalchemy.orm import Session

from core.analytics.scope import bucket_of, buckets, iso, resolve, today, where
from core.analytics.types import (
    Filters,
    MallOverview,
    Ratio,
    RedemptionTrendPoint,
    RewardRank,
    StockAlert,
)
from core.errors import InvalidInput

TOP_REWARDS: Final = 10
STOCK_THRESHOLD: Final = 10


def _d(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def mall_overview(
    session: Session,
    filters: Filters | None = None,
    *,
    top: int = TOP_REWARDS,
    stock_threshold: int = STOCK_THRESHOLD,
    now: date | None = None,
) -> MallOverview:
    """Redemptions in the period, the most redeemed rewards, conversion and low stock."""
    if not 1 <= top <= 1000:
        raise InvalidInput(field="top", problem="between 1 and 1000")
    if stock_threshold < 0:
        raise InvalidInput(field="stock_threshold", problem="must not be negative")
    scope = resolve(session, filters or Filters(), now=now)
    current = now or today()
    params: dict[str, Any] = {"start": iso(scope.start), "end": iso(scope.end)}
    w = where(scope, "m", params)
    period = f"day >= :start AND day <= :end AND {w}"
    n, qty, points, cash = session.execute(
        text(
            "SELECT coalesce(sum(redemptions), 0), coalesce(sum(qty), 0), "
            "coalesce(sum(points), 0), coalesce(sum(cash_fen), 0) "
            f"FROM analytics_daily_reward m WHERE {period}"
        ),
        params,
    ).one()
    top_rows = session.execute(
        text(
            "SELECT x.sku, coalesce(r.name, x.sku), coalesce(r.category, ''), x.n, x.qty, "
            "x.points, x.cash FROM (SELECT sku, sum(redemptions) AS n, sum(qty) AS qty, "
            "sum(points) AS points, sum(cash_fen) AS cash FROM analytics_daily_reward m "
            f"WHERE {period} GROUP BY sku) x LEFT JOIN rewards r ON r.sku = x.sku "
            "ORDER BY x.n DESC, x.points DESC, x.sku LIMIT :top"
        ),
        {**params, "top": top},
    ).all()
    by_bucket: dict[date, list[int]] = defaultdict(lambda: [0, 0, 0])
    for day, bn, bq, bp in session.execute(
        text(
            "SELECT day, sum(redemptions), sum(qty), sum(points) FROM analytics_daily_reward m "
            f"WHERE {period} GROUP BY day"
        ),
        params,
    ):
        acc = by_bucket[bucket_of(_d(day), scope.bucket)]
        acc[0] += int(bn)
        acc[1] += int(bq)
        acc[2] += int(bp)
    trend = tuple(
        RedemptionTrendPoint(b, *by_bucket.get(b, [0, 0, 0]))
        for b in buckets(scope.start, scope.end, scope.bucket)
    )
    redeemers = session.execute(
        text(
            # CROSS JOIN keeps the member-days (the few with redemptions) the outer loop.
            "SELECT count(*) FROM (SELECT DISTINCT d.member_id FROM analytics_member_day d "
            "CROSS JOIN analytics_member m ON m.member_id = d.member_id WHERE d.redemptions > 0 "
            f"AND d.day >= :start AND d.day <= :end AND {w})"
        ),
        params,
    ).scalar_one()
    cheapest = session.execute(
        text(
            "SELECT min(points_price) FROM rewards WHERE active AND points_price > 0 "
            "AND (valid_from IS NULL OR valid_from <= :today) "
            "AND (valid_until IS NULL OR valid_until >= :today)"
        ),
        {"today": iso(current)},
    ).scalar()
    eligible = 0
    if cheapest is not None:
        ep: dict[str, Any] = {"cheap": int(cheapest)}
        eligible = session.execute(
            text(
                # A plain scan: a store's members through the index cost a lookup each.
                "SELECT count(*) FROM analytics_member m NOT INDEXED WHERE status = 'active' "
                f"AND balance >= :cheap AND {where(scope, 'm', ep)}"
            ),
            ep,
        ).scalar_one()
    return MallOverview(
        scope=scope,
        redemptions=int(n),
        quantity=int(qty),
        points=int(points),
        cash_fen=int(cash),
        redeemers=int(redeemers),
        eligible_members=int(eligible),
        cheapest_points=None if cheapest is None else int(cheapest),
        conversion=Ratio(int(redeemers), int(eligible)),
        top_rewards=tuple(
            RewardRank(str(s), str(nm), str(cat), int(a), int(b), int(c), int(d))
            for s, nm, cat, a, b, c, d in top_rows
        ),
        trend=trend,
        stock_alerts=stock_alerts(session, scope.stores, stock_threshold),
    )


def stock_alerts(
    session: Session, stores: tuple[str, ...] | None, threshold: int
) -> tuple[StockAlert, ...]:
    """Active rewards whose central or store-allocated stock is at or below the threshold."""
    out = [
        StockAlert(str(sku), str(name), None, int(q), threshold)
        for sku, name, q in session.execute(
            text(
                "SELECT sku, name, central_stock FROM rewards WHERE active "
                "AND stock_mode = 'central' AND central_stock <= :t ORDER BY central_stock, sku"
            ),
            {"t": threshold},
        )
    ]
    params: dict[str, Any] = {"t": threshold}
    store_cond = "1=1"
    if stores is not None:
        names = []
        for i, s in enumerate(stores):
            params[f"s{i}"] = s
            names.append(f":s{i}")
        store_cond = f"ss.store_code IN ({', '.join(names)})" if names else "0=1"
    out.extend(
        StockAlert(str(sku), str(name), str(store), int(q), threshold)
        for sku, name, store, q in session.execute(
            text(
                "SELECT r.sku, r.name, ss.store_code, ss.quantity FROM store_stock ss "
                "JOIN rewards r ON r.sku = ss.sku WHERE r.active AND r.stock_mode = 'store' "
                f"AND ss.quantity <= :t AND {store_cond} ORDER BY ss.quantity, r.sku, ss.store_code"
            ),
            params,
        )
    )
    return tuple(out)
