"""The till's redemption list shows a reward's picture beside its name, decoded once per
reward and picture (a second dialog decodes nothing; a changed picture is decoded anew)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from core.db.models import Reward
from core.directory import MemberRow
from core.reward_form import check_image
from core.services import DeviceServices
from pos.redeem_dialog import PICTURES, RedeemDialog
from pos.window import PosWindow
from tests.gui.pos.conftest import rich_member, scan, shoot, wait_idle
from tests.pictures import png


def _give_picture(services: DeviceServices, sku: str, data: bytes) -> None:
    """As a pull leaves a reward's picture in the till's copy."""
    picture = check_image(data)
    with services.factory() as s:
        reward = s.get(Reward, sku)
        assert reward is not None
        reward.image_type, reward.image_hash = picture.image_type, picture.digest
        reward.image_data = picture.to_base64()
        s.commit()


def _open(qtbot: QtBot, window: PosWindow) -> RedeemDialog:
    screen = window.checkout
    qtbot.waitUntil(lambda: screen.dialog is None)
    screen.redeem()  # what F4 does
    dialog = screen.dialog
    assert isinstance(dialog, RedeemDialog)
    wait_idle(qtbot, dialog)
    return dialog


def _icons(dialog: RedeemDialog) -> dict[str, bool]:
    out = {}
    for row, offer in enumerate(dialog.offers()):
        item = dialog.table.item(row, RedeemDialog.NAME)
        assert item is not None
        # A reward without a picture has a transparent square (so the names line up).
        image = item.icon().pixmap(40, 40).toImage()
        out[offer.sku] = not item.icon().isNull() and image.pixelColor(20, 20).alpha() > 0
    return out


def test_the_redemption_list_shows_pictures_decoded_once(
    qtbot: QtBot,
    window: PosWindow,
    gui_services: DeviceServices,
    member_rows: list[MemberRow],
) -> None:
    member = rich_member(member_rows)
    scan(qtbot, window.checkout.scan_field, member.code, window.checkout)
    first = _open(qtbot, window)
    offered = [o.sku for o in first.offers()]
    assert len(offered) >= 3
    first.reject()
    qtbot.waitUntil(lambda: window.checkout.dialog is None)
    with_picture = offered[:2]
    _give_picture(gui_services, with_picture[0], png(200, 120, (200, 16, 46)))
    _give_picture(gui_services, with_picture[1], png(64, 64, (42, 157, 143)))

    decoded = PICTURES.decoded
    dialog = _open(qtbot, window)
    icons = _icons(dialog)
    assert {sku for sku, shown in icons.items() if shown} == set(with_picture)
    assert PICTURES.decoded == decoded + 2
    pixmap = PICTURES.pixmap(with_picture[0])
    assert pixmap is not None and (pixmap.width(), pixmap.height()) == (40, 24)
    shoot(dialog, "redeem-pictures")
    dialog.reject()
    qtbot.waitUntil(lambda: window.checkout.dialog is None)

    # The next dialog decodes nothing; a changed picture is decoded again, alone.
    again = _open(qtbot, window)
    assert _icons(again) == icons and PICTURES.decoded == decoded + 2
    again.reject()
    qtbot.waitUntil(lambda: window.checkout.dialog is None)
    _give_picture(gui_services, with_picture[1], png(32, 32, (0, 0, 0)))
    third = _open(qtbot, window)
    assert _icons(third) == icons and PICTURES.decoded == decoded + 3
    third.reject()
