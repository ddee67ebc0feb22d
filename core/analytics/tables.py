"""The analytics aggregates of a device database (docs/analytics.md).

Tables are SQLAlchemy Core tables on the shared metadata, created by migration
0004. Days are stored as ISO text (``YYYY-MM-DD``); points and money are
integers. ``''`` stands for "no home store" so that every rollup key is a
plain primary key.

Change capture is done by SQLite triggers on the source tables (``TRIGGERS``):
whatever writes a ledger entry, a sale, a redemption, a lot, an account or a
member (a command, a pull's upsert, a rejected command's clean-up, a refresh)
notes the member and the day it touched in ``analytics_dirty``. The triggers
stay silent until the aggregates have been built once (``analytics_state``
key ``built``), so seeding or a first pull costs nothing extra.
"""

from __future__ import annotations

from typing import Final

from sqlalchemy import JSON, BigInteger, Column, Index, Integer, String, Table, text

from core.db.models import Base

metadata = Base.metadata

Day = String(10)
MemberId = String(36)
Code = String(16)


def _facts() -> list[Column[int]]:
    """Per member-day and per day x store x tier: what happened, in points, fen and counts."""
    return [Column(name, BigInteger, nullable=False, server_default=text("0")) for name in FACTS]


#: The fact columns shared by ``analytics_member_day`` and ``analytics_daily``.
FACTS: Final = (
    "earned",  # earn entries (points a sale earned)
    "gifted",  # gift entries (birthday gifts and the like)
    "adjusted_in",  # positive manual adjustments
    "adjusted_out",  # negative manual adjustments, as a positive number
    "reversed",  # earn reversed by refunds, as a positive number
    "spent",  # points paid at the till, as a positive number
    "spend_returned",  # spent points given back by refunds
    "redeemed",  # points paid for rewards, as a positive number
    "redeem_returned",  # redeemed points given back by cancellations
    "expired",  # points written off at expiry, as a positive number
    "debt_created",  # debt added by entries (overdrafts, refunds of spent points)
    "debt_repaid",  # debt removed by entries (earning repays debt first)
    "purchases",  # sales of the day not refunded in full
    "sales_fen",  # goods value of the day's sales net of refunds (net_fen - refunded_fen)
    "redemptions",  # completed (not cancelled) redemptions
    "redeemed_qty",  # items in those redemptions
)

dirty = Table(
    "analytics_dirty",
    metadata,
    Column("member_id", MemberId, primary_key=True),
    # '' : the member's own row (store, tier, balance, lots) needs a look; else a day.
    Column("day", Day, primary_key=True),
    sqlite_with_rowid=False,
)

state = Table(
    "analytics_state",
    metadata,
    Column("key", String(32), primary_key=True),
    Column("value", JSON, nullable=False),
)

member = Table(
    "analytics_member",
    metadata,
    Column("member_id", MemberId, primary_key=True),
    Column("store", Code, nullable=False),
    Column("tier", Code, nullable=False),
    Column("status", String(10), nullable=False),
    Column("enrolled_on", Day, nullable=False),
    Column("first_purchase_on", Day),
    Column("last_purchase_on", Day),
    Column("balance", BigInteger, nullable=False),
    Column("debt", BigInteger, nullable=False),
    # Covers the member overview's counts and activity: no row is read for them.
    Index("ix_analytics_member_store_tier", "store", "tier", "last_purchase_on", "enrolled_on"),
    Index("ix_analytics_member_enrolled", "enrolled_on"),
    Index(
        "ix_analytics_member_debt",
        "store",
        sqlite_where=text("debt > 0"),
        postgresql_where=text("debt > 0"),
    ),
)

member_day = Table(
    "analytics_member_day",
    metadata,
    Column("member_id", MemberId, primary_key=True),
    Column("day", Day, primary_key=True),
    *_facts(),
    Index(
        "ix_analytics_member_day_buyers",
        "day",
        "member_id",
        sqlite_where=text("purchases > 0"),
        postgresql_where=text("purchases > 0"),
    ),
    Index(
        "ix_analytics_member_day_redeemers",
        "day",
        "member_id",
        sqlite_where=text("redemptions > 0"),
        postgresql_where=text("redemptions > 0"),
    ),
    sqlite_with_rowid=False,
)

