"""Member codes and phone numbers: the keys a clerk scans or types.

A member code is ``M`` + 10 digits + a check digit (ISO 7064 MOD 11-10, the
scheme barcodes of this length commonly use), so a mistyped or misread code is
caught before any lookup. Phone numbers are mainland mobile numbers, stored as
their 11 digits.
"""

from __future__ import annotations

import re
import secrets

from core.errors import InvalidMemberCode, InvalidPhone

CODE_PREFIX = "M"
CODE_DIGITS = 10

_CODE = re.compile(r"^M?(\d{11})$")
_PHONE = re.compile(r"^1[3-9]\d{9}$")


def check_digit(digits: str) -> str:
    """ISO 7064 MOD 11-10 check digit for a string of decimal digits."""
    p = 10
    for ch in digits:
        s = (p + int(ch)) % 10 or 10
        p = (s * 2) % 11
    return str((11 - p) % 10)


def make_member_code(number: int | None = None) -> str:
    """A code for the given serial number, or a random one (for codes made offline)."""
    n = secrets.randbelow(10**CODE_DIGITS) if number is None else number
    if not 0 <= n < 10**CODE_DIGITS:
        raise ValueError("member number out of range")
    body = f"{n:0{CODE_DIGITS}d}"
    return f"{CODE_PREFIX}{body}{check_digit(body)}"


def normalise_member_code(text: str) -> str:
    """Accept "M12345678901", "m1234567890 1" or the bare digits; verify the check digit."""
    cleaned = re.sub(r"[\s-]", "", text).upper()
    m = _CODE.match(cleaned)
    if m is None:
        raise InvalidMemberCode(text=text)
    digits = m.group(1)
    if check_digit(digits[:-1]) != digits[-1]:
        raise InvalidMemberCode(text=text)
    return CODE_PREFIX + digits


def looks_like_member_code(text: str) -> bool:
    try:
        normalise_member_code(text)
    except InvalidMemberCode:
        return False
    return True


def normalise_phone(text: str) -> str:
    """'+86 138-1234-5678' -> '13812345678'."""
    cleaned = re.sub(r"[\s\-()]", "", text)
    cleaned = cleaned.removeprefix("+86").removeprefix("0086")
    if not _PHONE.match(cleaned):
        raise InvalidPhone(text=text)
    return cleaned


def mask_phone(phone: str) -> str:
    """13812345678 -> 138****5678."""
    if len(phone) != 11:
        return "*" * len(phone)
    return f"{phone[:3]}****{phone[-4:]}"


def mask_email(email: str) -> str:
    """wang.fang@example.cn -> w***@example.cn (the domain stays: it says little of who)."""
    local, at, domain = email.rpartition("@")
    if not at or not local or not domain:
        return "*" * len(email)
    return f"{local[0]}***@{domain}"


def mask_name(name: str) -> str:
    """张三丰 -> 张**; Anna Li -> A******."""
    if not name:
        return name
    return name[0] + "*" * (len(name) - 1)
