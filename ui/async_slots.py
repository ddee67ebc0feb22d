"""``qasync.asyncSlot`` with types: a coroutine method that Qt can call as a slot.

Called from a signal, it starts the coroutine as a task on the Qt event loop
(qasync) and returns at once; called directly, it returns that task, so a test
or a caller can await the outcome. The control that started it is disabled by
the method itself while it runs (STYLE.md: qasync's aiohttp example).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any, ParamSpec, cast

from qasync import asyncSlot

P = ParamSpec("P")


def async_slot(
    *types: type,
) -> Callable[[Callable[P, Coroutine[Any, Any, None]]], Callable[P, asyncio.Task[None]]]:
    return cast(
        Callable[[Callable[P, Coroutine[Any, Any, None]]], Callable[P, asyncio.Task[None]]],
        asyncSlot(*types),
    )
