"""Filters checked on the event loop.

aiogram runs every synchronous filter, a magic `F` filter too, through `asyncio.to_thread`:
a trip to a worker thread and back for a check that takes microseconds, several times for
each update. A coroutine function is awaited directly, so every filter here is one.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiogram.types import TelegramObject
from magic_filter import MagicFilter


def on_loop(condition: MagicFilter) -> Callable[[TelegramObject], Awaitable[Any]]:
    """The same magic filter, awaited on the event loop instead of run in a thread."""

    async def check(event: TelegramObject) -> Any:
        return condition.resolve(event)

    return check
