"""Head office runs the programme: tiers, benefits, point rule versions, the points mall.

Every edit is one transaction that also moves the rulebook revision on
(``core.catalog.bump``, so every process and device re-reads it) and writes an
audit entry. Edits of the rulebook run one at a time: each takes the revision
row first, so a tier ladder is always checked against what is committed.
Validation happens before ``bump``: nothing reads the catalog cache after it.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Request, Response
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
)
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core import catalog
from core.benefits import Benefit, Period
from core.db.models import (
    BenefitRow,
    CouponTemplate,
    PointRuleSet,
    Reward,
    Setting,
    Store,
    StoreStock,
    Tier,
)
from core.demo_rules import demo_rules
from core.errors import InvalidInput, RewardNotFound, StoreNotFound
from core.reward_form import IMAGE_SIDE, MAX_IMAGE_BYTES, image_from_base64
from core.rules import PointRules
from core.tiers import TierDef, TierPolicy, validate_tiers
from server.api import ERROR_RESPONSES, Caller, Conflict, NotFound, require, transaction
from server.api import now as server_now
from server.auth import Forbidden
from server.models import AuditEntry

router = APIRouter(prefix="/v1", tags=["admin"])

# Amounts (fen, points, stock) fit a BIGINT with room to add; counts fit an INTEGER.
MAX_AMOUNT = 10**12
MAX_COUNT = 2**31 - 1
# Any integer inside a rule definition (rates, caps, days): far beyond a real programme.
MAX_RULE_INT = 10**9

EDIT: dict[int | str, dict[str, Any]] = {
    403: ERROR_RESPONSES[403],
    404: ERROR_RESPONSES[404],
    422: ERROR_RESPONSES[422],
}
READ: dict[int | str, dict[str, Any]] = {401: ERROR_RESPONSES[401], 403: ERROR_RESPONSES[403]}


def _clean_text(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise ValueError("must not contain control characters")
    return value.strip()


def _iso_date(value: object) -> object:
    # Dates arrive as "YYYY-MM-DD"; a number is not a date, whatever pydantic's lax mode says.
    if value is not None and not isinstance(value, str | date):
        raise ValueError("must be an ISO date like 2026-03-01")
    return value


TierName = Annotated[StrictStr, Field(min_length=1, max_length=50), AfterValidator(_clean_text)]
RewardName = Annotated[StrictStr, Field(min_length=1, max_length=100), AfterValidator(_clean_text)]
Category = Annotated[StrictStr, Field(min_length=1, max_length=32), AfterValidator(_clean_text)]
Amount = Annotated[StrictInt, Field(ge=0, le=MAX_AMOUNT)]
IsoDate = Annotated[date, BeforeValidator(_iso_date)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _changes(body: BaseModel, nullable: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The fields a partial edit names; ``null`` only where it means "none"."""
    out = {name: getattr(body, name) for name in body.model_fields_set}
    for name, value in out.items():
        if value is None and name not in nullable:
            raise InvalidInput(field=name, problem="may not be null")
    if not out:
        raise InvalidInput(field="body", problem="name at least one field to change")
    return out


def _valid_key(value: str, max_length: int) -> bool:
    return 0 < len(value) <= max_length and all(31 < ord(c) != 127 for c in value)


@contextmanager
def _edit(request: Request) -> Iterator[Session]:
    """One transaction; a unique key taken meanwhile by another request is a conflict."""
    try:
        with transaction(request) as session:
            yield session
    except IntegrityError:
        raise Conflict(problem="changed by another request at the same time; try again") from None


def _lock_rulebook(session: Session) -> None:
    """Serialise rulebook edits (PostgreSQL row lock; SQLite writers are serial already)."""
    session.get(Setting, catalog.REVISION_KEY, with_for_update=True, populate_existing=True)


def _audit(session: Session, request: Request, actor: str, action: str, **detail: Any) -> None:
    plain = {k: v.isoformat() if isinstance(v, date) else v for k, v in detail.items()}
    session.add(AuditEntry(at=server_now(request), actor=actor, action=action, detail=plain))


