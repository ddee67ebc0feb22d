"""RFM scores and named segments, and the churn warning list.

Scoring is a recomputation (``recompute_rfm``) over the member-days, stored in
``analytics_rfm``; the dashboards read it. Quintiles are taken within what the
database holds (a regional device: its region), so a member's segment is the
same whichever filter shows it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any, Final, cast

from sqlalchemy import text
from sqlalchemy.orm import Session

from core import clock
from core.analytics.scope import iso, resolve, today, where
from core.analytics.types import (
    SEGMENTS,
    ChurnWarning,
    Filters,
    MemberScore,
    Ratio,
    RfmOverview,
    RfmRun,
    Segment,
    SegmentSummary,
)
from core.errors import InvalidInput
from core.progress import NoProgress, Progress

WINDOW_DAYS: Final = 365
PERIOD_DAYS: Final = 90
DROP_PCT: Final = 50
MIN_PREVIOUS: Final = 2


#: Segments per home store and tier, from the scores (kept by ``refresh_aggregates`` when a
#: member moves store or tier between recomputations).
ROLLUP_SQL: Final = (
    "INSERT INTO analytics_rfm_rollup (store, tier, segment, members, monetary_fen, purchases) "
    "SELECT m.store, m.tier, r.segment, count(*), sum(r.monetary_fen), sum(r.frequency) "
    "FROM analytics_rfm r NOT INDEXED CROSS JOIN analytics_member m "
    "ON m.member_id = r.member_id GROUP BY m.store, m.tier, r.segment"
)


def quintile_scores(values: Sequence[int], *, higher_is_better: bool = True) -> list[int]:
    """Score 1..5: ``1 + 5 * (members with a strictly worse value) // n``; ties share a score."""
    n = len(values)
    if n == 0:
        return []
    order = sorted(range(n), key=values.__getitem__, reverse=not higher_is_better)
    out = [0] * n
    worse = 0  # members strictly worse than the current run of equal values
    i = 0
    while i < n:
        j = i
        v = values[order[i]]
        while j < n and values[order[j]] == v:
            j += 1
        score = 1 + 5 * worse // n
        for k in range(i, j):
            out[order[k]] = score
        worse = j
        i = j
    return out


def segment_of(r: int, f: int, m: int) -> Segment:
    """The named segment of scores (docs/analytics.md, "RFM"); first rule that holds wins."""
    if r >= 4 and f >= 4 and m >= 4:
        return "high_value"
    if r >= 3 and f >= 4:
        return "loyal"
    if r >= 3:
        return "potential"
    if f >= 3:
        return "at_risk"
    if r == 2:
        return "hibernating"
    return "lost"


def recompute_rfm(
    session: Session,
    *,
    as_of: date | None = None,
    window_days: int = WINDOW_DAYS,
    period_days: int = PERIOD_DAYS,
    progress: Progress | None = None,
) -> RfmRun:
    """Score every member with a purchase on or before ``as_of``; replaces the last run.

    Recency: days from the last purchase to ``as_of``. Frequency and monetary: purchases
    and their goods value net of refunds in the ``window_days`` ending on ``as_of``. The
    churn counts: purchases in the ``period_days`` ending on ``as_of`` and in the
    ``period_days`` before those. Call ``refresh_aggregates`` first.
    """
    if not 1 <= window_days <= 3650:
        raise InvalidInput(field="window_days", problem="between 1 and 3650")
    if not 1 <= period_days <= 1825:
        raise InvalidInput(field="period_days", problem="between 1 and 1825")
    progress = progress or NoProgress()
    started = time.monotonic()
    as_of = as_of or today()
    params = {
        "as_of": iso(as_of),
        "w0": iso(as_of - timedelta(days=window_days)),
        "c0": iso(as_of - timedelta(days=period_days)),
        "p0": iso(as_of - timedelta(days=2 * period_days)),
    }
    progress.update(0, 4, "member-days")
    raw = session.connection().connection.driver_connection
    assert raw is not None
    rows = raw.execute(
        (
            "SELECT member_id, max(CASE WHEN purchases > 0 THEN day END) AS last, "
            "sum(CASE WHEN day > :w0 THEN purchases ELSE 0 END), "
            "sum(CASE WHEN day > :w0 THEN sales_fen ELSE 0 END), "
            "sum(CASE WHEN day > :c0 THEN purchases ELSE 0 END), "
            "sum(CASE WHEN day > :p0 AND day <= :c0 THEN purchases ELSE 0 END) "
            "FROM analytics_member_day WHERE day <= :as_of "
            "GROUP BY member_id HAVING last IS NOT NULL"
        ),
        params,
    ).fetchall()
    progress.update(1, 4, "scores")
    recency = [(as_of - date.fromisoformat(str(r[1]))).days for r in rows]
    freq = [int(r[2]) for r in rows]
    money = [int(r[3]) for r in rows]
    rs = quintile_scores(recency, higher_is_better=False)
    fs = quintile_scores(freq)
    ms = quintile_scores(money)
    progress.update(2, 4, "writing")
    raw.execute("DELETE FROM analytics_rfm")
    raw.executemany(
        "INSERT INTO analytics_rfm (member_id, last_purchase_on, recency_days, frequency, "
        "monetary_fen, r, f, m, segment, previous_purchases, recent_purchases) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                row[0],
                row[1],
                recency[i],
                freq[i],
                money[i],
                rs[i],
                fs[i],
                ms[i],
                segment_of(rs[i], fs[i], ms[i]),
                int(row[5]),
                int(row[4]),
            )
            for i, row in enumerate(rows)
        ),
    )
    raw.execute("DELETE FROM analytics_rfm_rollup")
    raw.execute(ROLLUP_SQL)
    progress.update(3, 4, "done")
    run = RfmRun(
        as_of=as_of,
        window_days=window_days,
        period_days=period_days,
        members_scored=len(rows),
        computed_at=clock.now(),
        seconds_taken=int(time.monotonic() - started),
    )
    session.execute(
        text(
            "INSERT INTO analytics_state (key, value) VALUES ('rfm', :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {
            "v": json.dumps(
                {
                    "as_of": iso(run.as_of),
                    "window_days": window_days,
                    "period_days": period_days,
                    "members_scored": run.members_scored,
                    "computed_at": run.computed_at.isoformat(),
                    "seconds_taken": run.seconds_taken,
                }
            )
        },
    )
    progress.update(4, 4, "done")
    return run


def last_run(session: Session) -> RfmRun | None:
    raw = session.execute(text("SELECT value FROM analytics_state WHERE key = 'rfm'")).scalar()
    if raw is None:
        return None
    v = json.loads(raw) if isinstance(raw, str) else raw
    return RfmRun(
        as_of=date.fromisoformat(v["as_of"]),
        window_days=int(v["window_days"]),
        period_days=int(v["period_days"]),
        members_scored=int(v["members_scored"]),
        computed_at=datetime.fromisoformat(v["computed_at"]),
        seconds_taken=int(v.get("seconds_taken", 0)),
    )


def _scoped(scope: Any, params: dict[str, Any]) -> tuple[str, str]:
    """(join, condition) selecting rfm rows ``r`` of members in the scope."""
    if scope.stores is None and scope.tiers is None:
        return "", "1=1"
    # The scores in key order drive the join (a store's members through its index would
    # cost a random lookup each).
    return (
        "NOT INDEXED CROSS JOIN analytics_member m ON m.member_id = r.member_id",
        where(scope, "m", params),
    )


def rfm_overview(
    session: Session, filters: Filters | None = None, *, now: date | None = None
) -> RfmOverview:
    """Members, purchases and value per segment for the scope (from the last recomputation).

    The period of the filters does not apply: scores hold as of the run's ``as_of``.
    """
    scope = resolve(session, filters or Filters(), now=now)
    params: dict[str, Any] = {}
    cond = where(scope, "x", params)
    found = {
        str(seg): (int(n), int(mon), int(freq))
        for seg, n, mon, freq in session.execute(
            text(
                "SELECT segment, sum(members), sum(monetary_fen), sum(purchases) "
                f"FROM analytics_rfm_rollup x WHERE {cond} GROUP BY segment"
            ),
            params,
        )
    }
    scored = sum(v[0] for v in found.values())
    mp: dict[str, Any] = {}
    in_scope = session.execute(
        text(
            "SELECT coalesce(sum(new_members), 0) FROM analytics_daily x "
            f"WHERE new_members != 0 AND {where(scope, 'x', mp)}"
        ),
        mp,
    ).scalar_one()
    return RfmOverview(
        scope=scope,
        run=last_run(session),
        segments=tuple(
            SegmentSummary(
                segment=seg,
                members=found.get(seg, (0, 0, 0))[0],
                monetary_fen=found.get(seg, (0, 0, 0))[1],
                purchases=found.get(seg, (0, 0, 0))[2],
                share=Ratio(found.get(seg, (0, 0, 0))[0], scored),
            )
            for seg in SEGMENTS
        ),
        unscored_members=max(int(in_scope) - scored, 0),
    )


def _check_segment(segment: str) -> Segment:
    if segment not in SEGMENTS:
        raise InvalidInput(
            field="segment", problem=f"unknown segment {segment!r}; one of {', '.join(SEGMENTS)}"
        )
    return segment


def segment_member_ids(session: Session, segment: str, filters: Filters | None = None) -> list[str]:
    """Ids of the segment's members in the scope (for issuing a coupon or exporting)."""
    seg = _check_segment(segment)
    scope = resolve(session, filters or Filters())
    params: dict[str, Any] = {"seg": seg}
    join, cond = _scoped(scope, params)
    return [
        str(r[0])
        for r in session.execute(
            text(
                f"SELECT r.member_id FROM analytics_rfm r {join} WHERE r.segment = :seg AND {cond}"
            ),
            params,
        )
    ]


