"""Flood control as token buckets: a burst at once, then a steady rate; in memory or in Redis.

A person answering buttons at their own pace never meets it; a script sending hundreds does.
Written here rather than taken from a rate-limit library because it must run on the injected
clock (tests drive it) and behave the same in one process and shared in Redis.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from cachetools import TTLCache

from rules.clock import Clock

logger = logging.getLogger(__name__)

# A Redis bucket outlives its last use by this much: by then it is full again anyway, and the
# margin keeps it while a test's fake clock and Redis's real one drift apart.
_REDIS_MARGIN_MS = 60_000


class Verdict(IntEnum):
    PASS = 0
    REFUSE_AND_TELL = 1  # the first refusal in a period: the person is told, kindly
    REFUSE = 2  # later ones: dropped quietly


@dataclass(frozen=True)
class Allowance:
    """`burst` events at once, refilled at `burst` per `period` seconds."""

    burst: int
    period: float

    @property
    def per_ms(self) -> float:
        return self.burst / (self.period * 1000)

    @property
    def period_ms(self) -> int:
        return max(1, round(self.period * 1000))


@dataclass
class Bucket:
    tokens: float
    at_ms: int
    told_ms: int | None = None


def take(bucket: Bucket, now_ms: int, allowance: Allowance) -> Verdict:
    """Take one token from `bucket` at `now_ms` (the same steps as `_TAKE` in Redis)."""
    elapsed = max(0, now_ms - bucket.at_ms)
    bucket.tokens = min(float(allowance.burst), bucket.tokens + elapsed * allowance.per_ms)
    bucket.at_ms = max(bucket.at_ms, now_ms)
    if bucket.tokens >= 1:
        bucket.tokens -= 1
        return Verdict.PASS
    if bucket.told_ms is None or now_ms - bucket.told_ms >= allowance.period_ms:
        bucket.told_ms = now_ms
        return Verdict.REFUSE_AND_TELL
    return Verdict.REFUSE


# KEYS: one bucket. ARGV: now (ms), burst, refill per ms, period (ms), lifetime (ms).
# The same steps as `take`, in one round trip, so workers sharing Redis share the bucket.
_TAKE = """
local now = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local per_ms = tonumber(ARGV[3])
local period = tonumber(ARGV[4])
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at', 'told')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
local told = tonumber(state[3])
tokens = math.min(burst, tokens + math.max(0, now - at) * per_ms)
at = math.max(at, now)
local verdict = 0
if tokens >= 1 then
  tokens = tokens - 1
elseif told == nil or now - told >= period then
  told = now
  verdict = 1
else
  verdict = 2
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(at))
if told ~= nil then redis.call('HSET', KEYS[1], 'told', tostring(told)) end
redis.call('PEXPIRE', KEYS[1], ARGV[5])
return verdict
"""


class FloodControl:
    """One bucket per person and kind of event ("message", "press"), on the given clock.

    With `redis` the buckets live there, shared by every worker; if Redis does not answer,
    everything passes (a warning is logged) rather than nobody being served.
    """

    def __init__(
        self,
        *,
        allowances: dict[str, Allowance],
        clock: Clock,
        redis: Any = None,
        maxsize: int = 100_000,
    ) -> None:
        self.allowances = allowances
        self.clock = clock
        longest = max(allowance.period for allowance in allowances.values())
        # A bucket untouched for a whole period is full and its notice is over: forgetting it
        # changes nothing.
        self._buckets: TTLCache[tuple[str, int], Bucket] = TTLCache(
            maxsize=maxsize, ttl=longest, timer=lambda: self.clock.now().timestamp()
        )
        self._redis_take = None
        self._redis_errors: tuple[type[BaseException], ...] = ()
        if redis is not None:
            from redis.exceptions import RedisError

            self._redis_take = redis.register_script(_TAKE)
            self._redis_errors = (RedisError, OSError)

    def _now_ms(self) -> int:
        return int(self.clock.now().timestamp() * 1000)

    async def take(self, kind: str, *, bot_id: int, user_id: int) -> Verdict:
        allowance = self.allowances[kind]
        now_ms = self._now_ms()
        if self._redis_take is None:
            bucket = self._buckets.get((kind, user_id)) or Bucket(float(allowance.burst), now_ms)
            verdict = take(bucket, now_ms, allowance)
            self._buckets[(kind, user_id)] = bucket  # kept a period from its last use
            return verdict
        try:
            answer = await self._redis_take(
                keys=[f"lotsen:flood:{bot_id}:{user_id}:{kind}"],
                args=[
                    now_ms,
                    allowance.burst,
                    repr(allowance.per_ms),
                    allowance.period_ms,
                    allowance.period_ms + _REDIS_MARGIN_MS,
                ],
            )
        except self._redis_errors as error:
            logger.warning("flood control unavailable (Redis): %s", type(error).__name__)
            return Verdict.PASS
        return Verdict(int(answer))
