"""The async engine and session factory, on SQLite (embedded default) or PostgreSQL."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from contextlib import contextmanager
from types import CodeType
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import Connection, Executable, Table, event, exc, inspect, lambda_stmt
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.attributes import instance_dict, instance_state
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession
from sqlmodel.sql.expression import SelectOfScalar

from storage import pg_driver, sqlite_driver
from storage.pg_driver import ALONE as ALONE
from storage.sqlite_driver import ONE_ROW as ONE_ROW

SessionFactory = async_sessionmaker[AsyncSession]
K = TypeVar("K")
V = TypeVar("V")
M = TypeVar("M", bound=SQLModel)
T = TypeVar("T")
X = TypeVar("X", bound=Executable)
_KEPT = "kept"
# Set in a session's `info` while its transaction holds a database connection.
_CONNECTED = "connected"
# A PostgreSQL connection that sat in the pool this long is pinged before it is used again.
IDLE_BEFORE_PING = 10.0
_CHECKED_IN = "checked_in_at"


def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    # Foreign keys are off in SQLite unless asked for. WAL (readers go on while one writer
    # commits), synchronous=NORMAL, the checkpoints and the busy timeout are set by the
    # driver, whose commits on the event loop rely on them (storage/sqlite_driver.py).
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _marking(option: str, attribute: str) -> Callable[..., None]:
    """A `before_cursor_execute` listener that tells the driver's cursor a statement was
    marked with the execution option `option` (ONE_ROW on SQLite, ALONE on PostgreSQL)."""

    def mark(
        _conn: Any, cursor: Any, _statement: str, _parameters: Any, context: Any, _many: bool
    ) -> None:
        if context is not None and context.execution_options.get(option):
            setattr(cursor, attribute, True)

    return mark


def create_engine(url: str, *, connections: int | None = None, **kwargs: Any) -> AsyncEngine:
    """An async engine for `url`; SQLite connections get WAL, foreign keys and a busy timeout.

    `connections`: on a SQLite file, how many connections the pool keeps open (SQLAlchemy's
    `pool_size`, 5 unless told). Each is a thread of aiosqlite's; a pool smaller than what
    is used at once opens one more for each checkout past it and closes it on return (a
    thread started and joined, and the connection set up again, each time).
    """
    if url.startswith("sqlite"):
        # Reads on the event loop, writes in the database thread (storage/sqlite_driver.py).
        kwargs.setdefault("module", sqlite_driver.dbapi())
        if connections is not None and ":memory:" not in url and "poolclass" not in kwargs:
            kwargs.setdefault("pool_size", connections)
        engine = create_async_engine(url, **kwargs)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        event.listen(engine.sync_engine, "before_cursor_execute", _marking(ONE_ROW, "one_row"))
        return engine
    if url.startswith("postgresql+asyncpg"):
        # BEGIN put off for statements that stand alone (storage/pg_driver.py).
        kwargs.setdefault("module", pg_driver.dbapi())
        engine = create_async_engine(url, **kwargs)
        event.listen(engine.sync_engine, "before_cursor_execute", _marking(ALONE, "alone"))
    else:
        engine = create_async_engine(url, **kwargs)
    if not kwargs.get("pool_pre_ping"):
        _ping_when_idle(engine)
    return engine


def _ping_when_idle(engine: AsyncEngine) -> None:
    """Ping a connection before use only when it sat idle for IDLE_BEFORE_PING seconds.

    SQLAlchemy's `pool_pre_ping` pings on every checkout: a round trip for each session,
    more than many a session's own work. A connection used a moment ago is alive; one that
    sat idle may have been closed by the server or a restart, and is pinged. A failed ping
    makes the pool throw it away and take another (`DisconnectionError`, SQLAlchemy's own
    way for a checkout to refuse a connection). A server that goes away within the window
    fails that one statement, and the pool then drops its connections as it does for any
    lost connection.
    """
    dialect = engine.sync_engine.dialect

    @event.listens_for(engine.sync_engine, "checkin")
    def _checked_in(_dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry) -> None:
        record.info[_CHECKED_IN] = time.monotonic()

    @event.listens_for(engine.sync_engine, "checkout")
    def _checkout(
        dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry, _proxy: Any
    ) -> None:
        idle_since = record.info.get(_CHECKED_IN)
        if idle_since is None or time.monotonic() - idle_since < IDLE_BEFORE_PING:
            return  # new, or used a moment ago
        try:
            alive = dialect.do_ping(dbapi_connection)
        except Exception as error:
            raise exc.DisconnectionError(str(error)) from error
        if not alive:
            raise exc.DisconnectionError("the database did not answer a ping")


def create_session_factory(engine: AsyncEngine) -> SessionFactory:
    """Sessions whose objects stay readable after commit (no lazy reload under async)."""
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)


def upsert_insert(session: AsyncSession) -> Callable[..., Any]:
    """The dialect's INSERT that supports ON CONFLICT DO NOTHING (SQLite and PostgreSQL)."""
    dialect = session.bind.dialect.name if session.bind else "sqlite"
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


