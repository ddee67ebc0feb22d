"""Enrolment, profile edits, member status and freezing of points accounts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from core.catalog import tier_defs
from core.codes import normalise_member_code, normalise_phone
from core.commands.base import Context, handles
from core.commands.payloads import EditProfile, EnrolMember, FreezePoints, SetMemberStatus
from core.db.models import Member, Store
from core.errors import DuplicatePhone, InvalidInput, ReasonRequired, StoreNotFound
from core.handlers.common import member_by_id, raise_attention
from core.ledger import account_for
from core.names import pinyin_full, pinyin_initials

_EMAIL_MAX = 200


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput(field="name", problem="must not be empty")
    if len(cleaned) > 50:
        raise InvalidInput(field="name", problem="at most 50 characters")
    return cleaned


def _clean_email(email: str | None) -> str | None:
    if email is None or not email.strip():
        return None
    email = email.strip()
    if "@" not in email or len(email) > _EMAIL_MAX or " " in email:
        raise InvalidInput(field="email", problem=f"not an e-mail address: {email!r}")
    return email


def _check_phone_free(ctx: Context, phone: str, member_id: str) -> None:
    other = ctx.session.execute(select(Member).where(Member.phone == phone)).scalar_one_or_none()
    if other is not None and other.id != member_id:
        raise DuplicatePhone(phone=phone, code=other.code)


def _check_store(ctx: Context, store: str | None) -> None:
    if store is not None and ctx.session.get(Store, store) is None:
        raise StoreNotFound(store=store)


@handles(EnrolMember)
def enrol(ctx: Context, cmd: EnrolMember) -> dict[str, Any]:
    code = normalise_member_code(cmd.code)
    phone = normalise_phone(cmd.phone)
    name = _clean_name(cmd.name)
    _check_phone_free(ctx, phone, cmd.member_id)
    if ctx.session.execute(select(Member.id).where(Member.code == code)).first():
        raise InvalidInput(field="code", problem=f"member code {code} is taken")
    home = cmd.home_store or ctx.env.store_code
    _check_store(ctx, home)
    lowest = tier_defs(ctx.session)[0]
    member = Member(
        id=cmd.member_id,
        code=code,
        name=name,
        name_initials=pinyin_initials(name),
        name_pinyin=pinyin_full(name),
        phone=phone,
        phone_last4=phone[-4:],
        email=_clean_email(cmd.email),
        gender=cmd.gender,
        birthday=cmd.birthday,
        home_store=home,
        status="active",
        tags=sorted(set(cmd.tags)),
        tier_code=lowest.code,
        tier_since=ctx.at.date(),
        tier_grace_until=None,
        enrolled_on=ctx.at.date(),
        created_at=ctx.at,
        updated_at=ctx.at,
        version=1,
    )
    ctx.session.add(member)
    ctx.session.flush()
    account_for(ctx.session, member.id)
    return {"member_id": member.id, "code": code, "tier": lowest.code}


@handles(EditProfile)
def edit_profile(ctx: Context, cmd: EditProfile) -> dict[str, Any]:
    member = member_by_id(ctx.session, cmd.member_id)
    changed: list[str] = []
    if cmd.name is not None:
        name = _clean_name(cmd.name)
        member.name, member.name_initials, member.name_pinyin = (
            name,
            pinyin_initials(name),
            pinyin_full(name),
        )
        changed.append("name")
    if cmd.phone is not None:
        phone = normalise_phone(cmd.phone)
        _check_phone_free(ctx, phone, member.id)
        member.phone, member.phone_last4 = phone, phone[-4:]
        changed.append("phone")
    if cmd.email is not None:
        member.email = _clean_email(cmd.email)
        changed.append("email")
    if cmd.gender is not None:
        member.gender = cmd.gender
        changed.append("gender")
    if cmd.birthday is not None:
        member.birthday = cmd.birthday
        changed.append("birthday")
    if cmd.home_store is not None:
        _check_store(ctx, cmd.home_store)
        member.home_store = cmd.home_store
        changed.append("home_store")
    if cmd.tags is not None:
        member.tags = sorted(set(cmd.tags))
        changed.append("tags")
    if not changed:
        raise InvalidInput(field="changes", problem="nothing to change")
    stale = cmd.base_version != member.version
    if stale:
        # Someone else edited meanwhile; the fields named here still win, but a person looks.
        raise_attention(ctx, "stale_edit", member.id, base=cmd.base_version, current=member.version)
    member.version += 1
    member.updated_at = ctx.at
    return {"member_id": member.id, "version": member.version, "changed": changed, "stale": stale}


@handles(SetMemberStatus)
def set_status(ctx: Context, cmd: SetMemberStatus) -> dict[str, Any]:
    if not cmd.reason.strip():
        raise ReasonRequired(action="a member status change")
    member = member_by_id(ctx.session, cmd.member_id)
    previous = member.status
    member.status = cmd.status
    member.version += 1
    member.updated_at = ctx.at
    return {"member_id": member.id, "status": cmd.status, "previous": previous}


@handles(FreezePoints)
def freeze(ctx: Context, cmd: FreezePoints) -> dict[str, Any]:
    if not cmd.reason.strip():
        raise ReasonRequired(action="freezing or unfreezing points")
    member = member_by_id(ctx.session, cmd.member_id)
    acct = account_for(ctx.session, member.id)
    acct.frozen = cmd.frozen
    return {"member_id": member.id, "frozen": cmd.frozen}
