"""What the dashboards return: frozen dataclasses of integers, dates and codes.

No floats: a rate is a :class:`Ratio` (numerator and denominator), shown as
basis points (1/100 of a percent) by ``Ratio.basis_points``. Names of tiers,
stores and rewards are data; the words around them are the UI's business.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Final, Literal

Bucket = Literal["day", "week", "month"]
BUCKETS: Final = ("day", "week", "month")

Segment = Literal["high_value", "loyal", "potential", "at_risk", "hibernating", "lost"]
#: Named RFM segments, best first (docs/analytics.md, "RFM").
SEGMENTS: Final[tuple[Segment, ...]] = (
    "high_value",
    "loyal",
    "potential",
    "at_risk",
    "hibernating",
    "lost",
)

#: The consumption rate's healthy band, in basis points (60 % to 80 %).
HEALTHY_CONSUMPTION_BP: Final = (6000, 8000)


@dataclass(frozen=True)
class Filters:
    """What a dashboard looks at. Empty tuples mean "everything the database holds".

    ``start`` and ``end`` are inclusive local days; left out, the period is the
    30 days ending today. Stores and regions select members by their home store;
    tiers by the member's current tier. Several filters narrow together (AND);
    several codes in one filter widen it (OR).
    """

    start: date | None = None
    end: date | None = None
    stores: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    tiers: tuple[str, ...] = ()
    bucket: Bucket = "day"


@dataclass(frozen=True)
class Scope:
    """Filters after checking: the period is fixed and codes are known to the database.

    ``stores`` is the resolved set of home stores (regions expanded; ``None`` = all,
    including members without a home store); ``tiers`` likewise.
    """

    start: date
    end: date
    stores: tuple[str, ...] | None
    tiers: tuple[str, ...] | None
    bucket: Bucket
    filters: Filters


@dataclass(frozen=True)
class Ratio:
    """An exact rate. ``basis_points`` is None when there is nothing to divide by."""

    numerator: int
    denominator: int

    @property
    def basis_points(self) -> int | None:
        """Rounded half up: 2/3 is 6667 (66.67 %)."""
        if self.denominator == 0:
            return None
        return (self.numerator * 20_000 + self.denominator) // (2 * self.denominator)

    def as_dict(self) -> dict[str, int | None]:
        return {
            "numerator": self.numerator,
            "denominator": self.denominator,
            "basis_points": self.basis_points,
        }


# --- member overview -------------------------------------------------------------


@dataclass(frozen=True)
class MemberTrendPoint:
    """One bucket of the growth trend. ``bucket`` is its first day (Monday for weeks)."""

    bucket: date
    new_members: int
    # Members in scope enrolled on or before the bucket's last day.
    total_members: int
    lapsed_members: int


@dataclass(frozen=True)
class TierCount:
    tier: str
    name: str
    rank: int
    members: int


@dataclass(frozen=True)
class TierMovement:
    """Tier changes that took effect in the period; per tier: moves into it."""

    upgrades: int
    downgrades: int
    into: tuple[tuple[str, int, int], ...] = ()  # (tier, upgrades into it, downgrades into it)


@dataclass(frozen=True)
class MemberGroup:
    """A store's (or region's) line of the member overview."""

    key: str
    members: int
    new_members: int
    lapsed_members: int
    active_30: Ratio
    active_90: Ratio


@dataclass(frozen=True)
class MemberOverview:
    scope: Scope
    members: int
    new_members: int
    lapsed_members: int
    lapse_days: int
    active_30: Ratio
    active_90: Ratio
    tiers: tuple[TierCount, ...]
    tier_movement: TierMovement
    trend: tuple[MemberTrendPoint, ...]
    by_store: tuple[MemberGroup, ...]
    by_region: tuple[MemberGroup, ...]


# --- points health ---------------------------------------------------------------


@dataclass(frozen=True)
class PointsFlow:
    """Points that moved in a period, each as a positive number (docs/analytics.md)."""

    earned: int = 0
    gifted: int = 0
    adjusted_in: int = 0
    adjusted_out: int = 0
    reversed: int = 0
    spent: int = 0
    spend_returned: int = 0
    redeemed: int = 0
    redeem_returned: int = 0
    expired: int = 0
    debt_created: int = 0
    debt_repaid: int = 0

    @property
    def issued(self) -> int:
        """Points given: earned + gifted + adjusted in - reversed by refunds."""
        return self.earned + self.gifted + self.adjusted_in - self.reversed

    @property
    def used(self) -> int:
        """Points consumed: spent at the till + redeemed, net of what came back."""
        return self.spent - self.spend_returned + self.redeemed - self.redeem_returned


@dataclass(frozen=True)
class PointsTrendPoint:
    bucket: date
    issued: int
    used: int
    expired: int


@dataclass(frozen=True)
class LiabilityMonth:
    """Outstanding points that end in this month (``month`` is its first day)."""

    month: date
    points: int
    value_fen: int


@dataclass(frozen=True)
class PointsHealth:
    scope: Scope
    flow: PointsFlow
    # used / issued in the period; healthy within HEALTHY_CONSUMPTION_BP.
    consumption_rate: Ratio
    consumption_healthy: bool | None
    # expired / (used + expired) in the period.
    breakage_rate: Ratio
    trend: tuple[PointsTrendPoint, ...]
    # Now, not in the period: open lots by the month they end, valued at the redemption rate.
    liability: tuple[LiabilityMonth, ...]
    liability_points: int
    liability_fen: int
    # Lots past their end that the expiry job has not written off yet (part of liability_points).
    overdue_points: int
    points_cash_rate: int
    debt_points: int
    debt_members: int
    healthy_band_bp: tuple[int, int] = HEALTHY_CONSUMPTION_BP


# --- points mall -----------------------------------------------------------------


@dataclass(frozen=True)
class RewardRank:
    sku: str
    name: str
    category: str
    redemptions: int
    quantity: int
    points: int
    cash_fen: int


@dataclass(frozen=True)
class RedemptionTrendPoint:
    bucket: date
    redemptions: int
    quantity: int
    points: int


@dataclass(frozen=True)
class StockAlert:
    """A reward with ``quantity`` at or below the threshold; ``store`` None is central stock."""

    sku: str
    name: str
    store: str | None
    quantity: int
    threshold: int


@dataclass(frozen=True)
class MallOverview:
    scope: Scope
    redemptions: int
    quantity: int
    points: int
    cash_fen: int
    redeemers: int
    # Members in scope whose balance now pays the cheapest active reward.
    eligible_members: int
    cheapest_points: int | None
    # redeemers / eligible_members (docs/analytics.md, "Redemption conversion").
    conversion: Ratio
    top_rewards: tuple[RewardRank, ...]
    trend: tuple[RedemptionTrendPoint, ...]
    stock_alerts: tuple[StockAlert, ...]


# --- RFM and churn ---------------------------------------------------------------


@dataclass(frozen=True)
class RfmRun:
    """The last RFM recomputation: scores hold as of ``as_of``."""

    as_of: date
    window_days: int
    period_days: int
    members_scored: int
    computed_at: datetime
    seconds_taken: int = 0


@dataclass(frozen=True)
class SegmentSummary:
    segment: Segment
    members: int
    monetary_fen: int
    purchases: int
    share: Ratio


@dataclass(frozen=True)
class RfmOverview:
    scope: Scope
    run: RfmRun | None
    segments: tuple[SegmentSummary, ...]
    # Members in scope with no purchase at all (or enrolled after the run): not scored.
    unscored_members: int


@dataclass(frozen=True)
class MemberScore:
    member_id: str
    code: str
    name: str
    store: str | None
    tier: str
    last_purchase_on: date | None
    recency_days: int | None
    frequency: int
    monetary_fen: int
    r: int
    f: int
    m: int
    segment: Segment


@dataclass(frozen=True)
class ChurnWarning:
    """A member whose purchases fell from ``previous_purchases`` to ``recent_purchases``."""

    member_id: str
    code: str
    name: str
    store: str | None
    region: str | None
    tier: str
    last_purchase_on: date | None
    previous_purchases: int
    recent_purchases: int
    drop: Ratio = field(default_factory=lambda: Ratio(0, 0))


@dataclass(frozen=True)
class RefreshReport:
    """What ``refresh_aggregates`` did: a full build or members and member-days folded in."""

    full: bool
    members: int
    member_days: int
