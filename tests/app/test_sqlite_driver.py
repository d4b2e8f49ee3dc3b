"""SQLite reads run on the event loop, but never long: a long read goes to the database
thread, and the answer is the same."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import aiosqlite
import pytest
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


class ThreadTrips:
    """Counts the calls aiosqlite sends to a connection's database thread."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        execute = aiosqlite.Connection._execute

        async def counted(
            connection: aiosqlite.Connection, fn: Any, *args: Any, **kwargs: Any
        ) -> Any:
            self.count += 1
            return await execute(connection, fn, *args, **kwargs)

        monkeypatch.setattr(aiosqlite.Connection, "_execute", counted)


def _value(path: Path) -> int:
    """t's first value, read by a connection of its own."""
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute("SELECT v FROM t WHERE id = 1").fetchone()[0])
    finally:
        connection.close()


async def test_a_session_that_only_reads_makes_no_trip_to_the_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = create_engine(_file(tmp_path / "reads.db"))
    trips = ThreadTrips(monkeypatch)
    try:
        factory = create_session_factory(engine)
        async with factory() as session:  # the pool's first connection is opened in the thread
            await session.exec(text("SELECT 1"))
        opened = trips.count
        assert opened > 0
        for _ in range(3):
            async with factory() as session:
                assert (await session.exec(text("SELECT v FROM t WHERE id = 2"))).one() == (1,)
                await session.commit()
        # Neither the sessions' commit and close nor the pool's check-in went there.
        assert trips.count == opened
    finally:
        await engine.dispose()


async def test_a_write_is_committed_and_a_rollback_undoes_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "writes.db"
    engine = create_engine(_file(path))
    trips = ThreadTrips(monkeypatch)
    try:
        factory = create_session_factory(engine)
        async with factory() as session:
            await session.exec(text("UPDATE t SET v = 1000 WHERE id = 1"))
            before = trips.count
            await session.commit()
            assert trips.count == before + 1  # the commit went to the thread
        assert _value(path) == 1000

        async with factory() as session:
            await session.exec(text("UPDATE t SET v = 2000 WHERE id = 1"))
            await session.rollback()
            assert (await session.exec(text("SELECT v FROM t WHERE id = 1"))).one() == (1000,)
        assert _value(path) == 1000

        # A write left open when its session closes is rolled back, not kept.
        async with factory() as session:
            await session.exec(text("UPDATE t SET v = 3000 WHERE id = 1"))
        assert _value(path) == 1000
        async with factory() as session:
            assert (await session.exec(text("SELECT v FROM t WHERE id = 1"))).one() == (1000,)
    finally:
        await engine.dispose()
