"""Bulk actions of the back office's member list: tag, untag, issue a coupon.

A bulk action applies to chosen members (their ids) or to everyone a
``MemberFilter`` lets through. It is still one command per member, applied and
queued for upload as ``core.apply.execute`` does it, so the server sees the same
``edit_profile`` / ``issue_coupon`` commands a person editing one member would
make; commands are committed a batch at a time, each member in its own
savepoint, and a member the rules refuse is reported without stopping the
others. Work runs off the UI thread with a
``Progress``; a cancel stops before the next member and keeps what was done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from core import directory
from core.apply import device_identity, next_seq, queue
from core.commands import payloads as p
from core.commands.base import Payload
from core.db.direct import write_directly
from core.db.models import CouponTemplate, Member
from core.errors import DomainError, InvalidInput, MemberNotFound
from core.ids import new_id
from core.progress import NoProgress, Progress

TAG_MAX = 32
# Members per round: ids read while walking a filter's result, and commands per commit.
ID_BATCH = 200
# A report keeps this many failures; its counts stay exact beyond it.
MAX_FAILURES_KEPT = 1_000


@dataclass(frozen=True)
class BulkTarget:
    """Chosen members (``member_ids``), or all members through ``filters`` (None: everyone)."""

    member_ids: tuple[str, ...] | None = None
    filters: directory.MemberFilter | None = None

    @classmethod
    def chosen(cls, member_ids: Sequence[str]) -> BulkTarget:
        return cls(member_ids=tuple(dict.fromkeys(member_ids)))

    @classmethod
    def matching(cls, filters: directory.MemberFilter | None) -> BulkTarget:
        return cls(filters=None if filters is None or filters.is_empty() else filters)


@dataclass(frozen=True)
class BulkFailure:
    member_id: str
    code: str
    message: str


@dataclass
class BulkReport:
    """What a bulk action did: ``done`` members changed, ``unchanged`` needed nothing."""

    total: int
    done: int = 0
    unchanged: int = 0
    failed: int = 0
    failures: list[BulkFailure] = field(default_factory=list)
    cancelled: bool = False
    command_ids: list[str] = field(default_factory=list)

    def _fail(self, member_id: str, err: DomainError) -> None:
        self.failed += 1
        if len(self.failures) < MAX_FAILURES_KEPT:
            self.failures.append(BulkFailure(member_id, err.code, err.message))


class _Unchanged(Exception):
    """The member needs no change (already tagged, say); nothing is written."""


def clean_tag(tag: str) -> str:
    """A tag as stored; refuses an empty or over-long one, or one with a list separator."""
    text = " ".join(tag.split())
    if not text:
        raise InvalidInput(field="tag", problem="must not be empty")
    if len(text) > TAG_MAX:
        raise InvalidInput(field="tag", problem=f"at most {TAG_MAX} characters")
    if any(ch in text for ch in ";|；｜,"):
        raise InvalidInput(field="tag", problem="must not contain ; | or ,")
    return text


def preview_count(session: Session, target: BulkTarget) -> int:
    """How many members the action would reach."""
    if target.member_ids is not None:
        return len(target.member_ids)
    return directory.count(session, target.filters)


def coupon_templates(session: Session) -> list[tuple[str, str]]:
    """(id, name) of the active coupon templates."""
    rows = session.execute(
        select(CouponTemplate.id, CouponTemplate.name)
        .where(CouponTemplate.active)
        .order_by(CouponTemplate.id)
    ).all()
    return [(r[0], r[1]) for r in rows]


def _member_batches(factory: sessionmaker[Session], target: BulkTarget) -> Iterator[list[str]]:
    if target.member_ids is not None:
        ids = list(target.member_ids)
        for i in range(0, len(ids), ID_BATCH):
            yield ids[i : i + ID_BATCH]
        return
    after: str | None = None
    while True:
        # A fresh short session per batch: the walk never holds a read transaction open
        # while the commands it makes are being written.
        with factory() as s:
            page = directory.member_ids(s, target.filters, after_code=after, limit=ID_BATCH)
        if not page:
            return
        yield [member_id for member_id, _code in page]
        after = page[-1][1]


def _run_each(
    factory: sessionmaker[Session],
    target: BulkTarget,
    make: Callable[[Session, str], Payload],
    *,
    staff: str | None,
    at: datetime | None,
    progress: Progress | None,
) -> BulkReport:
    progress = progress or NoProgress()
    with factory() as s:
        total = preview_count(s, target)
    report = BulkReport(total=total)
    progress.update(0, total)
    for batch in _member_batches(factory, target):
        _apply_batch(factory, batch, make, report, staff=staff, at=at, progress=progress)
        if report.cancelled:
            break
    seen = report.done + report.unchanged + report.failed
    progress.update(seen, max(total, seen))
    return report


def _apply_batch(
    factory: sessionmaker[Session],
    member_ids: list[str],
    make: Callable[[Session, str], Payload],
    report: BulkReport,
    *,
    staff: str | None,
    at: datetime | None,
    progress: Progress,
) -> None:
    """One transaction for a batch of members, one savepoint and one command for each.

    Each command is applied and written to the outbox by ``core.apply.queue``, as
    ``core.apply.execute`` does it; a member the rules refuse rolls back to its savepoint and
    takes no number, so the outbox stays gapless. One durable commit per batch instead
    of one per member is what makes a bulk action over a big filter bearable.
    """
    with factory() as session, session.begin():
        write_directly(session)
        device = device_identity(session)
        seq = next_seq(session, device.device_id)
        for member_id in member_ids:
            if progress.cancelled():
                report.cancelled = True
                return  # what this batch did so far is committed
            try:
                with session.begin_nested():
                    applied = queue(
                        session, device, seq, make(session, member_id), staff=staff, at=at
                    )
            except _Unchanged:
                report.unchanged += 1
            except DomainError as err:
                report._fail(member_id, err)
            else:
                seq += 1
                report.done += 1
                report.command_ids.append(applied.command_id)
            seen = report.done + report.unchanged + report.failed
            if seen % 20 == 0:
                progress.update(seen, max(report.total, seen))


def _member(session: Session, member_id: str) -> Member:
    member = session.get(Member, member_id)
    if member is None:
        raise MemberNotFound(key=member_id)
    return member


def tag_members(
    factory: sessionmaker[Session],
    target: BulkTarget,
    tag: str,
    *,
    remove: bool = False,
    staff: str | None = None,
    at: datetime | None = None,
    progress: Progress | None = None,
) -> BulkReport:
    """Add ``tag`` to (or ``remove`` it from) every target member: one ``edit_profile`` each.

    Members that already have (or lack) the tag are counted as unchanged; nothing is sent.
    """
    wanted = clean_tag(tag)

    def make(s: Session, member_id: str) -> Payload:
        member = _member(s, member_id)
        tags = [str(t) for t in member.tags or []]
        if (wanted in tags) != remove:
            raise _Unchanged
        new = [t for t in tags if t != wanted] if remove else [*tags, wanted]
        return p.EditProfile(member_id=member.id, base_version=member.version, tags=sorted(new))

    return _run_each(factory, target, make, staff=staff, at=at, progress=progress)


def issue_coupons(
    factory: sessionmaker[Session],
    target: BulkTarget,
    template_id: str,
    *,
    staff: str | None = None,
    at: datetime | None = None,
    progress: Progress | None = None,
) -> BulkReport:
    """Issue one coupon of ``template_id`` to every target member: one ``issue_coupon`` each."""
    from core.handlers.mall import coupon_code

    with factory() as s:
        template = s.get(CouponTemplate, template_id)
        if template is None or not template.active:
            raise InvalidInput(
                field="template", problem=f"no active coupon template {template_id!r}"
            )

    def make(s: Session, member_id: str) -> Payload:
        member = _member(s, member_id)
        coupon_id = new_id()
        return p.IssueCoupon(
            coupon_id=coupon_id,
            code=coupon_code(coupon_id),
            member_id=member.id,
            template_id=template_id,
            source="bulk",
        )

    return _run_each(factory, target, make, staff=staff, at=at, progress=progress)


class MemberBulk:
    """The bulk actions over a device database (for ``ui`` ops)."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self.factory = factory

    def preview_count(self, target: BulkTarget) -> int:
        with self.factory() as s:
            return preview_count(s, target)

    def coupon_templates(self) -> list[tuple[str, str]]:
        with self.factory() as s:
            return coupon_templates(s)

    def tag(
        self,
        target: BulkTarget,
        tag: str,
        *,
        remove: bool = False,
        staff: str | None = None,
        progress: Progress | None = None,
    ) -> BulkReport:
        return tag_members(self.factory, target, tag, remove=remove, staff=staff, progress=progress)

    def issue_coupons(
        self,
        target: BulkTarget,
        template_id: str,
        *,
        staff: str | None = None,
        progress: Progress | None = None,
    ) -> BulkReport:
        return issue_coupons(self.factory, target, template_id, staff=staff, progress=progress)
