"""Ids that every replica derives the same way.

A command's id is a UUID chosen where the command was made. Everything the
command creates (ledger entries, lots, sales, coupons) gets a UUIDv5 derived
from that id and a local name, so the device's provisional rows and the
server's authoritative rows have the same ids and a pull can match them.
"""

from __future__ import annotations

import uuid

_NS = uuid.UUID("0b7a3f52-5f0e-4d8e-9c3e-6f1d2a9b8c01")


def new_id() -> str:
    return str(uuid.uuid4())


def derived_id(command_id: str, name: str) -> str:
    return str(uuid.uuid5(_NS, f"{command_id}/{name}"))
