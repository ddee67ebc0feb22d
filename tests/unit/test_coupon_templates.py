"""Coupon template terms as the back office types them: yuan and percent in, integers out,
and the one rule (``check_terms``) the central API applies too."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.coupon_templates import (
    TemplateDraft,
    check_terms,
    discount_word,
    format_percent,
    parse_percent,
    parse_template,
)
from core.errors import InvalidInput


@pytest.mark.parametrize(
    ("text", "bp"),
    [("15", 1500), ("15%", 1500), ("１５％", 1500), ("12.5", 1250), ("0.25", 25), (" 9 ", 900)],
)
def test_a_percentage_is_read_as_basis_points(text: str, bp: int) -> None:
    assert parse_percent(text) == bp


@pytest.mark.parametrize("text", ["", "abc", "100", "15.555", "-5", "1e1", "15.5.5"])
def test_what_is_not_a_percentage_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not_percent"):
        parse_percent(text)


@given(st.integers(min_value=1, max_value=9_999))
def test_a_percentage_reads_back_as_written(bp: int) -> None:
    assert parse_percent(format_percent(bp)) == bp


def test_the_discount_is_also_said_the_chinese_way() -> None:
    assert [discount_word(bp) for bp in (1000, 1500, 500, 1250, 3000)] == [
        "9",
        "8.5",
        "9.5",
        "8.75",
        "7",
    ]


def test_a_form_gives_integers() -> None:
    draft, problems = parse_template(
        {
            "name": " 满300减50 ",
            "value_yuan": "50",
            "threshold_yuan": "¥300.00",
            "valid_days": "14",
        },
        kind="amount_off",
        active=True,
    )
    assert problems == {}
    assert draft == TemplateDraft("满300减50", "amount_off", 5_000, 30_000, 14, True)
    draft, _ = parse_template(
        {"name": "85折", "percent": "15", "valid_days": "30", "value_yuan": "junk"},
        kind="percent_off",
        active=False,
    )
    assert draft == TemplateDraft("85折", "percent_off", 1_500, 0, 30, False)
    assert draft.changes_from({**draft.to_json(), "value": 1_000}) == {"value": 1_500}


@pytest.mark.parametrize(
    ("kind", "texts", "problems"),
    [
        ("amount_off", {"value_yuan": "0"}, {"value_yuan": "too_small"}),
        ("amount_off", {"value_yuan": "12.345"}, {"value_yuan": "not_amount"}),
        (
            "amount_off",
            {"value_yuan": "80", "threshold_yuan": "50"},
            {"value_yuan": "above_threshold"},
        ),
        ("percent_off", {"percent": "0.5"}, {"percent": "too_small"}),
        ("percent_off", {"percent": "99.5"}, {"percent": "too_large"}),
        ("percent_off", {}, {"percent": "required"}),
        ("free_shipping", {"valid_days": "3651"}, {"valid_days": "too_large"}),
        ("free_shipping", {"valid_days": "1.5"}, {"valid_days": "not_whole_number"}),
        ("free_shipping", {"name": ""}, {"name": "required"}),
        ("free_shipping", {"name": "a\tb"}, {"name": "not_text"}),
        ("cashback", {}, {"kind": "required"}),
    ],
)
def test_every_wrong_field_is_named(
    kind: str, texts: dict[str, str], problems: dict[str, str]
) -> None:
    base = {"name": "券", "value_yuan": "10", "valid_days": "30"}
    draft, found = parse_template({**base, **texts}, kind=kind, active=True)
    assert draft is None and found == problems


@pytest.mark.parametrize(
    ("terms", "field"),
    [
        (("percent_off", 99, 0, 30), "value"),
        (("percent_off", 9_901, 0, 30), "value"),
        (("amount_off", 0, 0, 30), "value"),
        (("amount_off", 2_000, 1_000, 30), "value"),
        (("free_shipping", 1, 0, 30), "value"),
        (("amount_off", 100, -1, 30), "threshold_fen"),
        (("amount_off", 100, 0, 0), "valid_days"),
        (("gift", 100, 0, 30), "kind"),
    ],
)
def test_terms_a_coupon_cannot_have_are_refused(
    terms: tuple[str, int, int, int], field: str
) -> None:
    with pytest.raises(InvalidInput) as err:
        check_terms(*terms)
    assert err.value.params["field"] == field
