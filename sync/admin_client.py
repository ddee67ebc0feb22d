"""The back office's calls to the central API's admin endpoints (tiers, benefits, point rules).

The rulebook is the server's: the back office reads it from its local copy
(the pull brings it) and edits it here, with the access token of a signed-in
staff member (``backoffice`` or ``admin``: ``catalog.edit``). Errors are the
typed errors of :mod:`sync.errors` plus :class:`SignInNeeded`; the UI words them.

A ladder is saved whole (``PUT /v1/tiers``: checked and written in one
transaction, or not at all), the tier policy (window, grace) in one call.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any, Final

import httpx
from sqlalchemy.orm import Session, sessionmaker

from core.benefits import Benefit
from core.rules import PointRules
from core.tiers import TierDef, TierPolicy
from sync.client import TIMEOUT, SyncClient
from sync.errors import BadAnswer, NotSetUp, SyncError
from sync.state import load_device

#: Fields of a benefit the server lets head office change.
BENEFIT_FIELDS: Final = ("value", "quota", "period")


class SignInNeeded(SyncError):
    """The staff token is missing, expired or refused: sign in (again)."""

    code = "sign_in_needed"
    template = "sign in to the central server first ({reason})"
    retryable = False


def central_server(factory: sessionmaker[Session]) -> str | None:
    """The central API this database syncs with; None for a standalone database."""
    with factory() as session:
        try:
            return load_device(session).server_url
        except NotSetUp:
            return None


def benefit_changes(before: Benefit, after: Benefit) -> dict[str, Any]:
    """The fields of ``after`` that differ from ``before`` (what a PUT sends)."""
    return {
        name: getattr(after, name)
        for name in BENEFIT_FIELDS
        if getattr(after, name) != getattr(before, name)
    }


class AdminClient:
    """A staff member's connection to the central API; use as ``async with``."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: httpx.Timeout = TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.token = token
        self._client = SyncClient(base_url, None, timeout=timeout, transport=transport)

    @property
    def base_url(self) -> str:
        return self._client.base_url

    async def __aenter__(self) -> AdminClient:
        return self

    async def __aexit__(
        self,
        _type: type[BaseException] | None,
        _exc: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    # --- plumbing ------------------------------------------------------------------

    async def call(self, method: str, path: str, **kw: Any) -> Any:
        """One authorised request; the decoded JSON body, or a typed error."""
        if not self.token:
            raise SignInNeeded(reason="not signed in")
        response = await self._client._send(
            method, path, headers={"Authorization": f"Bearer {self.token}"}, **kw
        )
        if response.status_code == 401:
            self.token = None
            raise SignInNeeded(reason="the sign-in has expired")
        if response.status_code < 300:
            try:
                return response.json()
            except ValueError:
                raise BadAnswer(reason=f"{response.status_code}, not JSON") from None
        self._client._check(response, staff=True)  # raises the typed error
        raise BadAnswer(reason=f"unexpected status {response.status_code}")  # pragma: no cover

    # --- calls ---------------------------------------------------------------------

    async def login(self, username: str, password: str) -> str:
        """Sign in (the OAuth2 password flow); the token is kept for the next calls."""
        self.token = await self._client.login(username, password)
        return self.token

    async def tiers(self) -> list[TierDef]:
        body = await self.call("GET", "/v1/tiers")
        if not isinstance(body, list):
            raise BadAnswer(reason="tiers: not a list")
        return [TierDef.from_dict(t) for t in body]

    async def benefits(self) -> list[Benefit]:
        body = await self.call("GET", "/v1/benefits")
        if not isinstance(body, list):
            raise BadAnswer(reason="benefits: not a list")
        return [Benefit.from_dict(b) for b in body]

    async def rule_sets(self) -> list[dict[str, Any]]:
        body = await self.call("GET", "/v1/rules")
        if not isinstance(body, list):
            raise BadAnswer(reason="rules: not a list")
        return body

    async def edit_tier(self, tier: TierDef) -> dict[str, Any]:
        """Set a tier's name and threshold."""
        body = await self.call(
            "PUT", f"/v1/tiers/{tier.code}", json={"name": tier.name, "threshold": tier.threshold}
        )
        return dict(body)

    async def edit_benefit(self, benefit_id: str, changes: Mapping[str, Any]) -> dict[str, Any]:
        """Change a benefit's ``value``, ``quota`` or ``period`` (None clears quota/period)."""
        unknown = set(changes) - set(BENEFIT_FIELDS)
        if unknown:
            raise ValueError(f"not editable on the server: {', '.join(sorted(unknown))}")
        body = await self.call("PUT", f"/v1/benefits/{benefit_id}", json=dict(changes))
        return dict(body)

    async def publish_rules(self, rules: PointRules) -> dict[str, Any]:
        """Publish ``rules`` as the next version (the server numbers it)."""
        definition = rules.to_dict()
        definition.pop("version", None)
        body = await self.call("POST", "/v1/rules", json=definition)
        return dict(body)

    async def save_ladder(
        self, before: Sequence[TierDef], after: Sequence[TierDef]
    ) -> list[dict[str, Any]]:
        """Save ``after`` as the whole ladder in one call (nothing when it equals ``before``);
        the tiers the server now has."""
        if list(after) == list(before):
            return []
        body = await self.call(
            "PUT",
            "/v1/tiers",
            json=[{"code": t.code, "name": t.name, "threshold": t.threshold} for t in after],
        )
        if not isinstance(body, list):
            raise BadAnswer(reason="tiers: not a list")
        return body

    async def save_policy(self, policy: TierPolicy) -> dict[str, Any]:
        """Set the qualifying window and the grace period (the measure is not editable)."""
        body = await self.call(
            "PUT",
            "/v1/tier-policy",
            json={"window": policy.window, "grace_days": policy.grace_days},
        )
        return dict(body)


__all__ = [
    "BENEFIT_FIELDS",
    "AdminClient",
    "SignInNeeded",
    "benefit_changes",
    "central_server",
]
