"""Reading the rulebook's data (rule sets, tiers, benefits) into the pure rule objects."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from core import benefits
from core.benefits import Benefit
from core.db.models import BenefitRow, PointRuleSet, Setting, Tier
from core.errors import InvalidInput, NotConfigured
from core.rules import PointRules, select_rules
from core.tiers import TierDef, TierPolicy


def rule_sets(session: Session) -> list[PointRules]:
    rows = session.execute(select(PointRuleSet).order_by(PointRuleSet.version)).scalars()
    return [PointRules.from_dict(row.definition) for row in rows]


def rules_at(session: Session, at: date) -> PointRules:
    return select_rules(rule_sets(session), at)


def rules_version(session: Session, version: int) -> PointRules:
    row = session.get(PointRuleSet, version)
    if row is None:
        raise InvalidInput(field="rule_version", problem=f"unknown rule version {version}")
    return PointRules.from_dict(row.definition)


def save_rules(session: Session, rules: PointRules, now: datetime) -> None:
    session.merge(
        PointRuleSet(
            version=rules.version,
            effective_from=rules.effective_from,
            definition=rules.to_dict(),
            created_at=now,
        )
    )


def tier_policy(session: Session) -> TierPolicy:
    row = session.get(Setting, "tier_policy")
    if row is None:
        raise NotConfigured(what="tier policy")
    return TierPolicy.from_dict(row.value)


def tier_defs(session: Session) -> list[TierDef]:
    rows = session.execute(select(Tier).order_by(Tier.rank)).scalars()
    tiers = [TierDef(code=t.code, name=t.name, rank=t.rank, threshold=t.threshold) for t in rows]
    if not tiers:
        raise NotConfigured(what="tiers")
    return tiers


def tier_by_code(session: Session, code: str) -> TierDef:
    for t in tier_defs(session):
        if t.code == code:
            return t
    raise NotConfigured(what=f"tier {code}")


def benefits_of(session: Session, tier_code: str) -> list[Benefit]:
    rows = session.execute(
        select(BenefitRow).where(BenefitRow.tier_code == tier_code).order_by(BenefitRow.id)
    ).scalars()
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
