"""SQLAlchemy models shared by a device's SQLite file and the central PostgreSQL.

Ids of rows that commands create are derived from the command id (see
``core.ids``), so a device and the server applying the same command produce
the same rows. Points and money are integers throughout.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

Id = String(36)


def fk(target: str) -> ForeignKey:
    """Foreign keys are checked at commit: a command writes its rows in any order."""
    return ForeignKey(target, deferrable=True, initially="DEFERRED")


# A link that is not a foreign key (docs/server.md, "Links without foreign keys"): a row's
# command, or the sale, entry or lot it was written with, is written in the same
# transaction by the same handler and never deleted; a sale's and a ledger row's member is
# one the writer read, and whose account it holds locked, in that transaction, and no
# member is ever deleted. On PostgreSQL a foreign key would be checked row by row: over a
# third of what a pushed sale costs the database. ``server.integrity.LINKS`` lists them
# and ``memberdesk server check`` finds any orphan.
Link = String(36)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


# --- organisation -----------------------------------------------------------


class Store(Base):
    __tablename__ = "stores"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    region: Mapped[str] = mapped_column(String(16), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Setting(Base):
    """Small key/value configuration: device identity, tier policy, offline limits."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)


# --- rules, tiers, benefits -------------------------------------------------


class PointRuleSet(Base):
    """A versioned point rule set; the definition is ``core.rules.PointRules.to_dict()``."""

    __tablename__ = "point_rule_sets"
    version: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    effective_from: Mapped[date] = mapped_column(Date)
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Tier(Base):
    __tablename__ = "tiers"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    rank: Mapped[int] = mapped_column(Integer, unique=True)
    threshold: Mapped[int] = mapped_column(BigInteger)