def _diff(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    def plain(v: Any) -> Any:
        return v.isoformat() if isinstance(v, date) else v

    return {
        k: {"from": plain(before[k]), "to": plain(after[k])}
        for k in after
        if before.get(k) != after[k]
    }


# --- tiers ----------------------------------------------------------------------


class TierOut(BaseModel):
    code: str = Field(examples=["T3"])
    name: str = Field(examples=["金牌"])
    rank: int = Field(examples=[3])
    threshold: int = Field(
        description="qualifying spend (fen) or growth value, per the tier policy",
        examples=[2_000_000],
    )


class TierEdit(Strict):
    name: TierName | None = Field(default=None, examples=["金牌"])
    threshold: Amount | None = Field(default=None, examples=[2_000_000])


def _tier(t: Tier) -> dict[str, Any]:
    return {"code": t.code, "name": t.name, "rank": t.rank, "threshold": t.threshold}


@router.get("/tiers", response_model=list[TierOut], responses=READ)
def tiers(request: Request, caller: Caller) -> list[dict[str, Any]]:
    """The tier ladder, lowest rank first."""
    require(caller, "catalog.edit")
    with transaction(request) as session:
        return [_tier(t) for t in session.execute(select(Tier).order_by(Tier.rank)).scalars()]


@router.put("/tiers/{code}", response_model=TierOut, responses=EDIT)
def edit_tier(request: Request, code: str, body: TierEdit, caller: Caller) -> dict[str, Any]:
    """Rename a tier or move its threshold; thresholds must keep rising with rank (the
    lowest tier stays at 0). Fields left out keep their values."""
    require(caller, "catalog.edit")
    changes = _changes(body)
    with _edit(request) as session:
        _lock_rulebook(session)
        ladder = list(session.execute(select(Tier).order_by(Tier.rank)).scalars())
        tier = next((t for t in ladder if t.code == code), None)
        if tier is None:
            raise NotFound(what="tier", key=code)
        before = _tier(tier)
        after = {**before, **changes}
        if any(t.name == after["name"] and t is not tier for t in ladder):
            raise InvalidInput(field="name", problem=f"{after['name']} is another tier's name")
        validate_tiers(
            TierDef(after["code"], after["name"], after["rank"], after["threshold"])
            if t is tier
            else TierDef(t.code, t.name, t.rank, t.threshold)
            for t in ladder
        )
        tier.name, tier.threshold = after["name"], after["threshold"]
        catalog.bump(session)
        _audit(session, request, caller.name, "tier.edit", code=code, **_diff(before, after))
        return after


class LadderTier(Strict):
    code: Annotated[StrictStr, Field(min_length=1, max_length=16)] = Field(examples=["T3"])
    name: TierName = Field(examples=["金牌"])
    threshold: Amount = Field(examples=[2_000_000])


@router.put("/tiers", response_model=list[TierOut], responses=EDIT)
def edit_ladder(
    request: Request,
    body: Annotated[list[LadderTier], Body(max_length=100)],
    caller: Caller,
) -> list[dict[str, Any]]:
    """Rename tiers and move thresholds all at once: the body names every tier of the ladder
    once, and the whole ladder is checked (thresholds rising with rank, the lowest at 0,
    names unique) and saved in one transaction, or nothing is."""
    require(caller, "catalog.edit")
    with _edit(request) as session:
        _lock_rulebook(session)
        ladder = {t.code: t for t in session.execute(select(Tier).order_by(Tier.rank)).scalars()}
        named = [t.code for t in body]
        if len(set(named)) != len(named):
            raise InvalidInput(field="tiers", problem="a tier is named twice")
        if set(named) != set(ladder):
            missing, unknown = sorted(set(ladder) - set(named)), sorted(set(named) - set(ladder))
            problem = "name every tier of the ladder once"
            if unknown:
                problem += f"; no such tier: {', '.join(unknown)}"
            if missing:
                problem += f"; missing: {', '.join(missing)}"
            raise InvalidInput(field="tiers", problem=problem)
        names = [t.name for t in body]
        if len(set(names)) != len(names):
            raise InvalidInput(field="name", problem="two tiers would have the same name")
        edits = {t.code: t for t in body}
        validate_tiers(
            TierDef(code, edits[code].name, row.rank, edits[code].threshold)
            for code, row in ladder.items()
        )
        changed: dict[str, Any] = {}
        for code, row in ladder.items():
            before = _tier(row)
            row.name, row.threshold = edits[code].name, edits[code].threshold
            diff = _diff(before, _tier(row))
            if diff:
                changed[code] = diff
        if changed:
            catalog.bump(session)
            _audit(session, request, caller.name, "tiers.edit", tiers=changed)
        return [_tier(row) for row in ladder.values()]


# --- tier policy ----------------------------------------------------------------


class TierPolicyOut(BaseModel):
    measure: Literal["spend", "growth"] = Field(examples=["spend"])
    window: Literal["rolling12", "calendar", "anniversary"] = Field(examples=["rolling12"])
    grace_days: int = Field(examples=[30])


class TierPolicyEdit(Strict):
    window: Literal["rolling12", "calendar", "anniversary"] | None = Field(
        default=None, examples=["calendar"]
    )
    grace_days: Annotated[StrictInt, Field(ge=0, le=3650)] | None = Field(
        default=None, examples=[60]
    )


@router.get("/tier-policy", response_model=TierPolicyOut, responses=READ)
def get_tier_policy(request: Request, caller: Caller) -> dict[str, Any]:
    """What qualifies for a tier, over which window, and the grace before a downgrade."""
    require(caller, "catalog.edit")
    with transaction(request) as session:
        return catalog.tier_policy(session).to_dict()


@router.put("/tier-policy", response_model=TierPolicyOut, responses=EDIT)
def edit_tier_policy(request: Request, body: TierPolicyEdit, caller: Caller) -> dict[str, Any]:
    """Change the qualifying window or the grace period; fields left out keep their values.
    The measure (spend or growth value) is not editable: the thresholds are in its unit.
    Members' tiers move at their next evaluation, never retroactively."""
    require(caller, "catalog.edit")
    changes = _changes(body)
    with _edit(request) as session:
        _lock_rulebook(session)
        before = catalog.tier_policy(session).to_dict()
        after = TierPolicy.from_dict({**before, **changes}).to_dict()
        row = session.get(Setting, "tier_policy")
        assert row is not None  # tier_policy() above refuses a programme without one
        diff = _diff(before, after)
        if diff:
            row.value = after
            catalog.bump(session)
            _audit(session, request, caller.name, "tier_policy.edit", **diff)
        return after


# --- benefits -------------------------------------------------------------------


class BenefitOut(BaseModel):
    id: str = Field(examples=["T3.free_shipping"])
    tier_code: str = Field(examples=["T3"])
    kind: str = Field(examples=["free_shipping_coupon"])
    value: int = Field(
        description="discount: basis points off; points_multiplier: percent; "
        "birthday_gift: points; free_shipping_coupon: coupons per period",
        examples=[2],
    )
    quota: int | None = Field(description="uses per period; null: unlimited", examples=[2])
    period: str | None = Field(examples=["month"])
    ref: str | None


class BenefitEdit(Strict):
    value: Amount | None = Field(default=None, examples=[3])
    quota: Annotated[StrictInt, Field(ge=1, le=MAX_COUNT)] | None = Field(
        default=None, description="null: no quota", examples=[3]
    )
    period: Period | None = Field(default=None, description="null: no period", examples=["month"])


def _benefit(b: BenefitRow) -> dict[str, Any]:
    return {
        "id": b.id,
        "tier_code": b.tier_code,
        "kind": b.kind,
        "value": b.value,
        "quota": b.quota,
        "period": b.period,
        "ref": b.ref,
    }


@router.get("/benefits", response_model=list[BenefitOut], responses=READ)
def benefits(request: Request, caller: Caller) -> list[dict[str, Any]]:
    """Every tier's benefits, by tier rank."""
    require(caller, "catalog.edit")
    with transaction(request) as session:
        rows = session.execute(
            select(BenefitRow)
            .join(Tier, Tier.code == BenefitRow.tier_code)
            .order_by(Tier.rank, BenefitRow.id)
        ).scalars()
        return [_benefit(b) for b in rows]


@router.put("/benefits/{benefit_id}", response_model=BenefitOut, responses=EDIT)
def edit_benefit(
    request: Request, benefit_id: str, body: BenefitEdit, caller: Caller
) -> dict[str, Any]:
    """Change a benefit's value, quota or period (checked by the benefit's kind); fields left
    out keep their values, ``null`` removes a quota or period."""
    require(caller, "catalog.edit")
    changes = _changes(body, nullable=frozenset({"quota", "period"}))
    with _edit(request) as session:
        _lock_rulebook(session)
        row = session.get(BenefitRow, benefit_id) if _valid_key(benefit_id, 36) else None
        if row is None:
            raise NotFound(what="benefit", key=benefit_id)
        before = _benefit(row)
        after = {**before, **changes}
        Benefit(**after)  # the kind's own rules: a discount ≤ 100%, a quota needs a period…
        row.value, row.quota, row.period = after["value"], after["quota"], after["period"]
        catalog.bump(session)
        _audit(session, request, caller.name, "benefit.edit", id=row.id, **_diff(before, after))
        return after


# --- point rules ----------------------------------------------------------------


class RuleSetOut(BaseModel):
    version: int = Field(examples=[2])
    effective_from: date
    created_at: datetime
    in_force: bool = Field(description="the version that applies today")
    definition: dict[str, Any] = Field(description="``PointRules.to_dict()``")


def _example_rules() -> dict[str, Any]:
    example = demo_rules().to_dict()
    example.update(version=2, effective_from="2026-04-01", base_rate=200)
    return example


def _rule_sets(session: Session, today: date) -> list[dict[str, Any]]:
    rows = list(session.execute(select(PointRuleSet).order_by(PointRuleSet.version)).scalars())
    started = [r for r in rows if r.effective_from <= today]
    current = max(started, key=lambda r: (r.effective_from, r.version), default=None)
    return [
        {
            "version": r.version,
            "effective_from": r.effective_from,
            "created_at": r.created_at,
            "in_force": r is current,
            "definition": r.definition,
        }
        for r in rows
    ]


def _bounded(value: object, where: str) -> None:
    """Integers a rule set may hold; anything larger is a typo that would overflow a ledger."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_RULE_INT:
        raise InvalidInput(field=where, problem=f"must be at most {MAX_RULE_INT}")
    if isinstance(value, Mapping):
        for k, v in value.items():
            _bounded(v, f"{where}.{k}" if where else str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _bounded(v, f"{where}[{i}]")


@router.get("/rules", response_model=list[RuleSetOut], responses=READ)
def rules(request: Request, caller: Caller) -> list[dict[str, Any]]:
    """Every published point-rule version, oldest first, with the date it takes effect."""
    require(caller, "catalog.edit")
    with transaction(request) as session:
        return _rule_sets(session, server_now(request).date())


@router.post(
    "/rules",
    response_model=RuleSetOut,
    status_code=201,
    responses={
        200: {"description": "this exact version was already published (a repeated request)"},
        409: {"description": "that version is published with another definition"},
        **EDIT,
    },
)
def publish_rules(
    request: Request,
    response: Response,
    caller: Caller,
    body: Annotated[dict[str, Any], Body(examples=[_example_rules()])],
) -> dict[str, Any]:
    """Publish a new point-rule version (``PointRules.to_dict()``; ``version`` may be left
    out for the next one). It takes effect on ``effective_from``, today or later; a
    published version never changes, and sales keep the version they were made with."""
    require(caller, "catalog.edit")
    today = server_now(request).date()
    with _edit(request) as session:
        _lock_rulebook(session)
        latest = session.execute(select(func.max(PointRuleSet.version))).scalar() or 0
        definition = {"version": latest + 1, **body}
        parsed = PointRules.from_dict(definition)
        _bounded(parsed.to_dict(), "")
        existing = session.get(PointRuleSet, parsed.version)
        if existing is not None:
            if existing.definition == parsed.to_dict():
                response.status_code = 200
                return next(r for r in _rule_sets(session, today) if r["version"] == parsed.version)
            raise Conflict(
                problem=f"rule version {parsed.version} is already published and never "
                f"changes; publish version {latest + 1}"
            )
        if parsed.version != latest + 1:
            raise InvalidInput(field="version", problem=f"the next version is {latest + 1}")
        if parsed.effective_from < today:
            raise InvalidInput(
                field="effective_from",
                problem=f"{parsed.effective_from} has passed; past days keep their rules "
                f"(today is {today})",
            )
        codes = set(session.execute(select(Tier.code)).scalars())
        named = set(parsed.tier_multipliers).union(*(c.tiers or () for c in parsed.campaigns))
        if named - codes:
            raise InvalidInput(
                field="tier_multipliers",
                problem=f"unknown tier code(s) {', '.join(sorted(named - codes))}",
            )
        catalog.save_rules(session, parsed, server_now(request))
        session.flush()
        _audit(
            session,
            request,
            caller.name,
            "rules.publish",
            version=parsed.version,
            effective_from=parsed.effective_from,
        )
        return next(r for r in _rule_sets(session, today) if r["version"] == parsed.version)


# --- the points mall --------------------------------------------------------------


class RewardOut(BaseModel):
    sku: str = Field(examples=["RW0100"])
    name: str = Field(examples=["保温杯"])
    kind: str = Field(examples=["physical"])
    category: str = Field(examples=["家居"])
    points_price: int = Field(examples=[2_000])
    cash_price_fen: int = Field(examples=[0])
    stock_mode: str = Field(examples=["store"])
    central_stock: int = Field(examples=[0])
    per_member_limit: int | None = Field(examples=[2])
    valid_from: date | None
    valid_until: date | None
    min_tier_rank: int = Field(examples=[0])
    coupon_template_id: str | None
    active: bool
    image_type: str | None = Field(
        default=None, description="image/png or image/jpeg; null: no picture", examples=[None]
    )
    image_hash: str | None = Field(
        default=None, description="sha256 (hex) of the picture's bytes", examples=[None]
    )


Sku = Annotated[StrictStr, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")]
PointsPrice = Annotated[StrictInt, Field(ge=1, le=MAX_AMOUNT)]
Limit = Annotated[StrictInt, Field(ge=1, le=MAX_COUNT)]
Rank = Annotated[StrictInt, Field(ge=0, le=MAX_COUNT)]


class RewardEdit(Strict):
    name: RewardName | None = Field(default=None, examples=["保温杯"])
    points_price: PointsPrice | None = Field(default=None, examples=[1_800])
    cash_price_fen: Amount | None = Field(default=None, examples=[0])
    per_member_limit: Limit | None = Field(default=None, description="null: no limit")
    valid_from: IsoDate | None = Field(default=None, examples=["2026-03-01"])
    valid_until: IsoDate | None = Field(default=None, examples=["2026-06-30"])
    min_tier_rank: Rank | None = Field(default=None, examples=[0])
    active: StrictBool | None = None
    central_stock: Amount | None = Field(
        default=None, description="only for stock_mode central", examples=[500]
    )


class NewReward(Strict):
    sku: Sku = Field(examples=["RW0100"])
    name: RewardName = Field(examples=["保温杯"])
    kind: Literal["physical", "virtual", "service", "coupon"] = Field(examples=["physical"])
    category: Category = Field(examples=["家居"])
    points_price: PointsPrice = Field(examples=[2_000])
    cash_price_fen: Amount = 0
    stock_mode: Literal["central", "store", "unlimited"] = Field(
        description="central stock, stock allocated per store, or no stock", examples=["store"]
    )
    central_stock: Amount = 0
    per_member_limit: Limit | None = None
    valid_from: IsoDate | None = None
    valid_until: IsoDate | None = None
    min_tier_rank: Rank = 0
    coupon_template_id: Annotated[StrictStr, Field(max_length=36)] | None = Field(
        default=None, description="for kind coupon: the coupon each redemption issues"
    )
    active: StrictBool = True


def _reward(r: Reward) -> dict[str, Any]:
    return {
        "sku": r.sku,
        "name": r.name,
        "kind": r.kind,
        "category": r.category,
        "points_price": r.points_price,
        "cash_price_fen": r.cash_price_fen,
        "stock_mode": r.stock_mode,
        "central_stock": r.central_stock,
        "per_member_limit": r.per_member_limit,
        "valid_from": r.valid_from,
        "valid_until": r.valid_until,
        "min_tier_rank": r.min_tier_rank,
        "coupon_template_id": r.coupon_template_id,
        "active": r.active,
        "image_type": r.image_type,
        "image_hash": r.image_hash,
    }


def _check_reward(session: Session, r: Mapping[str, Any]) -> None:
    """Rules a reward keeps whatever was edited: a window that ends after it starts, …"""
    if r["valid_from"] and r["valid_until"] and r["valid_until"] < r["valid_from"]:
        raise InvalidInput(field="valid_until", problem="is before valid_from")
    top = session.execute(select(func.max(Tier.rank))).scalar() or 0
    if r["min_tier_rank"] > top:
        raise InvalidInput(field="min_tier_rank", problem=f"the highest tier rank is {top}")
    if r["central_stock"] and r["stock_mode"] != "central":
        raise InvalidInput(
            field="central_stock",
            problem=f"reward {r['sku']} uses {r['stock_mode']} stock, not central stock",
        )
    template = r["coupon_template_id"]
    if r["kind"] == "coupon":
        if template is None or session.get(CouponTemplate, template) is None:
            raise InvalidInput(field="coupon_template_id", problem="a coupon reward needs one")
    elif template is not None:
        raise InvalidInput(field="coupon_template_id", problem="only for kind coupon")


def _locked_reward(session: Session, sku: str) -> Reward:
    # The same lock a redemption takes: stock edits and redemptions of a reward run in turn.
    reward = (
        session.execute(select(Reward).where(Reward.sku == sku).with_for_update()).scalar()
        if _valid_key(sku, 32)
        else None
    )
    if reward is None:
        raise RewardNotFound(sku=sku)
    return reward


@router.post(
    "/rewards",
    response_model=RewardOut,
    status_code=201,
    responses={409: {"description": "the SKU exists already"}, **EDIT},
)
def create_reward(request: Request, body: NewReward, caller: Caller) -> dict[str, Any]:
    """Add a reward to the points mall (store stock is allocated per store afterwards)."""
    require(caller, "catalog.edit")
    with _edit(request) as session:
        _lock_rulebook(session)
        if session.get(Reward, body.sku) is not None:
            raise Conflict(problem=f"reward {body.sku} exists already")
        fields = body.model_dump()
        _check_reward(session, fields)
        reward = Reward(**fields)
        session.add(reward)
        session.flush()
        catalog.bump(session)
        _audit(session, request, caller.name, "reward.create", **fields)
        return _reward(reward)


@router.put("/rewards/{sku}", response_model=RewardOut, responses=EDIT)
def edit_reward(request: Request, sku: str, body: RewardEdit, caller: Caller) -> dict[str, Any]:
    """Change a reward: price, limit, validity window, tier restriction, central stock, or
    take it off the shelf (``active: false``). Fields left out keep their values; ``null``
    clears a limit or a window's end."""
    require(caller, "catalog.edit")
    changes = _changes(body, nullable=frozenset({"per_member_limit", "valid_from", "valid_until"}))
    with _edit(request) as session:
        _lock_rulebook(session)
        reward = _locked_reward(session, sku)
        before = _reward(reward)
        after = {**before, **changes}
        _check_reward(session, after)
        for name in changes:
            setattr(reward, name, after[name])
        catalog.bump(session)
        _audit(session, request, caller.name, "reward.edit", sku=reward.sku, **_diff(before, after))
        return after


# A 1×1 PNG: the smallest picture the API takes.
_EXAMPLE_PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGN4xiAEAALIAPnTbdzZAAAAAElFTkSuQmCC"
)
_IMAGE_PROBLEMS = {
    "image_empty": "is empty",
    "image_too_large": f"is larger than {MAX_IMAGE_BYTES // 1024} KB",
    "not_image": "is not a PNG or JPEG picture",
    "image_too_big": f"is larger than {IMAGE_SIDE}×{IMAGE_SIDE} pixels",
    "not_base64": "is not base64 text",
}


