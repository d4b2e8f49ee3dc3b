"""APScheduler runs a few periodic jobs defined here; our tables hold what is due.

No job per participant and nothing pickled: the in-memory job store holds only these ticks.
"""

from __future__ import annotations

import logging
from datetime import UTC, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.clock import Clock
from rules.config import Settings
from scheduler.leader import Leadership
from scheduler.outgoing import Due, Outgoing, When, Work
from scheduler.sender import Sender
from storage import outbox
from storage.db import SessionFactory

logger = logging.getLogger(__name__)
QUEUE_BATCH = 500


class Ticks:
    """What the clock sets in motion: the timed work every feature registered, and the
    scheduler's own housekeeping of the outbox."""

    def __init__(
        self,
        *,
        session_factory: SessionFactory,
        clock: Clock,
        settings: Settings,
        outgoing: Outgoing,
        leadership: Leadership | None = None,
    ) -> None:
        self.session_factory = session_factory
        self.clock = clock
        self.settings = settings
        self.work = outgoing.work
        # None: this process is the only one (tests, the SQLite default).
        self.leadership = leadership

    def _leading(self) -> bool:
        return self.leadership is None or self.leadership.leading

    def _due(self) -> Due:
        return Due(now=self.clock.now(), limit=QUEUE_BATCH, settings=self.settings)

    async def keep_leadership(self) -> bool:
        """Hold (or try to take) the lock that lets this worker run the ticks."""
        if self.leadership is None:
            return True
        return await self.leadership.check()

    async def queue_due(self) -> int:
        """What fell due (check-ins, self-assessment rounds, practice prompts, six-month
        questions, and reminders of what is still open) -> outbox rows."""
        if not self._leading():
            return 0
        total = 0
        async with self.session_factory() as session:
            for work in self.work[When.BATCHED]:
                total += await self._in_batches(work, session)
            for work in self.work[When.ONCE]:
                total += await work(session, self._due())
        if total:
            logger.info("due: %s messages queued", total)
        return total

    async def _in_batches(self, work: Work, session: AsyncSession) -> int:
        """Run one queueing step until it has caught up: a crowded minute is one tick."""
        total = 0
        while batch := await work(session, self._due()):
            total += batch
            if batch < QUEUE_BATCH:
                break
        return total

    async def watch_silence(self) -> int:
        """Every quarter of an hour: alerts for long silence and unanswered check-ins."""
        if not self._leading():
            return 0
        async with self.session_factory() as session:
            return sum([await work(session, self._due()) for work in self.work[When.WATCH]])

    async def housekeeping(self) -> int:
        """Daily: forget delivered outbox rows after 30 days, then each feature's own
        housekeeping (old reminders, erasure past the retention period)."""
        if not self._leading():
            return 0
        async with self.session_factory() as session:
            done = await outbox.purge_finished(
                session, before=self.clock.now() - timedelta(days=30)
            )
            for work in self.work[When.DAILY]:
                done += await work(session, self._due())
        return done


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
