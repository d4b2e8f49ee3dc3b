"""The outbox table on SQLite and PostgreSQL: one row per occurrence, claims that never overlap."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlmodel import func, select

from bench.population import add_participants
from storage import checkins, outbox
from storage.db import SessionFactory
from storage.outbox import OutboxMessage
from storage.people import Person
from tests.conftest import START
from tests.support.personas import participants


async def test_queueing_the_same_occurrence_twice_keeps_one_row(factory: SessionFactory) -> None:
    [person] = await participants(factory, 1)
    for _ in range(3):
        async with factory() as session:
            await outbox.enqueue(
                session,
                recipient_id=person,
                purpose="checkin",
                occurrence="2026-11-30",
                due_at=START,
                now=START,
            )
            await session.commit()
    async with factory() as session:
        rows = (await session.exec(select(OutboxMessage))).all()
    assert len(rows) == 1


async def test_a_row_queued_in_a_rolled_back_transaction_is_not_there(
    factory: SessionFactory,
) -> None:
    [person] = await participants(factory, 1)
    async with factory() as session:
        await outbox.enqueue(
            session, recipient_id=person, purpose="checkin", occurrence="x", due_at=START, now=START
        )
        await session.rollback()
    async with factory() as session:
        assert (await session.exec(select(OutboxMessage))).all() == []


async def test_concurrent_claims_never_take_the_same_row(factory: SessionFactory) -> None:
    people = await participants(factory, 60)
    async with factory() as session:
        for person in people:
            await outbox.enqueue(
                session,
                recipient_id=person,
                purpose="checkin",
                occurrence="d",
                due_at=START,
                now=START,
            )
        await session.commit()

    async def claim() -> list[int]:
        async with factory() as session:
            rows = await outbox.claim_due(session, now=START, limit=25, lease=timedelta(minutes=5))
            return [row.id for row in rows if row.id is not None]

    taken: list[int] = []
    while len(taken) < 60:
        claims = await asyncio.gather(*(claim() for _ in range(4)))
        taken += [row_id for claim_ in claims for row_id in claim_]
        assert len(taken) == len(set(taken))  # no row in two claims, ever
    assert len(taken) == 60


async def test_an_expired_lease_can_be_claimed_again(factory: SessionFactory) -> None:
    [person] = await participants(factory, 1)
    async with factory() as session:
        await outbox.enqueue(
            session, recipient_id=person, purpose="checkin", occurrence="d", due_at=START, now=START
        )
        await session.commit()
        first = await outbox.claim_due(session, now=START, limit=10, lease=timedelta(minutes=5))
        again = await outbox.claim_due(
            session, now=START + timedelta(minutes=4), limit=10, lease=timedelta(minutes=5)
        )
        later = await outbox.claim_due(
            session, now=START + timedelta(minutes=6), limit=10, lease=timedelta(minutes=5)
        )
    assert (len(first), len(again), len(later)) == (1, 0, 1)


async def test_two_ticks_at_once_raise_one_alert_per_cause(factory: SessionFactory) -> None:
    from storage.alerts import Alert, Kind, raise_alert

    async with factory() as session:
        staff = Person(
            telegram_id=1, role="staff", locale="sv", timezone="Europe/Stockholm", created_at=START
        )
        session.add(staff)
        await session.flush()
        amina = Person(
            telegram_id=2,
            role="participant",
            locale="sv",
            timezone="Europe/Stockholm",
            created_at=START,
            staff_id=staff.id,
        )
        session.add(amina)
        await session.commit()

    async def tick() -> None:
        async with factory() as session:
            await raise_alert(session, participant=amina, kind=Kind.INACTIVE, cause="c", now=START)
            await session.commit()

    await asyncio.gather(tick(), tick(), tick())
    async with factory() as session:
        assert len((await session.exec(select(Alert))).all()) == 1
        notices = (
            await session.exec(select(OutboxMessage).where(OutboxMessage.purpose == "alert"))
        ).all()
    assert len(notices) == 1


async def test_a_monday_crowd_of_unanswered_checkins_gets_its_reminders(
    factory: SessionFactory,
) -> None:
    """4,000 check-ins asked at once and not answered: one reminder each the next day. One
    INSERT of them all would carry 36,000 parameters, more than PostgreSQL's driver allows."""
    asked = START - timedelta(days=1, hours=1)
    async with factory() as session:
        await add_participants(session, count=4_000, now=asked, due=asked)
    async with factory() as session:
        assert await checkins.queue_due(session, now=asked, limit=5_000) == 4_000
        assert await checkins.queue_reminders(session, now=START) == 4_000
        reminders = (
            await session.exec(
                select(func.count())
                .select_from(OutboxMessage)
                .where(OutboxMessage.purpose == checkins.REMINDER_PURPOSE)
            )
        ).one()
    assert reminders == 4_000


async def test_rows_marked_sent_together_each_keep_their_own_telegram_id(
    factory: SessionFactory,
) -> None:
    """The sender marks the rows Telegram took in one transaction: each as if marked alone,
    and a row marked sent is never claimed again, however its lease runs out."""
    people = await participants(factory, 3)
    async with factory() as session:
        for person in people:
            await outbox.enqueue(
                session,
                recipient_id=person,
                purpose="checkin",
                occurrence="d",
                due_at=START,
                now=START,
            )
        await session.commit()
        claimed = await outbox.claim_due(session, now=START, limit=10, lease=timedelta(minutes=5))
    first, second, third = (row.id for row in claimed)
    assert first is not None and second is not None and third is not None
    sent_at = START + timedelta(seconds=1)
    async with factory() as session:
        await outbox.mark_sent_many(
            session, [outbox.Sent(first, 701, sent_at), outbox.Sent(second, 702, sent_at)]
        )
    async with factory() as session:
        rows = {
            row.id: (row.status, row.telegram_message_id, row.attempts, row.sent_at)
            for row in (await session.exec(select(OutboxMessage))).all()
        }
        later = await outbox.claim_due(
            session, now=START + timedelta(minutes=6), limit=10, lease=timedelta(minutes=5)
        )
    assert rows[first] == ("sent", 701, 1, sent_at)
    assert rows[second] == ("sent", 702, 1, sent_at)
    assert rows[third] == ("sending", None, 0, None)
    assert [row.id for row in later] == [third]  # its lease ran out: it goes again
