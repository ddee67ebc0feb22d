"""The back office's calls to the central API about one member: revealing personal data,
and the tier changes on record there since the member enrolled.

A member's mobile and e-mail are masked everywhere on a device. Revealing them is
asked of the central server (``POST /v1/members/{code}/reveal``, ``members.reveal``),
which writes the audit entry in the same transaction as it answers: the local copy
is never unmasked on its own, so there is no reveal without its audit row, and no
reveal offline. Errors are :class:`sync.admin_client.AdminClient`'s typed errors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import quote

from core.tier_history import CHANGES_LISTED, TierChange
from sync.admin_client import AdminClient
from sync.errors import BadAnswer

FIELDS = ("phone", "email")


@dataclass(frozen=True)
class Revealed:
    """What the server unmasked (a field not asked for, or not on file, is None)."""

    code: str
    phone: str | None
    email: str | None


def _text(body: dict[str, object], name: str) -> str | None:
    value = body.get(name)
    if value is not None and not isinstance(value, str):
        raise BadAnswer(reason=f"reveal: {name} is not text")
    return value


async def reveal(client: AdminClient, code: str, fields: Sequence[str] = FIELDS) -> Revealed:
    """Ask the server for the member's unmasked ``fields`` (audited there as ``member.reveal``)."""
    unknown = set(fields) - set(FIELDS)
    if unknown or not fields:
        raise ValueError(f"cannot reveal: {', '.join(sorted(unknown)) or 'no field'}")
    body = await client.call(
        "POST", f"/v1/members/{quote(code, safe='')}/reveal", json={"fields": list(fields)}
    )
    if not isinstance(body, dict) or body.get("code") != code:
        raise BadAnswer(reason="reveal: not the member asked for")
    return Revealed(code=code, phone=_text(body, "phone"), email=_text(body, "email"))


def _change(item: Any) -> TierChange:
    if not isinstance(item, dict):
        raise BadAnswer(reason="tier changes: a change is not an object")
    texts = {}
    for name in ("at", "from_tier", "from_name", "to_tier", "to_name", "change", "made_by"):
        value = item.get(name)
        if not isinstance(value, str):
            raise BadAnswer(reason=f"tier changes: {name} is not text")
        texts[name] = value
    try:
        at = datetime.fromisoformat(texts["at"])
    except ValueError:
        raise BadAnswer(reason="tier changes: at is not a time") from None
    return TierChange(
        at=at,
        from_code=texts["from_tier"],
        from_name=texts["from_name"],
        to_code=texts["to_tier"],
        to_name=texts["to_name"],
        change=texts["change"],
        made_by=texts["made_by"],
        receipt_no=_text(item, "receipt_no"),
    )


async def tier_changes(
    client: AdminClient, code: str, most: int = CHANGES_LISTED
) -> list[TierChange]:
    """The member's newest ``most`` (at most 500) tier changes on the server
    (``GET /v1/members/{code}/tier-changes``), newest first: all of them since enrolment,
    where a device holds only those since it was set up."""
    body = await client.call(
        "GET",
        f"/v1/members/{quote(code, safe='')}/tier-changes",
        params={"limit": max(1, min(500, most))},
    )
    if not isinstance(body, dict) or not isinstance(body.get("changes"), list):
        raise BadAnswer(reason="tier changes: not a page of changes")
    return [_change(item) for item in body["changes"]]


__all__ = ["FIELDS", "Revealed", "reveal", "tier_changes"]
