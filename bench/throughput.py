"""Whole-bot throughput: updates a second through long polling, as a ratio to a bare echo bot.

The fake Bot API (this process) holds messages "/menu" from `--people` members before the
bot starts. The bot, in a process of its own, is one of three, all polling with the same
concurrency:

- echo: a bare aiogram bot, one handler that answers the text;
- floor: the frameworks alone, with nothing of Lotsen's: aiogram-dialog on aiogram's
  MemoryStorage, no database, whose `/menu` starts (RESET_STACK) a window shaped like
  Lotsen's participant menu (a greeting with the member's name, six buttons a row each) and
  so makes the same two Bot API calls as Lotsen: the old menu's keyboard removed
  (editMessageReplyMarkup) and the new menu sent;
- Lotsen as `python -m bot run` starts it (SQLite file, or `--database-url`).

The rate is counted on the fake API's clock, from the first getUpdates to the last reply;
runs alternate echo, floor, Lotsen, echo, floor, Lotsen... and each round gives the ratios
Lotsen / echo and floor / echo. What floor / echo falls short of the goal is lost before
Lotsen's own code runs.

Lotsen gets `--updates` messages a run, the echo bot `--echo-updates` (ten times as many by
default) and the floor `--floor-updates` (four times as many): they answer several times
faster, and an echo run of 600 was over in a third of a second, a third of it spent building
the aiogram types it uses. Before the rounds, one Lotsen run that is not counted gives every
member a menu, so each counted /menu replaces one (its keyboard removed), as in steady use;
the floor keeps its dialogs in memory, so its first `--people` menus of each run have none
to replace and are left out of its warm figures. The warm figures leave out the first tenth
of each run's replies, and with it what a process does once. Each bot's CPU time a reply, over those same replies
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
from dataclasses import dataclass
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


async def _floor_bot(api_base: str) -> None:
    """The frameworks' floor: aiogram-dialog on MemoryStorage, a menu like Lotsen's, no database."""
    from aiogram import Dispatcher, Router
    from aiogram.filters import Command
    from aiogram.fsm.state import State, StatesGroup
    from aiogram.fsm.storage.memory import MemoryStorage, SimpleEventIsolation
    from aiogram.types import Message
    from aiogram_dialog import Dialog, DialogManager, ShowMode, StartMode, Window, setup_dialogs
    from aiogram_dialog.widgets.kbd import Button
    from aiogram_dialog.widgets.text import Const, Format

    from bot.factory import create_bot
    from bot.runners import ALLOWED_UPDATES, UPDATE_CONCURRENCY
    from rules.config import Settings

    class FloorSG(StatesGroup):
        main = State()

    async def home(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
        user = dialog_manager.middleware_data["event_from_user"]
        return {"name": user.first_name}

    # Lotsen's participant menu in Swedish: its greeting and its six buttons, a row each.
    buttons = [
        ("practice", "🗣 Öva svenska"),
        ("booking", "📅 Möten"),
        ("lots", "📞 Min lots"),
        ("plan", "📋 Min plan"),
        ("assessment", "📝 Självskattning"),
        ("settings", "⚙️ Inställningar"),
    ]
    menu = Dialog(
        Window(
            Format("Hej {name}! Vad vill du göra?"),
            *(Button(Const(text), id=widget_id) for widget_id, text in buttons),
            state=FloorSG.main,
            getter=home,
        )
    )

    async def open_menu(message: Message, dialog_manager: DialogManager) -> None:
        await dialog_manager.start(
            FloorSG.main, mode=StartMode.RESET_STACK, show_mode=ShowMode.SEND
        )

    commands = Router(name="commands")
    commands.message.register(open_menu, Command("menu"))
    settings = Settings(_env_file=None, bot_token="42:BENCH", telegram_api_base=api_base)  # type: ignore[call-arg]
    isolation = SimpleEventIsolation()
    dp = Dispatcher(storage=MemoryStorage(), events_isolation=isolation)
    dp.include_routers(commands, menu)
    setup_dialogs(dp, events_isolation=isolation)
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


# Calls every bot makes once as it starts, not in answer to an update.
STARTING = {"getMe", "deleteWebhook", "setMyCommands", "getUpdates"}


@dataclass
class Run:
    """One bot process's figures."""

    # Updates a second on the fake API's clock, over the whole run and once warm.
    rate: float
    warm_rate: float
    # The process's CPU milliseconds a reply once warm (None where /proc does not tell).
    cpu_ms: float | None
    # Bot API calls made a reply once warm (the reply itself, and any other the update made).
    calls: float


