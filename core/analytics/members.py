"""Member overview: totals, growth, new vs lapsed, tiers and their movement, activity."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any, Final

from sqlalchemy import text
from sqlalchemy.orm import Session

from core.analytics.scope import bucket_of, buckets, iso, resolve, where
from core.analytics.types import (
    Filters,
    MemberGroup,
    MemberOverview,
    MemberTrendPoint,
    Ratio,
    TierCount,
    TierMovement,
)
from core.errors import InvalidInput

#: A member lapses this many days after their last purchase (docs/analytics.md).
LAPSE_DAYS: Final = 180
ACTIVE_WINDOWS: Final = (30, 90)

Key = tuple[str, str]  # (store, tier)


def _d(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def latest_purchase_day(session: Session) -> date | None:
    found = session.execute(
        text("SELECT max(day) FROM analytics_member_day WHERE purchases > 0")
    ).scalar()
    return None if found is None else _d(found)


def member_overview(
    session: Session,
    filters: Filters | None = None,
    *,
    lapse_days: int = LAPSE_DAYS,
    now: date | None = None,
) -> MemberOverview:
    """Members, new and lapsed members, tiers, activity and growth for the filters' scope."""
    if not 1 <= lapse_days <= 3650:
        raise InvalidInput(field="lapse_days", problem="between 1 and 3650")
    scope = resolve(session, filters or Filters(), now=now)
    start, end = scope.start, scope.end
    params: dict[str, Any] = {"start": iso(start), "end": iso(end)}
    w = where(scope, "m", params)

    members: dict[Key, int] = defaultdict(int)
    new: dict[Key, int] = defaultdict(int)
    before = 0
    # From the daily rollup's new members (a few rows a day), not from a million members.
    for store, tier, total, fresh, earlier in session.execute(
        text(
            "SELECT store, tier, sum(new_members), "
            "sum(CASE WHEN day >= :start THEN new_members ELSE 0 END), "
            "sum(CASE WHEN day < :start THEN new_members ELSE 0 END) "
            f"FROM analytics_daily m WHERE day <= :end AND new_members != 0 AND {w} "
            "GROUP BY store, tier"
        ),
        params,
    ):
        members[(store, tier)] = int(total or 0)
        new[(store, tier)] = int(fresh or 0)
        before += int(earlier or 0)

    active, lapsed, lapsed_on = _activity(session, scope, w, params, lapse_days)

    tier_rows = session.execute(text("SELECT code, name, rank FROM tiers ORDER BY rank")).all()
    rank = {str(c): int(r) for c, _n, r in tier_rows}
    by_tier: dict[str, int] = defaultdict(int)
    for (_store, tier), n in members.items():
        by_tier[tier] += n
    tiers = tuple(
        TierCount(tier=str(c), name=str(n), rank=int(r), members=by_tier.get(str(c), 0))
        for c, n, r in tier_rows
        if scope.tiers is None or str(c) in scope.tiers
    )

    ups = downs = 0
    into: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for from_tier, to_tier, count in session.execute(
        text(
            # The moves (few) drive the join, never the members of a store (many).
            "SELECT t.from_tier, t.to_tier, count(*) FROM analytics_tier_moves t "
            "CROSS JOIN analytics_member m ON m.member_id = t.member_id "
            f"WHERE t.day >= :start AND t.day <= :end AND {w} GROUP BY t.from_tier, t.to_tier"
        ),
        params,
    ):
        up = rank.get(str(to_tier), 0) > rank.get(str(from_tier), 0)
        if up:
            ups += int(count)
        else:
            downs += int(count)
        into[str(to_tier)][0 if up else 1] += int(count)
    movement = TierMovement(
        upgrades=ups,
        downgrades=downs,
        into=tuple(
            (t, v[0], v[1]) for t, v in sorted(into.items(), key=lambda i: rank.get(i[0], 0))
        ),
    )

    new_by_day: dict[date, int] = defaultdict(int)
    for day, count in session.execute(
        text(
            "SELECT day, sum(new_members) FROM analytics_daily m "
            f"WHERE day >= :start AND day <= :end AND {w} GROUP BY day"
        ),
        params,
    ):
        new_by_day[_d(day)] += int(count or 0)
    trend: list[MemberTrendPoint] = []
    running = before
    per_bucket_new: dict[date, int] = defaultdict(int)
    per_bucket_lapsed: dict[date, int] = defaultdict(int)
    for day, n in new_by_day.items():
        per_bucket_new[bucket_of(day, scope.bucket)] += n
    for day, n in lapsed_on.items():
        per_bucket_lapsed[bucket_of(day, scope.bucket)] += n
    for b in buckets(start, end, scope.bucket):
        running += per_bucket_new.get(b, 0)
        trend.append(
            MemberTrendPoint(
                bucket=b,
                new_members=per_bucket_new.get(b, 0),
                total_members=running,
                lapsed_members=per_bucket_lapsed.get(b, 0),
            )
        )

    regions = {str(c): str(r) for c, r in session.execute(text("SELECT code, region FROM stores"))}
    return MemberOverview(
        scope=scope,
        members=sum(members.values()),
        new_members=sum(new.values()),
        lapsed_members=sum(lapsed.values()),
        lapse_days=lapse_days,
        active_30=Ratio(sum(a[0] for a in active.values()), sum(members.values())),
        active_90=Ratio(sum(a[1] for a in active.values()), sum(members.values())),
        tiers=tiers,
        tier_movement=movement,
        trend=tuple(trend),
        by_store=_groups(members, new, lapsed, active, lambda k: k[0]),
        by_region=_groups(members, new, lapsed, active, lambda k: regions.get(k[0], "")),
    )


