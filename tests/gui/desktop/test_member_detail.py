"""A member in full, as head-office staff use it: find by pinyin, open, edit, adjust, freeze."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.codes import mask_phone
from core.directory import MemberRow
from core.services import DeviceServices
from desktop.main_window import MainWindow
from desktop.member_dialogs import AdjustPointsDialog, CancelRedemptionDialog, FreezeDialog
from tests.gui.desktop.conftest import outbox, wait_idle


def usable(rows: list[MemberRow]) -> MemberRow:
    """An active member with points, no debt, not frozen, whose pinyin initials are unique."""
    counts: dict[str, int] = {}
    for r in rows:
        counts[r.initials] = counts.get(r.initials, 0) + 1
    candidates = [
        r
        for r in rows
        if r.status == "active" and not r.frozen and r.debt == 0 and counts[r.initials] == 1
    ]
    return max(candidates, key=lambda r: r.balance)


def open_by_pinyin(qtbot: QtBot, window: MainWindow, member: MemberRow) -> None:
    """Type the pinyin initials, walk into the results, Enter: the member opens in full."""
    page = window.members_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.is_loading())
    qtbot.keyClicks(page.search_box, member.initials)
    qtbot.waitUntil(lambda: page.model.query() == member.initials and not page.model.is_loading())
    assert [page.model.row_at(i).code for i in range(page.model.rowCount())] == [member.code]  # type: ignore[union-attr]
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    detail = window.detail_page
    assert window.stack.currentWidget() is detail
    qtbot.waitUntil(lambda: (c := detail.card()) is not None and c.id == member.id)
    wait_idle(qtbot, detail)


def test_open_a_member_found_by_pinyin(
    qtbot: QtBot, window: MainWindow, gui_services: DeviceServices, member_rows: list[MemberRow]
) -> None:
    member = usable(member_rows)
    open_by_pinyin(qtbot, window, member)
    detail = window.detail_page

    assert member.code in detail.title_label.text()
    # The mobile number is masked everywhere: the panel and the profile form's hint.
    assert mask_phone(member.phone) in detail.panel.phone_label.text()
    assert detail.profile.phone_field.text() == ""
    assert mask_phone(member.phone) in detail.profile.phone_field.placeholderText()
    assert member.phone not in detail.profile.phone_field.placeholderText()
    assert detail.profile.name_field.text() == member.name

    # Ledger, lots with expiry dates, redemptions and coupons are all read.
    assert detail.ledger_view.ledger_model.rowCount() == len(gui_services.ledger(member.id, 100))
    lots = detail.records.lots(member.id)
    assert detail.lots_model.rowCount() == len(lots) > 0
    first = detail.lots_model.index(0, 3)
    assert str(detail.lots_model.data(first)).startswith(lots[0].expires_at.strftime("%Y-%m-%d"))
    assert detail.redemptions_model.rowCount() == len(gui_services.redemptions(member.id))

    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(detail.tabs, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.members_page


def test_duplicate_phone_is_refused_and_nothing_is_queued(
    qtbot: QtBot,
    window: MainWindow,
    seeded_db: Path,
    member_rows: list[MemberRow],
) -> None:
    member = usable(member_rows)
    other = next(r for r in member_rows if r.id != member.id)
    open_by_pinyin(qtbot, window, member)
    form = window.detail_page.profile
    before = outbox(seeded_db)

    qtbot.keyClicks(form.phone_field, other.phone)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window.detail_page)
    qtbot.waitUntil(form.error_label.isVisible)

    assert form.error_label.text() == (f"This phone number already belongs to member {other.code}.")
    assert form.phone_field.hasFocus()
    assert outbox(seeded_db) == before


def test_phone_and_birthday_are_checked_before_anything_is_sent(
    qtbot: QtBot, window: MainWindow, seeded_db: Path, member_rows: list[MemberRow]
) -> None:
    member = usable(member_rows)
    open_by_pinyin(qtbot, window, member)
    form = window.detail_page.profile
    before = outbox(seeded_db)

    qtbot.keyClicks(form.phone_field, "12345")
    qtbot.keyClick(form.phone_field, Qt.Key.Key_Return)
    assert form.error_label.text() == "“12345” is not a valid mobile number."

    form.phone_field.clear()
    form.birthday_field.setText("2999-01-01")
    qtbot.keyClick(form.birthday_field, Qt.Key.Key_Return)
    assert form.error_label.text() == "The birthday is in the future."

    form.birthday_field.setText("1990-02-30")
    qtbot.keyClick(form.birthday_field, Qt.Key.Key_Return)
    assert "is not a date" in form.error_label.text()
    assert not form.is_busy()
    assert outbox(seeded_db) == before


def test_editing_the_email_queues_an_edit_profile_command(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: DeviceServices,
    seeded_db: Path,
    member_rows: list[MemberRow],
) -> None:
    member = usable(member_rows)
    open_by_pinyin(qtbot, window, member)
    form = window.detail_page.profile
    before = outbox(seeded_db)

    form.email_field.clear()
    qtbot.keyClicks(form.email_field, "wang.fang@example.cn")
    form.birthday_field.setText("1988-07-15")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.done_label.isVisible)

    added = outbox(seeded_db)[len(before) :]
    assert [kind for kind, _ in added] == ["edit_profile"]
    payload = json.loads(added[0][1])
    assert payload["member_id"] == member.id
    assert payload["email"] == "wang.fang@example.cn"
    assert payload["birthday"] == "1988-07-15"
    assert "phone" not in payload or payload["phone"] is None
    card = gui_services.card(member.id)
    assert card.email == "wang.fang@example.cn"
    assert form.card() is not None and form.card().version == card.version  # type: ignore[union-attr]
    # Saved, the address is masked again: the field is empty, its hint says whose it is.
    assert form.email_field.text() == ""
    assert form.email_field.placeholderText().startswith("w***@example.cn")
    assert "wang.fang" not in form.email_field.placeholderText()


def test_an_email_is_kept_unless_replaced_or_removed(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: DeviceServices,
    seeded_db: Path,
    member_rows: list[MemberRow],
) -> None:
    member = usable(member_rows)
    gui_services.edit_profile(
        member.code, gui_services.card(member.id).version, email="li.na@example.cn"
    )
    open_by_pinyin(qtbot, window, member)
    form = window.detail_page.profile
    qtbot.waitUntil(lambda: form.remove_email_box.isVisible())
    assert form.email_field.text() == ""
    assert form.email_field.placeholderText().startswith("l***@example.cn")
    before = outbox(seeded_db)

    # An untouched (empty) field is no change: another field's edit leaves the e-mail be.
    form.tags_field.setText("VIP")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.done_label.isVisible)
    added = outbox(seeded_db)[len(before) :]
    assert [kind for kind, _ in added] == ["edit_profile"]
    assert json.loads(added[0][1]).get("email") is None
    assert gui_services.card(member.id).email == "li.na@example.cn"

    # The tick box removes it, and while ticked nothing can be typed beside it.
    qtbot.waitUntil(lambda: form.remove_email_box.isVisible())
    form.remove_email_box.setChecked(True)
    assert not form.email_field.isEnabled()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: gui_services.card(member.id).email is None)
    added = outbox(seeded_db)[len(before) :]
    assert [kind for kind, _ in added] == ["edit_profile", "edit_profile"]
    assert json.loads(added[1][1])["email"] == ""
    qtbot.waitUntil(lambda: not form.remove_email_box.isVisible())
    assert form.email_field.isEnabled() and form.email_field.placeholderText() == ""
    assert not form.error_label.isVisible()


def test_adjusting_points_needs_a_reason(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: DeviceServices,
    seeded_db: Path,
    member_rows: list[MemberRow],
) -> None:
    member = usable(member_rows)
    open_by_pinyin(qtbot, window, member)
    detail = window.detail_page
    balance = gui_services.card(member.id).points.balance
    entries_before = {e.id for e in gui_services.ledger(member.id, 1000)}
    before = outbox(seeded_db)

    qtbot.mouseClick(detail.adjust_button, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    assert isinstance(dialog, AdjustPointsDialog)
    qtbot.waitExposed(dialog)
    dialog.points_field.setValue(150)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()
    assert "reason" in dialog.error_label.text()
    assert dialog.isVisible()
    assert outbox(seeded_db) == before

    qtbot.keyClicks(dialog.reason_field, "goodwill, ticket 2031")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.reason_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: detail.dialog is None)
    wait_idle(qtbot, detail)
    # The adjustment first writes off lots that ended meanwhile (the seed is months old).
    new = [e for e in gui_services.ledger(member.id, 1000) if e.id not in entries_before]
    assert sorted(e.kind for e in new) in (["adjust"], ["adjust", "expire"])
    shown = detail.card()
    assert shown == gui_services.card(member.id)
    assert shown is not None and shown.points.balance == balance + sum(e.points for e in new)

    added = outbox(seeded_db)[len(before) :]
    assert [kind for kind, _ in added] == ["adjust_points"]
    assert json.loads(added[0][1])["reason"] == "goodwill, ticket 2031"
    newest = detail.ledger_view.ledger_model.entries()[0]
    assert (newest.kind, newest.points, newest.reason) == ("adjust", 150, "goodwill, ticket 2031")
    assert "+150 points recorded" in detail.message_label.text()


def test_taking_more_points_than_the_member_has_is_refused_in_the_dialog(
    qtbot: QtBot, window: MainWindow, seeded_db: Path, member_rows: list[MemberRow]
) -> None:
    member = usable(member_rows)
    open_by_pinyin(qtbot, window, member)
    detail = window.detail_page
    before = outbox(seeded_db)

    detail.adjust_points()
    dialog = detail.dialog
    assert isinstance(dialog, AdjustPointsDialog)
    dialog.points_field.setValue(-(member.balance + 10_000))
    dialog.reason_field.setText("typing slip")
    dialog.confirm()
    wait_idle(qtbot, dialog)
    qtbot.waitUntil(dialog.error_label.isVisible)
    assert "points available" in dialog.error_label.text()
    assert dialog.isVisible()
    assert outbox(seeded_db) == before
    dialog.reject()


def test_freeze_and_unfreeze(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: DeviceServices,
    seeded_db: Path,
    member_rows: list[MemberRow],
) -> None:
    member = usable(member_rows)
    open_by_pinyin(qtbot, window, member)
    detail = window.detail_page
    assert detail.freeze_button.text() == "Freeze points…"

    qtbot.mouseClick(detail.freeze_button, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    assert isinstance(dialog, FreezeDialog) and dialog.freezing
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()  # no reason, no freeze
    qtbot.keyClicks(dialog.reason_field, "card reported stolen")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (c := detail.card()) is not None and c.frozen)

    assert gui_services.card(member.id).frozen
    assert outbox(seeded_db)[-1][0] == "freeze_points"
    assert "POINTS FROZEN" in detail.panel.status_banner.text()
    assert detail.freeze_button.text() == "Unfreeze points…"

    detail.toggle_freeze()
    dialog = detail.dialog
    assert isinstance(dialog, FreezeDialog) and not dialog.freezing
    dialog.reason_field.setText("card found")
    with qtbot.waitSignal(dialog.accepted):
        dialog.confirm()
    qtbot.waitUntil(lambda: (c := detail.card()) is not None and not c.frozen)
    assert not gui_services.card(member.id).frozen
    QApplication.processEvents()


def test_back_on_the_list_the_member_shows_the_change(
    qtbot: QtBot, window: MainWindow, member_rows: list[MemberRow]
) -> None:
    member = usable(member_rows)
    open_by_pinyin(qtbot, window, member)
    detail = window.detail_page
    detail.toggle_freeze()
    dialog = detail.dialog
    assert isinstance(dialog, FreezeDialog)
    dialog.reason_field.setText("suspected fraud")
    with qtbot.waitSignal(dialog.accepted):
        dialog.confirm()
    qtbot.waitUntil(lambda: (c := detail.card()) is not None and c.frozen)

    qtbot.mouseClick(detail.back_button, Qt.MouseButton.LeftButton)
    page = window.members_page
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: (c := page.panel.card()) is not None and c.frozen)
    assert "POINTS FROZEN" in page.panel.status_banner.text()


def test_cancelling_a_redemption_needs_a_reason_and_returns_the_points(
    qtbot: QtBot,
    window: MainWindow,
    gui_services: DeviceServices,
    seeded_db: Path,
    member_rows: list[MemberRow],
) -> None:
    member, redemption = next(
        (r, red)
        for r in member_rows
        for red in gui_services.redemptions(r.id)
        if red.status == "completed" and r.status == "active" and not r.frozen
    )
    window.open_member(member.id)
    detail = window.detail_page
    qtbot.waitUntil(lambda: (c := detail.card()) is not None and c.id == member.id)
    wait_idle(qtbot, detail)
    detail.tabs.setCurrentIndex(2)
    assert not detail.cancel_redemption_button.isEnabled()
    row = next(i for i, r in enumerate(detail.redemptions_model.rows()) if r.id == redemption.id)
    detail.redemptions_view.selectRow(row)
    assert detail.cancel_redemption_button.isEnabled()
    before = outbox(seeded_db)

    qtbot.mouseClick(detail.cancel_redemption_button, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    assert isinstance(dialog, CancelRedemptionDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.isVisible()
    assert outbox(seeded_db) == before

    qtbot.keyClicks(dialog.reason_field, "member changed their mind")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.reason_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: detail.dialog is None)
    wait_idle(qtbot, detail)

    assert [kind for kind, _ in outbox(seeded_db)[len(before) :]] == ["cancel_redemption"]
    cancelled = next(r for r in gui_services.redemptions(member.id) if r.id == redemption.id)
    assert cancelled.status == "cancelled"
    qtbot.waitUntil(
        lambda: any(
            r.id == redemption.id and r.status == "cancelled"
            for r in detail.redemptions_model.rows()
        )
    )
    assert f"{redemption.points:,} points returned" in detail.message_label.text()
