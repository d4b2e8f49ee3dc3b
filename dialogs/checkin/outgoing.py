"""The check-in's outgoing messages (the question, its reminder, a word to the lots) and its
timed work (due check-ins, their reminder, the silence watch)."""

from __future__ import annotations

from datetime import timedelta

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlmodel.ext.asyncio.session import AsyncSession

from dialogs.checkin.callbacks import CheckinMood
from dialogs.common import name_or_skip
from rules.i18n import Translator
from scheduler.outgoing import Due, Outgoing, Rendered, Skip, When
from storage import checkins
from storage.checkins import MOOD_HIGHEST, MOOD_LOWEST, Checkin
from storage.outbox import OutboxMessage, load_subject
from storage.people import Person


def mood_keyboard(i18n: Translator, checkin_id: int) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=i18n(f"checkin-mood-{mood}"),
                    callback_data=CheckinMood(checkin_id=checkin_id, mood=mood).pack(),
                )
            ]
            for mood in range(MOOD_HIGHEST, MOOD_LOWEST - 1, -1)
        ]
    )


async def _open_checkin(session: AsyncSession, row: OutboxMessage) -> Checkin:
    checkin = await load_subject(session, Checkin, row.subject_id)
    if checkin is None:
        raise Skip("check-in gone")
    if checkin.answered_at is not None:
        raise Skip("already answered")
    return checkin


async def _checkin(
    session: AsyncSession, row: OutboxMessage, person: Person, i18n: Translator
) -> Rendered:
    checkin = await _open_checkin(session, row)
    key = "checkin-prompt-named" if person.display_name else "checkin-prompt"
    assert checkin.id is not None
    return Rendered(i18n(key, name=person.display_name), mood_keyboard(i18n, checkin.id))


async def _reminder(
    session: AsyncSession, row: OutboxMessage, _person: Person, i18n: Translator
) -> Rendered:
    checkin = await _open_checkin(session, row)
    assert checkin.id is not None
    return Rendered(i18n("checkin-reminder"), mood_keyboard(i18n, checkin.id))


async def _participant_message(
    session: AsyncSession, row: OutboxMessage, _staff: Person, i18n: Translator
) -> Rendered:
    checkin = await load_subject(session, Checkin, row.subject_id)
    if checkin is None or not checkin.message:
        raise Skip("message gone")
    name = name_or_skip(await load_subject(session, Person, checkin.participant_id), i18n)
    return Rendered(i18n("checkin-message-to-staff", name=name, message=checkin.message))


async def _queue_due(session: AsyncSession, due: Due) -> int:
    return await checkins.queue_due(session, now=due.now, limit=due.limit)


async def _queue_reminders(session: AsyncSession, due: Due) -> int:
    return await checkins.queue_reminders(session, now=due.now)


async def _watch_silence(session: AsyncSession, due: Due) -> int:
    """Alerts for two unanswered check-ins in a row and for long silence."""
    return await checkins.raise_silence_alerts(
        session, now=due.now, inactive_after=timedelta(days=due.settings.inactive_days)
    )


def register(outgoing: Outgoing) -> None:
    outgoing.message(checkins.CHECKIN_PURPOSE, _checkin, max_age=timedelta(hours=12), prompt=True)
    outgoing.message(checkins.REMINDER_PURPOSE, _reminder, max_age=timedelta(hours=12), prompt=True)
    outgoing.message(
        checkins.MESSAGE_PURPOSE, _participant_message, max_age=timedelta(days=7), prompt=False
    )
    outgoing.due(When.BATCHED, _queue_due)
    outgoing.due(When.ONCE, _queue_reminders)
    outgoing.due(When.WATCH, _watch_silence)
