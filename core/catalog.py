"""Reading the rulebook's data (rule sets, tiers, benefits) into the pure rule objects."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar, cast

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from core import benefits
from core.benefits import Benefit
from core.db.direct import read
from core.db.models import BenefitRow, PointRuleSet, Setting, Tier
from core.errors import InvalidInput, NotConfigured
from core.rules import PointRules, select_rules
from core.tiers import TierDef, TierPolicy

T = TypeVar("T")

# Parsed rule sets by version. A published version never changes (``save_rules`` refuses),
# so parsing once per process is safe; the stored definition is compared to be sure.
_PARSED: dict[int, tuple[dict[str, Any], PointRules]] = {}


# The rulebook (rule sets, tiers, policy, benefits) as read, per database and revision.
# Every change to the rulebook goes through ``bump``, which moves the revision on, so a
# unit of work costs one primary-key read instead of re-reading the rulebook.
_SHARED: dict[tuple[str, int], dict[str, Any]] = {}
REVISION_KEY = "rulebook"


_SETTING = select(Setting.__table__.c.value).where(Setting.__table__.c.key == bindparam("key"))


def revision(session: Session) -> int:
    value = read(session, _SETTING, {"key": REVISION_KEY})
    return int(value.get("rev", 0)) if value is not None else 0


def bump(session: Session) -> int:
    """Record that the rulebook changed (call in the transaction that changes it)."""
    row = session.get(Setting, REVISION_KEY)
    rev = (int(row.value.get("rev", 0)) if row else 0) + 1
    if row is None:
        session.add(Setting(key=REVISION_KEY, value={"rev": rev}))
    else:
        row.value = {"rev": rev}
    forget(session)
    return rev


def _per_session(session: Session, key: str, load: Callable[[], T]) -> T:
    """The rulebook is read many times in one unit of work, and rarely changes."""
    cache: dict[str, Any] | None = session.info.get("catalog")
    if cache is None:
        bind = session.get_bind()
        shared_key = (str(bind.engine.url), revision(session))
        cache = _SHARED.setdefault(shared_key, {})
        session.info["catalog"] = cache
    if key not in cache:
        cache[key] = load()
    return cast(T, cache[key])


def forget(session: Session) -> None:
    """Drop this session's view of the rulebook (after a change to it)."""
    session.info.pop("catalog", None)


def _parse(definition: dict[str, Any]) -> PointRules:
    version = definition.get("version")
    if isinstance(version, int):
        cached = _PARSED.get(version)
        if cached is not None and cached[0] == definition:
            return cached[1]
    rules = PointRules.from_dict(definition)
    _PARSED[rules.version] = (definition, rules)
    return rules


def rule_sets(session: Session) -> list[PointRules]:
    def load() -> list[PointRules]:
        rows = session.execute(select(PointRuleSet).order_by(PointRuleSet.version)).scalars()
        return [_parse(row.definition) for row in rows]

    return _per_session(session, "rule_sets", load)


def rules_at(session: Session, at: date) -> PointRules:
    return select_rules(rule_sets(session), at)


def rules_version(session: Session, version: int) -> PointRules:
    for rules in rule_sets(session):
        if rules.version == version:
            return rules
    raise InvalidInput(field="rule_version", problem=f"unknown rule version {version}")


def save_rules(session: Session, rules: PointRules, now: datetime) -> None:
    """Publish a rule set version. A published version is never rewritten: sales point at it."""
    existing = session.get(PointRuleSet, rules.version)
    if existing is not None:
        if existing.definition != rules.to_dict():
            raise InvalidInput(
                field="version", problem=f"rule version {rules.version} is already published"
            )
        return
    bump(session)
    session.add(
        PointRuleSet(
            version=rules.version,
            effective_from=rules.effective_from,
            definition=rules.to_dict(),
            created_at=now,
        )
    )


def tier_policy(session: Session) -> TierPolicy:
    def load() -> TierPolicy:
        row = session.get(Setting, "tier_policy")
        if row is None:
            raise NotConfigured(what="tier policy")
        return TierPolicy.from_dict(row.value)

    return _per_session(session, "tier_policy", load)


def tier_defs(session: Session) -> list[TierDef]:
    def load() -> list[TierDef]:
        rows = session.execute(select(Tier).order_by(Tier.rank)).scalars()
        tiers = [
            TierDef(code=t.code, name=t.name, rank=t.rank, threshold=t.threshold) for t in rows
        ]
        if not tiers:
            raise NotConfigured(what="tiers")
        return tiers

    return _per_session(session, "tiers", load)


def tier_by_code(session: Session, code: str) -> TierDef:
    for t in tier_defs(session):
        if t.code == code:
            return t
    raise NotConfigured(what=f"tier {code}")


def benefits_of(session: Session, tier_code: str) -> list[Benefit]:
    return [b for b in all_benefits(session) if b.tier_code == tier_code]


def all_benefits(session: Session) -> list[Benefit]:
    return _per_session(session, "benefits", lambda: _load_benefits(session))


def _load_benefits(session: Session) -> list[Benefit]:
    rows = session.execute(select(BenefitRow).order_by(BenefitRow.id)).scalars()
    return [
        Benefit(
            id=r.id,
            tier_code=r.tier_code,
            kind=r.kind,  # type: ignore[arg-type]
            value=r.value,
            quota=r.quota,
            period=r.period,  # type: ignore[arg-type]
            ref=r.ref,
        )
        for r in rows
    ]


def tier_discount_bp(session: Session, tier_code: str) -> int:
    return benefits.tier_discount_bp(benefits_of(session, tier_code), tier_code)
