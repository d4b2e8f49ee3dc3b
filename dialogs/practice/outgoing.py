"""The daily practice prompt and the Sunday summary of the week, and when they fall due."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlmodel.ext.asyncio.session import AsyncSession

from dialogs.practice.callbacks import PracticeNow
from rules import drills
from rules.i18n import Translator
from rules.timing import local_to_utc
from scheduler.outgoing import Due, Outgoing, Rendered, Skip, When
from storage import practice
from storage.outbox import OutboxMessage
from storage.people import Person


async def _prompt(
    session: AsyncSession, row: OutboxMessage, reader: Person, i18n: Translator
) -> Rendered:
    """The daily prompt; not sent when they have practised since today's first one."""
    assert reader.id is not None
    if await practice.practised_today(
        session, participant_id=reader.id, zone=ZoneInfo(reader.timezone), now=row.due_at
    ):
        raise Skip("already practised today")
    button = InlineKeyboardButton(
        text=i18n("practice-prompt-button"), callback_data=PracticeNow().pack()
    )
    return Rendered(i18n("practice-prompt"), InlineKeyboardMarkup(inline_keyboard=[[button]]))


async def _week(
    session: AsyncSession, row: OutboxMessage, reader: Person, i18n: Translator
) -> Rendered:
    assert reader.id is not None
    # The week it sums up is the one it was queued for, even if it was held back since.
    year, _, week = row.occurrence.partition("-W")
    sunday = date.fromisocalendar(int(year), int(week), 7)
    zone = ZoneInfo(reader.timezone)
    done = await practice.progress(
        session,
        participant_id=reader.id,
        zone=zone,
        now=local_to_utc(sunday, practice.WEEK_SUMMARY_AT, zone),
    )
    if not done.answers_this_week:
        raise Skip("nothing practised this week")
    return Rendered(
        i18n(
            "practice-week-summary",
            week=drills.week_picture(done.week, done.today, i18n.locale),
            days=done.days_this_week,
            answers=done.answers_this_week,
            known=done.known,
            streak=done.streak,
        )
    )


async def _queue_prompts(session: AsyncSession, due: Due) -> int:
    return await practice.queue_prompts(session, now=due.now, limit=due.limit)


async def _queue_week_summaries(session: AsyncSession, due: Due) -> int:
    return await practice.queue_week_summaries(
        session, now=due.now, zone=ZoneInfo(due.settings.timezone)
    )


def register(outgoing: Outgoing) -> None:
    outgoing.message(practice.PROMPT_PURPOSE, _prompt, max_age=timedelta(hours=3), prompt=True)
    outgoing.message(practice.WEEK_PURPOSE, _week, max_age=timedelta(hours=12), prompt=True)
    outgoing.due(When.BATCHED, _queue_prompts)
    outgoing.due(When.ONCE, _queue_week_summaries)
