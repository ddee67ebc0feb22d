"""Coupon templates: what a coupon takes off, above which spend, for how long.

One rule for both places: ``check_terms`` is what the central API refuses a
template for and what the back office's form checks before it sends anything.
Money is fen, a percentage is basis points off (1500: 15% off, a "85折" coupon);
the form types yuan ("12.50") and percent ("15" or "12.5") and keeps integers.

A template's terms are read when a coupon is used (``core.handlers.sales``), so an
edit reaches the coupons already issued and not yet used; only how long a coupon
lasts is fixed when it is issued (``Coupon.valid_until``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from core.db.models import Coupon, CouponTemplate
from core.errors import InvalidAmount, InvalidInput
from core.money import parse_yuan

KINDS: Final = ("amount_off", "percent_off", "free_shipping")
MAX_AMOUNT: Final = 10**12
MIN_PERCENT_BP: Final = 100  # 1% off
MAX_PERCENT_BP: Final = 9_900  # 99% off
MAX_VALID_DAYS: Final = 3_650
NAME_MAX: Final = 100
# The central API's template ids: the seeded ones ("CT-100-10") and the ones it makes.
ID_PATTERN: Final = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,35}$"
#: What ``PUT /v1/coupon-templates/{id}`` may change.
EDITABLE: Final = ("name", "kind", "value", "threshold_fen", "valid_days", "active")

_PERCENT = re.compile(r"^(?P<int>[0-9]{1,2})(?:\.(?P<frac>[0-9]{1,2}))?$")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")


@dataclass(frozen=True)
class TemplateDraft:
    """A template as the form or an API body states it (integers only)."""

    name: str
    kind: str
    value: int
    threshold_fen: int
    valid_days: int
    active: bool = True

    def to_json(self) -> dict[str, Any]:
        """The body of ``POST /v1/coupon-templates``."""
        return asdict(self)

    def changes_from(self, before: Mapping[str, Any]) -> dict[str, Any]:
        """The fields that differ from ``before`` (what ``PUT`` sends)."""
        body = self.to_json()
        return {k: body[k] for k in EDITABLE if body[k] != before.get(k)}


@dataclass(frozen=True)
class TemplateRow:
    """A template as this database holds it, with its coupons here that are still unused."""

    id: str
    name: str
    kind: str
    value: int
    threshold_fen: int
    valid_days: int
    active: bool
    unused: int


def check_terms(kind: str, value: int, threshold_fen: int, valid_days: int) -> None:
    """Refuse terms a coupon cannot have (``InvalidInput`` naming the field)."""
    if kind not in KINDS:
        raise InvalidInput(field="kind", problem=f"one of {', '.join(KINDS)}")
    if not 0 <= threshold_fen <= MAX_AMOUNT:
        raise InvalidInput(field="threshold_fen", problem=f"0 to {MAX_AMOUNT} fen")
    if kind == "amount_off":
        if not 0 < value <= MAX_AMOUNT:
            raise InvalidInput(field="value", problem="an amount off must be more than 0 fen")
        if threshold_fen and value > threshold_fen:
            raise InvalidInput(
                field="value", problem="takes off more than the spend it needs (threshold_fen)"
            )
    elif kind == "percent_off":
        if not MIN_PERCENT_BP <= value <= MAX_PERCENT_BP:
            raise InvalidInput(
                field="value",
                problem="a percentage off is 100 to 9900 basis points (1% to 99% off)",
            )
    elif value != 0:
        raise InvalidInput(field="value", problem="free shipping has no value: send 0")
    if not 1 <= valid_days <= MAX_VALID_DAYS:
        raise InvalidInput(field="valid_days", problem=f"1 to {MAX_VALID_DAYS} days")


# --- the form -------------------------------------------------------------------


def parse_percent(text: str) -> int:
    """'15' or '15%' → 1500 basis points off; '12.5' → 1250. ValueError: ``not_percent``."""
    cleaned = text.translate(_FULL_WIDTH).strip().removesuffix("%").strip()
    m = _PERCENT.match(cleaned)
    if m is None:
        raise ValueError("not_percent")
    return int(m.group("int")) * 100 + int((m.group("frac") or "").ljust(2, "0"))


def format_percent(bp: int) -> str:
    """1500 → '15', 1250 → '12.5' (what the form shows)."""
    whole, part = divmod(bp, 100)
    return f"{whole}" if not part else f"{whole}.{part:02d}".rstrip("0")


def discount_word(bp: int) -> str:
    """The Chinese way of saying a percentage off: 1500 → '8.5' (85折), 1000 → '9'."""
    kept = 10_000 - bp
    whole, part = divmod(kept, 1000)
    return f"{whole}" if not part else f"{whole}.{part:03d}".rstrip("0")


def parse_template(
    texts: Mapping[str, str], *, kind: str, active: bool
) -> tuple[TemplateDraft | None, dict[str, str]]:
    """The form's texts → the template, or ``(None, {field: problem code})``.

    Texts: name; value_yuan (amount off) or percent (percent off), unused for free
    shipping; threshold_yuan (blank: no threshold); valid_days. Problem codes:
    required, too_long, not_text, not_amount, not_percent, too_small, too_large,
    not_whole_number, above_threshold.
    """
    problems: dict[str, str] = {}

    def text(name: str) -> str:
        return texts.get(name, "").strip()

    name = " ".join(text("name").split())
    if not name:
        problems["name"] = "required"
    elif len(name) > NAME_MAX:
        problems["name"] = "too_long"
    elif any(ord(c) < 32 or ord(c) == 127 for c in texts.get("name", "")):
        problems["name"] = "not_text"

    def yuan(field: str, *, blank_ok: bool) -> int:
        if not text(field):
            if not blank_ok:
                problems[field] = "required"
            return 0
        try:
            fen = parse_yuan(text(field))
        except InvalidAmount:
            problems[field] = "not_amount"
            return 0
        if fen > MAX_AMOUNT:
            problems[field] = "too_large"
        return fen

    value = 0
    if kind == "amount_off":
        value = yuan("value_yuan", blank_ok=False)
        if "value_yuan" not in problems and value == 0:
            problems["value_yuan"] = "too_small"
    elif kind == "percent_off":
        if not text("percent"):
            problems["percent"] = "required"
        else:
            try:
                value = parse_percent(text("percent"))
            except ValueError as err:
                problems["percent"] = str(err)
            else:
                if value < MIN_PERCENT_BP:
                    problems["percent"] = "too_small"
                elif value > MAX_PERCENT_BP:
                    problems["percent"] = "too_large"
    elif kind not in KINDS:
        problems["kind"] = "required"
    threshold = yuan("threshold_yuan", blank_ok=True)
    if kind == "amount_off" and not problems and threshold and value > threshold:
        problems["value_yuan"] = "above_threshold"
    days_text = text("valid_days").translate(_FULL_WIDTH).replace(",", "")
    days = 0
    if not days_text:
        problems["valid_days"] = "required"
    elif not days_text.isascii() or not days_text.isdigit():
        problems["valid_days"] = "not_whole_number"
    else:
        days = int(days_text)
        if days < 1:
            problems["valid_days"] = "too_small"
        elif days > MAX_VALID_DAYS:
            problems["valid_days"] = "too_large"
    if problems:
        return None, problems
    check_terms(kind, value, threshold, days)  # the same rule the server applies
    return TemplateDraft(name, kind, value, threshold, days, active), {}


# --- the local copy ---------------------------------------------------------------


def templates(session: Session) -> list[TemplateRow]:
    """Every template this database holds, active ones first, then by name."""
    unused = (
        select(Coupon.template_id, func.count().label("n"))
        .where(Coupon.status == "issued")
        .group_by(Coupon.template_id)
        .subquery()
    )
    rows = session.execute(
        select(CouponTemplate, func.coalesce(unused.c.n, 0))
        .outerjoin(unused, unused.c.template_id == CouponTemplate.id)
        .order_by(CouponTemplate.active.desc(), CouponTemplate.name, CouponTemplate.id)
    ).all()
    return [
        TemplateRow(
            id=t.id,
            name=t.name,
            kind=t.kind,
            value=t.value,
            threshold_fen=t.threshold_fen,
            valid_days=t.valid_days,
            active=t.active,
            unused=int(n),
        )
        for t, n in rows
    ]


def load_templates(factory: sessionmaker[Session]) -> list[TemplateRow]:
    with factory() as session:
        return templates(session)
