"""What each outbox purpose says, rendered in the recipient's language when it is sent."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.i18n import Translator
from dialogs.assessment.callbacks import StartRound
from dialogs.booking.callbacks import MeetingAnswer
from dialogs.booking.files import calendar_file, calendar_file_name
from dialogs.booking.getters import kind_name, where
from dialogs.checkin.callbacks import CheckinMood
from dialogs.common import alert_kind
from dialogs.plan.callbacks import PlanOpen
from dialogs.practice.callbacks import PracticeNow
from dialogs.programme.callbacks import FOLLOW_UP_LETTERS, FollowUpAnswer
from dialogs.reminders.getters import reminder_text
from scheduler.timing import local_to_utc
from storage import assessments, booking, plan, practice, programme, reminders, rights, staffing
from storage.alerts import ALERT_PURPOSE, Alert
from storage.assessments import AssessmentRound, Cause
from storage.booking import Meeting
from storage.checkins import (
    CHECKIN_PURPOSE,
    MESSAGE_PURPOSE,
    MOOD_HIGHEST,
    MOOD_LOWEST,
    REMINDER_PURPOSE,
    Checkin,
)
from storage.instruments import Instrument, catalogue
from storage.outbox import OutboxMessage, load_subject
from storage.people import JOINED_PURPOSE, Person
from storage.plan import ActionPlan, PlanStep, StepStatus


@dataclass(frozen=True, slots=True)
class Document:
    """A file sent with the message, the text as its caption. Its content is made when it
    is sent, from the bot's @username (a calendar entry links back to the chat)."""

    filename: str
    content: Callable[[str], bytes]


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    markup: InlineKeyboardMarkup | None = None
    document: Document | None = None


class Skip(Exception):
    """The message is no longer worth sending (already answered, subject gone)."""


Renderer = Callable[[AsyncSession, OutboxMessage, Person, Translator], Awaitable[Rendered]]


@dataclass(frozen=True, slots=True)
class Purpose:
    render: Renderer
    # Past this age after its due time a message is skipped, not sent (after downtime).
    max_age: timedelta
    # Prompts to a participant stop while they have paused messages; notices to staff do not.
    prompt: bool


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
    session: AsyncSession, row: OutboxMessage, person: Person, i18n: Translator
) -> Rendered:
    checkin = await _open_checkin(session, row)
    assert checkin.id is not None
    return Rendered(i18n("checkin-reminder"), mood_keyboard(i18n, checkin.id))


def _name_of(person: Person | None, i18n: Translator) -> str:
    if person is None:
        raise Skip("participant gone")
    return person.display_name or i18n("alert-unnamed", number=person.id or 0)


async def _alert(
    session: AsyncSession, row: OutboxMessage, _staff: Person, i18n: Translator
) -> Rendered:
    alert = await load_subject(session, Alert, row.subject_id)
    if alert is None:
        raise Skip("alert gone")
    if alert.handled_at is not None:
        raise Skip("already handled")
    name = _name_of(await load_subject(session, Person, alert.participant_id), i18n)
    return Rendered(i18n("alert-notice", name=name, **alert_kind(alert, i18n)))


async def _participant_message(
    session: AsyncSession, row: OutboxMessage, _staff: Person, i18n: Translator
) -> Rendered:
    checkin = await load_subject(session, Checkin, row.subject_id)
    if checkin is None or not checkin.message:
        raise Skip("message gone")
    name = _name_of(await load_subject(session, Person, checkin.participant_id), i18n)
    return Rendered(i18n("checkin-message-to-staff", name=name, message=checkin.message))


async def _joined(
    session: AsyncSession, row: OutboxMessage, _staff: Person, i18n: Translator
) -> Rendered:
    participant = await load_subject(session, Person, row.subject_id)
    if participant is None:
        raise Skip("participant gone")
    if participant.display_name:
        return Rendered(i18n("staff-participant-joined", name=participant.display_name))
    return Rendered(i18n("staff-participant-joined-noname"))


async def _moved(
    session: AsyncSession, row: OutboxMessage, _staff: Person, i18n: Translator
) -> Rendered:
    participant = await load_subject(session, Person, row.subject_id)
    return Rendered(i18n("team-participant-moved", name=_name_of(participant, i18n)))


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


_INVITES = {
    Cause.BASELINE.value: "assessment-invite-baseline",
    Cause.EXIT.value: "assessment-invite-exit",
}


