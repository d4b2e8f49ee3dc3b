"""How fast the sender may send: Telegram's limits, overall and per chat, for one or many workers.

Telegram counts a bot's messages in any one-second window (about 30) and to one chat (about
one a second). One process keeps the spacing in memory; several workers share it in Redis
when REDIS_URL is set, so their combined rate stays under the same limit.

Both follow one rule: a send is released only when it is due *now*, and the next one is due
one interval after that actual release, less the lateness of this one up to CATCH_UP. A timer
always wakes a little late (a millisecond or two, more on a busy machine); without the
allowance each send would lose that much, about 5% of the rate at 30 a second. With it, any
n + 1 releases still span at least n intervals - CATCH_UP, so a long stall (a garbage
collection, a busy loop) delays sends but never bunches them into one window.

What Telegram counts is not the release but the HTTP call that follows it. A call that would
start more than LATE_CALL after its release (its worker's event loop was busy meanwhile, or
Redis's answer was slow to come back) is not made late: the send gives up that turn and asks
for a new one (`Limiter.on_time`), keeping its chat's turn while no other send has taken it
since. So every call starts within
LATE_CALL of a release, and the interval, (1 + CATCH_UP + LATE_CALL + TRANSIT) / rate, keeps
any window of 1 + TRANSIT seconds to `rate` calls: however late the loop, no one-second window
at Telegram holds more than the limit while the calls' ways there differ by under TRANSIT
(which also covers aiohttp writing a request's body on the loop's next turn, not at the call).
That is 1 / 1.012 = 0.988 of the limit at best, at any rate. (Before, the interval kept one send
of room a second for a send that reached Telegram late, however late: one such send a window
fitted, two did not, and at 30 a second 0.964 of the limit was the most it could reach.)

Written here rather than taken from a library: `limits` and `pyrate-limiter` count hits in
windows and answer yes or no, so released sends bunch at each window's start (bursts that a
one-second window at Telegram's end sees as too many), and `limits` knows no window shorter
than a second. A spacing of 1/rate measured at Redis, in one short Lua script, is the whole
of what is needed.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rules.config import Settings

logger = logging.getLogger(__name__)

# How much of a send's lateness the next one may win back (seconds).
CATCH_UP = 0.004
# The latest a send's HTTP call may start after its release; later, it takes a new turn.
LATE_CALL = 0.003
# How much more one call may take than another on the way to Telegram (seconds).
TRANSIT = 0.005
# Two messages to one chat may leave from two workers, each with its own delay on the way:
# a wider gap (10%) absorbs that, and costs nothing, since one chat seldom gets two at once.
CHAT_MARGIN = 0.9
# How long one look at a chat that is not free yet may sleep before looking again (a hold
# from Telegram can be long; a worker that is stopping should notice within this).
LONGEST_NAP = 1.0


@dataclass(frozen=True, slots=True)
class Turn:
    """A send's turn: when it was asked for (no later than its release: `Limiter.on_time`
    measures from here), and the mark its chat's turn was given, by which asking again after
    a turn given up keeps the chat's turn if no other send took the chat meanwhile."""

    asked: float
    chat_mark: int


