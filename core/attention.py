"""Reading the "needs attention" list a device holds: rejected commands, overdrafts, mismatches.

Items arrive two ways: a command of this device that the server rejected
(``sync.push.reject``) and the server's own items brought by the pull. Each is
shown with its facts: the store and clerk of the command, the member, and what
the server said. Pages are keyset pages over ``(created_at, id)``, oldest
first, like the server's ``GET /v1/attention``. Read-only: resolving an item is
the server's (``POST /v1/attention/{id}/resolve``), and reaches devices by the pull.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session, sessionmaker

from core.db.models import AttentionItem, CommandRow, Member

State = Literal["open", "resolved", "all"]


@dataclass(frozen=True)
class AttentionFacts:
    """One item with what a person needs to act on it."""

    id: str
    kind: str
    created_at: datetime
    member_id: str | None
    member_code: str | None
    member_name: str | None
    command_id: str | None
    command_kind: str | None
    store_code: str | None
    staff: str | None
    # The server's refusal, as ``DomainError.as_dict()``: code, message, params (or None).
    error: dict[str, Any] | None
    detail: dict[str, Any]
    resolved_at: datetime | None
    resolved_by: str | None
    resolution: str | None

    @property
    def key(self) -> tuple[datetime, str]:
        """Where this item sits in the keyset order (pass it as ``after``)."""
        return (self.created_at, self.id)


def _query(state: State) -> Any:
    q = (
        select(
            AttentionItem,
            Member.code,
            Member.name,
            CommandRow.kind,
            CommandRow.store_code,
            CommandRow.staff,
        )
        .outerjoin(Member, Member.id == AttentionItem.member_id)
        .outerjoin(CommandRow, CommandRow.id == AttentionItem.command_id)
    )
    if state == "open":
        q = q.where(AttentionItem.resolved_at.is_(None))
    elif state == "resolved":
        q = q.where(AttentionItem.resolved_at.is_not(None))
    return q


def _facts(row: Any) -> AttentionFacts:
    item, code, name, command_kind, command_store, command_staff = row
    detail: dict[str, Any] = dict(item.detail or {})
    error = detail.get("error")
    store = command_store or detail.get("store_code") or detail.get("store")
    return AttentionFacts(
        id=item.id,
        kind=item.kind,
        created_at=item.created_at,
        member_id=item.member_id,
        member_code=code,
        member_name=name,
        command_id=item.command_id,
        command_kind=command_kind or detail.get("command_kind"),
        store_code=store if isinstance(store, str) else None,
        staff=command_staff or detail.get("staff"),
        error=error if isinstance(error, dict) else None,
        detail=detail,
        resolved_at=item.resolved_at,
        resolved_by=item.resolved_by,
        resolution=item.resolution,
    )


def page(
    session: Session,
    state: State = "open",
    *,
    after: tuple[datetime, str] | None = None,
    limit: int = 100,
) -> list[AttentionFacts]:
    """Items in ``state``, oldest first, the ``limit`` after the key ``after``."""
    q = _query(state)
    if after is not None:
        q = q.where(tuple_(AttentionItem.created_at, AttentionItem.id) > tuple_(*after))
    q = q.order_by(AttentionItem.created_at, AttentionItem.id).limit(max(1, min(limit, 1000)))
    return [_facts(r) for r in session.execute(q).all()]


def count(session: Session, state: State = "open") -> int:
    """How many items are in ``state``."""
    q = select(func.count()).select_from(AttentionItem)
    if state == "open":
        q = q.where(AttentionItem.resolved_at.is_(None))
    elif state == "resolved":
        q = q.where(AttentionItem.resolved_at.is_not(None))
    return int(session.execute(q).scalar_one())


class AttentionReader:
    """The attention list over a device database, one session per call (for ``ui.ops.Op``)."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.factory = factory

    def page(
        self, state: State = "open", after: tuple[datetime, str] | None = None, limit: int = 100
    ) -> list[AttentionFacts]:
        with self.factory() as s:
            return page(s, state, after=after, limit=limit)

    def count(self, state: State = "open") -> int:
        with self.factory() as s:
            return count(s, state)
