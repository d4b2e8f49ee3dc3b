"""PostgreSQL with BEGIN put off (storage.pg_driver): a statement marked ALONE runs on its
own while no transaction is open, and in the open transaction otherwise; nothing else
changes. Another connection tells what has been committed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.db import ALONE, create_engine, create_session_factory
from storage.people import Person
from tests.conftest import empty_postgres
from tests.support.personas import AMINA


@pytest.fixture
async def engine(postgres_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(postgres_url)
    async with create_session_factory(engine)() as session:
        session.add(
            Person(
                telegram_id=AMINA,
                role="participant",
                locale="sv",
                timezone="Europe/Stockholm",
                display_name="Amina",
                created_at=datetime.now(UTC),
            )
        )
        await session.commit()
    yield engine
    await engine.dispose()
    await empty_postgres(postgres_url)


_NAME_OF = (
    select(Person.display_name).where(Person.telegram_id == bindparam("t"))  # type: ignore[arg-type]
)
_RENAME = (
    update(Person)
    .where(Person.telegram_id == bindparam("t"))  # type: ignore[arg-type]
    .values(display_name=bindparam("name"))
)


async def _name_elsewhere(engine: AsyncEngine) -> str:
    """The name as another connection sees it: what has been committed."""
    async with engine.connect() as connection:
        return str((await connection.execute(_NAME_OF, {"t": AMINA})).scalar_one())


async def test_a_write_standing_alone_is_committed_as_it_runs(engine: AsyncEngine) -> None:
    async with create_session_factory(engine)() as session:
        name = await session.exec(  # type: ignore[call-overload]
            _NAME_OF.execution_options(**{ALONE: True}), params={"t": AMINA}
        )
        assert name.scalar_one() == "Amina"
        await session.exec(  # type: ignore[call-overload]
            _RENAME.execution_options(**{ALONE: True}), params={"t": AMINA, "name": "Amina A"}
        )
        # No transaction was opened: another connection sees it before any commit.
        assert await _name_elsewhere(engine) == "Amina A"
        await session.rollback()
    assert await _name_elsewhere(engine) == "Amina A"


async def test_in_an_open_transaction_a_marked_statement_is_part_of_it(
    engine: AsyncEngine,
) -> None:
    async with create_session_factory(engine)() as session:
        # Not marked: BEGIN, as always.
        await session.exec(_NAME_OF, params={"t": AMINA})  # type: ignore[call-overload]
        await session.exec(  # type: ignore[call-overload]
            _RENAME.execution_options(**{ALONE: True}), params={"t": AMINA, "name": "Amina B"}
        )
        assert await _name_elsewhere(engine) == "Amina"
        await session.rollback()
    assert await _name_elsewhere(engine) == "Amina"


async def test_a_write_not_marked_waits_for_the_commit(engine: AsyncEngine) -> None:
    async with create_session_factory(engine)() as session:
        # A marked read leaves no transaction open; the write that follows opens one.
        await session.exec(  # type: ignore[call-overload]
            _NAME_OF.execution_options(**{ALONE: True}), params={"t": AMINA}
        )
        await session.exec(_RENAME, params={"t": AMINA, "name": "Amina C"})  # type: ignore[call-overload]
        assert await _name_elsewhere(engine) == "Amina"
        await session.commit()
    assert await _name_elsewhere(engine) == "Amina C"
