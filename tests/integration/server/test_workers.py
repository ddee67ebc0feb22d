"""``memberdesk server run --workers N`` (``memberdesk/workers.py``): each worker listens on the
port itself, so the kernel spreads connections over them; a port already taken is a
one-line error; a worker that dies is replaced."""

from __future__ import annotations

import os
import signal
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from memberdesk.workers import spread_by_kernel
from tests.integration.server.conftest import Template
from tests.live import LiveServer, free_port, live_server

pytestmark = [
    pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads Linux's /proc"),
    pytest.mark.parametrize("template", ["sqlite"], indirect=True),
]


@pytest.fixture
def server(template: Template, db_url: str) -> Iterator[LiveServer]:
    assert spread_by_kernel()
    with live_server(db_url, workers=2) as live:
        port = int(live.url.rsplit(":", 1)[1])
        deadline = time.monotonic() + 60
        # The first worker up answers the health check; wait for both to listen.
        while sum(_established(pid, port, "0A") for pid in _workers(live.process.pid)) < 2:
            assert time.monotonic() < deadline, "the workers did not both listen"
            time.sleep(0.1)
        yield live


def _workers(parent: int) -> list[int]:
    """The API worker processes (not multiprocessing's resource tracker)."""
    out: list[int] = []
    for task in Path(f"/proc/{parent}/task").glob("*"):
        for pid in (task / "children").read_text().split():
            try:
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            if b"spawn_main" in cmdline:
                out.append(int(pid))
    return sorted(out)


def _established(pid: int, port: int, state: str = "01") -> int:
    """How many established connections to ``port`` process ``pid`` holds (``state``
    "0A": listening sockets)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local_port = int(fields[1].rsplit(":", 1)[1], 16)
            if local_port == port and fields[3] == state and fields[9] in inodes:
                count += 1
    return count


def _get(sock: socket.socket, path: str) -> bytes:
    sock.sendall(f"GET {path} HTTP/1.1\r\nHost: test\r\n\r\n".encode())
    answer = b""
    while b"\r\n\r\n" not in answer or not answer.endswith(b"}"):
        chunk = sock.recv(65536)
        assert chunk, "the server closed the connection"
        answer += chunk
    return answer


def test_connections_made_at_once_are_spread_over_the_workers(server: LiveServer) -> None:
    port = int(server.url.rsplit(":", 1)[1])
    workers = _workers(server.process.pid)
    assert len(workers) == 2
    clients = [socket.create_connection(("127.0.0.1", port)) for _ in range(40)]
    try:
        for client in clients:
            assert _get(client, "/v1/health").startswith(b"HTTP/1.1 200")
        held = [_established(pid, port) for pid in workers]
        assert sum(held) == 40
        # One shared socket gave one worker nearly all of a burst; the kernel's spread
        # gives each about half (fewer than 8 of 40: odds of about 1 in 100,000).
        assert min(held) >= 8, held
    finally:
        for client in clients:
            client.close()


def test_a_worker_that_dies_is_replaced(server: LiveServer) -> None:
    first = _workers(server.process.pid)
    os.kill(first[0], signal.SIGKILL)
    deadline = time.monotonic() + 30
    while True:
        now = _workers(server.process.pid)
        if len(now) == 2 and first[0] not in now:
            break
        assert time.monotonic() < deadline, f"workers {now}"
        time.sleep(0.2)
    for _ in range(10):  # served, whichever worker takes the connection
        assert httpx.get(f"{server.url}/v1/health", timeout=10).status_code == 200


def _newcomer(server: LiveServer, seen: set[int]) -> int:
    """The worker started in place of one that ended, once it is there."""
    deadline = time.monotonic() + 60
    while True:
        new = [pid for pid in _workers(server.process.pid) if pid not in seen]
        if new:
            return new[0]
        assert time.monotonic() < deadline, "no worker was started in its place"
        time.sleep(0.05)


def test_a_worker_that_keeps_dying_is_restarted_later_each_time(server: LiveServer) -> None:
    seen = set(_workers(server.process.pid))
    victim = min(seen)
    waits = []
    for _ in range(3):
        os.kill(victim, signal.SIGKILL)
        killed = time.monotonic()
        victim = _newcomer(server, seen)
        waits.append(time.monotonic() - killed)
        seen.add(victim)
    # Three ends in a row, the last two of workers a moment old: at least 0.5 s and
    # 1 s before their replacements (the first may be replaced at once).
    assert waits[1] >= 0.45 and waits[2] >= 0.95, waits
    for _ in range(10):
        assert httpx.get(f"{server.url}/v1/health", timeout=10).status_code == 200


def test_a_port_already_taken_is_one_line(db_url: str) -> None:
    port = free_port()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", port))
        taken.listen()
        with (
            pytest.raises(RuntimeError, match="server exited") as stopped,
            live_server(db_url, workers=2, port=port),
        ):
            pass
    stderr = str(stopped.value)
    last = stderr.strip().splitlines()[-1]
    assert last == f"error: cannot listen on 127.0.0.1:{port}: Address already in use"
    assert "Traceback" not in stderr
