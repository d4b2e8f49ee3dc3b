"""Scale-out benchmark: a region's record on PostgreSQL, two workers sending through Redis.

On a fresh PostgreSQL database filled with `--participants` people and their history
(bench/population.py), it measures:

1. the scheduler's tick when nothing is due (what runs every 30 s): its time, as a ratio to
   a bare `SELECT 1` round trip, and EXPLAIN ANALYZE of every query the tick runs, naming
   any sequential scan of a table;
2. fan-out: `--fanout` check-ins due at once, queued by one tick and delivered by two
   `python -m bot deliver` processes sharing the rate limit in Redis, through the fake
   Bot API enforcing `--rate` a second overall and one a second per chat: the rate achieved
   as a ratio to the limit (measured on the fake API's clock), 429s, lost and duplicated;
3. the memory of a worker (`python -m bench.scale worker`, a process of its own): start-up
   as `python -m bot run` does it, a tick and the sender over the whole record, and
   `--updates` people opening their menu; its resident set size, with that of a bare Python
   that has only imported the bot as the baseline.

    .venv/bin/python -m bench.scale --postgres-url postgresql+asyncpg://postgres@127.0.0.1:5432/test \
        --redis-url redis://127.0.0.1:6379/10 --participants 100000 --fanout 3000
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import json
import os
import statistics
import sys
import time
import uuid
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, text, update
from sqlmodel import col, select

import dialogs
from bench.fake_bot_api import FakeBotAPI
from bench.population import FIRST_TELEGRAM_ID, add_population
from rules.clock import FakeClock, SystemClock
from rules.config import Settings
from scheduler.runner import Ticks
from storage.checkins import CheckinPlan
from storage.db import create_engine, create_session_factory
from storage.outbox import OutboxMessage
from storage.people import Person

ROOT = Path(__file__).resolve().parent.parent
# A table this big read whole on every tick is a finding.
BIG_TABLE = 10_000
# Plan nodes that read a whole table (or all of an index over it).
FULL_SCANS = ("Seq Scan", "Full Index Scan")


def _resident() -> dict[str, float]:
    """This process's resident set size now and at its peak, in MB (Linux)."""
    figures = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmRSS", "VmHWM"):
            figures[name] = int(value.split()[0]) / 1024
    return figures


async def _admin(url: str, sql: str) -> None:
    import asyncpg  # here: a worker on SQLite (`worker`, below) never imports it

    connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


async def create_database(base_url: str) -> str:
    """A fresh, migrated database beside `base_url`'s; its URL."""
    name = f"lotsen_bench_{uuid.uuid4().hex[:8]}"
    await _admin(base_url, f'CREATE DATABASE "{name}"')
    url = base_url.rsplit("/", 1)[0] + "/" + name
    # Here, not at the top: the worker process imports this module, and workers on
    # PostgreSQL never import Alembic.
    from storage.migrate import upgrade

    await upgrade(url)
    return url


