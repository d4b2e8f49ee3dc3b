"""Group meeting messages: the invitation, reminders, moved, cancelled, a seat freed for the
one waiting first, and after the meeting the mapping-talk offer or a kind "we missed you"."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlmodel import select
from sqlmodel.ext.asyncio.session import AsyncSession

from dialogs.booking import where
from dialogs.groups.callbacks import GroupAnswer
from dialogs.groups.files import calendar_file, calendar_file_name, kind_name
from rules.i18n import Translator
from scheduler.outgoing import Document, Outgoing, Rendered, Skip
from storage import groups
from storage.groups import GroupMeeting, GroupSeat, MeetingStatus, SeatStatus
from storage.outbox import OutboxMessage, load_subject
from storage.people import Person

_ANSWERS = {
    "c": "groups-answer-coming",
    "x": "groups-answer-cant",
    "b": "groups-book-mapping",
}


def _values(meeting: GroupMeeting, reader: Person, i18n: Translator) -> dict[str, Any]:
    return {
        "kind": kind_name(i18n, meeting.kind),
        "at": meeting.starts_at.astimezone(ZoneInfo(reader.timezone)),
        "where": where(i18n, meeting.place, meeting.address),
        "left": meeting.seats - meeting.taken,
    }


def _keyboard(i18n: Translator, meeting_id: int, answers: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=i18n(_ANSWERS[answer]),
                    callback_data=GroupAnswer(meeting_id=meeting_id, answer=answer).pack(),
                )
            ]
            for answer in answers
        ]
    )


async def _meeting(session: AsyncSession, row: OutboxMessage) -> GroupMeeting:
    meeting = await load_subject(session, GroupMeeting, row.subject_id)
    if meeting is None:
        raise Skip("meeting gone")
    return meeting


async def _seat(session: AsyncSession, meeting: GroupMeeting, reader: Person) -> GroupSeat | None:
    found = await session.exec(
        select(GroupSeat).where(
            GroupSeat.meeting_id == meeting.id, GroupSeat.participant_id == reader.id
        )
    )
    return found.first()


def _planned(meeting: GroupMeeting) -> None:
    if meeting.status != MeetingStatus.PLANNED.value:
        raise Skip("cancelled since")


async def _invitation(
    session: AsyncSession, row: OutboxMessage, reader: Person, i18n: Translator
) -> Rendered:
    meeting = await _meeting(session, row)
    _planned(meeting)
    seat = await _seat(session, meeting, reader)
    if seat is None or seat.status != SeatStatus.INVITED.value:
        raise Skip("answered already")
    assert meeting.id is not None
    return Rendered(
        i18n("groups-invitation", **_values(meeting, reader, i18n)),
        _keyboard(i18n, meeting.id, "cx"),
    )


async def _reminder(
    session: AsyncSession, row: OutboxMessage, reader: Person, i18n: Translator
) -> Rendered:
    meeting = await _meeting(session, row)
    _planned(meeting)
    if meeting.starts_at.isoformat() not in row.occurrence:
        raise Skip("moved since")
    seat = await _seat(session, meeting, reader)
    if seat is None or seat.status != SeatStatus.COMING.value:
        raise Skip("not coming")
    assert meeting.id is not None
    return Rendered(
        i18n("groups-reminder", **_values(meeting, reader, i18n)), _keyboard(i18n, meeting.id, "x")
    )


def _with_file(
    text: str, meeting: GroupMeeting, reader: Person, i18n: Translator, row: OutboxMessage
) -> Rendered:
    zone, stamp = ZoneInfo(reader.timezone), row.due_at

    def content(bot_username: str) -> bytes:
        return calendar_file(i18n, meeting, zone=zone, bot_username=bot_username, stamp=stamp)

    return Rendered(text, document=Document(calendar_file_name(i18n, meeting), content))


_CHANGES = {
    groups.MOVED_PURPOSE: "groups-notice-moved",
    groups.CANCELLED_PURPOSE: "groups-notice-cancelled",
    groups.MOVED_UP_PURPOSE: "groups-notice-moved-up",
}


async def _change(
    session: AsyncSession, row: OutboxMessage, reader: Person, i18n: Translator
) -> Rendered:
    """Moved, cancelled, or a seat freed for them: the word and the calendar file."""
    meeting = await _meeting(session, row)
    if row.purpose != groups.CANCELLED_PURPOSE:
        _planned(meeting)
    text = i18n(_CHANGES[row.purpose], **_values(meeting, reader, i18n))
    return _with_file(text, meeting, reader, i18n, row)


async def _after(
    session: AsyncSession, row: OutboxMessage, reader: Person, i18n: Translator
) -> Rendered:
    """After the meeting: to those who came, their mapping talk; to those who missed it, a
    kind word and the next date, with its answers."""
    seat = await load_subject(session, GroupSeat, row.subject_id)
    if seat is None or seat.attended is None:
        raise Skip("not marked")
    meeting = await load_subject(session, GroupMeeting, seat.meeting_id)
    if meeting is None:
        raise Skip("meeting gone")
    values = _values(meeting, reader, i18n)
    if seat.attended:
        return Rendered(i18n("groups-thanks", **values), _keyboard(i18n, seat.meeting_id, "b"))
    following = await groups.next_after(session, meeting)
    invited = following is not None and await _seat(session, following, reader) is not None
    if following is None or following.id is None or not invited:
        return Rendered(i18n("groups-missed", **values))
    text = i18n(
        "groups-missed-next",
        next=following.starts_at.astimezone(ZoneInfo(reader.timezone)),
        **values,
    )
    return Rendered(text, _keyboard(i18n, following.id, "cx"))


def register(outgoing: Outgoing) -> None:
    outgoing.message(groups.INVITED_PURPOSE, _invitation, max_age=timedelta(days=7), prompt=True)
    # A reminder past its time is pointless; one held by quiet hours may still be useful.
    outgoing.message(groups.REMINDER_PURPOSE, _reminder, max_age=timedelta(hours=12), prompt=True)
    for purpose in _CHANGES:
        outgoing.message(purpose, _change, max_age=timedelta(days=3), prompt=False)
    for purpose in (groups.THANKS_PURPOSE, groups.MISSED_PURPOSE):
        outgoing.message(purpose, _after, max_age=timedelta(days=7), prompt=True)
