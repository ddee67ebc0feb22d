"""Dashboards for managers, computed on a device's own database (docs/analytics.md).

Usage, in one transaction (``refresh_aggregates`` writes, the rest only read)::

    with factory() as session, session.begin():
        refresh_aggregates(session)          # fold in what changed since last time
        overview = member_overview(session, Filters(stores=("S001",)))
        health = points_health(session, Filters(start=date(2026, 3, 1), end=date(2026, 3, 31)))
        mall = mall_overview(session)
        recompute_rfm(session)               # the heavy one: seconds on a million members
        segments = rfm_overview(session)
        ids = churn_member_ids(session, drop_pct=50)

Every function takes a :class:`Filters` (period, stores, regions, tiers; unknown
codes raise ``core.errors.InvalidInput``) and returns frozen dataclasses of
integers (points, fen, counts) and exact :class:`Ratio` rates. No floats.
"""

from __future__ import annotations

from core.analytics.data import to_data
from core.analytics.mall import mall_overview, stock_alerts
from core.analytics.members import member_overview
from core.analytics.points import points_health
from core.analytics.refresh import is_built, rebuild_aggregates, refresh_aggregates
from core.analytics.rfm import (
    churn_member_ids,
    churn_warnings,
    last_run,
    quintile_scores,
    recompute_rfm,
    rfm_overview,
    segment_member_ids,
    segment_members,
    segment_of,
)
from core.analytics.scope import parse_day, resolve
from core.analytics.types import (
    BUCKETS,
    HEALTHY_CONSUMPTION_BP,
    SEGMENTS,
    Bucket,
    ChurnWarning,
    Filters,
    LiabilityMonth,
    MallOverview,
    MemberGroup,
    MemberOverview,
    MemberScore,
    MemberTrendPoint,
    PointsFlow,
    PointsHealth,
    PointsTrendPoint,
    Ratio,
    RedemptionTrendPoint,
    RefreshReport,
    RewardRank,
    RfmOverview,
    RfmRun,
    Scope,
    Segment,
    SegmentSummary,
    StockAlert,
    TierCount,
    TierMovement,
)

__all__ = [
    "BUCKETS",
    "HEALTHY_CONSUMPTION_BP",
    "SEGMENTS",
    "Bucket",
    "ChurnWarning",
    "Filters",
    "LiabilityMonth",
    "MallOverview",
    "MemberGroup",
    "MemberOverview",
    "MemberScore",
    "MemberTrendPoint",
    "PointsFlow",
    "PointsHealth",
    "PointsTrendPoint",
    "Ratio",
    "RedemptionTrendPoint",
    "RefreshReport",
    "RewardRank",
    "RfmOverview",
    "RfmRun",
    "Scope",
    "Segment",
    "SegmentSummary",
    "StockAlert",
    "TierCount",
    "TierMovement",
    "churn_member_ids",
    "churn_warnings",
    "is_built",
    "last_run",
    "mall_overview",
    "member_overview",
    "parse_day",
    "points_health",
    "quintile_scores",
    "rebuild_aggregates",
    "recompute_rfm",
    "refresh_aggregates",
    "resolve",
    "rfm_overview",
    "segment_member_ids",
    "segment_members",
    "segment_of",
    "stock_alerts",
    "to_data",
]