async def _assessment_invite(
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


async def _assessment_reminder(
    session: AsyncSession, row: OutboxMessage, _person: Person, i18n: Translator
) -> Rendered:
    found, instrument = await _open_round(session, row)
    assert found.id is not None
    text = i18n("assessment-reminder", title=i18n(instrument.title_key))
    return Rendered(text, _start_keyboard(i18n, found.id))


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


_MEETING_NOTICES = {
    booking.BOOKED_PURPOSE: "booking-notice-booked",
    booking.MOVED_PURPOSE: "booking-notice-moved",
    booking.CANCELLED_PURPOSE: "booking-notice-cancelled",
}


async def _meeting_notice(
    session: AsyncSession, row: OutboxMessage, reader: Person, i18n: Translator
) -> Rendered:
    """To the other party: a participant booked, moved or cancelled; or staff did, for them."""
    meeting, participant, staff = await _meeting(session, row)
    if row.purpose != booking.CANCELLED_PURPOSE and meeting.status != booking.Status.BOOKED.value:
        raise Skip("no longer booked")
    key = _MEETING_NOTICES[row.purpose]
    if reader.id == meeting.participant_id:
        key += "-for-you"
    name = _name_of(participant, i18n)
    text = i18n(key, name=name, **_meeting_args(meeting, reader, i18n))
    # The calendar file keeps the reader's calendar in step: added, moved, or taken away.
    other = staff if reader.id == meeting.participant_id else participant
    with_name = _name_of(other, i18n)
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
            name=_name_of(participant, i18n),
            response=meeting.response or "cant",
            **_meeting_args(meeting, reader, i18n),
        )
    )


def _answer_keyboard(i18n: Translator, meeting_id: int, answers: str) -> InlineKeyboardMarkup:
    keys = {"c": "booking-answer-coming", "m": "booking-answer-move", "x": "booking-answer-cant"}
    keys["b"] = "booking-book-again"
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=i18n(keys[answer]),
                    callback_data=MeetingAnswer(meeting_id=meeting_id, answer=answer).pack(),
                )
            ]
            for answer in answers
        ]
    )


