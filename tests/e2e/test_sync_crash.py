"""``memberdesk sync`` killed with SIGKILL at random moments, 200 times, then a clean sync.

Each sync runs the real command line (``memberdesk.cli.main(["sync", ...])``) in
its own process, forked from a fork server that has already imported everything,
so a process starts in milliseconds instead of a second and the kill lands inside
the push, the pull or the commit of a page rather than in start-up. Between kills
the tills keep selling. Afterwards one clean sync per till must leave every
invariant intact: nothing lost, nothing twice, balances equal everywhere.

``bench/sync_soak.py`` runs the same loop 1,000 times.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from tests.e2e.conftest import Central, Device, Made, assert_converged, local_op

KILLS = 200
KILL_WINDOW = (0.0, 0.3)  # seconds after the start of the process
PRELOAD = [
    "sqlalchemy",
    "httpx",
    "keyring",
    "keyrings.alt.file",
    "core.services",
    "memberdesk.cli",
    "memberdesk.device_cli",
    "sync.service",
    "tests.e2e.test_sync_crash",
]


def sync_child(db: str) -> None:
    """The child: the command line's ``sync``, its output thrown away, its status as exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    from memberdesk.cli import main

    code = main(["sync", "--db", db])
    sys.stdout.flush()
    os._exit(code)


def fork_context() -> Any:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


@dataclass
class KillStats:
    outcomes: Counter[str] = field(default_factory=Counter)
    commands: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"{sum(self.outcomes.values())} runs in {self.seconds:.1f} s: "
            f"{self.outcomes['killed']} killed mid-run, {self.outcomes['finished']} finished, "
            f"{self.outcomes['failed']} failed; {self.commands} commands made meanwhile"
        )


def busy_till(device: Device, made: Made, codes: list[str], rng: random.Random) -> None:
    """What a till does between two syncs: a sale, sometimes a refund of an earlier one."""
    pick = rng.random()
    if pick < 0.6:
        local_op(device, made, "sale", member=rng.choice(codes), fen=rng.randint(500, 60_000))
    elif pick < 0.8 and device.own_commands():
        sales = [
            r[0]
            for r in device.query(
                "SELECT id FROM sales WHERE device_id = ? AND refunded_fen = 0",
                (device.device_id,),
            )
        ]
        if sales:
            local_op(device, made, "refund", sale_id=rng.choice(sales))
    elif pick < 0.85:
        n = made.by_device[str(device.path)] + rng.randint(0, 10**6)
        local_op(device, made, "enrol", name="崩溃测试", phone=f"13{n % 10**9:09d}")


def kill_loop(
    devices: list[Device],
    made: Made,
    kills: int,
    rng: random.Random,
    window: tuple[float, float] = KILL_WINDOW,
    progress: bool = False,
) -> KillStats:
    """Start ``sync`` on a random till and SIGKILL it after a random delay, ``kills`` times."""
    ctx = fork_context()
    codes = {str(d.path): d.region_member_codes()[:8] for d in devices}
    stats = KillStats()
    started = time.monotonic()
    for i in range(kills):
        device = rng.choice(devices)
        if rng.random() < 0.5:
            before = sum(made.by_device.values())
            busy_till(device, made, codes[str(device.path)], rng)
            stats.commands += sum(made.by_device.values()) - before
        child = ctx.Process(target=sync_child, args=(str(device.path),))
        child.start()
        child.join(rng.uniform(*window))
        if child.exitcode is None:
            child.kill()
            child.join()
            stats.outcomes["killed"] += 1
        elif child.exitcode == 0:
            stats.outcomes["finished"] += 1
        else:
            stats.outcomes["failed"] += 1
        if progress and (i + 1) % 100 == 0:
            print(f"  {i + 1} runs: {stats.outcomes}", file=sys.stderr)
    stats.seconds = time.monotonic() - started
    return stats


def test_sync_killed_at_random_moments(central: Central, make_device: Any) -> None:
    rng = random.Random(int(os.environ.get("MEMBERDESK_CRASH_SEED", "20261127")))
    a: Device = make_device("S001")
    b: Device = make_device("S002")
    a.setup(central.url)
    b.setup(central.url)
    made = Made()
    # Something to push on both before the first kill.
    for d in (a, b):
        for code in d.region_member_codes()[:3]:
            local_op(d, made, "sale", member=code, fen=12_345)

    stats = kill_loop([a, b], made, KILLS, rng)
    print(stats.line())
    assert stats.outcomes["failed"] == 0, stats.line()
    # The kills must mostly land inside a sync, or the test proves little.
    assert stats.outcomes["killed"] >= KILLS // 4, stats.line()
    for d in (a, b):
        ok = d.query("PRAGMA integrity_check")
        assert ok == [("ok",)], ok

    for d in (a, b, a):
        d.sync()
    assert_converged(central, [a, b], made)
