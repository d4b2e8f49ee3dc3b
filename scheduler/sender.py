"""The outbox sender: claims due rows and delivers them within Telegram's limits.

- about `send_rate` messages a second overall, and one a second per chat, counted over every
  worker when REDIS_URL is set (scheduler/pacing.py);
- every error Telegram can answer has a decision (`decide`):
  a 429 holds every sender for its retry_after, and the message is tried again;
  a 403 (the person blocked the bot) marks them unreachable and alerts their staff member;
  a 401 (the token is wrong) stops the sender and leaves the outbox as it is;
  a 400 or 404 fails the message with Telegram's reason;
  409, 5xx, timeouts and network errors are retried with backoff, and given up after
  `send_max_attempts`;
- anything else that goes wrong with one message is retried the same way: one row never
  stops the rest, and no row is left `sending` unless the process itself died;
- quiet hours hold a message until they end; a paused participant's prompts are skipped;
- a message too old to be useful (after downtime) is skipped, not sent;
- rows left in flight by a crash are claimed again once their lease has run out.
"""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections import deque
from collections.abc import Callable
from datetime import datetime, timedelta
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from aiogram import Bot
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramAPIError,
    TelegramBadRequest,
    TelegramConflictError,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.types import BufferedInputFile, Message, MessageId
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.clock import Clock
from rules.config import Settings
from rules.i18n import Localization
from rules.timing import after_quiet_hours, parse_hhmm
from scheduler.outgoing import Purpose, Rendered, Skip, bot_username
from scheduler.pacing import Limiter, Turn, create_limiter
from storage import outbox
from storage.alerts import Kind, raise_alert
from storage.db import SessionFactory, WrittenTogether
from storage.outbox import OutboxMessage
from storage.people import Person, Role

logger = logging.getLogger(__name__)

BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_MAX = timedelta(hours=1)
# Late turns in a row after which a send goes on its next turn however late (see _send).
LATE_TURNS = 3


class Decision(Enum):
    """What the sender does with a message Telegram did not take."""

    STOP = "stop"  # the bot itself is refused: stop sending, leave the row as it was
    FAIL = "fail"  # this message can never go: failed, with Telegram's reason
    UNREACHABLE = "unreachable"  # the person blocked the bot
    RETRY = "retry"  # may go later: again after a backoff, until send_max_attempts


# Order matters: the first class an error is an instance of decides (TelegramEntityTooLarge is
# a TelegramNetworkError, but sending it again will not make it smaller).
DECISIONS: tuple[tuple[type[BaseException], Decision], ...] = (
    (TelegramUnauthorizedError, Decision.STOP),
    (TelegramForbiddenError, Decision.UNREACHABLE),
    (TelegramBadRequest, Decision.FAIL),
    (TelegramNotFound, Decision.FAIL),
    (TelegramEntityTooLarge, Decision.FAIL),
    (TelegramMigrateToChat, Decision.FAIL),
    (TelegramConflictError, Decision.RETRY),
    (TelegramServerError, Decision.RETRY),
    (TelegramNetworkError, Decision.RETRY),
    (TimeoutError, Decision.RETRY),
    (ClientDecodeError, Decision.RETRY),
)


def decide(error: BaseException) -> Decision:
    """The decision for an error from sending one message (429 is handled before: it waits).

    Whatever is not named (another status code, a fault of our own) is retried with backoff:
    bounded by `send_max_attempts`, so it neither loops forever nor drops a message at once.
    """
    for kind, decision in DECISIONS:
        if isinstance(error, kind):
            return decision
    return Decision.RETRY


def _label(error: BaseException) -> str:
    """The short name a failed row's reason starts with."""
    if isinstance(error, TelegramNotFound):
        return "not found"
    if isinstance(error, TelegramBadRequest):
        return "bad request"
    return type(error).__name__


def _where(error: BaseException) -> str:
    """Where an unexpected error was raised (file and line): enough to find it, no data."""
    frames = traceback.extract_tb(error.__traceback__)
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"


class _Late(Exception):
    """The send's HTTP call would start too late after its release: it takes a new turn."""


