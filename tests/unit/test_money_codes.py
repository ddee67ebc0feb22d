"""Parsing what people type: amounts, member codes, phone numbers, names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import errors
from core.codes import (
    check_digit,
    looks_like_member_code,
    make_member_code,
    mask_email,
    mask_name,
    mask_phone,
    normalise_member_code,
    normalise_phone,
)
from core.money import format_fen, parse_yuan, pro_rata
from core.names import pinyin_full, pinyin_initials


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("128.50", 12850),
        ("128.5", 12850),
        ("0", 0),
        ("¥1,234.05", 123405),
        (" 7 ", 700),
        ("１２．５", 1250),
    ],
)
def test_parse_yuan_accepts_what_a_clerk_types(text: str, fen: int) -> None:
    assert parse_yuan(text) == fen


@pytest.mark.parametrize("text", ["12.3.4", "", "abc", "-5", "1.234", "1e3", "NaN", "١٢"])
def test_parse_yuan_refuses_anything_else_naming_the_text(text: str) -> None:
    with pytest.raises(errors.InvalidAmount) as info:
        parse_yuan(text)
    assert repr(text) in info.value.message


@given(st.integers(0, 10**11 - 1))
def test_format_and_parse_round_trip(fen: int) -> None:
    assert parse_yuan(format_fen(fen)) == fen


def test_format_fen() -> None:
    assert format_fen(123405) == "¥1,234.05"
    assert format_fen(-5) == "-¥0.05"


def test_pro_rata_is_floored_and_exact_at_the_whole() -> None:
    assert pro_rata(333, 100, 333) == 100
    assert pro_rata(333, 333, 333) == 333
    assert pro_rata(10, 1, 0) == 0


def test_member_code_check_digit_catches_typos() -> None:
    code = make_member_code(1234567)
    assert code == "M0001234567" + check_digit("0001234567")
    assert normalise_member_code(code.lower()) == code
    assert normalise_member_code(code[1:]) == code  # what a scanner sends without the prefix
    wrong = code[:-1] + str((int(code[-1]) + 1) % 10)
    assert not looks_like_member_code(wrong)
    swapped = code[:5] + code[6] + code[5] + code[7:]
    if swapped != code:
        assert not looks_like_member_code(swapped)
    with pytest.raises(errors.InvalidMemberCode):
        normalise_member_code("M12")


@given(st.integers(0, 10**10 - 1))
def test_every_generated_code_is_valid(n: int) -> None:
    assert looks_like_member_code(make_member_code(n))


def test_phone_normalisation_and_masking() -> None:
    assert normalise_phone("+86 138-1234-5678") == "13812345678"
    assert mask_phone("13812345678") == "138****5678"
    for bad in ["1381234567", "23812345678", "phone", "138123456789"]:
        with pytest.raises(errors.InvalidPhone):
            normalise_phone(bad)
    assert mask_name("张三丰") == "张**"


def test_email_masking_keeps_only_the_first_letter_and_the_domain() -> None:
    assert mask_email("wang.fang@example.cn") == "w***@example.cn"
    assert mask_email("a@qq.com") == "a***@qq.com"
    assert mask_email("odd@name@host.org") == "o***@host.org"
    for broken in ["no-at-sign", "@host.org", "name@"]:
        assert mask_email(broken) == "*" * len(broken)


def test_pinyin_keys() -> None:
    assert pinyin_initials("张三") == "zs"
    assert pinyin_full("张三") == "zhangsan"
    assert pinyin_initials("欧阳娜娜") == "oynn"
    assert pinyin_initials("Anna Li") == "al"
