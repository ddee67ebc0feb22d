"""A chosen picture file made fit for a reward: scaled to at most 256×256 and encoded as
PNG (kept when it has transparency or is smaller) or JPEG, then checked by
``core.reward_form.check_image`` as the central API will check it."""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter

from core.reward_form import IMAGE_SIDE, MAX_IMAGE_BYTES, RewardImage, check_image

# A file larger than this is not read at all (no picture needs it before scaling).
MAX_FILE_BYTES = 32 * 1024 * 1024
_JPEG_QUALITIES = (88, 75, 60, 45)


def picture_from_file(path: str) -> RewardImage:
    """The file as a reward's picture. Raises ValueError with a code: ``not_image`` (not
    a picture Qt can read), ``image_file_too_large``, or a ``check_image`` code."""
    try:
        if os.path.getsize(path) > MAX_FILE_BYTES:
            raise ValueError("image_file_too_large")
    except OSError:
        raise ValueError("not_image") from None
    reader = QImageReader(path)
    reader.setAutoTransform(True)  # a phone photo's EXIF rotation
    image = reader.read()
    if image.isNull():
        raise ValueError("not_image")
    return picture_from_image(image)


def picture_from_image(image: QImage) -> RewardImage:
    """``image`` scaled to fit IMAGE_SIDE and encoded in the smaller suitable format."""
    if image.width() > IMAGE_SIDE or image.height() > IMAGE_SIDE:
        image = image.scaled(
            QSize(IMAGE_SIDE, IMAGE_SIDE),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    png = _encode(image, "PNG")
    if image.hasAlphaChannel() and len(png) <= MAX_IMAGE_BYTES:
        return check_image(png)
    flat = _on_white(image) if image.hasAlphaChannel() else image
    for quality in _JPEG_QUALITIES:
        jpeg = _encode(flat, "JPEG", quality)
        if len(jpeg) <= MAX_IMAGE_BYTES:
            break
    best = min((png, jpeg), key=len) if not image.hasAlphaChannel() else jpeg
    return check_image(best)


def _encode(image: QImage, fmt: str, quality: int = -1) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt, quality):  # type: ignore[call-overload]  # str at run time
        raise ValueError("not_image")
    buffer.close()
    return bytes(data.data())


def _on_white(image: QImage) -> QImage:
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(QColor("white"))
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat
