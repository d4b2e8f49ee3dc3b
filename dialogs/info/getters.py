from __future__ import annotations

from typing import Any

from aiogram_dialog import DialogManager

from dialogs.common import actor_of, pop_notice
from dialogs.context import session_of, settings_of
from storage import rights
from storage.people import Person, Role


async def role(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    return {"participant": actor_of(dialog_manager).role is Role.PARTICIPANT}


async def privacy(dialog_manager: DialogManager, **_kwargs: Any) -> dict[str, Any]:
    """For a participant: what is stored now, in counts, and whether messages are stopped."""
    actor = actor_of(dialog_manager)
    data: dict[str, Any] = {
        "participant": actor.role is Role.PARTICIPANT,
        "notice": pop_notice(dialog_manager),
    }
    if actor.role is not Role.PARTICIPANT:
        return data
    session = session_of(dialog_manager)
    counts = await rights.summary(session, actor=actor)
    person = await session.get(Person, actor.person_id)
    settings = settings_of(dialog_manager)
    data.update(
        checkins=counts.checkins,
        assessments=counts.assessments,
        meetings=counts.meetings,
        practice=counts.practice,
        messages=counts.messages,
        steps=counts.plan_steps,
        alerts=counts.alerts,
        facts=counts.report_facts,
        line=counts.lots_messages,
        more=bool(
            counts.plan_steps or counts.alerts or counts.report_facts or counts.lots_messages
        ),
        stopped=person is not None and person.stopped_at is not None,
        running=person is not None and person.stopped_at is None,
        archive=settings.archive_days is not None,
        immediate=settings.archive_days is None,
        days=settings.archive_days or 0,
    )
    return data
