"""Choosing the interface language, installing translators, and wording the core's errors.

Languages shipped: Simplified Chinese (``zh_CN``), Traditional Chinese
(``zh_TW``) and English (``en``). ``MEMBERDESK_LANG`` decides when set, then
the choice saved in ``QSettings`` (the Settings page), then the system locale.
The core raises ``DomainError``s carrying a code and parameters; :func:`error_text`
turns them into a translated sentence.
"""

from __future__ import annotations

import logging
import os
import string
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

import ui
from core.errors import DomainError
from core.money import format_fen

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "zh_TW", "en")
DEFAULT_LANGUAGE = "en"
ENV_VAR = "MEMBERDESK_LANG"
# Where the chosen language is remembered (the application's QSettings).
LANGUAGE_KEY = "ui/language"
# Each language named in itself: someone who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "zh_TW": "繁體中文", "en": "English"}

_installed: list[QTranslator] = []
_language = DEFAULT_LANGUAGE


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for lupdate under ``context``; translate it later with ``translate``.

    Qt's own returns ``object`` in the PySide6 stubs; lupdate only looks at the name.
    """
    return source


def translations_dir() -> Path:
    """``resources/translations`` of the source tree the ``ui`` package belongs to."""
    return Path(ui.__file__).resolve().parent.parent / "resources" / "translations"


def normalise_language(text: str) -> str | None:
    """'zh-CN', 'zh_Hans', 'zh' -> 'zh_CN'; 'zh_HK', 'zh-Hant' -> 'zh_TW'; 'en_GB' -> 'en'."""
    t = text.strip().replace("-", "_").split(".", 1)[0].lower()
    if not t:
        return None
    if t in ("zh_tw", "zh_hk", "zh_mo", "zh_hant") or t.startswith("zh_hant"):
        return "zh_TW"
    if t == "zh" or t.startswith("zh_"):
        return "zh_CN"
    if t == "en" or t.startswith("en_") or t in ("c", "posix"):
        return "en"
    return None


def language_for_locale(locale: QLocale) -> str:
    """The shipped language closest to a locale."""
    if locale.language() != QLocale.Language.Chinese:
        return DEFAULT_LANGUAGE
    traditional_territories = (
        QLocale.Country.Taiwan,
        QLocale.Country.HongKong,
        QLocale.Country.Macao,
    )
    if (
        locale.script() == QLocale.Script.TraditionalHanScript
        or locale.territory() in traditional_territories
    ):
        return "zh_TW"
    return "zh_CN"


def choose_language(
    env: Mapping[str, str] | None = None,
    system: QLocale | None = None,
    saved: str | None = None,
) -> str:
    """``MEMBERDESK_LANG`` if set and known, else ``saved`` (the user's choice) if known,
    else from the system locale."""
    env = os.environ if env is None else env
    override = env.get(ENV_VAR, "")
    if override:
        lang = normalise_language(override)
        if lang is not None:
            return lang
        log.warning("%s=%r is not one of %s; using the system locale", ENV_VAR, override, LANGUAGES)
    if saved is not None and saved in LANGUAGES:
        return saved
    return language_for_locale(system if system is not None else QLocale.system())


def saved_language(settings: QSettings) -> str | None:
    """The language chosen on the Settings page, if one was (and is shipped)."""
    value = settings.value(LANGUAGE_KEY)
    return value if isinstance(value, str) and value in LANGUAGES else None


def save_language(settings: QSettings, lang: str) -> None:
    """Remember ``lang`` for the next start (``ValueError`` for one not shipped)."""
    if lang not in LANGUAGES:
        raise ValueError(f"{lang!r} is not one of {', '.join(LANGUAGES)}")
    settings.setValue(LANGUAGE_KEY, lang)
    settings.sync()


def install(
    app: QCoreApplication, lang: str | None = None, settings: QSettings | None = None
) -> str:
    """Install the translators for ``lang`` (None: chosen from the environment, the choice
    saved in ``settings`` (None: the application's), the system); returns it."""
    if not lang:
        saved = saved_language(settings if settings is not None else QSettings())
        lang = choose_language(saved=saved)
    chosen = lang
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()

    ours = QTranslator(app)
    if ours.load(f"memberdesk_{chosen}", str(translations_dir())):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    elif chosen != DEFAULT_LANGUAGE:
        log.warning("no translation file for %s in %s", chosen, translations_dir())

    if chosen != DEFAULT_LANGUAGE:
        # Qt's own strings: the buttons of standard dialogs, context menus of line edits.
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{chosen}", qt_dir):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)

    QLocale.setDefault(QLocale("en_US" if chosen == "en" else chosen))
    global _language
    _language = chosen
    return chosen


def current_language() -> str:
    """The language installed last (what the interface speaks now)."""
    return _language


# --- member statuses ------------------------------------------------------------

_STATUSES: dict[str, str] = {
    "active": QT_TRANSLATE_NOOP("status", "active"),
    "frozen": QT_TRANSLATE_NOOP("status", "frozen"),
    "closed": QT_TRANSLATE_NOOP("status", "closed"),
}


def status_text(status: str) -> str:
    """A membership status in words (the code itself for statuses this build does not know)."""
    source = _STATUSES.get(status)
    return QCoreApplication.translate("status", source) if source else status


# --- the core's errors, in words ----------------------------------------------

# Placeholders are the error's parameters (see core/errors.py); translators keep them.
_ERRORS: dict[str, str] = {
    "invalid": QT_TRANSLATE_NOOP("errors", "The request was refused."),
    "invalid_amount": QT_TRANSLATE_NOOP(
        "errors", "“{text}” is not an amount. Enter yuan, for example 128.50."
    ),
    "invalid_input": QT_TRANSLATE_NOOP("errors", "{field}: {problem}"),
    "invalid_member_code": QT_TRANSLATE_NOOP(
        "errors", "“{text}” is not a valid member code (misread?). Please scan again."
    ),
    "invalid_phone": QT_TRANSLATE_NOOP("errors", "“{text}” is not a valid mobile number."),
    "member_not_found": QT_TRANSLATE_NOOP("errors", "No member found for “{key}”."),
    "ambiguous_member": QT_TRANSLATE_NOOP(
        "errors", "“{key}” matches {count} members. Scan or enter the member code."
    ),
    "duplicate_phone": QT_TRANSLATE_NOOP(
        "errors", "This phone number already belongs to member {code}."
    ),
    "member_inactive": QT_TRANSLATE_NOOP("errors", "Member {code} is not active ({status})."),
    "member_merged": QT_TRANSLATE_NOOP(
        "errors", "Member {code} was merged into member {into} and is closed."
    ),
    "account_frozen": QT_TRANSLATE_NOOP("errors", "The points account of member {code} is frozen."),
    "insufficient_points": QT_TRANSLATE_NOOP(
        "errors", "Member {code} has {available} points available; {requested} requested."
    ),
    "points_cash_limit": QT_TRANSLATE_NOOP(
        "errors", "At most {max_points} points can pay for this sale; {requested} requested."
    ),
    "sale_not_found": QT_TRANSLATE_NOOP("errors", "No sale “{sale_id}”."),
    "refund_too_large": QT_TRANSLATE_NOOP(
        "errors", "Sale {sale_id} can be refunded {refundable} at most; {requested} requested."
    ),
    "reward_not_found": QT_TRANSLATE_NOOP("errors", "No reward “{sku}”."),
    "reward_unavailable": QT_TRANSLATE_NOOP("errors", "Reward {sku} is not available ({reason})."),
    "out_of_stock": QT_TRANSLATE_NOOP(
        "errors", "Reward {sku}: {available} in stock at {where}; {requested} requested."
    ),
    "redemption_limit": QT_TRANSLATE_NOOP(
        "errors",
        "Member {code} may redeem {sku} {limit} times; {used} used, {requested} requested.",
    ),
    "redemption_not_found": QT_TRANSLATE_NOOP("errors", "No redemption “{redemption_id}”."),
    "redemption_cancelled": QT_TRANSLATE_NOOP(
        "errors", "Redemption {redemption_id} is already cancelled."
    ),
    "coupon_not_found": QT_TRANSLATE_NOOP("errors", "No coupon “{coupon}” for this member."),
    "coupon_not_usable": QT_TRANSLATE_NOOP("errors", "Coupon {coupon} cannot be used ({reason})."),
    "store_not_found": QT_TRANSLATE_NOOP("errors", "No store “{store}”."),
    "not_configured": QT_TRANSLATE_NOOP("errors", "{what} is not configured on this device."),
    "reason_required": QT_TRANSLATE_NOOP("errors", "A reason is required for {action}."),
    "unknown_command": QT_TRANSLATE_NOOP(
        "errors", "This device does not know the command “{kind}” (version {version})."
    ),
    "benefit_quota_exhausted": QT_TRANSLATE_NOOP(
        "errors", "Benefit {benefit} already used {used} of {quota} times this {period}."
    ),
    "offline_limit_exceeded": QT_TRANSLATE_NOOP(
        "errors",
        "Until the next sync, member {code} can spend {allowed} points on this device"
        " (confirmed {confirmed}, spent offline {spent_offline}); {requested} requested."
        " A manager's override is needed.",
    ),
    "sync_too_old": QT_TRANSLATE_NOOP(
        "errors",
        "Last successful sync {age_hours} hours ago (limit {max_hours} hours)."
        " Spending points needs a manager's override.",
    ),
    "never_synced": QT_TRANSLATE_NOOP(
        "errors",
        "This device has not synced yet. Spending points needs a manager's override.",
    ),
}

# Money parameters are fen; shown as yuan.
_FEN_PARAMS = {"refund_too_large": ("refundable", "requested")}


class _Params(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def error_text(err: DomainError) -> str:
    """The error in the interface language, with its parameters filled in."""

    source = _ERRORS.get(err.code)
    if source is None:
        # A code this build does not know yet: the core's English is better than nothing.
        return _fallback(err)
    params = _Params(err.params)
    if isinstance(params.get("status"), str):
        params["status"] = status_text(params["status"])
    for name in _FEN_PARAMS.get(err.code, ()):
        value = params.get(name)
        if isinstance(value, int):
            params[name] = format_fen(value)
    template = QCoreApplication.translate("errors", source)
    try:
        return string.Formatter().vformat(template, (), params)
    except (ValueError, IndexError, AttributeError):
        # A translation with broken braces must not hide the error itself.
        return _fallback(err)


def _fallback(err: DomainError) -> str:
    try:
        return err.message
    except Exception:  # the English template itself is broken: the code still says what
        return err.code
