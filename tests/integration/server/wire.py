"""Building wire commands for push tests, as a device would send them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select

from core.db.models import Member, PointAccount, Store
from tests.conftest import T0


class Till:
    """A device's numbering and envelopes, without a device database."""

    def __init__(self, store: str | None = "S001", staff: str | None = "S001-clerk") -> None:
        self.store = store
        self.staff = staff
        self.seq = 0

    def command(
        self, kind: str, payload: dict[str, Any], *, at: datetime = T0, staff: str | None = ""
    ) -> dict[str, Any]:
        self.seq += 1
        return {
            "id": str(uuid.uuid4()),
            "kind": kind,
            "schema_version": 1,
            "seq": self.seq,
            "store_code": self.store,
            "staff": self.staff if staff == "" else staff,
            "device_time": at.isoformat(),
            "payload": payload,
        }

    def sale(self, member_id: str | None, fen: int, spend: int = 0, **kw: Any) -> dict[str, Any]:
        sale_id = str(uuid.uuid4())
        payload: dict[str, Any] = {
            "sale_id": sale_id,
            "receipt_no": f"R{self.seq + 1:06d}-{sale_id[:6]}",
            "lines": [{"amount_fen": fen, "category": "general"}],
            "member_id": member_id,
            "points_to_spend": spend,
        }
        return self.command("record_sale", payload, **kw)

    def redeem(self, member_id: str, sku: str, qty: int = 1, **kw: Any) -> dict[str, Any]:
        payload = {
            "redemption_id": str(uuid.uuid4()),
            "member_id": member_id,
            "sku": sku,
            "qty": qty,
        }
        return self.command("redeem_reward", payload, **kw)


def members_of_store(factory: Any, store: str, *, min_balance: int = 0) -> list[tuple[str, int]]:
    """(member id, balance) of active members whose home store is ``store``, richest first."""
    with factory() as s:
        rows = s.execute(
            select(Member.id, PointAccount.balance)
            .join(PointAccount, PointAccount.member_id == Member.id)
            .where(
                Member.home_store == store,
                Member.status == "active",
                PointAccount.balance >= min_balance,
                PointAccount.frozen.is_(False),
            )
            .order_by(PointAccount.balance.desc(), Member.id)
        ).all()
    return [(r[0], r[1]) for r in rows]


def region_of(factory: Any, store: str) -> str:
    with factory() as s:
        return str(s.execute(select(Store.region).where(Store.code == store)).scalar_one())
