"""The fault proxy itself, in front of a tiny real HTTP server: each fault does what it says."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from tests.e2e.faults import Fault, FaultProxy, fault_proxy


class _Echo(BaseHTTPRequestHandler):
    """Answers every request with what it received; counts what reached it."""

    protocol_version = "HTTP/1.1"
    hits: list[str] = []  # noqa: RUF012  (shared by design: the test reads it)

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        type(self).hits.append(f"{self.command} {self.path}")
        data = json.dumps(
            {"method": self.command, "path": self.path, "body": body.decode(), "pad": "x" * 2000}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _answer

    def log_message(self, *_args: object) -> None:
        pass


@pytest.fixture
def proxy() -> Iterator[FaultProxy]:
    _Echo.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        with fault_proxy(f"http://127.0.0.1:{server.server_address[1]}") as p:
            yield p
    finally:
        server.shutdown()
        server.server_close()


def test_passes_requests_through_on_one_client(proxy: FaultProxy) -> None:
    with httpx.Client(base_url=proxy.url, timeout=5) as http:
        for i in range(3):
            r = http.post("/v1/sync/push", content=b'{"n": %d}' % i)
            assert r.status_code == 200
            assert r.json()["body"] == f'{{"n": {i}}}'
        assert http.get("/v1/sync/pull?cursor=abc").json()["path"] == "/v1/sync/pull?cursor=abc"
    assert _Echo.hits == ["POST /v1/sync/push"] * 3 + ["GET /v1/sync/pull?cursor=abc"]
    assert proxy.requests("/v1/sync/push", fault=None) == 3


def test_refused_while_down_then_same_port_again(proxy: FaultProxy) -> None:
    port = proxy.port
    proxy.refuse()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{proxy.url}/x", timeout=2)
    proxy.accept()
    assert proxy.port == port
    assert httpx.get(f"{proxy.url}/x", timeout=2).status_code == 200


def test_drop_mid_response_after_the_server_answered(proxy: FaultProxy) -> None:
    proxy.add(Fault.drop(after=100, path="/v1/sync/push"))
    with pytest.raises(httpx.TransportError):
        httpx.post(f"{proxy.url}/v1/sync/push", content=b"{}", timeout=5)
    assert _Echo.hits == ["POST /v1/sync/push"]  # it reached the server
    # Used once: the next one passes; other paths were never affected.
    assert httpx.post(f"{proxy.url}/v1/sync/push", content=b"{}", timeout=5).status_code == 200
    assert proxy.requests("/v1/sync/push", fault="drop") == 1


def test_drop_after_the_head_leaves_a_short_body(proxy: FaultProxy) -> None:
    proxy.add(Fault.drop(after=300))
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{proxy.url}/v1/sync/pull", timeout=5)


def test_cut_before_forwarding(proxy: FaultProxy) -> None:
    proxy.add(Fault.cut(path="/v1/sync/push", times=2))
    for _ in range(2):
        with pytest.raises(httpx.TransportError):
            httpx.post(f"{proxy.url}/v1/sync/push", content=b"{}", timeout=5)
    assert _Echo.hits == []
    assert httpx.post(f"{proxy.url}/v1/sync/push", content=b"{}", timeout=5).status_code == 200


def test_503_without_forwarding(proxy: FaultProxy) -> None:
    proxy.add(Fault.status(503, path="/v1/sync", method="POST", times=None))
    r = httpx.post(f"{proxy.url}/v1/sync/push", content=b"{}", timeout=5)
    assert r.status_code == 503
    assert r.json()["error"]["code"] == "injected_fault"
    assert httpx.get(f"{proxy.url}/v1/sync/pull", timeout=5).status_code == 200  # a GET passes
    assert _Echo.hits == ["GET /v1/sync/pull"]
    proxy.clear()
    assert httpx.post(f"{proxy.url}/v1/sync/push", content=b"{}", timeout=5).status_code == 200


def test_slow_answer_times_a_client_out_but_reaches_the_server(proxy: FaultProxy) -> None:
    proxy.add(Fault.slow(0.6, path="/slow", times=2))
    started = time.monotonic()
    assert httpx.get(f"{proxy.url}/slow", timeout=5).status_code == 200
    assert time.monotonic() - started >= 0.6
    with pytest.raises(httpx.ReadTimeout):
        httpx.get(f"{proxy.url}/slow", timeout=0.2)
    assert _Echo.hits == ["GET /slow", "GET /slow"]
    assert proxy.pending() == []


def test_upstream_down_closes_the_connection(proxy: FaultProxy) -> None:
    dead = FaultProxy("http://127.0.0.1:1").start()
    try:
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{dead.url}/x", timeout=2)
    finally:
        dead.stop()
