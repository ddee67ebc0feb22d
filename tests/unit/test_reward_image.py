"""The reward picture check shared by the back office's form and the central API."""

from __future__ import annotations

import base64

import pytest

from core.reward_form import (
    IMAGE_SIDE,
    MAX_IMAGE_BYTES,
    MAX_IMAGE_TEXT,
    check_image,
    image_digest,
    image_from_base64,
)
from tests.pictures import jpeg_header, png


def test_png_and_jpeg_are_recognised_by_their_bytes() -> None:
    picture = check_image(png(120, 80))
    assert (picture.image_type, picture.width, picture.height) == ("image/png", 120, 80)
    assert picture.digest == image_digest(png(120, 80)) and len(picture.digest) == 64
    jpeg = check_image(jpeg_header(256, 200))
    assert (jpeg.image_type, jpeg.width, jpeg.height) == ("image/jpeg", 256, 200)
    # A base64 text (the API's form) gives the same picture back.
    assert image_from_base64(picture.to_base64()) == picture


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "image_empty"),
        (b"GIF89a" + b"\x00" * 40, "not_image"),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "not_image"),
        (png(10, 10)[:20], "not_image"),  # the header is cut short
        (b"\xff\xd8\xff\xd9", "not_image"),  # a JPEG with no frame
        (b"\xff\xd8\xff\xda\x00\x02", "not_image"),  # scan data before any frame
        (png(IMAGE_SIDE + 1, 10), "image_too_big"),
        (jpeg_header(10, 4000), "image_too_big"),
        (png(0, 10), "not_image"),
        (png(8, 8) + b"\x00" * MAX_IMAGE_BYTES, "image_too_large"),
    ],
)
def test_anything_else_is_refused_with_a_code(data: bytes, code: str) -> None:
    with pytest.raises(ValueError, match=f"^{code}$"):
        check_image(data)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("not base64!", "not_base64"),
        ("图片", "not_base64"),
        (base64.b64encode(png(4, 4)).decode()[:-2], "not_base64"),  # padding cut off
        ("A" * (MAX_IMAGE_TEXT + 4), "image_too_large"),  # refused before decoding
        (base64.b64encode(b"hello").decode(), "not_image"),
    ],
)
def test_a_base64_text_is_checked_before_and_after_decoding(text: str, code: str) -> None:
    with pytest.raises(ValueError, match=f"^{code}$"):
        image_from_base64(text)


def test_the_largest_allowed_picture_passes() -> None:
    data = png(IMAGE_SIDE, IMAGE_SIDE)
    data += b"\x00" * (MAX_IMAGE_BYTES - len(data))  # trailing bytes count towards the limit
    assert check_image(data).width == IMAGE_SIDE
    assert len(check_image(data).to_base64()) <= MAX_IMAGE_TEXT