def segment_members(
    session: Session,
    segment: str,
    filters: Filters | None = None,
    *,
    after_code: str | None = None,
    limit: int = 200,
) -> list[MemberScore]:
    """A page of the segment's members in code order (keyset: pass the last code seen)."""
    seg = _check_segment(segment)
    scope = resolve(session, filters or Filters())
    params: dict[str, Any] = {"seg": seg, "after": after_code or "", "limit": limit}
    cond = where(scope, "a", params)
    rows = session.execute(
        text(
            "SELECT r.member_id, mb.code, mb.name, mb.home_store, mb.tier_code, "
            "r.last_purchase_on, r.recency_days, r.frequency, r.monetary_fen, r.r, r.f, r.m, "
            "r.segment FROM analytics_rfm r JOIN members mb ON mb.id = r.member_id "
            "JOIN analytics_member a ON a.member_id = r.member_id "
            f"WHERE r.segment = :seg AND mb.code > :after AND {cond} "
            "ORDER BY mb.code LIMIT :limit"
        ),
        params,
    ).all()
    return [
        MemberScore(
            member_id=str(x[0]),
            code=str(x[1]),
            name=str(x[2]),
            store=x[3],
            tier=str(x[4]),
            last_purchase_on=None if x[5] is None else date.fromisoformat(str(x[5])),
            recency_days=None if x[6] is None else int(x[6]),
            frequency=int(x[7]),
            monetary_fen=int(x[8]),
            r=int(x[9]),
            f=int(x[10]),
            m=int(x[11]),
            segment=cast(Segment, str(x[12])),
        )
        for x in rows
    ]


def _churn_query(
    session: Session,
    filters: Filters | None,
    drop_pct: int,
    min_previous: int,
    columns: str,
    tail: str = "",
    extra: dict[str, Any] | None = None,
) -> Sequence[Any]:
    if not 1 <= drop_pct <= 100:
        raise InvalidInput(field="drop_pct", problem="a whole percent between 1 and 100")
    if min_previous < 1:
        raise InvalidInput(field="min_previous", problem="at least 1")
    scope = resolve(session, filters or Filters())
    params: dict[str, Any] = {"pct": drop_pct, "minp": min_previous, **(extra or {})}
    cond = where(scope, "a", params)
    return session.execute(
        text(
            f"SELECT {columns} FROM analytics_rfm r NOT INDEXED "
            "CROSS JOIN analytics_member a ON a.member_id = r.member_id "
            "CROSS JOIN members mb ON mb.id = r.member_id "
            "LEFT JOIN stores s ON s.code = mb.home_store "
            "WHERE r.previous_purchases >= :minp "
            "AND (r.previous_purchases - r.recent_purchases) * 100 > :pct * r.previous_purchases "
            f"AND {cond} {tail}"
        ),
        params,
    ).all()


def churn_warnings(
    session: Session,
    filters: Filters | None = None,
    *,
    drop_pct: int = DROP_PCT,
    min_previous: int = MIN_PREVIOUS,
    limit: int | None = None,
) -> list[ChurnWarning]:
    """Members whose purchases fell by more than ``drop_pct`` % from one period to the next.

    The periods are the last run's: ``period_days`` ending on its ``as_of``, and the
    ``period_days`` before. Only members with at least ``min_previous`` purchases in the
    earlier period are considered. Largest drop first, then member code.
    """
    tail = (
        "ORDER BY (r.previous_purchases - r.recent_purchases) * 10000 / r.previous_purchases "
        "DESC, r.previous_purchases DESC, mb.code"
    )
    extra: dict[str, Any] = {}
    if limit is not None:
        tail += " LIMIT :limit"
        extra["limit"] = limit
    rows = _churn_query(
        session,
        filters,
        drop_pct,
        min_previous,
        "r.member_id, mb.code, mb.name, mb.home_store, s.region, mb.tier_code, "
        "r.last_purchase_on, r.previous_purchases, r.recent_purchases",
        tail,
        extra,
    )
    return [
        ChurnWarning(
            member_id=str(x[0]),
            code=str(x[1]),
            name=str(x[2]),
            store=x[3],
            region=x[4],
            tier=str(x[5]),
            last_purchase_on=None if x[6] is None else date.fromisoformat(str(x[6])),
            previous_purchases=int(x[7]),
            recent_purchases=int(x[8]),
            drop=Ratio(int(x[7]) - int(x[8]), int(x[7])),
        )
        for x in rows
    ]


def churn_member_ids(
    session: Session,
    filters: Filters | None = None,
    *,
    drop_pct: int = DROP_PCT,
    min_previous: int = MIN_PREVIOUS,
) -> list[str]:
    """Ids of the members on the churn warning list (for issuing a coupon or exporting)."""
    rows = _churn_query(session, filters, drop_pct, min_previous, "r.member_id")
    return [str(r[0]) for r in rows]
