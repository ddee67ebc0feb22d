"""Keeping the aggregates up to date: a full build, then only what changed.

Two levels (docs/analytics.md, "How the aggregates stay exact"):

* per member: ``analytics_member`` (home store, tier, balance, debt, last
  purchase), ``analytics_member_day`` (what happened to the member on a day),
  ``analytics_member_reward`` and ``analytics_member_expiry`` (open points by
  the day they end). Each of these rows is *recomputed* from the source tables
  whenever the triggers note its member (and day) dirty, so an update or a
  delete of a source row (a pull's upsert, a rejected command's clean-up) is
  taken in exactly as an insert is.
* rollups: ``analytics_daily`` (day x store x tier), ``analytics_daily_reward``
  and ``analytics_liability``. They change only by the difference between a
  member row's old and new value, under the member's store and tier; when a
  member's store or tier changes, all of that member's rows move together.
  Hence a rollup always equals the sum of the member rows (a test checks it
  against a full build).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any, Final

from sqlalchemy import text
from sqlalchemy.orm import Session

from core import clock
from core.analytics.rfm import ROLLUP_SQL
from core.analytics.tables import FACTS
from core.analytics.types import RefreshReport
from core.errors import DomainError
from core.progress import NoProgress, Progress

#: More dirty members than this and a full build is quicker than folding them in.
FULL_BUILD_ABOVE: Final = 100_000

_ENTRY_FACTS: Final = """
    coalesce(sum(CASE WHEN kind = 'earn' THEN points ELSE 0 END), 0) AS earned,
    coalesce(sum(CASE WHEN kind = 'gift' THEN points ELSE 0 END), 0) AS gifted,
    coalesce(sum(CASE WHEN kind = 'adjust' AND points > 0 THEN points ELSE 0 END), 0)
        AS adjusted_in,
    coalesce(sum(CASE WHEN kind = 'adjust' AND points < 0 THEN -points ELSE 0 END), 0)
        AS adjusted_out,
    coalesce(sum(CASE WHEN kind = 'reverse' THEN -points ELSE 0 END), 0) AS reversed,
    coalesce(sum(CASE WHEN kind = 'spend' THEN -points ELSE 0 END), 0) AS spent,
    coalesce(sum(CASE WHEN kind = 'spend_return' THEN points ELSE 0 END), 0) AS spend_returned,
    coalesce(sum(CASE WHEN kind = 'redeem' THEN -points ELSE 0 END), 0) AS redeemed,
    coalesce(sum(CASE WHEN kind = 'redeem_return' THEN points ELSE 0 END), 0)
        AS redeem_returned,
    coalesce(sum(CASE WHEN kind = 'expire' THEN -points ELSE 0 END), 0) AS expired,
    coalesce(sum(CASE WHEN debt_delta > 0 THEN debt_delta ELSE 0 END), 0) AS debt_created,
    coalesce(sum(CASE WHEN debt_delta < 0 THEN -debt_delta ELSE 0 END), 0) AS debt_repaid
"""
_ENTRY_COLS: Final = FACTS[:12]
_SALE_FACTS: Final = """
    coalesce(sum(CASE WHEN net_fen > refunded_fen THEN 1 ELSE 0 END), 0) AS purchases,
    coalesce(sum(net_fen - refunded_fen), 0) AS sales_fen
"""
_REDEMPTION_FACTS: Final = """
    count(*) AS redemptions, coalesce(sum(qty), 0) AS redeemed_qty
