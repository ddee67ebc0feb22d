"""Finding members: by code, phone, last four digits, name or pinyin initials.

Every lookup is an index range scan, so it stays in the millisecond range with
a million members: exact keys hit unique indexes; name and pinyin searches are
prefix ranges on B-tree indexes (``initials >= 'zs' AND initials < 'zs\\uffff'``),
which work the same on SQLite and PostgreSQL. Pages are keyset pages (the last
key seen, not an offset), so scrolling deep into a list costs the same as the top.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, or_, select
from sqlalchemy.orm import Session

from core import ledger
from core.catalog import tier_defs
from core.codes import looks_like_member_code, mask_phone, normalise_member_code
from core.db.models import Member, PointAccount
from core.errors import AmbiguousMember, InvalidInput, MemberNotFound

_DIGITS = re.compile(r"^\+?[\d\s-]+$")
_LATIN = re.compile(r"^[a-z]+$")
_HIGH = "\uffff"


@dataclass(frozen=True)
class MemberRow:
    """One line of a member list."""

    id: str
    code: str
    name: str
    phone: str
    tier_code: str
    status: str
    balance: int
    debt: int
    frozen: bool
    initials: str

    @property
    def masked_phone(self) -> str:
        return mask_phone(self.phone)


@dataclass(frozen=True)
class MemberCard:
    """Everything a clerk sees about a member."""

    id: str
    code: str
    name: str
    phone: str
    email: str | None
    gender: str | None
    birthday: date | None
    home_store: str | None
    status: str
    tags: list[str]
    tier_code: str
    tier_name: str
    tier_rank: int
    enrolled_on: date
    version: int
    frozen: bool
    points: ledger.Balances

    def as_dict(self, *, reveal: bool = False) -> dict[str, Any]:
        return {
            "id": self.id,
            "code": self.code,
            "name": self.name,
            "phone": self.phone if reveal else mask_phone(self.phone),
            "tier": self.tier_name,
            "tier_code": self.tier_code,
            "status": self.status,
            "frozen": self.frozen,
            "home_store": self.home_store,
            "enrolled_on": self.enrolled_on.isoformat(),
            "points": self.points.as_dict(),
        }


def _row_query() -> Any:
    return select(
        Member.id,
        Member.code,
        Member.name,
        Member.phone,
        Member.tier_code,
        Member.status,
        PointAccount.balance,
        PointAccount.debt,
        PointAccount.frozen,
        Member.name_initials,
    ).join(PointAccount, PointAccount.member_id == Member.id, isouter=True)


def _rows(session: Session, query: Any) -> list[MemberRow]:
    return [
        MemberRow(
            id=r[0],
            code=r[1],
            name=r[2],
            phone=r[3],
            tier_code=r[4],
            status=r[5],
            balance=r[6] or 0,
            debt=r[7] or 0,
            frozen=bool(r[8]),
            initials=r[9],
        )
        for r in session.execute(query).all()
    ]


def _key_terms(session: Session, key: str) -> tuple[str, dict[str, str]]:
    """What a clerk typed or scanned, as the kind of key and its values; refuses non-keys.

    ``M`` + 11 digits is a member code. 11 bare digits may be a scanned code (valid check
    digit) or a phone number: both are asked for, the code wins. 4 digits are the end of a
    phone number and must be unique.
    """
    text = key.strip()
    if not text:
        raise InvalidInput(field="member", problem="empty")
    if text[:1] in ("M", "m"):
        return "code", {"code": normalise_member_code(text)}
    if _DIGITS.match(text):
        digits = re.sub(r"\D", "", text)
        if digits.startswith("86") and len(digits) == 13:
            digits = digits[2:]
        if len(digits) == 11:
            if looks_like_member_code(digits):
                return "code_or_phone", {"code": normalise_member_code(digits), "phone": digits}
            return "phone", {"phone": digits}
        if len(digits) == 4:
            n = count_last4(session, digits, limit=2)
            if n > 1:
                raise AmbiguousMember(key=text, count=count_last4(session, digits))
            return "last4", {"last4": digits}
    raise MemberNotFound(key=text)


def _where(kind: str, code: Any, phone: Any, last4: Any) -> Any:
    if kind == "code":
        return Member.code == code
    if kind == "code_or_phone":
        return or_(Member.code == code, Member.phone == phone)
    if kind == "phone":
        return Member.phone == phone
    return Member.phone_last4 == last4


def _key_clause(session: Session, key: str) -> Any:
    """The WHERE clause for what a clerk typed or scanned (see ``_key_terms``)."""
    kind, values = _key_terms(session, key)
    return _where(kind, values.get("code"), values.get("phone"), values.get("last4"))


# find_by_key runs on every scan at a checkout: its statements are built once.
_FIND = {
    kind: select(Member)
    .where(_where(kind, bindparam("code"), bindparam("phone"), bindparam("last4")))
    .limit(2)
    for kind in ("code", "code_or_phone", "phone", "last4")
}


def _best(rows: list[Any], key: str, code_of: Callable[[Any], str]) -> Any:
    if not rows:
        raise MemberNotFound(key=key.strip())
    if len(rows) > 1:  # 11 digits that are both somebody's code and somebody's phone
        digits = re.sub(r"\D", "", key)
        rows = [r for r in rows if code_of(r).endswith(digits)] or rows
    return rows[0]


def find_by_key(session: Session, key: str) -> Member:
    """A member by code (typed or scanned), full phone, or last four digits if unique."""
    kind, values = _key_terms(session, key)
    rows = list(session.execute(_FIND[kind], values).scalars())
    member: Member = _best(rows, key, lambda m: m.code)
    # Keep it for the unit of work (the identity map only holds it weakly), so the
    # command handler that follows gets it without another query.
    session.info.setdefault("held", []).append(member)
    return member


def lookup(session: Session, key: str) -> MemberRow:
    """Like ``find_by_key``, as one list row with the points balance: a single query."""
    rows = _rows(session, _row_query().where(_key_clause(session, key)).limit(2))
    row: MemberRow = _best(rows, key, lambda r: r.code)
    return row


def count_last4(session: Session, digits: str, limit: int = 10_000) -> int:
    q = select(Member.id).where(Member.phone_last4 == digits).limit(limit)
    return len(session.execute(q).all())


def card(session: Session, member: Member, now: datetime) -> MemberCard:
    tiers = {t.code: t for t in tier_defs(session)}
    tier = tiers[member.tier_code]
    acct = session.get(PointAccount, member.id)
    return MemberCard(
        id=member.id,
        code=member.code,
        name=member.name,
        phone=member.phone,
        email=member.email,
        gender=member.gender,
        birthday=member.birthday,
        home_store=member.home_store,
        status=member.status,
        tags=list(member.tags or []),
        tier_code=tier.code,
        tier_name=tier.name,
        tier_rank=tier.rank,
        enrolled_on=member.enrolled_on,
        version=member.version,
        frozen=bool(acct and acct.frozen),
        points=ledger.balances(session, member.id, now),
    )


def _in_stores(query: Any, stores: Sequence[str] | None) -> Any:
    return query if stores is None else query.where(Member.home_store.in_(list(stores)))


def search(
    session: Session, query: str, *, limit: int = 50, stores: Sequence[str] | None = None
) -> list[MemberRow]:
    """Members matching what a person typed: code, phone (full, prefix, last 4), name, pinyin.

    ``stores`` limits the answer to members whose home store is one of them.
    """
    text = query.strip()
    if not text:
        return []
    limit = max(1, min(limit, 500))
    if text[:1] in ("M", "m") and looks_like_member_code(text):
        code = normalise_member_code(text)
        return _rows(session, _in_stores(_row_query(), stores).where(Member.code == code))
    if _DIGITS.match(text) and len(re.sub(r"\D", "", text)) == 11 and looks_like_member_code(text):
        # Eleven digits: a scanned code or a whole phone number; show both if both exist.
        return _rows(
            session, _in_stores(_row_query(), stores).where(_key_clause(session, text)).limit(2)
        )
    if _DIGITS.match(text):
        digits = re.sub(r"\D", "", text)
        if len(digits) == 4:
            q = _in_stores(_row_query(), stores).where(Member.phone_last4 == digits)
        else:
            q = _in_stores(_row_query(), stores).where(
                Member.phone >= digits, Member.phone < digits + _HIGH
            )
        return _rows(session, q.order_by(Member.phone).limit(limit))
    lowered = text.lower().replace(" ", "")
    if _LATIN.match(lowered):
        q = _in_stores(_row_query(), stores).where(
            Member.name_initials >= lowered, Member.name_initials < lowered + _HIGH
        )
        return _rows(session, q.order_by(Member.name_initials, Member.id).limit(limit))
    q = _in_stores(_row_query(), stores).where(Member.name >= text, Member.name < text + _HIGH)
    return _rows(session, q.order_by(Member.name, Member.id).limit(limit))


def page(
    session: Session,
    *,
    after_code: str | None = None,
    limit: int = 200,
    stores: Sequence[str] | None = None,
) -> list[MemberRow]:
    """The member list in code order, one keyset page after ``after_code``."""
    q = _in_stores(_row_query(), stores)
    if after_code is not None:
        q = q.where(Member.code > after_code)
    return _rows(session, q.order_by(Member.code).limit(max(1, min(limit, 1000))))