async def _meeting_reminder(
    session: AsyncSession, row: OutboxMessage, reader: Person, i18n: Translator
) -> Rendered:
    meeting, _participant, staff = await _meeting(session, row)
    if meeting.status != booking.Status.BOOKED.value:
        raise Skip("no longer booked")
    if meeting.starts_at.isoformat() not in row.occurrence:
        raise Skip("moved since")
    assert meeting.id is not None
    text = i18n(
        "booking-reminder", name=_name_of(staff, i18n), **_meeting_args(meeting, reader, i18n)
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


async def _practice_prompt(
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


async def _practice_week(
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
            week="".join("🟩" if n else "⬜" for n in done.week),
            days=done.days_this_week,
            answers=done.answers_this_week,
            known=done.known,
            streak=done.streak,
        )
    )


async def _stopped(
    session: AsyncSession, row: OutboxMessage, _staff: Person, i18n: Translator
) -> Rendered:
    participant = await load_subject(session, Person, row.subject_id)
    if participant is None or participant.stopped_at is None:
        raise Skip("started again, or gone")
    return Rendered(i18n("rights-notice-stopped", name=_name_of(participant, i18n)))


async def _deleted(
    _session: AsyncSession, _row: OutboxMessage, _staff: Person, i18n: Translator
) -> Rendered:
    """Nothing left to name: the notice carries no id of the person who is gone."""
    return Rendered(i18n("rights-notice-deleted"))


async def _archived(
    session: AsyncSession, row: OutboxMessage, _staff: Person, i18n: Translator
) -> Rendered:
    participant = await load_subject(session, Person, row.subject_id)
    if participant is None:
        raise Skip("erased since")
    return Rendered(i18n("rights-notice-archived", name=_name_of(participant, i18n)))


async def _staff_reminder(
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


async def _programme_ended(
    session: AsyncSession, row: OutboxMessage, reader: Person, i18n: Translator
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


def _plan_keyboard(i18n: Translator) -> InlineKeyboardMarkup:
    button = InlineKeyboardButton(text=i18n("plan-menu-button"), callback_data=PlanOpen().pack())
    return InlineKeyboardMarkup(inline_keyboard=[[button]])


async def _plan_changed(
    session: AsyncSession, row: OutboxMessage, _reader: Person, i18n: Translator
) -> Rendered:
    """One notice for a burst of changes; the plan itself is shown when they open it."""
    if await load_subject(session, ActionPlan, row.subject_id) is None:
        raise Skip("plan gone")
    return Rendered(i18n("plan-notice-changed"), _plan_keyboard(i18n))


async def _plan_step_reminder(
    session: AsyncSession, row: OutboxMessage, _reader: Person, i18n: Translator
) -> Rendered:
    step = await load_subject(session, PlanStep, row.subject_id)
    if step is None or step.status != StepStatus.PLANNED.value or step.due_on is None:
        raise Skip("step done, cancelled or gone")
    if not row.occurrence.endswith(step.due_on.isoformat()):
        raise Skip("moved since")
    return Rendered(
        i18n("plan-step-reminder", text=step.text, due=step.due_on), _plan_keyboard(i18n)
    )


async def _plan_step_question(
    session: AsyncSession, row: OutboxMessage, _staff: Person, i18n: Translator
) -> Rendered:
    step = await load_subject(session, PlanStep, row.subject_id)
    if step is None:
        raise Skip("step gone")
    name = _name_of(await load_subject(session, Person, step.participant_id), i18n)
    return Rendered(i18n("plan-step-question-notice", name=name, text=step.text))


PURPOSES: dict[str, Purpose] = {
    JOINED_PURPOSE: Purpose(_joined, max_age=timedelta(days=3), prompt=False),
    staffing.MOVED_PURPOSE: Purpose(_moved, max_age=timedelta(days=7), prompt=False),
    CHECKIN_PURPOSE: Purpose(_checkin, max_age=timedelta(hours=12), prompt=True),
    REMINDER_PURPOSE: Purpose(_reminder, max_age=timedelta(hours=12), prompt=True),
    ALERT_PURPOSE: Purpose(_alert, max_age=timedelta(days=7), prompt=False),
    MESSAGE_PURPOSE: Purpose(_participant_message, max_age=timedelta(days=7), prompt=False),
    assessments.INVITE_PURPOSE: Purpose(_assessment_invite, max_age=timedelta(days=3), prompt=True),
    assessments.REMINDER_PURPOSE: Purpose(
        _assessment_reminder, max_age=timedelta(days=1), prompt=True
    ),
    booking.BOOKED_PURPOSE: Purpose(_meeting_notice, max_age=timedelta(days=7), prompt=False),
    booking.MOVED_PURPOSE: Purpose(_meeting_notice, max_age=timedelta(days=7), prompt=False),
    booking.CANCELLED_PURPOSE: Purpose(_meeting_notice, max_age=timedelta(days=7), prompt=False),
    booking.CANT_COME_PURPOSE: Purpose(_cant_come, max_age=timedelta(days=1), prompt=False),
    # A reminder past its time is pointless; one held by quiet hours may still be useful.
    booking.REMINDER_PURPOSE: Purpose(_meeting_reminder, max_age=timedelta(hours=12), prompt=True),
    booking.NO_SHOW_PURPOSE: Purpose(_no_show, max_age=timedelta(days=3), prompt=True),
    practice.PROMPT_PURPOSE: Purpose(_practice_prompt, max_age=timedelta(hours=3), prompt=True),
    practice.WEEK_PURPOSE: Purpose(_practice_week, max_age=timedelta(hours=12), prompt=True),
    rights.STOPPED_PURPOSE: Purpose(_stopped, max_age=timedelta(days=7), prompt=False),
    rights.DELETED_PURPOSE: Purpose(_deleted, max_age=timedelta(days=7), prompt=False),
    rights.ARCHIVED_PURPOSE: Purpose(_archived, max_age=timedelta(days=7), prompt=False),
    # Held by quiet hours until morning at most; a pause or a stop skips it.
    reminders.REMINDER_PURPOSE: Purpose(_staff_reminder, max_age=timedelta(hours=12), prompt=True),
    programme.ENDED_PURPOSE: Purpose(_programme_ended, max_age=timedelta(days=7), prompt=False),
    programme.FOLLOW_UP_PURPOSE: Purpose(_follow_up, max_age=timedelta(days=3), prompt=True),
    programme.FOLLOW_UP_REMINDER_PURPOSE: Purpose(
        _follow_up, max_age=timedelta(days=3), prompt=True
    ),
    plan.CHANGED_PURPOSE: Purpose(_plan_changed, max_age=timedelta(days=3), prompt=False),
    # Sent from 09:00 the day before; past the day itself it is pointless.
    plan.STEP_REMINDER_PURPOSE: Purpose(
        _plan_step_reminder, max_age=timedelta(hours=20), prompt=True
    ),
    plan.STEP_QUESTION_PURPOSE: Purpose(
        _plan_step_question, max_age=timedelta(days=7), prompt=False
    ),
}
