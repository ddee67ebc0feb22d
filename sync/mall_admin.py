"""The back office's calls to the central API for the points mall: create a reward, edit it
(``active: false`` takes it off the shelf), allocate a store's stock, set or remove its
picture.

The catalog is the server's: the back office reads it from its local copy and sends
changes here with a signed-in staff member's token (``catalog.edit``; stock also
``stock.allocate``). The change comes back to the local copy with the next pull.
Errors are :class:`sync.admin_client.AdminClient`'s typed errors.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from core.reward_form import RewardDraft, RewardImage
from sync.admin_client import AdminClient
from sync.errors import BadAnswer


def _object(body: Any, what: str) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise BadAnswer(reason=f"{what}: not an object")
    return body


async def create_reward(client: AdminClient, reward: RewardDraft) -> dict[str, Any]:
    """``POST /v1/rewards``: the reward as the server stored it."""
    return _object(await client.call("POST", "/v1/rewards", json=reward.to_json()), "reward")


async def edit_reward(client: AdminClient, sku: str, changes: Mapping[str, Any]) -> dict[str, Any]:
    """``PUT /v1/rewards/{sku}`` with the changed fields only (``null`` clears a limit or date)."""
    body = await client.call("PUT", f"/v1/rewards/{quote(sku, safe='')}", json=dict(changes))
    return _object(body, "reward")


async def allocate_stock(
    client: AdminClient, sku: str, store_code: str, quantity: int
) -> dict[str, Any]:
    """``PUT /v1/rewards/{sku}/stock/{store}``: what the store holds from now (``previous`` too)."""
    path = f"/v1/rewards/{quote(sku, safe='')}/stock/{quote(store_code, safe='')}"
    return _object(await client.call("PUT", path, json={"quantity": quantity}), "stock")


async def set_image(client: AdminClient, sku: str, picture: RewardImage) -> dict[str, Any]:
    """``PUT /v1/rewards/{sku}/image``: the checked picture as base64; the reward as stored."""
    path = f"/v1/rewards/{quote(sku, safe='')}/image"
    return _object(await client.call("PUT", path, json={"data": picture.to_base64()}), "reward")


async def remove_image(client: AdminClient, sku: str) -> dict[str, Any]:
    """``DELETE /v1/rewards/{sku}/image``: the reward without its picture."""
    path = f"/v1/rewards/{quote(sku, safe='')}/image"
    return _object(await client.call("DELETE", path), "reward")
