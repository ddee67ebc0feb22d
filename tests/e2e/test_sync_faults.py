"""The network between a till and the server fails in every way the fault proxy knows.

Refused connections, an answer dropped halfway (after the server applied the
push), a connection cut before the request left, 503 answers, slow answers. After
each fault a plain ``memberdesk sync`` brings the till and the server to the same
state: no command lost, none applied twice. The sync service's timer retries a
failed upload by itself, without a new sale to trigger it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.e2e.conftest import Central, Device, Made, assert_converged, local_op, server_state
from tests.e2e.faults import Fault, FaultProxy, fault_proxy

PUSH = "/v1/sync/push"
PULL = "/v1/sync/pull"


def _refused(proxy: FaultProxy) -> None:
    proxy.refuse()


ROUNDS: list[tuple[str, Callable[[FaultProxy], None], bool]] = [
    # name, how to break the network, whether the server gets the push anyway
    ("refused", _refused, False),
    ("push answer dropped mid-way", lambda p: p.add(Fault.drop(after=120, path=PUSH)), True),
    ("push answer dropped at once", lambda p: p.add(Fault.drop(after=0, path=PUSH)), True),
    ("push cut before sending", lambda p: p.add(Fault.cut(path=PUSH)), False),
    ("push 503", lambda p: p.add(Fault.status(503, path=PUSH, times=None)), False),
    ("pull answer dropped", lambda p: p.add(Fault.drop(after=300, path=PULL)), True),
    ("pull 503", lambda p: p.add(Fault.status(503, path=PULL, times=None)), True),
    ("every answer slow", lambda p: p.add(Fault.slow(0.7, path="/v1/", times=None)), True),
]


def _some_work(device: Device, made: Made, codes: list[str], round_no: int) -> None:
    member = codes[round_no % len(codes)]
    sale = local_op(device, made, "sale", member=member, fen=10_000 + 137 * round_no)
    assert sale is not None
    local_op(device, made, "sale", member=codes[(round_no + 1) % len(codes)], fen=5_050)
    if round_no % 3 == 1:
        assert local_op(device, made, "refund", sale_id=sale["sale_id"]) is not None
    if round_no % 4 == 2:
        phone = f"1370000{round_no:04d}"
        assert local_op(device, made, "enrol", name=f"网络{round_no}", phone=phone) is not None


def test_every_network_fault_then_a_clean_sync(central: Central, make_device: Any) -> None:
    with fault_proxy(central.url) as proxy:
        till: Device = make_device("S001")
        till.setup(proxy.url)
        codes = till.region_member_codes()[:5]
        made = Made()
        for round_no, (name, breakage, reaches_server) in enumerate(ROUNDS):
            _some_work(till, made, codes, round_no)
            unsent = {k for k, v in till.own_commands().items() if v[2] == "local"}
            assert unsent, name
            breakage(proxy)
            outcome = till.sync(ok=None)
            if name != "every answer slow":
                assert outcome.returncode != 0, f"{name}: sync said it finished"
            else:
                assert outcome.returncode == 0, f"{name}: {outcome.stderr}"
            on_server = set(server_state(central, [till.device_id])["commands"])
            if reaches_server:
                assert unsent <= on_server, f"{name}: the push did not reach the server"
            else:
                assert not unsent & on_server, f"{name}: the push reached the server"
            # Nothing the device made is lost, whatever happened.
            assert len(till.own_commands()) == made.by_device[str(till.path)], name
            proxy.clear()
            proxy.accept()
            done = till.sync(ok=None)
            assert done.returncode == 0, f"after {name}: {done.stderr}"
            assert_converged(central, [till], made)
        assert proxy.requests(PUSH, fault="drop") == 2
        assert proxy.requests(PUSH, fault="status") >= 1


@pytest.mark.parametrize("fault", ["503", "dropped", "refused"])
def test_the_service_timer_retries_a_failed_upload(
    central: Central, make_device: Any, fault: str
) -> None:
    """The upload fails twice; the service's own timer sends it again, no new sale needed."""
    import asyncio

    service_mod = pytest.importorskip("sync.service")

    with fault_proxy(central.url) as proxy:
        till: Device = make_device("S001")
        till.setup(proxy.url)
        made = Made()
        code = till.region_member_codes()[0]
        assert local_op(till, made, "sale", member=code, fen=8_800) is not None
        if fault == "503":
            proxy.add(Fault.status(503, path=PUSH, times=2))
        elif fault == "dropped":
            proxy.add(Fault.drop(after=50, path=PUSH, times=2))
        else:
            proxy.refuse()

        async def run() -> Any:
            from core.db.engine import open_device_db

            factory = open_device_db(till.path)
            service = service_mod.SyncService(factory, interval=30.0, base_backoff=0.2)
            task = asyncio.create_task(service.run_forever())
            try:
                for tick in range(200):
                    await asyncio.sleep(0.1)
                    if fault == "refused" and tick == 15:
                        proxy.accept()  # the server is back while the timer waits
                    status = service.status
                    if status.queue_depth == 0 and status.last_error is None and tick > 3:
                        return status
                raise AssertionError(f"never retried to completion: {service.status}")
            finally:
                service.stop()
                await asyncio.wait_for(task, 30)
                factory.kw["bind"].dispose()

        status = asyncio.run(run())
        assert status.queue_depth == 0
        if fault != "refused":
            assert proxy.requests(PUSH) >= 3, proxy.seen
        assert_converged(central, [till], made)
