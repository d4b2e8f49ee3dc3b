"""Whole-bot throughput: updates a second through long polling, as a ratio to a bare echo bot.

The fake Bot API (this process) holds messages "/menu" from `--people` members before the
bot starts. The bot, in a process of its own, is either Lotsen as `python -m bot run` starts
it (SQLite file, or `--database-url`) or a bare aiogram echo bot (one handler: answer the
text), both polling with the same concurrency. The rate is counted on the fake API's clock,
from the first getUpdates to the last reply; runs alternate echo, Lotsen, echo, Lotsen...
and each round gives a ratio, Lotsen / echo.

Lotsen gets `--updates` messages a run, the echo bot `--echo-updates` (ten times as many by
default): it answers several times faster, and a run of 600 was over in a third of a second,
a third of it spent building the aiogram types it uses. Before the rounds, one Lotsen run that
is not counted gives every member a menu, so each counted /menu replaces one (its keyboard
removed), as in steady use. The warm figures leave out the first tenth of each run's replies,
and with it what a process does once. Each bot's CPU time a reply, over those same replies
(Linux: /proc), is printed too: it does not depend on what else the machine runs.

    .venv/bin/python -m bench.throughput --updates 600 --rounds 3
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.fake_bot_api import FakeBotAPI
from bench.population import FIRST_TELEGRAM_ID
from bench.scale import ROOT

GOAL = 0.25


async def _echo_bot(api_base: str) -> None:
    from aiogram import Dispatcher
    from aiogram.types import Message

    from bot.factory import create_bot
    from bot.runners import ALLOWED_UPDATES, UPDATE_CONCURRENCY
    from rules.config import Settings

    settings = Settings(_env_file=None, bot_token="42:BENCH", telegram_api_base=api_base)  # type: ignore[call-arg]
    dp = Dispatcher()

    @dp.message()
    async def echo(message: Message) -> None:
        await message.answer(message.text or "")

    bot = create_bot(settings)
    await dp.start_polling(
        bot, allowed_updates=ALLOWED_UPDATES, tasks_concurrency_limit=UPDATE_CONCURRENCY
    )


async def _prepare_lotsen(url: str, people: int) -> None:
    from bench.population import add_participants
    from storage.db import create_engine, create_session_factory
    from storage.migrate import upgrade

    await upgrade(url)
    engine = create_engine(url)
    now = datetime.now(UTC)
    async with create_session_factory(engine)() as session:
        await add_participants(session, count=people, now=now, due=datetime(2100, 1, 1, tzinfo=UTC))
    await engine.dispose()


def _cpu_seconds(pid: int) -> float | None:
    """The CPU time a process has used so far (user and system), where /proc tells it."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _run_once(
    kind: str, url: str, updates: int, people: int
) -> tuple[float, float, float | None]:
    """Updates a second handled by one bot process, on the fake API's clock: over the whole
    run, and once warm (from the reply to the first tenth of the updates to the last); and
    the process's CPU milliseconds a reply once warm."""
    api = FakeBotAPI()
    await api.start()
    for n in range(updates):
        api.push_message(FIRST_TELEGRAM_ID + n % people, "/menu", language_code="sv")
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "BOT_TOKEN": "42:BENCH",
        "DATABASE_URL": url,
        "TELEGRAM_API_BASE": api.base,
        "LOG_LEVEL": "WARNING",
        "THROTTLE_MESSAGES": "1000000",
    }
    command = ["-m", "bot", "run"] if kind == "lotsen" else ["-m", "bench.throughput", "echo"]
    process = await asyncio.create_subprocess_exec(
        sys.executable, *command, cwd=str(ROOT), env=env, stdout=asyncio.subprocess.DEVNULL
    )
    warm = updates // 10
    cpu: list[tuple[int, float | None]] = []
    replied = looked = 0
    try:
        async with asyncio.timeout(600):
            for mark in (warm, updates):
                while replied < mark:
                    # Counted as the bench polls: the fake API has no event for it.
                    await asyncio.sleep(0.01)
                    calls = api.calls[looked:]
                    looked += len(calls)
                    replied += sum(call.method == "sendMessage" for call in calls)
                cpu.append((replied, _cpu_seconds(process.pid)))
    finally:
        process.send_signal(signal.SIGTERM)
        await process.wait()
        await api.stop()
    first = api.sent("getUpdates")[0].at
    replies = api.sent("sendMessage")
    (start, start_cpu), (end, end_cpu) = cpu
    cpu_ms = None
    if start_cpu is not None and end_cpu is not None:
        cpu_ms = 1000 * (end_cpu - start_cpu) / (end - start)
    return (
        updates / (replies[updates - 1].at - first),
        (updates - warm) / (replies[updates - 1].at - replies[warm - 1].at),
        cpu_ms,
    )


