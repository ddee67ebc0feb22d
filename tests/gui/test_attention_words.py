"""Attention items the server raises, in the clerk's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.attention_words import command_text, detail_lines, kind_text


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "zh_CN")
    yield
    i18n.install(qapp, "en")


def test_a_disabled_clerks_sale_says_whose_account(qapp: QApplication) -> None:
    i18n.install(qapp, "en")
    detail = {"command_kind": "record_sale", "staff": "clerk7", "role": "clerk"}
    assert kind_text("staff_disabled") == "Made by a disabled staff account"
    assert detail_lines("staff_disabled", detail) == [
        "Staff account clerk7 was disabled when this was made"
    ]


@pytest.mark.parametrize(
    ("problem", "words"),
    [
        ("unknown_staff", "there is no such staff account"),
        ("staff_disabled", "the account is disabled"),
        ("outside_scope", "a manager of another store or region"),
        ("may_not_approve", "the role may not approve overrides"),
        ("something_new", "something_new"),
    ],
)
def test_an_unverified_override_says_who_and_why(
    qapp: QApplication, problem: str, words: str
) -> None:
    i18n.install(qapp, "en")
    detail = {"approver": "mgr2", "problem": problem, "staff": "clerk1"}
    assert detail_lines("override_unverified", detail) == [f"Override approved by mgr2: {words}"]


def test_the_words_are_chinese_on_a_chinese_system(chinese: None) -> None:
    assert kind_text("override_unverified") == "店长授权未通过核验"
    assert command_text("merge_members") == "会员合并"
    detail = {"approver": "mgr2", "problem": "outside_scope"}
    assert detail_lines("override_unverified", detail) == ["授权人 mgr2：其他门店或区域的店长"]
