"""The embedded SQLite driver: reads, one-row writes and their commits run on the event loop,
but never long and never waiting there: a long read, or a statement that meets another
connection's write lock (a command-line run, a second bot by mistake), goes to the database
thread, and the answer is the same. A commit on the loop never checkpoints: the WAL is
checkpointed in the thread, and stays bounded."""

from __future__ import annotations

import asyncio
import itertools
import os
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite
import pytest
from sqlalchemy import bindparam, insert, select, text, update

from storage import sqlite_driver
from storage.db import ONE_ROW, create_engine, create_session_factory
from storage.migrate import upgrade
from storage.people import Person


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


NOW = datetime(2026, 12, 6, 9, tzinfo=UTC)
PERSON = Person.__table__  # type: ignore[attr-defined]
RENAME = (
    update(PERSON)
    .where(PERSON.c.telegram_id == bindparam("who"))
    .values(display_name=bindparam("name"))
    .execution_options(**{ONE_ROW: True})
)


@pytest.fixture
async def database(tmp_path: Path) -> AsyncIterator[tuple[str, Path]]:
    path = tmp_path / "driver.db"
    url = f"sqlite+aiosqlite:///{path}"
    await upgrade(url)
    engine = create_engine(url)
    async with create_session_factory(engine)() as session:
        session.add(
            Person(
                telegram_id=7,
                role="participant",
                locale="sv",
                timezone="Europe/Stockholm",
                created_at=NOW,
                display_name="A",
            )
        )
        await session.commit()
    await engine.dispose()
    yield url, path


def _hold_write_lock(path: Path) -> sqlite3.Connection:
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


async def _loop_keeps_running(until: asyncio.Event) -> int:
    """Ticks of 5 ms counted while `until` is not set: a blocked loop counts none."""
    ticks = 0
    while not until.is_set():
        await asyncio.sleep(0.005)
        ticks += 1
    return ticks


def _name_in_file(path: Path) -> str:
    with sqlite3.connect(path) as plain:
        return str(
            plain.execute("SELECT display_name FROM person WHERE telegram_id = 7").fetchone()[0]
        )


async def test_a_one_row_write_waits_for_the_lock_in_the_thread_not_on_the_loop(
    database: tuple[str, Path],
) -> None:
    url, path = database
    engine = create_engine(url)
    other = _hold_write_lock(path)
    done = asyncio.Event()
    ticker = asyncio.create_task(_loop_keeps_running(done))

    async def rename() -> None:
        async with create_session_factory(engine)() as session:
            await session.exec(RENAME, params={"who": 7, "name": "B"})
            await session.commit()
        done.set()

    writer = asyncio.create_task(rename())
    await asyncio.sleep(0.3)
    assert not writer.done(), "the write went ahead while another connection held the lock"
    other.execute("COMMIT")
    other.close()
    await asyncio.wait_for(writer, 10)
    ticks = await ticker
    await engine.dispose()

    assert _name_in_file(path) == "B"
    # The loop went on while the write waited (about 60 ticks of 5 ms in 0.3 s).
    assert ticks >= 20


async def test_an_unmarked_write_and_a_rollback_still_go_through_the_thread(
    database: tuple[str, Path],
) -> None:
    url, path = database
    engine = create_engine(url)
    async with create_session_factory(engine)() as session:
        await session.exec(RENAME, params={"who": 7, "name": "D"})
        await session.rollback()
    async with create_session_factory(engine)() as session:
        await session.exec(
            insert(PERSON).values(
                telegram_id=8,
                role="participant",
                locale="sv",
                created_at=NOW,
                active=True,
                timezone="Europe/Stockholm",
            )
        )
        await session.commit()
    await engine.dispose()

    assert _name_in_file(path) == "A"  # the rolled back rename left nothing
    with sqlite3.connect(path) as plain:
        assert plain.execute("SELECT count(*) FROM person").fetchone()[0] == 2


async def test_a_read_that_meets_the_lock_or_runs_long_is_answered_from_the_thread(
    database: tuple[str, Path],
) -> None:
    url, path = database
    engine = create_engine(url)
    other = _hold_write_lock(path)
    other.execute("UPDATE person SET display_name = 'E' WHERE telegram_id = 7")
    async with create_session_factory(engine)() as session:
        # WAL: a reader is not blocked by a writer; it sees the last commit.
        name = (await session.exec(select(PERSON.c.display_name))).one()[0]
        assert name == "A"
        # A read far over the loop's budget (a million-row recursive count) still answers.
        counted = await session.exec(
            text(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)"
                " SELECT count(*) FROM n"
            )
        )
        assert counted.one()[0] == 1_000_000
    other.execute("ROLLBACK")
    other.close()
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