"""

_MEMBER_NOW: Final = """
    SELECT coalesce(m.home_store, ''), m.tier_code, m.status, m.enrolled_on,
           coalesce(a.balance, 0), coalesce(a.debt, 0)
    FROM members m LEFT JOIN point_accounts a ON a.member_id = m.id
    WHERE m.id = :m
    """


def _next_day(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


class DeviceOnly(DomainError):
    code = "analytics_device_only"
    template = "dashboards are computed on a device's SQLite database, not on {dialect}"


def _device_only(session: Session) -> None:
    dialect = session.get_bind().dialect.name
    if dialect != "sqlite":
        raise DeviceOnly(dialect=dialect)


def ensure_schema(session: Session) -> None:
    """Create analytics tables or triggers that a database migrated by an earlier draft of
    revision 0004 lacks (the revision changed within the session that introduced it)."""
    from sqlalchemy import MetaData

    from core.analytics.tables import TABLES, TRIGGER_NAMES, TRIGGERS

    have = {
        str(name): str(sql or "")
        for name, sql in session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type IN ('table', 'trigger')")
        )
    }
    missing = [t for t in TABLES if t.name not in have]
    if missing:
        frozen = MetaData()
        bind = session.connection()
        for table in missing:
            table.to_metadata(frozen).create(bind)
        names = {t.name for t in missing}
        # Rollups of what the database already has, as a full build would make them.
        if "analytics_rfm_rollup" in names:
            session.execute(text(ROLLUP_SQL))
        if "analytics_last_purchase" in names:
            session.execute(text(dict(_build_steps())["last purchase days"]))
    for name, ddl in zip(TRIGGER_NAMES, TRIGGERS, strict=True):
        if have.get(name) != ddl:
            session.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
            session.execute(text(ddl))


def is_built(session: Session) -> bool:
    found = session.execute(text("SELECT 1 FROM analytics_state WHERE key = 'built'")).first()
    return found is not None


def refresh_aggregates(session: Session, *, progress: Progress | None = None) -> RefreshReport:
    """Fold into the aggregates what changed since the last refresh (a full build the first time).

    Runs in the caller's transaction; the caller commits. Cheap when nothing changed.
    """
    _device_only(session)
    ensure_schema(session)
    if not is_built(session):
        return rebuild_aggregates(session, progress=progress)
    dirty = session.execute(text("SELECT member_id, day FROM analytics_dirty")).all()
    if not dirty:
        return RefreshReport(full=False, members=0, member_days=0)
    days: dict[str, list[str]] = {}
    for member_id, day in dirty:
        days.setdefault(str(member_id), [])
        if day:
            days[str(member_id)].append(str(day))
    if len(days) > FULL_BUILD_ABOVE:
        return rebuild_aggregates(session, progress=progress)
    progress = progress or NoProgress()
    folded = _Folder(session)
    total = len(days)
    for n, (member_id, member_days) in enumerate(days.items(), 1):
        folded.member(member_id, sorted(member_days))
        if n % 500 == 0:
            progress.update(n, total, "members")
    _drop_empty_rollups(session)
    session.execute(text("DELETE FROM analytics_dirty"))
    progress.update(total, total, "members")
    return RefreshReport(full=False, members=total, member_days=sum(map(len, days.values())))


def _sql(statement: str) -> str:
    """Marks SQL run on the raw connection (named ``:params``, as sqlite3 takes them)."""
    return statement


class _Raw:
    """``execute`` on a DB-API connection; a list of parameter sets runs as executemany."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def execute(self, sql: str, params: Any = ()) -> Any:
        # A cursor each: a loop over one result may run statements as it goes.
        if isinstance(params, list):
            return self.conn.executemany(sql, params)
        return self.conn.execute(sql, params)