async def on_own_connection(session: AsyncSession, work: Callable[..., T], *args: Any) -> T:
    """`work(connection, *args)`, Core statements on a connection of its own from the
    session's engine, in one transaction, committed; what it returns.

    For a small unit of work that is hot (an answer to a questionnaire item): the ORM
    session's own way (autobegin, its connection, each statement's await, flush, commit)
    cost more than SQLite's work, and here the whole transaction is one trip into
    SQLAlchemy's greenlet. Only when `may_work_apart(session)`: on SQLite a transaction of
    the session's could hold the write lock that this connection would then wait for, and
    what the session has not flushed would not be written. The session is left as it is;
    its objects know nothing of what `work` wrote.
    """
    if not may_work_apart(session):
        raise RuntimeError("the session has work of its own open: run the work in it")
    engine = session.bind
    assert isinstance(engine, AsyncEngine)
    # Closed by hand, not with `async with`: see bot.middlewares.DbSessionMiddleware. By
    # the close the transaction has ended, so giving the connection back sends nothing.
    connection = await engine.connect()
    try:
        return await connection.run_sync(_committed, work, *args)
    finally:
        await connection.close()


def holds_connection(session: AsyncSession) -> bool:
    """Whether the session's transaction has begun on a database connection: it has run a
    statement since it last committed or rolled back. (`in_transaction()` is already true
    once an object is added, before any statement.)"""
    return bool(session.info.get(_CONNECTED))


def may_work_apart(session: AsyncSession) -> bool:
    """Whether a unit of work may run on a connection of its own (`on_own_connection`) and
    leave the session as it was, with nothing lost that the session's own commit would have
    given: the session holds no connection (on SQLite its transaction could hold the write
    lock the other connection would wait for), has no object added, changed or deleted that
    it has not flushed (its commit would have written them), is not inside a savepoint
    (its commit would have ended that too), and is not waiting for a rollback after a failed
    flush (its commit would have refused). `dirty` is asked last: it looks at each object
    the session holds, a few in an update."""
    return (
        not holds_connection(session)
        and session.is_active
        and not session.in_nested_transaction()
        and not (session.new or session.deleted or session.dirty)
    )


async def close(session: AsyncSession) -> None:
    """Close `session`. One that holds no connection has nothing to give back to the pool
    and no statement to send: it is closed here, without AsyncSession's trip into
    SQLAlchemy's greenlet (a third of what a session that only read from caches costs)."""
    if holds_connection(session):
        await session.close()
    else:
        session.sync_session.close()


@event.listens_for(Session, "after_begin")
def _connected(session: Session, _transaction: Any, _connection: Connection) -> None:
    session.info[_CONNECTED] = True


@event.listens_for(Session, "after_transaction_end")
def _ended(session: Session, transaction: Any) -> None:
    if transaction.parent is None:
        session.info.pop(_CONNECTED, None)


def _committed(connection: Connection, work: Callable[..., T], *args: Any) -> T:
    with connection.begin():
        return work(connection, *args)


# Each prebuilt statement by the code of the lambda that builds it (see `prebuilt`).
_PREBUILT: dict[CodeType, Executable] = {}


def prebuilt(build: Callable[[], X]) -> X:
    """A statement built once, for the hottest paths: SQLAlchemy finds its compiled form by
    the code of `build`, a lambda written out where the statement is defined, instead of by
    walking the statement's whole tree every time it runs (SQLAlchemy's `lambda_stmt` with
    tracking off). That walk cost 40-75 µs for an answer's UPDATE ... RETURNING, more than
    SQLite's own work. `build` gives the same statement every time; its values come as bound
    parameters when it runs. Two statements from one lambda (a loop) would share one
    compiled form, so that is refused. Typed as the statement it stands for: it runs
    wherever that statement runs, and gives the same rows.
    """
    statement = build()
    if isinstance(statement, SelectOfScalar):
        # SQLModel's `exec` gives objects, not rows, only for its own select of one entity.
        raise TypeError("a select of one entity cannot be prebuilt: its rows would change")
    if _PREBUILT.setdefault(build.__code__, statement) is not statement:
        raise ValueError("each prebuilt statement needs a lambda of its own")
    return cast(X, lambda_stmt(build, enable_tracking=False))