async def run(
    updates: int, people: int, rounds: int, url: str | None, echo_updates: int | None = None
) -> dict[str, Any]:
    if url is None:
        url = f"sqlite+aiosqlite:///{Path(tempfile.mkdtemp(prefix='lotsen-bench-')) / 'b.db'}"
    await _prepare_lotsen(url, people)
    await _run_once("lotsen", url, people, people)  # every member's first menu, not counted
    echo_updates = echo_updates or 10 * updates
    echo, lotsen = [], []
    for _ in range(rounds):
        echo.append(await _run_once("echo", url, echo_updates, people))
        lotsen.append(await _run_once("lotsen", url, updates, people))
    ratios = [a[0] / b[0] for a, b in zip(lotsen, echo, strict=True)]
    warm_ratios = [a[1] / b[1] for a, b in zip(lotsen, echo, strict=True)]
    # The echo bot's CPU a reply over Lotsen's: the rate ratio a machine with a core to spare
    # for each would show.
    cpu_ratios = [round(b[2] / a[2], 3) for a, b in zip(lotsen, echo, strict=True) if a[2] and b[2]]
    return {
        "database": url.split(":")[0],
        "updates_each_run": f"{updates} (echo {echo_updates})",
        "echo_updates_a_second": [round(r[0], 1) for r in echo],
        "lotsen_updates_a_second": [round(r[0], 1) for r in lotsen],
        "ratios": [round(r, 3) for r in ratios],
        "median_ratio": statistics.median(ratios),
        "goal": f">= {GOAL}",
        # What each process builds on first use (aiogram's types: bot/telegram_types.py) is
        # in the figures above, and left out of these.
        "warm_echo": [round(r[1], 1) for r in echo],
        "warm_lotsen": [round(r[1], 1) for r in lotsen],
        "warm_ratios": [round(r, 3) for r in warm_ratios],
        "warm_median_ratio": statistics.median(warm_ratios),
        "cpu_ms_a_reply_echo": [_rounded(r[2]) for r in echo],
        "cpu_ms_a_reply_lotsen": [_rounded(r[2]) for r in lotsen],
        "cpu_ratios": cpu_ratios,
        "cpu_median_ratio": statistics.median(cpu_ratios) if cpu_ratios else None,
    }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", nargs="?", choices=["all", "echo"], default="all")
    parser.add_argument("--updates", type=int, default=600, help="Lotsen's updates a run")
    parser.add_argument(
        "--echo-updates", type=int, help="the echo bot's updates a run (ten times --updates)"
    )
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--database-url", help="a database to use instead of a new SQLite file")
    args = parser.parse_args()
    if args.command == "echo":
        asyncio.run(_echo_bot(os.environ["TELEGRAM_API_BASE"]))
        return
    figures = asyncio.run(
        run(args.updates, args.people, args.rounds, args.database_url, args.echo_updates)
    )
    for name, value in figures.items():
        print(f"{name:<24} {value}")


if __name__ == "__main__":
    main()
