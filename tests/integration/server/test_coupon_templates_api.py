"""Coupon templates over HTTP: head office creates and edits them, devices receive them with
the change feed, a coupon issued from a new template takes its terms off a sale, and a
refused request (wrong role, hostile or wrong body) changes nothing."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from core import catalog
from core.coupon_templates import TemplateDraft
from core.db.models import Coupon, CouponTemplate, Sale
from server.models import AuditEntry
from sync import coupon_admin
from sync.admin_client import AdminClient, SignInNeeded
from sync.errors import Refused
from tests.integration.server.conftest import admin, enrol_device, login
from tests.integration.server.wire import Till, members_of_store

NEW = {
    "name": "满300减50",
    "kind": "amount_off",
    "value": 5_000,
    "threshold_fen": 30_000,
    "valid_days": 14,
}


def _pull(client: Any, headers: dict[str, str], cursor: str | None = None) -> tuple[Any, str]:
    rows: dict[str, list[dict[str, Any]]] = {}
    while True:
        params: dict[str, Any] = {"limit": 1000}
        if cursor:
            params["cursor"] = cursor
        r = client.get("/v1/sync/pull", params=params, headers=headers)
        assert r.status_code == 200, r.text
        body = r.json()
        for block in body["changes"]:
            rows.setdefault(block["entity"], []).extend(
                dict(zip(block["columns"], row, strict=True)) for row in block["rows"]
            )
        cursor = body["cursor"]
        if not body["has_more"]:
            return rows, cursor


def _templates(factory: Any) -> dict[str, tuple[Any, ...]]:
    with factory() as s:
        return {
            t.id: (t.name, t.kind, t.value, t.threshold_fen, t.valid_days, t.active)
            for t in s.scalars(select(CouponTemplate))
        }


def _revision(factory: Any) -> int:
    with factory() as s:
        return catalog.revision(s)


def _audit(factory: Any, action: str) -> list[dict[str, Any]]:
    with factory() as s:
        entries = s.execute(select(AuditEntry).where(AuditEntry.action == action)).scalars()
        return [{"actor": e.actor, **e.detail} for e in entries]


def _error(response: Any, status: int, code: str = "invalid_input") -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"]["code"] == code, body
    return str(body["error"]["message"])


def test_a_template_is_created_reaches_devices_and_its_coupon_takes_its_terms_off(
    client: Any, factory: Any
) -> None:
    office = login(client, "backoffice")
    _device, till_headers = enrol_device(client, "S001")
    _rows, cursor = _pull(client, till_headers)
    listed = client.get("/v1/coupon-templates", headers=office).json()
    assert {"CT-100-10", "CT-90"} <= {t["id"] for t in listed}
    rev = _revision(factory)

    r = client.post("/v1/coupon-templates", json=NEW, headers=office)
    assert r.status_code == 201, r.text
    made = r.json()
    assert made["id"].startswith("CT-") and made["active"] is True
    assert {k: made[k] for k in NEW} == NEW
    assert _revision(factory) == rev + 1
    [entry] = _audit(factory, "coupon_template.create")
    assert entry["actor"] == "backoffice" and entry["value"] == 5_000
    # The device receives it with its next pull.
    rows, cursor = _pull(client, till_headers, cursor)
    [pulled] = rows["coupon_templates"]
    assert (pulled["id"], pulled["value"], pulled["valid_days"]) == (made["id"], 5_000, 14)

    # A manager at the till issues one to a member; a ¥400 sale with it takes ¥50 off.
    member, _ = members_of_store(factory, "S001")[0]
    till = Till(staff="S001-manager")
    coupon_id = str(uuid.uuid4())
    issue = till.command(
        "issue_coupon",
        {
            "coupon_id": coupon_id,
            "code": "CTEST0000001",
            "member_id": member,
            "template_id": made["id"],
        },
    )
    sale = till.sale(member, 40_000)
    sale["payload"]["coupon_id"] = coupon_id
    r = client.post("/v1/sync/push", json={"commands": [issue, sale]}, headers=till_headers)
    assert [x["status"] for x in r.json()["results"]] == ["applied", "applied"], r.text
    with factory() as s:
        applied = s.get(Sale, sale["payload"]["sale_id"])
        assert applied is not None and applied.coupon_discount_fen == 5_000

    # Edits: the amount and the validity change; the kind cannot, now that a coupon exists.
    r = client.put(
        f"/v1/coupon-templates/{made['id']}",
        json={"value": 6_000, "valid_days": 45},
        headers=office,
    )
    assert r.status_code == 200, r.text
    assert (r.json()["value"], r.json()["valid_days"]) == (6_000, 45)
    [edit] = _audit(factory, "coupon_template.edit")
    assert edit["value"] == {"from": 5_000, "to": 6_000} and edit["id"] == made["id"]
    message = _error(
        client.put(
            f"/v1/coupon-templates/{made['id']}",
            json={"kind": "percent_off", "value": 1_000},
            headers=office,
        ),
        422,
    )
    assert "1 coupons of this template exist" in message
    # Taken out of use: no new coupon of it is issued, and devices hear of it.
    r = client.put(f"/v1/coupon-templates/{made['id']}", json={"active": False}, headers=office)
    assert r.status_code == 200 and r.json()["active"] is False
    rows, _cursor = _pull(client, till_headers, cursor)
    assert [t["active"] for t in rows["coupon_templates"]] == [False]
    again = till.command(
        "issue_coupon",
        {
            "coupon_id": str(uuid.uuid4()),
            "code": "CTEST0000002",
            "member_id": member,
            "template_id": made["id"],
        },
    )
    [result] = client.post(
        "/v1/sync/push", json={"commands": [again]}, headers=till_headers
    ).json()["results"]
    assert result["status"] == "rejected"
    with factory() as s:
        assert s.scalar(select(Coupon.id).where(Coupon.code == "CTEST0000002")) is None


def test_a_template_without_coupons_may_change_kind(client: Any, factory: Any) -> None:
    office = admin(client)
    made = client.post(
        "/v1/coupon-templates", json={**NEW, "id": "CT-NEW-1"}, headers=office
    ).json()
    assert made["id"] == "CT-NEW-1"
    _error(
        client.post("/v1/coupon-templates", json={**NEW, "id": "CT-NEW-1"}, headers=office),
        409,
        "conflict",
    )
    r = client.put(
        "/v1/coupon-templates/CT-NEW-1",
        json={"kind": "percent_off", "value": 1_500, "name": "85折券"},
        headers=office,
    )
    assert r.status_code == 200, r.text
    assert _templates(factory)["CT-NEW-1"] == ("85折券", "percent_off", 1_500, 30_000, 14, True)
    # Nothing changed: no revision, no audit entry.
    rev = _revision(factory)
    assert (
        client.put(
            "/v1/coupon-templates/CT-NEW-1", json={"value": 1_500}, headers=office
        ).status_code
        == 200
    )
    assert _revision(factory) == rev
    assert len(_audit(factory, "coupon_template.edit")) == 1


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({**NEW, "value": 50.0}, "integer"),
        ({**NEW, "value": "5000"}, "integer"),
        ({**NEW, "value": 0}, "more than 0 fen"),
        ({**NEW, "value": -100}, "greater than or equal to 0"),
        ({**NEW, "value": 40_000}, "more than the spend"),
        ({**NEW, "kind": "percent_off", "value": 10_000}, "1% to 99% off"),
        ({**NEW, "kind": "percent_off", "value": 99}, "1% to 99% off"),
        ({**NEW, "kind": "free_shipping", "value": 500}, "free shipping has no value"),
        ({**NEW, "kind": "cashback"}, "kind"),
        ({**NEW, "threshold_fen": 10**13}, "less than or equal to"),
        ({**NEW, "valid_days": 0}, "greater than or equal to 1"),
        ({**NEW, "valid_days": 3_651}, "less than or equal to 3650"),
        ({**NEW, "name": "   "}, "blank"),
        ({**NEW, "name": "满300\x00减50"}, "control characters"),
        ({**NEW, "name": "满" * 101}, "at most 100"),
        ({**NEW, "name": "满100减10"}, "CT-100-10 has this name"),
        ({**NEW, "id": "CT 1"}, "pattern"),
        ({**NEW, "id": "../x"}, "pattern"),
        ({**NEW, "active": "yes"}, "boolean"),
        ({**NEW, "issued": 5}, "Extra inputs"),
        ({k: v for k, v in NEW.items() if k != "valid_days"}, "valid_days"),
    ],
)
def test_a_bad_template_is_refused(
    client: Any, factory: Any, body: dict[str, Any], needle: str
) -> None:
    before = _templates(factory)
    rev = _revision(factory)
    message = _error(client.post("/v1/coupon-templates", json=body, headers=admin(client)), 422)
    assert needle in message, message
    assert _templates(factory) == before and _revision(factory) == rev


def test_a_bad_edit_changes_nothing(client: Any, factory: Any) -> None:
    office = login(client, "backoffice")
    before = _templates(factory)
    for template_id, body, status in [
        ("CT-90", {"value": 9_950}, 422),  # 99.5% off
        ("CT-90", {"value": None}, 422),
        ("CT-90", {}, 422),
        ("CT-90", {"id": "CT-91"}, 422),
        ("CT-100-10", {"threshold_fen": 500}, 422),  # ¥10 off a ¥5 spend
        ("CT-100-10", {"name": "9折券"}, 422),  # another template's name
        ("CT-FREESHIP", {"kind": "amount_off"}, 422),  # coupons of it exist? value 0 anyway
        ("NOPE", {"value": 100}, 404),
        ("x" * 37, {"value": 100}, 404),
    ]:
        r = client.put(f"/v1/coupon-templates/{template_id}", json=body, headers=office)
        _error(r, status, "invalid_input" if status == 422 else "not_found")
    assert _templates(factory) == before
    assert _audit(factory, "coupon_template.edit") == []


@pytest.mark.parametrize("user", ["S001-clerk", "S001-manager", "R01-manager"])
def test_templates_need_catalog_rights(client: Any, factory: Any, user: str) -> None:
    headers = login(client, user)
    before = _templates(factory)
    _error(client.get("/v1/coupon-templates", headers=headers), 403, "forbidden")
    _error(client.post("/v1/coupon-templates", json=NEW, headers=headers), 403, "forbidden")
    _error(
        client.put("/v1/coupon-templates/CT-90", json={"active": False}, headers=headers),
        403,
        "forbidden",
    )
    _device, till = enrol_device(client, "S001")
    _error(client.post("/v1/coupon-templates", json=NEW, headers=till), 403, "forbidden")
    assert client.get("/v1/coupon-templates").status_code == 401
    assert _templates(factory) == before


def test_the_openapi_document_shows_examples(client: Any) -> None:
    spec = client.get("/openapi.json").json()
    paths = spec["paths"]
    assert {"get", "post"} <= set(paths["/v1/coupon-templates"])
    assert "put" in paths["/v1/coupon-templates/{template_id}"]
    schema = spec["components"]["schemas"]["NewTemplate"]["properties"]
    assert schema["value"]["examples"] == [5_000]
    assert "basis points" in schema["value"]["description"]


def test_the_back_office_calls_list_create_and_edit(client: Any, factory: Any) -> None:
    """``sync.coupon_admin`` against the API itself (in process, over ASGI)."""
    token = login(client, "backoffice")["Authorization"].removeprefix("Bearer ")
    transport = httpx.ASGITransport(app=client.app)

    async def calls() -> None:
        async with AdminClient("http://central", token, transport=transport) as admin_client:
            listed = await coupon_admin.templates(admin_client)
            assert "CT-FREESHIP" in {t["id"] for t in listed}
            draft = TemplateDraft("满500减80", "amount_off", 8_000, 50_000, 30)
            made = await coupon_admin.create_template(admin_client, draft, "CT-500-80")
            assert made["id"] == "CT-500-80"
            edited = await coupon_admin.edit_template(admin_client, "CT-500-80", {"active": False})
            assert edited["active"] is False
            with pytest.raises(Refused) as refused:
                await coupon_admin.create_template(admin_client, draft, "CT-500-81")
            assert refused.value.params["status"] == 422
            with pytest.raises(ValueError, match="not editable: id"):
                await coupon_admin.edit_template(admin_client, "CT-500-80", {"id": "x"})
        async with AdminClient("http://central", None, transport=transport) as anonymous:
            with pytest.raises(SignInNeeded):
                await coupon_admin.templates(anonymous)

    asyncio.run(calls())
    assert _templates(factory)["CT-500-80"] == ("满500减80", "amount_off", 8_000, 50_000, 30, False)