class RewardImageIn(Strict):
    data: StrictStr = Field(
        description=(
            f"base64 of a PNG or JPEG of at most {IMAGE_SIDE}×{IMAGE_SIDE} pixels and "
            f"{MAX_IMAGE_BYTES // 1024} KB (the type is read from its bytes)"
        ),
        examples=[_EXAMPLE_PNG],
    )


@router.put("/rewards/{sku}/image", response_model=RewardOut, responses=EDIT)
def set_reward_image(
    request: Request, sku: str, body: RewardImageIn, caller: Caller
) -> dict[str, Any]:
    """Give a reward its picture (replacing any it had). Devices receive it with the
    catalog and show it offline; a payload that is not such a picture changes nothing."""
    require(caller, "catalog.edit")
    try:
        picture = image_from_base64(body.data)
    except ValueError as err:
        raise InvalidInput(field="data", problem=_IMAGE_PROBLEMS[str(err)]) from None
    with _edit(request) as session:
        _lock_rulebook(session)
        reward = _locked_reward(session, sku)
        previous = reward.image_hash
        reward.image_type = picture.image_type
        reward.image_hash = picture.digest
        reward.image_data = picture.to_base64()
        catalog.bump(session)
        _audit(
            session,
            request,
            caller.name,
            "reward.image",
            sku=reward.sku,
            image_type=picture.image_type,
            width=picture.width,
            height=picture.height,
            bytes=len(picture.data),
            sha256=picture.digest,
            previous=previous,
        )
        return _reward(reward)


