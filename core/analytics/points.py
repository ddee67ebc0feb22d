"""Points health: flows in the period, consumption and breakage, liability and debt."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from core.analytics.scope import bucket_of, buckets, iso, resolve, today, where
from core.analytics.tables import FACTS
from core.analytics.types import (
    HEALTHY_CONSUMPTION_BP,
    Filters,
    LiabilityMonth,
    PointsFlow,
    PointsHealth,
    PointsTrendPoint,
    Ratio,
)
from core.catalog import rules_at
from core.rules import points_cash_value

_FLOW = FACTS[:12]


def _d(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def points_health(
    session: Session, filters: Filters | None = None, *, now: date | None = None
) -> PointsHealth:
    """Issued, used and expired points in the period; liability and debt as they stand now."""
    scope = resolve(session, filters or Filters(), now=now)
    current = now or today()
    params: dict[str, Any] = {"start": iso(scope.start), "end": iso(scope.end)}
    w = where(scope, "m", params)
    totals = dict.fromkeys(_FLOW, 0)
    per_bucket: dict[date, PointsFlow] = {}
    rows = session.execute(
        text(
            f"SELECT day, {', '.join(f'sum({c})' for c in _FLOW)} FROM analytics_daily m "
            f"WHERE day >= :start AND day <= :end AND {w} GROUP BY day"
        ),
        params,
    ).all()
    bucket_sums: dict[date, dict[str, int]] = defaultdict(lambda: dict.fromkeys(_FLOW, 0))
    for row in rows:
        b = bucket_sums[bucket_of(_d(row[0]), scope.bucket)]
        for c, v in zip(_FLOW, row[1:], strict=True):
            totals[c] += int(v or 0)
            b[c] += int(v or 0)
    for key, sums in bucket_sums.items():
        per_bucket[key] = PointsFlow(**sums)
    flow = PointsFlow(**totals)
    trend = tuple(
        PointsTrendPoint(
            bucket=b,
            issued=per_bucket[b].issued if b in per_bucket else 0,
            used=per_bucket[b].used if b in per_bucket else 0,
            expired=per_bucket[b].expired if b in per_bucket else 0,
        )
        for b in buckets(scope.start, scope.end, scope.bucket)
    )
    consumption = Ratio(flow.used, flow.issued)
    bp = consumption.basis_points
    healthy = None if bp is None else HEALTHY_CONSUMPTION_BP[0] <= bp <= HEALTHY_CONSUMPTION_BP[1]

    rules = rules_at(session, current)
    months: dict[date, int] = defaultdict(int)
    overdue = 0
    lp: dict[str, Any] = {}
    lw = where(scope, "m", lp)
    for ends, points in session.execute(
        text(
            f"SELECT expires_on, sum(points) FROM analytics_liability m WHERE {lw} "
            "GROUP BY expires_on"
        ),
        lp,
    ):
        day = _d(ends)
        months[day.replace(day=1)] += int(points)
        if day <= current:
            overdue += int(points)
    liability = tuple(
        LiabilityMonth(month=mo, points=pts, value_fen=points_cash_value(rules, max(pts, 0)))
        for mo, pts in sorted(months.items())
        if pts
    )
    total = sum(months.values())
    dp: dict[str, Any] = {}
    dw = where(scope, "m", dp)
    debt, debtors = session.execute(
        text(
            "SELECT coalesce(sum(debt), 0), count(*) FROM analytics_member m "
            f"WHERE debt > 0 AND {dw}"
        ),
        dp,
    ).one()
    return PointsHealth(
        scope=scope,
        flow=flow,
        consumption_rate=consumption,
        consumption_healthy=healthy,
        breakage_rate=Ratio(flow.expired, flow.used + flow.expired),
        trend=trend,
        liability=liability,
        liability_points=total,
        liability_fen=points_cash_value(rules, max(total, 0)),
        overdue_points=overdue,
        points_cash_rate=rules.points_cash_rate,
        debt_points=int(debt),
        debt_members=int(debtors),
    )
