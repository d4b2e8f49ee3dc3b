"""Several workers on one PostgreSQL and one Redis: nothing sent twice, the rate limit holds
for all of them together, and one person's updates are handled one at a time wherever they
arrive. Skipped, with the reason shown, unless TEST_POSTGRES_URL and TEST_REDIS_URL are set."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from aiogram.types import TelegramObject
from sqlmodel import col, select

from bench.fake_bot_api import FakeBotAPI
from bench.population import FIRST_TELEGRAM_ID, add_participants
from bot.factory import create_bot, create_dispatcher
from rules.clock import SystemClock
from rules.config import Settings
from rules.i18n import Localization
from scheduler.pacing import RedisLimiter, create_limiter
from scheduler.sender import Sender
from storage import checkins, outbox
from storage.checkins import REMINDER_PURPOSE, Checkin
from storage.db import create_engine, create_session_factory
from storage.outbox import OutboxMessage
from tests.assessment.test_assessment_conversations import _answers, _request, _rounds, _setup
from tests.conftest import empty_postgres
from tests.support.app import OUTGOING, App

# Low enough that two workers pacing only themselves would break it whatever the machine's speed.
RATE = 8
PEOPLE = 30
TWICE = 10  # of them get a reminder too: two messages to one chat, claimed by either worker


@pytest.fixture
async def pg_url(postgres_url: str) -> AsyncIterator[str]:
    yield postgres_url
    await empty_postgres(postgres_url)


@pytest.fixture
def settings(settings: Settings, pg_url: str, redis_url: str) -> Settings:
    """A worker's settings: the record in PostgreSQL, dialog state and pacing in Redis."""
    return settings.model_copy(
        update={
            "database_url": pg_url,
            "redis_url": redis_url,
            "throttle_messages": 10_000,
            "throttle_presses": 10_000,
        }
    )


async def _due_messages(url: str) -> Counter[int]:
    """A check-in for each participant, and a reminder for some: what each chat should get."""
    engine = create_engine(url)
    factory = create_session_factory(engine)
    now = datetime.now(UTC)  # the senders run on the real clock, as workers do
    async with factory() as session:
        await add_participants(session, count=PEOPLE, now=now, due=now)
    async with factory() as session:
        assert await checkins.queue_due(session, now=now) == PEOPLE
        opened = (await session.exec(select(Checkin).order_by(col(Checkin.id)))).all()
        for checkin in opened[:TWICE]:
            await outbox.enqueue(
                session,
                recipient_id=checkin.participant_id,
                purpose=REMINDER_PURPOSE,
                occurrence=checkin.occurrence,
                subject_id=checkin.id,
                due_at=now,
                now=now,
            )
        await session.commit()
    await engine.dispose()
    return Counter(
        {FIRST_TELEGRAM_ID + n: 2 if n < TWICE else 1 for n in range(PEOPLE)},
    )


def _busiest_second(api: FakeBotAPI) -> int:
    """The most messages the fake Bot API accepted in any one second of its own clock."""
    times = sorted(call.at for call in api.sent("sendMessage"))
    most, start = 0, 0
    for end, at in enumerate(times):
        while at - times[start] >= 1.0:
            start += 1
        most = max(most, end - start + 1)
    return most


async def test_two_senders_send_every_row_once_within_one_shared_limit(
    settings: Settings, pg_url: str
) -> None:
    expected = await _due_messages(pg_url)
    api = FakeBotAPI(overall_per_second=RATE, per_chat_per_second=1, latency=0.01)
    await api.start()
    worker = settings.model_copy(
        update={
            "telegram_api_base": api.base,
            # 10% under the fake API's limit, as an operator may set it: room for the delays
            # of a busy machine between a send's release and its arrival (the bench measures
            # how close to the limit itself the workers get).
            "send_rate": RATE * 0.9,
            "send_rate_per_chat": 1,
            "send_concurrency": 8,
        }
    )
    engines = [create_engine(pg_url), create_engine(pg_url)]
    senders = []
    for engine in engines:
        sender = Sender(
            purposes=OUTGOING.purposes,
            bot=create_bot(worker),
            session_factory=create_session_factory(engine),
            l10n=Localization(),
            clock=SystemClock(),
            settings=worker,
        )
        sender.batch = 10  # small claims, so both workers get a share of each chat's rows
        senders.append(sender)
    try:
        handled = await asyncio.gather(*(sender.run_until_idle() for sender in senders))
    finally:
        for sender in senders:
            await sender.close()
            await sender.bot.session.close()
        for engine in engines:
            await engine.dispose()
        await api.stop()

    assert all(share > 0 for share in handled), handled  # both workers sent
    assert sum(handled) == PEOPLE + TWICE
    sent = Counter(int(call.params["chat_id"]) for call in api.sent("sendMessage"))
    assert sent == expected  # every row exactly once, none lost
    assert api.rejections == []  # no 429: neither overall nor to one chat
    assert _busiest_second(api) <= RATE
    engine = create_engine(pg_url)
    async with create_session_factory(engine)() as session:
        statuses = Counter((await session.exec(select(OutboxMessage.status))).all())
    await engine.dispose()
    assert statuses == Counter({"sent": PEOPLE + TWICE})