class SentMarks:
    """Rows Telegram took, marked sent together: one transaction for all that are waiting.

    A send waits until its own row is marked (and holds its place in `send_concurrency`
    meanwhile), so no more rows are sent and not yet marked than before: a crash leaves at
    most the sends in flight to go again. The marks that come while one is written go
    together in the next write (`storage.db.WrittenTogether`).
    """

    def __init__(self, session_factory: SessionFactory) -> None:
        self.session_factory = session_factory
        self._marks: WrittenTogether[int, outbox.Sent] = WrittenTogether(self._write)

    async def mark(self, message_id: int, telegram_message_id: int | None, at: datetime) -> None:
        """Return once the row is marked sent; raise what the write raised."""
        await self._marks.add({message_id: outbox.Sent(message_id, telegram_message_id, at)})

    async def _write(self, marks: dict[int, outbox.Sent]) -> None:
        async with self.session_factory() as session:
            await outbox.mark_sent_many(session, list(marks.values()))


class Sender:
    """Delivers the outbox. One instance per process; `run_once` is the scheduler's job."""

    def __init__(
        self,
        *,
        bot: Bot,
        session_factory: SessionFactory,
        l10n: Localization,
        clock: Clock,
        settings: Settings,
        purposes: dict[str, Purpose],
        limiter: Limiter | None = None,
    ) -> None:
        self.bot = bot
        self.purposes = purposes
        self.session_factory = session_factory
        self.l10n = l10n
        self.clock = clock
        self.settings = settings
        self.limiter = limiter or create_limiter(settings, bot_id=bot.id)
        self._gate = asyncio.Semaphore(settings.send_concurrency)
        self._stopping = False
        self._token_refused = False
        self._idle = asyncio.Event()
        self._idle.set()
        # About two seconds of sending per claim; the next is claimed while the last second of
        # this one is being sent, so sending does not pause between claims.
        self.batch = max(1, int(settings.send_rate * 2))
        self.marks = SentMarks(session_factory)

    @property
    def stopping(self) -> bool:
        return self._stopping

    @property
    def token_refused(self) -> bool:
        """Telegram answered 401: the token is wrong, and the sender has stopped."""
        return self._token_refused

    def stop(self) -> None:
        """Finish what is being sent now; hand back what is claimed but not yet sent."""
        self._stopping = True

    async def drain(self) -> None:
        """After `stop()`: wait until the batch in hand is sent or handed back."""
        await self._idle.wait()

    async def close(self) -> None:
        """After `drain()`: let go of the limiter's connection."""
        await self.limiter.close()

    async def run_once(self) -> int:
        """Deliver what is due, claiming more as it goes, until nothing more is due now.
        Returns how many were handled."""
        if self._stopping:
            return 0
        self._idle.clear()
        try:
            return await self._run_batch()
        finally:
            self._idle.set()

    async def _claim(self) -> list[OutboxMessage]:
        async with self.session_factory() as session:
            return await outbox.claim_due(
                session,
                now=self.clock.now(),
                limit=self.batch,
                lease=timedelta(seconds=self.settings.send_lease_seconds),
            )

    async def _run_batch(self) -> int:
        """Deliver claimed rows, claiming more while the last are sent, until none are due.

        Chats run side by side; one person's messages go one after another, in order, also
        when they come in different claims (a chat's queue takes them in claim order)."""
        rows = await self._claim()
        if not rows:
            return 0
        claimed: list[int] = []
        results: dict[int, bool] = {}
        chats: dict[int, deque[OutboxMessage]] = {}
        tasks: list[asyncio.Task[None]] = []
        progress = asyncio.Event()
        unstarted = 0

        def started() -> None:
            nonlocal unstarted
            unstarted -= 1
            progress.set()

        async def run_chat(chat: int, queue: deque[OutboxMessage]) -> None:
            try:
                while queue:
                    row = queue.popleft()
                    assert row.id is not None
                    results[row.id] = await self._deliver_one(row, started)
            finally:
                del chats[chat]
                progress.set()

        def add(more: list[OutboxMessage]) -> None:
            nonlocal unstarted
            for row in more:
                assert row.id is not None
                claimed.append(row.id)
                queue = chats.get(row.recipient_id)
                if queue is None:
                    queue = chats[row.recipient_id] = deque()
                    tasks.append(asyncio.create_task(run_chat(row.recipient_id, queue)))
                queue.append(row)
            unstarted += len(more)

        add(rows)
        refill = max(1, self.batch // 2)
        try:
            while not self._stopping and chats:
                if unstarted > refill:
                    progress.clear()
                    await progress.wait()
                    continue
                try:
                    more = await self._claim()
                except Exception as error:  # the rows in hand still go; the next run claims
                    logger.error("outbox: could not claim more (%s)", type(error).__name__)
                    break
                if not more:
                    break
                add(more)
            await asyncio.gather(*tasks)
        except BaseException:
            for task in tasks:
                task.cancel()
            raise
        unsent = [row_id for row_id in claimed if not results.get(row_id)]
        if unsent:
            async with self.session_factory() as session:
                await outbox.release(session, message_ids=unsent)
        return sum(results.values())

    async def run_until_idle(self) -> int:
        """Deliver everything due now (tests and catch-up on start)."""
        total = 0
        while handled := await self.run_once():
            total += handled
        return total

    async def _deliver_one(self, row: OutboxMessage, started: Callable[[], None]) -> bool:
        """One row, in its turn among `send_concurrency`; `started` is called when it is."""
        async with self._gate:
            started()
            try:
                return await self._deliver(row)
            except Exception as error:  # one row must never stop the others
                return await self._unexpected(row, error)

    async def _unexpected(self, row: OutboxMessage, error: Exception) -> bool:
        """A fault outside Telegram's answers (a render, the database): try it again later."""
        logger.error(
            "outbox %s: %s at %s; tried again later", row.id, type(error).__name__, _where(error)
        )
        try:
            async with self.session_factory() as session:
                await self._retry_later(session, row, type(error).__name__)
        except Exception as again:
            logger.error("outbox %s: could not be put back (%s)", row.id, type(again).__name__)
            return False  # handed back with the batch, or left to its lease if that fails too
        return True

    async def _deliver(self, row: OutboxMessage) -> bool:
        if self._stopping:
            return False
        # Decide and render in a short session; none is held while pacing or sending.
        async with self.session_factory() as session:
            prepared = await self._prepare(session, row)
        if prepared is None:
            return True
        person, rendered = prepared
        return await self._send(row, person, rendered)

    async def _prepare(
        self, session: AsyncSession, row: OutboxMessage
    ) -> tuple[Person, Rendered] | None:
        """The recipient and the rendered message, or None when the row was settled here."""
        assert row.id is not None
        now = self.clock.now()
        person = await outbox.load_subject(session, Person, row.recipient_id)
        purpose = self.purposes.get(row.purpose)
        if person is None or purpose is None or not person.active:
            await outbox.mark_failed(session, message_id=row.id, reason="no recipient or purpose")
            return None
        if person.unreachable_at is not None:
            await outbox.mark_failed(session, message_id=row.id, reason="unreachable")
            return None
        if now - row.due_at > purpose.max_age:
            await outbox.mark_skipped(session, message_id=row.id, reason="too late")
            return None
        if person.stopped_at is not None and person.id == row.recipient_id:
            # They asked the bot to stop: no message of any kind until they start again.
            await outbox.mark_skipped(session, message_id=row.id, reason="stopped")
            return None
        if purpose.prompt and person.paused_until is not None and person.paused_until > now:
            await outbox.mark_skipped(session, message_id=row.id, reason="paused")
            return None
        zone = ZoneInfo(person.timezone)
        start = parse_hhmm(person.quiet_start or self.settings.quiet_start)
        end = parse_hhmm(person.quiet_end or self.settings.quiet_end)
        resume = after_quiet_hours(now, zone, start, end)
        if resume > now:
            await outbox.mark_retry(
                session, message_id=row.id, due_at=resume, error=None, attempt=False
            )
            return None
        try:
            rendered = await purpose.render(session, row, person, self.l10n(person.locale))
        except Skip as skip:
            await outbox.mark_skipped(session, message_id=row.id, reason=str(skip))
            return None
        return person, rendered

    async def _send(self, row: OutboxMessage, person: Person, rendered: Rendered) -> bool:
        assert row.id is not None
        held: Turn | None = None
        late = 0
        # A file is made before the turn is asked for: making it may take longer than a
        # turn may wait for its call.
        content = (
            rendered.document.content(await bot_username(self.bot, self.settings))
            if rendered.document is not None
            else None
        )
        while True:
            # No session is held while waiting here: a long wait must not pin a connection.
            turn = await self.limiter.acquire(person.telegram_id, lambda: self._stopping, held=held)
            if turn is None:
                return False
            try:
                # After LATE_TURNS late turns in a row it goes however late: a machine that
                # slow must still send, and a 429 it may meet holds every send (below).
                sent = await self._send_one(
                    person.telegram_id, rendered, turn, content, always=late >= LATE_TURNS
                )
            except _Late:
                # Not sent: its turn went by while the event loop was busy. A new turn, and
                # the chat's is still this message's unless another took the chat meanwhile.
                held = turn
                late += 1
                continue
            except TelegramRetryAfter as error:
                # Telegram asks the whole bot to wait; this message goes again after the hold.
                await self.limiter.hold(error.retry_after)
                logger.warning("telegram asked to wait %s s", error.retry_after)
                continue
            except (TelegramAPIError, TimeoutError, ClientDecodeError) as error:
                return await self._after_error(row, person, error)
            await self.marks.mark(row.id, sent.message_id, self.clock.now())
            return True

    async def _after_error(self, row: OutboxMessage, person: Person, error: BaseException) -> bool:
        """Carry out the decision for `error`. False: the row goes back untouched."""
        assert row.id is not None
        decision = decide(error)
        if decision is Decision.STOP:
            if not self._token_refused:
                self._token_refused = True
                logger.error(
                    "Telegram refused the bot token (401 Unauthorized): sending stopped, "
                    "the outbox is kept as it is; check BOT_TOKEN and restart"
                )
            self.stop()
            return False
        async with self.session_factory() as session:
            if decision is Decision.UNREACHABLE:
                await self._unreachable(session, row, person)
            elif decision is Decision.FAIL:
                logger.warning("outbox %s rejected: %s", row.id, type(error).__name__)
                reason = getattr(error, "message", "") or type(error).__name__
                await outbox.mark_failed(
                    session, message_id=row.id, reason=f"{_label(error)}: {reason}"
                )
            else:
                await self._retry_later(session, row, type(error).__name__)
        return True

    async def _send_one(
        self,
        chat_id: int,
        rendered: Rendered,
        turn: Turn,
        content: bytes | None,
        *,
        always: bool = False,
    ) -> Message | MessageId:
        """The HTTP call, started only while its turn is on time (or `always`);
        everything it needs is made before that is looked at. Raises _Late if it is not."""
        if rendered.copy is not None:
            call: Any = self.bot.copy_message(
                chat_id,
                from_chat_id=rendered.copy.from_chat_id,
                message_id=rendered.copy.message_id,
                caption=rendered.text or None,
                reply_markup=rendered.markup,
            )
        elif rendered.document is None:
            call = self.bot.send_message(chat_id, rendered.text, reply_markup=rendered.markup)
        else:
            assert content is not None
            call = self.bot.send_document(
                chat_id,
                BufferedInputFile(content, filename=rendered.document.filename),
                caption=rendered.text,
                reply_markup=rendered.markup,
            )
        if not always and not self.limiter.on_time(turn):
            call.close()
            raise _Late
        sent: Message | MessageId = await call
        return sent

    async def _retry_later(self, session: AsyncSession, row: OutboxMessage, error: str) -> None:
        assert row.id is not None
        attempts = row.attempts + 1
        if attempts >= self.settings.send_max_attempts:
            logger.warning("outbox %s given up after %s attempts", row.id, attempts)
            await outbox.mark_failed(session, message_id=row.id, reason=f"gave up: {error}")
            return
        delay = min(BACKOFF_BASE * 2 ** (attempts - 1), BACKOFF_MAX)
        await outbox.mark_retry(
            session, message_id=row.id, due_at=self.clock.now() + delay, error=error, attempt=True
        )

    async def _unreachable(self, session: AsyncSession, row: OutboxMessage, person: Person) -> None:
        assert row.id is not None
        now = self.clock.now()
        logger.info("person %s blocked the bot", person.id)
        fresh = await outbox.load_subject(session, Person, person.id)
        if fresh is not None and fresh.unreachable_at is None:
            fresh.unreachable_at = now
            if fresh.role == Role.PARTICIPANT.value:
                await raise_alert(
                    session,
                    participant=fresh,
                    kind=Kind.UNREACHABLE,
                    cause=f"blocked-{now.date().isoformat()}",
                    now=now,
                )
            await session.commit()
        await outbox.mark_failed(session, message_id=row.id, reason="blocked the bot")