def _activity(
    session: Session,
    scope: Any,
    w: str,
    params: dict[str, Any],
    lapse_days: int,
) -> tuple[dict[Key, list[int]], dict[Key, int], dict[date, int]]:
    """Per (store, tier): [active 30, active 90], lapsed; and lapses by the day they happened.

    A member counts by their last purchase on or before the period's end. When no
    purchase in the database is later than that end (the usual case: the period ends
    today), that is the member's own last purchase; otherwise it is found in the
    member-days.
    """
    end = scope.end
    p = {
        **params,
        "a30": iso(end - timedelta(days=ACTIVE_WINDOWS[0] - 1)),
        "a90": iso(end - timedelta(days=ACTIVE_WINDOWS[1] - 1)),
        "ls": iso(scope.start - timedelta(days=lapse_days)),
        "le": iso(end - timedelta(days=lapse_days)),
    }
    p["lo"] = min(p["ls"], p["a90"])
    latest = latest_purchase_day(session)
    if latest is None or latest <= end:
        # Members by their last purchase day: a few rows a day, not a row a member.
        source = (
            "SELECT m.store, m.tier, m.day AS last, m.members AS n "
            f"FROM analytics_last_purchase m WHERE m.day >= :lo AND m.day <= :end AND {w}"
        )
    else:
        source = (
            "SELECT m.store, m.tier, x.last, 1 AS n FROM (SELECT member_id, max(day) AS last "
            "FROM analytics_member_day WHERE purchases > 0 AND day >= :lo AND day <= :end "
            "GROUP BY member_id) x JOIN analytics_member m ON m.member_id = x.member_id "
            f"WHERE m.enrolled_on <= :end AND {w}"
        )
    active: dict[Key, list[int]] = defaultdict(lambda: [0, 0])
    lapsed: dict[Key, int] = defaultdict(int)
    lapsed_on: dict[date, int] = defaultdict(int)
    for store, tier, last, a30, a90, gone, count in session.execute(
        text(
            "SELECT store, tier, CASE WHEN last >= :ls AND last <= :le THEN last END, "
            "sum(CASE WHEN last >= :a30 THEN n ELSE 0 END), "
            "sum(CASE WHEN last >= :a90 THEN n ELSE 0 END), "
            "sum(CASE WHEN last >= :ls AND last <= :le THEN n ELSE 0 END), sum(n) "
            f"FROM ({source}) GROUP BY 1, 2, 3"
        ),
        p,
    ):
        key = (str(store), str(tier))
        active[key][0] += int(a30 or 0)
        active[key][1] += int(a90 or 0)
        lapsed[key] += int(gone or 0)
        if last is not None:
            lapsed_on[_d(last) + timedelta(days=lapse_days)] += int(count)
    return active, lapsed, lapsed_on


def _groups(
    members: dict[Key, int],
    new: dict[Key, int],
    lapsed: dict[Key, int],
    active: dict[Key, list[int]],
    key_of: Any,
) -> tuple[MemberGroup, ...]:
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for key in set(members) | set(active) | set(lapsed):
        g = acc[key_of(key)]
        g[0] += members.get(key, 0)
        g[1] += new.get(key, 0)
        g[2] += lapsed.get(key, 0)
        g[3] += active.get(key, [0, 0])[0]
        g[4] += active.get(key, [0, 0])[1]
    return tuple(
        MemberGroup(
            key=k,
            members=v[0],
            new_members=v[1],
            lapsed_members=v[2],
            active_30=Ratio(v[3], v[0]),
            active_90=Ratio(v[4], v[0]),
        )
        for k, v in sorted(acc.items())
    )
