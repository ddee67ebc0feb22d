"""The role matrix: every role against every protected action, as server/permissions.py says.

Each cell is exercised through the HTTP API; "allowed" means anything but 403,
"denied" means exactly 403 with the code ``forbidden``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest

from server.permissions import ACTIONS, COMMANDS, ROLES, may, may_command
from tests.integration.server.conftest import enrol_device, login
from tests.integration.server.wire import Till, members_of_store

USERS = {
    "clerk": "S001-clerk",
    "store_manager": "S001-manager",
    "backoffice": "backoffice",
    "regional_manager": "R01-manager",
    "admin": "admin",
}


def _headers(client: Any, role: str) -> dict[str, str]:
    if role == "admin":
        return login(client, "admin", "admin-pass-1")
    return login(client, USERS[role])


# One representative request per endpoint action; each returns the response.
Request = Callable[[Any, dict[str, str], Any], Any]


def _member_code(factory: Any) -> str:
    from sqlalchemy import select

    from core.db.models import Member

    with factory() as s:
        return str(
            s.execute(select(Member.code).where(Member.home_store == "S001").limit(1)).scalar_one()
        )


ENDPOINTS: dict[str, Request] = {
    "members.read": lambda c, h, f: c.get(f"/v1/members/{_member_code(f)}", headers=h),
    "members.reveal": lambda c, h, f: c.post(f"/v1/members/{_member_code(f)}/reveal", headers=h),
    "rewards.read": lambda c, h, f: c.get("/v1/rewards", headers=h),
    "devices.enrol": lambda c, h, f: c.post(
        "/v1/devices", json={"name": "t", "kind": "store", "store_code": "S001"}, headers=h
    ),
    "devices.read": lambda c, h, f: c.get("/v1/devices", headers=h),
    "devices.revoke": lambda c, h, f: c.delete(
        f"/v1/devices/{enrol_device(c, 'S001')[0]}", headers=h
    ),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", sorted(ENDPOINTS))
def test_endpoint_matrix(client: Any, factory: Any, role: str, action: str) -> None:
    response = ENDPOINTS[action](client, _headers(client, role), factory)
    if may(role, action):
        assert response.status_code != 403, response.text
        assert response.status_code < 500
    else:
        assert response.status_code == 403, response.text
        assert response.json()["error"]["code"] == "forbidden"


def test_every_documented_action_is_exercised() -> None:
    from tests.integration.server import test_roles_admin

    covered = set(ENDPOINTS) | set(test_roles_admin.ENDPOINTS)
    assert covered == set(ACTIONS), set(ACTIONS) ^ covered


def _payload(kind: str, member: str, factory: Any) -> dict[str, Any]:
    new = str(uuid.uuid4())
    return {
        "enrol_member": {
            "member_id": new,
            "code": "M00000099993",
            "name": "测试",
            "phone": "13900009999",
            "home_store": "S001",
        },
        "edit_profile": {"member_id": member, "base_version": 1, "email": "a@example.com"},
        "record_sale": {
            "sale_id": new,
            "receipt_no": f"R-{new[:8]}",
            "lines": [{"amount_fen": 1000}],
            "member_id": member,
        },
        "refund_sale": {"refund_id": new, "sale_id": str(uuid.uuid4())},
        "redeem_reward": {"redemption_id": new, "member_id": member, "sku": "RW0002"},
        "cancel_redemption": {"redemption_id": str(uuid.uuid4()), "reason": "test"},
        "set_redemption_status": {"redemption_id": str(uuid.uuid4()), "status": "fulfilled"},
        "use_benefit": {"member_id": member, "benefit_id": "T0.birthday_gift"},
        "adjust_points": {"member_id": member, "points": 10, "reason": "goodwill"},
        "freeze_points": {"member_id": member, "frozen": True, "reason": "test"},
        "set_member_status": {"member_id": member, "status": "active", "reason": "test"},
        "issue_coupon": {
            "coupon_id": new,
            "code": f"C{new[:10]}",
            "member_id": member,
            "template_id": "CT-100-10",
        },
        "expire_points": {"member_id": member},
        "evaluate_tier": {"member_id": member},
        "merge_members": {
            "survivor_id": member,
            "duplicate_id": members_of_store(factory, "S001")[1][0],
            "reason": "enrolled twice",
        },
    }[kind]


@pytest.mark.parametrize("role", ROLES)
def test_command_matrix(client: Any, factory: Any, role: str) -> None:
    """Commands pushed in a person's name: refused as ``forbidden`` exactly where the table says."""
    _device, headers = enrol_device(client, None, kind="backoffice")
    member = members_of_store(factory, "S001")[0][0]
    till = Till(store="S001", staff=USERS[role])
    kinds = sorted(COMMANDS)
    batch = [till.command(kind, _payload(kind, member, factory)) for kind in kinds]
    r = client.post("/v1/sync/push", json={"commands": batch}, headers=headers)
    assert r.status_code == 200, r.text
    for kind, result in zip(kinds, r.json()["results"], strict=True):
        code = (result["error"] or {}).get("code")
        if may_command(role, kind):
            assert code != "forbidden", (kind, result)
        else:
            assert (result["status"], code) == ("rejected", "forbidden"), (kind, result)


def test_store_device_cannot_read_another_region(client: Any, factory: Any) -> None:
    _device, headers = enrol_device(client, "S001")  # region R01
    from sqlalchemy import select

    from core.db.models import Member

    with factory() as s:
        far = s.execute(select(Member.code).where(Member.home_store == "S004").limit(1)).scalar()
        near = s.execute(select(Member.code).where(Member.home_store == "S002").limit(1)).scalar()
    assert client.get(f"/v1/members/{near}", headers=headers).status_code == 200
    r = client.get(f"/v1/members/{far}", headers=headers)
    assert r.status_code == 404
    listed = client.get("/v1/members", params={"limit": 500}, headers=headers).json()["members"]
    assert far not in {m["code"] for m in listed} and near in {m["code"] for m in listed}
    assert client.post("/v1/devices", json={"name": "x"}, headers=headers).status_code == 403


def test_clerk_cannot_push_as_a_device(client: Any) -> None:
    r = client.post("/v1/sync/push", json={"commands": []}, headers=login(client, "S001-clerk"))
    assert r.status_code == 403
