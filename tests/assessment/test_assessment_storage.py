"""Self-assessment rounds on SQLite and PostgreSQL: taps and ticks at once never double a thing."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import event
from sqlmodel import func, select
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.instruments import FULL, SHORT
from storage import assessments
from storage.assessments import AssessmentAnswer, AssessmentPlan, AssessmentRound
from storage.db import SessionFactory, holds_connection, keep_loaded
from storage.outbox import OutboxMessage
from storage.people import Actor, Person, Role
from tests.conftest import START
from tests.support.personas import participants


def _participant(person_id: int) -> Actor:
    return Actor(person_id, 500, Role.PARTICIPANT, True)


async def _count(factory: SessionFactory, model: type) -> int:
    async with factory() as session:
        return int((await session.exec(select(func.count()).select_from(model))).one())


async def _started(factory: SessionFactory, person_id: int | None = None) -> tuple[int, int]:
    """A participant (`person_id`, or a new one) and the baseline round onboarding opened."""
    if person_id is None:
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
                instrument="vagen",
                form=FULL,
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
            session,
            actor=actor,
            round_id=round_id,
            instrument="maende",
            form=FULL,
            position=0,
            value=3,
            now=START,
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
            session,
            actor=actor,
            round_id=found.id,
            instrument="maende",
            form=FULL,
            position=0,
            value=None,
            now=START,
        )
        off_scale = await assessments.answer(
            session,
            actor=actor,
            round_id=found.id,
            instrument="maende",
            form=FULL,
            position=0,
            value=6,
            now=START,
        )
    assert refused is None and off_scale is None
    assert await _count(factory, AssessmentAnswer) == 0


async def _answer(
    factory: SessionFactory,
    actor: Actor,
    round_id: int,
    position: int,
    value: int | None = 3,
    *,
    instrument: str = "vagen",
    form: str = FULL,
) -> AssessmentRound | None:
    async with factory() as session:
        return await assessments.answer(
            session,
            actor=actor,
            round_id=round_id,
            instrument=instrument,
            form=form,
            position=position,
            value=value,
            now=START,
        )


async def _answer_in(
    session: AsyncSession, actor: Actor, round_id: int, position: int, value: int
) -> AssessmentRound | None:
    """An answer to the full form of vagen within `session`, as a tap's update gives it."""
    return await assessments.answer(
        session,
        actor=actor,
        round_id=round_id,
        instrument="vagen",
        form=FULL,
        position=position,
        value=value,
        now=START,
    )


async def _both_kept(
    factory: SessionFactory, person_id: int, round_id: int, answers: dict[str, int | None]
) -> None:
    """The update's own change (the person seen at START) and its answers, both stored."""
    async with factory() as session:
        seen = await session.get(Person, person_id)
        assert seen is not None and seen.last_seen_at == START
        assert await assessments.answers_of(session, round_id=round_id) == answers


async def _stored(factory: SessionFactory, round_id: int) -> AssessmentRound:
    async with factory() as session:
        found = await session.get(AssessmentRound, round_id)
    assert found is not None
    return found


async def test_a_double_tap_saves_the_first_answer_only(factory: SessionFactory) -> None:
    person_id, round_id = await _started(factory)
    actor = _participant(person_id)
    assert await _answer(factory, actor, round_id, 0, 4)
    async with factory() as session:
        again = await assessments.answer(  # the same item's button
            session,
            actor=actor,
            round_id=round_id,
            instrument="vagen",
            form=FULL,
            position=0,
            value=2,
            now=START,
        )
        # Refused, and no transaction left open: on SQLite it would hold the write lock
        # for the rest of the update.
        assert again is None and not session.in_transaction()
    assert (await _stored(factory, round_id)).position == 1
    async with factory() as session:
        assert await assessments.answers_of(session, round_id=round_id) == {"health-1": 4}


async def test_another_participants_round_takes_no_answer(factory: SessionFactory) -> None:
    person_id, someone_else = await participants(factory, 2)
    _, round_id = await _started(factory, person_id)
    # Someone else's round, with its own instrument and form: nothing moves, nothing is kept.
    assert await _answer(factory, _participant(someone_else), round_id, 0) is None
    assert await _answer(factory, _participant(person_id), round_id + 1, 0) is None  # no round
    stored = await _stored(factory, round_id)
    assert (stored.position, stored.reached, stored.started_at) == (0, 0, None)
    assert await _count(factory, AssessmentAnswer) == 0


async def test_an_answer_for_another_form_or_instrument_is_refused(
    factory: SessionFactory,
) -> None:
    person_id, round_id = await _started(factory)  # the full form of vagen
    actor = _participant(person_id)
    assert await _answer(factory, actor, round_id, 1, form=SHORT) is None
    assert await _answer(factory, actor, round_id, 0, instrument="avslut") is None
    assert await _answer(factory, actor, round_id, 0, instrument="gone") is None
    assert await _answer(factory, actor, round_id, 0, form="gone") is None
    assert await _answer(factory, actor, round_id, 49) is None  # past the last item
    assert (await _stored(factory, round_id)).position == 0
    assert await _count(factory, AssessmentAnswer) == 0


