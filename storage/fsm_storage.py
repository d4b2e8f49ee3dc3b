"""aiogram's FSM state (and so aiogram-dialog's stacks) kept in the database.

The embedded default: a restart loses no dialog. With REDIS_URL set, aiogram's
RedisStorage is used instead (see bot.factory).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import AsyncIterator, Iterable, Mapping
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import (
    DEFAULT_DESTINY,
    BaseStorage,
    DefaultKeyBuilder,
    KeyBuilder,
    StateType,
    StorageKey,
)
from cachetools import LRUCache
from sqlalchemy import Connection, bindparam, delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel import col
from sqlmodel import select as model_select
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.clock import Clock, SystemClock
from storage import people
from storage.db import ALONE, ONE_ROW, SessionFactory, WrittenTogether, prebuilt, table_of
from storage.fsm import FsmRecord
from storage.people import Person

# set_data keeps the state as it is; a sentinel, since None is a state ("no state").
_KEEP: Any = object()


_Record = tuple[str | None, str]  # (state, data as JSON)
_EMPTY: _Record = (None, "{}")

# Built once: the storage runs them on every update.
_TABLE = table_of(FsmRecord)
_BY_KEY = select(_TABLE.c.state, _TABLE.c.data).where(_TABLE.c.key == bindparam("record_key"))
_OF_USER = select(_TABLE.c.key, _TABLE.c.state, _TABLE.c.data).where(
    _TABLE.c.user_id == bindparam("owner")
)
# Each of these writes one record by its key: on SQLite they run on the event loop, and the
# update's writes commit there too (storage.sqlite_driver, ONE_ROW).
_DELETE = prebuilt(
    lambda: (
        delete(_TABLE)
        .where(_TABLE.c.key == bindparam("record_key"))
        .execution_options(**{ONE_ROW: True})
    )
)
# On PostgreSQL, who sends an update and all they keep here, in one statement (see
# `sender_with_state`): [[key, state, data], ...] as JSON, or NULL when they keep nothing.
_KEPT_BY_SENDER = (
    select(
        func.json_agg(
            func.json_build_array(_TABLE.c.key, _TABLE.c.state, _TABLE.c.data),
            type_=postgresql.JSON,
        )
    )
    .where(_TABLE.c.user_id == bindparam("telegram_id"))
    .scalar_subquery()
)
_SENDER_WITH_STATE = prebuilt(
    lambda: (
        model_select(Person, _KEPT_BY_SENDER)
        .where(col(Person.telegram_id) == bindparam("telegram_id"))
        .execution_options(**{ALONE: True})
    )
)


def _upsert(insert: Any) -> Any:
    statement = insert(_TABLE)
    changed = ("state", "data", "updated_at")
    return statement.on_conflict_do_update(
        index_elements=["key"], set_={name: statement.excluded[name] for name in changed}
    ).execution_options(**{ONE_ROW: True})


_UPSERT = {
    "sqlite": prebuilt(lambda: _upsert(sqlite.insert)),
    "postgresql": prebuilt(lambda: _upsert(postgresql.insert)),
}


@dataclass
class _Batch:
    """The records one update changed, written together when it is handled."""

    # record key -> (user id, the record or None to delete it, the write's number)
    writes: dict[str, tuple[int, _Record | None, int]] = field(default_factory=dict)
    # Without the cache: each user's records as this update read them, all at once.
    read: dict[int, dict[str, _Record]] = field(default_factory=dict)
    open: bool = True


# The batch of the update being handled in this task, if any (see DatabaseStorage.one_update).
_BATCH: ContextVar[_Batch | None] = ContextVar("lotsen_fsm_batch", default=None)


class DatabaseStorage(BaseStorage):
    """An FSM storage on our own database, through short transactions of its own.

    While an update is handled (`one_update`, run by bot.middlewares), what it changes is
    written once it is handled, in one transaction: opening a dialog removes the old one and
    saves the stack two or three times, and each of those was a transaction of its own.
    Reads see those changes at once. Outside an update (scheduled work) every change is written as it
    is made.

    With `cache` (a single process, as on embedded SQLite) each Telegram user's records are
    read once, all together, and kept in memory; every change goes through to the database,
    so a dialog step reads nothing, a new dialog's record is known not to exist without
    asking, and a write that changes nothing is skipped. Several workers must not cache:
    they use Redis (see bot.factory), or this storage without the cache, which reads a
    user's records all together once per update instead.

    With `dialogs_only`, nothing is kept under aiogram's default destiny: Lotsen's state is
    aiogram-dialog's, under destinies of its own, and aiogram still reads the default one on
    every update (its `raw_state`). That read is answered without the database, and keeping
    anything there is refused, so it can never be lost unseen.
    """

    def __init__(
        self,
        session_factory: SessionFactory,
        *,
        key_builder: KeyBuilder | None = None,
        clock: Clock | None = None,
        engine: AsyncEngine | None = None,
        cache: bool = False,
        cache_size: int = 20_000,
        dialogs_only: bool = False,
    ) -> None:
        # aiogram-dialog keeps one stack per "destiny", so the key must include it.
        self.key_builder = key_builder or DefaultKeyBuilder(with_destiny=True, with_bot_id=True)
        self.session_factory = session_factory
        self.clock = clock or SystemClock()
        self._engine = engine  # disposed on close, when this storage owns it
        bind = engine or session_factory.kw.get("bind")
        if not isinstance(bind, AsyncEngine):
            raise TypeError("DatabaseStorage needs an engine or a session factory bound to one")
        self._bind = bind
        # Telegram user id -> all of that user's records (key -> record); `cache_size`
        # counts records, as a user may have several (a stack, and a context per dialog).
        self._cache: LRUCache[int, dict[str, _Record]] | None = (
            LRUCache(maxsize=cache_size, getsizeof=lambda records: max(1, len(records)))
            if cache
            else None
        )
        self._numbers = itertools.count(1)
        # record key -> the number of the latest change not yet written, so that of two
        # updates that changed one record, only the later change is written.
        self._unwritten: dict[str, int] = {}
        # Changes of finished updates, written together (see `flush`).
        self._changes: WrittenTogether[str, tuple[int, _Record | None, int]] = WrittenTogether(
            self._write_group
        )
        self.dialogs_only = dialogs_only

    @asynccontextmanager
    async def one_update(self) -> AsyncIterator[None]:
        """What one update reads and changes: read once, written once it is handled."""
        batch = _Batch()
        token = _BATCH.set(batch)
        try:
            yield
        finally:
            _BATCH.reset(token)
            await self.flush(batch)

    async def _read(self, record_key: str, user_id: int) -> _Record | None:
        batch = _BATCH.get()
        if batch is not None and batch.open and record_key in batch.writes:
            return batch.writes[record_key][1]
        if self._cache is None:
            if batch is not None and batch.open:
                # Within an update: the stack and its contexts in one read, not one each.
                if user_id not in batch.read:
                    batch.read[user_id] = await self._read_user(user_id)
                return batch.read[user_id].get(record_key)
            async with self._bind.connect() as connection:
                row = (await connection.execute(_BY_KEY, {"record_key": record_key})).first()
            return (row.state, row.data) if row else None
        records = self._cache.get(user_id)
        if records is None:
            records = await self._read_user(user_id)
            # Another task may have read or changed them meanwhile: what it holds is newer.
            records = self._cache.setdefault(user_id, records)
        return records.get(record_key)

    async def _read_user(self, user_id: int) -> dict[str, _Record]:
        async with self._bind.connect() as connection:
            rows = await connection.execute(_OF_USER, {"owner": user_id})
            return {row.key: (row.state, row.data) for row in rows}

    def _remember(self, user_id: int, record_key: str, record: _Record | None) -> None:
        if self._cache is None:
            return
        records = self._cache.get(user_id)
        if records is None:
            return  # read again, all together, when next asked for
        if record is None:
            records.pop(record_key, None)
        else:
            records[record_key] = record
        self._cache[user_id] = records  # counted again at its new size

    async def _write(
        self, key: StorageKey, *, state: str | None = None, data: str | None = None
    ) -> None:
        """Change the state or the data of one record (or delete it, empty)."""
        record_key = self.key_builder.build(key)
        current = await self._read(record_key, key.user_id)
        old_state, old_data = current or _EMPTY
        new = (old_state if state is _KEEP else state, old_data if data is None else data)
        if new == current or (current is None and new == _EMPTY):
            return  # nothing changes
        record = None if new == _EMPTY else new
        number = next(self._numbers)
        batch = _BATCH.get()
        if batch is not None and batch.open:
            batch.writes[record_key] = (key.user_id, record, number)
            self._unwritten[record_key] = number
        else:
            await self._transaction({record_key: (key.user_id, record, number)})
        self._remember(key.user_id, record_key, record)

    async def _transaction(self, writes: Mapping[str, tuple[int, _Record | None, int]]) -> None:
        """Write `writes` in one transaction.

        `async with engine.begin()` costs more than the statements here: its connection
        closes in a task of its own behind `asyncio.shield` (two more turns of the loop), and
        the begin, each statement and the commit are each a trip into SQLAlchemy's greenlet.
        Here the whole transaction is one trip (`run_sync`), and the connection is closed by
        awaiting it. That close needs no shield: by then the transaction is committed or
        rolled back, so giving the connection back sends nothing to the database (see
        storage/sqlite_driver.py; on PostgreSQL this engine autocommits) and has nothing to
        wait on that a cancellation could cut short. A group's writes run in
        `WrittenTogether`'s own task besides, which no update's cancellation reaches.
        """
        connection = await self._bind.connect()
        try:
            await connection.run_sync(self._apply, writes)
        finally:
            await connection.close()

    def _apply(
        self, connection: Connection, writes: Mapping[str, tuple[int, _Record | None, int]]
    ) -> None:
        gone = [
            {"record_key": record_key}
            for record_key, (_, record, _) in writes.items()
            if not record
        ]
        now = self.clock.now()
        kept = [
            {
                "key": record_key,
                "user_id": user_id,
                "state": record[0],
                "data": record[1],
                "updated_at": now,
            }
            for record_key, (user_id, record, _) in writes.items()
            if record
        ]
        with connection.begin():
            if gone:
                connection.execute(_DELETE, gone)
            if kept:
                connection.execute(_UPSERT[connection.dialect.name], kept)

    async def flush(self, batch: _Batch) -> None:
        """Write what `batch` changed (its latest change of each record), and wait until it is.

        Updates handled at once are written together: while one transaction is written,
        the changes of the updates that finish meanwhile gather for the next, so SQLite
        commits once for several updates and no writer waits for another's lock.
        """
        batch.open = False
        changes = {
            record_key: change
            for record_key, change in batch.writes.items()
            if self._unwritten.get(record_key) == change[2]
        }
        if not changes:
            return
        await self._changes.add(changes)

    async def _write_group(self, writes: dict[str, tuple[int, _Record | None, int]]) -> None:
        try:
            await self._transaction(writes)
        except BaseException:
            # Not written: what is cached of these users is no longer what the database holds.
            if self._cache is not None:
                for user_id, _, _ in writes.values():
                    self._cache.pop(user_id, None)
            raise
        finally:
            for record_key, (_, _, number) in writes.items():
                if self._unwritten.get(record_key) == number:
                    del self._unwritten[record_key]

    def _unused(self, key: StorageKey) -> bool:
        return self.dialogs_only and key.destiny == DEFAULT_DESTINY

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        value = state.state if isinstance(state, State) else state
        if self._unused(key):
            if value is not None:
                raise ValueError("only aiogram-dialog keeps state here (see dialogs_only)")
            return
        await self._write(key, state=value, data=None)

    async def get_state(self, key: StorageKey) -> str | None:
        if self._unused(key):
            return None
        record = await self._read(self.key_builder.build(key), key.user_id)
        return record[0] if record else None

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        if self._unused(key):
            if data:
                raise ValueError("only aiogram-dialog keeps data here (see dialogs_only)")
            return
        await self._write(key, state=_KEEP, data=json.dumps(dict(data), separators=(",", ":")))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        if self._unused(key):
            return {}
        record = await self._read(self.key_builder.build(key), key.user_id)
        if record is None:
            return {}
        loaded: dict[str, Any] = json.loads(record[1])
        return loaded

    @property
    def reads_each_update(self) -> bool:
        """Whether an update reads its sender's records (no cache): `prime` saves that read."""
        return self._cache is None

    def prime(self, user_id: int, records: dict[str, _Record]) -> None:
        """The records of the update's sender, read already (`sender_with_state`): the
        update does not read them again. Outside an update, or with the cache, nothing."""
        batch = _BATCH.get()
        if self._cache is None and batch is not None and batch.open:
            batch.read.setdefault(user_id, records)

    def forget_cached(self) -> None:
        """Drop what is cached (after records were deleted behind this storage's back)."""
        if self._cache is not None:
            self._cache.clear()

    async def close(self) -> None:
        if self._engine is not None:
            await self._engine.dispose()