class BenefitRow(Base):
    __tablename__ = "benefits"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    tier_code: Mapped[str] = mapped_column(fk("tiers.code"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    value: Mapped[int] = mapped_column(BigInteger)
    quota: Mapped[int | None] = mapped_column(Integer)
    period: Mapped[str | None] = mapped_column(String(16))
    ref: Mapped[str | None] = mapped_column(String(64))


class BenefitUse(Base):
    __tablename__ = "benefit_uses"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    benefit_id: Mapped[str] = mapped_column(fk("benefits.id"), index=True)
    member_id: Mapped[str] = mapped_column(fk("members.id"))
    period_key: Mapped[str] = mapped_column(String(16))
    used_at: Mapped[datetime] = mapped_column(DateTime)
    command_id: Mapped[str] = mapped_column(Link, index=True)
    __table_args__ = (
        Index("ix_benefit_uses_member_period", "member_id", "benefit_id", "period_key"),
    )


# --- members ----------------------------------------------------------------


class Member(Base):
    __tablename__ = "members"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    code: Mapped[str] = mapped_column(String(16))  # unique: uq_members_code below
    name: Mapped[str] = mapped_column(String(100))
    # Pinyin initials ("zs" for 张三) and the full pinyin without spaces, for prefix search.
    name_initials: Mapped[str] = mapped_column(String(100), index=True)
    name_pinyin: Mapped[str] = mapped_column(String(300))
    phone: Mapped[str] = mapped_column(String(20))  # unique: uq_members_phone below
    phone_last4: Mapped[str] = mapped_column(String(4), index=True)
    email: Mapped[str | None] = mapped_column(String(200))
    gender: Mapped[str | None] = mapped_column(String(1))
    birthday: Mapped[date | None] = mapped_column(Date)
    home_store: Mapped[str | None] = mapped_column(fk("stores.code"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="active")
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    tier_code: Mapped[str] = mapped_column(fk("tiers.code"), index=True)
    tier_since: Mapped[date] = mapped_column(Date)
    tier_grace_until: Mapped[date | None] = mapped_column(Date)
    enrolled_on: Mapped[date] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # A closed duplicate enrolment: the member it was merged into (core/handlers/merge.py).
    merged_into: Mapped[str | None] = mapped_column(String(36), default=None)
    __table_args__ = (
        Index("ix_members_name", "name"),
        # Unique indexes, not constraints: a new device's snapshot drops and rebuilds
        # them (sync/mirror.py, migration 0009).
        Index("uq_members_code", "code", unique=True),
        Index("uq_members_phone", "phone", unique=True),
    )


class QualifyingEvent(Base):
    """Spend and growth value that count towards tiers; kept apart from points."""

    __tablename__ = "qualifying_events"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    member_id: Mapped[str] = mapped_column(Link)  # the sale's member
    at: Mapped[datetime] = mapped_column(DateTime)
    spend_fen: Mapped[int] = mapped_column(BigInteger)
    growth: Mapped[int] = mapped_column(BigInteger)
    command_id: Mapped[str] = mapped_column(Link, index=True)
    __table_args__ = (Index("ix_qualifying_member_at", "member_id", "at"),)


class TierChange(Base):
    """A tier change as ``core.handlers.tiering`` decided it: one per command at most.

    The id is derived from the command's (``core.ids.derived_id(command_id,
    "tier_change")``), so a device's provisional row and the server's are the same row.
    ``change`` is ``upgrade``, ``downgrade`` or ``grace_started`` (then ``from_tier ==
    to_tier`` and ``grace_until`` is the day the grace ends).
    """

    __tablename__ = "tier_changes"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    member_id: Mapped[str] = mapped_column(fk("members.id"))
    from_tier: Mapped[str] = mapped_column(String(16))
    to_tier: Mapped[str] = mapped_column(String(16))
    change: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(DateTime)
    grace_until: Mapped[date | None] = mapped_column(Date)
    command_id: Mapped[str] = mapped_column(Link, index=True)
    # What decided it: record_sale, merge_members or evaluate_tier.
    command_kind: Mapped[str] = mapped_column(String(32))
    __table_args__ = (Index("ix_tier_changes_member_at", "member_id", "at"),)


# --- the points ledger ------------------------------------------------------


class PointAccount(Base):
    """Cached totals of a member's ledger. ``balance`` always equals the sum of the entries."""

    __tablename__ = "point_accounts"
    member_id: Mapped[str] = mapped_column(fk("members.id"), primary_key=True)
    balance: Mapped[int] = mapped_column(BigInteger, default=0)
    debt: Mapped[int] = mapped_column(BigInteger, default=0)
    frozen: Mapped[bool] = mapped_column(Boolean, default=False)
    lifetime_earned: Mapped[int] = mapped_column(BigInteger, default=0)
    lifetime_spent: Mapped[int] = mapped_column(BigInteger, default=0)


class PointEntry(Base):
    """One append-only ledger line. ``points == Σ lot movements − debt_delta``."""

    __tablename__ = "point_entries"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    member_id: Mapped[str] = mapped_column(Link)  # the account the writer holds locked
    # Found through ``uq_point_entries_command_seq``, whose first column it is.
    command_id: Mapped[str] = mapped_column(Link)
    kind: Mapped[str] = mapped_column(String(16))
    points: Mapped[int] = mapped_column(BigInteger)
    debt_delta: Mapped[int] = mapped_column(BigInteger, default=0)
    sale_id: Mapped[str | None] = mapped_column(String(36), index=True)
    redemption_id: Mapped[str | None] = mapped_column(String(36))
    # For a reversal or a return: the earn or spend entry it undoes (part of).
    ref_entry_id: Mapped[str | None] = mapped_column(String(36), index=True)
    store_code: Mapped[str | None] = mapped_column(String(16))
    device_id: Mapped[str | None] = mapped_column(String(36))
    staff: Mapped[str | None] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        Index("ix_point_entries_member_time", "member_id", "created_at"),
        # The same command can never write the same ledger line twice.
        UniqueConstraint("command_id", "seq", name="uq_point_entries_command_seq"),
    )


class PointLot(Base):
    """Points earned together, with one lock-until and one expiry."""

    __tablename__ = "point_lots"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    member_id: Mapped[str] = mapped_column(Link, index=True)  # the entry's member
    entry_id: Mapped[str] = mapped_column(Link, index=True)
    points: Mapped[int] = mapped_column(BigInteger)
    remaining: Mapped[int] = mapped_column(BigInteger)
    available_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    sale_id: Mapped[str | None] = mapped_column(String(36))
    __table_args__ = (
        Index(
            "ix_point_lots_open",
            "member_id",
            "expires_at",
            sqlite_where=text("remaining > 0"),
            postgresql_where=text("remaining > 0"),
        ),
        Index(
            "ix_point_lots_due",
            "expires_at",
            sqlite_where=text("remaining > 0"),
            postgresql_where=text("remaining > 0"),
        ),
    )


class LotMovement(Base):
    """How an entry changed a lot: + when created or restored, − when spent, expired, reversed."""

    __tablename__ = "lot_movements"
    entry_id: Mapped[str] = mapped_column(Link, primary_key=True)
    lot_id: Mapped[str] = mapped_column(Link, primary_key=True)
    delta: Mapped[int] = mapped_column(BigInteger)
    __table_args__ = (Index("ix_lot_movements_lot", "lot_id"),)


# --- sales and refunds ------------------------------------------------------


class Sale(Base):
    __tablename__ = "sales"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    receipt_no: Mapped[str] = mapped_column(String(32), unique=True)
    member_id: Mapped[str | None] = mapped_column(Link)  # as an entry's member
    store_code: Mapped[str | None] = mapped_column(String(16))
    device_id: Mapped[str | None] = mapped_column(String(36))
    staff: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime)
    gross_fen: Mapped[int] = mapped_column(BigInteger)
    tier_discount_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    coupon_id: Mapped[str | None] = mapped_column(String(36))
    coupon_discount_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    # Goods value after discounts: what refunds and earning are proportional to.
    net_fen: Mapped[int] = mapped_column(BigInteger)
    points_spent: Mapped[int] = mapped_column(BigInteger, default=0)
    points_cash_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    paid_fen: Mapped[int] = mapped_column(BigInteger)
    points_earned: Mapped[int] = mapped_column(BigInteger, default=0)
    rule_version: Mapped[int | None] = mapped_column(Integer)
    breakdown: Mapped[list[Any]] = mapped_column(JSON, default=list)
    refunded_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    points_reversed: Mapped[int] = mapped_column(BigInteger, default=0)
    points_returned: Mapped[int] = mapped_column(BigInteger, default=0)
    cash_refunded_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    command_id: Mapped[str] = mapped_column(Link, index=True)
    __table_args__ = (Index("ix_sales_member_at", "member_id", "at"),)


class SaleLineRow(Base):
    __tablename__ = "sale_lines"
    sale_id: Mapped[str] = mapped_column(Link, primary_key=True)
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    category: Mapped[str | None] = mapped_column(String(32))
    amount_fen: Mapped[int] = mapped_column(BigInteger)


class Refund(Base):
    __tablename__ = "refunds"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    sale_id: Mapped[str] = mapped_column(fk("sales.id"), index=True)
    amount_fen: Mapped[int] = mapped_column(BigInteger)
    cash_fen: Mapped[int] = mapped_column(BigInteger)
    points_reversed: Mapped[int] = mapped_column(BigInteger)
    points_returned: Mapped[int] = mapped_column(BigInteger)
    debt_created: Mapped[int] = mapped_column(BigInteger)
    at: Mapped[datetime] = mapped_column(DateTime)
    command_id: Mapped[str] = mapped_column(Link, index=True)


# --- points mall ------------------------------------------------------------


class Reward(Base):
    __tablename__ = "rewards"
    sku: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))  # physical, virtual, service, coupon
    category: Mapped[str] = mapped_column(String(32), index=True)
    points_price: Mapped[int] = mapped_column(BigInteger)
    cash_price_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    stock_mode: Mapped[str] = mapped_column(String(16))  # central | store | unlimited
    central_stock: Mapped[int] = mapped_column(BigInteger, default=0)
    per_member_limit: Mapped[int | None] = mapped_column(Integer)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date)
    min_tier_rank: Mapped[int] = mapped_column(Integer, default=0)
    coupon_template_id: Mapped[str | None] = mapped_column(fk("coupon_templates.id"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # A small picture (PNG or JPEG, at most 256×256 and 64 KB; ``core.reward_form``), kept
    # as base64 text so the change feed carries it as any other JSON string. Deferred: the
    # redemption path and the catalog cache never load it; ``core.reward_images`` reads it
    # only when ``image_hash`` (sha256 of the bytes) says a cached copy is stale.
    image_type: Mapped[str | None] = mapped_column(String(16))
    image_hash: Mapped[str | None] = mapped_column(String(64))
    image_data: Mapped[str | None] = mapped_column(Text, deferred=True)


class StoreStock(Base):
    __tablename__ = "store_stock"
    sku: Mapped[str] = mapped_column(fk("rewards.sku"), primary_key=True)
    store_code: Mapped[str] = mapped_column(fk("stores.code"), primary_key=True, index=True)
    quantity: Mapped[int] = mapped_column(BigInteger)


class Redemption(Base):
    __tablename__ = "redemptions"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    member_id: Mapped[str] = mapped_column(fk("members.id"))
    sku: Mapped[str] = mapped_column(fk("rewards.sku"), index=True)
    qty: Mapped[int] = mapped_column(Integer)
    points: Mapped[int] = mapped_column(BigInteger)
    cash_fen: Mapped[int] = mapped_column(BigInteger)
    store_code: Mapped[str | None] = mapped_column(String(16))
    stock_source: Mapped[str] = mapped_column(String(16))  # central | store:<code> | unlimited
    status: Mapped[str] = mapped_column(String(10), default="completed")
    # The order's progress (placed → fulfilled → shipped) while ``status`` is "completed";
    # kept apart from ``status``, which the ledger, the limits and the analytics read.
    fulfilment: Mapped[str] = mapped_column(String(10), default="placed", server_default="placed")
    at: Mapped[datetime] = mapped_column(DateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    coupon_id: Mapped[str | None] = mapped_column(String(36))
    command_id: Mapped[str] = mapped_column(Link, index=True)
    __table_args__ = (
        Index("ix_redemptions_member_sku", "member_id", "sku"),
        # The mall's order list: newest first, keyset paged on (at, id).
        Index("ix_redemptions_at", "at", "id"),
    )


# --- coupons ----------------------------------------------------------------


class CouponTemplate(Base):
    __tablename__ = "coupon_templates"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))  # amount_off, percent_off, free_shipping
    value: Mapped[int] = mapped_column(BigInteger)  # fen off, or basis points off
    threshold_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    valid_days: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Coupon(Base):
    __tablename__ = "coupons"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    template_id: Mapped[str] = mapped_column(fk("coupon_templates.id"), index=True)
    member_id: Mapped[str] = mapped_column(fk("members.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    valid_from: Mapped[datetime] = mapped_column(DateTime)
    valid_until: Mapped[datetime] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(10), default="issued")  # issued, used, void
    used_sale_id: Mapped[str | None] = mapped_column(String(36))
    used_at: Mapped[datetime | None] = mapped_column(DateTime)
    source: Mapped[str | None] = mapped_column(String(64))
    command_id: Mapped[str] = mapped_column(Link, index=True)


# --- commands and the outbox ------------------------------------------------


class CommandRow(Base):
    """Every command applied here. On a device, the rows it made and has not had
    acknowledged are its outbox; on the server, the id is the idempotency key."""

    __tablename__ = "commands"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    schema_version: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(BigInteger)
    store_code: Mapped[str | None] = mapped_column(String(16))
    staff: Mapped[str | None] = mapped_column(String(64))
    device_time: Mapped[datetime] = mapped_column(DateTime)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    result: Mapped[dict[str, Any]] = mapped_column(JSON)
    applied_at: Mapped[datetime] = mapped_column(DateTime)
    # local (made here, not yet acknowledged), acked, rejected, remote (arrived from elsewhere)
    sync_state: Mapped[str] = mapped_column(String(10))
    __table_args__ = (
        UniqueConstraint("device_id", "seq", name="uq_commands_device_seq"),
        Index(
            "ix_commands_outbox",
            "sync_state",
            "seq",
            sqlite_where=text("sync_state = 'local'"),
            postgresql_where=text("sync_state = 'local'"),
        ),
    )


class AttentionItem(Base):
    """Something a person must look at: a rejected command, a points overdraft, a rule mismatch."""

    __tablename__ = "attention_items"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    member_id: Mapped[str | None] = mapped_column(String(36), index=True)
    command_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolution: Mapped[str | None] = mapped_column(Text)
