"""Money is integer fen. Parsing and printing yuan without ever touching a float."""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.errors import InvalidAmount

_YUAN = re.compile(r"^(?P<int>[0-9]{1,9})(?:\.(?P<frac>[0-9]{1,2}))?$")
# A Chinese input method may type full-width digits and stops: read them as ASCII.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")


def parse_yuan(text: str) -> int:
    """'128.50' -> 12850 fen. Accepts an optional ¥ and thousands commas; refuses anything else."""
    raw = text
    cleaned = (
        text.translate(_FULL_WIDTH)
        .strip()
        .removeprefix("¥")
        .removeprefix("￥")
        .replace(",", "")
        .strip()
    )
    m = _YUAN.match(cleaned)
    if m is None:
        raise InvalidAmount(text=raw)
    frac = (m.group("frac") or "").ljust(2, "0")
    return int(m.group("int")) * 100 + int(frac)


def format_fen(fen: int, symbol: str = "¥") -> str:
    """12850 -> '¥128.50'; negative amounts keep their sign in front."""
    sign = "-" if fen < 0 else ""
    whole, part = divmod(abs(fen), 100)
    return f"{sign}{symbol}{whole:,}.{part:02d}"


def pro_rata(total: int, part: int, whole: int) -> int:
    """floor(total * part / whole): the share of ``total`` that ``part`` of ``whole`` is."""
    if whole <= 0:
        return 0
    return (total * part) // whole


def allocate(total: int, weights: Sequence[int]) -> list[int]:
    """Split ``total`` over ``weights`` in integers that sum to it (largest remainder)."""
    whole = sum(weights)
    if whole == 0:
        return [0 for _ in weights]
    shares = [total * w // whole for w in weights]
    rest = total - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-(total * weights[i] % whole), i))
    for i in order[:rest]:
        shares[i] += 1
    return shares
