"""The sign-in and lock screen: user + PIN, checked offline against the till's staff list.

It covers the checkout when the POS starts, after the idle time and after "sign
out"; the sale in progress stays as it was underneath. Locked, it names who is
signed in and waits for their PIN in the PIN field; anyone else may type their own
user name instead, and then they are the staff on the commands that follow.

A scanner burst (a member card scanned at the locked screen) is recognised and
dropped with a word to the clerk: it neither lands in the fields nor counts as a
wrong PIN.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.errors import DomainError
from core.services import DeviceServices
from core.staff_signin import PIN_MAX, StaffMember
from pos.scanner import ScanFilter
from ui import theme
from ui.i18n import error_text
from ui.ops import Op
from ui.timers import later


def staff_error_text(err: DomainError) -> str:
    """The sign-in refusals in the clerk's language; others as the shared table says.

    Context ``SignInScreen`` for lupdate: the override dialog says them the same way."""
    p = err.params
    texts = {
        "signin_failed": QCoreApplication.translate(
            "SignInScreen", "Wrong user or PIN. {left} more tries before this user is locked."
        ).format(left=p.get("attempts_left", "")),
        "signin_locked": QCoreApplication.translate(
            "SignInScreen", "Too many wrong PINs for {user}: locked on this till until {until}."
        ).format(user=p.get("username", ""), until=str(p.get("until", ""))[11:16]),
        "pin_not_set": QCoreApplication.translate(
            "SignInScreen", "{user} has no PIN yet. Set one on the central server first."
        ).format(user=p.get("username", "")),
        "no_staff_list": QCoreApplication.translate(
            "SignInScreen",
            "This till has no staff list yet. Connect it to the server and let it sync.",
        ),
        "staff_not_allowed": QCoreApplication.translate(
            "SignInScreen", "{user} may not use the checkout."
        ).format(user=p.get("username", "")),
        "override_not_allowed": QCoreApplication.translate(
            "SignInScreen", "{user} is not a manager and may not allow this."
        ).format(user=p.get("username", "")),
    }
    if err.code == "invalid_input" and p.get("field") == "user":
        return QCoreApplication.translate("SignInScreen", "Type your user name.")
    return texts.get(err.code) or error_text(err)


class SignInScreen(QWidget):
    """User and PIN fields, large; ``sig_signed_in(StaffMember)`` once the PIN is right."""

    sig_signed_in = Signal(object)

    def __init__(self, services: DeviceServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInScreen")
        self.services = services
        self._busy = False
        self._locked_user: StaffMember | None = None

        self.title = QLabel(self)
        self.title.setObjectName("signInTitle")
        self.title.setFont(theme.scaled_font(self.font(), 2.0, bold=True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("signInSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setFont(theme.scaled_font(self.font(), 1.3))

        big = theme.scaled_font(self.font(), 1.8)
        self.user_field = QLineEdit(self)
        self.user_field.setObjectName("signInUser")
        self.user_field.setFont(big)
        self.user_field.setMaxLength(64)
        self.user_field.setPlaceholderText(self.tr("User name"))
        self.pin_field = QLineEdit(self)
        self.pin_field.setObjectName("signInPin")
        self.pin_field.setFont(big)
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setMaxLength(PIN_MAX)
        self.pin_field.setValidator(QRegularExpressionValidator(r"[0-9]{0,8}", self.pin_field))
        self.pin_field.setPlaceholderText(self.tr("PIN"))
        for field in (self.user_field, self.pin_field):
            field.setMinimumHeight(field.sizeHint().height() + 20)
        self.button = QPushButton(self.tr("Sign in"), self)
        self.button.setObjectName("signInButton")
        self.button.setFont(theme.scaled_font(self.font(), 1.6, bold=True))
        self.button.setMinimumHeight(64)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a touch never steals the focus
        self.error_label = QLabel(self)
        self.error_label.setObjectName("signInError")
        self.error_label.setWordWrap(True)
        self.error_label.setFont(theme.scaled_font(self.font(), 1.3, bold=True))
        self.error_label.setStyleSheet(
            f"color: {theme.DANGER}; background-color: {theme.DANGER_BACKGROUND};"
            f" border: 2px solid {theme.DANGER}; border-radius: 4px; padding: 8px;"
        )
        self.error_label.hide()

        form = QFormLayout()
        form.setVerticalSpacing(16)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        user_label = QLabel(self.tr("User"), self)
        pin_label = QLabel(self.tr("PIN"), self)
        for label in (user_label, pin_label):
            label.setFont(theme.scaled_font(self.font(), 1.5))
        form.addRow(user_label, self.user_field)
        form.addRow(pin_label, self.pin_field)

        box = QFrame(self)
        box.setObjectName("signInBox")
        box.setFixedWidth(600)
        box.setStyleSheet(
            "QFrame#signInBox { border: 2px solid #AAB7B8; border-radius: 8px;"
            " background: white; }"
            "QLineEdit { border: 2px solid #AAB7B8; border-radius: 4px; padding: 2px 6px; }"
            "QLineEdit:focus { border: 3px solid #1F4E9E; background: #F4F8FD; }"
        )
        inner = QVBoxLayout(box)
        inner.setContentsMargins(32, 24, 32, 24)
        inner.setSpacing(16)
        inner.addWidget(self.title)
        inner.addWidget(self.subtitle)
        inner.addLayout(form)
        inner.addWidget(self.error_label)
        inner.addWidget(self.button)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.setStyleSheet("SignInScreen { background: #EEF2F6; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.user_field.returnPressed.connect(self._user_entered)
        self.pin_field.returnPressed.connect(self.submit)
        self.button.clicked.connect(self.submit)
        self.scanner = ScanFilter(self)
        self.scanner.sig_scanned.connect(self._scanned)
        self.scanner.install()
        self.show_sign_in()

    # --- public ---------------------------------------------------------------

    def show_sign_in(self) -> None:
        """Nobody signed in: an empty user field."""
        self._locked_user = None
        self.title.setText(self.tr("Sign in to the checkout"))
        self.subtitle.setText(self.tr("Your user name and PIN, then Enter."))
        self.user_field.clear()
        self.pin_field.clear()
        self.error_label.hide()
        self._focus()

    def show_locked(self, who: StaffMember) -> None:
        """Locked while ``who`` is signed in: their PIN unlocks; anyone else may sign in."""
        self._locked_user = who
        self.title.setText(self.tr("Checkout locked"))
        self.subtitle.setText(
            self.tr(
                "{name} ({user}) is signed in; the sale in progress is kept.\n"
                "Their PIN unlocks; another user name takes over."
            ).format(name=who.display_name, user=who.username)
        )
        self.user_field.setText(who.username)
        self.pin_field.clear()
        self.error_label.hide()
        self._focus()

    def is_busy(self) -> bool:
        return self._busy or self.scanner.holding()

    def show_focus(self) -> None:
        """The PIN field when a user is filled in, else the user field."""
        self._focus()

    def submit(self) -> None:
        """Check the user and PIN typed (on the database worker: argon2 takes a moment)."""
        if self._busy:
            return
        user, pin = self.user_field.text().strip(), self.pin_field.text()
        if not user:
            self._say(self.tr("Type your user name."))
            self.user_field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not pin:
            self._say(self.tr("Type your PIN."))
            self.pin_field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        services = self.services
        self._busy = True
        self.button.setEnabled(False)
        (
            Op(self, lambda: services.staff_sign_in(user, pin))
            .success(self._signed_in)
            .failure(self._refused)
            .finished(self._finished)
            .run()
        )

    # --- internals --------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        later(0, self, self._focus)

    def _focus(self) -> None:
        if not self.isVisible():
            return
        field = self.pin_field if self.user_field.text().strip() else self.user_field
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _user_entered(self) -> None:
        if self.user_field.text().strip():
            self.pin_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _signed_in(self, who: StaffMember) -> None:
        self.pin_field.clear()
        self.error_label.hide()
        self.sig_signed_in.emit(who)

    def _refused(self, err: DomainError) -> None:
        self.pin_field.clear()
        self._say(staff_error_text(err))
        self.pin_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finished(self) -> None:
        self._busy = False
        self.button.setEnabled(True)

    def _scanned(self, _text: str) -> None:
        # A member card at a locked till: nothing to look up until someone signs in.
        if self.isVisible():
            self.pin_field.clear()
            self._say(self.tr("A card was scanned. Sign in first, then scan it again."))
            self._focus()

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
