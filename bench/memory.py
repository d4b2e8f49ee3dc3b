"""A worker's memory: `python -m bench.scale worker` (start-up as `python -m bot run` does it, a
tick and the sender, then `--updates` people opening their menu) in a process of its own,
against a new SQLite file or a fresh PostgreSQL database, with the fake Bot API in this
process. Prints its resident set size imported, started, after the updates, and at its peak.

    .venv/bin/python -m bench.memory --updates 500
    .venv/bin/python -m bench.memory --updates 500 --postgres-url "$TEST_POSTGRES_URL"
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.fake_bot_api import FakeBotAPI
from bench.scale import ROOT, _print, create_database, drop_database

GOAL_MB = 230.0


async def run(updates: int, postgres_url: str | None, redis_url: str | None) -> dict[str, Any]:
    if postgres_url:
        url = await create_database(postgres_url)
    else:
        # A new file: the worker migrates it itself, as the embedded default does.
        url = f"sqlite+aiosqlite:///{Path(tempfile.mkdtemp(prefix='lotsen-bench-')) / 'w.db'}"
    api = FakeBotAPI()
    await api.start()
    try:
        command = ["-m", "bench.scale", "worker", "--database-url", url]
        command += ["--updates", str(updates), "--api-base", api.base]
        if redis_url:
            command += ["--redis-url", redis_url]
        process = await asyncio.create_subprocess_exec(
            sys.executable, *command, cwd=str(ROOT), stdout=asyncio.subprocess.PIPE
        )
        out, _ = await process.communicate()
        figures: dict[str, Any] = json.loads(out.decode().strip().splitlines()[-1])
        figures["menus_shown"] = len(api.sent("sendMessage"))
        figures["peak_to_goal"] = figures["peak_mb"] / GOAL_MB
        return figures
    finally:
        await api.stop()
        if postgres_url:
            await drop_database(postgres_url, url)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--updates", type=int, default=500)
    parser.add_argument("--postgres-url", help="measure on PostgreSQL instead of SQLite")
    parser.add_argument("--redis-url", help="dialog state in Redis (as several workers keep it)")
    args = parser.parse_args()
    _print(asyncio.run(run(args.updates, args.postgres_url, args.redis_url)))


if __name__ == "__main__":
    main()
