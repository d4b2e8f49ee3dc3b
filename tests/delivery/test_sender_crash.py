"""Kill the sender (a real process, SIGKILL) while it delivers: nothing is lost, and the only
duplicates are messages that were in flight at the kill. SIGTERM stops cleanly, with none."""

from __future__ import annotations

import asyncio
import logging
import os
import random
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from bench.fake_bot_api import FakeBotAPI
from bench.population import FIRST_TELEGRAM_ID, add_participants
from bot.deliver import deliver
from rules.config import Settings
from storage import checkins
from storage.db import create_engine, create_session_factory
from storage.outbox import OutboxMessage

ROOT = Path(__file__).resolve().parents[2]
PARTICIPANTS = 120
CONCURRENCY = 8
LEASE = 1.5
KILLS = 2


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = FakeBotAPI(latency=0.02)
    await server.start()
    yield server
    await server.stop()


async def _queue_checkins(db_url: str) -> None:
    engine = create_engine(db_url)
    factory = create_session_factory(engine)
    now = datetime.now(UTC)  # the sender subprocess runs on the real clock
    async with factory() as session:
        await add_participants(session, count=PARTICIPANTS, now=now, due=now)
    async with factory() as session:
        assert await checkins.queue_due(session, now=now) == PARTICIPANTS
    await engine.dispose()


async def _statuses(db_url: str) -> Counter[str]:
    engine = create_engine(db_url)
    async with create_session_factory(engine)() as session:
        rows = (await session.exec(select(OutboxMessage.status))).all()
    await engine.dispose()
    return Counter(rows)


async def _start_sender(db_url: str, api: FakeBotAPI) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": db_url,
        "TELEGRAM_API_BASE": api.base,
        "BOT_TOKEN": "42:CRASH",
        "SEND_CONCURRENCY": str(CONCURRENCY),
        "SEND_LEASE_SECONDS": str(LEASE),
        "SEND_RATE": "200",
        "LOG_LEVEL": "WARNING",
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "deliver",
        cwd=str(ROOT),
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )


async def _sent_more(api: FakeBotAPI, process: asyncio.subprocess.Process, count: int) -> bool:
    """Wait until this process has sent `count` messages; False if it ended first."""
    target = len(api.sent("sendMessage")) + count
    while len(api.sent("sendMessage")) < target:
        if process.returncode is not None:
            return False
        await asyncio.sleep(0.005)
    return True


async def _started_sending(api: FakeBotAPI, process: asyncio.subprocess.Process) -> bool:
    """Wait until this process has sent something (imports take a while); False if it ended."""
    before = len(api.sent("sendMessage"))
    while len(api.sent("sendMessage")) == before:
        if process.returncode is not None:
            return False
        await asyncio.sleep(0.01)
    return True


def _sends_per_chat(api: FakeBotAPI) -> Counter[int]:
    return Counter(int(call.params["chat_id"]) for call in api.sent("sendMessage"))


async def test_sigkill_at_random_points_loses_nothing(
    any_db_url: str, api: FakeBotAPI, record_property: Callable[[str, object], None]
) -> None:
    await _queue_checkins(any_db_url)
    rng = random.Random(20261123)
    kills = 0
    while True:
        process = await _start_sender(any_db_url, api)
        if kills == KILLS:  # the last start runs to the end
            assert await asyncio.wait_for(process.wait(), timeout=120) == 0
            break
        # Killed a random number of messages into its run, whatever the machine's speed.
        if not await asyncio.wait_for(_sent_more(api, process, rng.randint(5, 30)), timeout=60):
            assert process.returncode == 0, (await process.stderr.read()).decode()  # type: ignore[union-attr]
            break  # it finished before that point: everything delivered
        process.send_signal(signal.SIGKILL)
        await process.wait()
        kills += 1

    sends = _sends_per_chat(api)
    lost = PARTICIPANTS - len(set(sends) & {FIRST_TELEGRAM_ID + n for n in range(PARTICIPANTS)})
    duplicates = sum(count - 1 for count in sends.values())
    window = kills * CONCURRENCY  # at most the messages in flight at each kill
    database = any_db_url.split("+", 1)[0].split(":", 1)[0]
    record_property(
        "figure",
        f"sender SIGKILL ({database}): {PARTICIPANTS} messages, {kills} kills, "
        f"{lost} lost, {duplicates} sent twice (in-flight window {window})",
    )
    assert kills >= 2, "the test should kill the sender mid-delivery at least twice"
    assert lost == 0
    assert len(sends) == PARTICIPANTS  # and nobody else written to
    assert duplicates <= window
    assert await _statuses(any_db_url) == Counter({"sent": PARTICIPANTS})


async def test_sigterm_finishes_in_flight_and_sends_nothing_twice(
    db_url: str, api: FakeBotAPI
) -> None:
    await _queue_checkins(db_url)
    process = await _start_sender(db_url, api)
    await asyncio.wait_for(_started_sending(api, process), timeout=30)
    await asyncio.sleep(0.2)
    process.send_signal(signal.SIGTERM)
    assert await asyncio.wait_for(process.wait(), timeout=15) == 0
    statuses = await _statuses(db_url)
    assert statuses["sending"] == 0  # nothing left on lease: finished or handed back
    assert 0 < statuses["sent"] < PARTICIPANTS

    process = await _start_sender(db_url, api)  # the next start delivers the rest at once
    assert await asyncio.wait_for(process.wait(), timeout=60) == 0
    sends = _sends_per_chat(api)
    assert len(sends) == PARTICIPANTS
    assert max(sends.values()) == 1
    assert await _statuses(db_url) == Counter({"sent": PARTICIPANTS})


def _deliver_settings(db_url: str, api: FakeBotAPI) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token="42:CRASH",
        database_url=db_url,
        telegram_api_base=api.base,
        send_rate=1_000,
        send_rate_per_chat=1_000,
    )


async def test_a_wrong_token_stops_deliver_at_once_and_keeps_the_outbox(
    db_url: str, api: FakeBotAPI, caplog: pytest.LogCaptureFixture
) -> None:
    await _queue_checkins(db_url)
    api.token = "42:RIGHT"  # the operator pasted another bot's token
    with caplog.at_level(logging.INFO):
        assert await asyncio.wait_for(deliver(_deliver_settings(db_url, api)), 30) == 1
    [line] = [r.getMessage() for r in caplog.records if "401" in r.getMessage()]
    assert "check BOT_TOKEN" in line
    assert not [r for r in caplog.records if r.exc_info]
    assert api.sent("sendMessage") == []
    assert await _statuses(db_url) == Counter({"pending": PARTICIPANTS})


async def test_deliver_does_not_die_on_a_chat_that_does_not_exist(
    db_url: str, api: FakeBotAPI
) -> None:
    await _queue_checkins(db_url)
    gone, never = FIRST_TELEGRAM_ID + 3, FIRST_TELEGRAM_ID + 70
    api.chat_errors = {gone: (400, "Bad Request: chat not found"), never: (404, "Not Found")}
    assert await asyncio.wait_for(deliver(_deliver_settings(db_url, api)), 60) == 0
    assert await _statuses(db_url) == Counter({"sent": PARTICIPANTS - 2, "failed": 2})
    # Each refused chat was tried once, not again at every lease.
    assert sorted(int(call.params["chat_id"]) for call in api.refused) == [gone, never]
