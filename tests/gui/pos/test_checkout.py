"""The checkout screen, driven as a clerk would: scan (type + Enter), read, Esc."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from core.codes import looks_like_member_code, make_member_code, mask_name
from core.directory import MemberRow
from core.services import DeviceServices
from pos.checkout import CheckoutScreen


@pytest.fixture
def screen(qtbot: QtBot, gui_services: DeviceServices) -> Iterator[CheckoutScreen]:
    screen = CheckoutScreen(gui_services)
    qtbot.addWidget(screen)
    screen.resize(1024, 700)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.scan_field.hasFocus)
    yield screen


def scan(qtbot: QtBot, screen: CheckoutScreen, text: str) -> None:
    qtbot.keyClicks(screen.scan_field, text)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.is_busy())


def test_field_has_focus_when_the_screen_is_ready(screen: CheckoutScreen) -> None:
    assert screen.scan_field.hasFocus()
    assert screen.panel.card() is None


def test_scanning_a_code_shows_name_tier_and_points(
    qtbot: QtBot, screen: CheckoutScreen, gui_services: DeviceServices, member_rows: list[MemberRow]
) -> None:
    target = max(member_rows, key=lambda r: r.balance)
    expected = gui_services.card(target.id)

    scan(qtbot, screen, target.code)

    card = screen.panel.card()
    assert card is not None and card.id == target.id
    assert screen.panel.name_label.text() == mask_name(target.name)
    assert screen.panel.tier_badge.text() == expected.tier_name
    assert screen.panel.available_label.text() == f"{expected.points.available:,}"
    assert screen.error_label.isHidden()
    assert screen.scan_field.text() == ""
    # The amount is what the clerk types next.
    assert screen.sale.amount_field.hasFocus()


def test_scanner_digits_without_the_prefix_work(
    qtbot: QtBot, screen: CheckoutScreen, member_rows: list[MemberRow]
) -> None:
    target = member_rows[1]
    scan(qtbot, screen, target.code.removeprefix("M"))
    card = screen.panel.card()
    assert card is not None and card.code == target.code


def test_scanning_a_mobile_number_finds_the_member(
    qtbot: QtBot, screen: CheckoutScreen, member_rows: list[MemberRow]
) -> None:
    target = next(r for r in member_rows if not looks_like_member_code(r.phone))
    scan(qtbot, screen, target.phone)
    card = screen.panel.card()
    assert card is not None and card.id == target.id


def test_a_mobile_number_that_passes_the_code_check_is_still_found(
    qtbot: QtBot, screen: CheckoutScreen, member_rows: list[MemberRow]
) -> None:
    # 11 digits with a valid check digit could be a scanned code: about 1 phone in 10.
    target = next((r for r in member_rows if looks_like_member_code(r.phone)), None)
    if target is None:
        pytest.skip("the seed made no such phone number")
    scan(qtbot, screen, target.phone)
    card = screen.panel.card()
    assert card is not None and card.id == target.id


def test_unknown_code_names_it_and_is_ready_again(
    qtbot: QtBot, screen: CheckoutScreen, member_rows: list[MemberRow]
) -> None:
    known = {r.code for r in member_rows}
    unknown = next(c for n in range(1, 100) if (c := make_member_code(n)) not in known)
    scan(qtbot, screen, member_rows[0].code)

    scan(qtbot, screen, unknown)

    assert screen.error_label.isVisible()
    assert unknown in screen.error_label.text()
    # The member of the previous scan is not left on screen under the error.
    assert screen.panel.card() is None
    assert screen.scan_field.text() == ""
    assert screen.scan_field.hasFocus()


def test_misread_code_says_scan_again(qtbot: QtBot, screen: CheckoutScreen) -> None:
    good = make_member_code(1234567890)
    misread = good[:-1] + str((int(good[-1]) + 1) % 10)

    scan(qtbot, screen, misread)

    assert misread in screen.error_label.text()
    assert "not a valid member code" in screen.error_label.text()
    assert screen.scan_field.hasFocus()


def test_next_scan_after_an_error_clears_it(
    qtbot: QtBot, screen: CheckoutScreen, member_rows: list[MemberRow]
) -> None:
    scan(qtbot, screen, "M0000000000")
    assert screen.error_label.isVisible()
    scan(qtbot, screen, member_rows[2].code)
    assert screen.error_label.isHidden()
    card = screen.panel.card()
    assert card is not None and card.code == member_rows[2].code


def test_escape_clears_everything(
    qtbot: QtBot, screen: CheckoutScreen, member_rows: list[MemberRow]
) -> None:
    scan(qtbot, screen, member_rows[0].code)
    assert screen.panel.card() is not None
    qtbot.keyClicks(screen.scan_field, "M123")

    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Escape)

    assert screen.panel.card() is None
    assert screen.scan_field.text() == ""
    assert screen.error_label.isHidden()
    assert screen.scan_field.hasFocus()


def test_enter_on_an_empty_field_does_nothing(qtbot: QtBot, screen: CheckoutScreen) -> None:
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)
    assert not screen.is_busy()
    assert screen.error_label.isHidden()
    assert screen.scan_field.hasFocus()


def test_the_panel_says_what_reaches_the_next_tier(
    qtbot: QtBot, screen: CheckoutScreen, gui_services: DeviceServices
) -> None:
    from core.services import SaleLineInput

    gui_services.enrol("周杰", "13900002222")
    gui_services.record_sale([SaleLineInput(100_000)], member_key="13900002222")  # ¥1,000

    scan(qtbot, screen, "13900002222")

    label = screen.panel.outlook_label
    assert label.isVisible()
    # 铜牌 needs ¥3,000 in twelve months: ¥2,000 more, by the day the ¥1,000 drops out.
    assert label.text().startswith("Spend ¥2,000.00 more by ")
    assert label.text().endswith(" to reach 铜牌")
    screen.panel.clear()
    assert not label.isVisible()


def test_one_member_after_another_the_panel_follows_the_last_scan(
    qtbot: QtBot, screen: CheckoutScreen, gui_services: DeviceServices, member_rows: list[MemberRow]
) -> None:
    # The badge's colours and the struck-through points are only re-set when they change:
    # each scan must still leave the colours of the member scanned last.
    from ui import theme

    gui_services.freeze(member_rows[8].code, True, "card reported stolen")
    cards = [gui_services.card(r.id) for r in member_rows]
    by_rank = {c.tier_rank: c for c in cards}
    assert len(by_rank) >= 2, "the seed gave every member the same tier"
    frozen = cards[8]
    active = next(c for c in cards if not c.frozen and c.status == "active")
    panel = screen.panel

    for card in [*by_rank.values(), frozen, active, frozen, *reversed(by_rank.values())]:
        scan(qtbot, screen, card.code)
        shown = panel.card()
        assert shown is not None and shown.code == card.code
        assert panel.code_label.text() == f"Member no. {card.code}"
        assert panel.tier_badge.text() == card.tier_name
        assert panel.tier_badge.styleSheet() == theme.tier_badge(card.tier_rank).style_sheet()
        usable = card.status == "active" and not card.frozen
        assert ("line-through" not in panel.available_label.styleSheet()) == usable
        assert panel.status_banner.isVisible() == (not usable)
        assert panel.name_label.toolTip() == "Name masked for privacy"
        # What the member gets today follows once the panel is up.
        qtbot.waitUntil(screen.today.isVisible)
