"""Meeting notices to the other party, reminders before a meeting, and the missed-meeting word."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlmodel.ext.asyncio.session import AsyncSession

from dialogs.booking.callbacks import MeetingAnswer
from dialogs.booking.files import calendar_file, calendar_file_name
from dialogs.booking.getters import kind_name, where
from dialogs.common import name_or_skip
from rules.i18n import Translator
from scheduler.outgoing import Document, Outgoing, Rendered, Skip
from storage import booking
from storage.booking import Meeting
from storage.outbox import OutboxMessage, load_subject
from storage.people import Person

_NOTICES = {
    booking.BOOKED_PURPOSE: "booking-notice-booked",
    booking.MOVED_PURPOSE: "booking-notice-moved",
    booking.CANCELLED_PURPOSE: "booking-notice-cancelled",
}
_ANSWERS = {
    "c": "booking-answer-coming",
    "m": "booking-answer-move",
    "x": "booking-answer-cant",
    "b": "booking-book-again",
}


async def _meeting(session: AsyncSession, row: OutboxMessage) -> tuple[Meeting, Person, Person]:
    meeting = await load_subject(session, Meeting, row.subject_id)
    if meeting is None:
        raise Skip("meeting gone")
    participant = await load_subject(session, Person, meeting.participant_id)
    staff = await load_subject(session, Person, meeting.staff_id)
    if participant is None or staff is None:
        raise Skip("person gone")
    return meeting, participant, staff


def _meeting_args(meeting: Meeting, reader: Person, i18n: Translator) -> dict[str, Any]:
    return {
        "kind": kind_name(i18n, meeting.kind),
        "at": meeting.starts_at.astimezone(ZoneInfo(reader.timezone)),
        "where": where(i18n, meeting.place, meeting.address),
    }


async def _notice(
    session: AsyncSession, row: OutboxMessage, reader: Person, i18n: Translator
) -> Rendered:
    """To the other party: a participant booked, moved or cancelled; or staff did, for them."""
    meeting, participant, staff = await _meeting(session, row)
    if row.purpose != booking.CANCELLED_PURPOSE and meeting.status != booking.Status.BOOKED.value:
        raise Skip("no longer booked")
    key = _NOTICES[row.purpose]
    if reader.id == meeting.participant_id:
        key += "-for-you"
    name = name_or_skip(participant, i18n)
    text = i18n(key, name=name, **_meeting_args(meeting, reader, i18n))
    # The calendar file keeps the reader's calendar in step: added, moved, or taken away.
    other = staff if reader.id == meeting.participant_id else participant
    with_name = name_or_skip(other, i18n)
    zone, stamp = ZoneInfo(reader.timezone), row.due_at

    def content(bot_username: str) -> bytes:
        return calendar_file(
            i18n, meeting, with_name=with_name, zone=zone, bot_username=bot_username, stamp=stamp
        )

    return Rendered(text, document=Document(calendar_file_name(i18n, meeting), content))


async def _cant_come(
    session: AsyncSession, row: OutboxMessage, reader: Person, i18n: Translator
) -> Rendered:
    meeting, participant, _staff = await _meeting(session, row)
    return Rendered(
        i18n(
            "booking-notice-cant-come",
            name=name_or_skip(participant, i18n),
            response=meeting.response or "cant",
            **_meeting_args(meeting, reader, i18n),
        )
    )


def _answer_keyboard(i18n: Translator, meeting_id: int, answers: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=i18n(_ANSWERS[answer]),
                    callback_data=MeetingAnswer(meeting_id=meeting_id, answer=answer).pack(),
                )
            ]
            for answer in answers
        ]
    )


async def _reminder(
    session: AsyncSession, row: OutboxMessage, reader: Person, i18n: Translator
) -> Rendered:
    meeting, _participant, staff = await _meeting(session, row)
    if meeting.status != booking.Status.BOOKED.value:
        raise Skip("no longer booked")
    if meeting.starts_at.isoformat() not in row.occurrence:
        raise Skip("moved since")
    assert meeting.id is not None
    text = i18n(
        "booking-reminder", name=name_or_skip(staff, i18n), **_meeting_args(meeting, reader, i18n)
    )
    return Rendered(text, _answer_keyboard(i18n, meeting.id, "cmx"))


async def _no_show(
    session: AsyncSession, row: OutboxMessage, reader: Person, i18n: Translator
) -> Rendered:
    meeting, _participant, _staff = await _meeting(session, row)
    if meeting.status != booking.Status.NO_SHOW.value:
        raise Skip("marked otherwise since")
    assert meeting.id is not None
    text = i18n("booking-no-show", **_meeting_args(meeting, reader, i18n))
    return Rendered(text, _answer_keyboard(i18n, meeting.id, "b"))


def register(outgoing: Outgoing) -> None:
    for purpose in _NOTICES:
        outgoing.message(purpose, _notice, max_age=timedelta(days=7), prompt=False)
    outgoing.message(booking.CANT_COME_PURPOSE, _cant_come, max_age=timedelta(days=1), prompt=False)
    # A reminder past its time is pointless; one held by quiet hours may still be useful.
    outgoing.message(booking.REMINDER_PURPOSE, _reminder, max_age=timedelta(hours=12), prompt=True)
    outgoing.message(booking.NO_SHOW_PURPOSE, _no_show, max_age=timedelta(days=3), prompt=True)
