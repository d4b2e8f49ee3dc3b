"""One scheduler among several workers on PostgreSQL: the lock holder runs the ticks; when it
goes, another takes over; nothing due is missed or queued twice."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import select

from rules.clock import FakeClock
from rules.config import Settings
from scheduler.leader import Leadership
from scheduler.runner import Ticks
from storage import checkins
from storage.checkins import Checkin
from storage.db import create_engine, create_session_factory
from storage.outbox import OutboxMessage
from storage.people import Person
from tests.conftest import START, empty_postgres
from tests.support.app import OUTGOING


async def test_sqlite_always_leads(settings: Settings) -> None:
    engine = create_engine(settings.database_url)
    try:
        leadership = Leadership(engine)
        assert await leadership.check() and leadership.leading
    finally:
        await engine.dispose()


async def test_one_worker_leads_and_another_takes_over_when_it_dies(
    settings: Settings, postgres_url: str
) -> None:
    first_engine, second_engine = create_engine(postgres_url), create_engine(postgres_url)
    first, second = Leadership(first_engine), Leadership(second_engine)
    factory = create_session_factory(second_engine)
    clock = FakeClock(START)
    pg_settings = settings.model_copy(update={"database_url": postgres_url})
    first_ticks = Ticks(
        outgoing=OUTGOING,
        session_factory=create_session_factory(first_engine),
        clock=clock,
        settings=pg_settings,
        leadership=first,
    )
    second_ticks = Ticks(
        outgoing=OUTGOING,
        session_factory=factory,
        clock=clock,
        settings=pg_settings,
        leadership=second,
    )
    try:
        async with factory() as session:
            person = Person(
                telegram_id=4242,
                role="participant",
                locale="sv",
                timezone="Europe/Stockholm",
                created_at=START,
                onboarded_at=START,
            )
            session.add(person)
            await session.commit()
            plan = await checkins.ensure_plan(session, participant=person, now=START)
            await session.commit()
            due = plan.next_due_at

        assert await first_ticks.keep_leadership() is True
        assert await second_ticks.keep_leadership() is False
        clock.set(due)
        assert await second_ticks.queue_due() == 0  # not the leader: queues nothing
        # The leader dies: its connection drops (no unlock), PostgreSQL lets the lock go.
        held = first._connection
        assert held is not None
        await held.invalidate()
        assert await second_ticks.keep_leadership() is True
        assert await second_ticks.queue_due() == 1
        assert await second_ticks.queue_due() == 0  # nothing twice
        async with factory() as session:
            assert len((await session.exec(select(Checkin))).all()) == 1
            assert len((await session.exec(select(OutboxMessage))).all()) == 1
    finally:
        await second.release()
        await empty_postgres(postgres_url)
        await first_engine.dispose()
        await second_engine.dispose()


async def test_a_leader_cut_off_by_the_server_stands_down_and_the_other_leads(
    settings: Settings, postgres_url: str
) -> None:
    """PostgreSQL ends the leader's connection (a network cut, a killed backend): the other
    worker leads within one check, the old leader knows it no longer does, and a check-in
    due meanwhile is queued once."""
    first_engine, second_engine = create_engine(postgres_url), create_engine(postgres_url)
    first, second = Leadership(first_engine), Leadership(second_engine)
    clock = FakeClock(START)
    pg_settings = settings.model_copy(update={"database_url": postgres_url})
    workers = [
        Ticks(
            outgoing=OUTGOING,
            session_factory=create_session_factory(engine),
            clock=clock,
            settings=pg_settings,
            leadership=leadership,
        )
        for engine, leadership in ((first_engine, first), (second_engine, second))
    ]
    factory = create_session_factory(second_engine)
    try:
        async with factory() as session:
            person = Person(
                telegram_id=4243,
                role="participant",
                locale="sv",
                timezone="Europe/Stockholm",
                created_at=START,
                onboarded_at=START,
            )
            session.add(person)
            await session.commit()
            plan = await checkins.ensure_plan(session, participant=person, now=START)
            await session.commit()
            due = plan.next_due_at

        assert [await ticks.keep_leadership() for ticks in workers] == [True, False]
        held = first._connection
        assert held is not None
        backend = (await held.execute(text("SELECT pg_backend_pid()"))).scalar()
        await held.commit()
        async with second_engine.connect() as admin:
            # Waits until that backend has ended (and its lock is free).
            await admin.execute(text("SELECT pg_terminate_backend(:pid, 10000)"), {"pid": backend})
            await admin.commit()

        clock.set(due)
        assert await workers[1].keep_leadership() is True
        assert await workers[0].keep_leadership() is False  # its lock went with its connection
        assert [await ticks.queue_due() for ticks in workers] == [0, 1]
        assert [await ticks.queue_due() for ticks in workers] == [0, 0]
        async with factory() as session:
            assert len((await session.exec(select(OutboxMessage))).all()) == 1
    finally:
        await second.release()
        await first.release()
        await empty_postgres(postgres_url)
        await first_engine.dispose()
        await second_engine.dispose()
