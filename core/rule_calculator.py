"""What a sample sale would earn under a rule set: the point rules editor's calculator.

One rulebook: the figure and its parts come from :func:`core.rules.compute_earn`,
the function a till uses for a real sale (``DeviceServices.preview_earn``), so
the calculator can never disagree with a receipt. Its parts (base, tier bonus,
campaigns, daily cap) are what the POS shows.

The rule set may be a published one (:func:`rules_on` picks the version in
force on a day) or the edited one not yet published.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy.orm import Session, sessionmaker

from core import catalog
from core.errors import InvalidInput
from core.rules import EarnResult, PointRules, SaleLine, compute_earn, select_rules
from core.tiers import TierDef


def local_rule_sets(factory: sessionmaker[Session]) -> list[PointRules]:
    """Every rule version this database holds (the pull brings them), oldest first."""
    with factory() as s:
        return list(catalog.rule_sets(s))


def rules_on(published: Iterable[PointRules], day: date) -> PointRules:
    """The published version in force on ``day`` (what a till would use)."""
    return select_rules(list(published), day)


def sample_earn(
    rules: PointRules,
    tiers: Iterable[TierDef],
    lines: Sequence[SaleLine],
    *,
    tier_code: str,
    at: datetime,
    birthday: date | None = None,
    earned_today: int = 0,
) -> EarnResult:
    """Points a member of ``tier_code`` would earn for ``lines`` at ``at`` under ``rules``.

    ``lines`` are what the customer pays per category after discounts (fen), as
    on a till. ``birthday`` (any year) switches on birthday-month campaigns;
    ``earned_today`` is what the member already earned that day (daily cap).
    """
    if not lines:
        raise InvalidInput(field="lines", problem="a sample sale needs at least one line")
    tier = next((t for t in tiers if t.code == tier_code), None)
    if tier is None:
        raise InvalidInput(field="tier_code", problem=f"unknown tier code {tier_code!r}")
    return compute_earn(
        rules,
        list(lines),
        tier_code=tier.code,
        tier_name=tier.name,
        at=at,
        birthday=birthday,
        earned_today=earned_today,
    )


__all__ = ["local_rule_sets", "rules_on", "sample_earn"]
