"""Self-assessment rounds on SQLite and PostgreSQL: taps and ticks at once never double a thing."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlmodel import func, select

from rules.instruments import SHORT
from storage import assessments
from storage.assessments import AssessmentAnswer, AssessmentPlan, AssessmentRound
from storage.db import SessionFactory
from storage.outbox import OutboxMessage
from storage.people import Actor, Person, Role
from tests.conftest import START
from tests.support.personas import participants


def _participant(person_id: int) -> Actor:
    return Actor(person_id, 500, Role.PARTICIPANT, True)


async def _count(factory: SessionFactory, model: type) -> int:
    async with factory() as session:
        return int((await session.exec(select(func.count()).select_from(model))).one())


async def _started(factory: SessionFactory) -> tuple[int, int]:
    [person_id] = await participants(factory, 1)
    async with factory() as session:
        person = await session.get(Person, person_id)
        assert person is not None
        await assessments.start_participant(session, participant=person, now=START)
        await session.commit()
        (found,) = (await session.exec(select(AssessmentRound))).all()
        assert found.id is not None
        return person_id, found.id


async def test_two_taps_on_one_item_at_once_save_one_answer(factory: SessionFactory) -> None:
    person_id, round_id = await _started(factory)

    async def tap(value: int) -> bool:
        async with factory() as session:
            done = await assessments.answer(
                session,
                actor=_participant(person_id),
                round_id=round_id,
                position=0,
                value=value,
                now=START,
            )
            return done is not None

    outcomes = await asyncio.gather(*(tap(v) for v in (1, 2, 3, 4, 5)))
    assert sorted(outcomes) == [False, False, False, False, True]
    async with factory() as session:
        found = await session.get(AssessmentRound, round_id)
        answers = await assessments.answers_of(session, round_id=round_id)
    assert found is not None and found.position == 1
    assert len(answers) == 1


async def test_two_ticks_at_once_open_one_round_and_one_invitation(
    factory: SessionFactory,
) -> None:
    person_id, baseline = await _started(factory)
    async with factory() as session:  # the baseline is done; the rhythm may open a round
        done = await session.get(AssessmentRound, baseline)
        assert done is not None
        done.completed_at = START
        await session.commit()
    later = START + timedelta(days=29)

    async def tick() -> int:
        async with factory() as session:
            return await assessments.queue_due(session, now=later)

    await asyncio.gather(tick(), tick(), tick())
    async with factory() as session:
        rounds = (
            await session.exec(select(AssessmentRound).where(AssessmentRound.cause == "rhythm"))
        ).all()
        invites = (
            await session.exec(
                select(OutboxMessage).where(
                    OutboxMessage.purpose == assessments.INVITE_PURPOSE,
                    OutboxMessage.recipient_id == person_id,
                )
            )
        ).all()
        plan = await session.get(AssessmentPlan, person_id)
    assert [(r.form, r.occurrence) for r in rounds] == [(SHORT, "rhythm-2026-12-21")]
    assert len(invites) == 2  # the baseline's and this one's
    assert plan is not None and plan.next_due_at > later


async def test_declining_keeps_nothing_but_the_no(factory: SessionFactory) -> None:
    [person_id] = await participants(factory, 1)
    actor = _participant(person_id)
    async with factory() as session:
        found = await assessments.start_self(session, actor=actor, instrument="maende", now=START)
        assert found is not None and found.id is not None
        round_id = found.id
        await assessments.answer(
            session, actor=actor, round_id=round_id, position=0, value=3, now=START
        )
        # A participant cannot decline a form that is not optional, nor someone else's.
        assert (
            await assessments.decline(
                session, actor=_participant(person_id + 1), round_id=round_id, now=START
            )
            is None
        )
        assert await assessments.decline(session, actor=actor, round_id=round_id, now=START)
    assert await _count(factory, AssessmentAnswer) == 0
    async with factory() as session:
        stored = await session.get(AssessmentRound, round_id)
    assert stored is not None and stored.declined_at == START and stored.completed_at is None


async def test_a_skip_where_the_form_forbids_it_is_refused(factory: SessionFactory) -> None:
    [person_id] = await participants(factory, 1)
    actor = _participant(person_id)
    async with factory() as session:
        found = await assessments.start_self(session, actor=actor, instrument="maende", now=START)
        assert found is not None and found.id is not None
        refused = await assessments.answer(
            session, actor=actor, round_id=found.id, position=0, value=None, now=START
        )
        off_scale = await assessments.answer(
            session, actor=actor, round_id=found.id, position=0, value=6, now=START
        )
    assert refused is None and off_scale is None
    assert await _count(factory, AssessmentAnswer) == 0
