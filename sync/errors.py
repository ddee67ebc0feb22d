"""Why a sync step did not finish: typed errors with stable codes.

The UI and the CLI decide how to say them; ``message`` is an English fallback.
``retryable`` tells the service whether trying again later can help.
"""

from __future__ import annotations

from core.errors import DomainError


class SyncError(DomainError):
    code = "sync_failed"
    template = "sync failed: {reason}"
    retryable = True


class Offline(SyncError):
    """The server could not be reached (no network, refused, timed out)."""

    code = "offline"
    template = "cannot reach the server at {url}: {reason}"


class AuthRevoked(SyncError):
    """The server refused this device's credential (revoked, or unknown)."""

    code = "auth_revoked"
    template = "the server refused this device's credential ({reason}); set it up again"
    retryable = False


class ServerFailed(SyncError):
    """The server answered 5xx."""

    code = "server_error"
    template = "the server failed ({status}): {reason}"


class Refused(SyncError):
    """The server refused the request itself (4xx other than the ones below)."""

    code = "refused"
    template = "the server refused the request ({status} {error}): {reason}"
    retryable = False


class SequenceGap(SyncError):
    """The server expects another command number than this device's first unsent one."""

    code = "sequence_gap"
    template = (
        "the server expects command number {expected} but this database's first unsent "
        "command is {first}: {explanation}; nothing was renumbered"
    )
    retryable = False


class CommandsLost(SyncError):
    """The server already used numbers this device's unsent commands carry."""

    code = "commands_lost"
    template = (
        "the server already has command number {seq} of this device from another command: "
        "this database lost commands (restored from an older copy?); nothing was sent further"
    )
    retryable = False


class ResyncRequired(SyncError):
    """The device's scope or the protocol changed: the pull restarts from a snapshot."""

    code = "resync_required"
    template = "the server asks for a full pull again: {reason}"


class NotSetUp(SyncError):
    code = "not_set_up"
    template = "this database is not set up for sync ({reason}): run memberdesk device setup"
    retryable = False


class NoKeyring(SyncError):
    code = "no_keyring"
    template = "no usable keyring backend for the device credential ({reason})"
    retryable = False


class BadAnswer(SyncError):
    """The server's answer does not follow the protocol."""

    code = "bad_answer"
    template = "the server's answer was not understood: {reason}"
