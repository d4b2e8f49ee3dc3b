"""Dialog ids that do not collide.

aiogram-dialog names every opened dialog (an intent) by the current second plus a random
number below 100 (`aiogram_dialog.api.entities.stack.new_id`). Two dialogs one person opens
within the same second, a tap on the menu and the dialog it starts, then share an id about
once in a hundred; the second overwrites the first's state and the person lands on the menu
with "this button is old". A fix is proposed upstream (Tishka17/aiogram_dialog#501), not
released.

Here the second becomes the millisecond, and the random number a counter of this process:
within a process two ids collide only after 100 dialogs in one millisecond, across workers
only if both open one in the same millisecond with the same count. Ids keep their length
(at most six characters: they travel in button data, which Telegram caps at 64 bytes).
"""

from __future__ import annotations

import itertools
import secrets
import time

from aiogram_dialog.api.entities import stack

_SPAN = 100_000_000  # the library's: milliseconds here wrap after about 28 hours
_counter = itertools.count(secrets.randbelow(100))


def new_id() -> str:
    millisecond = time.time_ns() // 1_000_000
    return stack.id_to_str(millisecond % _SPAN + (next(_counter) % 100) * _SPAN)


def install() -> None:
    """Every dialog opened from now on gets its id from `new_id` (idempotent)."""
    stack.new_id = new_id