daily = Table(
    "analytics_daily",
    metadata,
    Column("day", Day, primary_key=True),
    Column("store", Code, primary_key=True),
    Column("tier", Code, primary_key=True),
    Column("new_members", BigInteger, nullable=False, server_default=text("0")),
    *_facts(),
    sqlite_with_rowid=False,
)

member_reward = Table(
    "analytics_member_reward",
    metadata,
    Column("member_id", MemberId, primary_key=True),
    Column("day", Day, primary_key=True),
    Column("sku", String(32), primary_key=True),
    Column("redemptions", BigInteger, nullable=False),
    Column("qty", BigInteger, nullable=False),
    Column("points", BigInteger, nullable=False),
    Column("cash_fen", BigInteger, nullable=False),
    sqlite_with_rowid=False,
)

daily_reward = Table(
    "analytics_daily_reward",
    metadata,
    Column("day", Day, primary_key=True),
    Column("store", Code, primary_key=True),
    Column("tier", Code, primary_key=True),
    Column("sku", String(32), primary_key=True),
    Column("redemptions", BigInteger, nullable=False),
    Column("qty", BigInteger, nullable=False),
    Column("points", BigInteger, nullable=False),
    Column("cash_fen", BigInteger, nullable=False),
    sqlite_with_rowid=False,
)

member_expiry = Table(
    "analytics_member_expiry",
    metadata,
    Column("member_id", MemberId, primary_key=True),
    # The day the points end (the lot's expires_at, 00:00 of the day after its last valid day).
    Column("expires_on", Day, primary_key=True),
    Column("points", BigInteger, nullable=False),
    sqlite_with_rowid=False,
)

liability = Table(
    "analytics_liability",
    metadata,
    Column("expires_on", Day, primary_key=True),
    Column("store", Code, primary_key=True),
    Column("tier", Code, primary_key=True),
    Column("points", BigInteger, nullable=False),
    sqlite_with_rowid=False,
)

tier_moves = Table(
    "analytics_tier_moves",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("member_id", MemberId, nullable=False),
    Column("day", Day, nullable=False),
    Column("from_tier", Code, nullable=False),
    Column("to_tier", Code, nullable=False),
    Column("from_since", Day),
    Index("ix_analytics_tier_moves_member", "member_id"),
    Index("ix_analytics_tier_moves_day", "day"),
)

rfm = Table(
    "analytics_rfm",
    metadata,
    Column("member_id", MemberId, primary_key=True),
    Column("last_purchase_on", Day),
    Column("recency_days", Integer),
    Column("frequency", Integer, nullable=False),
    Column("monetary_fen", BigInteger, nullable=False),
    Column("r", Integer, nullable=False),
    Column("f", Integer, nullable=False),
    Column("m", Integer, nullable=False),
    Column("segment", String(16), nullable=False),
    Column("previous_purchases", Integer, nullable=False),
    Column("recent_purchases", Integer, nullable=False),
    Index("ix_analytics_rfm_segment", "segment", "member_id"),
)

last_purchase = Table(
    "analytics_last_purchase",
    metadata,
    Column("store", Code, primary_key=True),
    Column("tier", Code, primary_key=True),
    # Members whose last purchase was on this day.
    Column("day", Day, primary_key=True),
    Column("members", BigInteger, nullable=False),
    sqlite_with_rowid=False,
)

rfm_rollup = Table(
    "analytics_rfm_rollup",
    metadata,
    Column("store", Code, primary_key=True),
    Column("tier", Code, primary_key=True),
    Column("segment", String(16), primary_key=True),
    Column("members", BigInteger, nullable=False),
    Column("monetary_fen", BigInteger, nullable=False),
    Column("purchases", BigInteger, nullable=False),
    sqlite_with_rowid=False,
)

TABLES: Final = (
    dirty,
    state,
    member,
    member_day,
    daily,
    member_reward,
    daily_reward,
    member_expiry,
    liability,
    tier_moves,
    rfm,
    rfm_rollup,
    last_purchase,
)