class _Folder:
    """Recomputes one member's rows and moves the differences into the rollups."""

    def __init__(self, session: Session) -> None:
        # The session's own DB-API connection, in the caller's transaction: a dozen small
        # statements per member cost ten times less without SQLAlchemy's execution layer.
        raw = session.connection().connection.driver_connection
        assert raw is not None
        self.s = _Raw(raw)

    def _one(self, sql: str, params: dict[str, Any]) -> Any:
        return self.s.execute(sql, params).fetchone()

    def member(self, member_id: str, days: Sequence[str]) -> None:
        old = self._one(
            "SELECT store, tier, enrolled_on, last_purchase_on FROM analytics_member "
            "WHERE member_id = :m",
            {"m": member_id},
        )
        old_last = None if old is None else (str(old[0]), str(old[1]), old[3])
        now = self.s.execute(_MEMBER_NOW, {"m": member_id}).fetchone()
        old_dims = None if old is None else (str(old[0]), str(old[1]), str(old[2]))
        new_dims = None if now is None else (str(now[0]), str(now[1]), _day(now[3]))
        if old_dims != new_dims:
            if old_dims is not None:
                self._shift(member_id, old_dims, -1)
            if new_dims is not None:
                self._shift(member_id, new_dims, +1)
            self._move_score(member_id, old_dims, new_dims)
        if now is None:
            # The member is gone from this database (out of scope, or a rejected enrolment):
            # so are its rows; take what the rollups still hold of them out with them.
            self._move_last(old_last, None)
            for table in ("member_day", "member_reward", "member_expiry", "member", "rfm"):
                self.s.execute(
                    _sql(f"DELETE FROM analytics_{table} WHERE member_id = :m"), {"m": member_id}
                )
            return
        if old is None:
            self.s.execute(
                _sql(
                    "INSERT INTO analytics_member (member_id, store, tier, status, enrolled_on, "
                    "balance, debt) VALUES (:m, :store, :tier, :status, :enrolled, 0, 0)"
                ),
                {
                    "m": member_id,
                    "store": now[0],
                    "tier": now[1],
                    "status": now[2],
                    "enrolled": _day(now[3]),
                },
            )
        assert new_dims is not None
        for day in days:
            self._day(member_id, day, new_dims)
        self._expiry(member_id, new_dims)
        purchases = self._one(
            "SELECT min(day), max(day) FROM analytics_member_day "
            "WHERE member_id = :m AND purchases > 0",
            {"m": member_id},
        )
        self.s.execute(
            _sql(
                "UPDATE analytics_member SET store = :store, tier = :tier, status = :status, "
                "enrolled_on = :enrolled, balance = :balance, debt = :debt, "
                "first_purchase_on = :first, last_purchase_on = :last WHERE member_id = :m"
            ),
            {
                "m": member_id,
                "store": now[0],
                "tier": now[1],
                "status": now[2],
                "enrolled": _day(now[3]),
                "balance": int(now[4]),
                "debt": int(now[5]),
                "first": purchases[0],
                "last": purchases[1],
            },
        )
        self._move_last(old_last, (str(now[0]), str(now[1]), purchases[1]))

    def _move_last(
        self, old: tuple[str, str, Any] | None, new: tuple[str, str, Any] | None
    ) -> None:
        """The member counts under its (store, tier, last purchase day), or nowhere."""
        if old == new:
            return
        for key, sign in ((old, -1), (new, 1)):
            if key is None or key[2] is None:
                continue
            self.s.execute(
                "INSERT INTO analytics_last_purchase (store, tier, day, members) "
                "VALUES (:store, :tier, :day, :n) ON CONFLICT (store, tier, day) "
                "DO UPDATE SET members = members + excluded.members",
                {"store": key[0], "tier": key[1], "day": str(key[2]), "n": sign},
            )

    def _move_score(
        self,
        member_id: str,
        old: tuple[str, str, str] | None,
        new: tuple[str, str, str] | None,
    ) -> None:
        """The member's RFM score counts under its new store and tier (or nowhere)."""
        score = self._one(
            "SELECT segment, monetary_fen, frequency FROM analytics_rfm WHERE member_id = :m",
            {"m": member_id},
        )
        if score is None or (old is not None and new is not None and old[:2] == new[:2]):
            return
        for dims, sign in ((old, -1), (new, 1)):
            if dims is None:
                continue
            self.s.execute(
                "INSERT INTO analytics_rfm_rollup (store, tier, segment, members, monetary_fen, "
                "purchases) VALUES (:store, :tier, :seg, :n, :mon, :freq) "
                "ON CONFLICT (store, tier, segment) DO UPDATE SET "
                "members = members + excluded.members, "
                "monetary_fen = monetary_fen + excluded.monetary_fen, "
                "purchases = purchases + excluded.purchases",
                {
                    "store": dims[0],
                    "tier": dims[1],
                    "seg": score[0],
                    "n": sign,
                    "mon": sign * int(score[1]),
                    "freq": sign * int(score[2]),
                },
            )

    def _shift(self, member_id: str, dims: tuple[str, str, str], sign: int) -> None:
        """Add (+1) or take out (-1) everything of the member under these dims."""
        store, tier, enrolled = dims
        p = {"m": member_id}
        _add_daily(self.s, enrolled, store, tier, {"new_members": sign})
        for row in self.s.execute(
            _sql(f"SELECT day, {', '.join(FACTS)} FROM analytics_member_day WHERE member_id = :m"),
            p,
        ):
            facts = {c: sign * int(v) for c, v in zip(FACTS, row[1:], strict=True)}
            _add_daily(self.s, str(row[0]), store, tier, facts)
        for row in self.s.execute(
            _sql(
                "SELECT day, sku, redemptions, qty, points, cash_fen "
                "FROM analytics_member_reward WHERE member_id = :m"
            ),
            p,
        ):
            _add_reward(
                self.s, str(row[0]), store, tier, str(row[1]), [sign * int(v) for v in row[2:]]
            )
        for row in self.s.execute(
            _sql("SELECT expires_on, points FROM analytics_member_expiry WHERE member_id = :m"), p
        ):
            _add_liability(self.s, str(row[0]), store, tier, sign * int(row[1]))

    def _day(self, member_id: str, day: str, dims: tuple[str, str, str]) -> None:
        store, tier, _ = dims
        p = {"m": member_id, "d0": day, "d1": _next_day(day)}
        entries = self._one(
            f"SELECT {_ENTRY_FACTS} FROM point_entries "
            "WHERE member_id = :m AND created_at >= :d0 AND created_at < :d1",
            p,
        )
        sales = self._one(
            f"SELECT {_SALE_FACTS} FROM sales WHERE member_id = :m AND at >= :d0 AND at < :d1", p
        )
        rewards = self.s.execute(
            _sql(
                "SELECT sku, count(*), sum(qty), sum(points), sum(cash_fen) FROM redemptions "
                "WHERE member_id = :m AND status = 'completed' AND at >= :d0 AND at < :d1 "
                "GROUP BY sku"
            ),
            p,
        ).fetchall()
        new = dict(zip(_ENTRY_COLS, map(int, entries), strict=True))
        new["purchases"], new["sales_fen"] = int(sales[0]), int(sales[1])
        new["redemptions"] = sum(int(r[1]) for r in rewards)
        new["redeemed_qty"] = sum(int(r[2]) for r in rewards)
        old_row = self._one(
            f"SELECT {', '.join(FACTS)} FROM analytics_member_day "
            "WHERE member_id = :m AND day = :d0",
            p,
        )
        old = (
            dict.fromkeys(FACTS, 0)
            if old_row is None
            else dict(zip(FACTS, map(int, old_row), strict=True))
        )
        delta = {c: new[c] - old[c] for c in FACTS if new[c] != old[c]}
        if delta:
            _add_daily(self.s, day, store, tier, delta)
        if any(new.values()):
            cols = ", ".join(FACTS)
            self.s.execute(
                _sql(
                    f"INSERT INTO analytics_member_day (member_id, day, {cols}) "
                    f"VALUES (:m, :d0, {', '.join(':' + c for c in FACTS)}) "
                    "ON CONFLICT (member_id, day) DO UPDATE SET "
                    + ", ".join(f"{c} = excluded.{c}" for c in FACTS)
                ),
                {**p, **new},
            )
        elif old_row is not None:
            self.s.execute(
                _sql("DELETE FROM analytics_member_day WHERE member_id = :m AND day = :d0"), p
            )
        # Rewards of the day: the old rows out, the new ones in.
        for row in self.s.execute(
            _sql(
                "SELECT sku, redemptions, qty, points, cash_fen FROM analytics_member_reward "
                "WHERE member_id = :m AND day = :d0"
            ),
            p,
        ).fetchall():
            _add_reward(self.s, day, store, tier, str(row[0]), [-int(v) for v in row[1:]])
        self.s.execute(
            _sql("DELETE FROM analytics_member_reward WHERE member_id = :m AND day = :d0"), p
        )
        for sku, n, qty, points, cash in rewards:
            values = [int(n), int(qty), int(points), int(cash)]
            _add_reward(self.s, day, store, tier, str(sku), values)
            self.s.execute(
                _sql(
                    "INSERT INTO analytics_member_reward "
                    "(member_id, day, sku, redemptions, qty, points, cash_fen) "
                    "VALUES (:m, :d0, :sku, :n, :qty, :points, :cash)"
                ),
                {
                    **p,
                    "sku": sku,
                    "n": values[0],
                    "qty": values[1],
                    "points": values[2],
                    "cash": values[3],
                },
            )

    def _expiry(self, member_id: str, dims: tuple[str, str, str]) -> None:
        store, tier, _ = dims
        p = {"m": member_id}
        new = {
            str(d): int(v)
            for d, v in self.s.execute(
                _sql(
                    "SELECT date(expires_at), sum(remaining) FROM point_lots "
                    "WHERE member_id = :m AND remaining > 0 GROUP BY date(expires_at)"
                ),
                p,
            )
        }
        old = {
            str(d): int(v)
            for d, v in self.s.execute(
                _sql("SELECT expires_on, points FROM analytics_member_expiry WHERE member_id = :m"),
                p,
            )
        }
        if new == old:
            return
        for day in set(new) | set(old):
            diff = new.get(day, 0) - old.get(day, 0)
            if diff:
                _add_liability(self.s, day, store, tier, diff)
        self.s.execute(_sql("DELETE FROM analytics_member_expiry WHERE member_id = :m"), p)
        if new:
            self.s.execute(
                _sql(
                    "INSERT INTO analytics_member_expiry (member_id, expires_on, points) "
                    "VALUES (:m, :d, :v)"
                ),
                [{"m": member_id, "d": d, "v": v} for d, v in new.items()],
            )


