"""The thanks at programme end, and the six-month question with its one reminder."""

from __future__ import annotations

from datetime import timedelta

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlmodel.ext.asyncio.session import AsyncSession

from dialogs.programme.callbacks import FOLLOW_UP_LETTERS, FollowUpAnswer
from rules.i18n import Translator
from scheduler.outgoing import Due, Outgoing, Rendered, Skip, When
from storage import programme
from storage.outbox import OutboxMessage, load_subject
from storage.people import Person


async def _ended(
    _session: AsyncSession, _row: OutboxMessage, reader: Person, i18n: Translator
) -> Rendered:
    if reader.ended_at is None:
        raise Skip("not ended")
    return Rendered(i18n("programme-ended-notice"))


async def _follow_up(
    session: AsyncSession, row: OutboxMessage, _reader: Person, i18n: Translator
) -> Rendered:
    """The six-month question, or its one reminder, with an answer a button."""
    found = await load_subject(session, programme.ProgrammeExit, row.subject_id)
    if found is None:
        raise Skip("programme end gone")
    if found.follow_up is not None:
        raise Skip("already answered")
    key = (
        "programme-follow-up-ask"
        if row.purpose == programme.FOLLOW_UP_PURPOSE
        else "programme-follow-up-again"
    )
    buttons = [
        [
            InlineKeyboardButton(
                text=i18n(f"programme-follow-up-button-{answer}"),
                callback_data=FollowUpAnswer(answer=letter).pack(),
            )
        ]
        for letter, answer in FOLLOW_UP_LETTERS.items()
    ]
    return Rendered(i18n(key), InlineKeyboardMarkup(inline_keyboard=buttons))


async def _queue_follow_ups(session: AsyncSession, due: Due) -> int:
    return await programme.queue_follow_ups(session, now=due.now, limit=due.limit)


async def _queue_follow_up_reminders(session: AsyncSession, due: Due) -> int:
    return await programme.queue_follow_up_reminders(session, now=due.now)


def register(outgoing: Outgoing) -> None:
    outgoing.message(programme.ENDED_PURPOSE, _ended, max_age=timedelta(days=7), prompt=False)
    for purpose in (programme.FOLLOW_UP_PURPOSE, programme.FOLLOW_UP_REMINDER_PURPOSE):
        outgoing.message(purpose, _follow_up, max_age=timedelta(days=3), prompt=True)
    outgoing.due(When.BATCHED, _queue_follow_ups)
    outgoing.due(When.ONCE, _queue_follow_up_reminders)
