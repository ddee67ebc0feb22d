"""Checking a dashboard's filters against the database, and the buckets of a period."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from core import clock
from core.analytics.types import BUCKETS, Bucket, Filters, Scope
from core.errors import InvalidInput

DEFAULT_DAYS = 30
#: The longest period a dashboard takes (about ten years of days).
MAX_DAYS = 3700


def today() -> date:
    return clock.now().date()


def parse_day(text_value: str, field: str) -> date:
    """An ISO date (``2026-03-02``), or a clear error naming the field."""
    try:
        return date.fromisoformat(text_value.strip())
    except (ValueError, AttributeError):
        raise InvalidInput(
            field=field, problem=f"not a date: {text_value!r} (expected YYYY-MM-DD)"
        ) from None


def _known(session: Session, sql: str) -> set[str]:
    return {str(r[0]) for r in session.execute(text(sql))}


def _check(codes: Iterable[str], known: set[str], field: str, what: str) -> tuple[str, ...]:
    out: list[str] = []
    for code in codes:
        if code not in known:
            raise InvalidInput(field=field, problem=f"unknown {what} {code!r}")
        if code not in out:
            out.append(code)
    return tuple(out)


def resolve(session: Session, filters: Filters, *, now: date | None = None) -> Scope:
    """Check the filters; unknown codes or a reversed period raise ``InvalidInput``."""
    end = filters.end or now or today()
    start = filters.start or (end - timedelta(days=DEFAULT_DAYS - 1))
    if start > end:
        raise InvalidInput(field="period", problem=f"starts {start} after it ends {end}")
    if (end - start).days >= MAX_DAYS:
        raise InvalidInput(field="period", problem=f"longer than {MAX_DAYS} days")
    if filters.bucket not in BUCKETS:
        raise InvalidInput(field="bucket", problem=f"one of {', '.join(BUCKETS)}")
    stores_known: dict[str, str] = {
        str(code): str(region)
        for code, region in session.execute(text("SELECT code, region FROM stores"))
    }
    stores = _check(filters.stores, set(stores_known), "store", "store")
    regions = _check(filters.regions, set(stores_known.values()), "region", "region")
    tiers = _check(filters.tiers, _known(session, "SELECT code FROM tiers"), "tier", "tier")
    chosen: tuple[str, ...] | None = None
    if stores or regions:
        picked = [s for s in stores_known if (not stores or s in stores)]
        picked = [s for s in picked if (not regions or stores_known[s] in regions)]
        chosen = tuple(sorted(picked))
    return Scope(
        start=start,
        end=end,
        stores=chosen,
        tiers=tuple(sorted(tiers)) if tiers else None,
        bucket=filters.bucket,
        filters=filters,
    )


def where(scope: Scope, alias: str, params: dict[str, Any]) -> str:
    """SQL conditions on ``alias.store`` / ``alias.tier`` for the scope (``1=1`` for none)."""
    parts = ["1=1"]
    if scope.stores is not None:
        names = _bind(params, "st", scope.stores)
        parts.append(f"{alias}.store IN ({names})" if names else "0=1")
    if scope.tiers is not None:
        names = _bind(params, "ti", scope.tiers)
        parts.append(f"{alias}.tier IN ({names})")
    return " AND ".join(parts)


def _bind(params: dict[str, Any], prefix: str, values: Sequence[str]) -> str:
    names = []
    for i, v in enumerate(values):
        params[f"{prefix}{i}"] = v
        names.append(f":{prefix}{i}")
    return ", ".join(names)


def bucket_of(day: date, bucket: Bucket) -> date:
    if bucket == "week":
        return day - timedelta(days=day.weekday())
    if bucket == "month":
        return day.replace(day=1)
    return day


def buckets(start: date, end: date, bucket: Bucket) -> list[date]:
    """Every bucket's first day from the one holding ``start`` to the one holding ``end``."""
    out: list[date] = []
    cur = bucket_of(start, bucket)
    while cur <= end:
        out.append(cur)
        if bucket == "day":
            cur += timedelta(days=1)
        elif bucket == "week":
            cur += timedelta(days=7)
        else:
            cur = (cur.replace(day=28) + timedelta(days=4)).replace(day=1)
    return out


def iso(day: date) -> str:
    return day.isoformat()
