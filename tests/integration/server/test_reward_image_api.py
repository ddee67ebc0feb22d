"""A reward's picture over HTTP: set, read, replace and remove it; devices receive it with
the catalog; a hostile or wrong payload is a clear 422 and changes nothing."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from sqlalchemy import select

from core import catalog
from core.db.models import Reward
from core.reward_form import MAX_IMAGE_BYTES, image_digest
from server.models import AuditEntry
from tests.integration.server.conftest import enrol_device, login
from tests.pictures import jpeg_header, png


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _stored(factory: Any, sku: str) -> tuple[str | None, str | None, str | None]:
    with factory() as s:
        row = s.execute(
            select(Reward.image_type, Reward.image_hash, Reward.image_data).where(Reward.sku == sku)
        ).one()
        return row.image_type, row.image_hash, row.image_data


def _revision(factory: Any) -> int:
    with factory() as s:
        return catalog.revision(s)


def _audit(factory: Any, action: str) -> list[dict[str, Any]]:
    with factory() as s:
        entries = s.execute(select(AuditEntry).where(AuditEntry.action == action)).scalars()
        return [{"actor": e.actor, **e.detail} for e in entries]


def _pulled_rewards(client: Any, headers: dict[str, str], cursor: str | None) -> Any:
    rows: dict[str, dict[str, Any]] = {}
    while True:
        params: dict[str, Any] = {"limit": 1000}
        if cursor:
            params["cursor"] = cursor
        r = client.get("/v1/sync/pull", params=params, headers=headers)
        assert r.status_code == 200, r.text
        body = r.json()
        for block in body["changes"]:
            if block["entity"] == "rewards":
                for row in block["rows"]:
                    record = dict(zip(block["columns"], row, strict=True))
                    rows[record["sku"]] = record
        cursor = body["cursor"]
        if not body["has_more"]:
            return rows, cursor


def test_a_picture_is_set_read_replaced_and_removed(client: Any, factory: Any) -> None:
    office = login(client, "backoffice")
    _device, till = enrol_device(client, "S001")
    _rows, cursor = _pulled_rewards(client, till, None)
    picture = png(64, 48)
    rev = _revision(factory)

    r = client.put("/v1/rewards/RW0001/image", json={"data": _b64(picture)}, headers=office)
    assert r.status_code == 200, r.text
    assert r.json()["image_type"] == "image/png"
    assert r.json()["image_hash"] == image_digest(picture)
    assert _stored(factory, "RW0001") == ("image/png", image_digest(picture), _b64(picture))
    assert _revision(factory) == rev + 1
    [entry] = _audit(factory, "reward.image")
    assert entry == {
        "actor": "backoffice",
        "sku": "RW0001",
        "image_type": "image/png",
        "width": 64,
        "height": 48,
        "bytes": len(picture),
        "sha256": image_digest(picture),
        "previous": None,
    }
    # The till receives it with the catalog, as base64 text in the reward's row.
    rows, cursor = _pulled_rewards(client, till, cursor)
    assert base64.b64decode(rows["RW0001"]["image_data"]) == picture
    assert rows["RW0001"]["image_hash"] == image_digest(picture)
    # Read back as the picture itself (a device or an integrator's shop).
    got = client.get("/v1/rewards/RW0001/image", headers=till)
    assert got.status_code == 200 and got.content == picture
    assert got.headers["content-type"] == "image/png"
    # The catalog says which picture each reward has, so a shop fetches only changed ones.
    shelf = {x["sku"]: x for x in client.get("/v1/rewards", headers=till).json()}
    assert shelf["RW0001"]["image_hash"] == image_digest(picture)
    assert shelf["RW0002"]["image_hash"] is None and "image_data" not in shelf["RW0001"]

    # A JPEG replaces it.
    jpeg = jpeg_header(200, 256)
    r = client.put("/v1/rewards/RW0001/image", json={"data": _b64(jpeg)}, headers=office)
    assert r.status_code == 200 and r.json()["image_type"] == "image/jpeg"
    assert _audit(factory, "reward.image")[-1]["previous"] == image_digest(picture)

    # Removed: the row says so, the feed carries the nulls, reading it is a 404.
    r = client.delete("/v1/rewards/RW0001/image", headers=office)
    assert r.status_code == 200, r.text
    assert (r.json()["image_type"], r.json()["image_hash"]) == (None, None)
    assert _stored(factory, "RW0001") == (None, None, None)
    [removed] = _audit(factory, "reward.image_remove")
    assert removed["previous"] == image_digest(jpeg)
    rows, _cursor = _pulled_rewards(client, till, cursor)
    assert rows["RW0001"]["image_data"] is None and rows["RW0001"]["image_type"] is None
    missing = client.get("/v1/rewards/RW0001/image", headers=till)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
    # Removing again changes nothing and audits nothing.
    rev = _revision(factory)
    assert client.delete("/v1/rewards/RW0001/image", headers=office).status_code == 200
    assert _revision(factory) == rev and len(_audit(factory, "reward.image_remove")) == 1
    # An edit of other fields leaves a picture alone and answers with it.
    client.put("/v1/rewards/RW0002/image", json={"data": _b64(picture)}, headers=office)
    r = client.put("/v1/rewards/RW0002", json={"points_price": 999}, headers=office)
    assert r.status_code == 200 and r.json()["image_hash"] == image_digest(picture)
    assert _stored(factory, "RW0002")[2] == _b64(picture)


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"data": "not base64 at all!"}, "data: is not base64 text"),
        ({"data": "图片"}, "data: is not base64 text"),
        ({"data": ""}, "data: is empty"),
        ({"data": _b64(b"GIF89a" + bytes(60))}, "data: is not a PNG or JPEG picture"),
        ({"data": _b64(b"<svg onload='alert(1)'/>")}, "data: is not a PNG or JPEG picture"),
        ({"data": _b64(png(300, 20))}, "data: is larger than 256×256 pixels"),
        ({"data": _b64(jpeg_header(20, 65535))}, "data: is larger than 256×256 pixels"),
        ({"data": _b64(png(8, 8) + bytes(MAX_IMAGE_BYTES))}, "data: is larger than 64 KB"),
        ({"data": "A" * 5_000_000}, "data: is larger than 64 KB"),
        ({"data": 12345}, "data"),
        ({"data": None}, "data"),
        ({"image": _b64(png(4, 4))}, "data"),
        ({"data": _b64(png(4, 4)), "image_type": "image/png"}, "image_type"),
    ],
)
def test_a_wrong_payload_is_a_clear_422_and_changes_nothing(
    client: Any, factory: Any, body: dict[str, Any], needle: str
) -> None:
    office = login(client, "backoffice")
    ok = client.put("/v1/rewards/RW0003/image", json={"data": _b64(png(9, 9))}, headers=office)
    assert ok.status_code == 200
    before, rev = _stored(factory, "RW0003"), _revision(factory)
    r = client.put("/v1/rewards/RW0003/image", json=body, headers=office)
    assert r.status_code == 422, r.text
    assert r.json()["error"]["code"] == "invalid_input"
    assert needle in r.json()["error"]["message"]
    assert _stored(factory, "RW0003") == before and _revision(factory) == rev
    assert len(_audit(factory, "reward.image")) == 1


def test_who_may_and_which_reward(client: Any, factory: Any) -> None:
    data = {"data": _b64(png(4, 4))}
    for user in ("S001-clerk", "S001-manager"):
        r = client.put("/v1/rewards/RW0001/image", json=data, headers=login(client, user))
        assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
        r = client.delete("/v1/rewards/RW0001/image", headers=login(client, user))
        assert r.status_code == 403
    _device, till = enrol_device(client, "S001")
    assert client.put("/v1/rewards/RW0001/image", json=data, headers=till).status_code == 403
    office = login(client, "backoffice")
    for sku in ("NOPE", "x" * 40):
        r = client.put(f"/v1/rewards/{sku}/image", json=data, headers=office)
        assert r.status_code == 404 and r.json()["error"]["code"] == "reward_not_found"
        assert client.get(f"/v1/rewards/{sku}/image", headers=office).status_code == 404
    assert _stored(factory, "RW0001") == (None, None, None)
    assert client.get("/v1/rewards/RW0001/image").status_code == 401


def test_the_openapi_document_shows_the_picture_endpoints(client: Any) -> None:
    doc = client.get("/openapi.json").json()
    put = doc["paths"]["/v1/rewards/{sku}/image"]["put"]
    assert "delete" in doc["paths"]["/v1/rewards/{sku}/image"]
    schema = doc["components"]["schemas"]["RewardImageIn"]["properties"]["data"]
    assert base64.b64decode(schema["examples"][0]).startswith(b"\x89PNG")
    assert "256×256" in schema["description"] and "422" in put["responses"]


def _reward_pages(client: Any, headers: dict[str, str], cursor: str | None) -> Any:
    """Every page of a pull from ``cursor``: the reward rows of each, and the end cursor."""
    pages: list[list[str]] = []
    while True:
        params: dict[str, Any] = {"limit": 1000}
        if cursor:
            params["cursor"] = cursor
        body = client.get("/v1/sync/pull", params=params, headers=headers).json()
        skus = [
            dict(zip(block["columns"], row, strict=True))["sku"]
            for block in body["changes"]
            if block["entity"] == "rewards"
            for row in block["rows"]
        ]
        pages.append(skus)
        cursor = body["cursor"]
        if not body["has_more"]:
            return pages, cursor


def test_pages_hold_few_rewards_so_pictures_keep_answers_small(
    client: Any, factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from server import feed

    monkeypatch.setitem(feed.PAGE_ROWS, "rewards", 3)
    office = login(client, "backoffice")
    _device, till = enrol_device(client, "S001")
    with factory() as s:
        skus = sorted(s.execute(select(Reward.sku)).scalars())
    assert len(skus) > 7

    # The snapshot: every reward arrives, never more than three in a page.
    pages, cursor = _reward_pages(client, till, None)
    assert max(len(p) for p in pages) == 3
    assert sorted(sku for p in pages for sku in p) == skus

    # The feed: seven pictures set, seven changed rewards, at most three a page.
    for sku in skus[:7]:
        r = client.put(f"/v1/rewards/{sku}/image", json={"data": _b64(png(8, 8))}, headers=office)
        assert r.status_code == 200, r.text
    pages, _cursor = _reward_pages(client, till, cursor)
    assert max(len(p) for p in pages) == 3 and len(pages) >= 3
    assert sorted(sku for p in pages for sku in p) == skus[:7]
