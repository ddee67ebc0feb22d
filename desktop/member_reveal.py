"""Why the central API did not reveal a member's personal data, in one line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sync.admin_client import SignInNeeded
from sync.errors import Offline, Refused, ServerFailed, SyncError
from ui.admin_session import AdminSession

# lupdate reads the context of QCoreApplication.translate("MemberReveal", …) literally.


def reveal_error_text(err: SyncError, session: AdminSession) -> str:
    """The reason nothing is shown; never the data itself."""
    translate = QCoreApplication.translate
    if isinstance(err, SignInNeeded):
        return translate("MemberReveal", "Your sign-in has expired: sign in again to reveal.")
    if isinstance(err, Offline):
        return translate(
            "MemberReveal",
            "Revealing needs the central API, which records it first; {url} cannot be "
            "reached, so nothing is shown.",
        ).format(url=session.server_url or "")
    if isinstance(err, Refused):
        status = err.params.get("status")
        if status == 403:
            return translate(
                "MemberReveal", "{user} may not reveal this member's personal data."
            ).format(user=session.username or "")
        if status == 404:
            return translate(
                "MemberReveal",
                "The central API does not know this member yet (not synced?): nothing is shown.",
            )
    if isinstance(err, ServerFailed):
        return translate("MemberReveal", "The central API failed ({status}); try again.").format(
            status=err.params.get("status", "")
        )
    return translate("MemberReveal", "The central API did not reveal it: {reason}").format(
        reason=err.message
    )
