"""The reward form's picture: a preview, "Choose image…" and "Remove image", and the
change the next save sends (a new picture, or the removal of the reward's)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.reward_form import IMAGE_SIDE, MAX_IMAGE_BYTES, RewardImage
from desktop.pages.mall.picture import picture_from_file
from ui.reward_pictures import Decoded, PictureCache, scaled_pixmap

PREVIEW_SIDE = 96


class PictureField(QWidget):
    """Shows the edited reward's picture, or the one chosen to replace it."""

    # A chosen file was refused: the problem's code (``picture_from_file``'s).
    sig_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previews = PictureCache(PREVIEW_SIDE)
        self.new_picture: RewardImage | None = None
        self.removing = False
        self._sku: str | None = None  # the reward in the form; None: a new one
        self._sent: dict[str, RewardImage | None] = {}  # saved, not pulled back yet
        self._busy = False

        self.preview = QLabel(self)
        self.preview.setObjectName("mallImagePreview")
        self.preview.setFixedSize(PREVIEW_SIDE + 4, PREVIEW_SIDE + 4)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose image…"), self)
        self.choose_button.setObjectName("mallChooseImage")
        self.remove_button = QPushButton(self.tr("Remove image"), self)
        self.remove_button.setObjectName("mallRemoveImage")
        self.note = QLabel(self)
        self.note.setObjectName("mallImageNote")
        self.note.setWordWrap(True)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.note, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons, 1)

        self.choose_button.clicked.connect(lambda: self.choose())
        self.remove_button.clicked.connect(self.remove)
        self.refresh()

    def update_pictures(self, found: Decoded) -> None:
        """The local copy's pictures, as the page read them (see ``held``)."""
        self.previews.update(found)
        self.refresh()

    def held(self) -> dict[str, str]:
        return self.previews.held()

    def show_reward(self, sku: str | None) -> None:
        """The form now edits ``sku`` (None: a new reward): nothing chosen yet."""
        self._sku = sku
        self.new_picture, self.removing = None, False
        self.refresh()

    def choose(self, path: str | None = None) -> bool:
        """Pick a picture file (a file dialog unless ``path`` is given), scale and check
        it, and preview it. False if cancelled or refused (``sig_refused`` says why)."""
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose image"),
                "",
                self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"),
            )
            if not path:
                return False
        try:
            picture = picture_from_file(path)
        except ValueError as err:
            self.sig_refused.emit(str(err))
            return False
        self.new_picture, self.removing = picture, False
        self.refresh()
        return True

    def remove(self) -> None:
        """No picture: the reward's is removed by the save (or the one just chosen goes)."""
        self.new_picture = None
        self.removing = self._sku is not None and self._saved() is not None
        self.refresh()

    def changed(self) -> bool:
        return self.new_picture is not None or self.removing

    def sent(self, sku: str) -> None:
        """The server took the change: shown as sent until the pull brings it back."""
        if self.changed():
            self._sent[sku] = self.new_picture
        self._sku = sku
        self.new_picture, self.removing = None, False
        self.refresh()

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.refresh()

    def refresh(self) -> None:
        picture = self.new_picture
        if picture is not None:
            pixmap = scaled_pixmap(picture.data, PREVIEW_SIDE)
            note = self.tr("New image, {width}×{height}, {size} KB: sent when you save.").format(
                width=picture.width, height=picture.height, size=-(-len(picture.data) // 1024)
            )
        elif self.removing:
            pixmap, note = None, self.tr("The image is removed when you save.")
        else:
            pixmap = self._saved()
            note = self.tr("PNG or JPEG, scaled to {side}×{side}, up to {kb} KB.").format(
                side=IMAGE_SIDE, kb=MAX_IMAGE_BYTES // 1024
            )
        if pixmap is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No image"))
        else:
            self.preview.setPixmap(pixmap)
        self.note.setText(note)
        self.choose_button.setEnabled(not self._busy)
        self.remove_button.setEnabled(not self._busy and pixmap is not None)

    def _saved(self) -> QPixmap | None:
        """The reward's picture (as saved, or as the local copy holds it)."""
        sku = self._sku
        if sku is None:
            return None
        if sku in self._sent:
            sent = self._sent[sku]
            if self.previews.digest(sku) != (sent.digest if sent is not None else None):
                return None if sent is None else scaled_pixmap(sent.data, PREVIEW_SIDE)
            del self._sent[sku]  # the local copy has caught up
        return self.previews.pixmap(sku)
