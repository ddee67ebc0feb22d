"""The back office's calls to the central API about one member: revealing personal data.

A member's mobile and e-mail are masked everywhere on a device. Revealing them is
asked of the central server (``POST /v1/members/{code}/reveal``, ``members.reveal``),
which writes the audit entry in the same transaction as it answers: the local copy
is never unmasked on its own, so there is no reveal without its audit row, and no
reveal offline. Errors are :class:`sync.admin_client.AdminClient`'s typed errors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

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


__all__ = ["FIELDS", "Revealed", "reveal"]
