"""Dialog state without the cache (storage.fsm_storage), on SQLite and on PostgreSQL: within
one update the user's records are read once and a write that changes nothing is skipped;
aiogram's default state is never kept; the PostgreSQL engine of the state runs each statement
on its own (AUTOCOMMIT), and there the sender's records come with the sender."""

from __future__ import annotations

from collections.abc import AsyncIterator

import asyncpg
import pytest
from aiogram.fsm.storage.base import DEFAULT_DESTINY, StorageKey
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.factory import create_fsm
from rules.clock import FakeClock
from rules.config import Settings
from storage import people
from storage.db import create_engine, create_session_factory
from storage.fsm import FsmRecord
from storage.fsm_storage import DatabaseStorage, sender_with_state
from tests.conftest import START, empty_postgres

STACK = StorageKey(bot_id=42, chat_id=7, user_id=7, destiny="aiogd:stack:")
CONTEXT = StorageKey(bot_id=42, chat_id=7, user_id=7, destiny="aiogd:context:abc")
OTHER_CONTEXT = StorageKey(bot_id=42, chat_id=7, user_id=7, destiny="aiogd:context:def")
SOMEONE_ELSE = StorageKey(bot_id=42, chat_id=8, user_id=8, destiny="aiogd:stack:")
DEFAULT = StorageKey(bot_id=42, chat_id=7, user_id=7, destiny=DEFAULT_DESTINY)


