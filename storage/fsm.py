"""aiogram's FSM state (and so aiogram-dialog's stacks) kept in the database.

The embedded default: a restart loses no dialog. With REDIS_URL set, aiogram's
RedisStorage is used instead (see bot.factory).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from aiogram.fsm.state import State
from aiogram.fsm.storage.base import (
    BaseStorage,
    DefaultKeyBuilder,
    KeyBuilder,
    StateType,
    StorageKey,
)
from sqlalchemy import BigInteger, Column, String, Text, delete
from sqlalchemy.ext.asyncio import AsyncEngine
from sqlmodel import Field, SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.clock import Clock, SystemClock
from storage.db import SessionFactory
from storage.types import UTCDateTime


class FsmRecord(SQLModel, table=True):
    __tablename__ = "fsm_state"

    key: str = Field(sa_column=Column(String(255), primary_key=True))
    # The Telegram user the key belongs to, so their state can be erased with them.
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    state: str | None = Field(default=None, sa_column=Column(String(255)))
    data: str = Field(default="{}", sa_column=Column(Text, nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime, nullable=False))


class DatabaseStorage(BaseStorage):
    """An FSM storage on our own database, through short sessions of its own."""

    def __init__(
        self,
        session_factory: SessionFactory,
        *,
        key_builder: KeyBuilder | None = None,
        clock: Clock | None = None,
        engine: AsyncEngine | None = None,
    ) -> None:
        # aiogram-dialog keeps one stack per "destiny", so the key must include it.
        self.key_builder = key_builder or DefaultKeyBuilder(with_destiny=True, with_bot_id=True)
        self.session_factory = session_factory
        self.clock = clock or SystemClock()
        self._engine = engine  # disposed on close, when this storage owns it

    async def _upsert(self, key: StorageKey, **values: Any) -> None:
        record_key = self.key_builder.build(key)
        async with self.session_factory() as session:
            record = await session.get(FsmRecord, record_key)
            if record is None:
                record = FsmRecord(key=record_key, user_id=key.user_id, updated_at=self.clock.now())
            for name, value in values.items():
                setattr(record, name, value)
            record.updated_at = self.clock.now()
            if record.state is None and record.data == "{}":
                if record in session:
                    await session.delete(record)
            else:
                session.add(record)
            await session.commit()

    async def _get(self, key: StorageKey) -> FsmRecord | None:
        async with self.session_factory() as session:
            return await session.get(FsmRecord, self.key_builder.build(key))

    async def set_state(self, key: StorageKey, state: StateType = None) -> None:
        value = state.state if isinstance(state, State) else state
        await self._upsert(key, state=value)

    async def get_state(self, key: StorageKey) -> str | None:
        record = await self._get(key)
        return record.state if record else None

    async def set_data(self, key: StorageKey, data: Mapping[str, Any]) -> None:
        await self._upsert(key, data=json.dumps(dict(data), separators=(",", ":")))

    async def get_data(self, key: StorageKey) -> dict[str, Any]:
        record = await self._get(key)
        if record is None:
            return {}
        loaded: dict[str, Any] = json.loads(record.data)
        return loaded

    async def close(self) -> None:
        if self._engine is not None:
            await self._engine.dispose()


async def erase_user_state(session: AsyncSession, *, telegram_id: int) -> int:
    """Delete every FSM record of one Telegram user (on decline or deletion)."""
    result = await session.exec(
        delete(FsmRecord).where(FsmRecord.user_id == telegram_id)  # type: ignore[arg-type]
    )
    await session.commit()
    return int(result.rowcount or 0)
