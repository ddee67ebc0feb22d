"""Rewards' pictures decoded for the screens: each picture once per SKU and hash.

On the database worker, ``core.reward_images.load_pictures`` reads only the pictures
the cache does not hold (``held()``), and ``decode`` decodes them there too (QImage
works off the UI thread). ``PictureCache.update`` then only scales them to its
size and makes pixmaps, on the UI thread, and forgets the pictures a reward no longer has.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap

from core.reward_images import Pictures


@dataclass(frozen=True)
class Decoded:
    """Every reward's picture hash, and the newly read pictures decoded (None: broken)."""

    hashes: dict[str, str]
    images: dict[str, QImage | None]


def scaled_pixmap(data: bytes, side: int) -> QPixmap | None:
    """The picture fitted into ``side`` × ``side`` pixels (None if it does not decode)."""
    image = QImage()
    return _fitted(image, side) if image.loadFromData(data) else None


def decode(pictures: Pictures) -> Decoded:
    """The pictures read, decoded (at their own size, at most 256×256)."""
    images: dict[str, QImage | None] = {}
    for sku, data in pictures.data.items():
        image = QImage()
        images[sku] = image if image.loadFromData(data) else None
    return Decoded(pictures.hashes, images)


def _fitted(image: QImage, side: int) -> QPixmap:
    if image.width() > side or image.height() > side:
        image = image.scaled(
            QSize(side, side),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return QPixmap.fromImage(image)


class PictureCache:
    """SKU → its picture's pixmap, fitted into ``side`` pixels."""

    def __init__(self, side: int) -> None:
        self.side = side
        # A picture that does not decode is held as None: it is not read again either.
        self._pixmaps: dict[str, tuple[str, QPixmap | None]] = {}
        self.decoded = 0  # how many pictures were decoded (each once per hash)
        self._placeholder: QPixmap | None = None

    def held(self) -> dict[str, str]:
        """SKU → hash of the pictures decoded already (what the loader may skip)."""
        return {sku: digest for sku, (digest, _p) in self._pixmaps.items()}

    def update(self, found: Decoded) -> None:
        """Keep what is new (``decode``'s answer); forget what a reward no longer has."""
        for sku in list(self._pixmaps):
            if found.hashes.get(sku) != self._pixmaps[sku][0]:
                del self._pixmaps[sku]
        for sku, image in found.images.items():
            digest = found.hashes.get(sku)
            self.decoded += 1
            if digest is not None:
                self._pixmaps[sku] = (digest, None if image is None else _fitted(image, self.side))

    def pixmap(self, sku: str) -> QPixmap | None:
        held = self._pixmaps.get(sku)
        return held[1] if held else None

    def thumbnail(self, sku: str) -> QPixmap | None:
        """The picture for a list; a reward without one gets an empty square of the same
        size while others have pictures, so every row's text starts in the same place."""
        picture = self.pixmap(sku)
        if picture is not None or not any(p for _d, p in self._pixmaps.values()):
            return picture
        return self.placeholder()

    def placeholder(self) -> QPixmap:
        """The transparent square that stands in for a missing picture (made on first use:
        a pixmap needs the application)."""
        if self._placeholder is None:
            self._placeholder = QPixmap(self.side, self.side)
            self._placeholder.fill(Qt.GlobalColor.transparent)
        return self._placeholder

    def digest(self, sku: str) -> str | None:
        held = self._pixmaps.get(sku)
        return held[0] if held else None