async def test_a_one_row_write_and_its_commit_with_the_lock_free_run_without_the_thread(
    database: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, path = database
    engine = create_engine(url)
    factory = create_session_factory(engine)
    async with factory() as session:
        # The WAL file is new: its first commit writes and syncs its header, in the thread.
        await session.exec(RENAME, params={"who": 7, "name": "B"})
        await session.commit()
    trips = ThreadTrips(monkeypatch)
    async with factory() as session:
        await session.exec(RENAME, params={"who": 7, "name": "C"})
        await session.commit()
    assert trips.count == 0
    await engine.dispose()
    assert _name_in_file(path) == "C"


async def test_a_one_row_write_of_a_few_rows_at_once_runs_on_the_loop_and_many_do_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog state of the updates handled together is written row by row by its key
    (executemany): up to LOOP_ROWS rows on the loop, more in the thread, all of them kept."""
    path = tmp_path / "many.db"
    engine = create_engine(_file(path))
    set_value = text("UPDATE t SET v = :v WHERE id = :id").execution_options(**{ONE_ROW: True})
    try:
        factory = create_session_factory(engine)
        async with factory() as session:  # the WAL's first commit syncs its header: the thread
            await session.exec(set_value, params={"v": -1, "id": 600})
            await session.commit()
        trips = ThreadTrips(monkeypatch)
        async with factory() as session:
            few = [{"v": 5000 + n, "id": n} for n in range(1, sqlite_driver.LOOP_ROWS + 1)]
            await session.exec(set_value, params=few)
            await session.commit()
        assert trips.count == 0
        async with factory() as session:
            many = [{"v": 7000 + n, "id": n} for n in range(1, sqlite_driver.LOOP_ROWS + 2)]
            await session.exec(set_value, params=many)
            await session.commit()
        assert trips.count == 2  # the statement and its commit
        connection = sqlite3.connect(path)
        try:
            values = [
                v for (v,) in connection.execute("SELECT v FROM t WHERE id <= 65 ORDER BY id")
            ]
        finally:
            connection.close()
        assert values == [7000 + n for n in range(1, sqlite_driver.LOOP_ROWS + 2)]
    finally:
        await engine.dispose()


_WRITER = """
import asyncio, os, sys
import aiosqlite
from sqlalchemy import bindparam, update
from storage.db import ONE_ROW, create_engine, create_session_factory
from storage.people import Person

PERSON = Person.__table__
RENAME = update(PERSON).where(PERSON.c.telegram_id == 7).values(display_name=bindparam("name"))
trips = []
execute = aiosqlite.Connection._execute

async def counted(connection, fn, *args, **kwargs):
    trips.append(fn)
    return await execute(connection, fn, *args, **kwargs)

async def main():
    factory = create_session_factory(create_engine(sys.argv[1]))
    for name in ("B", "C"):
        async with factory() as session:
            trips.clear()
            await session.exec(RENAME.execution_options(**{ONE_ROW: True}), params={"name": name})
            await session.commit()
    print(len(trips), flush=True)
    os._exit(0)  # no close, no checkpoint: as a process that is killed

aiosqlite.Connection._execute = counted
asyncio.run(main())
"""


def test_a_commit_on_the_loop_outlives_its_process(database: tuple[str, Path]) -> None:
    url, path = database
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    ran = subprocess.run(
        [sys.executable, "-c", _WRITER, url], env=env, capture_output=True, text=True, timeout=60
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.split() == ["0"]  # the last write and its commit made no thread trip
    assert _name_in_file(path) == "C"


async def test_a_transaction_that_wrote_in_the_thread_commits_there(
    database: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, path = database
    engine = create_engine(url)
    factory = create_session_factory(engine)
    async with factory() as session:
        await session.exec(RENAME, params={"who": 7, "name": "B"})
        await session.commit()
    trips = ThreadTrips(monkeypatch)
    async with factory() as session:
        await session.exec(update(PERSON).where(PERSON.c.telegram_id == 7).values(locale="en"))
        await session.exec(RENAME, params={"who": 7, "name": "C"})
        assert trips.count == 1  # the unmarked write
        await session.commit()
        assert trips.count == 2
    async with factory() as session:  # and the next one-row transaction is the loop's again
        await session.exec(RENAME, params={"who": 7, "name": "D"})
        await session.commit()
        assert trips.count == 2
    await engine.dispose()

    assert _name_in_file(path) == "D"
    with sqlite3.connect(path) as plain:
        assert plain.execute("SELECT locale FROM person WHERE telegram_id = 7").fetchone() == (
            "en",
        )


SMALL_WAL = 64 * 1024
FRAME = 4096 + 24  # a page and its frame header


def _value_in_database_file(path: Path) -> int:
    """t's first value as the database file has it, the WAL left unread: as of the last
    checkpoint."""
    connection = sqlite3.connect(f"file:{path}?immutable=1", uri=True)
    try:
        return int(connection.execute("SELECT v FROM t WHERE id = 1").fetchone()[0])
    finally:
        connection.close()


def _after_commit(path: Path) -> tuple[int, int]:
    """The WAL file's size, and t's first value in the database file."""
    return Path(f"{path}-wal").stat().st_size, _value_in_database_file(path)


async def _count_up(factory: Any, values: range, path: Path, after: list[tuple[int, int]]) -> None:
    """t's first value set to each of `values`, one one-row transaction each."""
    bump = text("UPDATE t SET v = :v WHERE id = 1").execution_options(**{ONE_ROW: True})
    for value in values:
        async with factory() as session:
            await session.exec(bump, params={"v": value})
            await session.commit()
        after.append(_after_commit(path))


async def test_commits_on_the_loop_never_checkpoint_and_the_wal_stays_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_driver, "WAL_LIMIT", SMALL_WAL)
    path = tmp_path / "wal.db"
    engine = create_engine(_file(path))
    factory = create_session_factory(engine)
    async with engine.connect() as connection:
        assert (await connection.exec_driver_sql("PRAGMA wal_autocheckpoint")).scalar() == 0
    in_thread: list[int] = []
    commit_in_thread = sqlite_driver._commit_in_thread

    def counted(connection: sqlite3.Connection, wal: str | None) -> None:
        in_thread.append(1)
        commit_in_thread(connection, wal)

    monkeypatch.setattr(sqlite_driver, "_commit_in_thread", counted)
    after: list[tuple[int, int]] = []
    try:
        await _count_up(factory, range(1, 601), path, after)
    finally:
        await engine.dispose()

    # 600 commits of a page each, 2.4 MB through the WAL: a commit that finds it past the
    # limit commits and checkpoints in the thread, and the next starts it over.
    sizes = [size for size, _ in after]
    assert max(sizes) <= SMALL_WAL + 3 * FRAME
    assert 10 <= len(in_thread) <= 600 // 5  # most commits ran on the loop
    # A commit that found the WAL within the limit ran on the loop, and left the database
    # file as it was: it did not checkpoint.
    for (size, in_file), (_, next_in_file) in itertools.pairwise(after):
        if 0 < size <= SMALL_WAL:
            assert next_in_file == in_file
    # The checkpoints in the thread kept the database file close behind.
    assert after[-1][1] >= 600 - SMALL_WAL // FRAME - 3