class Limiter:
    """Releases sends within the overall rate and each chat's rate; holds all after a 429.

    `acquire` is the only way out. One coroutine at a time per process waits for the overall
    turn (a lock), so a crowd of waiting sends costs one timer, not one each.
    """

    def __init__(self, *, rate: float, per_chat: float) -> None:
        # rate + 1 releases span at least rate * interval - CATCH_UP = 1 + LATE_CALL + TRANSIT;
        # each call starts at most LATE_CALL after its release, so rate + 1 calls span at least
        # 1 + TRANSIT, and arrive at Telegram at least a second apart.
        self.catch_up = CATCH_UP
        self.late_call = LATE_CALL
        self.interval = (1.0 + CATCH_UP + LATE_CALL + TRANSIT) / rate
        self.chat_gap = 1.0 / (per_chat * CHAT_MARGIN)
        self._turn = asyncio.Lock()

    async def _take(
        self, chat_id: int, *, held: Turn | None = None
    ) -> tuple[bool, float, bool, int]:
        """Release a send to `chat_id` if it is due now: (released, seconds to wait, chat's
        wait, the chat's mark). `held`: the turn this send gave up; while the chat's mark is
        still that turn's, the chat's turn is this send's."""
        raise NotImplementedError

    async def hold(self, seconds: float) -> None:
        """Telegram asked the bot to wait: no send from any worker for `seconds`."""
        raise NotImplementedError

    async def close(self) -> None:
        """Let go of what the limiter holds (a Redis connection)."""

    async def acquire(
        self, chat_id: int, stopping: Callable[[], bool], *, held: Turn | None = None
    ) -> Turn | None:
        """Wait until a message to `chat_id` may go: its turn, for `on_time`. None when
        `stopping()` turned true first. `held`: the turn this send gave up, asking again."""
        while not stopping():
            async with self._turn:
                asked = time.monotonic()
                released, wait, chat_wait, mark = await self._take(chat_id, held=held)
                while not released and not chat_wait and not stopping():
                    await asyncio.sleep(min(wait, LONGEST_NAP))
                    asked = time.monotonic()
                    released, wait, chat_wait, mark = await self._take(chat_id, held=held)
            if released:
                return None if stopping() else Turn(asked, mark)
            # This chat had a message a moment ago: wait for it without blocking other chats.
            await asyncio.sleep(min(wait, LONGEST_NAP))
        return None

    def on_time(self, turn: Turn) -> bool:
        """Whether a call may start now in `turn`; if not, the send asks for a new turn (with
        `held=turn`) instead of reaching Telegram late."""
        return time.monotonic() - turn.asked <= self.late_call


class LocalLimiter(Limiter):
    """The spacing in this process's memory: one sender, or the SQLite default."""

    # Chats remembered at most; older entries are forgotten once their gap has passed.
    KEEP_CHATS = 10_000

    def __init__(self, *, rate: float, per_chat: float) -> None:
        super().__init__(rate=rate, per_chat=per_chat)
        self._next = 0.0
        self._hold_until = 0.0
        self._chat_free: dict[int, float] = {}
        # Which turn last took each chat (a count), for a send asking again after a late turn.
        self._chat_mark: dict[int, int] = {}
        self._marks = 0

    async def _take(
        self, chat_id: int, *, held: Turn | None = None
    ) -> tuple[bool, float, bool, int]:
        now = time.monotonic()
        chat_free = self._chat_free.get(chat_id, 0.0)
        if held is not None and self._chat_mark.get(chat_id) == held.chat_mark:
            chat_free = 0.0  # the chat's turn is still the one this send gave up
        if chat_free > now:
            return False, chat_free - now, True, 0
        due = max(self._next, self._hold_until)
        if due > now:
            return False, due - now, False, 0
        self._next = now - min(now - due, self.catch_up) + self.interval
        if len(self._chat_free) >= self.KEEP_CHATS:
            self._chat_free = {c: t for c, t in self._chat_free.items() if t > now}
            self._chat_mark = {c: m for c, m in self._chat_mark.items() if c in self._chat_free}
        self._chat_free[chat_id] = now + self.chat_gap
        self._marks += 1
        self._chat_mark[chat_id] = self._marks
        return True, 0.0, False, self._marks

    async def hold(self, seconds: float) -> None:
        self._hold_until = max(self._hold_until, time.monotonic() + seconds)


# KEYS: the overall turn, the chat's turn, the hold. ARGV: interval, chat gap, catch-up (µs),
# and the chat's mark of the turn the caller gave up (its chat key's value), or 0. Returns
# {released, wait (µs), chat's wait, the chat key's new value: the turn's chat mark}.
# Times are Redis's own clock (TIME), the one clock every worker shares. Each key expires
# once it no longer holds anything back, so idle chats leave nothing behind.
_TAKE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local chat_key = redis.call('GET', KEYS[2])
local chat_free = tonumber(chat_key or '0')
if ARGV[4] ~= '0' and chat_key == ARGV[4] then
  chat_free = 0
