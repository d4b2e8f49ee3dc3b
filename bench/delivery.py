"""Delivery benchmark: N check-ins due in the same minute, sent through the rate-limited fake
Bot API (30 messages a second overall, 1 a second per chat, 429 past them).

Prints the delivery rate and its ratio to the configured limit, the 429s received, messages
lost and duplicated, the longest event-loop stall, and the delay after the due time.

    .venv/bin/python -m bench.delivery --count 10000
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from sqlmodel import select

import dialogs
from bench.fake_bot_api import FakeBotAPIProcess
from bench.population import add_participants
from bot.factory import create_bot
from bot.runners import freeze_startup_objects
from rules.clock import SystemClock
from rules.config import Settings
from rules.i18n import Localization
from scheduler.runner import Ticks
from scheduler.sender import Sender
from storage.db import create_engine, create_session_factory
from storage.migrate import upgrade
from storage.outbox import OutboxMessage


class StallMonitor:
    """The longest time the event loop was late for a 10 ms sleep.

    Timed from the moment the block is entered, not from the watcher's first turn: a task
    only starts when the loop is next free, so work that holds the loop from its very first
    statement would otherwise go unseen. The last sleep is judged at the block's end too.
    """

    def __init__(self) -> None:
        self.worst = 0.0
        # Every turn: (when the loop came back, how late it was), perf_counter seconds.
        self.samples: list[tuple[float, float]] = []
        self._since = 0.0
        self._task: asyncio.Task[None] | None = None

    def _note(self) -> None:
        now = time.perf_counter()
        late = now - self._since - 0.01
        self.samples.append((now, late))
        self.worst = max(self.worst, late)
        self._since = now

    @property
    def since(self) -> float:
        """When the loop last came back to the monitor (perf_counter seconds)."""
        return self._since

    def percentile(self, share: float) -> float:
        """The lag (seconds) that `share` of the turns were no later than."""
        lags = sorted(late for _at, late in self.samples)
        if not lags:
            return 0.0
        return lags[min(len(lags) - 1, max(0, int(len(lags) * share + 0.5) - 1))]

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(0.01)
            self._note()

    def __enter__(self) -> StallMonitor:
        self._since = time.perf_counter()
        self._task = asyncio.get_running_loop().create_task(self._watch())
        return self

    def __exit__(self, *_exc: object) -> None:
        assert self._task is not None
        self._task.cancel()
        self._note()


async def run(count: int, rate: float, latency: float) -> dict[str, float]:
    api = FakeBotAPIProcess(overall_per_second=rate, per_chat_per_second=1, latency=latency)
    await api.start()
    folder = Path(tempfile.mkdtemp(prefix="lotsen-bench-"))
    url = f"sqlite+aiosqlite:///{folder / 'bench.db'}"
    await upgrade(url)
    engine = create_engine(url)
    factory = create_session_factory(engine)
    now = datetime.now(UTC)
    async with factory() as session:
        await add_participants(session, count=count, now=now, due=now)  # all in one minute
    settings = Settings(
        _env_file=None,
        bot_token="42:BENCH",
        database_url=url,
        telegram_api_base=api.base,  # type: ignore[call-arg]
        send_rate=rate,
    )
    clock = SystemClock()
    bot = create_bot(settings)
    sender = Sender(
        purposes=dialogs.outgoing().purposes,
        bot=bot,
        session_factory=factory,
        l10n=Localization(),
        clock=clock,
        settings=settings,
    )
    ticks = Ticks(
        outgoing=dialogs.outgoing(), session_factory=factory, clock=clock, settings=settings
    )
    # As in a running bot: the HTTP session exists, and start-up objects are frozen out of GC.
    await bot.me()
    freeze_startup_objects()

    with StallMonitor() as queue_monitor:
        queue_started = time.perf_counter()
        queued = await ticks.queue_due()
        queue_seconds = time.perf_counter() - queue_started
    with StallMonitor() as send_monitor:
        started = time.monotonic()
        while await sender.run_once():
            pass
        finished = time.monotonic()
    await bot.session.close()
    await api.stop()  # hands back what it recorded

    sends = api.sent("sendMessage")
    per_chat = Counter(int(call.params["chat_id"]) for call in sends)
    async with factory() as session:
        statuses = Counter((await session.exec(select(OutboxMessage.status))).all())
    await engine.dispose()

    due_wall = now.timestamp()
    wall_offset = time.time() - time.monotonic()
    delays = sorted(call.at + wall_offset - due_wall for call in sends)
    first, last = sends[0].at, sends[-1].at
    achieved = (len(sends) - 1) / (last - first) if last > first else float(len(sends))
    return {
        "queued": queued,
        "queue_seconds": queue_seconds,
        "delivered": len(per_chat),
        "sent_rows": statuses.get("sent", 0),
        "lost": count - len(per_chat),
        "duplicated": sum(c - 1 for c in per_chat.values()),
        "rejected_429": api.rejected,
        "rate_per_second": achieved,
        "ratio_to_limit": achieved / rate,
        "longest_stall_queueing_ms": queue_monitor.worst * 1000,
        "longest_stall_sending_ms": send_monitor.worst * 1000,
        "delay_p50_s": statistics.median(delays),
        "delay_p99_s": delays[int(len(delays) * 0.99) - 1],
        "total_seconds": finished - started,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=30.0)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds per Bot API call")
    args = parser.parse_args()
    figures = asyncio.run(run(args.count, args.rate, args.latency))
    width = max(len(name) for name in figures)
    for name, value in figures.items():
        print(
            f"{name:<{width}}  {value:,.3f}"
            if isinstance(value, float)
            else f"{name:<{width}}  {value}"
        )


if __name__ == "__main__":
    main()