def _day(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)[:10]


def _add_daily(session: _Raw, day: str, store: str, tier: str, delta: dict[str, int]) -> None:
    cols = list(delta)
    session.execute(
        _sql(
            f"INSERT INTO analytics_daily (day, store, tier, {', '.join(cols)}) "
            f"VALUES (:day, :store, :tier, {', '.join(':' + c for c in cols)}) "
            "ON CONFLICT (day, store, tier) DO UPDATE SET "
            + ", ".join(f"{c} = {c} + excluded.{c}" for c in cols)
        ),
        {"day": day, "store": store, "tier": tier, **delta},
    )


def _add_reward(
    session: _Raw, day: str, store: str, tier: str, sku: str, values: Sequence[int]
) -> None:
    session.execute(
        _sql(
            "INSERT INTO analytics_daily_reward "
            "(day, store, tier, sku, redemptions, qty, points, cash_fen) "
            "VALUES (:day, :store, :tier, :sku, :n, :qty, :points, :cash) "
            "ON CONFLICT (day, store, tier, sku) DO UPDATE SET "
            "redemptions = redemptions + excluded.redemptions, qty = qty + excluded.qty, "
            "points = points + excluded.points, cash_fen = cash_fen + excluded.cash_fen"
        ),
        {
            "day": day,
            "store": store,
            "tier": tier,
            "sku": sku,
            "n": values[0],
            "qty": values[1],
            "points": values[2],
            "cash": values[3],
        },
    )


