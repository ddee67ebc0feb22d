"""Tables only the central server has: staff, devices, the change feed, job runs.

They live in their own metadata and migration history (``server/migrations``,
version table ``server_alembic_version``) beside the shared loyalty schema of
``core.db.models``, so a device's SQLite file never carries them.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from core.db.models import NAMING


class ServerBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class ServerSetting(ServerBase):
    """Server-wide secrets and settings (the token signing key): shared by every API process."""

    __tablename__ = "server_settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)


class StaffAccount(ServerBase):
    __tablename__ = "staff_accounts"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    display_name: Mapped[str] = mapped_column(String(100))
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    # A clerk or store manager works in one store; a regional manager in one region.
    store_code: Mapped[str | None] = mapped_column(String(16))
    region: Mapped[str | None] = mapped_column(String(16))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The POS sign-in PIN (argon2, 4–8 digits); None until set. Tills of the account's
    # store receive it in their sign-in cache and check it offline (core/staff_signin.py).
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class RefreshToken(ServerBase):
    """An issued refresh token (its SHA-256); rotated on every use, revocable."""

    __tablename__ = "refresh_tokens"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)


class DeviceRow(ServerBase):
    """An enrolled device: a store's till, a manager's laptop, an online channel."""

    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(16))  # store | region | channel | backoffice
    store_code: Mapped[str | None] = mapped_column(String(16), index=True)
    # Regions whose members this device receives; ["*"] for all.
    regions: Mapped[list[Any]] = mapped_column(JSON)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_by: Mapped[str] = mapped_column(String(64))
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The highest sequence number processed (applied, duplicate or rejected).
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_push_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_pull_at: Mapped[datetime | None] = mapped_column(DateTime)


class FeedClock(ServerBase):
    """One row; taken FOR UPDATE at commit, so change numbers follow commit order."""

    __tablename__ = "feed_clock"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(BigInteger, default=0)


class Change(ServerBase):
    """The change feed: one line per row written, naming the row, not copying it.

    A pull sends the row as it is now, so a late page can never roll a device back.
    ``member_id`` scopes member data by the member's home region; ``store_code``
    scopes store stock; rows with neither are the chain-wide rulebook and catalog.
    """

    __tablename__ = "changes"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    entity: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(200))
    member_id: Mapped[str | None] = mapped_column(String(36))
    store_code: Mapped[str | None] = mapped_column(String(16))
    # No index on member_id: the feed is read in number order only (migration s0003).


class JobRun(ServerBase):
    """The last run of each scheduled job; its row lock keeps two processes from racing."""

    __tablename__ = "job_runs"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    last_started_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class AuditEntry(ServerBase):
    """Who did what through the API outside commands: logins, enrolments, admin edits."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