@router.delete("/rewards/{sku}/image", response_model=RewardOut, responses=EDIT)
def remove_reward_image(request: Request, sku: str, caller: Caller) -> dict[str, Any]:
    """Take a reward's picture away (a reward without one is left as it is)."""
    require(caller, "catalog.edit")
    with _edit(request) as session:
        _lock_rulebook(session)
        reward = _locked_reward(session, sku)
        if reward.image_hash is not None or reward.image_type is not None:
            previous = reward.image_hash
            reward.image_type = reward.image_hash = reward.image_data = None
            catalog.bump(session)
            _audit(
                session,
                request,
                caller.name,
                "reward.image_remove",
                sku=reward.sku,
                previous=previous,
            )
        return _reward(reward)


@router.get(
    "/rewards/{sku}/image",
    response_class=Response,
    responses={
        200: {"content": {"image/png": {}, "image/jpeg": {}}, "description": "the picture"},
        **READ,
        404: ERROR_RESPONSES[404],
    },
)
def reward_image(request: Request, sku: str, caller: Caller) -> Response:
    """A reward's picture as it was stored (PNG or JPEG); 404 if it has none."""
    require(caller, "rewards.read")
    with transaction(request) as session:
        row = (
            session.execute(
                select(Reward.image_type, Reward.image_data).where(Reward.sku == sku)
            ).first()
            if _valid_key(sku, 32)
            else None
        )
    if row is None:
        raise RewardNotFound(sku=sku)
    if row.image_type is None or row.image_data is None:
        raise NotFound(what="picture of reward", key=sku)
    return Response(content=base64.b64decode(row.image_data), media_type=row.image_type)


