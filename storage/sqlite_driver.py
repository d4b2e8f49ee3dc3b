"""SQLite for the embedded default: reads on the event loop, writes in the database thread.

aiosqlite runs every DBAPI call in its connection's thread and hands the result back: a
cursor, an execute, a fetch and a close are four trips there and back for one statement,
and they cost more than SQLite's own work. Here a statement is one call:

- a SELECT runs on the event loop, directly on the connection. It may not wait and may not
  take long: it runs with no busy timeout, and a progress handler interrupts it after
  READ_BUDGET seconds. A read that meets a lock, or that would hold the loop longer (a
  report, the silence watch over everyone), is run again in the thread, where it may wait;
- everything else (a write, a commit, a rollback, a PRAGMA) runs in the thread in one trip,
  and waits there for the write lock as it always did (busy_timeout, storage/db.py);
- a write marked ONE_ROW by its caller (one row, by its key) runs on the loop too, with no
  busy timeout; if another connection holds the write lock it runs in the thread instead;
- a commit or a rollback with no transaction open (a session that only read, a connection
  going back to the pool) does nothing, here, with no trip at all.

A connection is used by one session at a time, and a statement on the loop runs without
yielding, so the thread and the loop never use a connection at once.
"""

from __future__ import annotations

import collections
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
BUSY_TIMEOUT_MS = 15_000

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
def _not_waiting(connection: sqlite3.Connection) -> Iterator[None]:
    """Within it, a statement that meets another connection's lock fails at once."""
    connection.execute("PRAGMA busy_timeout=0")
    try:
        yield
    finally:
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _gave_up(error: sqlite3.OperationalError) -> bool:
    """The statement met a lock, or was interrupted past its budget: run it in the thread."""
    message = str(error).lower()
    return "interrupted" in message or "locked" in message or "busy" in message


def _on_loop(connection: sqlite3.Connection, operation: str, parameters: Any) -> Outcome | None:
    """The read run here and now, or None when it met a lock or ran past its budget."""
    deadline = time.perf_counter() + READ_BUDGET

    def too_long() -> bool:
        return time.perf_counter() > deadline

    with _not_waiting(connection):
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
    connection: sqlite3.Connection, operation: str, parameters: Any
) -> Outcome | None:
    """A one-row write run here and now, or None when another connection holds the write lock.

    It is not given a budget: a write cannot be interrupted without losing its transaction,
    so only statements marked ONE_ROW by their callers, which touch one row by its key, come
    here. When the lock is taken, nothing was written; a transaction this statement began is
    ended, so the thread begins it again and waits for the lock there.
    """
    began = not connection.in_transaction
    with _not_waiting(connection):
        try:
            return _run(connection, operation, parameters, many=False)
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
        async with self._adapt_connection._execute_mutex:
            self._keep(
                await connection._execute(_run, connection._conn, operation, parameters, many)
            )

    def execute(self, operation: Any, parameters: Any = None) -> Any:
        try:
            outcome = None
            if _is_read(operation):
                outcome = _on_loop(self._connection._conn, operation, parameters)
            elif self.one_row:
                outcome = _write_on_loop(self._connection._conn, operation, parameters)
            if outcome is not None:
                self._keep(outcome)
                # SQLAlchemy checks that a statement of an async connection awaited
                # something; this await returns at once, without giving up the loop.
                await_(_answered())
                return None
            await_(self._in_thread(operation, parameters, many=False))
        except Exception as error:
            self._adapt_connection._handle_exception(error)

    def executemany(self, operation: Any, seq_of_parameters: Any) -> Any:
        try:
            await_(self._in_thread(operation, seq_of_parameters, many=True))
        except Exception as error:
            self._adapt_connection._handle_exception(error)


class HybridConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ()
    _cursor_cls = HybridCursor  # type: ignore[assignment]

    def _idle(self) -> bool:
        """No transaction is open: reads on the loop open none, and a commit ends one."""
        raw: sqlite3.Connection | None = self._connection._connection
        return raw is not None and not raw.in_transaction

    # A session that only read, and the pool when it takes a connection back, roll back:
    # with no transaction open that is nothing to do, and not worth a trip to the thread.
    def rollback(self) -> None:
        if not self._idle():
            super().rollback()

    def commit(self) -> None:
        if not self._idle():
            super().commit()


class HybridDBAPI(AsyncAdapt_aiosqlite_dbapi):
    """The aiosqlite DBAPI adapter, its connections running statements as above."""

    def connect(self, *arg: Any, **kw: Any) -> HybridConnection:
        adapted = super().connect(*arg, **kw)
        return HybridConnection(self, adapted._connection)


def dbapi() -> HybridDBAPI:
    """The module to give `create_async_engine(..., module=...)` for a SQLite file."""
    return HybridDBAPI(aiosqlite, sqlite3)
