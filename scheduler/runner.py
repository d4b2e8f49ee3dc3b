"""APScheduler runs a few periodic jobs defined here; our tables hold what is due.

No job per participant and nothing pickled: the in-memory job store holds only these ticks.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.clock import Clock
from rules.config import Settings
from scheduler.leader import Leadership
from scheduler.sender import Sender
from storage import assessments, checkins, fsm, outbox, plan, practice, programme, reminders, rights
from storage.db import SessionFactory

logger = logging.getLogger(__name__)
QUEUE_BATCH = 500


class Queue(Protocol):
    async def __call__(self, session: AsyncSession, *, now: datetime, limit: int) -> int: ...


class Ticks:
    """What the clock sets in motion: due check-ins, reminders, silence alerts, housekeeping."""

    def __init__(
        self,
        *,
        session_factory: SessionFactory,
        clock: Clock,
        settings: Settings,
        leadership: Leadership | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.clock = clock
        self.settings = settings
        # None: this process is the only one (tests, the SQLite default).
        self.leadership = leadership

    def _leading(self) -> bool:
        return self.leadership is None or self.leadership.leading

    async def keep_leadership(self) -> bool:
        """Hold (or try to take) the lock that lets this worker run the ticks."""
        if self.leadership is None:
            return True
        return await self.leadership.check()

    async def queue_due(self) -> int:
        """Due check-ins, self-assessment rounds, practice prompts and six-month questions, and
        their one reminder; plan steps due tomorrow -> outbox rows."""
        if not self._leading():
            return 0
        async with self.session_factory() as session:
            opened = await self._in_batches(checkins.queue_due, session)
            rounds = await self._in_batches(assessments.queue_due, session)
            rounds += await self._in_batches(practice.queue_prompts, session)
            rounds += await self._in_batches(programme.queue_follow_ups, session)
            rounds += await practice.queue_week_summaries(
                session, now=self.clock.now(), zone=ZoneInfo(self.settings.timezone)
            )
            reminded = await checkins.queue_reminders(session, now=self.clock.now())
            reminded += await assessments.queue_reminders(session, now=self.clock.now())
            reminded += await programme.queue_follow_up_reminders(session, now=self.clock.now())
            reminded += await plan.queue_step_reminders(session, now=self.clock.now())
        if opened or rounds or reminded:
            logger.info(
                "due: %s check-ins, %s self-assessment rounds and practice prompts, %s reminders",
                opened,
                rounds,
                reminded,
            )
        return opened + rounds + reminded

    async def _in_batches(self, queue: Queue, session: AsyncSession) -> int:
        """Run one queueing step until it has caught up: a crowded minute is one tick."""
        total = 0
        while batch := await queue(session, now=self.clock.now(), limit=QUEUE_BATCH):
            total += batch
            if batch < QUEUE_BATCH:
                break
        return total

    async def watch_silence(self) -> int:
        """Alerts for two unanswered check-ins in a row and for long silence."""
        if not self._leading():
            return 0
        async with self.session_factory() as session:
            return await checkins.raise_silence_alerts(
                session,
                now=self.clock.now(),
                inactive_after=timedelta(days=self.settings.inactive_days),
            )

    async def housekeeping(self) -> int:
        """Daily: forget delivered outbox rows and staff reminders after 30 days, and erase
        everyone whose retention period has run out."""
        if not self._leading():
            return 0
        async with self.session_factory() as session:
            purged = await outbox.purge_finished(
                session, before=self.clock.now() - timedelta(days=30)
            )
            purged += await reminders.purge_old(session, now=self.clock.now())
            erased = await rights.apply_retention(
                session, now=self.clock.now(), retention_days=self.settings.retention_days
            )
        if erased and self.settings.redis_url:
            await fsm.erase_redis_users(self.settings.redis_url, erased)
        if erased:
            logger.info("erased %s people past their retention period", len(erased))
        return purged + len(erased)


def create_scheduler(ticks: Ticks, sender: Sender) -> AsyncIOScheduler:
    """The scheduler with its jobs. Each job runs one at a time; missed runs coalesce into one."""
    scheduler = AsyncIOScheduler(timezone=UTC)
    defaults = {"max_instances": 1, "coalesce": True, "misfire_grace_time": 60}
    scheduler.add_job(ticks.keep_leadership, "interval", seconds=5, id="leadership", **defaults)
    scheduler.add_job(ticks.queue_due, "interval", seconds=30, id="queue-due", **defaults)
    scheduler.add_job(sender.run_once, "interval", seconds=1, id="send", **defaults)
    scheduler.add_job(ticks.watch_silence, "interval", minutes=15, id="watch-silence", **defaults)
    scheduler.add_job(ticks.housekeeping, "cron", hour=3, minute=17, id="housekeeping", **defaults)
    return scheduler


async def catch_up(ticks: Ticks, sender: Sender) -> None:
    """On start: queue what fell due while the bot was down, once; the sender skips what is stale."""
    await ticks.queue_due()
    await sender.run_once()
