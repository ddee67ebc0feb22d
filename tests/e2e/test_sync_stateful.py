"""Two to five tills of one region, random clerks' work and random partial syncs (hypothesis).

Each example sets up new tills against one real server process (in this process,
the way ``device setup`` does), then runs random sales (some paid partly with
points), refunds (of any sale the till can see, including another store's),
redemptions and enrolments, interleaved with random syncs of random tills: a full
cycle, only the push, or only the pull. At the end every till syncs twice and
the sync invariants must hold: every command made is on the server exactly once
(applied, or rejected with nothing left behind), and every till shows the
server's balances, debts, lots and ledger entries.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import ClassVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from tests.e2e.conftest import Central, Device, Made, assert_converged, local_op

STORES = ["S001", "S002", "S003"]  # region R01
# Central stock, an unlimited service, store stock, a coupon.
CHEAP_REWARDS = ["RW0002", "RW0028", "RW0040", "RW0007"]
_phones = itertools.count(1)
_dirs = itertools.count(1)


class TillsAndServer(RuleBasedStateMachine):
    central: ClassVar[Central]
    folder: ClassVar[Path]

    def __init__(self) -> None:
        super().__init__()
        self.devices: list[Device] = []
        self.made = Made()
        self.codes: list[str] = []

    @initialize(stores=st.lists(st.sampled_from(STORES), min_size=2, max_size=5))
    def set_up_tills(self, stores: list[str]) -> None:
        folder = self.folder / f"example-{next(_dirs)}"
        folder.mkdir()
        for i, store in enumerate(stores):
            d = Device(folder / f"{store}-{i}.db", store)
            d.setup_in_process(self.central.url)
            self.devices.append(d)
        self.codes = self.devices[0].region_member_codes()[:6]

    def _till(self, i: int) -> Device:
        return self.devices[i % len(self.devices)]

    def _member(self, till: Device, i: int) -> str:
        # The region's members, and any member enrolled here or pulled since.
        extra = sorted(self.made.enrolments & set(till.region_member_codes()))
        choices = self.codes + extra
        return choices[i % len(choices)]

    @rule(
        till=st.integers(0, 4),
        kind=st.sampled_from(["sale", "sale", "sale", "refund", "redeem", "enrol"]),
        member=st.integers(0, 20),
        fen=st.integers(100, 300_000),
        spend=st.sampled_from([0, 0, 0, 100, 1_000, 5_000, 20_000]),
        pick=st.integers(0, 10**6),
        sku=st.sampled_from(CHEAP_REWARDS),
    )
    def work(
        self, till: int, kind: str, member: int, fen: int, spend: int, pick: int, sku: str
    ) -> None:
        """One clerk's action on one till (a refusal by the rules makes no command)."""
        d = self._till(till)
        code = self._member(d, member)
        if kind == "sale":
            local_op(d, self.made, "sale", member=code, fen=fen, spend=spend)
        elif kind == "refund":
            sales = d.query(
                "SELECT id FROM sales WHERE member_id IS NOT NULL AND refunded_fen < gross_fen "
                "AND at > datetime('now', '-30 days') ORDER BY id"
            )
            if sales:
                local_op(d, self.made, "refund", sale_id=sales[pick % len(sales)][0])
        elif kind == "redeem":
            local_op(d, self.made, "redeem", member=code, sku=sku)
        else:
            n = next(_phones)
            local_op(d, self.made, "enrol", name=f"状态{n}", phone=f"1360{n:07d}")

    @precondition(lambda self: bool(self.devices))
    @rule(till=st.integers(0, 4), part=st.sampled_from(["both", "both", "push", "pull"]))
    def sync(self, till: int, part: str) -> None:
        self._till(till).sync_in_process(part)

    def teardown(self) -> None:
        try:
            if self.devices:
                for _ in range(2):
                    for d in self.devices:
                        d.sync_in_process()
                assert_converged(self.central, self.devices, self.made, rejected_ok=True)
        finally:
            for d in self.devices:
                d.close()


def test_random_work_and_partial_syncs_converge(central: Central, tmp_path: Path) -> None:
    TillsAndServer.central = central
    TillsAndServer.folder = tmp_path
    run = TillsAndServer.TestCase()
    run.settings = settings(
        max_examples=12,
        stateful_step_count=20,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
    )
    run.runTest()
