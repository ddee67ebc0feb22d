"""The POS window: the sign-in screen or the checkout, and a status bar. It assembles.

On a till with staff sign-in (enrolled for sync, or holding a staff list) the
window starts at the sign-in screen; the signed-in clerk is the staff on every
command the checkout makes. It locks after ``settings["pos"]["idle_lock_minutes"]``
without a key or a click, and on F10 (sign out); the sale in progress stays as it
was underneath. A standalone demo till has no staff to sign in and opens straight
at the checkout.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QStackedWidget, QWidget

from core.errors import DomainError
from core.services import DeviceServices
from core.staff_signin import DEFAULT_IDLE_LOCK_MINUTES, StaffMember
from pos.checkout import CheckoutScreen
from pos.signin_screen import SignInScreen
from ui.ops import Op
from ui.sync_bridge import SyncBridge
from ui.timers import later
from ui.widgets.sync_status import SyncStatusWidget

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)

# How long after a recorded sale the sync is woken: after the screen is back to ready.
NUDGE_AFTER_MS = 100
# How long the till must be quiet after a recorded command before its write-ahead log is
# folded into the database file (core.db.engine.checkpoint), so that a sale's COMMIT
# seldom has to do it.
CHECKPOINT_AFTER_MS = 3000


class _IdleWatch(QObject):
    """Restarts ``timer`` on every key, click, wheel or touch anywhere in the application."""

    def __init__(self, timer: QTimer) -> None:
        super().__init__(timer)
        self._timer = timer

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False


class PosWindow(QMainWindow):
    """``checkout`` (or ``signin`` over it) in the middle; who is signed in and the sync
    status in the status bar."""

    # Someone signed in or unlocked (their StaffMember); the screen locked (None).
    sig_staff_changed = Signal(object)

    def __init__(
        self,
        services: DeviceServices,
        parent: QWidget | None = None,
        *,
        sync_bridge: SyncBridge | None = None,
        signed_in: StaffMember | None = None,
    ) -> None:
        """``sync_bridge``: the running sync service's status (None: sync is not set up).
        ``signed_in``: start unlocked with this staff member (tests, benches)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("MemberDesk — Checkout"))
        self.services = services
        self.staff: StaffMember | None = None
        self.signin_required = signed_in is not None or services.signin_required()
        self.checkout = CheckoutScreen(services, self)
        self.signin = SignInScreen(services, self)
        self.signin.sig_signed_in.connect(self._signed_in)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.checkout)
        self.stack.addWidget(self.signin)
        self.setCentralWidget(self.stack)
        self._hidden_dialogs: list[QDialog] = []

        self.staff_label = QLabel(self)
        self.staff_label.setObjectName("staffStatus")
        self.statusBar().addWidget(self.staff_label)
        self.sync_status = SyncStatusWidget(self)
        if sync_bridge is not None:
            self.sync_status.follow(sync_bridge)
            # A sale, refund or redemption goes up at once, not at the next timer tick;
            # once the confirmation is painted and the till is ready for the next scan.
            self.checkout.sig_recorded.connect(
                lambda _text: later(NUDGE_AFTER_MS, self, sync_bridge.nudge)
            )
        self.statusBar().addPermanentWidget(self.sync_status, 1)

        # Restarted by every recorded command: it fires once the till has been quiet.
        self.checkpoint_timer = QTimer(self)
        self.checkpoint_timer.setSingleShot(True)
        self.checkpoint_timer.setInterval(CHECKPOINT_AFTER_MS)
        self.checkpoint_timer.timeout.connect(self._checkpoint)
        self.checkout.sig_recorded.connect(lambda _text: self.checkpoint_timer.start())

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self.lock)
        self.set_idle_lock_ms(self._idle_minutes() * 60_000)
        self._idle_watch = _IdleWatch(self.idle_timer)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self._idle_watch)

        if self.signin_required:
            self.checkout.key_bar.add("F10", self.tr("Sign out"), self.sign_out)
        if signed_in is not None:
            self._begin(signed_in)
        elif self.signin_required:
            self._show_signin()
        else:
            self.stack.setCurrentWidget(self.checkout)
            self.staff_label.setText(self.tr("Standalone till: no staff sign-in"))
        self.setFocusProxy(self.stack)

    # --- public ---------------------------------------------------------------

    def is_locked(self) -> bool:
        return self.stack.currentWidget() is self.signin

    def set_idle_lock_ms(self, ms: int) -> None:
        """How long without a key or click before the screen locks."""
        self.idle_timer.setInterval(ms)

    def _checkpoint(self) -> None:
        """The till has been quiet: fold the write-ahead log in now, on the database worker
        (queued behind any lookup, so it never runs beside a sale)."""
        services = self.services
        Op(self, services.checkpoint).run()

    def lock(self) -> None:
        """Cover the checkout; the signed-in staff member's PIN (or another's) unlocks it."""
        if not self.signin_required or self.is_locked():
            return
        self.idle_timer.stop()
        self._hide_dialogs()
        if self.staff is not None:
            self.signin.show_locked(self.staff)
        else:
            self.signin.show_sign_in()
        self.stack.setCurrentWidget(self.signin)
        # A dialog that had the keyboard is hidden: the PIN field takes it back.
        self.activateWindow()
        later(0, self.signin, self.signin.show_focus)
        self.staff_label.setText(
            self.tr("Locked — {name} signed in").format(name=self.staff.display_name)
            if self.staff is not None
            else self.tr("Nobody signed in")
        )
        self.sig_staff_changed.emit(None)

    def sign_out(self) -> None:
        """F10: nobody is signed in any more; the sale in progress stays for the next."""
        if not self.signin_required:
            return
        self.staff = None
        self.checkout.staff = None
        self.lock()
        self.signin.show_sign_in()
        self.staff_label.setText(self.tr("Nobody signed in"))

    # --- internals --------------------------------------------------------------

    def _idle_minutes(self) -> int:
        try:
            return self.services.pos_policy().idle_lock_minutes
        except DomainError:  # a bad setting must not keep the till from opening
            return DEFAULT_IDLE_LOCK_MINUTES

    def _show_signin(self) -> None:
        self.signin.show_sign_in()
        self.stack.setCurrentWidget(self.signin)
        self.staff_label.setText(self.tr("Nobody signed in"))

    def _signed_in(self, who: StaffMember) -> None:
        self._begin(who)
        self._show_dialogs()
        if self.checkout.dialog is None:
            self.checkout.resume()

    def _begin(self, who: StaffMember) -> None:
        self.staff = who
        self.checkout.staff = who.username
        self.stack.setCurrentWidget(self.checkout)
        self.staff_label.setText(
            self.tr("Signed in: {name} ({user})").format(name=who.display_name, user=who.username)
        )
        if self.signin_required:
            self.idle_timer.start()
        self.sig_staff_changed.emit(who)

    def _hide_dialogs(self) -> None:
        self._hidden_dialogs = [d for d in self.findChildren(QDialog) if d.isVisible()]
        for dialog in self._hidden_dialogs:
            dialog.hide()

    def _show_dialogs(self) -> None:
        dialogs, self._hidden_dialogs = self._hidden_dialogs, []
        for dialog in dialogs:
            dialog.show()
            dialog.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self._idle_watch)
        self.idle_timer.stop()
        super().closeEvent(event)