async def drop_database(base_url: str, url: str) -> None:
    await _admin(base_url, f'DROP DATABASE "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


def _scans(plan: dict[str, Any]) -> list[tuple[str, str, float]]:
    """(node type, relation, rows) for each scan in an EXPLAIN (FORMAT JSON) plan."""
    found = []
    if "Relation Name" in plan:
        found.append((plan["Node Type"], plan["Relation Name"], plan.get("Plan Rows", 0)))
    for child in plan.get("Plans", []):
        found.extend(_scans(child))
    return found


def _sqlite_scans(rows: list[Any]) -> list[tuple[str, str, float]]:
    """(kind, table, 0) for each table access in SQLite's EXPLAIN QUERY PLAN: "Seq Scan" when
    it reads the whole table, "Full Index Scan" when it reads all of an index, "Index Search" when
    it reads only the rows an index finds."""
    found = []
    for row in rows:
        words = row[-1].split()
        if words[0] not in ("SCAN", "SEARCH") or not words[1].isidentifier():
            continue  # a constant row, a subquery's result, a temporary b-tree
        if words[1] == "CONSTANT":
            continue
        if words[0] == "SEARCH":
            kind = "Index Search"
        else:
            kind = "Full Index Scan" if "INDEX" in words else "Seq Scan"
        found.append((kind, words[1], 0.0))
    return found


async def _explain(connection: Any, statement: str, parameters: Any) -> dict[str, Any]:
    """One query's plan: PostgreSQL's EXPLAIN ANALYZE, or SQLite's EXPLAIN QUERY PLAN with
    the query's own time."""
    query = " ".join(statement.split())[:110]
    if connection.dialect.name == "sqlite":
        rows = (
            await connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        ).all()
        started = time.perf_counter()
        (await connection.exec_driver_sql(statement, parameters)).all()
        ms = (time.perf_counter() - started) * 1000
        return {
            "query": query,
            "ms": ms,
            "scans": _sqlite_scans(rows),
            "plan": [row[-1] for row in rows],
        }
    result = await connection.exec_driver_sql(
        "EXPLAIN (ANALYZE, FORMAT JSON) " + statement, parameters
    )
    explained = result.scalar_one()
    explained = json.loads(explained) if isinstance(explained, str) else explained
    top = explained[0]
    return {"query": query, "ms": top["Execution Time"], "scans": _scans(top["Plan"])}


async def measure_tick(url: str, settings: Settings, now: datetime, runs: int) -> dict[str, Any]:
    """The tick with nothing due: its median time, the round-trip baseline, and its plans."""
    engine = create_engine(url)
    factory = create_session_factory(engine)
    ticks = Ticks(
        outgoing=dialogs.outgoing(),
        session_factory=factory,
        clock=FakeClock(now),
        settings=settings,
    )
    statements: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    assert await ticks.queue_due() == 0, "something is due: the population should leave it idle"
    event.listen(engine.sync_engine, "before_cursor_execute", capture)
    assert await ticks.queue_due() == 0
    event.remove(engine.sync_engine, "before_cursor_execute", capture)

    tick_times, round_trips = [], []
    for _ in range(runs):  # interleaved, so the machine's noise hits both alike
        started = time.perf_counter()
        await ticks.queue_due()
        tick_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        async with factory() as session:
            await session.exec(select(1))  # type: ignore[call-overload]
        round_trips.append(time.perf_counter() - started)

    plans = []
    async with engine.connect() as connection:
        for statement, parameters in statements:
            plans.append(await _explain(connection, statement, parameters))
        counts = {}
        scanned = {relation for plan in plans for _, relation, _ in plan["scans"]}
        for table in sorted(scanned | {"person", "checkin", "outbox"}):
            counts[table] = (
                await connection.execute(text(f"SELECT count(*) FROM {table}"))
            ).scalar_one()
        await connection.rollback()
    # The silence watch runs every 15 minutes, over everyone: its time, once.
    started = time.perf_counter()
    await ticks.watch_silence()
    silence = time.perf_counter() - started
    await engine.dispose()
    tick = statistics.median(tick_times)
    trip = statistics.median(round_trips)
    return {
        "rows": counts,
        "tick_ms": tick * 1000,
        "round_trip_ms": trip * 1000,
        "tick_per_round_trip": tick / trip,
        "queries": len(statements),
        "plans": plans,
        "seq_scans_of_big_tables": [
            f"{relation} ({counts[relation]:,.0f} rows)"
            for plan in plans
            for node, relation, _ in plan["scans"]
            if node in FULL_SCANS and counts.get(relation, BIG_TABLE) >= BIG_TABLE
        ],
        "watch_silence_ms": silence * 1000,
    }


async def measure_fanout(
    url: str, redis_url: str, count: int, rate: float, latency: float
) -> dict[str, Any]:
    """`count` check-ins due now, delivered by two sender processes sharing one limit."""
    engine = create_engine(url)
    factory = create_session_factory(engine)
    chats = [FIRST_TELEGRAM_ID + n for n in range(count)]
    now = datetime.now(UTC)
    async with factory() as session:
        chosen = select(Person.id).where(col(Person.telegram_id).in_(chats))
        await session.exec(
            update(CheckinPlan)
            .where(col(CheckinPlan.participant_id).in_(chosen))
            .values(next_due_at=now)
        )
        await session.commit()
    async with factory() as session:
        before = (await session.exec(select(func.max(OutboxMessage.id)))).one() or 0
    settings = Settings(_env_file=None, database_url=url)  # type: ignore[call-arg]
    ticks = Ticks(
        outgoing=dialogs.outgoing(), session_factory=factory, clock=SystemClock(), settings=settings
    )
    started = time.perf_counter()
    queued = await ticks.queue_due()
    queue_seconds = time.perf_counter() - started

    api = FakeBotAPI(overall_per_second=rate, per_chat_per_second=1, latency=latency)
    # The fake API stands for Telegram's clock. A full garbage collection of this process
    # (every library the bench imports) stalls it for a quarter of a second; the sends that
    # arrive meanwhile would then be timed together, a burst no worker made. Keep what exists
    # now out of the collector, as a worker does after start-up.
    gc.collect()
    gc.freeze()
    await api.start()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DATABASE_URL": url,
        "REDIS_URL": redis_url,
        "TELEGRAM_API_BASE": api.base,
        "BOT_TOKEN": "42:BENCH",
        "SEND_RATE": str(rate),
        "LOG_LEVEL": "WARNING",
    }
    workers = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "deliver", cwd=str(ROOT), env=env
        )
        for _ in range(2)
    ]
    codes = [await worker.wait() for worker in workers]
    await api.stop()
    gc.unfreeze()

    sends = api.sent("sendMessage")
    per_chat = Counter(int(call.params["chat_id"]) for call in sends)
    async with factory() as session:
        statuses = Counter(
            (
                await session.exec(
                    select(OutboxMessage.status).where(col(OutboxMessage.id) > before)
                )
            ).all()
        )
    await engine.dispose()
    first, last = sends[0].at, sends[-1].at
    gaps = sorted(b.at - a.at for a, b in itertools.pairwise(sends))
    achieved = (len(sends) - 1) / (last - first) if last > first else float(len(sends))
    times = sorted(call.at for call in sends)
    busiest, start = 0, 0
    for end, at in enumerate(times):
        while at - times[start] >= 1.0:
            start += 1
        busiest = max(busiest, end - start + 1)
    return {
        "queued": queued,
        "queue_seconds": queue_seconds,
        "worker_exit_codes": codes,
        "delivered": sum(1 for chat in chats if per_chat[chat]),
        "sent_rows": statuses.get("sent", 0),
        "lost": sum(1 for chat in chats if not per_chat[chat]),
        # Each sent row is one accepted call: any call beyond them sent a row twice.
        "duplicated": len(sends) - statuses.get("sent", 0),
        "rejected_429": api.rejected,
        "rejections": [
            f"{why} to {chat} at {at - first:.3f} s"
            for why, (at, chat) in zip(api.rejections, api.rejected_calls, strict=True)
        ],
        "busiest_second": busiest,
        "rate_per_second": achieved,
        "ratio_to_limit": achieved / rate,
        "seconds": last - first,
        "longest_gaps_s": [round(gap, 3) for gap in gaps[-5:]],
    }


