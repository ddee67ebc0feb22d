"""Small lookups the handlers share."""

from __future__ import annotations

from sqlalchemy.orm import Session

from core.commands.base import Context
from core.db.models import AttentionItem, Member, PointAccount
from core.errors import AccountFrozen, MemberInactive, MemberNotFound
from core.ledger import account_for


def member_by_id(session: Session, member_id: str) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise MemberNotFound(key=member_id)
    return member


def active_account(ctx: Context, member: Member) -> PointAccount:
    """The member's account, refusing closed or frozen members and frozen accounts."""
    if member.status != "active":
        raise MemberInactive(code=member.code, status=member.status)
    acct = account_for(ctx.session, member.id)
    if acct.frozen:
        raise AccountFrozen(code=member.code)
    return acct


def raise_attention(ctx: Context, kind: str, member_id: str | None, **detail: object) -> None:
    ctx.session.add(
        AttentionItem(
            id=ctx.next_id("attention"),
            kind=kind,
            member_id=member_id,
            command_id=ctx.env.id,
            detail=dict(detail),
            created_at=ctx.at,
        )
    )
