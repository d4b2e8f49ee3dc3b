"""A staff reminder, in each reader's language; old reminders are forgotten after 30 days."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel.ext.asyncio.session import AsyncSession

from dialogs.reminders.getters import reminder_text
from rules.i18n import Translator
from scheduler.outgoing import Due, Outgoing, Rendered, Skip, When
from storage import reminders
from storage.outbox import OutboxMessage, load_subject
from storage.people import Person


async def _reminder(
    session: AsyncSession, row: OutboxMessage, _reader: Person, i18n: Translator
) -> Rendered:
    """A template in the reader's language, signed by their lots; or the lots's own words."""
    reminder = await load_subject(session, reminders.Reminder, row.subject_id)
    if reminder is None:
        raise Skip("reminder gone")
    sender = await load_subject(session, Person, reminder.staff_id)
    return Rendered(
        reminder_text(i18n, template=reminder.template, text=reminder.text, sender=sender)
    )


async def _purge(session: AsyncSession, due: Due) -> int:
    return await reminders.purge_old(session, now=due.now)


def register(outgoing: Outgoing) -> None:
    # Held by quiet hours until morning at most; a pause or a stop skips it.
    outgoing.message(
        reminders.REMINDER_PURPOSE, _reminder, max_age=timedelta(hours=12), prompt=True
    )
    outgoing.due(When.DAILY, _purge)
