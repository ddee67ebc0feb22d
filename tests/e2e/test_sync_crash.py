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
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tests.e2e.conftest import Central, Device, Made, assert_converged, local_op

KILLS = 200
# Kills land at a random moment between the start of the process and a little after
# the time a whole sync takes here (measured first), so every phase gets its share.
MIN_WINDOW = 0.3
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


# Where the keyring is: the fork server keeps the environment it started with (an earlier
# test's), so each child is told the parent's at the time it is started.
KEYRING_ENV = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "PYTHON_KEYRING_BACKEND")


def sync_child(db: str, env: dict[str, str]) -> None:
    """The child: the command line's ``sync``, its output thrown away (its errors kept
    beside the database, for a failure to show), its status as exit."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring  # type: ignore[import-untyped]

    os.environ.update(env)
    keyring.set_keyring(PlaintextKeyring())  # made now: it reads its place from HOME
    devnull = os.open(os.devnull, os.O_WRONLY)
    errors = os.open(db + ".stderr", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.dup2(devnull, 1)
    os.dup2(errors, 2)
    from memberdesk.cli import main

    code = main(["sync", "--db", db])
    sys.stdout.flush()
    os._exit(code)


def child_args(device: Device) -> tuple[str, dict[str, str]]:
    return str(device.path), {k: os.environ[k] for k in KEYRING_ENV if k in os.environ}


def fork_context() -> Any:
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


@dataclass
class KillStats:
    outcomes: Counter[str] = field(default_factory=Counter)
    phases: Counter[str] = field(default_factory=Counter)  # where the kills landed
    commands: int = 0
    seconds: float = 0.0
    windows: list[float] = field(default_factory=list)  # the kill windows used, in seconds

    def line(self) -> str:
        return (
            f"{sum(self.outcomes.values())} runs in {self.seconds:.1f} s, killed within "
            f"{min(self.windows):.2f}-{max(self.windows):.2f} s of the start: "
            f"{self.outcomes['killed']} killed mid-run, {self.outcomes['finished']} finished, "
            f"{self.outcomes['failed']} failed; {self.commands} commands made meanwhile; "
            f"kills landed: {dict(self.phases)}"
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


def where_it_was(device: Device, server_seq: Callable[[str], int] | None) -> tuple[Any, ...]:
    """What a run can have moved: the server's count of this till's commands, the till's
    acknowledged count, and its pull cursor."""
    acked = device.query(
        "SELECT count(*) FROM commands WHERE device_id = ? AND sync_state != 'local'",
        (device.device_id,),
    )[0][0]
    cursor = device.query("SELECT json_extract(value, '$.cursor') FROM settings WHERE key='sync'")
    return (server_seq(device.device_id) if server_seq else 0, acked, cursor)


def whole_sync_seconds(ctx: Any, devices: list[Device], runs: int = 3) -> float:
    """How long an undisturbed ``sync`` process takes here (the median of a few)."""
    times = []
    for i in range(runs):
        child = ctx.Process(target=sync_child, args=child_args(devices[i % len(devices)]))
        began = time.monotonic()
        child.start()
        child.join(120)
        times.append(time.monotonic() - began)
        if child.exitcode != 0:
            said = devices[i % len(devices)].path.with_name(
                devices[i % len(devices)].path.name + ".stderr"
            )
            raise AssertionError(
                f"an undisturbed sync failed ({child.exitcode}): {said.read_text()[-2000:]}"
            )
    return sorted(times)[len(times) // 2]


def kill_loop(
    devices: list[Device],
    made: Made,
    kills: int,
    rng: random.Random,
    window: tuple[float, float] | None = None,
    progress: bool = False,
    server_seq: Callable[[str], int] | None = None,
) -> KillStats:
    """Start ``sync`` on a random till and SIGKILL it after a random delay, ``kills`` times.

    With ``server_seq`` (a till's last command number on the server), each kill is also
    told apart by what the run got done: nothing visible yet, the server applied pushed
    commands the till never stored the answer to, the push done and the pull under way.
    """
    ctx = fork_context()
    codes = {str(d.path): d.region_member_codes()[:8] for d in devices}
    stats = KillStats()
    fitted = window is None
    started = time.monotonic()
    for i in range(kills):
        if fitted and i % 100 == 0:
            # Fitted again now and then: the undisturbed runs also drain the queues, so a
            # backlog that no run lives long enough to push cannot pile up.
            window = (0.0, max(MIN_WINDOW, 1.2 * whole_sync_seconds(ctx, devices)))
        assert window is not None
        if not stats.windows or stats.windows[-1] != window[1]:
            stats.windows.append(window[1])
        device = rng.choice(devices)
        if rng.random() < 0.5:
            before = sum(made.by_device.values())
            busy_till(device, made, codes[str(device.path)], rng)
            stats.commands += sum(made.by_device.values()) - before
        was = where_it_was(device, server_seq)
        child = ctx.Process(target=sync_child, args=child_args(device))
        child.start()
        child.join(rng.uniform(*window))
        if child.exitcode is None:
            child.kill()
            child.join()
            stats.outcomes["killed"] += 1
            if server_seq is not None:
                now = where_it_was(device, server_seq)
                if now[0] > was[0] and now[0] > now[1]:
                    stats.phases["server applied, answer not stored"] += 1
                elif now[2] != was[2]:
                    stats.phases["in the pull"] += 1
                elif now[1] > was[1]:
                    stats.phases["push stored, no pull page yet"] += 1
                else:
                    stats.phases["nothing stored yet"] += 1
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

    stats = kill_loop([a, b], made, KILLS, rng, server_seq=central.last_seq)
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