async def worker(url: str, redis_url: str | None, updates: int, api_base: str) -> dict[str, float]:
    """One worker as `python -m bot run` builds it, then a tick, the sender and `updates` menus.

    The fake Bot API runs in the parent process, so this one holds only what a worker holds.
    """
    from aiogram.types import Chat, Message, Update, User

    from bot.runners import prepare

    baseline = _resident()["VmRSS"]
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token="42:BENCH",
        database_url=url,
        redis_url=redis_url or None,
        telegram_api_base=api_base,
        send_rate=1_000,
    )
    bot, dp = await prepare(settings)
    await dp.emit_startup(bot=bot)  # commands, leadership, a tick and a send, the scheduler
    started = _resident()["VmRSS"]
    for n in range(updates):
        user = User(id=FIRST_TELEGRAM_ID + n, is_bot=False, first_name="P", language_code="sv")
        message = Message(
            message_id=n + 1,
            date=datetime.now(UTC),
            chat=Chat(id=user.id, type="private"),
            from_user=user,
            text="/menu",
        )
        await dp.feed_update(bot, Update(update_id=n + 1, message=message))
    figures = _resident()
    await dp.emit_shutdown(bot=bot)
    await bot.session.close()
    return {
        "imported_mb": baseline,
        "started_mb": started,
        "after_updates_mb": figures["VmRSS"],
        "peak_mb": figures["VmHWM"],
    }