def _add_liability(session: _Raw, day: str, store: str, tier: str, points: int) -> None:
    session.execute(
        _sql(
            "INSERT INTO analytics_liability (expires_on, store, tier, points) "
            "VALUES (:day, :store, :tier, :points) "
            "ON CONFLICT (expires_on, store, tier) DO UPDATE SET points = points + excluded.points"
        ),
        {"day": day, "store": store, "tier": tier, "points": points},
    )


def _drop_empty_rollups(session: Session) -> None:
    zero = " AND ".join(f"{c} = 0" for c in ("new_members", *FACTS))
    session.execute(text(f"DELETE FROM analytics_daily WHERE {zero}"))
    session.execute(
        text(
            "DELETE FROM analytics_daily_reward WHERE redemptions = 0 AND qty = 0 "
            "AND points = 0 AND cash_fen = 0"
        )
    )
    session.execute(text("DELETE FROM analytics_liability WHERE points = 0"))
    session.execute(text("DELETE FROM analytics_rfm_rollup WHERE members = 0"))
    session.execute(text("DELETE FROM analytics_last_purchase WHERE members = 0"))


# --- the full build ----------------------------------------------------------------

_ROLLUPS: Final = (
    "analytics_member",
    "analytics_member_day",
    "analytics_member_reward",
    "analytics_member_expiry",
    "analytics_daily",
    "analytics_daily_reward",
    "analytics_liability",
    "analytics_dirty",
    "analytics_rfm_rollup",
    "analytics_last_purchase",
)


