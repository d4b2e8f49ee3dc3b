"""SQLite for the embedded default: reads, one-row writes and their commits on the event loop.

aiosqlite runs every DBAPI call in its connection's thread and hands the result back: a
cursor, an execute, a fetch and a close are four trips there and back for one statement,
and they cost more than SQLite's own work. Here a statement is one call:

- a SELECT runs on the event loop, directly on the connection. It may not wait and may not
  take long: it runs with no busy timeout, and a progress handler interrupts it after
  READ_BUDGET seconds. A read that meets a lock, or that would hold the loop longer (a
  report, the silence watch over everyone), is run again in the thread, where it may wait;
- everything else (a write, a PRAGMA, a rollback) runs in the thread in one trip; a
  statement there waits for another connection's lock up to BUSY_TIMEOUT_MS;
- a write marked ONE_ROW by its caller (one row, by its key; or up to LOOP_ROWS such rows
  at once) runs on the loop too, with no busy timeout; if another connection holds the
  write lock it runs in the thread instead;
- a transaction whose writes all ran on the loop commits on the loop too: it already holds
  the write lock, and in WAL with synchronous=NORMAL a commit appends its few pages to the
  WAL file and syncs nothing. A transaction with a write that went to the thread (which may
  be big) commits in the thread, as does any commit while the WAL file is empty or past
  WAL_LIMIT (below);
- a commit or a rollback with no transaction open (a session that only read, a connection
  going back to the pool) does nothing, here, with no trip at all.

What a commit on the loop must not do is SQLite's automatic checkpoint, which runs in the
committing connection when the WAL passes a number of pages, copies them into the database
and syncs both files (many ms). So the driver sets up each connection itself: WAL,
synchronous=NORMAL, no automatic checkpoint (wal_autocheckpoint=0), and journal_size_limit
WAL_LIMIT. A commit in the thread that leaves the WAL file past WAL_LIMIT checkpoints it
there (PASSIVE: it never waits for, nor blocks, another connection). The commit after a
complete checkpoint starts the WAL over from its beginning, writing and syncing its header
and cutting the file back to WAL_LIMIT; that commit goes to the thread too, because the WAL
file is still past WAL_LIMIT until then. So the WAL file's size alone tells a commit where
to run: above zero and within WAL_LIMIT, on the loop. The CLI, `python -m bot deliver` and
the migrations use this driver too, so every process checkpoints the same way.

The busy timeout is the connection's at rest: 0, so whatever runs on the loop fails at once
on another connection's lock instead of waiting. A run in the thread sets BUSY_TIMEOUT_MS
for its length and puts 0 back. A connection is used by one session at a time, and a
statement or commit on the loop runs without yielding, so the thread and the loop never use
a connection at once.
"""

from __future__ import annotations

import collections
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import aiosqlite
from sqlalchemy.connectors.asyncio import AsyncAdapt_dbapi_cursor
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_dbapi,
)
from sqlalchemy.util.concurrency import await_

# The execution option that marks a write of one row by its key (an answer, a position):
# it runs on the event loop as a read does, unless it would wait for the write lock.
ONE_ROW = "lotsen_one_row"
# The longest a read may hold the event loop before it is moved to the thread.
READ_BUDGET = 0.002
# SQLite calls the progress handler every this many virtual-machine steps.
PROGRESS_STEPS = 2_000
# How long a statement or commit in the thread waits for another connection's lock.
BUSY_TIMEOUT_MS = 15_000
# The most rows a statement marked ONE_ROW may write on the loop at once (executemany, each
# row by its key: the dialog state of the updates handled together); more go to the thread.
LOOP_ROWS = 64
# The WAL file's size (bytes) past which a commit checkpoints it, in the thread; the file is
# cut back to it when the WAL starts over. About SQLite's own default (1,000 pages of 4 KiB).
WAL_LIMIT = 4 * 1024 * 1024

Outcome = tuple[Any, list[Any], int, int | None]


def _run(connection: sqlite3.Connection, operation: str, parameters: Any, many: bool) -> Outcome:
    """One statement from start to end: (description, rows, rowcount, lastrowid)."""
    cursor = connection.cursor()
    try:
        if many:
            cursor.executemany(operation, parameters)
        elif parameters is None:
            cursor.execute(operation)
        else:
            cursor.execute(operation, parameters)
        rows = cursor.fetchall() if cursor.description else []
        return cursor.description, rows, cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()


def _is_read(operation: str) -> bool:
    return operation.lstrip()[:6].upper() == "SELECT"