end
if chat_free > now then
  return {0, chat_free - now, 1, 0}
end
local due = math.max(tonumber(redis.call('GET', KEYS[1]) or '0'),
                     tonumber(redis.call('GET', KEYS[3]) or '0'))
if due > now then
  return {0, due - now, 0, 0}
end
local interval, gap, catch_up = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local next_due = now - math.min(now - due, catch_up) + interval
redis.call('SET', KEYS[1], string.format('%d', next_due), 'PX', math.ceil(interval / 1000) + 1)
redis.call('SET', KEYS[2], string.format('%d', now + gap), 'PX', math.ceil(gap / 1000) + 1)
return {1, 0, 0, now + gap}
"""

# KEYS: the hold. ARGV: its length (µs). A shorter hold never shortens a longer one.
_HOLD = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local until_ = now + tonumber(ARGV[1])
if until_ > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], string.format('%d', until_), 'PX', math.ceil(tonumber(ARGV[1]) / 1000) + 1)
end
return 1
"""


class RedisLimiter(Limiter):
    """The spacing kept in Redis, shared by every worker of one bot."""

    def __init__(self, redis: Any, *, bot_id: int, rate: float, per_chat: float) -> None:
        super().__init__(rate=rate, per_chat=per_chat)
        self.redis = redis
        # Telegram's limits are per bot: two bots on one Redis do not share them.
        self.prefix = f"lotsen:send:{bot_id}:"
        self._take_script = redis.register_script(_TAKE)
        self._hold_script = redis.register_script(_HOLD)

    async def _take(
        self, chat_id: int, *, held: Turn | None = None
    ) -> tuple[bool, float, bool, int]:
        # The release happens at Redis between the call and its answer: `acquire` timed the
        # call, so a send's lateness is never underestimated by the way back.
        released, wait_us, chat_wait, mark = await self._take_script(
            keys=[self.prefix + "all", f"{self.prefix}chat:{chat_id}", self.prefix + "hold"],
            # Spacing rounded up and catch-up down: whole microseconds never tighten the rule.
            args=[
                math.ceil(self.interval * 1e6),
                math.ceil(self.chat_gap * 1e6),
                math.floor(self.catch_up * 1e6),
                held.chat_mark if held is not None else 0,
            ],
        )
        return bool(released), int(wait_us) / 1e6, bool(chat_wait), int(mark)

    async def hold(self, seconds: float) -> None:
        from redis.exceptions import RedisError

        try:
            await self._hold_script(keys=[self.prefix + "hold"], args=[round(seconds * 1e6)])
        except (RedisError, OSError) as error:
            logger.warning("could not share a hold through Redis: %s", type(error).__name__)

    async def acquire(
        self, chat_id: int, stopping: Callable[[], bool], *, held: Turn | None = None
    ) -> Turn | None:
        """As `Limiter.acquire`; without Redis nothing is sent (the rows wait in the outbox),
        since no worker could know how fast the others send."""
        from redis.exceptions import RedisError

        try:
            return await super().acquire(chat_id, stopping, held=held)
        except (RedisError, OSError) as error:
            logger.warning("send pacing unavailable (Redis): %s", type(error).__name__)
            return None

    async def close(self) -> None:
        await self.redis.aclose()


def create_limiter(settings: Settings, *, bot_id: int) -> Limiter:
    """Shared through Redis when REDIS_URL is set (several workers), else in this process."""
    if settings.redis_url:
        import redis.asyncio

        client = redis.asyncio.from_url(settings.redis_url)
        return RedisLimiter(
            client, bot_id=bot_id, rate=settings.send_rate, per_chat=settings.send_rate_per_chat
        )
    return LocalLimiter(rate=settings.send_rate, per_chat=settings.send_rate_per_chat)
