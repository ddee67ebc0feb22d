"""Who a bearer token is, remembered for a few seconds so a read does not pay for it.

Every request names its caller with a token; finding out who that is costs a
transaction and one or two queries (the device row, or the staff account behind
a JWT), as much as the read the caller asked for. A token's answer is kept for
``TTL`` seconds by the application that checked it (``app.state.principals``).

Revocation stays prompt. In the process that revokes a device or disables or
changes a staff account, every cache of the process is dropped at that commit (an ORM
event, so no route has to remember it). Another worker process of the same
server answers from its cache for at most ``TTL`` seconds more. A staff access
token's own expiry is checked on every hit, never cached past it.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from server.auth import Principal
from server.models import DeviceRow, StaffAccount

TTL = 5.0
MAX_TOKENS = 10_000


class PrincipalCache:
    """Tokens' principals for one application (one database): ``app.state.principals``.

    Never shared between applications: two databases made from one template sign
    the same claims into the same token, which must not mean the same caller."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        # token -> (principal, monotonic time it was checked, the token's expiry or None)
        self._tokens: OrderedDict[str, tuple[Principal, float, float | None]] = OrderedDict()
        _caches.add(self)

    def clear(self) -> None:
        with self._lock:
            self._tokens.clear()

    def fresh(self, token: str, now: datetime) -> Principal | None:
        """The principal of ``token`` if the cache holds a fresh one (no database, no
        waiting: the API answers a hit on its event loop), else None."""
        tick = time.monotonic()
        with self._lock:
            hit = self._tokens.get(token)
            if hit is None:
                return None
            principal, checked, expires = hit
            if tick - checked < TTL and (expires is None or expires >= now.timestamp()):
                self._tokens.move_to_end(token)
                return principal
            del self._tokens[token]
        return None

    def resolve(
        self,
        token: str,
        now: datetime,
        look_up: Callable[[], tuple[Principal, float | None]],
    ) -> Principal:
        """The principal of ``token``: from the cache while fresh, else ``look_up()`` (which
        raises for a bad token, and returns the principal with the token's expiry, a POSIX
        timestamp, or None for tokens that do not expire)."""
        tick = time.monotonic()
        principal = self.fresh(token, now)
        if principal is not None:
            return principal
        principal, expires = look_up()
        with self._lock:
            self._tokens[token] = (principal, tick, expires)
            while len(self._tokens) > MAX_TOKENS:
                self._tokens.popitem(last=False)
        return principal


_caches: weakref.WeakSet[PrincipalCache] = weakref.WeakSet()


def clear() -> None:
    """Forget every cached principal of every application in this process."""
    for cache in list(_caches):
        cache.clear()


# What a principal is made of; a device's sync bookkeeping (last_seq, last_push_at, ...)
# changes all the time and does not make anyone someone else.
_WHO: dict[type, tuple[str, ...]] = {
    DeviceRow: ("kind", "store_code", "regions", "token_hash", "revoked_at"),
    StaffAccount: ("role", "store_code", "region", "active"),
}


def _changes_who(obj: object) -> bool:
    names = _WHO.get(type(obj))
    if names is None:
        return False
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in names)


def _forget_on_change(session: Session, _context: object) -> None:
    if any(type(obj) in _WHO for obj in session.deleted) or any(
        _changes_who(obj) for obj in session.dirty
    ):
        session.info["principals_changed"] = True


def _forget_after_commit(session: Session) -> None:
    if session.info.pop("principals_changed", False):
        clear()


event.listen(Session, "after_flush", _forget_on_change)
event.listen(Session, "after_commit", _forget_after_commit)
