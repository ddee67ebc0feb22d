"""``memberdesk server run --workers N``: N API processes, each with its own listening socket.

uvicorn's own ``--workers`` shares one listening socket among its processes: whichever
is first to wake takes every connection waiting, so a burst of clients connecting at
once lands mostly on one process (seen: 50 clients split about 40 to 10, and that
process's clients saw three times the latency of the others). Here each worker binds
the port itself with ``SO_REUSEPORT`` and the kernel spreads new connections over them.

The parent only holds the port (bound, not listening, so a port already taken is a
one-line error before any worker starts), restarts a worker that died, and on SIGINT or
SIGTERM stops them all, each finishing its requests as uvicorn does. Without
``SO_REUSEPORT`` (Windows) uvicorn's own workers serve.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import socket
import threading
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
    processes = [start() for _ in range(workers)]
    try:
        while not stop.wait(0.5):
            for i, process in enumerate(processes):
                if not process.is_alive():
                    log.warning(
                        "API worker %s ended (exit %s); starting another",
                        process.pid,
                        process.exitcode,
                    )
                    processes[i] = start()
    finally:
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
