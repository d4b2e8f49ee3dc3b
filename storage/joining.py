"""Joining: the use case that spans people, check-ins, self-assessments and the outbox."""

from __future__ import annotations

from datetime import datetime

from sqlmodel.ext.asyncio.session import AsyncSession

from storage import assessments, checkins, outbox, people
from storage.people import Actor, Person, Role


async def finish_onboarding(session: AsyncSession, *, actor: Actor, now: datetime) -> Person:
    """The onboarding done, and for a participant what starts with it: the default check-in
    rhythm, the first self-assessment, and a word to their lots. One unit of work, so a
    participant is never in without their rhythm."""
    person = await people.own(session, actor)
    if person.onboarded_at is None:
        person.onboarded_at = now
    if person.role == Role.PARTICIPANT.value:
        await checkins.ensure_plan(session, participant=person, now=now)
        await assessments.start_participant(session, participant=person, now=now)
        if person.staff_id is not None:
            await outbox.enqueue(
                session,
                recipient_id=person.staff_id,
                purpose=people.JOINED_PURPOSE,
                occurrence=f"person-{person.id}",
                subject_id=person.id,
                about_id=person.id,
                due_at=now,
                now=now,
            )
    await session.commit()
    return person
