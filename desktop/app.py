"""``memberdesk desktop``: the back-office application.

On a device set up for sync (``memberdesk device setup``; ``make run`` sets up a
``backoffice`` desktop), ``ui.app.run_application`` runs its sync service beside
the window. Every change made here is a command: it goes through the outbox to
the central API, and recording one wakes the sync service at once.

The back office has no sign-in of its own: on a head-office desktop or a
regional manager's laptop, a command names the staff member who set the device
up (``settings["device"]["operator"]``), so the server checks it against that
person's role (a manager may adjust points, a clerk may not). A store till's
commands name nobody unless the caller does.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from core.services import DeviceServices
from desktop.main_window import MainWindow
from sync.state import device_of
from ui.app import run_application
from ui.sync_bridge import SyncBridge

# The DeviceServices methods that record a command (and take ``staff=``).
CHANGING: Final = (
    "enrol",
    "record_sale",
    "refund",
    "redeem",
    "cancel_redemption",
    "set_redemption_status",
    "adjust",
    "freeze",
    "issue_coupon",
    "edit_profile",
    "set_status",
    "use_benefit",
    "merge_members",
)


class _Recorded(QObject):
    """Carries "a command was recorded" from a worker thread to the sync service's thread."""

    sig_recorded = Signal()


class OperatorServices(DeviceServices):
    """The device's services as the back office uses them.

    A change names ``staff`` unless the caller names someone, and ``recorded`` is
    called after it (from whatever thread ran it).
    """

    def __init__(self, services: DeviceServices, staff: str | None, recorded: Callable[[], None]):
        super().__init__(services.factory)
        self.staff = staff
        self.recorded = recorded


def _named(name: str) -> Callable[..., Any]:
    base = getattr(DeviceServices, name)

    @functools.wraps(base)
    def change(self: OperatorServices, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("staff") is None and self.staff is not None:
            kwargs["staff"] = self.staff
        applied = base(self, *args, **kwargs)
        self.recorded()
        return applied

    return change


for _name in CHANGING:
    setattr(OperatorServices, _name, _named(_name))


def operator_services(services: DeviceServices, bridge: SyncBridge) -> OperatorServices:
    """``services`` naming the device's operator, waking ``bridge``'s service after a change."""
    device = device_of(services.factory)
    # A child of the bridge: it lives on the UI thread and dies with it there.
    recorded = _Recorded(bridge)
    recorded.sig_recorded.connect(bridge.nudge, Qt.ConnectionType.QueuedConnection)
    staff = device.default_staff if device is not None else None
    return OperatorServices(services, staff, recorded.sig_recorded.emit)


def _open(services: DeviceServices, bridge: SyncBridge) -> QWidget:
    # The user's QSettings (organisation "MemberDesk", set by run_application).
    window = MainWindow(operator_services(services, bridge), sync_bridge=bridge)
    window.show()
    window.start()
    return window


def main(db_path: str) -> int:
    """Open the back office on the device database at ``db_path``; returns the exit status."""
    return run_application(db_path, "MemberDesk", _open)
