"""The signed-in back-office staff member, for edits that go to the central API.

The rulebook belongs to the central server: pages read it from the local copy
and send edits with a staff access token. The token is kept in memory for the
session only (never in the database or a file); signing out or an expired
token forgets it. Pages share one session, so signing in once serves both
editors.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sync.admin_client import AdminClient


class AdminSession(QObject):
    """Where the central API is (None: a standalone database) and who is signed in."""

    # The server address or the signed-in staff member changed.
    sig_changed = Signal()

    def __init__(self, server_url: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server_url = server_url
        self._username: str | None = None
        self._token: str | None = None

    @property
    def server_url(self) -> str | None:
        return self._server_url

    @property
    def username(self) -> str | None:
        return self._username if self._token else None

    def set_server(self, url: str | None) -> None:
        """The database's central API (from ``settings["device"]``); a new one signs out."""
        if url != self._server_url:
            self._server_url = url
            self._username = self._token = None
            self.sig_changed.emit()

    def is_signed_in(self) -> bool:
        return self._token is not None

    def signed_in(self, username: str, token: str) -> None:
        self._username, self._token = username, token
        self.sig_changed.emit()

    def forget(self) -> None:
        """Sign out (or the server said the token expired)."""
        if self._token is not None:
            self._token = None
            self.sig_changed.emit()

    def client(self) -> AdminClient:
        """A client for one piece of work (use ``async with``); needs a server."""
        if self._server_url is None:
            raise RuntimeError("no central server for this database")
        return AdminClient(self._server_url, self._token)
