"""Property-based test of the ledger: any sequence of earn, spend, refund, expire, adjust,
freeze keeps the invariants of DESIGN.md "The points ledger"."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from sqlalchemy import select

from core import errors, ledger
from core.db.engine import open_device_db
from core.db.models import CommandRow, LotMovement, PointEntry, PointLot
from core.seed import seed_device
from core.services import DeviceServices, SaleLineInput
from tests.conftest import T0

_TEMPLATE: Path | None = None


def template_db() -> Path:
    """One seeded rulebook, copied for every example (migrating each time would be slow)."""
    global _TEMPLATE
    if _TEMPLATE is None:
        path = Path(tempfile.mkdtemp(prefix="ledger-prop-")) / "template.db"
        factory = open_device_db(path)
        seed_device(factory, members=0, now=T0)
        factory.kw["bind"].dispose()
        _TEMPLATE = path
    return _TEMPLATE


class LedgerMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="ledger-ex-"))
        db = self.dir / "d.db"
        shutil.copy(template_db(), db)
        self.svc = DeviceServices.open(str(db))
        self.now = T0
        self.expected_balance = 0
        self.sales: list[str] = []
        self.frozen = False
        self.code = ""
        self.member_id = ""

    @initialize()
    def enrol(self) -> None:
        r = self.svc.enrol("测试", "13700000000", at=self.now).result
        self.code, self.member_id = r["code"], r["member_id"]

    def teardown(self) -> None:
        self.svc.factory.kw["bind"].dispose()
        shutil.rmtree(self.dir, ignore_errors=True)

    def card(self):  # type: ignore[no-untyped-def]
        return self.svc.card(self.member_id, now=self.now)

    # --- operations ---------------------------------------------------------

    @rule(days=st.integers(0, 400), hours=st.integers(0, 23))
    def time_passes(self, days: int, hours: int) -> None:
        self.now += timedelta(days=days, hours=hours)

    @rule(
        fen=st.integers(0, 300_000),
        category=st.sampled_from([None, "high_margin", "traffic", "fresh"]),
        spend_share=st.integers(0, 100),
    )
    def sale(self, fen: int, category: str | None, spend_share: int) -> None:
        card = self.card()
        most = min(card.points.available, self.svc.max_points_for(fen, self.member_id, at=self.now))
        spend = most * spend_share // 100
        try:
            r = self.svc.record_sale(
                [SaleLineInput(fen, category)],
                member_key=self.code,
                points_to_spend=spend,
                at=self.now,
            ).result
        except errors.AccountFrozen:
            assert self.frozen
            return
        assert not self.frozen
        self.expected_balance += r["points_earned"] - r["points_spent"] - self._last_expiry_points()
        self.sales.append(r["sale_id"])
        if spend:
            self._check_earliest_expiry_first(r["sale_id"])

    @precondition(lambda self: bool(self.sales))
    @rule(pick=st.integers(0, 10**6), share=st.integers(1, 100), full=st.booleans())
    def refund(self, pick: int, share: int, full: bool) -> None:
        sale_id = self.sales[pick % len(self.sales)]
        sale = self.svc.sale(sale_id)
        left = sale.net_fen - sale.refunded_fen
        amount = None if full else max(1, left * share // 100)
        if left <= 0 and (amount is None or sale.refunded_fen > 0):
            return
        try:
            r = self.svc.refund(sale_id, amount, at=self.now).result
        except errors.RefundTooLarge:
            assert left <= 0
            return
        expired = self._last_expiry_points()
        self.expected_balance += r["points_returned"] - r["points_reversed"] - expired

    @rule(points=st.integers(-5000, 5000).filter(lambda p: p != 0))
    def adjust(self, points: int) -> None:
        try:
            self.svc.adjust(self.code, points, "property test", at=self.now)
        except errors.InsufficientPoints:
            assert points < 0  # refused whole: not even due expiry was written
            return
        self.expected_balance += points - self._last_expiry_points()

    @rule()
    def expire(self) -> None:
        r = self.svc.expire_due(at=self.now).result
        self.expected_balance -= r["points"]

    @rule()
    def toggle_freeze(self) -> None:
        self.frozen = not self.frozen
        self.svc.freeze(self.code, self.frozen, "property test", at=self.now)

    @precondition(lambda self: not self.frozen)
    @rule(fen=st.integers(1, 200_000), spend_share=st.integers(0, 100))
    def sale_then_full_refund_changes_nothing(self, fen: int, spend_share: int) -> None:
        self.svc.expire_due(self.member_id, at=self.now)
        self.expected_balance -= self._last_expiry_points()
        before = self._snapshot()
        most = min(
            self.card().points.available, self.svc.max_points_for(fen, self.member_id, at=self.now)
        )
        r = self.svc.record_sale(
            [SaleLineInput(fen)],
            member_key=self.code,
            points_to_spend=most * spend_share // 100,
            at=self.now,
        ).result
        self.svc.refund(r["sale_id"], at=self.now)
        assert self._snapshot() == before

    # --- invariants ---------------------------------------------------------

    @invariant()
    def ledger_is_sound(self) -> None:
        if not self.member_id:
            return
        with self.svc.factory() as s:
            assert ledger.check_invariants(s, self.member_id) == []

    @invariant()
    def balance_matches_the_model(self) -> None:
        if not self.member_id:
            return
        card = self.card()
        assert card.points.balance == self.expected_balance
        p = card.points
        assert p.available + p.locked + p.expired_due - p.debt == p.balance
        assert p.debt >= 0

    # --- helpers ------------------------------------------------------------

    def _snapshot(self) -> tuple[int, int, dict[str, int]]:
        with self.svc.factory() as s:
            acct = ledger.account_for(s, self.member_id)
            lots = {
                lot.id: lot.remaining
                for lot in s.execute(
                    select(PointLot).where(PointLot.member_id == self.member_id)
                ).scalars()
                if lot.remaining
            }
            return acct.balance, acct.debt, lots

    def _last_expiry_points(self) -> int:
        """Points the newest command wrote off as expired (handlers expire due lots first)."""
        with self.svc.factory() as s:
            newest = (
                select(CommandRow.id).order_by(CommandRow.seq.desc()).limit(1).scalar_subquery()
            )
            points = s.execute(
                select(PointEntry.points).where(
                    PointEntry.command_id == newest, PointEntry.kind == "expire"
                )
            ).scalars()
            return -sum(points)

    def _check_earliest_expiry_first(self, sale_id: str) -> None:
        with self.svc.factory() as s:
            spend = s.execute(
                select(PointEntry).where(PointEntry.sale_id == sale_id, PointEntry.kind == "spend")
            ).scalar_one()
            drawn = {
                m.lot_id
                for m in s.execute(
                    select(LotMovement).where(LotMovement.entry_id == spend.id)
                ).scalars()
            }
            lots = list(
                s.execute(select(PointLot).where(PointLot.member_id == self.member_id)).scalars()
            )
            latest_drawn = max(lot.expires_at for lot in lots if lot.id in drawn)
            at: datetime = spend.created_at
            for lot in lots:
                usable = lot.available_at <= at < lot.expires_at and lot.remaining > 0
                if lot.id not in drawn and usable:
                    assert lot.expires_at >= latest_drawn, "a later-expiring lot was spent first"


LedgerMachine.TestCase.settings = settings(
    max_examples=25,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestLedger = LedgerMachine.TestCase
