"""The main states of the checkout, saved to test-output/pos/ to be looked at by a person."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.directory import MemberRow
from core.services import DeviceServices, SaleLineInput
from pos.receipt import receipt_html
from pos.redeem_dialog import RedeemDialog
from pos.refund_dialog import RefundDialog
from pos.window import PosWindow
from tests.gui.pos.conftest import SHOTS, rich_member, scan, shoot, type_slowly, wait_idle
from ui import i18n


def _render(html: str, path: Path) -> None:
    """The receipt as it prints, at about 80 mm wide."""
    doc = QTextDocument()
    doc.setHtml(html)
    doc.setTextWidth(320)
    image = QImage(320, int(doc.size().height()) + 8, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    image.save(str(path))


def test_screenshots_of_the_main_states(
    qtbot: QtBot, window: PosWindow, gui_services: DeviceServices, member_rows: list[MemberRow]
) -> None:
    screen = window.checkout
    member = rich_member(member_rows)
    gui_services.issue_coupon(member.code, "CT-100-10")
    shots: list[Path] = [shoot(window, "01-ready")]

    screen.sale.amount_field.setFocus()  # a scanner types into whatever has the focus
    scan(qtbot, screen.sale.amount_field, member.code, screen)
    wait_idle(qtbot, screen)
    shots.append(shoot(window, "02-member"))

    type_slowly(qtbot, screen.sale.amount_field, "328.50")
    screen.sale.coupon_box.setCurrentIndex(1)
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_F9)
    wait_idle(qtbot, screen)
    shots.append(shoot(window, "03-sale-preview"))

    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Return)
    wait_idle(qtbot, screen)
    shots.append(shoot(window, "04-completed"))
    assert screen.last_sale is not None
    shots.append(SHOTS / "12-receipt.png")
    _render(receipt_html(*screen.last_sale), shots[-1])

    scan(qtbot, screen.scan_field, "M00000000001", screen)
    shots.append(shoot(window, "05-error-unknown-code"))

    scan(qtbot, screen.scan_field, member.code, screen)
    type_slowly(qtbot, screen.sale.amount_field, "12.3.4")
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Return)
    wait_idle(qtbot, screen)
    shots.append(shoot(window, "06-error-amount"))

    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_F1)
    shots.append(shoot(window, "07-help"))
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_Escape)

    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_F4)
    redeem = screen.dialog
    assert isinstance(redeem, RedeemDialog)
    wait_idle(qtbot, redeem)
    qtbot.waitExposed(redeem)
    shots.append(SHOTS / "08-redeem.png")
    redeem.grab().save(str(shots[-1]))
    redeem.reject()
    qtbot.waitUntil(lambda: screen.dialog is None)

    sold = gui_services.record_sale([SaleLineInput(45_600)], member_key=member.code).result
    qtbot.waitUntil(screen.sale.amount_field.hasFocus)
    qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_F5)
    refund = screen.dialog
    assert isinstance(refund, RefundDialog)
    qtbot.waitUntil(lambda: refund.recent_list.count() > 0)
    qtbot.keyClicks(refund.receipt_field, sold["receipt_no"])
    qtbot.keyClick(refund.receipt_field, Qt.Key.Key_Return)
    wait_idle(qtbot, refund)
    qtbot.keyClicks(refund.amount_field, "200")
    qtbot.waitExposed(refund)
    shots.append(SHOTS / "09-refund.png")
    refund.grab().save(str(shots[-1]))
    refund.reject()

    for path in shots:
        assert path.stat().st_size > 10_000, path


def test_screenshot_in_simplified_chinese(
    qtbot: QtBot, qapp: QApplication, gui_services: DeviceServices, member_rows: list[MemberRow]
) -> None:
    i18n.install(qapp, "zh_CN")
    try:
        window = PosWindow(gui_services)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        screen = window.checkout
        qtbot.waitUntil(screen.scan_field.hasFocus)
        member = rich_member(member_rows)
        scan(qtbot, screen.scan_field, member.code, screen)
        type_slowly(qtbot, screen.sale.amount_field, "128.50")
        qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_F9)
        wait_idle(qtbot, screen)
        assert screen.sale.earn_label.text().startswith("本单可得")
        assert screen.key_bar.buttons["F12"].text() == "F12  结账"
        shoot(window, "10-sale-zh_CN")
        qtbot.keyClick(screen.sale.amount_field, Qt.Key.Key_F1)
        shoot(window, "11-help-zh_CN")
    finally:
        i18n.install(qapp, "en")