class Statements:
    """Every statement the engine runs, as SQL text."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.run: list[str] = []
        event.listen(engine.sync_engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn: object, _cursor: object, statement: str, *_args: object) -> None:
        self.run.append(statement)

    def since(self, mark: int) -> list[str]:
        return self.run[mark:]


@pytest.fixture
async def engine(any_db_url: str) -> AsyncIterator[AsyncEngine]:
    the_engine = create_engine(any_db_url)
    yield the_engine
    await the_engine.dispose()


def _storage(engine: AsyncEngine, *, dialogs_only: bool = False) -> DatabaseStorage:
    return DatabaseStorage(
        create_session_factory(engine), clock=FakeClock(START), dialogs_only=dialogs_only
    )


async def _stored(engine: AsyncEngine) -> dict[str, tuple[str | None, str]]:
    """The table as another connection sees it: (state, data) by key."""
    async with create_session_factory(engine)() as session:
        rows = await session.exec(text("SELECT key, state, data FROM fsm_state"))
        return {row[0]: (row[1], row[2]) for row in rows.all()}


async def _fill(storage: DatabaseStorage) -> None:
    await storage.set_state(STACK, "Stack")
    await storage.set_data(STACK, {"intents": ["abc"]})
    await storage.set_state(CONTEXT, "AssessmentSG:item")
    await storage.set_data(CONTEXT, {"item": 3})
    await storage.set_data(SOMEONE_ELSE, {"intents": ["xyz"]})


async def test_within_one_update_the_users_records_are_read_with_one_statement(
    engine: AsyncEngine,
) -> None:
    await _fill(_storage(engine))
    storage = _storage(engine)
    statements = Statements(engine)
    async with storage.one_update():
        assert await storage.get_state(STACK) == "Stack"
        assert await storage.get_data(STACK) == {"intents": ["abc"]}
        assert await storage.get_state(CONTEXT) == "AssessmentSG:item"
        assert await storage.get_data(CONTEXT) == {"item": 3}
        assert await storage.get_data(OTHER_CONTEXT) == {}  # none: known from the same read
    assert len(statements.run) == 1
    assert "fsm_state" in statements.run[0]

    # The next update reads again (another worker may have changed the records since).
    async with storage.one_update():
        assert await storage.get_data(CONTEXT) == {"item": 3}
        assert await storage.get_data(SOMEONE_ELSE) == {"intents": ["xyz"]}
    assert len(statements.run) == 3


async def test_within_one_update_a_write_that_changes_nothing_is_skipped(
    engine: AsyncEngine,
) -> None:
    await _fill(_storage(engine))
    storage = _storage(engine)
    statements = Statements(engine)
    async with storage.one_update():
        await storage.set_state(STACK, "Stack")
        await storage.set_data(STACK, {"intents": ["abc"]})
        await storage.set_data(CONTEXT, {"item": 3})
        await storage.set_data(OTHER_CONTEXT, {})  # no record, and none to write
        await storage.set_state(OTHER_CONTEXT, None)
    assert len(statements.run) == 1  # the one read, no write


async def test_a_write_within_an_update_is_kept_and_read_back_by_a_later_update(
    engine: AsyncEngine,
) -> None:
    await _fill(_storage(engine))
    storage = _storage(engine)
    async with storage.one_update():
        assert await storage.get_data(CONTEXT) == {"item": 3}
        await storage.set_data(CONTEXT, {"item": 4})
        await storage.set_state(OTHER_CONTEXT, "CheckinSG:mood")
        await storage.set_data(STACK, {})  # and the stack emptied: its record goes
        assert await storage.get_data(CONTEXT) == {"item": 4}
        assert await storage.get_state(OTHER_CONTEXT) == "CheckinSG:mood"
        assert await storage.get_state(STACK) == "Stack"
    stored = await _stored(engine)
    assert stored[storage.key_builder.build(CONTEXT)] == ("AssessmentSG:item", '{"item":4}')
    assert stored[storage.key_builder.build(OTHER_CONTEXT)] == ("CheckinSG:mood", "{}")
    assert stored[storage.key_builder.build(STACK)] == ("Stack", "{}")

    elsewhere = _storage(engine)
    async with elsewhere.one_update():  # a later update, on another worker's storage
        assert await elsewhere.get_data(CONTEXT) == {"item": 4}
        assert await elsewhere.get_state(OTHER_CONTEXT) == "CheckinSG:mood"
        await elsewhere.set_state(OTHER_CONTEXT, None)  # emptied: the record goes
    assert storage.key_builder.build(OTHER_CONTEXT) not in await _stored(engine)


async def test_outside_an_update_every_read_asks_the_database(engine: AsyncEngine) -> None:
    await _fill(_storage(engine))
    storage = _storage(engine)
    statements = Statements(engine)
    assert await storage.get_state(STACK) == "Stack"
    assert await storage.get_data(STACK) == {"intents": ["abc"]}
    assert await storage.get_data(CONTEXT) == {"item": 3}
    assert len(statements.run) == 3

    # What another storage wrote is seen at once: nothing was kept.
    await _storage(engine).set_data(CONTEXT, {"item": 5})
    assert await storage.get_data(CONTEXT) == {"item": 5}
    # A write that changes nothing still writes nothing (it reads to know).
    mark = len(statements.run)
    await storage.set_data(CONTEXT, {"item": 5})
    assert len(statements.since(mark)) == 1


async def test_dialogs_only_keeps_nothing_under_aiograms_default_state(
    engine: AsyncEngine,
) -> None:
    storage = _storage(engine, dialogs_only=True)
    statements = Statements(engine)
    async with storage.one_update():
        assert await storage.get_state(DEFAULT) is None
        assert await storage.get_data(DEFAULT) == {}
        await storage.set_state(DEFAULT, None)  # aiogram's clear(): nothing to do
        await storage.set_data(DEFAULT, {})
    assert await storage.get_state(DEFAULT) is None
    assert statements.run == []

    with pytest.raises(ValueError, match="dialogs_only"):
        await storage.set_state(DEFAULT, "SomeSG:step")
    with pytest.raises(ValueError, match="dialogs_only"):
        await storage.set_data(DEFAULT, {"a": 1})
    assert statements.run == []
    assert await _stored(engine) == {}

    # aiogram-dialog's own keys are kept as ever.
    await storage.set_data(STACK, {"intents": ["abc"]})
    assert await _storage(engine).get_data(STACK) == {"intents": ["abc"]}


async def test_without_dialogs_only_the_default_state_is_kept(engine: AsyncEngine) -> None:
    storage = _storage(engine)
    await storage.set_state(DEFAULT, "SomeSG:step")
    assert await _storage(engine).get_state(DEFAULT) == "SomeSG:step"


async def test_the_dialog_state_engine_on_postgresql_writes_without_a_transaction(
    postgres_url: str, settings: Settings
) -> None:
    storage, _isolation = create_fsm(
        settings.model_copy(update={"database_url": postgres_url, "redis_url": None}),
        FakeClock(START),
    )
    assert isinstance(storage, DatabaseStorage)
    other = await asyncpg.connect(postgres_url.replace("postgresql+asyncpg://", "postgresql://"))
    try:
        async with storage.session_factory() as session:
            # Two statements of one session are two transactions of their own.
            first = (await session.exec(text("SELECT txid_current()"))).one()[0]
            second = (await session.exec(text("SELECT txid_current()"))).one()[0]
            assert first != second
            session.add(FsmRecord(key="k", user_id=7, state="S", data="{}", updated_at=START))
            await session.flush()
            # Not committed, and already there for everyone.
            assert await other.fetchval("SELECT state FROM fsm_state WHERE key = 'k'") == "S"
            await session.rollback()
        assert await other.fetchval("SELECT state FROM fsm_state WHERE key = 'k'") == "S"
    finally:
        await other.execute("DELETE FROM fsm_state")
        await other.close()
        await storage.close()


async def test_on_postgresql_the_sender_and_their_records_come_in_one_statement(
    postgres_url: str,
) -> None:
    """Who sends an update and all they keep, read together; the storage then reads nothing
    of theirs itself within the update, and a stranger's records are read as before."""
    engine = create_engine(postgres_url)
    try:
        await _fill(_storage(engine))
        async with create_session_factory(engine)() as session:
            await people.create_person(
                session,
                telegram_id=7,
                role=people.Role.PARTICIPANT,
                locale="sv",
                timezone="Europe/Stockholm",
                now=START,
            )
        storage = _storage(engine)
        statements = Statements(engine)
        async with create_session_factory(engine)() as session, storage.one_update():
            person, kept = await sender_with_state(session, telegram_id=7)
            assert person is not None and person.telegram_id == 7
            assert kept is not None
            assert set(kept) == {
                storage.key_builder.build(STACK),
                storage.key_builder.build(CONTEXT),
            }
            storage.prime(7, kept)
            assert await storage.get_data(CONTEXT) == {"item": 3}
            assert await storage.get_state(STACK) == "Stack"
            assert await storage.get_data(OTHER_CONTEXT) == {}
            assert len(statements.run) == 1  # the sender's, and nothing of the storage's

            stranger, nothing = await sender_with_state(session, telegram_id=8)
            assert stranger is None and nothing is None
            assert await storage.get_data(SOMEONE_ELSE) == {"intents": ["xyz"]}
            assert len(statements.run) == 3
    finally:
        await engine.dispose()
        await empty_postgres(postgres_url)