@contextmanager
def _waiting(connection: sqlite3.Connection) -> Iterator[None]:
    """Within it (in the thread), a statement that meets another connection's lock waits for
    it up to BUSY_TIMEOUT_MS. Outside it, a connection waits for nothing: the loop's way."""
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    try:
        yield
    finally:
        connection.execute("PRAGMA busy_timeout=0")


def _run_waiting(
    connection: sqlite3.Connection, operation: str, parameters: Any, many: bool
) -> Outcome:
    """A statement run in the thread, where it may wait for a lock."""
    with _waiting(connection):
        return _run(connection, operation, parameters, many)


def _prepare(connection: sqlite3.Connection) -> str | None:
    """A new connection set up (in the thread) as the module docstring says.

    Returns its WAL file's path, or None when the database is not in WAL mode (in memory,
    or a file system without WAL): such a connection commits only in the thread.
    """
    with _waiting(connection):
        # Switching a new file to WAL needs the database to itself for a moment.
        mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("PRAGMA wal_autocheckpoint=0")
    connection.execute(f"PRAGMA journal_size_limit={WAL_LIMIT}")
    path = connection.execute("PRAGMA database_list").fetchone()[2]
    return f"{path}-wal" if mode == "wal" and path else None


def _wal_size(wal: str) -> int:
    try:
        return os.stat(wal).st_size
    except FileNotFoundError:
        return 0


def _commit_in_thread(connection: sqlite3.Connection, wal: str | None) -> None:
    """Commit, and checkpoint the WAL if that left it past WAL_LIMIT.

    PASSIVE copies what no reader still needs and never waits; when it copied everything,
    the next commit starts the WAL over. When a reader still needs part of it, the WAL stays
    past WAL_LIMIT and the next commit checkpoints again, as SQLite's own checkpoint does.
    """
    with _waiting(connection):
        connection.commit()
    if wal is not None and _wal_size(wal) > WAL_LIMIT:
        connection.execute("PRAGMA wal_checkpoint(PASSIVE)").close()


def _committed_on_loop(connection: sqlite3.Connection, wal: str) -> bool:
    """The transaction committed here and now, or False: commit it in the thread.

    Only a WAL file above zero and within WAL_LIMIT is appended to without a sync: an empty
    one (new, or after the last connection closed) has its header written and synced by
    the first commit, and one past WAL_LIMIT is due a checkpoint, or has had a complete one
    and starts over, with a sync, on the next commit.
    """
    if not 0 < _wal_size(wal) <= WAL_LIMIT:
        return False
    try:
        connection.commit()
    except sqlite3.OperationalError as error:
        # Only out of WAL (switched by hand after this connection was set up) could a
        # commit meet a lock; there it waits in the thread.
        if _gave_up(error):
            return False
        raise
    return True


def _gave_up(error: sqlite3.OperationalError) -> bool:
    """The statement met a lock, or was interrupted past its budget: run it in the thread."""
    message = str(error).lower()
    return "interrupted" in message or "locked" in message or "busy" in message


def _on_loop(connection: sqlite3.Connection, operation: str, parameters: Any) -> Outcome | None:
    """The read run here and now, or None when it met a lock or ran past its budget."""
    deadline = time.perf_counter() + READ_BUDGET

    def too_long() -> bool:
        return time.perf_counter() > deadline

    connection.set_progress_handler(too_long, PROGRESS_STEPS)
    try:
        return _run(connection, operation, parameters, many=False)
    except sqlite3.OperationalError as error:
        if _gave_up(error):
            return None
        raise
    finally:
        connection.set_progress_handler(None, 0)


def _write_on_loop(
    connection: sqlite3.Connection, operation: str, parameters: Any, many: bool = False
) -> Outcome | None:
    """A one-row write run here and now, or None when another connection holds the write lock.

    It is not given a budget: a write cannot be interrupted without losing its transaction,
    so only statements marked ONE_ROW by their callers, which touch one row by its key, come
    here, or such a statement for at most LOOP_ROWS rows at once (`many`). When the lock is
    taken, nothing was written; a transaction this statement began is ended, so the thread
    begins it again and waits for the lock there.
    """
    began = not connection.in_transaction
    try:
        return _run(connection, operation, parameters, many=many)
    except sqlite3.OperationalError as error:
        if _gave_up(error):
            if began and connection.in_transaction:
                connection.rollback()
            return None
        raise


async def _answered() -> None:
    return None