def rebuild_aggregates(session: Session, *, progress: Progress | None = None) -> RefreshReport:
    """Build every aggregate from the source tables (set-based), then switch capture on."""
    _device_only(session)
    progress = progress or NoProgress()
    steps = _build_steps()
    for table in _ROLLUPS:
        session.execute(text(f"DELETE FROM {table}"))
    for n, (label, sql) in enumerate(steps):
        progress.update(n, len(steps), label)
        session.execute(text(sql))
    progress.update(len(steps), len(steps), "done")
    session.execute(
        text(
            "INSERT INTO analytics_state (key, value) VALUES ('built', :v) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        ),
        {"v": json.dumps({"at": clock.now().isoformat()})},
    )
    members = session.execute(text("SELECT count(*) FROM analytics_member")).scalar_one()
    days = session.execute(text("SELECT count(*) FROM analytics_member_day")).scalar_one()
    return RefreshReport(full=True, members=int(members), member_days=int(days))


def _build_steps() -> list[tuple[str, str]]:
    cols = ", ".join(FACTS)
    entry_cols = ", ".join(_ENTRY_COLS)
    return [
        (
            "members",
            "INSERT INTO analytics_member (member_id, store, tier, status, enrolled_on, "
            "balance, debt) SELECT m.id, coalesce(m.home_store, ''), m.tier_code, m.status, "
            "m.enrolled_on, coalesce(a.balance, 0), coalesce(a.debt, 0) "
            "FROM members m LEFT JOIN point_accounts a ON a.member_id = m.id",
        ),
        (
            "ledger",
            f"INSERT INTO analytics_member_day (member_id, day, {entry_cols}) "
            f"SELECT member_id, date(created_at), {_ENTRY_FACTS} FROM point_entries "
            "GROUP BY member_id, date(created_at)",
        ),
        (
            "sales",
            "INSERT INTO analytics_member_day (member_id, day, purchases, sales_fen) "
            f"SELECT member_id, date(at), {_SALE_FACTS} FROM sales "
            "WHERE member_id IS NOT NULL GROUP BY member_id, date(at) "
            "ON CONFLICT (member_id, day) DO UPDATE SET "
            "purchases = excluded.purchases, sales_fen = excluded.sales_fen",
        ),
        (
            "redemptions",
            "INSERT INTO analytics_member_day (member_id, day, redemptions, redeemed_qty) "
            f"SELECT member_id, date(at), {_REDEMPTION_FACTS} FROM redemptions "
            "WHERE status = 'completed' GROUP BY member_id, date(at) "
            "ON CONFLICT (member_id, day) DO UPDATE SET "
            "redemptions = excluded.redemptions, redeemed_qty = excluded.redeemed_qty",
        ),
        (
            "empty days",
            "DELETE FROM analytics_member_day WHERE " + " AND ".join(f"{c} = 0" for c in FACTS),
        ),
        (
            "rewards",
            "INSERT INTO analytics_member_reward "
            "(member_id, day, sku, redemptions, qty, points, cash_fen) "
            "SELECT member_id, date(at), sku, count(*), sum(qty), sum(points), sum(cash_fen) "
            "FROM redemptions WHERE status = 'completed' GROUP BY member_id, date(at), sku",
        ),
        (
            "lots",
            "INSERT INTO analytics_member_expiry (member_id, expires_on, points) "
            "SELECT member_id, date(expires_at), sum(remaining) FROM point_lots "
            "WHERE remaining > 0 GROUP BY member_id, date(expires_at)",
        ),
        (
            "last purchases",
            "UPDATE analytics_member SET "
            "first_purchase_on = (SELECT min(day) FROM analytics_member_day d "
            "WHERE d.member_id = analytics_member.member_id AND d.purchases > 0), "
            "last_purchase_on = (SELECT max(day) FROM analytics_member_day d "
            "WHERE d.member_id = analytics_member.member_id AND d.purchases > 0)",
        ),
        (
            "last purchase days",
            "INSERT INTO analytics_last_purchase (store, tier, day, members) "
            "SELECT store, tier, last_purchase_on, count(*) FROM analytics_member "
            "WHERE last_purchase_on IS NOT NULL GROUP BY store, tier, last_purchase_on",
        ),
        (
            "daily",
            f"INSERT INTO analytics_daily (day, store, tier, {cols}) "
            f"SELECT d.day, m.store, m.tier, {', '.join(f'sum(d.{c})' for c in FACTS)} "
            "FROM analytics_member_day d JOIN analytics_member m ON m.member_id = d.member_id "
            "GROUP BY d.day, m.store, m.tier",
        ),
        (
            "new members",
            "INSERT INTO analytics_daily (day, store, tier, new_members) "
            "SELECT enrolled_on, store, tier, count(*) FROM analytics_member WHERE true "
            "GROUP BY enrolled_on, store, tier "
            "ON CONFLICT (day, store, tier) DO UPDATE SET new_members = excluded.new_members",
        ),
        (
            "daily rewards",
            "INSERT INTO analytics_daily_reward "
            "(day, store, tier, sku, redemptions, qty, points, cash_fen) "
            "SELECT r.day, m.store, m.tier, r.sku, sum(r.redemptions), sum(r.qty), "
            "sum(r.points), sum(r.cash_fen) FROM analytics_member_reward r "
            "JOIN analytics_member m ON m.member_id = r.member_id "
            "GROUP BY r.day, m.store, m.tier, r.sku",
        ),
        (
            "scores of members gone",
            "DELETE FROM analytics_rfm WHERE member_id NOT IN "
            "(SELECT member_id FROM analytics_member)",
        ),
        ("segments", ROLLUP_SQL),
        (
            "liability",
            "INSERT INTO analytics_liability (expires_on, store, tier, points) "
            "SELECT e.expires_on, m.store, m.tier, sum(e.points) FROM analytics_member_expiry e "
            "JOIN analytics_member m ON m.member_id = e.member_id "
            "GROUP BY e.expires_on, m.store, m.tier",
        ),
    ]


def mark_all_dirty(session: Session, member_ids: Iterable[str]) -> None:
    """Note members for the next refresh (tests and repairs; the triggers do it normally)."""
    session.execute(
        text("INSERT OR IGNORE INTO analytics_dirty (member_id, day) VALUES (:m, '')"),
        [{"m": m} for m in member_ids],
    )
