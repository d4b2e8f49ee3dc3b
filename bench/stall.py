"""The event loop's longest stall while everything heavy happens at once, on SQLite.

N check-ins fall due in the same minute: the scheduler's tick queues them and the outbox
sender sends them through the rate-limited fake Bot API (as `bench.delivery`). Meanwhile, in
waves, participants finish a self-assessment round at the same moment (each last tap saves
the answer, scores the round and sends the trend chart, drawn in a thread, as in the bot)
and a staff member asks for the xlsx report of all N participants (the menu's 📊 Report,
"Make the report"). The first wave falls while the tick queues, the next ones while the
sender sends. The first chart and the first report of the process pay for importing
matplotlib and openpyxl, as in a worker that has just started.

The stall monitor runs from before the tick's first statement to the last message sent. It
prints the longest stall and the phases it fell in, the 99th percentile of the loop's lag
(every 10 ms the loop is asked to wake; the lag is how late it did), the same for each phase,
and the garbage collections that took longest. `--trace 50` also prints, for each stall of
more than 50 ms, where the event loop's thread was (a watchdog thread samples its stack).

    .venv/bin/python -m bench.stall --count 10000                  # about eight minutes
    .venv/bin/python -m bench.stall --count 10000 --send-for 30    # stop sending after 30 s
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from collections.abc import Awaitable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiogram import Bot
from aiogram.types import Chat, InlineKeyboardButton, InlineKeyboardMarkup, Message
from aiogram_dialog.test_tools import BotClient, MockMessageManager
from aiogram_dialog.test_tools.keyboard import InlineButtonTextLocator
from sqlalchemy import insert as insert_into
from sqlmodel import col, select

import dialogs
from bench.delivery import StallMonitor
from bench.fake_bot_api import FakeBotAPIProcess
from bench.population import FIRST_TELEGRAM_ID, LOCALES, add_participants
from bot.factory import create_bot, create_dispatcher
from bot.runners import freeze_startup_objects, share_the_interpreter
from dialogs.assessment.callbacks import StartRound
from rules.clock import SystemClock
from rules.config import Settings
from rules.i18n import Localization
from rules.instruments import FULL, catalogue
from scheduler.runner import Ticks
from scheduler.sender import Sender
from storage import assessments
from storage.db import create_engine, create_session_factory
from storage.migrate import upgrade
from storage.outbox import OutboxMessage
from storage.people import Actor, Person, Role
from storage.programme import EDUCATION_LEVELS, ENTRY_STATUSES, GENDERS, ReportFacts

INSTRUMENT = "vagen"
STAFF_TELEGRAM_ID = 1
# Where a thread waits for work (aiosqlite's, the executor's): left out of a stall's trace.
IDLE = {
    "wait",
    "_connection_worker_thread",
    "_worker",
    "select",
}  # the one staff member bench.population makes


@dataclass
class Phases:
    """Named spans of the run (perf_counter seconds); a stall belongs to every span it overlaps."""

    spans: list[tuple[str, float, float]] = field(default_factory=list)

    @contextmanager
    def span(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.spans.append((name, started, time.perf_counter()))

    async def timed(self, name: str, work: Awaitable[Any]) -> Any:
        with self.span(name):
            return await work

    def of(self, at: float, late: float) -> list[str]:
        """The spans a turn that came back at `at`, `late` seconds late, overlaps."""
        began = at - late - 0.01
        return sorted({name for name, start, end in self.spans if start < at and end > began})


class GcTimes:
    """How long each garbage collection took, by generation (gc.callbacks)."""

    def __init__(self) -> None:
        self.times: list[tuple[int, float, float]] = []  # (generation, seconds, ended at)
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        now = time.perf_counter()
        if phase == "start":
            self._started = now
        else:
            self.times.append((info["generation"], now - self._started, now))

    def within(self, start: float, end: float) -> float:
        """Seconds spent collecting between `start` and `end`."""
        return sum(
            max(0.0, min(end, ended) - max(start, ended - seconds))
            for _generation, seconds, ended in self.times
        )

    def __enter__(self) -> GcTimes:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *_exc: object) -> None:
        gc.callbacks.remove(self)


class TracingMonitor(StallMonitor):
    """The stall monitor, and where every thread was whenever the loop had not come back for
    `threshold` seconds: a watchdog thread looks every 5 ms. It needs the GIL to look, so a
    stall that holds it throughout (a garbage collection, an import's C code) is seen only
    once it ends, if at all; the collections are timed apart (GcTimes)."""

    def __init__(self, threshold: float) -> None:
        super().__init__()
        self.threshold = threshold
        self.seen: list[tuple[float, float, str]] = []  # (at, late so far, stacks)
        self._loop_thread = threading.get_ident()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._look, daemon=True)

    def _stacks(self) -> str:
        shown: list[str] = []
        for ident, frame in sys._current_frames().items():
            if ident == threading.get_ident():
                continue
            loop = ident == self._loop_thread
            if not loop and frame.f_code.co_name in IDLE:
                continue
            # No source lines: reading them may import, and the loop may hold the import lock.
            frames = traceback.StackSummary.extract(
                traceback.walk_stack(frame), limit=14 if loop else 5, lookup_lines=False
            )
            text = "".join(f"    {f.filename}:{f.lineno} {f.name}\n" for f in frames)
            shown.insert(0, f"  [loop]\n{text}") if loop else shown.append(
                f"  [thread {ident:x}]\n{text}"
            )
        return "".join(shown)

    def _look(self) -> None:
        noted_for = -1
        while not self._stop.wait(0.005):
            turns = len(self.samples)
            late = time.perf_counter() - self.since - 0.01
            if late > self.threshold and noted_for != turns:
                noted_for = turns
                self.seen.append((time.perf_counter(), late, self._stacks()))

    def __enter__(self) -> TracingMonitor:
        super().__enter__()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        super().__exit__(*exc)


class FirstValue:
    """Finds the first answer on an item's screen (the top of the scale)."""

    def find_button(self, message: Message) -> InlineKeyboardButton | None:
        markup = message.reply_markup
        for row in markup.inline_keyboard if markup else []:
            for button in row:
                if ":" in (button.callback_data or "") and "value" in (button.callback_data or ""):
                    return button
        return None


def _screen(mm: MockMessageManager, chat_id: int) -> Message:
    shown = [m for m in mm.sent_messages if m.chat.id == chat_id and (m.text or m.caption)]
    return shown[-1]


async def _chart_participant(
    factory: Any, dp: Any, bot: Bot, mm: MockMessageManager, person: Person, staff: Actor
) -> BotClient:
    """A participant with two earlier rounds done, the third open on its last item."""
    assert person.id is not None
    instrument = catalogue().get(INSTRUMENT)
    assert instrument is not None
    items = len(instrument.form_items(FULL))
    me = Actor(person.id, person.telegram_id, Role.PARTICIPANT, False)
    round_id = 0
    for number in range(3):
        async with factory() as session:
            found = await assessments.request(
                session,
                actor=staff,
                participant_id=person.id,
                instrument=INSTRUMENT,
                form=FULL,
                now=datetime.now(UTC),
            )
            assert found is not None and found.id is not None
            round_id = found.id
            last = items if number < 2 else items - 1
            for position in range(last):
                value = 1 + (position + number * 2) % 5
                await assessments.answer(
                    session,
                    actor=me,
                    round_id=round_id,
                    instrument=INSTRUMENT,
                    form=FULL,
                    position=position,
                    value=value,
                    now=datetime.now(UTC),
                )
    client = BotClient(dp, user_id=person.telegram_id, chat_id=person.telegram_id, bot=bot)
    invitation = Message(
        message_id=1,
        date=datetime.now(UTC),
        chat=Chat(id=person.telegram_id, type="private"),
        text="invitation",
        reply_markup=InlineKeyboardMarkup(
            inline_keyboard=[
                [
                    InlineKeyboardButton(
                        text="start", callback_data=StartRound(round_id=round_id).pack()
                    )
                ]
            ]
        ),
    )
    await client.click(invitation, InlineButtonTextLocator("^start$"))
    assert FirstValue().find_button(_screen(mm, person.telegram_id)) is not None
    return client


async def _finish(client: BotClient, mm: MockMessageManager) -> None:
    """The last tap of a round: saved, scored, the chart drawn and sent, the result shown."""
    await client.click(_screen(mm, client.chat.id), FirstValue())


async def _report_screen(staff: BotClient, mm: MockMessageManager) -> None:
    """The staff member's way to the report: /menu, 🗂 More, 📊 Report."""
    await staff.send("/menu")
    await staff.click(_screen(mm, staff.chat.id), InlineButtonTextLocator("^🗂 More$"))
    await staff.click(_screen(mm, staff.chat.id), InlineButtonTextLocator("^📊 Report$"))


async def _add_report_facts(factory: Any, now: datetime) -> None:
    """Facts for every participant, so each report row has something in most columns."""
    async with factory() as session:
        ids = (
            await session.exec(select(Person.id).where(Person.role == Role.PARTICIPANT.value))
        ).all()
        genders, statuses = (*GENDERS, None), ENTRY_STATUSES
        await session.exec(
            insert_into(ReportFacts),
            params=[
                {
                    "participant_id": one,
                    "gender": genders[one % len(genders)],
                    "birth_year": 1960 + one % 45,
                    "entry_status": statuses[one % len(statuses)],
                    "education": EDUCATION_LEVELS[one % len(EDUCATION_LEVELS)],
                    "updated_at": now,
                }
                for one in ids
            ],
        )
        await session.commit()


async def run(
    count: int,
    rate: float,
    latency: float,
    charts: int = 8,
    waves: int = 2,
    send_for: float | None = None,
    trace: float | None = None,
    pause: float = 5.0,
) -> dict[str, Any]:
    switch_interval = sys.getswitchinterval()
    # In a process of its own, as in bench/delivery.py: its record of every call (10,000 and
    # more) is not this process's to collect, and its clock does not stop when this one does.
    api = FakeBotAPIProcess(
        overall_per_second=rate,
        per_chat_per_second=1,
        latency=latency,
        # Replies to people talking with the bot are not the broadcast Telegram limits: their
        # chats (the staff member's, and those finishing a round) are neither limited nor
        # counted.
        unlimited={
            STAFF_TELEGRAM_ID,
            *range(FIRST_TELEGRAM_ID, FIRST_TELEGRAM_ID + charts * waves),
        },
    )
    await api.start()
    folder = Path(tempfile.mkdtemp(prefix="lotsen-bench-"))
    url = f"sqlite+aiosqlite:///{folder / 'bench.db'}"
    await upgrade(url)
    engine = create_engine(url)
    factory = create_session_factory(engine)
    now = datetime.now(UTC)
    # All due now; nothing queues them before the bench runs the tick.
    async with factory() as session:
        await add_participants(session, count=count, now=now, due=now)
    await _add_report_facts(factory, now)
    settings = Settings(
        _env_file=None,
        bot_token="42:BENCH",
        bot_username="lotsen_bench_bot",
        database_url=url,
        telegram_api_base=api.base,
        send_rate=rate,
        throttle_messages=1_000_000,
        throttle_presses=1_000_000,
    )
    clock = SystemClock()
    l10n = Localization()
    bot = create_bot(settings)
    mm = MockMessageManager()
    dp = create_dispatcher(
        settings=settings, session_factory=factory, l10n=l10n, clock=clock, message_manager=mm
    )
    outgoing = dialogs.outgoing()
    sender = Sender(
        purposes=outgoing.purposes,
        bot=bot,
        session_factory=factory,
        l10n=l10n,
        clock=clock,
        settings=settings,
    )
    ticks = Ticks(outgoing=outgoing, session_factory=factory, clock=clock, settings=settings)

    async with factory() as session:
        staff_person = (
            await session.exec(select(Person).where(Person.telegram_id == STAFF_TELEGRAM_ID))
        ).one()
        staff_person.locale, staff_person.display_name = "en", "Lina"
        await session.commit()
        assert staff_person.id is not None
        staff = Actor(staff_person.id, STAFF_TELEGRAM_ID, Role.STAFF, False)
        # One participant of each language after another, as many as the waves need.
        people = (
            await session.exec(
                select(Person)
                .where(Person.role == Role.PARTICIPANT.value)
                .order_by(col(Person.id))
                .limit(charts * waves)
            )
        ).all()
    finishing = [await _chart_participant(factory, dp, bot, mm, person, staff) for person in people]
    staff_client = BotClient(dp, user_id=STAFF_TELEGRAM_ID, chat_id=STAFF_TELEGRAM_ID, bot=bot)
    await _report_screen(staff_client, mm)
    # The invitations the rounds queued are not part of the run.
    async with factory() as session:
        for row in (await session.exec(select(OutboxMessage))).all():
            row.status = "skipped"
        await session.commit()
    # As in a running bot: the HTTP session exists, and start-up objects are frozen out of GC.
    await bot.me()
    freeze_startup_objects()
    share_the_interpreter()

    phases = Phases()
    wave_seconds: list[dict[str, float]] = []
    queueing_done = asyncio.Event()

    async def queue() -> int:
        try:
            queued: int = await phases.timed("queueing", ticks.queue_due())
            return queued
        finally:
            queueing_done.set()

    async def send() -> None:
        # As the scheduler's job: a claim a second while nothing is due, back to back after.
        with phases.span("sending"):
            started = time.perf_counter()
            while send_for is None or time.perf_counter() - started < send_for:
                if not await sender.run_once():
                    if queueing_done.is_set():
                        return
                    await asyncio.sleep(1)

    async def wave(number: int) -> None:
        with phases.span(f"wave{number + 1}"):
            await wave_of(number)

    async def wave_of(number: int) -> None:
        clients = finishing[number * charts : (number + 1) * charts]
        started = time.perf_counter()
        chart_times: list[float] = []

        async def one(client: BotClient) -> None:
            await phases.timed("charts", _finish(client, mm))
            chart_times.append(time.perf_counter() - started)

        async def report() -> float:
            await phases.timed(
                "report",
                staff_client.click(
                    _screen(mm, STAFF_TELEGRAM_ID),
                    InlineButtonTextLocator("^Make the report$"),
                ),
            )
            return time.perf_counter() - started

        *_, report_seconds = await asyncio.gather(*(one(c) for c in clients), report())
        wave_seconds.append(
            {
                "charts_all_sent_s": max(chart_times, default=0.0),
                "report_sent_s": report_seconds or 0.0,
            }
        )

    async def waves_meanwhile() -> None:
        if not waves:
            return
        await asyncio.sleep(1.0)  # the tick is well under way
        await wave(0)
        for number in range(1, waves):
            await queueing_done.wait()
            await asyncio.sleep(pause)  # sending is under way
            await wave(number)

    monitor = TracingMonitor(trace) if trace else StallMonitor()
    with GcTimes() as collections, monitor:
        queued, *_ = await asyncio.gather(queue(), send(), waves_meanwhile())
    await bot.session.close()
    await dp.storage.close()
    gc.unfreeze()
    sys.setswitchinterval(switch_interval)

    await api.stop()
    sends = api.sent("sendMessage")
    per_chat = Counter(int(call.params["chat_id"]) for call in sends)
    checkins_sent = sum(1 for chat in per_chat if chat >= FIRST_TELEGRAM_ID)
    photos = len(api.sent("sendPhoto"))
    documents = len(api.sent("sendDocument"))
    async with factory() as session:
        statuses = Counter(
            (
                await session.exec(
                    select(OutboxMessage.status).where(OutboxMessage.purpose == "checkin")
                )
            ).all()
        )
    await engine.dispose()

    first, last = (sends[0].at, sends[-1].at) if sends else (0.0, 0.0)
    achieved = (len(sends) - 1) / (last - first) if last > first else float(len(sends))
    worst_at, worst = max(monitor.samples, key=lambda sample: sample[1])
    per_phase: dict[str, list[float]] = {}
    for at, late in monitor.samples:
        for name in phases.of(at, late) or ["(none)"]:
            per_phase.setdefault(name, []).append(late)
    figures: dict[str, Any] = {
        "queued": queued,
        "checkins_sent": checkins_sent,
        "checkin_rows_sent": statuses.get("sent", 0),
        "charts_sent": photos,
        "reports_sent": documents,
        "rejected_429": api.rejected,
        "rate_per_second": achieved,
        "ratio_to_limit": achieved / rate,
        "longest_stall_ms": worst * 1000,
        "longest_stall_in": "+".join(
            name for name in phases.of(worst_at, worst) if not name.startswith("wave")
        )
        or "(none)",
        "longest_stall_collecting_ms": collections.within(worst_at - worst - 0.01, worst_at) * 1000,
        "lag_p99_ms": monitor.percentile(0.99) * 1000,
        "lag_p50_ms": monitor.percentile(0.50) * 1000,
        "turns": len(monitor.samples),
    }
    for name in (
        "queueing",
        "sending",
        "charts",
        "report",
        *(f"wave{n + 1}" for n in range(waves)),
    ):
        lags = sorted(per_phase.get(name, [0.0]))
        figures[f"{name}_longest_ms"] = lags[-1] * 1000
        figures[f"{name}_p99_ms"] = lags[min(len(lags) - 1, int(len(lags) * 0.99))] * 1000
    for name, start, end in phases.spans:
        if name == "queueing":
            figures["queueing_s"] = end - start
        if name == "sending":
            figures["sending_s"] = end - start
    for number, timing in enumerate(wave_seconds, start=1):
        for key, value in timing.items():
            figures[f"wave{number}_{key}"] = value
    longest = sorted(collections.times, key=lambda t: t[1], reverse=True)[:3]
    figures["gc_collections"] = len(collections.times)
    figures["gc_longest"] = ", ".join(
        f"gen{generation} {seconds * 1000:.0f} ms" for generation, seconds, _ in longest
    )
    figures["gc_full_ms_total"] = (
        sum(seconds for generation, seconds, _ in collections.times if generation == 2) * 1000
    )
    if isinstance(monitor, TracingMonitor):
        figures["traced"] = [
            f"at +{at - phases.spans[0][1]:.1f} s, {late * 1000:.0f} ms into it "
            f"({'+'.join(phases.of(at, late)) or '(none)'}):\n{stacks}"
            for at, late, stacks in monitor.seen
        ]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=30.0)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds per Bot API call")
    parser.add_argument("--charts", type=int, default=len(LOCALES), help="charts a wave")
    parser.add_argument("--waves", type=int, default=2, help="the first while queueing")
    parser.add_argument("--send-for", type=float, help="stop sending after this many seconds")
    parser.add_argument("--trace", type=float, help="print where the loop was in stalls over MS")
    args = parser.parse_args()
    figures = asyncio.run(
        run(
            args.count,
            args.rate,
            args.latency,
            charts=args.charts,
            waves=args.waves,
            send_for=args.send_for,
            trace=args.trace / 1000 if args.trace else None,
        )
    )
    traced = figures.pop("traced", [])
    width = max(len(name) for name in figures)
    for name, value in figures.items():
        shown = f"{value:,.3f}" if isinstance(value, float) else str(value)
        print(f"{name:<{width}}  {shown}")
    for number, one in enumerate(traced, start=1):
        print(f"stall {number}, {one}")


if __name__ == "__main__":
    main()