async def _run_once(kind: str, url: str, updates: int, people: int) -> Run:
    """One bot (`kind`: lotsen, echo or floor) answering `updates` messages "/menu"."""
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
    command = ["-m", "bot", "run"] if kind == "lotsen" else ["-m", "bench.throughput", kind]
    process = await asyncio.create_subprocess_exec(
        sys.executable, *command, cwd=str(ROOT), env=env, stdout=asyncio.subprocess.DEVNULL
    )
    # The floor's menus live in its process: its first menu for each member has no old one
    # whose keyboard it removes, so those are not counted as warm either.
    warm = updates // 10 + (people if kind == "floor" else 0)
    cpu: list[tuple[int, float | None, int]] = []
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
                cpu.append((replied, _cpu_seconds(process.pid), looked))
    finally:
        process.send_signal(signal.SIGTERM)
        await process.wait()
        await api.stop()
    first = api.sent("getUpdates")[0].at
    replies = api.sent("sendMessage")
    (start, start_cpu, start_call), (end, end_cpu, end_call) = cpu
    cpu_ms = None
    if start_cpu is not None and end_cpu is not None:
        cpu_ms = 1000 * (end_cpu - start_cpu) / (end - start)
    made = sum(call.method not in STARTING for call in api.calls[start_call:end_call])
    return Run(
        rate=updates / (replies[updates - 1].at - first),
        warm_rate=(updates - warm) / (replies[updates - 1].at - replies[warm - 1].at),
        cpu_ms=cpu_ms,
        calls=made / (end - start),
    )


async def run(
    updates: int,
    people: int,
    rounds: int,
    url: str | None,
    echo_updates: int | None = None,
    floor_updates: int | None = None,
) -> dict[str, Any]:
    if url is None:
        url = f"sqlite+aiosqlite:///{Path(tempfile.mkdtemp(prefix='lotsen-bench-')) / 'b.db'}"
    await _prepare_lotsen(url, people)
    await _run_once("lotsen", url, people, people)  # every member's first menu, not counted
    echo_updates = echo_updates or 10 * updates
    floor_updates = floor_updates or 4 * updates
    if floor_updates < 2 * people:
        raise ValueError("the floor needs at least twice --people updates: its first are not warm")
    echo, floor, lotsen = [], [], []
    for _ in range(rounds):
        echo.append(await _run_once("echo", url, echo_updates, people))
        floor.append(await _run_once("floor", url, floor_updates, people))
        lotsen.append(await _run_once("lotsen", url, updates, people))

    def ratios(runs: list[Run], figure: str) -> list[float]:
        return [getattr(a, figure) / getattr(b, figure) for a, b in zip(runs, echo, strict=True)]

    def cpu_ratios(runs: list[Run]) -> list[float]:
        # The echo bot's CPU a reply over this bot's: the rate ratio a machine with a core to
        # spare for each would show.
        return [
            round(b.cpu_ms / a.cpu_ms, 3)
            for a, b in zip(runs, echo, strict=True)
            if a.cpu_ms and b.cpu_ms
        ]

    figures: dict[str, Any] = {
        "database": url.split(":")[0],
        "updates_each_run": f"{updates} (echo {echo_updates}, floor {floor_updates})",
        "goal": f"Lotsen / echo >= {GOAL}",
    }
    for name, runs in (("echo", echo), ("floor", floor), ("lotsen", lotsen)):
        figures[f"{name}_updates_a_second"] = [round(r.rate, 1) for r in runs]
        # What each process builds on first use (aiogram's types: bot/telegram_types.py) is
        # in the figures above, and left out of these.
        figures[f"warm_{name}"] = [round(r.warm_rate, 1) for r in runs]
        figures[f"cpu_ms_a_reply_{name}"] = [_rounded(r.cpu_ms) for r in runs]
        figures[f"api_calls_a_reply_{name}"] = [round(r.calls, 2) for r in runs]
    for name, runs in (("floor", floor), ("lotsen", lotsen)):
        whole, warm, cpu = ratios(runs, "rate"), ratios(runs, "warm_rate"), cpu_ratios(runs)
        figures[f"{name}_ratios"] = [round(r, 3) for r in whole]
        figures[f"{name}_median_ratio"] = round(statistics.median(whole), 3)
        figures[f"{name}_warm_ratios"] = [round(r, 3) for r in warm]
        figures[f"{name}_warm_median_ratio"] = round(statistics.median(warm), 3)
        figures[f"{name}_cpu_ratios"] = cpu
        figures[f"{name}_cpu_median_ratio"] = round(statistics.median(cpu), 3) if cpu else None
    # Lotsen's share of the floor: what Lotsen's own code leaves of what the frameworks allow.
    of_floor = [a.warm_rate / b.warm_rate for a, b in zip(lotsen, floor, strict=True)]
    figures["lotsen_of_floor_warm"] = [round(r, 3) for r in of_floor]
    return figures


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", nargs="?", choices=["all", "echo", "floor"], default="all")
    parser.add_argument("--updates", type=int, default=600, help="Lotsen's updates a run")
    parser.add_argument(
        "--echo-updates", type=int, help="the echo bot's updates a run (ten times --updates)"
    )
    parser.add_argument(
        "--floor-updates", type=int, help="the floor bot's updates a run (four times --updates)"
    )
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--database-url", help="a database to use instead of a new SQLite file")
    args = parser.parse_args()
    if args.command == "echo":
        asyncio.run(_echo_bot(os.environ["TELEGRAM_API_BASE"]))
        return
    if args.command == "floor":
        asyncio.run(_floor_bot(os.environ["TELEGRAM_API_BASE"]))
        return
    figures = asyncio.run(
        run(
            args.updates,
            args.people,
            args.rounds,
            args.database_url,
            args.echo_updates,
            args.floor_updates,
        )
    )
    for name, value in figures.items():
        print(f"{name:<28} {value}")


if __name__ == "__main__":
    main()
