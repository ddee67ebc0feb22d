"""Role-matrix cells for the administration endpoints (see test_roles.py)."""

from __future__ import annotations

from typing import Any

import pytest

from server.permissions import ROLES, may
from tests.integration.server.test_roles import _headers

ENDPOINTS: dict[str, Any] = {}


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
