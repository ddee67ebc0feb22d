"""The sync service's schedule and status, without a network: backoff with jitter, subscribers."""

from __future__ import annotations

from typing import Any

from sync.errors import AuthRevoked, CommandsLost, Offline, SequenceGap, ServerFailed
from sync.service import SyncService, SyncStatus


def _service(rng: float) -> SyncService:
    factory: Any = None  # the schedule needs no database
    return SyncService(factory, interval=60, base_backoff=2, max_backoff=300, rng=lambda: rng)


def test_backoff_doubles_up_to_the_cap_with_equal_jitter() -> None:
    low, high = _service(0.0), _service(1.0)
    assert low.backoff() == high.backoff() == 60  # no failure: the timer's interval
    for failures, full in ((1, 2), (2, 4), (3, 8), (8, 256), (9, 300), (40, 300)):
        low.failures = high.failures = failures
        assert low.backoff() == full / 2
        assert high.backoff() == full


def test_subscribers_get_every_status_and_can_leave() -> None:
    service = _service(0.5)
    seen: list[SyncStatus] = []
    leave = service.subscribe(seen.append)
    service.subscribe(lambda _s: 1 / 0)  # a broken subscriber does not stop the others
    service._publish(queue_depth=3)
    leave()
    service._publish(queue_depth=0)
    assert [s.queue_depth for s in seen] == [3]
    assert service.status.queue_depth == 0


def test_error_codes_and_which_ones_a_retry_can_fix() -> None:
    assert Offline(url="u", reason="r").retryable
    assert ServerFailed(status=503, reason="r").retryable
    assert not AuthRevoked(reason="r").retryable
    gap = SequenceGap(expected=5, first=3, explanation="x")
    assert gap.code == "sequence_gap" and "nothing was renumbered" in gap.message
    assert not gap.retryable and not CommandsLost(seq=4).retryable