async def test_a_reader_holding_an_old_snapshot_lets_commits_go_on_and_the_wal_shrinks_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sqlite_driver, "WAL_LIMIT", SMALL_WAL)
    path = tmp_path / "reader.db"
    engine = create_engine(_file(path))
    factory = create_session_factory(engine)
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    assert reader.execute("SELECT v FROM t WHERE id = 1").fetchone() == (0,)  # a snapshot
    held: list[tuple[int, int]] = []
    released: list[tuple[int, int]] = []
    try:
        await _count_up(factory, range(1, 101), path, held)
        assert reader.execute("SELECT v FROM t WHERE id = 1").fetchone() == (0,)
        reader.execute("COMMIT")
        await _count_up(factory, range(101, 201), path, released)
    finally:
        reader.close()
        await engine.dispose()

    # While the reader held its snapshot, nothing it might read could be checkpointed: the
    # WAL could not start over and grew past the limit, and every commit went on.
    assert max(size for size, _ in held) > SMALL_WAL + 3 * FRAME
    assert {in_file for _, in_file in held} == {0}
    # Once the reader let go, a checkpoint copied everything and the WAL was cut back.
    assert released[-1][0] <= SMALL_WAL
    assert released[-1][1] >= 200 - SMALL_WAL // FRAME - 3
