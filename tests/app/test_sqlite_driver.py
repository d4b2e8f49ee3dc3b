"""SQLite reads run on the event loop, but never long: a long read goes to the database
thread, and the answer is the same."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import text

from storage.db import create_engine, create_session_factory


def _file(path: Path) -> str:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v INTEGER)")
    connection.executemany("INSERT INTO t (v) VALUES (?)", [(n,) for n in range(600)])
    connection.commit()
    connection.close()
    return f"sqlite+aiosqlite:///{path}"


async def test_a_long_read_moves_to_the_thread_and_gives_the_whole_answer(tmp_path: Path) -> None:
    engine = create_engine(_file(tmp_path / "long.db"))
    try:
        async with create_session_factory(engine)() as session:
            # 360,000 pairs: far past what a read may take on the loop.
            pairs = (await session.exec(text("SELECT count(*) FROM t a, t b"))).one()
            assert pairs == (360_000,)
            rows = (await session.exec(text("SELECT v FROM t ORDER BY v"))).all()
            assert [row[0] for row in rows] == list(range(600))
    finally:
        await engine.dispose()


async def test_a_read_inside_a_transaction_sees_its_own_writes(tmp_path: Path) -> None:
    engine = create_engine(_file(tmp_path / "own.db"))
    try:
        factory = create_session_factory(engine)
        async with factory() as session:
            await session.exec(text("UPDATE t SET v = 1000 WHERE id = 1"))
            assert (await session.exec(text("SELECT v FROM t WHERE id = 1"))).one() == (1000,)
            await session.rollback()
            assert (await session.exec(text("SELECT v FROM t WHERE id = 1"))).one() == (0,)
    finally:
        await engine.dispose()
