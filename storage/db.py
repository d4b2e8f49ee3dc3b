"""The async engine and session factory, on SQLite (embedded default) or PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Table, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from storage import sqlite_driver

SessionFactory = async_sessionmaker[AsyncSession]
_KEPT = "kept"


def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers go on while one writer commits; busy_timeout waits for the writer
    # instead of failing at once; foreign keys are off in SQLite unless asked for.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={sqlite_driver.BUSY_TIMEOUT_MS}")
    cursor.close()


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """An async engine for `url`; SQLite connections get WAL, foreign keys and a busy timeout."""
    if url.startswith("sqlite"):
        # Reads on the event loop, writes in the database thread (storage/sqlite_driver.py).
        kwargs.setdefault("module", sqlite_driver.dbapi())
        engine = create_async_engine(url, **kwargs)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_async_engine(url, **kwargs)


def create_session_factory(engine: AsyncEngine) -> SessionFactory:
    """Sessions whose objects stay readable after commit (no lazy reload under async)."""
    return async_sessionmaker(engine, class_=AsyncSession, expire_on_commit=False)


def upsert_insert(session: AsyncSession) -> Callable[..., Any]:
    """The dialect's INSERT that supports ON CONFLICT DO NOTHING (SQLite and PostgreSQL)."""
    dialect = session.bind.dialect.name if session.bind else "sqlite"
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


def table_of(model: type[SQLModel]) -> Table:
    """A model's table, for Core statements (an INSERT of many rows compiled once)."""
    return cast(Table, model.__table__)  # type: ignore[attr-defined]


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


@event.listens_for(Session, "loaded_as_persistent")
def _keep(session: Session, instance: object) -> None:
    kept = session.info.get(_KEPT)
    if kept is not None:
        kept.append(instance)
