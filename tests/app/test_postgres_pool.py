"""PostgreSQL's pool pings a connection only after it sat idle (storage.db._ping_when_idle):
one whose server backend went away is replaced before a session uses it, and one used a
moment ago is not pinged at all."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import db
from storage.db import create_engine, create_session_factory


@pytest.fixture
async def engine(postgres_url: str) -> AsyncIterator[AsyncEngine]:
    the_engine = create_engine(postgres_url, pool_size=1, max_overflow=0)
    yield the_engine
    await the_engine.dispose()


def _count_pings(engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """What each ping of the engine's connections answered, in order (False: it failed)."""
    answers: list[bool] = []
    dialect = engine.sync_engine.dialect
    do_ping = dialect.do_ping

    def counted(dbapi_connection: Any) -> bool:
        try:
            alive = do_ping(dbapi_connection)
        except Exception:
            answers.append(False)
            raise
        answers.append(bool(alive))
        return alive

    monkeypatch.setattr(dialect, "do_ping", counted)
    return answers


async def _backend_pid(engine: AsyncEngine) -> int:
    async with create_session_factory(engine)() as session:
        return int((await session.exec(text("SELECT pg_backend_pid()"))).one()[0])


async def test_a_connection_whose_backend_was_killed_is_replaced_on_the_next_checkout(
    engine: AsyncEngine, postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "IDLE_BEFORE_PING", 0.0)  # every connection back from the pool
    pings = _count_pings(engine, monkeypatch)
    killed = await _backend_pid(engine)
    assert pings == []  # a new connection is not pinged

    other = await asyncpg.connect(postgres_url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        # Waits (up to 5 s) until the backend is gone.
        assert await other.fetchval("SELECT pg_terminate_backend($1, 5000)", killed) is True
    finally:
        await other.close()

    # The pooled connection is dead: its ping fails, and the session gets a new one.
    replacement = await _backend_pid(engine)
    assert replacement != killed
    assert pings == [False]
    # The new connection is fine: pinged again after its own check-in, and alive.
    assert await _backend_pid(engine) == replacement
    assert pings == [False, True]


async def test_a_connection_used_a_moment_ago_is_not_pinged(
    engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "IDLE_BEFORE_PING", 3600.0)
    pings = _count_pings(engine, monkeypatch)
    first = await _backend_pid(engine)
    for _ in range(3):
        assert await _backend_pid(engine) == first  # the same pooled connection
    assert pings == []


async def test_pool_pre_ping_asked_for_pings_every_checkout(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Whoever asks SQLAlchemy for its own pre-ping gets it, and no idle ping on top.
    engine = create_engine(postgres_url, pool_size=1, max_overflow=0, pool_pre_ping=True)
    try:
        pings = _count_pings(engine, monkeypatch)
        first = await _backend_pid(engine)
        assert await _backend_pid(engine) == first
        assert await _backend_pid(engine) == first
        assert pings == [True, True]
    finally:
        await engine.dispose()
