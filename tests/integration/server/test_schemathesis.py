"""Property-based requests generated from /openapi.json: never a 5xx, never an unhandled error.

Every operation of the schema gets generated requests (valid and invalid ones) from
schemathesis, signed in as the admin (a device for the sync endpoints), on a real
database: SQLite and PostgreSQL.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from tests.integration.server.conftest import admin, enrol_device

EXAMPLES = 25


def test_no_server_errors(client: Any) -> None:
    _device, device = enrol_device(client, "S001")
    credentials = {"staff": admin(client), "device": device}
    schema = schemathesis.openapi.from_asgi("/openapi.json", client.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            _exercise(operation, mode, credentials)


def _exercise(operation: Any, mode: GenerationMode, credentials: dict[str, dict[str, str]]) -> None:
    path = operation.path
    who = "device" if path.startswith("/v1/sync/") else "staff"
    signed = {} if path == "/v1/auth/token" else credentials[who]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
    )
    def run(case: Any) -> None:
        response = case.call(headers={**(case.headers or {}), **signed})
        where = f"{case.method} {case.formatted_path}"
        assert response.status_code < 500, (where, response.text[:500])
        kind = "".join(response.headers.get("content-type") or [])
        if response.status_code >= 400 and kind.startswith("application/json"):
            body = response.json()
            assert set(body) == {"error"}, (where, body)
            assert {"code", "message"} <= set(body["error"]), (where, body)

    try:
        run()
    except Unsatisfiable:
        # An operation without parameters or body has no invalid request to make.
        assert mode is GenerationMode.NEGATIVE, operation.path