async def sender_with_state(
    session: AsyncSession, *, telegram_id: int
) -> tuple[Person | None, dict[str, _Record] | None]:
    """Who sends an update and the dialog state they keep here, in one round trip.

    On PostgreSQL the dialog state is not cached (several workers share it), so each update
    read its sender, then their records: two round trips, now one (the records ride along as
    a JSON array). The records are None where they were not read: a stranger (no row), or
    another database (SQLite, where the storage caches them).
    """
    if session.bind is None or session.bind.dialect.name != "postgresql":
        return await people.get_by_telegram_id(session, telegram_id=telegram_id), None
    row = (await session.exec(_SENDER_WITH_STATE, params={"telegram_id": telegram_id})).first()
    if row is None:
        return None, None
    person, kept = row
    return person, {key: (state, data) for key, state, data in kept or ()}


async def erase_redis_state(storage: BaseStorage, *, telegram_id: int) -> int:
    """Delete one user's dialog state from aiogram's RedisStorage (keys fsm:bot:chat:user:...).

    A private chat's id is the user's id, so the pattern names this user only.
    """
    redis = getattr(storage, "redis", None)
    if redis is None:
        return 0
    keys = [key async for key in redis.scan_iter(match=f"fsm:*:{telegram_id}:{telegram_id}:*")]
    if keys:
        await redis.delete(*keys)
    return len(keys)


async def erase_redis_users(redis_url: str, telegram_ids: Iterable[int]) -> int:
    """Delete these users' dialog state from Redis, outside any update (retention)."""
    from aiogram.fsm.storage.redis import RedisStorage

    storage = RedisStorage.from_url(redis_url)
    try:
        erased = 0
        for telegram_id in telegram_ids:
            erased += await erase_redis_state(storage, telegram_id=telegram_id)
        return erased
    finally:
        await storage.close()
