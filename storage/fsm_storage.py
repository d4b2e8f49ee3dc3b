"""aiogram's FSM state (and so aiogram-dialog's stacks) kept in the database.

The embedded default: a restart loses no dialog. With REDIS_URL set, aiogram's
RedisStorage is used instead (see bot.factory).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
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
from sqlalchemy import bindparam, delete
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel import col, select

from rules.clock import Clock, SystemClock
from storage.db import SessionFactory, upsert_insert
from storage.fsm import FsmRecord

# set_data keeps the state as it is; a sentinel, since None is a state ("no state").
_KEEP: Any = object()


_Record = tuple[str | None, str]  # (state, data as JSON)


class _Seen:
    """What the update being handled read or wrote (see `one_update`): the records by
    storage and key, and the users whose records were all read, by storage and user id (any
    other key of theirs has no record)."""

    __slots__ = ("records", "users")

    def __init__(self) -> None:
        self.records: dict[tuple[int, str], _Record | None] = {}
        self.users: set[tuple[int, int]] = set()


_SEEN: ContextVar[_Seen | None] = ContextVar("lotsen_fsm_seen", default=None)


# All of one user's records, for `one_update`.
_OF_USER = select(FsmRecord.key, FsmRecord.state, FsmRecord.data).where(
    col(FsmRecord.user_id) == bindparam("user_id")
)


@contextmanager
def one_update() -> Iterator[None]:
    """Within it, a storage without the cache reads each record at most once.

    aiogram-dialog reads a dialog's stack and context as an update begins and writes both
    back as it ends, each write after reading the record again to see whether it changed.
    Within one update the first read brings all of the user's records in one statement,
    later reads are answered from it, and a write that changes nothing of what the update
    read is skipped.
    """
    token = _SEEN.set(_Seen())
    try:
        yield
    finally:
        _SEEN.reset(token)


class DatabaseStorage(BaseStorage):
    """An FSM storage on our own database, through short sessions of its own.

    With `cache` (a single process, as on embedded SQLite) every record read is kept in
    memory and every write goes through to the database, so a dialog step reads nothing
    and a write that changes nothing is skipped. Several workers must not cache: they use
    Redis (see bot.factory), or this storage without the cache.
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
        self._cache: LRUCache[str, _Record | None] | None = (
            LRUCache(maxsize=cache_size) if cache else None
        )
        # Lotsen's state is aiogram-dialog's, under destinies of its own: nothing is kept
        # under aiogram's default one, which aiogram still reads on every update (its
        # `raw_state`). With `dialogs_only` that read is answered without the database, and
        # keeping anything there is refused, so it can never be lost unseen.
        self.dialogs_only = dialogs_only

    async def _read(self, key: StorageKey, record_key: str) -> _Record | None:
        if self._cache is not None and record_key in self._cache:
            return self._cache[record_key]
        seen = _SEEN.get() if self._cache is None else None
        if seen is None:
            async with self.session_factory() as session:
                record = await session.get(FsmRecord, record_key)
            found = (record.state, record.data) if record else None
            self._remember(record_key, found)
            return found
        records = seen.records
        if (id(self), record_key) not in records:
            if (id(self), key.user_id) in seen.users:
                return None  # all of the user's records were read, and this is none of them
            # Within an update, one read brings all of the user's records (their dialog
            # stack and its contexts), which aiogram-dialog would otherwise read one by one.
            async with self.session_factory() as session:
                rows = await session.exec(_OF_USER, params={"user_id": key.user_id})
                of_user = {row[0]: (row[1], row[2]) for row in rows.all()}
            records[id(self), record_key] = of_user.get(record_key)
            for other, kept in of_user.items():
                records.setdefault((id(self), other), kept)
            seen.users.add((id(self), key.user_id))
        return records[id(self), record_key]

    def _remember(self, record_key: str, record: _Record | None) -> None:
        if self._cache is not None:
            self._cache[record_key] = record
        elif (seen := _SEEN.get()) is not None:
            seen.records[id(self), record_key] = record

    async def _write(
        self, key: StorageKey, *, state: str | None = None, data: str | None = None
    ) -> None:
        """Change the state or the data of one record in one statement (or delete it, empty)."""
        record_key = self.key_builder.build(key)
        current = await self._read(key, record_key)
        old_state, old_data = current or (None, "{}")
        new = (old_state if state is _KEEP else state, old_data if data is None else data)
        if new == current or (current is None and new == (None, "{}")):
            return  # nothing changes
        async with self.session_factory() as session:
            if new == (None, "{}"):
                await session.exec(delete(FsmRecord).where(col(FsmRecord.key) == record_key))
            else:
                insert = upsert_insert(session)
                values = {"state": new[0], "data": new[1], "updated_at": self.clock.now()}
                await session.exec(
                    insert(FsmRecord)
                    .values(key=record_key, user_id=key.user_id, **values)
                    .on_conflict_do_update(index_elements=["key"], set_=values)
                )
            await session.commit()
        self._remember(record_key, None if new == (None, "{}") else new)

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
        record = await self._read(key, self.key_builder.build(key))
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
        record = await self._read(key, self.key_builder.build(key))
        if record is None:
            return {}
        loaded: dict[str, Any] = json.loads(record[1])
        return loaded

    def forget_cached(self) -> None:
        """Drop what is cached (after records were deleted behind this storage's back)."""
        if self._cache is not None:
            self._cache.clear()

    async def close(self) -> None:
        if self._engine is not None:
            await self._engine.dispose()


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
