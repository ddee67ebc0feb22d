"""Rewards' pictures as this device's copy holds them, for the screens that show them.

A screen keeps what it decoded keyed by SKU and ``image_hash``; ``load_pictures`` reads
every reward's hash (a small query) and the base64 text only of the pictures the caller
does not hold yet, so showing the catalog again reads no picture twice.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from core.db.models import Reward


@dataclass(frozen=True)
class Pictures:
    """``hashes``: sku → image_hash of every reward with a picture; ``data``: the bytes of
    those whose hash the caller did not hold."""

    hashes: dict[str, str]
    data: dict[str, bytes]


def load_pictures(factory: sessionmaker[Session], held: Mapping[str, str]) -> Pictures:
    """Every reward's picture hash, and the bytes of those not in ``held`` (sku → hash)."""
    with factory() as s:
        hashes: dict[str, str] = {}
        for sku, digest in s.execute(select(Reward.sku, Reward.image_hash)):
            if digest is not None:
                hashes[sku] = digest
        wanted = [sku for sku, digest in hashes.items() if held.get(sku) != digest]
        data: dict[str, bytes] = {}
        for start in range(0, len(wanted), 200):
            for sku, text in s.execute(
                select(Reward.sku, Reward.image_data).where(
                    Reward.sku.in_(wanted[start : start + 200])
                )
            ):
                try:
                    data[sku] = base64.b64decode(text or "", validate=True)
                except (binascii.Error, ValueError):
                    hashes.pop(sku, None)  # not a picture: shown as none
    return Pictures(hashes, data)
