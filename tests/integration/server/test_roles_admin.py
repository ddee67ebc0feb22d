"""Role-matrix cells for the administration endpoints (see test_roles.py)."""

from __future__ import annotations

from typing import Any

import pytest

from server.permissions import ROLES, may
from tests.integration.server.test_roles import _headers


def _store_reward(factory: Any) -> str:
    from sqlalchemy import select

    from core.db.models import Reward

    with factory() as s:
        return str(
            s.execute(select(Reward.sku).where(Reward.stock_mode == "store").limit(1)).scalar_one()
        )


# One representative request per administration action; each returns the response.
ENDPOINTS: dict[str, Any] = {
    "catalog.edit": lambda c, h, f: c.put("/v1/tiers/T1", json={"name": "普通会员"}, headers=h),
    "stock.allocate": lambda c, h, f: c.put(
        f"/v1/rewards/{_store_reward(f)}/stock/S001", json={"quantity": 5}, headers=h
    ),
    "staff.manage": lambda c, h, f: c.get("/v1/staff", headers=h),
    "jobs.run": lambda c, h, f: c.post("/v1/jobs/release/run", headers=h),
    "attention.read": lambda c, h, f: c.get("/v1/attention", headers=h),
    "attention.resolve": lambda c, h, f: c.post(
        "/v1/attention/no-such-item/resolve", json={"resolution": "checked"}, headers=h
    ),
    "audit.read": lambda c, h, f: c.get("/v1/audit?limit=5", headers=h),
    "staff.pin_reset": lambda c, h, f: c.put(
        "/v1/staff/S001-clerk/pin", json={"pin": "8642"}, headers=h
    ),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", sorted(ENDPOINTS))
def test_admin_endpoint_matrix(client: Any, factory: Any, role: str, action: str) -> None:
    response = ENDPOINTS[action](client, _headers(client, role), factory)
    if may(role, action):
        assert response.status_code != 403, response.text
        assert response.status_code < 500
    else:
        assert response.status_code == 403, response.text
        assert response.json()["error"]["code"] == "forbidden"
