"""Finding members: by code, phone, last four digits, name or pinyin initials.

Every lookup is an index range scan, so it stays in the millisecond range with
a million members: exact keys hit unique indexes; name and pinyin searches are
prefix ranges on B-tree indexes (``initials >= 'zs' AND initials < 'zs\\uffff'``),
which work the same on SQLite and PostgreSQL. Pages are keyset pages (the last
key seen, not an offset), so scrolling deep into a list costs the same as the top.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, Literal, NamedTuple

from sqlalchemy import and_, bindparam, exists, func, literal, not_, or_, select, true
from sqlalchemy.orm import Session, sessionmaker

from core import ledger
from core.catalog import tier_defs
from core.codes import looks_like_member_code, mask_phone, normalise_member_code
from core.db.models import Member, PointAccount, Sale, Store
from core.errors import AmbiguousMember, InvalidInput, MemberNotFound
from core.tier_outlook import TierOutlook, member_outlook
from core.tiers import Target

_DIGITS = re.compile(r"^\+?[\d\s-]+$")
_LATIN = re.compile(r"^[a-z]+$")
_HIGH = "\uffff"


class MemberRow(NamedTuple):
    """One line of a member list.

    A tuple of plain values, because a scrolled list may hold hundreds of thousands: the
    garbage collector stops tracking such tuples, so its full passes stay short (with
    dataclass instances one took 600 ms at half a million rows, a visible freeze).
    """

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
    home_store: str | None = None
    enrolled_on: date | None = None

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
    # What it takes to keep the tier or reach the next (None: no tier policy here).
    outlook: TierOutlook | None = None

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
            "tier_outlook": _outlook_dict(self.outlook),
        }


def _outlook_dict(outlook: TierOutlook | None) -> dict[str, Any] | None:
    if outlook is None:
        return None

    def target(t: Target | None) -> dict[str, Any] | None:
        if t is None:
            return None
        return {
            "tier": t.tier_name,
            "tier_code": t.tier_code,
            "amount": t.amount_needed,
            "by": t.deadline.isoformat(),
        }

    return {
        "measure": outlook.measure,
        "keep": target(outlook.keep),
        "reach": target(outlook.reach),
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
        Member.home_store,
        Member.enrolled_on,
    ).join(PointAccount, PointAccount.member_id == Member.id, isouter=True)


def _shared(text: str | None) -> str | None:
    # Tier codes, statuses and stores repeat on every line: one string object each.
    return None if text is None else sys.intern(text)


def _rows(session: Session, query: Any) -> list[MemberRow]:
    return rows_of(session.execute(query).all())


def rows_of(result: Sequence[Any]) -> list[MemberRow]:
    """``MemberRow``s of the result lines of a ``browse_query``."""
    return [
        MemberRow(
            id=r[0],
            code=r[1],
            name=r[2],
            phone=r[3],
            tier_code=sys.intern(r[4]),
            status=sys.intern(r[5]),
            balance=r[6] or 0,
            debt=r[7] or 0,
            frozen=bool(r[8]),
            initials=r[9],
            home_store=_shared(r[10]),
            enrolled_on=r[11],
        )
        for r in result
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
        outlook=member_outlook(session, member, now.date()),
    )


def _in_stores(query: Any, stores: Sequence[str] | None) -> Any:
    return query if stores is None else query.where(Member.home_store.in_(list(stores)))


# --- filters and sorting of the back office's member list ---------------------------

MEMBER_STATUSES = ("active", "frozen", "closed")


@dataclass(frozen=True)
class MemberFilter:
    """What the back office narrows the member list to; ``None`` fields do not filter.

    ``joined_until`` is inclusive. ``last_purchase_before``: no purchase on or after that
    day (members who never bought anything included), the "lapsed customers" list.
    """

    tier: str | None = None
    store: str | None = None
    status: str | None = None
    tag: str | None = None
    joined_from: date | None = None
    joined_until: date | None = None
    last_purchase_before: date | None = None

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))

    def check(self) -> None:
        """Refuses a filter that cannot match by mistake (a typo'd status, dates swapped)."""
        if self.status is not None and self.status not in MEMBER_STATUSES:
            raise InvalidInput(field="status", problem=f"not a member status: {self.status!r}")
        if (
            self.joined_from is not None
            and self.joined_until is not None
            and self.joined_from > self.joined_until
        ):
            raise InvalidInput(field="joined", problem="the first day is after the last day")
        if self.tag is not None and not self.tag.strip():
            raise InvalidInput(field="tag", problem="must not be empty")

    def clauses(self) -> list[Any]:
        """WHERE terms. Low-cardinality columns are compared without their index (``|| ''``):
        the list follows the sort key's index, and 200 matching lines are found long before a
        tier's or a store's index would have been read to the end and sorted."""
        out: list[Any] = []
        if self.tier is not None:
            out.append(Member.tier_code + literal("") == self.tier)
        if self.store is not None:
            out.append(Member.home_store + literal("") == self.store)
        if self.status is not None:
            out.append(Member.status + literal("") == self.status)
        if self.tag is not None:
            out.append(_has_tag(self.tag.strip()))
        if self.joined_from is not None:
            out.append(Member.enrolled_on >= self.joined_from)
        if self.joined_until is not None:
            out.append(Member.enrolled_on <= self.joined_until)
        if self.last_purchase_before is not None:
            since = datetime.combine(self.last_purchase_before, datetime.min.time())
            out.append(not_(exists().where(Sale.member_id == Member.id, Sale.at >= since)))
        return out


def _has_tag(tag: str) -> Any:
    # tags is a JSON list; SQLite looks inside it with json_each (PostgreSQL has jsonb ?).
    each = func.json_each(Member.tags).table_valued("value")
    return exists(select(literal(1)).select_from(each).where(each.c.value == tag))


def _filtered(query: Any, filters: MemberFilter | None) -> Any:
    if filters is None:
        return query
    filters.check()
    clauses = filters.clauses()
    return query.where(and_(*clauses)) if clauses else query


SortKey = Literal["code", "name", "initials", "phone", "tier", "store", "enrolled", "balance"]
SORT_KEYS: tuple[SortKey, ...] = (
    "code",
    "name",
    "initials",
    "phone",
    "tier",
    "store",
    "enrolled",
    "balance",
)


@dataclass(frozen=True)
class MemberSort:
    """The list's order: one key, then the member code (unique) to break ties."""

    key: SortKey = "code"
    descending: bool = False

    def column(self) -> Any:
        return {
            "code": Member.code,
            "name": Member.name,
            "initials": Member.name_initials,
            "phone": Member.phone,
            "tier": Member.tier_code,
            "store": func.coalesce(Member.home_store, ""),
            "enrolled": Member.enrolled_on,
            "balance": func.coalesce(PointAccount.balance, 0),
        }[self.key]

    def value_of(self, row: MemberRow) -> Any:
        return {
            "code": row.code,
            "name": row.name,
            "initials": row.initials,
            "phone": row.phone,
            "tier": row.tier_code,
            "store": row.home_store or "",
            "enrolled": row.enrolled_on,
            "balance": row.balance,
        }[self.key]

    def order_by(self) -> list[Any]:
        if self.key == "code":
            return [Member.code.desc() if self.descending else Member.code]
        col = self.column()
        if self.descending:
            return [col.desc(), Member.code.desc()]
        return [col, Member.code]

    def after(self, row: MemberRow) -> Any:
        """The keyset condition: lines that come after ``row`` in this order."""
        if self.key == "code":
            return Member.code < row.code if self.descending else Member.code > row.code
        col, value = self.column(), self.value_of(row)
        if self.descending:
            return and_(col <= value, or_(col < value, Member.code < row.code))
        return and_(col >= value, or_(col > value, Member.code > row.code))

    def sort_rows(self, rows: Sequence[MemberRow]) -> list[MemberRow]:
        """The same order for a list already in memory (search results)."""
        empty: Any = {"enrolled": date.min, "balance": 0}.get(self.key, "")

        def key(r: MemberRow) -> tuple[Any, str]:
            value = self.value_of(r)
            return (empty if value is None else value, r.code)

        return sorted(rows, key=key, reverse=self.descending)


def _bounded(limit: int, most: int = 500) -> int:
    return max(1, min(limit, most))


def search(
    session: Session,
    query: str,
    *,
    limit: int = 50,
    stores: Sequence[str] | None = None,
    filters: MemberFilter | None = None,
) -> list[MemberRow]:
    """Members matching what a person typed: code, phone (full, prefix, last 4), name, pinyin.

    ``stores`` limits the answer to members whose home store is one of them; ``filters``
    narrows it as the back office's list does.
    """
    text = query.strip()
    if not text:
        return []
    limit = _bounded(limit)
    base = _filtered(_in_stores(_row_query(), stores), filters)
    if text[:1] in ("M", "m") and looks_like_member_code(text):
        code = normalise_member_code(text)
        return _rows(session, base.where(Member.code == code))
    if _DIGITS.match(text) and len(re.sub(r"\D", "", text)) == 11 and looks_like_member_code(text):
        # Eleven digits: a scanned code or a whole phone number; show both if both exist.
        return _rows(session, base.where(_key_clause(session, text)).limit(2))
    if _DIGITS.match(text):
        digits = re.sub(r"\D", "", text)
        if len(digits) == 4:
            q = base.where(Member.phone_last4 == digits)
        else:
            q = base.where(Member.phone >= digits, Member.phone < digits + _HIGH)
        return _rows(session, q.order_by(Member.phone).limit(limit))
    lowered = text.lower().replace(" ", "")
    if _LATIN.match(lowered):
        q = base.where(Member.name_initials >= lowered, Member.name_initials < lowered + _HIGH)
        return _rows(
            session, q.order_by(*_prefix_order(session, Member.name_initials)).limit(limit)
        )
    q = base.where(Member.name >= text, Member.name < text + _HIGH)
    return _rows(session, q.order_by(*_prefix_order(session, Member.name)).limit(limit))


def _prefix_order(session: Session, column: Any) -> list[Any]:
    """The order of a prefix search's first ``limit`` matches.

    SQLite's index on the column alone already yields ties in a fixed (rowid) order, and
    only walking the index lets it stop at the limit: ordering by the id as well made it
    sort every match first (20,000 for "zy" at a million members, 300 ms instead of 5).
    """
    if session.get_bind().dialect.name == "sqlite":
        return [column]
    return [column, Member.id]


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
    return _rows(session, q.order_by(Member.code).limit(_bounded(limit, 1000)))


def browse(
    session: Session,
    *,
    after: MemberRow | None = None,
    limit: int = 200,
    filters: MemberFilter | None = None,
    sort: MemberSort | None = None,
) -> list[MemberRow]:
    """One keyset page of the filtered, sorted member list: the lines after ``after``."""
    order = sort or MemberSort()
    q = browse_query(filters=filters, sort=order)
    if after is not None:
        q = q.where(order.after(after))
    return _rows(session, q.limit(_bounded(limit, 5000)))


def browse_query(*, filters: MemberFilter | None = None, sort: MemberSort | None = None) -> Any:
    """The whole filtered, sorted list as one statement (an export streams it)."""
    order = sort or MemberSort()
    return _filtered(_row_query(), filters).order_by(*order.order_by())


def count(session: Session, filters: MemberFilter | None = None) -> int:
    """How many members the filters let through (the preview count of a bulk action)."""
    q = _filtered(select(func.count()).select_from(Member), filters)
    return int(session.execute(q).scalar_one())


def member_ids(
    session: Session,
    filters: MemberFilter | None,
    *,
    after_code: str | None = None,
    limit: int = 500,
) -> list[tuple[str, str]]:
    """(id, code) of the filtered members in code order, a keyset page at a time."""
    q = _filtered(select(Member.id, Member.code), filters)
    if after_code is not None:
        q = q.where(Member.code > after_code)
    rows = session.execute(q.order_by(Member.code).limit(_bounded(limit, 5000))).all()
    return [(r[0], r[1]) for r in rows]


def tags_in_use(session: Session, sample: int = 20_000, limit: int = 200) -> list[str]:
    """Tags that members carry, for a filter's choices: read from the first ``sample`` members
    so it stays quick at a million (the tag box also takes any tag typed in)."""
    some = select(Member.tags.label("tags")).limit(sample).subquery()
    each = func.json_each(some.c.tags).table_valued("value")
    q = select(each.c.value).select_from(some.join(each, true())).distinct().limit(limit)
    return sorted(str(v) for v in session.execute(q).scalars() if v is not None)


def stores(session: Session) -> list[tuple[str, str]]:
    """(code, name) of every store, in code order."""
    return [
        (r[0], r[1]) for r in session.execute(select(Store.code, Store.name).order_by(Store.code))
    ]


class MemberDirectory:
    """The back office's member list over a device database, one session per call."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.factory = factory

    def browse(
        self,
        after: MemberRow | None,
        limit: int,
        filters: MemberFilter | None = None,
        sort: MemberSort | None = None,
    ) -> list[MemberRow]:
        with self.factory() as s:
            return browse(s, after=after, limit=limit, filters=filters, sort=sort)

    def search(
        self, query: str, limit: int, filters: MemberFilter | None = None
    ) -> list[MemberRow]:
        with self.factory() as s:
            return search(s, query, limit=limit, filters=filters)

    def count(self, filters: MemberFilter | None = None) -> int:
        with self.factory() as s:
            return count(s, filters)

    def tags_in_use(self) -> list[str]:
        with self.factory() as s:
            return tags_in_use(s)

    def stores(self) -> list[tuple[str, str]]:
        with self.factory() as s:
            return stores(s)
