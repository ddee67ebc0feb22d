"""A reward's picture in the catalog editor: chosen from a file (scaled to 256×256 and
checked), previewed, saved to a real central API with the reward, pulled back into the
table's thumbnail, and removed; a file that is not a picture changes nothing. A screenshot
of the editor with a picture, in Simplified Chinese, goes to test-output/desktop/."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
import qasync
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from core.db.models import Reward
from core.reward_form import image_digest
from desktop.pages.mall import MallPage
from desktop.pages.mall.picture import picture_from_image
from sync.service import SyncService
from tests.gui.desktop.conftest import shoot
from tests.gui.desktop.rulebook_fixtures import (  # noqa: F401  (fixtures)
    BackOffice,
    backoffice,
    qloop,
    until,
)
from tests.gui.desktop.test_mall_page import open_page, type_reward
from tests.integration.server.conftest import db_url, template  # noqa: F401  (fixtures)
from tests.integration.sync.conftest import central, private_keyring  # noqa: F401  (fixtures)
from ui import i18n
from ui.sync_bridge import SyncBridge

ON_SQLITE = pytest.mark.parametrize("template", ["sqlite"], indirect=True)
ROOT = Path(__file__).resolve().parents[3]
PENDING = ROOT / "resources" / "translations" / "pending" / "h12-images.tsv"


def photo(path: Path, width: int = 1200, height: int = 900, colour: str = "#c8102e") -> Path:
    """A large picture file, as a phone would give (the editor scales it down)."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#f4efe6"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(width // 4, height // 6, width // 2, height * 2 // 3)
    painter.setBrush(QColor("#ffd166"))
    painter.drawRect(width // 2 - 60, height // 2 - 60, 120, 120)
    painter.end()
    assert image.save(str(path))
    return path


def server_picture(bo: BackOffice, sku: str) -> tuple[str | None, str | None]:
    from server.db import open_server_db

    factory = open_server_db(bo.central.database_url, migrate=False)
    try:
        with factory() as s:
            reward = s.get(Reward, sku)
            assert reward is not None
            return reward.image_type, reward.image_hash
    finally:
        factory.kw["bind"].dispose()


def thumbnail(page: MallPage, sku: str) -> Any:
    model = page.catalog_panel.model
    for i, row in enumerate(model.rows()):
        if row.sku == sku:
            shown = model.data(model.index(i, 0), Qt.ItemDataRole.DecorationRole)
            blank = page.catalog_panel.pictures.placeholder()
            return None if shown is None or shown.cacheKey() == blank.cacheKey() else shown
    return None


def test_a_file_that_is_not_a_picture_changes_nothing(
    qtbot: QtBot, gui_services: Any, tmp_path: Path
) -> None:
    page = open_page(qtbot, gui_services)
    panel = page.catalog_panel
    assert panel.select("RW0001")
    assert panel.picture.preview.text() == "No image"
    assert not panel.picture.remove_button.isEnabled()
    fake = tmp_path / "reward.png"
    fake.write_text("<svg onload='alert(1)'/>")
    assert not panel.picture.choose(str(fake))
    assert panel.save_status.text() == (
        "Image: not a picture (PNG, JPEG, BMP, GIF or WebP). The image was not changed."
    )
    assert not panel.picture.choose(str(tmp_path / "missing.jpg"))
    assert panel.picture.preview.text() == "No image"
    # Nothing to send: the form is as it was.
    assert panel._form_state() == panel._filled


@ON_SQLITE
def test_choose_preview_save_pull_and_remove(
    qtbot: QtBot,
    backoffice: BackOffice,  # noqa: F811
    qloop: qasync.QEventLoop,  # noqa: F811
    tmp_path: Path,
) -> None:
    services = backoffice.services
    service = SyncService(services.factory, interval=3600)
    bridge = SyncBridge()
    page = open_page(qtbot, services, bridge=bridge)
    qtbot.waitUntil(lambda: page.session.server_url == backoffice.central.url)
    page.session.signed_in("backoffice", backoffice.token())
    bridge.attach(service)
    panel = page.catalog_panel
    picture_file = photo(tmp_path / "mug.jpg")

    async def scenario() -> None:
        sync_task = asyncio.ensure_future(service.run_forever())
        try:
            # A new reward with a picture: scaled to 256×192, previewed, sent with the save.
            type_reward(
                page,
                sku="RW-PIC",
                name="红色马克杯",
                category="家居",
                points_price="500",
                central_stock="10",
            )
            assert panel.picture.choose(str(picture_file))
            chosen = panel.picture.new_picture
            assert chosen is not None and (chosen.width, chosen.height) == (256, 192)
            assert len(chosen.data) <= 64 * 1024
            preview = panel.picture.preview.pixmap()
            assert not preview.isNull() and preview.width() == 96
            assert panel.picture.note.text().startswith("New image, 256×192,")
            await panel.save()
            assert "RW-PIC saved on the central server" in panel.save_status.text()
            kind, digest = await asyncio.to_thread(server_picture, backoffice, "RW-PIC")
            assert (kind, digest) == (chosen.image_type, image_digest(chosen.data))
            # Until the pull, the preview shows what was sent; then the table's thumbnail.
            assert not panel.picture.preview.pixmap().isNull()
            await until(lambda: thumbnail(page, "RW-PIC") is not None, timeout=60)
            await until(lambda: not page.is_busy())
            assert thumbnail(page, "RW-PIC").width() <= 28
            assert panel.select("RW-PIC")
            assert not panel.picture.preview.pixmap().isNull()
            assert panel.picture.remove_button.isEnabled()
            decoded = panel.pictures.decoded

            # An edit of the price alone sends no picture; the pull decodes nothing again.
            panel.fields["points_price"].setText("450")
            await panel.save()
            assert await asyncio.to_thread(server_picture, backoffice, "RW-PIC") == (kind, digest)
            await until(
                lambda: (
                    panel.catalog is not None
                    and panel.catalog.reward("RW-PIC").points_price == 450  # type: ignore[union-attr]
                    and not page.is_busy()
                ),
                timeout=60,
            )
            assert panel.pictures.decoded == decoded

            # Remove it: previewed as none, removed on the server, gone from the table.
            panel.picture.remove()
            assert panel.picture.preview.text() == "No image"
            assert panel.picture.note.text() == "The image is removed when you save."
            await panel.save()
            assert await asyncio.to_thread(server_picture, backoffice, "RW-PIC") == (None, None)
            await until(lambda: thumbnail(page, "RW-PIC") is None and not page.is_busy(), 60)
            assert panel.select("RW-PIC")
            assert panel.picture.preview.text() == "No image"
            assert not panel.picture.remove_button.isEnabled()
        finally:
            service.stop()
            await asyncio.wait_for(sync_task, 30)

    try:
        qloop.run_until_complete(scenario())
    finally:
        bridge.detach()


def _translator(lang: str, folder: Path) -> QTranslator | None:
    """This change's pending strings in ``lang`` (None without lrelease)."""
    column = {"zh_CN": 2, "zh_TW": 3}[lang]
    contexts: dict[str, list[tuple[str, str]]] = {}
    for line in PENDING.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cells = line.split("\t")
            contexts.setdefault(cells[0], []).append((cells[1], cells[column]))
    body = "".join(
        f"<context><name>{escape(name)}</name>"
        + "".join(
            f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation></message>"
            for s, t in messages
        )
        + "</context>"
        for name, messages in contexts.items()
    )
    ts = folder / f"h12_{lang}.ts"
    ts.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{lang}">{body}</TS>\n',
        encoding="utf-8",
    )
    found = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(found) if found.exists() else shutil.which("pyside6-lrelease")
    if tool is None:
        return None
    qm = folder / f"h12_{lang}.qm"
    subprocess.run([tool, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


@pytest.fixture
def chinese(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    i18n.install(qapp, "zh_CN")
    extra = _translator("zh_CN", tmp_path)
    if extra is not None:
        qapp.installTranslator(extra)
    yield
    if extra is not None:
        qapp.removeTranslator(extra)
    i18n.install(qapp, "en")


def test_screenshot_of_the_editor_with_a_picture_in_chinese(
    qtbot: QtBot, chinese: None, gui_services: Any, tmp_path: Path
) -> None:
    # Two rewards have pictures in this copy already (as a pull would have left them).
    with gui_services.factory() as s:
        for sku, colour in (("RW0001", "#1d3557"), ("RW0003", "#2a9d8f")):
            file = photo(tmp_path / f"{sku}.png", 300, 300, colour)
            picture = picture_from_image(QImage(str(file)))
            reward = s.get(Reward, sku)
            assert reward is not None
            reward.image_type, reward.image_hash = picture.image_type, picture.digest
            reward.image_data = picture.to_base64()
        s.commit()
    page = open_page(qtbot, gui_services)
    panel = page.catalog_panel
    assert thumbnail(page, "RW0001") is not None and thumbnail(page, "RW0002") is None
    # A reward without a picture gets an empty square, so the SKUs line up.
    model = panel.model
    row = next(i for i, r in enumerate(model.rows()) if r.sku == "RW0002")
    blank = model.data(model.index(row, 0), Qt.ItemDataRole.DecorationRole)
    side = panel.pictures.side
    assert blank is not None and (blank.width(), blank.height()) == (side, side)
    assert panel.select("RW0002")
    assert panel.picture.choose(str(photo(tmp_path / "cup.png", 800, 800)))
    assert panel.picture.choose_button.text() == "选择图片…"
    assert panel.picture.note.text().startswith("新图片，256×256")
    path = shoot(page, "mall-image-zh_CN")
    assert path.exists() and path.stat().st_size > 10_000
