"""🔊 in practice: the first press (speech library loaded, clip made, encoded and uploaded),
a repeated press (sent by Telegram's file id), and 20 participants pressing 🔊 at once, each
on a word not heard before, with the longest event-loop stall meanwhile.

Everything runs in one process through aiogram-dialog's BotClient against the in-process
Bot double (no network), on a real SQLite file, the way the conversation tests do.

    .venv/bin/python -m bench.listen --crowd 20
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import statistics
import time

from aiogram.methods import SendVoice
from aiogram.types import BufferedInputFile
from sqlmodel import col, select

from bench.delivery import StallMonitor
from bench.in_process import in_process_app
from bot.runners import freeze_startup_objects
from rules.vocabulary import vocabulary
from storage.people import Person, Role
from storage.practice import PracticeSession
from tests.support.app import App
from tests.support.app import Person as Client
from tests.support.personas import add_member

LINA = 2001
FIRST = 10_000  # participants' Telegram ids from here


async def _practising(app: App, telegram_id: int, staff_id: int) -> Client:
    await add_member(
        app, telegram_id, role=Role.PARTICIPANT, name="P", staff_id=staff_id, locale="en"
    )
    client = app.client(telegram_id)
    await client.send("/menu")
    await client.press("🗣 Practise Swedish")
    await client.press("▶️ Practise now")
    await client.press("Care work")
    await client.press("▶️ Practise now")
    return client


async def _timed(action) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    await action()
    return time.perf_counter() - started


async def run(crowd: int, repeats: int = 20) -> dict[str, float]:
    app, engine = await in_process_app()
    lina = await add_member(app, LINA, role=Role.STAFF, name="Lina")
    assert lina.id is not None
    clients = [await _practising(app, FIRST + n, lina.id) for n in range(crowd + 1)]
    first, others = clients[0], clients[1:]
    listen = "🔊 Listen"

    cold = await _timed(lambda: first.press(listen))
    assert isinstance(app.bot.sent(SendVoice)[-1].voice, BufferedInputFile)
    warm = [await _timed(lambda: first.press(listen)) for _ in range(repeats)]
    assert isinstance(app.bot.sent(SendVoice)[-1].voice, str)

    # Each of the crowd on a word of their own, none heard before: every press makes a clip.
    items = [item.id for item in vocabulary().tracks["care"].items]
    async with app.session() as session:
        for number, client in enumerate(others, start=1):
            person = (
                await session.exec(select(Person).where(Person.telegram_id == client.user.id))
            ).one()
            found = (
                await session.exec(
                    select(PracticeSession).where(col(PracticeSession.participant_id) == person.id)
                )
            ).one()
            found.items = json.dumps([items[number % len(items)]])
        await session.commit()
    for client in others:  # the screens show the new words
        await client.send("/menu")
        await client.press("🗣 Practise Swedish")
        await client.press("▶️ Practise now")
    uploads_before = len(app.bot.sent(SendVoice))
    freeze_startup_objects()  # as a worker does once started

    with StallMonitor() as monitor:
        await asyncio.sleep(0.02)  # the monitor is watching before the first press
        started = time.perf_counter()
        each = await asyncio.gather(*(_timed(lambda c=c: c.press(listen)) for c in others))
        together = time.perf_counter() - started
        await asyncio.sleep(0.02)
    sent = app.bot.sent(SendVoice)[uploads_before:]
    assert len(sent) == len(others) and all(isinstance(s.voice, BufferedInputFile) for s in sent)
    # The yardstick: the same crowd pressing again, every clip now sent by its file id.
    with StallMonitor() as again:
        await asyncio.sleep(0.02)
        await asyncio.gather(*(c.press(listen) for c in others))
        await asyncio.sleep(0.02)
    assert all(isinstance(s.voice, str) for s in app.bot.sent(SendVoice)[-len(others) :])
    gc.unfreeze()
    await app.close()
    await engine.dispose()
    return {
        "first_press_ms": cold * 1000,
        "repeated_press_median_ms": statistics.median(warm) * 1000,
        "crowd": len(others),
        "crowd_all_answered_ms": together * 1000,
        "crowd_press_median_ms": statistics.median(each) * 1000,
        "crowd_press_slowest_ms": max(each) * 1000,
        "longest_stall_ms": monitor.worst * 1000,
        "longest_stall_pressing_again_ms": again.worst * 1000,
        "bytes_per_word_median": statistics.median(
            len(s.voice.data) for s in sent if isinstance(s.voice, BufferedInputFile)
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--crowd", type=int, default=20)
    args = parser.parse_args()
    figures = asyncio.run(run(args.crowd))
    width = max(len(name) for name in figures)
    for name, value in figures.items():
        print(f"{name:<{width}}  {value:,.1f}")


if __name__ == "__main__":
    main()
