"""One active scheduler among several workers: the one holding a PostgreSQL advisory lock.

Every worker may run the scheduler; only the leader runs the ticks that decide what is due
(the outbox sender runs everywhere: its claims skip each other's rows). The lock lives as
long as the leader's connection: when that worker dies, PostgreSQL releases it and another
worker takes over at its next try, a few seconds later. On SQLite there is one process, so
it always leads.
"""

from __future__ import annotations

import contextlib
import logging

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

logger = logging.getLogger(__name__)
# "LOTS" in ASCII: one lock for the whole installation.
LOCK_KEY = 0x4C4F5453


class Leadership:
    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self.always = engine.dialect.name != "postgresql"
        self._connection: AsyncConnection | None = None

    @property
    def leading(self) -> bool:
        return self.always or self._connection is not None

    async def check(self) -> bool:
        """Whether this worker leads now: keep the lock if held and alive, else try to take it."""
        if self.always:
            return True
        if self._connection is not None:
            try:
                await self._connection.execute(text("SELECT 1"))
                return True
            except (DBAPIError, OperationalError):
                logger.warning("lost the scheduler lock's connection")
                await self._drop()
        connection = await self.engine.connect()
        try:
            got = (
                await connection.execute(
                    text("SELECT pg_try_advisory_lock(:key)"), {"key": LOCK_KEY}
                )
            ).scalar()
            # The lock is held by the session, not a transaction: end the implicit one.
            await connection.commit()
        except (DBAPIError, OperationalError):
            await connection.close()
            return False
        if got:
            self._connection = connection
            logger.info("this worker now runs the scheduler's ticks")
            return True
        await connection.close()
        return False

    async def _drop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(DBAPIError, OperationalError):
                await connection.invalidate()

    async def release(self) -> None:
        """On shutdown: let another worker lead at once."""
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            await connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": LOCK_KEY})
            await connection.commit()
        except (DBAPIError, OperationalError):
            # The connection is already gone, and the lock with it.
            with contextlib.suppress(DBAPIError, OperationalError):
                await connection.invalidate()
        finally:
            await connection.close()
