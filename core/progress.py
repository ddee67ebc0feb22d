"""How long-running core work reports progress and learns it should stop."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def update(self, done: int, total: int, label: str = "") -> None: ...

    def cancelled(self) -> bool: ...


class NoProgress:
    def update(self, done: int, total: int, label: str = "") -> None:
        pass

    def cancelled(self) -> bool:
        return False
