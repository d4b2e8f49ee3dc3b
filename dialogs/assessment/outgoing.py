"""A self-assessment round's invitation and its one reminder, and the rounds that fall due."""

from __future__ import annotations

from datetime import timedelta

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlmodel.ext.asyncio.session import AsyncSession

from dialogs.assessment.callbacks import StartRound
from rules.i18n import Translator
from rules.instruments import Instrument, catalogue
from scheduler.outgoing import Due, Outgoing, Rendered, Skip, When
from storage import assessments
from storage.assessments import AssessmentRound, Cause
from storage.outbox import OutboxMessage, load_subject
from storage.people import Person

_INVITES = {
    Cause.BASELINE.value: "assessment-invite-baseline",
    Cause.EXIT.value: "assessment-invite-exit",
}


async def _open_round(
    session: AsyncSession, row: OutboxMessage
) -> tuple[AssessmentRound, Instrument]:
    found = await load_subject(session, AssessmentRound, row.subject_id)
    instrument = catalogue().get(found.instrument) if found else None
    if found is None or instrument is None:
        raise Skip("round gone")
    if not found.is_open:
        raise Skip("already answered")
    return found, instrument


def _start_keyboard(i18n: Translator, round_id: int) -> InlineKeyboardMarkup:
    button = InlineKeyboardButton(
        text=i18n("assessment-invite-start"), callback_data=StartRound(round_id=round_id).pack()
    )
    return InlineKeyboardMarkup(inline_keyboard=[[button]])


async def _invite(
    session: AsyncSession, row: OutboxMessage, person: Person, i18n: Translator
) -> Rendered:
    if person.onboarded_at is None:
        raise Skip("not onboarded")
    found, instrument = await _open_round(session, row)
    assert found.id is not None
    text = i18n(
        _INVITES.get(found.cause, "assessment-invite"),
        title=i18n(instrument.title_key),
        minutes=instrument.minutes(found.form),
    )
    return Rendered(text, _start_keyboard(i18n, found.id))


async def _reminder(
    session: AsyncSession, row: OutboxMessage, _person: Person, i18n: Translator
) -> Rendered:
    found, instrument = await _open_round(session, row)
    assert found.id is not None
    text = i18n("assessment-reminder", title=i18n(instrument.title_key))
    return Rendered(text, _start_keyboard(i18n, found.id))


async def _queue_due(session: AsyncSession, due: Due) -> int:
    return await assessments.queue_due(session, now=due.now, limit=due.limit)


async def _queue_reminders(session: AsyncSession, due: Due) -> int:
    return await assessments.queue_reminders(session, now=due.now)


def register(outgoing: Outgoing) -> None:
    outgoing.message(assessments.INVITE_PURPOSE, _invite, max_age=timedelta(days=3), prompt=True)
    outgoing.message(
        assessments.REMINDER_PURPOSE, _reminder, max_age=timedelta(days=1), prompt=True
    )
    outgoing.due(When.BATCHED, _queue_due)
    outgoing.due(When.ONCE, _queue_reminders)
