"""When ``server run --workers N`` restarts a worker that ended (``memberdesk.workers.Backoff``)."""

from __future__ import annotations

from memberdesk.workers import Backoff


def test_a_worker_that_keeps_dying_at_start_waits_longer_each_time() -> None:
    backoff = Backoff()
    delays = [backoff.ended(lived=0.2) for _ in range(10)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0, 30.0, 30.0]


def test_a_worker_that_had_been_serving_is_replaced_at_once() -> None:
    backoff = Backoff()
    assert backoff.ended(lived=3600.0) == 0.0
    assert [backoff.ended(lived=1.0) for _ in range(3)] == [0.5, 1.0, 2.0]
    # Serving a while again forgets the early ends.
    assert backoff.ended(lived=10.0) == 0.0
    assert backoff.ended(lived=1.0) == 0.5


def test_a_long_crash_loop_stays_at_the_longest_wait() -> None:
    backoff = Backoff()
    assert max(backoff.ended(lived=0.0) for _ in range(10_000)) == 30.0
