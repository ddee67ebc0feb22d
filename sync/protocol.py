"""The wire protocol between devices and the central API (version 1).

Push: ``POST /v1/sync/push`` with ``{"commands": [wire command, ...]}`` in the
device's sequence order. A wire command is an envelope without the device id
(the credential says which device it is) plus, optionally, the result the
device computed (``device_result``) so the server can flag a disagreement::

    {"id": "uuid", "kind": "record_sale", "schema_version": 1, "seq": 17,
     "store_code": "S001", "staff": "S001-clerk", "device_time": "2026-03-02T10:00:00",
     "payload": {...}, "device_result": {...}}

The answer holds one result per command, in order::

    {"results": [{"id": "…", "seq": 17, "status": "applied" | "duplicate" | "rejected",
                  "result": {...} | null, "error": {"code", "message", "params"} | null}],
     "last_seq": 17}

A sequence gap refuses the whole batch (409, code ``sequence_gap``, params
``expected``): nothing in it is applied, and the device resends from there.

Pull: ``GET /v1/sync/pull?cursor=C&limit=L`` answers ``{"changes": [block, ...],
"cursor": "…", "has_more": bool}``; a block is one table's rows::

    {"entity": "members", "key": ["id"], "columns": ["id", "code", ...],
     "rows": [[...], ...], "deleted": [[key values], ...]}

While the first pull's snapshot runs, a page also carries ``"progress": {"done":
D, "total": T}`` (snapshot tables finished, of all) for a progress bar.
Rows are sent as they are at the time of the pull. An answer 409
``resync_required`` means the device's scope or the protocol changed: pull
again with no cursor (the outbox is not affected).

Refresh: ``POST /v1/sync/refresh`` with ``{"member_ids": [...], "command_ids":
[...]}`` (``command_ids`` optional; at most ``MAX_REFRESH`` of each) answers
``{"changes": [block, ...]}``: every mutable row of those members that are in
the device's scope (member, points account, every lot, coupons, redemptions,
benefit uses, qualifying events of the last 400 days) and every row that those
commands of this device made; members outside the scope, unknown ids and other
devices' commands are silently absent.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from core.commands.base import Envelope
from core.errors import InvalidInput

PROTOCOL_VERSION: Final = 1
MAX_BATCH: Final = 1000
# Rows a pull page may hold. A new device's snapshot applies each page in one local
# transaction: 20,000 rows a page writes the members' code and phone indexes (random
# order) a quarter as often as 5,000 did, for about 30 MB more of a decoded page.
MAX_PULL_LIMIT: Final = 20000
# ``POST /v1/sync/refresh {"member_ids": [...]}``: at most this many members per call.
MAX_REFRESH: Final = 500
STATUSES: Final = ("applied", "duplicate", "rejected")


def snapshot_complete(page: dict[str, Any]) -> bool:
    """The pull page that finishes a snapshot (all its tables sent), or the end of the feed."""
    hint = page.get("progress")
    if isinstance(hint, dict):
        done, total = hint.get("done"), hint.get("total")
        if isinstance(done, int) and isinstance(total, int) and done >= total:
            return True
    return not page.get("has_more")


def to_wire(env: Envelope, device_result: dict[str, Any] | None = None) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "id": env.id,
        "kind": env.kind,
        "schema_version": env.schema_version,
        "seq": env.seq,
        "store_code": env.store_code,
        "staff": env.staff,
        "device_time": env.device_time.isoformat(),
        "payload": env.payload,
    }
    if device_result is not None:
        wire["device_result"] = device_result
    return wire


def _field(raw: dict[str, Any], name: str, kind: type, *, optional: bool = False) -> Any:
    value = raw.get(name)
    if value is None and optional:
        return None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise InvalidInput(field=name, problem=f"must be {kind.__name__}")
    return value


def from_wire(raw: Any, device_id: str) -> tuple[Envelope, dict[str, Any] | None]:
    """Check one wire command's envelope; the payload is checked by its command kind."""
    if not isinstance(raw, dict):
        raise InvalidInput(field="commands[]", problem="must be an object")
    cid = _field(raw, "id", str)
    if not 1 <= len(cid) <= 36:
        raise InvalidInput(field="id", problem="1–36 characters")
    seq = _field(raw, "seq", int)
    if not 1 <= seq < 2**62:
        raise InvalidInput(field="seq", problem="must be a positive integer")
    version = _field(raw, "schema_version", int)
    if not 1 <= version <= 1000:
        raise InvalidInput(field="schema_version", problem="must be between 1 and 1000")
    kind = _field(raw, "kind", str)
    store = _field(raw, "store_code", str, optional=True)
    staff = _field(raw, "staff", str, optional=True)
    for name, text, size in (("kind", kind, 32), ("store_code", store, 16), ("staff", staff, 64)):
        if text is not None and len(text) > size:
            raise InvalidInput(field=name, problem="too long")
    try:
        at = datetime.fromisoformat(_field(raw, "device_time", str))
    except ValueError:
        raise InvalidInput(field="device_time", problem="must be an ISO 8601 time") from None
    if at.tzinfo is not None:
        raise InvalidInput(field="device_time", problem="must be a local time without offset")
    payload = _field(raw, "payload", dict)
    device_result = raw.get("device_result")
    if device_result is not None and not isinstance(device_result, dict):
        raise InvalidInput(field="device_result", problem="must be an object")
    env = Envelope(
        id=cid,
        kind=kind,
        schema_version=version,
        device_id=device_id,
        seq=seq,
        store_code=store,
        staff=staff,
        device_time=at,
        payload=payload,
    )
    return env, device_result
