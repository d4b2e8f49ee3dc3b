"""Practice on SQLite and PostgreSQL: double taps answer once; prompts go out once."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlmodel import func, select

from storage import practice
from storage.db import SessionFactory
from storage.outbox import OutboxMessage
from storage.people import Actor, Role
from storage.practice import PracticeCard, PracticeReview
from tests.conftest import START
from tests.support.personas import participants


def _actor(person_id: int) -> Actor:
    return Actor(person_id, 500, Role.PARTICIPANT, True)


async def test_five_taps_at_once_on_one_question_record_one_answer(
    factory: SessionFactory,
) -> None:
    [person_id] = await participants(factory, 1)
    actor = _actor(person_id)
    async with factory() as session:
        await practice.set_track(session, actor=actor, participant_id=person_id, track="care")
        opened = await practice.open_session(session, actor=actor, now=START)
        assert opened is not None and opened.id is not None
        session_id = opened.id

    async def tap(correct: bool) -> bool:
        async with factory() as session:
            review = await practice.answer(
                session,
                actor=actor,
                session_id=session_id,
                position=0,
                correct=correct,
                now=START,
            )
            return review is not None

    outcomes = await asyncio.gather(*(tap(n % 2 == 0) for n in range(5)))
    assert sorted(outcomes) == [False, False, False, False, True]
    async with factory() as session:
        reviews = int((await session.exec(select(func.count()).select_from(PracticeReview))).one())
        cards = int((await session.exec(select(func.count()).select_from(PracticeCard))).one())
    assert (reviews, cards) == (1, 1)


async def test_two_ticks_at_once_queue_one_prompt(factory: SessionFactory) -> None:
    [person_id] = await participants(factory, 1)
    actor = _actor(person_id)
    async with factory() as session:
        await practice.set_track(session, actor=actor, participant_id=person_id, track="care")
        await practice.set_prompt_times(session, actor=actor, times=["13:00"], now=START)

    async def tick() -> int:
        async with factory() as session:
            return await practice.queue_prompts(session, now=START + timedelta(hours=4))

    await asyncio.gather(tick(), tick())
    async with factory() as session:
        prompts = (
            await session.exec(
                select(OutboxMessage).where(OutboxMessage.purpose == practice.PROMPT_PURPOSE)
            )
        ).all()
        profile = await session.get(practice.PracticeProfile, person_id)
    assert [p.occurrence for p in prompts] == ["2026-11-23 13:00"]
    assert profile is not None and profile.next_prompt_at is not None
    assert profile.next_prompt_at > START + timedelta(hours=4)


async def test_the_language_of_the_meanings_is_the_participant_s_own_choice(
    factory: SessionFactory,
) -> None:
    [person_id, other_id] = await participants(factory, 2)
    async with factory() as session:
        staff = Actor(other_id, 501, Role.STAFF, True)
        assert await practice.set_meaning_locale(session, actor=staff, locale="ar") is None
        for unknown in ("sv", "de", "ar' OR 1=1", ""):
            chosen = await practice.set_meaning_locale(
                session, actor=_actor(person_id), locale=unknown
            )
            assert chosen is None, unknown
        chosen = await practice.set_meaning_locale(session, actor=_actor(person_id), locale="ti")
        assert chosen is not None
    async with factory() as session:
        profiles = {
            p.participant_id: p.meaning_locale
            for p in (await session.exec(select(practice.PracticeProfile))).all()
        }
    assert profiles == {person_id: "ti"}


async def test_two_workers_keeping_one_clips_file_id_at_once_keep_one_row(
    factory: SessionFactory,
) -> None:
    both_looked = asyncio.Barrier(2)

    async def keep(file_id: str) -> None:
        async with factory() as session:
            assert await practice.voice_file_id(session, clip="care/x/word", voice="v1") is None
            await both_looked.wait()
            await practice.keep_voice_file_id(
                session, clip="care/x/word", voice="v1", file_id=file_id, now=START
            )

    await asyncio.gather(keep("first"), keep("second"))
    async with factory() as session:
        rows = (await session.exec(select(practice.PracticeVoice))).all()
        assert len(rows) == 1 and rows[0].file_id in {"first", "second"}
        # Another voice of the same clip (a new recording) is a clip of its own.
        await practice.keep_voice_file_id(
            session, clip="care/x/word", voice="v2", file_id="third", now=START
        )
        assert await practice.voice_file_id(session, clip="care/x/word", voice="v2") == "third"
        assert await practice.voice_file_id(session, clip="care/x/word", voice="v1") in {
            "first",
            "second",
        }