async def test_a_hold_from_telegram_holds_every_worker(settings: Settings) -> None:
    first = create_limiter(settings, bot_id=42)
    second = create_limiter(settings, bot_id=42)
    other_bot = create_limiter(settings, bot_id=43)
    assert isinstance(second, RedisLimiter)
    try:
        await first.hold(0.6)  # the first worker got a 429 with retry_after
        started = time.monotonic()
        assert await other_bot.acquire(1, lambda: False)  # another bot's limits are its own
        assert time.monotonic() - started < 0.6
        assert await second.acquire(1, lambda: False)
        assert time.monotonic() - started >= 0.55  # Redis's clock and ours may differ by a hair
    finally:
        for limiter in (first, second, other_bot):
            await limiter.close()


async def test_without_redis_nothing_is_sent_and_nothing_breaks(settings: Settings) -> None:
    unreachable = settings.model_copy(update={"redis_url": "redis://127.0.0.1:1/0"})
    limiter = create_limiter(unreachable, bot_id=42)
    try:
        assert await limiter.acquire(1, lambda: False) is None  # the row goes back, for later
        await limiter.hold(1.0)  # logged, not raised
    finally:
        await limiter.close()


async def test_a_dialog_goes_on_at_another_worker(app: App) -> None:
    amina, _lina, amina_id = await _setup(app)
    invitation = await _request(app, amina_id, "vagen", "short")
    await amina.press_on(invitation, "Börja nu")
    await amina.press("Börja")
    await amina.press("^Stämmer helt$")
    assert "fråga 2 av 7" in amina.screen_text()
    await app.close()  # the first worker stops: nothing it held in memory survives

    app.restart()  # another worker: its own dispatcher and Redis connection
    await amina.press("^Stämmer delvis$")
    assert "fråga 3 av 7" in amina.screen_text()
    (found,) = await _rounds(app)
    assert found.id is not None
    assert await _answers(app, found.id) == {"health-1": 5, "routines-1": 3}


async def test_two_quick_taps_through_two_workers_act_once(app: App) -> None:
    """The same update stream split by a load balancer: two dispatchers, one Redis.

    Redis's event isolation makes the second tap wait until the first is done, so it meets
    the screen the first tap left behind, as in one process."""
    amina, _lina, amina_id = await _setup(app)
    invitation = await _request(app, amina_id, "vagen", "short")
    await amina.press_on(invitation, "Börja nu")
    await amina.press("Börja")
    first = amina.screen()

    other = create_dispatcher(
        settings=app.settings,
        session_factory=app.session_factory,
        l10n=app.l10n,
        clock=app.clock,
        message_manager=app.mm,
    )
    app.dispatchers.append(other)
    amina_elsewhere = app.client(1001)
    amina_elsewhere.dp = other
    running: list[int] = []
    overlaps: list[int] = []

    async def watch(
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        # Inside aiogram's isolation lock: two of Amina's updates here at once would overlap.
        if running:
            overlaps.append(len(running))
        running.append(1)
        try:
            await asyncio.sleep(0.05)  # a slow database: time for the other tap to arrive
            return await handler(event, data)
        finally:
            running.pop()

    for dp in (app.dp, other):
        dp.update.outer_middleware(watch)

    await asyncio.gather(
        amina.press(".*Hoppa över.*", message=first),
        amina_elsewhere.press(".*Hoppa över.*", message=first),
    )
    assert overlaps == []
    assert "fråga 2 av 7" in amina.screen_text()
    assert amina.toasts()[-1] == "Den frågan är redan besvarad. Här är frågan du är på nu."
    (found,) = await _rounds(app)
    assert found.id is not None
    assert await _answers(app, found.id) == {"health-1": None}


async def test_a_flood_spread_over_two_workers_is_counted_once(app: App) -> None:
    """Flood control in Redis: five messages in the window, whichever worker each reaches."""
    await _setup(app)
    strict = app.settings.model_copy(update={"throttle_messages": 5})
    workers = [
        create_dispatcher(
            settings=strict,
            session_factory=app.session_factory,
            l10n=app.l10n,
            clock=app.clock,
            message_manager=app.mm,
        )
        for _ in range(2)
    ]
    app.dispatchers.extend(workers)
    passed: list[int] = []

    async def count(
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        passed.append(1)  # registered after the throttle: only what it lets through
        return await handler(event, data)

    clients = []
    for dp in workers:
        dp.message.outer_middleware(count)
        client = app.client(1001)
        client.dp = dp
        clients.append(client)
    for n in range(8):
        await clients[n % 2].send("/menu")
    assert len(passed) == 5  # in memory, each worker would have let five through: eight
    throttled = app.l10n("sv")("core-throttled")
    assert clients[0].replies().count(throttled) == 1  # told once, by whichever worker
