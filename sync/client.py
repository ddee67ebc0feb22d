"""The device's HTTP transport to the central API, over ``httpx.AsyncClient``.

Every failure becomes a typed error of :mod:`sync.errors`: the network
(``Offline``), the credential (``AuthRevoked``), the server (``ServerFailed``),
the protocol's own answers (``SequenceGap``, ``ResyncRequired``).
"""

from __future__ import annotations

from types import TracebackType
from typing import Any, Final

import httpx
import orjson

from sync.errors import (
    AuthRevoked,
    BadAnswer,
    Offline,
    Refused,
    ResyncRequired,
    SequenceGap,
    ServerFailed,
)
from sync.protocol import MAX_REFRESH

TIMEOUT: Final = httpx.Timeout(30.0, connect=5.0)


def _error_of(response: httpx.Response) -> tuple[str, str, dict[str, Any]]:
    try:
        body = orjson.loads(response.content)
        err = body["error"]
        return str(err.get("code", "")), str(err.get("message", "")), dict(err.get("params") or {})
    except Exception:
        return "", response.text[:200].replace("\n", " "), {}


def _json(response: httpx.Response) -> dict[str, Any]:
    # orjson: a snapshot page is 20,000 rows, and the standard decoder took a quarter
    # of a new device's pull holding the GIL that the page writer needs.
    try:
        body = orjson.loads(response.content)
    except ValueError:
        raise BadAnswer(reason=f"{response.status_code}, not JSON") from None
    if not isinstance(body, dict):
        raise BadAnswer(reason="not a JSON object")
    return body


class SyncClient:
    """One device's connection to the server; use as ``async with``."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: httpx.Timeout = TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.http = httpx.AsyncClient(
            base_url=self.base_url, headers=headers, timeout=timeout, transport=transport
        )

    async def __aenter__(self) -> SyncClient:
        return self

    async def __aexit__(
        self,
        _type: type[BaseException] | None,
        _exc: BaseException | None,
        _tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.http.aclose()

    async def _send(self, method: str, path: str, **kw: Any) -> httpx.Response:
        try:
            return await self.http.request(method, path, **kw)
        except httpx.TransportError as exc:
            reason = str(exc) or type(exc).__name__
            raise Offline(url=self.base_url, reason=reason) from None
        except httpx.InvalidURL as exc:
            raise Offline(url=self.base_url, reason=str(exc)) from None

    def _check(self, response: httpx.Response, *, staff: bool = False) -> dict[str, Any]:
        status = response.status_code
        if status < 300:
            return _json(response)
        code, message, params = _error_of(response)
        if status >= 500:
            raise ServerFailed(status=status, reason=message or code or "no detail")
        if status == 401 and not staff:
            raise AuthRevoked(reason=message or code)
        if status == 409 and code == "resync_required":
            raise ResyncRequired(reason=message)
        raise Refused(status=status, error=code or "error", reason=message, params=params)

    # --- device calls ----------------------------------------------------------

    async def push(self, commands: list[dict[str, Any]]) -> dict[str, Any]:
        """Send a batch in sequence order; one result per command comes back."""
        response = await self._send("POST", "/v1/sync/push", json={"commands": commands})
        if response.status_code == 409:
            code, _message, params = _error_of(response)
            if code == "sequence_gap":
                expected = int(params.get("expected", 0))
                first = int(commands[0]["seq"]) if commands else 0
                raise SequenceGap(
                    expected=expected,
                    first=first,
                    explanation=(
                        "this database lost commands (restored from an older copy?)"
                        if expected > first
                        else "the server is missing commands this device had delivered"
                    ),
                )
        body = self._check(response)
        if not isinstance(body.get("results"), list) or len(body["results"]) != len(commands):
            raise BadAnswer(reason="push answered a different number of results")
        return body

    async def pull(self, cursor: str | None, limit: int) -> dict[str, Any]:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        body = self._check(await self._send("GET", "/v1/sync/pull", params=params))
        if not isinstance(body.get("changes"), list) or not isinstance(body.get("cursor"), str):
            raise BadAnswer(reason="a pull page needs changes and a cursor")
        return body

    async def refresh(
        self, member_ids: list[str], command_ids: list[str] | None = None
    ) -> dict[str, Any]:
        """All mutable rows of these members and every row these commands of this device
        made (at most 500 of each), as pull blocks."""
        if len(member_ids) > MAX_REFRESH or len(command_ids or ()) > MAX_REFRESH:
            raise ValueError(f"at most {MAX_REFRESH} members and commands per refresh")
        request: dict[str, Any] = {"member_ids": member_ids}
        if command_ids:
            request["command_ids"] = command_ids
        body = self._check(await self._send("POST", "/v1/sync/refresh", json=request))
        if not isinstance(body.get("changes"), list):
            raise BadAnswer(reason="a refresh answer needs changes")
        return body

    # --- staff calls (device set-up) -----------------------------------------

    async def login(self, username: str, password: str) -> str:
        """A staff access token (the OAuth2 password flow)."""
        response = await self._send(
            "POST", "/v1/auth/token", data={"username": username, "password": password}
        )
        if response.status_code == 401:
            raise Refused(
                status=401, error="unauthorized", reason=f"wrong user or password for {username!r}"
            )
        body = self._check(response, staff=True)
        token = body.get("access_token")
        if not isinstance(token, str):
            raise BadAnswer(reason="no access token")
        return token

    async def enrol(
        self, access_token: str, *, name: str, store_code: str, kind: str = "store"
    ) -> dict[str, Any]:
        """Enrol this device for a store; the answer holds its id and token (shown once)."""
        response = await self._send(
            "POST",
            "/v1/devices",
            json={"name": name, "kind": kind, "store_code": store_code},
            headers={"Authorization": f"Bearer {access_token}"},
        )
        body = self._check(response, staff=True)
        if not isinstance(body.get("device_id"), str) or not isinstance(body.get("token"), str):
            raise BadAnswer(reason="enrolment answered no device id or token")
        return body
