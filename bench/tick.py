"""The scheduler's tick over a region's record with a year of self-assessment rounds.

100,000 participants (bench/population.py) with four weeks of check-ins, 13 self-assessment
rounds each (a year at the default rhythm of four weeks, 1.3 million rows) and one in ten
gone from their programme long ago: the tick with nothing due, its time as a ratio to a
`SELECT 1` round trip, and the plan of every query it runs, naming any full scan of a big
table. Measured twice: on fresh tables, and after ANALYZE has given the planner statistics
(SQLite's planner then picks differently). On a new SQLite file by default, or on a fresh
PostgreSQL database beside `--postgres-url`.

    .venv/bin/python -m bench.tick --participants 100000
    .venv/bin/python -m bench.tick --participants 100000 --postgres-url "$TEST_POSTGRES_URL"
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.population import add_population
from bench.scale import _print, create_database, drop_database, measure_tick
from rules.config import Settings
from storage.db import create_engine

GOAL_MS = 20.0


async def run(
    participants: int, rounds: int, ended: int, runs: int, postgres_url: str | None
) -> dict[str, Any]:
    if postgres_url:
        url = await create_database(postgres_url)
    else:
        from storage.migrate import upgrade

        folder = Path(tempfile.mkdtemp(prefix="lotsen-bench-"))
        url = f"sqlite+aiosqlite:///{folder / 'bench.db'}"
        await upgrade(url)
    try:
        now = datetime.now(UTC)
        started = time.perf_counter()
        engine = create_engine(url)
        await add_population(engine, count=participants, now=now, rounds=rounds, ended=ended)
        figures: dict[str, Any] = {"population_seconds": time.perf_counter() - started}
        settings = Settings(_env_file=None, database_url=url)  # type: ignore[call-arg]
        if engine.dialect.name == "sqlite":
            figures["before ANALYZE"] = await measure_tick(url, settings, now, runs)
            async with engine.connect() as connection:
                await connection.exec_driver_sql("ANALYZE")
                await connection.commit()
        await engine.dispose()
        figures["after ANALYZE"] = await measure_tick(url, settings, now, runs)
        figures["goal"] = f"tick <= {GOAL_MS:g} ms, no full scan of a big table"
        return figures
    finally:
        if postgres_url:
            await drop_database(postgres_url, url)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=13, help="self-assessment rounds each")
    parser.add_argument(
        "--ended", type=int, help="people whose programme ended (default: one in ten)"
    )
    parser.add_argument("--runs", type=int, default=15, help="ticks timed (median)")
    parser.add_argument("--postgres-url", help="measure on PostgreSQL instead of SQLite")
    args = parser.parse_args()
    ended = args.participants // 10 if args.ended is None else args.ended
    _print(asyncio.run(run(args.participants, args.rounds, ended, args.runs, args.postgres_url)))


if __name__ == "__main__":
    main()