class HybridCursor(AsyncAdapt_dbapi_cursor):
    """A cursor that holds a statement's whole result, however it was run."""

    __slots__ = ("_description", "_lastrowid", "_rowcount", "one_row")

    def __init__(self, adapt_connection: AsyncAdapt_aiosqlite_connection) -> None:
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._cursor = None  # type: ignore[assignment]
        self._soft_closed_memoized = {}  # type: ignore[assignment]
        self._rows = collections.deque()
        self._description: Any = None
        self._rowcount = -1
        self._lastrowid: int | None = None
        self.one_row = False  # set for a statement marked ONE_ROW (storage.db)

    @property
    def description(self) -> Any:
        return self._description

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> Any:
        return self._lastrowid

    async def _async_soft_close(self) -> None:
        return None

    def close(self) -> None:
        self._rows.clear()

    def _keep(self, outcome: Outcome) -> None:
        self._description, rows, self._rowcount, self._lastrowid = outcome
        self._rows = collections.deque(rows)

    async def _in_thread(self, operation: str, parameters: Any, many: bool) -> None:
        connection: aiosqlite.Connection = self._connection  # type: ignore[assignment]
        try:
            async with self._adapt_connection._execute_mutex:
                self._keep(
                    await connection._execute(
                        _run_waiting, connection._conn, operation, parameters, many
                    )
                )
        finally:
            raw = connection._connection
            if (many or not _is_read(operation)) and raw is not None and raw.in_transaction:
                self._adapt_connection.thread_wrote = True  # type: ignore[attr-defined]

    def execute(self, operation: Any, parameters: Any = None) -> Any:
        self._execute(operation, parameters, many=False)

    def executemany(self, operation: Any, seq_of_parameters: Any) -> Any:
        self._execute(operation, seq_of_parameters, many=True)

    def _here(self, operation: str, parameters: Any, many: bool) -> Outcome | None:
        """The statement run on the loop, as the module's docstring says, or None: it goes to
        the thread (a write not marked ONE_ROW, too many rows, a lock, a long read)."""
        connection = self._connection._conn
        if many:
            few = isinstance(parameters, list) and len(parameters) <= LOOP_ROWS
            if not (self.one_row and few):
                return None
            return _write_on_loop(connection, operation, parameters, many=True)
        if _is_read(operation):
            return _on_loop(connection, operation, parameters)
        return _write_on_loop(connection, operation, parameters) if self.one_row else None

    def _execute(self, operation: str, parameters: Any, many: bool) -> None:
        try:
            outcome = self._here(operation, parameters, many)
            if outcome is not None:
                self._keep(outcome)
                # SQLAlchemy checks that a statement of an async connection awaited
                # something; this await returns at once, without giving up the loop.
                await_(_answered())
                return
            await_(self._in_thread(operation, parameters, many=many))
        except Exception as error:
            self._adapt_connection._handle_exception(error)


class HybridConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ("thread_wrote", "wal")
    _cursor_cls = HybridCursor  # type: ignore[assignment]

    def __init__(self, dbapi: Any, connection: Any, wal: str | None) -> None:
        super().__init__(dbapi, connection)
        self.wal = wal  # the WAL file's path; None: not in WAL, commits only in the thread
        self.thread_wrote = False  # the open transaction wrote in the thread

    def _raw(self) -> sqlite3.Connection | None:
        raw: sqlite3.Connection | None = self._connection._connection
        return raw

    def _idle(self) -> bool:
        """No transaction is open: reads on the loop open none, and a commit ends one."""
        raw = self._raw()
        return raw is not None and not raw.in_transaction

    # A session that only read, and the pool when it takes a connection back, roll back:
    # with no transaction open that is nothing to do, and not worth a trip to the thread.
    def rollback(self) -> None:
        if not self._idle():
            super().rollback()
        self.thread_wrote = False

    def commit(self) -> None:
        raw = self._raw()
        if raw is None:
            super().commit()
            return
        if not raw.in_transaction:
            return
        try:
            if self.thread_wrote or self.wal is None or not _committed_on_loop(raw, self.wal):
                await_(self._connection._execute(_commit_in_thread, raw, self.wal))
        except Exception as error:
            self._handle_exception(error)
        self.thread_wrote = False


class HybridDBAPI(AsyncAdapt_aiosqlite_dbapi):
    """The aiosqlite DBAPI adapter, its connections set up and run as above."""

    def connect(self, *arg: Any, **kw: Any) -> HybridConnection:
        opened: Any = super().connect(*arg, **kw)._connection  # an aiosqlite.Connection
        try:
            wal = await_(opened._execute(_prepare, opened._conn))
        except BaseException:
            await_(opened.close())
            raise
        return HybridConnection(self, opened, wal)


def dbapi() -> HybridDBAPI:
    """The module to give `create_async_engine(..., module=...)` for a SQLite file."""
    return HybridDBAPI(aiosqlite, sqlite3)
