"""A reward as typed into the back office's form: every field checked, money typed in yuan
("12.50") and kept in fen, whole numbers only, dates as YYYY-MM-DD.

``parse_reward`` returns the reward, or the problem of every wrong field as a code
(the UI words them); nothing is half-parsed. The bounds are the central API's
(``server/routes/admin.py``), so a form that passes here is not refused for its shape.

``check_image`` / ``image_from_base64`` are the reward picture's checks (PNG or JPEG by
their bytes, at most 256×256 and 64 KB), shared by the form and the central API.
"""

from __future__ import annotations

import base64
import hashlib
import re
import struct
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Final

from core.errors import InvalidAmount
from core.money import parse_yuan

KINDS: Final = ("physical", "virtual", "service", "coupon")
STOCK_MODES: Final = ("central", "store", "unlimited")
MAX_AMOUNT: Final = 10**12
MAX_COUNT: Final = 2**31 - 1
_SKU = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９，", "0123456789,")
# What the central API lets an edit change (``PUT /v1/rewards/{sku}``); the rest is fixed
# when the reward is created.
EDITABLE: Final = (
    "name",
    "points_price",
    "cash_price_fen",
    "central_stock",
    "per_member_limit",
    "valid_from",
    "valid_until",
    "min_tier_rank",
    "active",
)
# Fields that ``null`` clears in an edit.
CLEARABLE: Final = frozenset({"per_member_limit", "valid_from", "valid_until"})


@dataclass(frozen=True)
class RewardDraft:
    sku: str
    name: str
    kind: str
    category: str
    points_price: int
    cash_price_fen: int
    stock_mode: str
    central_stock: int
    per_member_limit: int | None
    valid_from: date | None
    valid_until: date | None
    min_tier_rank: int
    coupon_template_id: str | None
    active: bool

    def to_json(self) -> dict[str, Any]:
        """The body of ``POST /v1/rewards``."""
        body = asdict(self)
        for name in ("valid_from", "valid_until"):
            if body[name] is not None:
                body[name] = body[name].isoformat()
        return body

    def changes_from(self, before: Mapping[str, Any]) -> dict[str, Any]:
        """The editable fields that differ from ``before`` (what ``PUT`` sends), as JSON."""
        body = self.to_json()
        old = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in before.items()}
        return {k: body[k] for k in EDITABLE if body[k] != old.get(k)}


def whole_number(text: str, *, low: int, high: int) -> int:
    """A whole number as typed ("1,000" and full-width digits too); never a float.

    Raises ValueError with a code: ``not_whole_number``, ``too_small``, ``too_large``.
    """
    cleaned = text.translate(_FULL_WIDTH).strip().replace(",", "")
    if not cleaned.isascii() or not cleaned.isdigit():
        raise ValueError("not_whole_number")
    value = int(cleaned)
    if value < low:
        raise ValueError("too_small")
    if value > high:
        raise ValueError("too_large")
    return value


def parse_reward(
    texts: Mapping[str, str], *, active: bool, min_tier_rank: int
) -> tuple[RewardDraft | None, dict[str, str]]:
    """The form's texts → the reward, or ``(None, {field: problem code})``.

    Texts: sku, name, kind, category, points_price, cash_yuan, stock_mode, central_stock,
    per_member_limit (blank: no limit), valid_from, valid_until (blank: open),
    coupon_template_id (blank: none).
    """
    problems: dict[str, str] = {}

    def text(name: str) -> str:
        return texts.get(name, "").strip()

    def required(name: str, pattern: re.Pattern[str] | None = None, width: int = 100) -> str:
        value = text(name)
        if not value:
            problems[name] = "required"
        elif any(ord(c) < 32 for c in value) or len(value) > width:
            problems[name] = "too_long" if len(value) > width else "not_text"
        elif pattern is not None and not pattern.match(value):
            problems[name] = "bad_sku"
        return value

    def number(name: str, low: int, high: int, *, blank: int | None = None) -> int | None:
        value = text(name)
        if not value:
            if blank is None and name != "per_member_limit":
                problems[name] = "required"
            return blank
        try:
            return whole_number(value, low=low, high=high)
        except ValueError as err:
            problems[name] = str(err)
            return None

    def day(name: str) -> date | None:
        value = text(name)
        if not value:
            return None
        try:
            if not _DATE.match(value):
                raise ValueError(value)
            return date.fromisoformat(value)
        except ValueError:
            problems[name] = "not_date"
            return None

    sku = required("sku", _SKU, 32)
    name = required("name")
    category = required("category", width=32)
    kind = text("kind")
    if kind not in KINDS:
        problems["kind"] = "required"
    stock_mode = text("stock_mode")
    if stock_mode not in STOCK_MODES:
        problems["stock_mode"] = "required"
    points_price = number("points_price", 1, MAX_AMOUNT)
    cash_fen = 0
    if text("cash_yuan"):
        try:
            cash_fen = parse_yuan(text("cash_yuan"))
        except InvalidAmount:
            problems["cash_yuan"] = "not_amount"
    central_stock = number("central_stock", 0, MAX_AMOUNT, blank=0)
    if central_stock and stock_mode in ("store", "unlimited"):
        problems["central_stock"] = "not_central"
    limit = number("per_member_limit", 1, MAX_COUNT)
    valid_from, valid_until = day("valid_from"), day("valid_until")
    if valid_from and valid_until and valid_until < valid_from:
        problems["valid_until"] = "before_from"
    template = text("coupon_template_id") or None
    if kind == "coupon" and template is None:
        problems["coupon_template_id"] = "required"
    elif kind != "coupon" and template is not None:
        problems["coupon_template_id"] = "only_coupon"
    if problems:
        return None, problems
    assert points_price is not None and central_stock is not None
    return (
        RewardDraft(
            sku=sku,
            name=name,
            kind=kind,
            category=category,
            points_price=points_price,
            cash_price_fen=cash_fen,
            stock_mode=stock_mode,
            central_stock=central_stock,
            per_member_limit=limit,
            valid_from=valid_from,
            valid_until=valid_until,
            min_tier_rank=min_tier_rank,
            coupon_template_id=template,
            active=active,
        ),
        {},
    )


