"""The member card's fast path (``server.card.CardFastPath``): a caller the principal cache
knows gets the card before FastAPI, byte for byte the route's answer; every other request
reaches the application behind it, which answers as it always has."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import select

from core.db.models import Member
from server import principals
from server.card import CardFastPath
from tests.integration.server.conftest import admin, enrol_device


class _Behind:
    """Stands for the application behind the fast path: records what reached it."""

    def __init__(self) -> None:
        self.reached: list[str] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        self.reached.append(scope["path"])


def _ask(
    app: Any, path: str, headers: dict[str, str], *, method: str = "GET", query: bytes = b""
) -> tuple[bool, int | None, bytes]:
    """(whether it reached the application behind, status, body) of one request."""
    behind = _Behind()
    sent: list[dict[str, Any]] = []
    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "query_string": query,
        "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        "app": app,
    }

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    asyncio.run(CardFastPath(behind)(scope, receive, send))
    if behind.reached:
        assert not sent, "nothing is sent when the request is passed on"
        return True, None, b""
    return False, sent[0]["status"], b"".join(m.get("body", b"") for m in sent[1:])


def _codes(factory: Any, store: str, count: int) -> list[str]:
    with factory() as s:
        return list(
            s.execute(
                select(Member.code).where(Member.home_store == store).order_by(Member.code)
            ).scalars()
        )[:count]


def test_a_cached_caller_gets_the_routes_answer_without_the_route(
    client: Any, factory: Any
) -> None:
    _, till = enrol_device(client, store="S001")
    codes = _codes(factory, "S001", 5)
    assert client.get(f"/v1/members/{codes[0]}", headers=till).status_code == 200  # cached now
    for code in codes:
        passed_on, status, body = _ask(client.app, f"/v1/members/{code}", till)
        assert not passed_on and status == 200
        # A query string takes the request past the fast path, to the route.
        routed = client.get(f"/v1/members/{code}?via=route", headers=till)
        assert routed.status_code == 200
        assert body == routed.content


@pytest.mark.parametrize(
    ("path", "method", "query"),
    [
        ("/v1/members/{code}", "POST", b""),
        ("/v1/members/{code}", "GET", b"x=1"),
        ("/v1/members/{code}/ledger", "GET", b""),
        ("/v1/members/M%00", "GET", b""),
        ("/v1/members/../v1/devices", "GET", b""),
        ("/v1/members/" + "M" * 33, "GET", b""),
        ("/v1/members", "GET", b""),
    ],
)
def test_anything_but_a_plain_card_read_is_passed_on(
    client: Any, factory: Any, path: str, method: str, query: bytes
) -> None:
    _, till = enrol_device(client, store="S001")
    code = _codes(factory, "S001", 1)[0]
    assert client.get(f"/v1/members/{code}", headers=till).status_code == 200
    passed_on, _, _ = _ask(client.app, path.format(code=code), till, method=method, query=query)
    assert passed_on


def test_callers_the_cache_does_not_vouch_for_are_passed_on(
    client: Any, factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    device_id, till = enrol_device(client, store="S001")
    code = _codes(factory, "S001", 1)[0]
    far = _codes(factory, "S004", 1)[0]
    path = f"/v1/members/{code}"
    # Not yet seen: the route checks the token (and caches it).
    assert _ask(client.app, path, till)[0]
    assert client.get(path, headers=till).status_code == 200
    assert not _ask(client.app, path, till)[0]
    # No token, another scheme, a token nobody issued.
    assert _ask(client.app, path, {})[0]
    assert _ask(
        client.app, path, {"Authorization": till["Authorization"].replace("Bearer", "Basic")}
    )[0]
    assert _ask(client.app, path, {"Authorization": "Bearer not-a-token"})[0]
    # A member outside the caller's region, or no such member: the route says "not found".
    assert _ask(client.app, f"/v1/members/{far}", till)[0]
    assert _ask(client.app, "/v1/members/M00000000000", till)[0]
    r = client.get(f"/v1/members/{far}", headers=till)
    assert r.status_code == 404 and r.json()["error"]["code"] == "member_not_found"
    # Revoked: the cache forgets it at the revoking commit, and the route refuses it.
    assert client.delete(f"/v1/devices/{device_id}", headers=admin(client)).status_code == 200
    assert _ask(client.app, path, till)[0]
    assert client.get(path, headers=till).status_code == 401
    # Past its time in the cache, a caller is checked again by the route.
    _, other = enrol_device(client, store="S001")
    assert client.get(path, headers=other).status_code == 200
    assert not _ask(client.app, path, other)[0]
    monkeypatch.setattr(principals, "TTL", 0.0)
    assert _ask(client.app, path, other)[0]
