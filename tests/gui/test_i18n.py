"""Language choice, the shipped translations, and the core's errors in words."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from core.errors import DomainError, MemberNotFound, RefundTooLarge
from ui import i18n

PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@pytest.fixture
def installed(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install(qapp, "en")


@pytest.mark.parametrize(
    ("env", "locale", "expected"),
    [
        ({}, "zh_CN", "zh_CN"),
        ({}, "zh_SG", "zh_CN"),
        ({}, "zh_TW", "zh_TW"),
        ({}, "zh_HK", "zh_TW"),
        ({}, "en_US", "en"),
        ({}, "de_DE", "en"),
        ({"MEMBERDESK_LANG": "zh-TW"}, "en_US", "zh_TW"),
        ({"MEMBERDESK_LANG": "en"}, "zh_CN", "en"),
        ({"MEMBERDESK_LANG": "klingon"}, "zh_CN", "zh_CN"),
    ],
)
def test_language_choice(env: dict[str, str], locale: str, expected: str) -> None:
    assert i18n.choose_language(env, QLocale(locale)) == expected


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW", "en"])
def test_every_string_is_translated_and_keeps_its_placeholders(lang: str) -> None:
    path = i18n.translations_dir() / f"memberdesk_{lang}.ts"
    assert path.with_suffix(".qm").exists()
    messages = list(ET.parse(path).iter("message"))
    assert messages
    for m in messages:
        source = m.findtext("source") or ""
        translation = m.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"{lang}: not translated: {source!r}"
        text = translation.text or ""
        assert text.strip(), f"{lang}: empty translation of {source!r}"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
            f"{lang}: placeholders differ in {source!r} -> {text!r}"
        )


def test_every_string_of_the_sources_is_in_the_translations(tmp_path: Path) -> None:
    """lupdate over ui/, desktop/ and pos/ finds no string the shipped files lack: a new
    ``tr()`` text fails here until it is translated (resources/translations/update.sh)."""
    root = i18n.translations_dir().parents[1]
    sources = sorted(str(p) for d in ("ui", "desktop", "pos") for p in (root / d).rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), "-no-obsolete", "-source-language", "en", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
        cwd=root,
    )

    def strings(path: Path) -> set[tuple[str, str]]:
        return {
            (c.findtext("name") or "", m.findtext("source") or "")
            for c in ET.parse(path).iter("context")
            for m in c.iter("message")
        }

    wanted = strings(fresh)
    assert len(wanted) > 100
    for lang in ("zh_CN", "zh_TW", "en"):
        missing = wanted - strings(i18n.translations_dir() / f"memberdesk_{lang}.ts")
        assert not missing, f"{lang}: not in the translations: {sorted(missing)[:10]}"


def test_every_error_code_of_the_core_has_words() -> None:
    import core.errors as errors

    codes = {
        cls.code
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, DomainError)
    }
    missing = {c for c in codes if i18n.error_text(_error_with(c)) == _error_with(c).message}
    assert not missing


def _error_with(code: str) -> DomainError:
    err = DomainError()
    err.code = code
    return err


def test_error_text_in_simplified_chinese(qapp: QApplication, installed: None) -> None:
    assert i18n.install(qapp, "zh_CN") == "zh_CN"
    assert i18n.error_text(MemberNotFound(key="M123")) == "未找到“M123”对应的会员。"
    assert QCoreApplication.translate("MembersTableModel", "Tier") == "等级"


def test_error_text_in_traditional_chinese(qapp: QApplication, installed: None) -> None:
    i18n.install(qapp, "zh_TW")
    assert i18n.error_text(MemberNotFound(key="M123")) == "找不到「M123」對應的會員。"


def test_error_text_formats_money_and_survives_missing_params(qapp: QApplication) -> None:
    i18n.install(qapp, "en")
    text = i18n.error_text(RefundTooLarge(sale_id="S1", refundable=12850, requested=20000))
    assert "¥128.50" in text and "¥200.00" in text
    assert "{key}" in i18n.error_text(MemberNotFound())
