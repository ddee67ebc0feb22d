"""Head office's coupon templates: list, create, edit (``catalog.edit``).

A template is catalog data like a reward: each change is one transaction that
takes the rulebook lock, moves the catalog revision on (``core.catalog.bump``),
writes an audit entry, and reaches every device through the change feed. The
terms are checked by ``core.coupon_templates.check_terms``, the rule the back
office's form applies too. Issuing coupons is not here: it is the
``issue_coupon`` command, made on a device and pushed.

A template's kind cannot change once coupons of it exist: a 满100减10 coupon in a
member's hands must not turn into 10% off. Its amounts may change (they apply
to the unused coupons, which read the template at checkout) and so may its
validity (it applies to coupons issued from then on).
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Request
from pydantic import AfterValidator, BaseModel, Field, StrictBool, StrictInt, StrictStr
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core import catalog
from core.coupon_templates import ID_PATTERN, MAX_AMOUNT, MAX_VALID_DAYS, check_terms
from core.db.models import Coupon, CouponTemplate
from core.errors import InvalidInput
from server.api import Caller, Conflict, NotFound, require, transaction
from server.routes.admin import (
    EDIT,
    READ,
    Strict,
    _audit,
    _changes,
    _clean_text,
    _diff,
    _edit,
    _lock_rulebook,
    _valid_key,
)

router = APIRouter(prefix="/v1", tags=["admin"])

Kind = Literal["amount_off", "percent_off", "free_shipping"]
TemplateName = Annotated[
    StrictStr, Field(min_length=1, max_length=100), AfterValidator(_clean_text)
]
Value = Annotated[StrictInt, Field(ge=0, le=MAX_AMOUNT)]
Days = Annotated[StrictInt, Field(ge=1, le=MAX_VALID_DAYS)]
VALUE_HELP = (
    "amount_off: fen off (1000 = ¥10.00); percent_off: basis points off, 100 to 9900 "
    "(1500 = 15% off, a 85折 coupon); free_shipping: 0"
)


class TemplateOut(BaseModel):
    id: str = Field(examples=["CT-100-10"])
    name: str = Field(examples=["满100减10"])
    kind: Kind = Field(examples=["amount_off"])
    value: int = Field(description=VALUE_HELP, examples=[1_000])
    threshold_fen: int = Field(description="the spend it needs, in fen; 0: none", examples=[10_000])
    valid_days: int = Field(description="days a coupon lasts from when it is issued", examples=[30])
    active: bool = Field(description="false: no new coupons of it are issued", examples=[True])


class NewTemplate(Strict):
    id: Annotated[StrictStr, Field(pattern=ID_PATTERN)] | None = Field(
        default=None,
        description="left out: the server makes one (CT-…); a repeated id is a conflict",
        examples=["CT-300-50"],
    )
    name: TemplateName = Field(examples=["满300减50"])
    kind: Kind = Field(examples=["amount_off"])
    value: Value = Field(description=VALUE_HELP, examples=[5_000])
    threshold_fen: Value = Field(default=0, examples=[30_000])
    valid_days: Days = Field(examples=[30])
    active: StrictBool = True


class TemplateEdit(Strict):
    name: TemplateName | None = Field(default=None, examples=["满300减60"])
    kind: Kind | None = Field(
        default=None, description="only while no coupon of the template exists"
    )
    value: Value | None = Field(default=None, description=VALUE_HELP, examples=[6_000])
    threshold_fen: Value | None = Field(default=None, examples=[30_000])
    valid_days: Days | None = Field(default=None, examples=[45])
    active: StrictBool | None = Field(default=None, examples=[False])


def _template(t: CouponTemplate) -> dict[str, Any]:
    return {
        "id": t.id,
        "name": t.name,
        "kind": t.kind,
        "value": t.value,
        "threshold_fen": t.threshold_fen,
        "valid_days": t.valid_days,
        "active": t.active,
    }


def _check(session: Session, t: dict[str, Any]) -> None:
    check_terms(t["kind"], t["value"], t["threshold_fen"], t["valid_days"])
    taken = session.execute(
        select(CouponTemplate.id).where(
            CouponTemplate.name == t["name"], CouponTemplate.id != t["id"]
        )
    ).scalar()
    if taken is not None:
        raise InvalidInput(field="name", problem=f"template {taken} has this name")


@router.get("/coupon-templates", response_model=list[TemplateOut], responses=READ)
def coupon_templates(request: Request, caller: Caller) -> list[dict[str, Any]]:
    """Every coupon template, active or not, by id."""
    require(caller, "catalog.edit")
    with transaction(request) as session:
        rows = session.execute(select(CouponTemplate).order_by(CouponTemplate.id)).scalars()
        return [_template(t) for t in rows]


@router.post(
    "/coupon-templates",
    response_model=TemplateOut,
    status_code=201,
    responses={409: {"description": "a template with this id exists already"}, **EDIT},
)
def create_coupon_template(request: Request, body: NewTemplate, caller: Caller) -> dict[str, Any]:
    """Add a coupon template; devices receive it with their next pull and may issue it."""
    require(caller, "catalog.edit")
    with _edit(request) as session:
        _lock_rulebook(session)
        fields = body.model_dump()
        fields["id"] = fields["id"] or f"CT-{uuid.uuid4().hex[:10].upper()}"
        if session.get(CouponTemplate, fields["id"]) is not None:
            raise Conflict(problem=f"coupon template {fields['id']} exists already")
        _check(session, fields)
        template = CouponTemplate(**fields)
        session.add(template)
        session.flush()
        catalog.bump(session)
        _audit(session, request, caller.name, "coupon_template.create", **fields)
        return _template(template)


@router.put("/coupon-templates/{template_id}", response_model=TemplateOut, responses=EDIT)
def edit_coupon_template(
    request: Request, template_id: str, body: TemplateEdit, caller: Caller
) -> dict[str, Any]:
    """Change a template's name, terms or validity, or stop issuing it (``active: false``).
    Fields left out keep their values. Coupons already issued and unused follow the new
    amounts; the validity applies to coupons issued from now on; the kind is fixed once a
    coupon of the template exists."""
    require(caller, "catalog.edit")
    changes = _changes(body)
    with _edit(request) as session:
        _lock_rulebook(session)
        template = (
            session.get(CouponTemplate, template_id, with_for_update=True)
            if _valid_key(template_id, 36)
            else None
        )
        if template is None:
            raise NotFound(what="coupon template", key=template_id)
        before = _template(template)
        after = {**before, **changes}
        if after["kind"] != before["kind"]:
            issued = session.execute(
                select(func.count()).select_from(Coupon).where(Coupon.template_id == template.id)
            ).scalar_one()
            if issued:
                raise InvalidInput(
                    field="kind",
                    problem=f"{issued} coupons of this template exist; their kind stays "
                    "(make a new template instead)",
                )
        _check(session, after)
        diff = _diff(before, after)
        if diff:
            for name in changes:
                setattr(template, name, after[name])
            catalog.bump(session)
            _audit(session, request, caller.name, "coupon_template.edit", id=template.id, **diff)
        return after