async def run(args: argparse.Namespace) -> dict[str, Any]:
    url = await create_database(args.postgres_url)
    try:
        now = datetime.now(UTC)
        started = time.perf_counter()
        engine = create_engine(url)
        await add_population(engine, count=args.participants, now=now)
        await engine.dispose()
        figures: dict[str, Any] = {"population_seconds": time.perf_counter() - started}
        settings = Settings(_env_file=None, database_url=url)  # type: ignore[call-arg]
        figures["tick"] = await measure_tick(url, settings, now, args.runs)
        if args.fanout:
            figures["fanout"] = await measure_fanout(
                url, args.redis_url, args.fanout, args.rate, args.latency
            )
        if args.updates:
            api = FakeBotAPI()
            await api.start()
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bench.scale",
                "worker",
                "--database-url",
                url,
                "--redis-url",
                args.redis_url,
                "--updates",
                str(args.updates),
                "--api-base",
                api.base,
                cwd=str(ROOT),
                stdout=asyncio.subprocess.PIPE,
            )
            out, _ = await process.communicate()
            await api.stop()
            figures["worker"] = json.loads(out.decode().strip().splitlines()[-1])
            figures["worker"]["menus_shown"] = len(api.sent("sendMessage"))
        return figures
    finally:
        await drop_database(args.postgres_url, url)


def _print(figures: dict[str, Any], indent: str = "") -> None:
    for name, value in figures.items():
        if isinstance(value, dict):
            print(f"{indent}{name}:")
            _print(value, indent + "  ")
        elif name == "plans":
            for plan in value:
                scans = ", ".join(f"{node} on {relation}" for node, relation, _ in plan["scans"])
                print(
                    f"{indent}  {plan['ms']:7.2f} ms  {scans}\n{indent}             {plan['query']}"
                )
                for line in plan.get("plan", []):
                    print(f"{indent}               {line}")
        elif isinstance(value, float):
            print(f"{indent}{name:<28} {value:,.3f}")
        else:
            print(f"{indent}{name:<28} {value}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", nargs="?", choices=["all", "worker"], default="all")
    parser.add_argument("--postgres-url", default=os.environ.get("TEST_POSTGRES_URL"))
    parser.add_argument("--redis-url", default=os.environ.get("TEST_REDIS_URL"))
    parser.add_argument("--database-url", help="worker: the database to run against")
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15, help="ticks timed (median)")
    parser.add_argument("--fanout", type=int, default=3_000, help="check-ins due at once")
    parser.add_argument("--rate", type=float, default=30.0)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds per Bot API call")
    parser.add_argument("--updates", type=int, default=500, help="worker: menus opened")
    parser.add_argument("--api-base", help="worker: the fake Bot API to talk to")
    args = parser.parse_args()
    if args.command == "worker":
        if not args.database_url:
            parser.error("worker: --database-url is needed")
        print(
            json.dumps(
                asyncio.run(worker(args.database_url, args.redis_url, args.updates, args.api_base))
            )
        )
        return
    if not args.redis_url or not args.postgres_url:
        parser.error("PostgreSQL and Redis are needed: --postgres-url and --redis-url")
    _print(asyncio.run(run(args)))


if __name__ == "__main__":
    main()
