"""``memberdesk server run --workers N``: N API processes, each with its own listening socket.

uvicorn's own ``--workers`` shares one listening socket among its processes: whichever
is first to wake takes every connection waiting, so a burst of clients connecting at
once lands mostly on one process (seen: 50 clients split about 40 to 10, and that
process's clients saw three times the latency of the others). Here each worker binds
the port itself with ``SO_REUSEPORT`` and the kernel spreads new connections over them.

The parent only holds the port (bound, not listening, so a port already taken is a
one-line error before any worker starts), restarts a worker that died, and on SIGINT or
SIGTERM stops them all, each finishing its requests as uvicorn does. A worker that dies
soon after it started is restarted later each time (``Backoff``), so a worker that cannot
start does not keep two cores busy importing the application. Without ``SO_REUSEPORT``
(Windows) uvicorn's own workers serve.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

APP = "server.main:app_from_env"
log = logging.getLogger("memberdesk.workers")


def spread_by_kernel() -> bool:
    return hasattr(socket, "SO_REUSEPORT")


def port_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host:port`` that other workers may bind too."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


@dataclass
class Backoff:
    """When to restart a worker that ended: at once if it had been serving a while
    (``steady`` seconds), else after ``first`` seconds, doubling with each early end in a
    row up to ``longest``."""

    first: float = 0.5
    longest: float = 30.0
    steady: float = 10.0
    early_ends: int = 0

    def ended(self, lived: float) -> float:
        """Seconds to wait before starting the next worker in this one's place."""
        if lived >= self.steady:
            self.early_ends = 0
            return 0.0
        self.early_ends += 1
        return min(self.longest, self.first * (1 << min(self.early_ends - 1, 20)))


@dataclass
class _Slot:
    process: Any
    started: float
    backoff: Backoff
    due: float | None = None  # when to start its next worker, once it has ended


def _worker(host: str, port: int, log_level: str) -> None:
    """One API process: its own socket on the shared port, then uvicorn."""
    import uvicorn

    sock = port_socket(host, port)
    config = uvicorn.Config(APP, factory=True, log_level=log_level)
    uvicorn.Server(config).run(sockets=[sock])


def serve(host: str, port: int, workers: int, log_level: str) -> None:
    """Run ``workers`` API processes on ``host:port`` until SIGINT or SIGTERM."""
    import uvicorn

    if workers <= 1 or not spread_by_kernel():
        uvicorn.run(APP, factory=True, host=host, port=port, workers=workers, log_level=log_level)
        return
    held = port_socket(host, port)  # raises OSError if the port is taken
    stop = threading.Event()
    spawn = multiprocessing.get_context("spawn")

    def start() -> Any:
        process = spawn.Process(target=_worker, args=(host, port, log_level))
        process.start()
        return process

    def stop_all(_signum: int, _frame: object) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, stop_all) for sig in (signal.SIGINT, signal.SIGTERM)}
    slots = [_Slot(start(), time.monotonic(), Backoff()) for _ in range(workers)]
    try:
        while not stop.wait(0.5):
            now = time.monotonic()
            for slot in slots:
                if slot.due is None and not slot.process.is_alive():
                    delay = slot.backoff.ended(now - slot.started)
                    slot.due = now + delay
                    log.warning(
                        "API worker %s ended (exit %s); starting another in %.1f s",
                        slot.process.pid,
                        slot.process.exitcode,
                        delay,
                    )
                if slot.due is not None and now >= slot.due:
                    slot.process, slot.started, slot.due = start(), now, None
    finally:
        processes = [slot.process for slot in slots]
        for process in processes:
            if process.is_alive():
                process.terminate()  # SIGTERM: uvicorn finishes what it is serving
        for process in processes:
            process.join(15)
            if process.is_alive():
                process.kill()
                process.join()
        held.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
