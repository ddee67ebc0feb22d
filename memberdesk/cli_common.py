"""What every verb of the command line shares: errors, output, progress, the parser class."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


class CliError(Exception):
    """A problem with the command line itself (not the data)."""


@dataclass
class Out:
    as_json: bool

    def emit(self, data: Any, text: str | Callable[[], str]) -> None:
        if self.as_json:
            json.dump(data, sys.stdout, ensure_ascii=False, default=str)
            sys.stdout.write("\n")
        else:
            print(text() if callable(text) else text)


class TerminalProgress:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.started = time.monotonic()
        self._last = 0.0

    def update(self, done: int, total: int, label: str = "") -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self._last < 0.1 and done < total:
            return
        self._last = now
        width = 30
        filled = width * done // total if total else width
        pct = 100 * done // total if total else 100
        sys.stderr.write(
            f"\r[{'#' * filled}{'.' * (width - filled)}] {pct:3d}% {done:,}/{total:,} {label}"
            f"  {now - self.started:5.1f} s"
        )
        sys.stderr.flush()

    def cancelled(self) -> bool:
        return False

    def finish(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # one line, not a usage dump
        raise CliError(f"{self.prog}: {message}")