class StockIn(Strict):
    quantity: Amount = Field(examples=[40])


class StockOut(BaseModel):
    sku: str = Field(examples=["RW0004"])
    store_code: str = Field(examples=["S001"])
    quantity: int = Field(examples=[40])
    previous: int = Field(examples=[0])


@router.put(
    "/rewards/{sku}/stock/{store_code}",
    response_model=StockOut,
    responses=EDIT,
)
def allocate_stock(
    request: Request, sku: str, store_code: str, body: StockIn, caller: Caller
) -> dict[str, Any]:
    """Set what a store holds of a store-stock reward (a regional manager: stores of the
    region). Redemptions there draw on it, so two stores never hand out the same last item."""
    require(caller, "stock.allocate")
    with _edit(request) as session:
        store = session.get(Store, store_code) if _valid_key(store_code, 16) else None
        if store is None:
            raise StoreNotFound(store=store_code)
        if not caller.everywhere and store.region not in caller.regions:
            raise Forbidden(who=caller.role, action=f"allocate stock of {store.code}")
        reward = _locked_reward(session, sku)
        if reward.stock_mode != "store":
            raise InvalidInput(
                field="sku", problem=f"reward {reward.sku} uses {reward.stock_mode} stock"
            )
        row = session.get(StoreStock, (reward.sku, store.code))
        previous = row.quantity if row is not None else 0
        if row is None:
            row = StoreStock(sku=reward.sku, store_code=store.code, quantity=body.quantity)
            session.add(row)
        row.quantity = body.quantity
        _audit(
            session,
            request,
            caller.name,
            "stock.allocate",
            sku=reward.sku,
            store_code=store.code,
            quantity=body.quantity,
            previous=previous,
        )
        return {
            "sku": reward.sku,
            "store_code": store.code,
            "quantity": body.quantity,
            "previous": previous,
        }
