"""A lean HTTP/1.1 keep-alive client for load generation: one connection, one request at a
time, ``GET`` only.

The benchmarks' load runs on the same two cores as the server it measures. httpx costs
about 1.3 ms of CPU a request, as much as the server's own work for a member read, so
with httpx the load generator takes half the machine from the server under test. This
client costs a small fraction of that; what it measures is the server. It understands
just what the API answers: a status line, headers and a ``Content-Length`` body.
"""

from __future__ import annotations

import asyncio
import contextlib
from urllib.parse import urlsplit


class HttpError(Exception):
    pass


class KeepAlive:
    """One keep-alive connection to ``base_url`` sending ``headers`` with every request."""

    def __init__(self, base_url: str, headers: dict[str, str]) -> None:
        parts = urlsplit(base_url)
        if parts.scheme != "http" or parts.hostname is None:
            raise ValueError(f"plain http://host:port only, not {base_url!r}")
        self.host = parts.hostname
        self.port = parts.port or 80
        self.head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        self.head += f"Host: {parts.netloc}\r\n\r\n"
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> tuple[int, bytes]:
        """(status, body) of ``GET path``; a closed connection is opened again once."""
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        assert self._reader is not None
        self._writer.write(f"GET {path} HTTP/1.1\r\n{self.head}".encode())
        try:
            head = await self._reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, ConnectionError):
            await self.aclose()
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
            self._writer.write(f"GET {path} HTTP/1.1\r\n{self.head}".encode())
            head = await self._reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        length = None
        for line in lines[1:]:
            name, _, value = line.partition(":")
            name = name.strip().lower()
            if name == "content-length":
                length = int(value)
            elif name == "transfer-encoding":
                raise HttpError(f"a {value.strip()} body is not supported here")
        if length is None:
            raise HttpError("an answer without Content-Length")
        return status, await self._reader.readexactly(length)

    async def aclose(self) -> None:
        if self._writer is not None:
            self._writer.close()
            with contextlib.suppress(ConnectionError):
                await self._writer.wait_closed()
        self._reader = self._writer = None