# --- change capture (SQLite) -----------------------------------------------------

_ON = "EXISTS (SELECT 1 FROM analytics_state WHERE key = 'built')"


def _note(member: str, day: str, *, only_if: str = "") -> str:
    # Not INSERT OR IGNORE: the conflict policy of the statement that fires a trigger wins
    # over the trigger's own (a pull's upsert would turn a duplicate note into an error).
    cond = f" AND {only_if}" if only_if else ""
    return (
        f"INSERT INTO analytics_dirty (member_id, day) SELECT {member}, {day} "
        f"WHERE NOT EXISTS (SELECT 1 FROM analytics_dirty "
        f"WHERE member_id = {member} AND day = {day}){cond};"
    )


def _trigger(name: str, event: str, table: str, when: str, body: str) -> str:
    return (
        f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW WHEN {when} BEGIN {body} END"
    )


def _row_triggers(table: str, member: str, at: str, *, guard: str = "") -> list[str]:
    """Insert, update and delete of a dated row note (member, day) of the old and new row."""
    extra = f" AND {{row}}.{member} IS NOT NULL{guard}"
    new = _note(f"NEW.{member}", f"date(NEW.{at})")
    old = _note(f"OLD.{member}", f"date(OLD.{at})")
    return [
        _trigger(f"tr_analytics_{table}_i", "INSERT", table, _ON + extra.format(row="NEW"), new),
        _trigger(f"tr_analytics_{table}_d", "DELETE", table, _ON + extra.format(row="OLD"), old),
        _trigger(
            f"tr_analytics_{table}_u",
            "UPDATE",
            table,
            _ON,
            _note(f"NEW.{member}", f"date(NEW.{at})", only_if=f"NEW.{member} IS NOT NULL")
            + " "
            + _note(f"OLD.{member}", f"date(OLD.{at})", only_if=f"OLD.{member} IS NOT NULL"),
        ),
    ]


def _member_level(table: str, key: str, columns: str) -> list[str]:
    """A change to these columns notes the member itself (day '')."""
    return [
        _trigger(f"tr_analytics_{table}_i", "INSERT", table, _ON, _note(f"NEW.{key}", "''")),
        _trigger(f"tr_analytics_{table}_d", "DELETE", table, _ON, _note(f"OLD.{key}", "''")),
        _trigger(
            f"tr_analytics_{table}_u",
            f"UPDATE OF {columns}",
            table,
            _ON,
            _note(f"OLD.{key}", "''") + " " + _note(f"NEW.{key}", "''"),
        ),
    ]


_MOVE_MATCH = (
    "member_id = NEW.id AND from_tier = NEW.tier_code AND to_tier = OLD.tier_code "
    "AND from_since IS NEW.tier_since"
)

#: Tier movements: a change that exactly restores the member's previous tier and
#: tier_since (a rejected upgrade undone, say) cancels the recorded move instead.
_TIER_MOVES = _trigger(
    "tr_analytics_members_tier",
    "UPDATE OF tier_code",
    "members",
    "OLD.tier_code IS NOT NEW.tier_code",
    (
        "INSERT INTO analytics_tier_moves (member_id, day, from_tier, to_tier, from_since) "
        "SELECT NEW.id, NEW.tier_since, OLD.tier_code, NEW.tier_code, OLD.tier_since "
        f"WHERE NOT EXISTS (SELECT 1 FROM analytics_tier_moves WHERE {_MOVE_MATCH}); "
        f"DELETE FROM analytics_tier_moves WHERE {_MOVE_MATCH};"
    ),
)

TRIGGERS: Final = (
    *_row_triggers("point_entries", "member_id", "created_at"),
    *_row_triggers("sales", "member_id", "at"),
    *_row_triggers("redemptions", "member_id", "at"),
    *_member_level("members", "id", "home_store, tier_code, status, enrolled_on"),
    *_member_level("point_lots", "member_id", "remaining, expires_at, member_id"),
    *_member_level("point_accounts", "member_id", "balance, debt"),
    _TIER_MOVES,
)

TRIGGER_NAMES: Final = tuple(t.split()[2] for t in TRIGGERS)