# --- the reward's picture -------------------------------------------------------------
# The back office scales the chosen file to fit IMAGE_SIDE × IMAGE_SIDE and encodes it as
# PNG or JPEG; the server and the form refuse anything else with the same codes.

IMAGE_TYPES: Final = ("image/png", "image/jpeg")
IMAGE_SIDE: Final = 256
MAX_IMAGE_BYTES: Final = 64 * 1024
# The base64 text of MAX_IMAGE_BYTES: a longer text is refused before it is decoded.
MAX_IMAGE_TEXT: Final = 4 * ((MAX_IMAGE_BYTES + 2) // 3)
_PNG: Final = b"\x89PNG\r\n\x1a\n"
_JPEG: Final = b"\xff\xd8\xff"
# JPEG start-of-frame markers (baseline, progressive, …): they carry the picture's size.
_SOF: Final = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD})


@dataclass(frozen=True)
class RewardImage:
    """A checked picture: its type, size in pixels, bytes and their sha256 (hex)."""

    image_type: str
    width: int
    height: int
    data: bytes

    @property
    def digest(self) -> str:
        return image_digest(self.data)

    def to_base64(self) -> str:
        return base64.b64encode(self.data).decode("ascii")


def image_digest(data: bytes) -> str:
    """The sha256 of a picture's bytes (hex): what ``rewards.image_hash`` holds."""
    return hashlib.sha256(data).hexdigest()


def check_image(data: bytes) -> RewardImage:
    """A PNG or JPEG of at most IMAGE_SIDE pixels a side and MAX_IMAGE_BYTES bytes.

    The type is read from the magic bytes and the size from the header, never trusted
    from a name. Raises ValueError with a code: ``image_empty``, ``image_too_large``
    (bytes), ``not_image`` (neither PNG nor JPEG, or a broken header),
    ``image_too_big`` (pixels).
    """
    if not data:
        raise ValueError("image_empty")
    if len(data) > MAX_IMAGE_BYTES:
        raise ValueError("image_too_large")
    if data.startswith(_PNG):
        kind, size = "image/png", _png_size(data)
    elif data.startswith(_JPEG):
        kind, size = "image/jpeg", _jpeg_size(data)
    else:
        raise ValueError("not_image")
    if size is None or min(size) < 1:
        raise ValueError("not_image")
    if max(size) > IMAGE_SIDE:
        raise ValueError("image_too_big")
    return RewardImage(kind, size[0], size[1], data)


def image_from_base64(text: str) -> RewardImage:
    """``check_image`` of a base64 text (as the API receives it); ``not_base64`` if it is
    not strict base64, ``image_too_large`` if it is longer than MAX_IMAGE_BYTES' text."""
    if len(text) > MAX_IMAGE_TEXT:
        raise ValueError("image_too_large")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        raise ValueError("not_base64") from None
    return check_image(data)


def _png_size(data: bytes) -> tuple[int, int] | None:
    # The first chunk is IHDR: length 13, then width and height (big-endian).
    if len(data) < 33 or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return int(width), int(height)


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    # Walk the segments after SOI up to the first start-of-frame.
    i = 2
    while i + 4 <= len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # no length
            i += 2
            continue
        if marker in (0xD9, 0xDA):  # end of image, or scan data before any frame
            return None
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        if length < 2:
            return None
        if marker in _SOF:
            if i + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[i + 5 : i + 9])
            return int(width), int(height)
        i += 2 + length
    return None
