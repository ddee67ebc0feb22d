"""The back office's calls to the central API for coupon templates: list, create, edit.

Templates are the server's catalog: the back office reads them from its local
copy (the pull brings them) and sends changes here with a signed-in staff
member's token (``catalog.edit``). Issuing coupons is not a call: it is the
``issue_coupon`` command, queued in the outbox like any other.
Errors are :class:`sync.admin_client.AdminClient`'s typed errors.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from core.coupon_templates import EDITABLE, TemplateDraft
from sync.admin_client import AdminClient
from sync.errors import BadAnswer

_FIELDS = ("id", "name", "kind", "value", "threshold_fen", "valid_days", "active")


def _template(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict) or any(name not in body for name in _FIELDS):
        raise BadAnswer(reason="coupon template: not a template")
    return body


async def templates(client: AdminClient) -> list[dict[str, Any]]:
    """``GET /v1/coupon-templates``: every template, active or not."""
    body = await client.call("GET", "/v1/coupon-templates")
    if not isinstance(body, list):
        raise BadAnswer(reason="coupon templates: not a list")
    return [_template(t) for t in body]


async def create_template(
    client: AdminClient, draft: TemplateDraft, template_id: str | None = None
) -> dict[str, Any]:
    """``POST /v1/coupon-templates``: the template as stored (the server names it unless
    ``template_id`` is given)."""
    payload = draft.to_json()
    if template_id is not None:
        payload["id"] = template_id
    return _template(await client.call("POST", "/v1/coupon-templates", json=payload))


async def edit_template(
    client: AdminClient, template_id: str, changes: Mapping[str, Any]
) -> dict[str, Any]:
    """``PUT /v1/coupon-templates/{id}`` with the changed fields only."""
    unknown = set(changes) - set(EDITABLE)
    if unknown or not changes:
        raise ValueError(f"not editable: {', '.join(sorted(unknown)) or 'no field'}")
    path = f"/v1/coupon-templates/{quote(template_id, safe='')}"
    return _template(await client.call("PUT", path, json=dict(changes)))


__all__ = ["create_template", "edit_template", "templates"]
