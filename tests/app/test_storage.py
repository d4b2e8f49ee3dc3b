"""The schema, the dialog-state storage and the visibility rules, on a real database."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiogram.fsm.storage.base import StorageKey
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import bindparam, event, text
from sqlmodel import col, select

from rules.clock import FakeClock
from storage import people
from storage.db import (
    SessionFactory,
    WrittenTogether,
    close,
    create_engine,
    create_session_factory,
    get,
    holds_connection,
    prebuilt,
)
from storage.fsm import FsmRecord, erase_user_state
from storage.fsm_storage import DatabaseStorage
from storage.people import Actor, Person, Role
from storage.schema import metadata
from tests.conftest import START
from tests.support.personas import participants


async def test_models_and_migrations_agree(any_db_url: str) -> None:
    engine = create_engine(any_db_url)
    async with engine.connect() as connection:
        diff = await connection.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), metadata)
        )
    await engine.dispose()
    assert diff == []


async def test_sqlite_runs_in_wal_mode_with_foreign_keys(db_url: str) -> None:
    engine = create_engine(db_url)
    async with engine.connect() as connection:
        journal = (await connection.execute(text("PRAGMA journal_mode"))).scalar()
        keys = (await connection.execute(text("PRAGMA foreign_keys"))).scalar()
    await engine.dispose()
    assert (journal, keys) == ("wal", 1)


@pytest.fixture
async def factory(any_db_url: str) -> AsyncIterator[SessionFactory]:
    engine = create_engine(any_db_url)
    yield create_session_factory(engine)
    await engine.dispose()


KEY = StorageKey(bot_id=42, chat_id=7, user_id=7, destiny="aiogd:stack:")


async def test_dialog_state_survives_a_new_storage_and_can_be_erased(
    factory: SessionFactory,
) -> None:
    first = DatabaseStorage(factory, clock=FakeClock(START))
    await first.set_state(KEY, "OnboardingSG:name")
    await first.set_data(KEY, {"intents": ["abc"], "last_message_id": 12, "text": "å ä ö ع"})

    again = DatabaseStorage(factory, clock=FakeClock(START))  # as after a restart
    assert await again.get_state(KEY) == "OnboardingSG:name"
    assert await again.get_data(KEY) == {
        "intents": ["abc"],
        "last_message_id": 12,
        "text": "å ä ö ع",
    }

    async with factory() as session:
        assert await erase_user_state(session, telegram_id=7) == 1
    assert await again.get_state(KEY) is None
    assert await again.get_data(KEY) == {}


async def test_empty_state_leaves_no_row(factory: SessionFactory) -> None:
    storage = DatabaseStorage(factory, clock=FakeClock(START))
    await storage.set_data(KEY, {"a": 1})
    await storage.set_data(KEY, {})
    async with factory() as session:
        assert await erase_user_state(session, telegram_id=7) == 0


async def _rows(factory: SessionFactory, user_id: int) -> dict[str, str]:
    async with factory() as session:
        rows = await session.exec(select(FsmRecord).where(FsmRecord.user_id == user_id))
        return {row.key: row.data for row in rows}


def _key(user_id: int, destiny: str) -> StorageKey:
    return StorageKey(bot_id=42, chat_id=user_id, user_id=user_id, destiny=destiny)


@pytest.mark.parametrize("cache", [False, True])
async def test_an_update_writes_its_dialog_state_once_it_is_handled(
    factory: SessionFactory, cache: bool
) -> None:
    storage = DatabaseStorage(factory, clock=FakeClock(START), cache=cache)
    stack, old, new = (
        _key(7, "aiogd:stack:"),
        _key(7, "aiogd:context:old"),
        _key(7, "aiogd:context:new"),
    )
    await storage.set_data(stack, {"intents": ["old"]})
    await storage.set_data(old, {"id": "old"})
    seen: dict[str, Any] = {}

    async def opens_a_dialog() -> str:
        # As aiogram-dialog starts a dialog: the old one goes, the stack is saved twice.
        await storage.set_data(old, {})
        await storage.set_data(stack, {"intents": []})
        await storage.set_data(new, {"id": "new"})
        await storage.set_data(stack, {"intents": ["new"]})
        await storage.set_data(_key(7, "aiogd:context:brief"), {"id": "brief"})
        await storage.set_data(_key(7, "aiogd:context:brief"), {})
        seen["stack"] = await storage.get_data(stack)
        seen["old"] = await storage.get_data(old)
        seen["rows"] = await _rows(factory, 7)
        return "handled"

    async with storage.one_update():
        assert await opens_a_dialog() == "handled"

    # The handler saw its own changes, and nothing of them was written before it returned.
    assert seen["stack"] == {"intents": ["new"]}
    assert seen["old"] == {}
    assert seen["rows"] == {
        "fsm:42:7:7:aiogd:stack:": '{"intents":["old"]}',
        "fsm:42:7:7:aiogd:context:old": '{"id":"old"}',
    }
    assert await _rows(factory, 7) == {
        "fsm:42:7:7:aiogd:stack:": '{"intents":["new"]}',
        "fsm:42:7:7:aiogd:context:new": '{"id":"new"}',
    }
    again = DatabaseStorage(factory, clock=FakeClock(START), cache=cache)  # a restart
    assert await again.get_data(stack) == {"intents": ["new"]}
    assert await again.get_data(new) == {"id": "new"}


async def test_updates_finishing_together_are_all_written(factory: SessionFactory) -> None:
    storage = DatabaseStorage(factory, clock=FakeClock(START), cache=True)

    async def update_of(user_id: int) -> None:
        async with storage.one_update():
            await storage.set_state(_key(user_id, "default"), "MenuSG:main")
            await asyncio.sleep(0)
            await storage.set_data(_key(user_id, "aiogd:stack:"), {"user": user_id})

    await asyncio.gather(*(update_of(user_id) for user_id in range(100, 130)))

    again = DatabaseStorage(factory, clock=FakeClock(START))
    for user_id in range(100, 130):
        assert await again.get_state(_key(user_id, "default")) == "MenuSG:main"
        assert await again.get_data(_key(user_id, "aiogd:stack:")) == {"user": user_id}


async def test_a_failing_update_still_writes_what_it_changed(factory: SessionFactory) -> None:
    storage = DatabaseStorage(factory, clock=FakeClock(START), cache=True)

    with pytest.raises(RuntimeError):
        async with storage.one_update():
            await storage.set_data(KEY, {"intents": ["kept"]})
            raise RuntimeError("the handler broke")
    assert await DatabaseStorage(factory, clock=FakeClock(START)).get_data(KEY) == {
        "intents": ["kept"]
    }


async def test_dialog_state_in_redis_when_its_url_is_set() -> None:
    url = os.environ.get("TEST_REDIS_URL")
    if not url:
        pytest.skip("TEST_REDIS_URL is not set: Redis tests skipped (see README)")
    from aiogram.fsm.storage.base import DefaultKeyBuilder
    from aiogram.fsm.storage.redis import RedisStorage

    storage = RedisStorage.from_url(url, key_builder=DefaultKeyBuilder(with_destiny=True))
    try:
        await storage.set_state(KEY, "OnboardingSG:name")
        await storage.set_data(KEY, {"intents": ["abc"]})
        again = RedisStorage.from_url(url, key_builder=DefaultKeyBuilder(with_destiny=True))
        assert await again.get_state(KEY) == "OnboardingSG:name"
        assert await again.get_data(KEY) == {"intents": ["abc"]}
        await again.set_state(KEY, None)
        await again.set_data(KEY, {})
        await again.close()
    finally:
        await storage.close()


async def _person(
    factory: SessionFactory, telegram_id: int, role: Role, staff_id: int | None = None
) -> Person:
    async with factory() as session:
        person = await people.create_person(
            session,
            telegram_id=telegram_id,
            role=role,
            locale="sv",
            timezone="Europe/Stockholm",
            now=START,
            staff_id=staff_id,
        )
        return person


async def test_each_actor_sees_only_what_their_role_allows(factory: SessionFactory) -> None:
    lina = await _person(factory, 1, Role.STAFF)
    omar = await _person(factory, 2, Role.STAFF)
    admin = await _person(factory, 3, Role.ADMIN)
    amina = await _person(factory, 10, Role.PARTICIPANT, staff_id=lina.id)
    yusuf = await _person(factory, 11, Role.PARTICIPANT, staff_id=omar.id)
    everyone = [lina, omar, admin, amina, yusuf]

    async def visible(actor_person: Person) -> set[int]:
        actor = Actor.of(actor_person)
        async with factory() as session:
            seen = set()
            for person in everyone:
                assert person.id is not None
                if await people.get_visible(session, actor=actor, person_id=person.id):
                    seen.add(person.id)
            return seen

    assert await visible(amina) == {amina.id}
    assert await visible(lina) == {lina.id, amina.id}
    assert await visible(omar) == {omar.id, yusuf.id}
    assert await visible(admin) == {p.id for p in everyone}


def test_configured_admin_ids_make_an_admin_whatever_the_record_says() -> None:
    person = Person(
        id=1,
        telegram_id=99,
        role="staff",
        locale="sv",
        timezone="Europe/Stockholm",
        created_at=START,
    )
    assert Actor.of(person).role is Role.STAFF
    assert Actor.of(person, frozenset({99})).role is Role.ADMIN


async def test_writes_handed_in_while_one_is_written_go_together_next() -> None:
    written: list[dict[str, int]] = []
    first_started, release = asyncio.Event(), asyncio.Event()

    async def write(values: dict[str, int]) -> None:
        written.append(values)
        if len(written) == 1:
            first_started.set()
            await release.wait()
        if "bad" in values:
            raise ValueError("refused")

    together: WrittenTogether[str, int] = WrittenTogether(write)
    first = asyncio.create_task(together.add({"a": 1}))
    await first_started.wait()
    # While the first is written: three more, one of them for the same key twice.
    later = [asyncio.create_task(together.add(values)) for values in ({"b": 1}, {"b": 2}, {"c": 3})]
    await asyncio.sleep(0)
    release.set()
    await asyncio.gather(first, *later)
    assert written == [{"a": 1}, {"b": 2, "c": 3}]  # the later value of a key wins

    # A failed write raises in every caller whose values it held, and no other.
    failing = asyncio.create_task(together.add({"bad": 1}))
    with pytest.raises(ValueError, match="refused"):
        await failing
    await together.add({"d": 4})
    assert written[-1] == {"d": 4}


async def test_a_caller_cancelled_does_not_stop_the_write_it_shares() -> None:
    written: list[dict[str, int]] = []
    started, release = asyncio.Event(), asyncio.Event()

    async def write(values: dict[str, int]) -> None:
        started.set()
        await release.wait()
        written.append(values)

    together: WrittenTogether[str, int] = WrittenTogether(write)
    cancelled = asyncio.create_task(together.add({"a": 1}))
    await started.wait()
    cancelled.cancel()
    with pytest.raises(asyncio.CancelledError):
        await cancelled
    release.set()
    await together.add({"b": 2})
    assert written == [{"a": 1}, {"b": 2}]


async def test_a_sqlite_pool_keeps_a_connection_for_each_update_handled_at_once(
    db_url: str,
) -> None:
    # A pool smaller than what is used at once opens a connection (a thread) for each
    # checkout past it and closes it again on return.
    from bot.factory import SQLITE_CONNECTIONS

    engine = create_engine(db_url, connections=SQLITE_CONNECTIONS)
    held = [await engine.connect() for _ in range(SQLITE_CONNECTIONS)]
    for connection in held:
        await connection.execute(text("SELECT 1"))
    for connection in held:
        await connection.close()
    assert engine.pool.checkedin() == SQLITE_CONNECTIONS  # type: ignore[attr-defined]
    await engine.dispose()


async def test_closing_a_session_gives_back_what_it_holds_and_only_then_waits(
    factory: SessionFactory,
) -> None:
    [person_id] = await participants(factory, 1)
    session = factory()
    person = await session.get(Person, person_id)
    assert person is not None
    person.display_name = "Not kept"
    try:
        await session.flush()  # an open write: on SQLite it holds the write lock
        assert holds_connection(session)
    finally:
        await close(session)  # rolled back, its connection given back
    async with factory() as other:
        kept = await other.get(Person, person_id)
        assert kept is not None and kept.display_name != "Not kept"
        kept.display_name = "Written after"
        await asyncio.wait_for(other.commit(), timeout=5)  # no lock left behind

    # A session that only holds objects (the sender, as the people cache adds it) holds no
    # connection: closed at once, its objects let go.
    session = factory()
    session.add(kept)
    assert session.in_transaction() and not holds_connection(session)
    await close(session)
    assert not session.in_transaction() and kept not in session


_BY_ID = select(Person.id, Person.telegram_id).where(col(Person.id) == bindparam("person_id"))
_PREBUILT_BY_ID = prebuilt(lambda: _BY_ID)


async def test_a_prebuilt_statement_runs_as_the_statement_and_a_shared_lambda_is_refused(
    factory: SessionFactory,
) -> None:
    [first, second] = await participants(factory, 2)
    async with factory() as session:
        rows = [
            (await session.exec(_PREBUILT_BY_ID, params={"person_id": person_id})).first()
            for person_id in (first, second)
        ]
    assert [row[0] for row in rows if row is not None] == [first, second]
    with pytest.raises(ValueError, match="lambda of its own"):
        for statement in (_BY_ID, _BY_ID.where(col(Person.active))):
            prebuilt(lambda statement=statement: statement)  # type: ignore[misc]


def test_a_select_of_one_entity_is_not_prebuilt() -> None:
    # SQLModel's exec gives Person objects for it, but rows for the lambda standing for it.
    with pytest.raises(TypeError, match="one entity"):
        prebuilt(lambda: select(Person))


async def test_get_takes_what_the_session_holds_loaded_and_reads_the_rest(
    factory: SessionFactory,
) -> None:
    [person_id] = await participants(factory, 1)
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    async with factory() as session:
        assert session.bind is not None
        engine = session.bind.sync_engine
        event.listen(engine, "before_cursor_execute", count)
        try:
            person = await get(session, Person, person_id)  # not held yet: read
            assert person is not None and len(statements) == 1
            assert await get(session, Person, person_id) is person  # held: no statement
            assert len(statements) == 1
            session.expire(person)  # to be read again: not given as it is
            assert await get(session, Person, person_id) is person
            assert len(statements) == 2
        finally:
            event.remove(engine, "before_cursor_execute", count)
