"""A fault-injecting HTTP proxy on a loopback port, between a device and the central API.

The proxy understands just enough HTTP/1.1 to see where one request ends (the
head, then ``Content-Length`` bytes) and sends each request upstream on a fresh
connection with ``Connection: close``, so a fault hits one whole request and
nothing else. Faults are queued rules; the first rule that matches a request
(by method and path prefix) and has uses left decides what happens to it:

* ``refuse()`` / ``accept()``: stop or start listening: the device's connects are
  refused, as when the server or the network is down (the port stays the same);
* ``Fault.drop(after=N)``: the request reaches the server and is answered, but the
  device receives only the first N bytes of the answer before the connection
  closes (the server applied a push the device never heard about);
* ``Fault.cut()``: the connection closes before the request is forwarded;
* ``Fault.status(503)``: answered 503 by the proxy; the server never sees it;
* ``Fault.slow(seconds)``: forwarded, and the answer held back ``seconds``.

Run it as a context manager; it lives on its own thread and event loop, so a
synchronous test and an asyncio client can both use it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

FaultKind = Literal["drop", "cut", "status", "slow"]
HEAD_LIMIT = 64 * 1024


@dataclass
class Fault:
    """One rule: what to do with the next ``times`` matching requests (``None``: all)."""

    kind: FaultKind
    path: str = ""  # a path prefix, e.g. "/v1/sync/push"; "" matches every path
    method: str | None = None
    times: int | None = 1
    after: int = 0  # drop: response bytes delivered before the connection closes
    code: int = 503  # status: the answer's status code
    seconds: float = 0.0  # slow: how long the answer is held back
    used: int = 0

    @classmethod
    def drop(
        cls, after: int = 0, path: str = "", *, method: str | None = None, times: int | None = 1
    ) -> Fault:
        return cls("drop", path, method, times, after=after)

    @classmethod
    def cut(cls, path: str = "", *, method: str | None = None, times: int | None = 1) -> Fault:
        return cls("cut", path, method, times)

    @classmethod
    def status(
        cls, code: int = 503, path: str = "", *, method: str | None = None, times: int | None = 1
    ) -> Fault:
        return cls("status", path, method, times, code=code)

    @classmethod
    def slow(
        cls, seconds: float, path: str = "", *, method: str | None = None, times: int | None = 1
    ) -> Fault:
        return cls("slow", path, method, times, seconds=seconds)

    def matches(self, method: str, path: str) -> bool:
        if self.times is not None and self.used >= self.times:
            return False
        if self.method is not None and self.method.upper() != method:
            return False
        return path.startswith(self.path)


@dataclass(frozen=True)
class Seen:
    """A request the proxy handled, and the fault it met (``None``: passed through)."""

    method: str
    path: str
    fault: FaultKind | None
    status: int | None  # the status the upstream or the proxy answered, if any


@dataclass
class FaultProxy:
    """A loopback HTTP proxy to ``upstream`` (``http://host:port``) that injects faults."""

    upstream: str
    port: int = 0
    seen: list[Seen] = field(default_factory=list)
    _faults: list[Fault] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _loop: asyncio.AbstractEventLoop | None = None
    _thread: threading.Thread | None = None
    _server: asyncio.AbstractServer | None = None

    # --- control, from any thread --------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def listening(self) -> bool:
        return self._server is not None

    def start(self) -> FaultProxy:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._thread.start()
        self.accept()
        return self

    def stop(self) -> None:
        if self._loop is None:
            return
        self._call(self._shutdown())
        self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(5)
        self._loop.close()
        self._loop = None

    def accept(self) -> None:
        """Listen (again, on the same port)."""
        self._call(self._listen())

    def refuse(self) -> None:
        """Stop listening: new connections are refused until ``accept()``."""
        self._call(self._close())

    def add(self, *faults: Fault) -> None:
        with self._lock:
            self._faults.extend(faults)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def pending(self) -> list[Fault]:
        """Rules with uses left."""
        with self._lock:
            return [f for f in self._faults if f.times is None or f.used < f.times]

    def requests(self, path: str = "", fault: FaultKind | Literal["any"] | None = "any") -> int:
        """How many requests to ``path`` (prefix) were seen, optionally by the fault met."""
        with self._lock:
            return sum(
                1
                for s in self.seen
                if s.path.startswith(path) and (fault == "any" or s.fault == fault)
            )

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def _call(self, coro: Coroutine[Any, Any, None]) -> None:
        assert self._loop is not None, "the proxy is not started"
        asyncio.run_coroutine_threadsafe(coro, self._loop).result(10)

    # --- the proxy, on its own loop --------------------------------------------

    async def _listen(self) -> None:
        if self._server is not None:
            return
        self._server = await asyncio.start_server(
            self._serve, "127.0.0.1", self.port, reuse_address=True
        )
        self.port = self._server.sockets[0].getsockname()[1]

    async def _close(self) -> None:
        if self._server is None:
            return
        self._server.close()
        self._server = None

    async def _shutdown(self) -> None:
        await self._close()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.matches(method, path):
                    fault.used += 1
                    return fault
        return None

    def _note(self, method: str, path: str, fault: Fault | None, status: int | None) -> None:
        with self._lock:
            self.seen.append(Seen(method, path, fault.kind if fault else None, status))

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await self._one_request(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError, OSError):
                await writer.wait_closed()

    async def _one_request(
        self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        request_line, headers = _split_head(head)
        method, target, _version = request_line.split(" ", 2)
        length = int(headers.get("content-length", "0"))
        if "chunked" in headers.get("transfer-encoding", "").lower():
            raise ConnectionError("chunked request bodies are not supported by the fault proxy")
        body = await reader.readexactly(length) if length else b""
        path = target.split("?", 1)[0]
        fault = self._take(method, path)

        if fault is not None and fault.kind == "cut":
            self._note(method, path, fault, None)
            return
        if fault is not None and fault.kind == "status":
            self._note(method, path, fault, fault.code)
            writer.write(_error_response(fault.code))
            await writer.drain()
            return

        response = await self._forward(request_line, headers, body)
        status = int(response.split(b" ", 2)[1]) if response.startswith(b"HTTP/") else None
        self._note(method, path, fault, status)
        if fault is not None and fault.kind == "slow":
            await asyncio.sleep(fault.seconds)
        if fault is not None and fault.kind == "drop":
            writer.write(response[: fault.after])
            await writer.drain()
            # An abortive close: the device sees a reset, not a clean end of a short answer.
            writer.transport.abort()
            return
        writer.write(response)
        await writer.drain()

    async def _forward(self, request_line: str, headers: dict[str, str], body: bytes) -> bytes:
        host, _, port = self.upstream.removeprefix("http://").rstrip("/").partition(":")
        up_reader, up_writer = await asyncio.open_connection(host, int(port or 80))
        try:
            sent = {k: v for k, v in headers.items() if k not in ("connection", "keep-alive")}
            sent["connection"] = "close"
            up_writer.write(_join_head(request_line, sent) + body)
            await up_writer.drain()
            response = await up_reader.read()
        finally:
            up_writer.close()
            with contextlib.suppress(ConnectionError, OSError):
                await up_writer.wait_closed()
        # One request per connection: tell the device so, whatever the server said.
        end = response.find(b"\r\n\r\n")
        if end < 0:
            return response
        status_line, resp_headers = _split_head(response[: end + 4])
        resp_headers = {
            k: v for k, v in resp_headers.items() if k not in ("connection", "keep-alive")
        }
        resp_headers["connection"] = "close"
        return _join_head(status_line, resp_headers) + response[end + 4 :]


def _split_head(head: bytes) -> tuple[str, dict[str, str]]:
    if len(head) > HEAD_LIMIT:
        raise ConnectionError("request head too large")
    lines = head.decode("latin-1").split("\r\n")
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if not line:
            continue
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return lines[0], headers


def _join_head(first_line: str, headers: dict[str, str]) -> bytes:
    lines = [first_line, *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    return "\r\n".join(lines).encode("latin-1")


def _error_response(code: int) -> bytes:
    body = json.dumps(
        {"error": {"code": "injected_fault", "message": f"the fault proxy answered {code}"}}
    ).encode()
    head = {
        "content-type": "application/json",
        "content-length": str(len(body)),
        "connection": "close",
    }
    return _join_head(f"HTTP/1.1 {code} Injected", head) + body


@contextlib.contextmanager
def fault_proxy(upstream: str) -> Iterator[FaultProxy]:
    """A started ``FaultProxy`` to ``upstream``, stopped at the end."""
    proxy = FaultProxy(upstream).start()
    try:
        yield proxy
    finally:
        proxy.stop()