def table_of(model: type[SQLModel]) -> Table:
    """A model's table, for Core statements (an INSERT of many rows compiled once)."""
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


def as_loaded(model: type[M], values: Mapping[Any, Any]) -> M:
    """An object of `model` made from a row read outside the ORM, as the ORM's own loading
    makes one: a bare instance whose state holds `values` as loaded (not as changes), made
    detached (SQLAlchemy's `make_transient_to_detached`), to be added to a session or merged
    into one with no statement. SQLModel's constructor costs three times this."""
    found: M = inspect(model).class_manager.new_instance()
    instance_dict(found).update(values)
    make_transient_to_detached(found)
    return found


async def get(session: AsyncSession, model: type[M], key: Any) -> M | None:
    """`session.get(model, key)`. An object the session holds already, loaded, comes from
    its identity map here, without `session.get`'s trip into SQLAlchemy's greenlet (five
    times the look-up: 0.025 ms against 0.005); one it does not hold, or holds expired, is
    asked of `session.get`."""
    found = session.sync_session.identity_map.get(Session.identity_key(model, key))
    if found is None or instance_state(found).expired:
        return await session.get(model, key)
    return cast(M, found)


def keep_loaded(session: AsyncSession) -> None:
    """Hold every object `session` loads until the session closes.

    A session's identity map holds its objects weakly: a row one function loaded and let go
    (the participant, their round) is read again by the next function that asks for it by
    key in the same update. For a session that lives one update, keeping them makes that
    second `session.get` free. Not for long-lived sessions that read in batches.
    """
    session.info[_KEPT] = []


@contextmanager
def not_kept(session: AsyncSession) -> Iterator[None]:
    """Reads in batches within a kept session (a report in an update): what they load is
    let go with its batch, not held until the session closes."""
    kept = session.info.pop(_KEPT, None)
    try:
        yield
    finally:
        if kept is not None:
            session.info[_KEPT] = kept


# What a query loads, and an object made from a row read by a statement of one's own and
# added (make_transient_to_detached, then add: storage.assessments.answer).
@event.listens_for(Session, "loaded_as_persistent")
@event.listens_for(Session, "detached_to_persistent")
def _keep(session: Session, instance: object) -> None:
    kept = session.info.get(_KEPT)
    if kept is not None:
        kept.append(instance)


class WrittenTogether(Generic[K, V]):
    """Writes handed in while one is written wait, and are written together next.

    `write` gets all that gathered (a later value for a key replaces an earlier one) and
    writes it in one transaction: under load one commit carries many, and no writer waits
    for another's lock; after a quiet moment the first is written at once. `add` returns
    once its values are written, or raises what their write raised. Writing runs in a task
    of its own, so a caller that is cancelled does not stop a write it shares with others.
    """

    def __init__(self, write: Callable[[dict[K, V]], Awaitable[None]]) -> None:
        self._write = write
        self._gathering: dict[K, V] = {}
        self._waiting: list[asyncio.Future[None]] = []
        self._writer: asyncio.Task[None] | None = None

    async def add(self, values: Mapping[K, V]) -> None:
        done = asyncio.get_running_loop().create_future()
        self._gathering.update(values)
        self._waiting.append(done)
        if self._writer is None:
            self._writer = asyncio.create_task(self._write_gathered())
        await done

    async def _write_gathered(self) -> None:
        try:
            while self._gathering:
                values, self._gathering = self._gathering, {}
                waiting, self._waiting = self._waiting, []
                try:
                    await self._write(values)
                except BaseException as error:
                    for done in waiting:
                        if not done.done():
                            done.set_exception(error)
                    if not isinstance(error, Exception):
                        # Cancelled (the loop stops): those gathered since are not written.
                        for later in self._waiting:
                            later.cancel()
                        self._gathering, self._waiting = {}, []
                        raise
                else:
                    for done in waiting:
                        if not done.done():
                            done.set_result(None)
        finally:
            self._writer = None
