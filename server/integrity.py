"""Links that are not foreign keys, and the check that finds a row whose parent is missing.

A row's command, and the sale, entry or lot it was written with, are plain columns
(``core.db.models.Link``, migration 0010): the handler writes both in one transaction
and nothing deletes either. So is the member of a sale and of the ledger's rows: the
writer read that member, and holds the member's account row locked, in the same
transaction, and no member is ever deleted. PostgreSQL checking each of them row by row
at commit bought nothing a test cannot prove, at over a third of a pushed sale's
database time. ``orphans`` proves it on a live database (``memberdesk server check``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, exists, func, select

from core.db import models as m

_t = m.Base.metadata.tables


@dataclass(frozen=True)
class Link:
    table: str
    column: str
    parent: str
    key: str = "id"

    @property
    def name(self) -> str:
        return f"{self.table}.{self.column} -> {self.parent}.{self.key}"


LINKS: tuple[Link, ...] = (
    Link("benefit_uses", "command_id", "commands"),
    Link("coupons", "command_id", "commands"),
    Link("point_entries", "command_id", "commands"),
    Link("qualifying_events", "command_id", "commands"),
    Link("redemptions", "command_id", "commands"),
    Link("refunds", "command_id", "commands"),
    Link("sales", "command_id", "commands"),
    Link("tier_changes", "command_id", "commands"),
    Link("sale_lines", "sale_id", "sales"),
    Link("point_lots", "entry_id", "point_entries"),
    Link("lot_movements", "entry_id", "point_entries"),
    Link("lot_movements", "lot_id", "point_lots"),
    Link("point_lots", "member_id", "members"),
    Link("qualifying_events", "member_id", "members"),
    Link("point_entries", "member_id", "members"),
    Link("sales", "member_id", "members"),
)


def orphans(conn: Connection) -> dict[str, int]:
    """Rows whose link names no row, by link (every link listed; 0 is the healthy answer)."""
    out: dict[str, int] = {}
    for link in LINKS:
        child = _t[link.table].c[link.column]
        parent = _t[link.parent].c[link.key]
        query = select(func.count()).where(child.is_not(None), ~exists().where(parent == child))
        out[link.name] = int(conn.execute(query).scalar_one())
    return out