async def test_a_finished_or_declined_round_takes_no_answer(factory: SessionFactory) -> None:
    [person_id] = await participants(factory, 1)
    actor = _participant(person_id)

    async def started() -> int:
        async with factory() as session:
            found = await assessments.start_self(
                session, actor=actor, instrument="maende", now=START
            )
        assert found is not None and found.id is not None
        return found.id

    done = await started()
    for position in range(5):
        last = await _answer(factory, actor, done, position, instrument="maende")
    assert last is not None and last.completed_at == START  # the last answer completed it
    assert await _answer(factory, actor, done, 5, instrument="maende") is None
    assert await _answer(factory, actor, done, 4, 1, instrument="maende") is None
    declined = await started()
    async with factory() as session:
        assert await assessments.decline(session, actor=actor, round_id=declined, now=START)
    assert await _answer(factory, actor, declined, 0, instrument="maende") is None
    async with factory() as session:
        kept = await assessments.answers_of(session, round_id=done)
        scores = await assessments.scores_of(session, round_id=done)
    assert kept == {item: 3 for item in kept} and len(kept) == 5 and scores
    assert await _count(factory, AssessmentAnswer) == 5


async def test_the_answered_round_is_read_again_without_a_query(factory: SessionFactory) -> None:
    person_id, round_id = await _started(factory)
    actor = _participant(person_id)
    statements: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    later = START + timedelta(minutes=1)
    async with factory() as session:
        keep_loaded(session)
        assert session.bind is not None
        engine = session.bind.sync_engine
        event.listen(engine, "before_cursor_execute", count)
        try:
            moved = await assessments.answer(
                session,
                actor=actor,
                round_id=round_id,
                instrument="vagen",
                form=FULL,
                position=0,
                value=5,
                now=START,
            )
            assert moved is not None
            del moved  # the session alone holds it now, as once the handler has returned
            written = len(statements)
            found = await assessments.own_round(session, actor=actor, round_id=round_id)
            assert len(statements) == written  # what the next screen reads is in the session
            assert found is not None
            assert (found.position, found.reached, found.started_at) == (1, 1, START)
            # Back one item and answer it again: the answer is replaced, how far she came kept,
            # and the round's start is the first answer's.
            assert await assessments.back(session, actor=actor, round_id=round_id, position=1)
            assert await assessments.answer(
                session,
                actor=actor,
                round_id=round_id,
                instrument="vagen",
                form=FULL,
                position=0,
                value=2,
                now=later,
            )
            assert (found.position, found.reached, found.started_at) == (1, 1, START)
        finally:
            event.remove(engine, "before_cursor_execute", count)
    assert not any(s.lstrip().upper().startswith("SELECT") for s in statements[:written])
    async with factory() as session:
        assert await assessments.answers_of(session, round_id=round_id) == {"health-1": 2}


async def test_an_answer_is_committed_when_it_returns_and_the_session_holds_nothing(
    factory: SessionFactory,
) -> None:
    person_id, round_id = await _started(factory)
    actor = _participant(person_id)
    async with factory() as session:
        keep_loaded(session)
        # The update's sender is in the session, as the people cache puts it there: the
        # session has begun a transaction, but on no connection yet.
        sender = await session.get(Person, person_id)
        await session.commit()
        session.add(sender)
        assert session.in_transaction() and not holds_connection(session)
        moved = await _answer_in(session, actor, round_id, 0, 4)
        assert moved is not None and moved.position == 1
        assert not holds_connection(session)  # no lock or snapshot kept for the update
        # Committed already: another session sees it while this one is still open.
        assert (await _stored(factory, round_id)).position == 1
        async with factory() as other:
            assert await assessments.answers_of(other, round_id=round_id) == {"health-1": 4}


async def test_an_answer_within_an_open_write_commits_with_it_and_waits_for_nothing(
    factory: SessionFactory,
) -> None:
    person_id, round_id = await _started(factory)
    actor = _participant(person_id)
    async with factory() as session:
        # A write of the same update not yet committed: on SQLite its transaction holds the
        # write lock, so the answer must go into that transaction, not wait for it.
        person = await session.get(Person, person_id)
        assert person is not None
        person.last_seen_at = START
        await session.flush()
        assert holds_connection(session)
        moved = await asyncio.wait_for(_answer_in(session, actor, round_id, 0, 2), timeout=5)
        assert moved is not None and not holds_connection(session)
    await _both_kept(factory, person_id, round_id, {"health-1": 2})


async def test_an_answer_commits_what_the_session_has_changed_but_not_yet_written(
    factory: SessionFactory,
) -> None:
    person_id, round_id = await _started(factory)
    actor = _participant(person_id)
    async with factory() as session:
        keep_loaded(session)
        person = await session.get(Person, person_id)
        assert person is not None
        await session.commit()
        # A change of the same update, not flushed yet: the session holds no connection,
        # but the answer's commit is the one that writes it, as it always was.
        person.last_seen_at = START
        assert not holds_connection(session)
        moved = await _answer_in(session, actor, round_id, 0, 2)
        assert moved is not None and moved.position == 1
        assert not session.dirty
    await _both_kept(factory, person_id, round_id, {"health-1": 2})


async def test_an_answer_within_a_savepoint_commits_the_session_as_it_always_did(
    factory: SessionFactory,
) -> None:
    person_id, round_id = await _started(factory)
    actor = _participant(person_id)
    async with factory() as session:
        # A savepoint begun, no statement yet: the session holds no connection, but the
        # answer is the session's unit of work, and its commit ends the savepoint too.
        await session.begin_nested()
        assert not holds_connection(session)
        assert await _answer_in(session, actor, round_id, 0, 3) is not None
        assert not session.in_transaction()
    assert (await _stored(factory, round_id)).position == 1
    assert await _count(factory, AssessmentAnswer) == 1
