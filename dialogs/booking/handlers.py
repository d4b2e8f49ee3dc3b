from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiogram import Bot, Router
from aiogram.enums import ChatAction
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram_dialog import DialogManager, ShowMode
from aiogram_dialog.widgets.kbd import Button

from dialogs.booking.callbacks import MeetingAnswer
from dialogs.booking.files import calendar_file, calendar_file_name
from dialogs.booking.getters import (
    DAY,
    HOURS_DAY,
    HOURS_START,
    KIND_CODE,
    KIND_EDIT,
    KIND_ID,
    MEETING_ID,
    MOVE,
    PARTICIPANT_ID,
    STAFF_ID,
    START,
    SUGGEST,
    WEEK,
    kind_name,
    where,
    zone_of,
)
from dialogs.common import (
    NOT_ALLOWED,
    NOTICE,
    actor_of,
    as_id,
    audit_refusal,
    chat_action,
    checked_id,
    drop_buttons,
    go_home,
    name_of,
    now_of,
    open_by_id,
    participant_or_refuse,
    refuse,
    refuse_button,
    set_notice,
    translator,
)
from dialogs.context import bot_of, clock_of, session_of, settings_of
from dialogs.states import BookingSG, GroupVisitSG, MeetingsSG, StaffBookingSG
from rules.config import Settings
from rules.i18n import Translator
from scheduler.outgoing import bot_username
from storage import booking, groups
from storage.booking import Limits, Meeting, Place, Refusal, Response
from storage.people import Actor, Person, Role

logger = logging.getLogger(__name__)
ATTENDED_ID = "attended"
NO_SHOW_ID = "no_show"
ADDRESS_MAX = 200
# What a group meeting's own screen starts with (dialogs.groups reads it by this name).
GROUP_MEETING_ID = "group_meeting_id"


def limits_of(settings: Settings) -> Limits:
    return Limits(
        lock=timedelta(hours=settings.booking_lock_hours), max_future=settings.booking_max_future
    )


# -- starting -----------------------------------------------------------------------------


async def on_booking_start(start_data: Any, manager: DialogManager) -> None:
    """Who the meeting is for (the participant; or, for staff, the one they chose), and, when
    moving, which meeting. One staff member to book with: straight to the kinds."""
    actor = actor_of(manager)
    data = start_data if isinstance(start_data, dict) else {}
    session = session_of(manager)
    if MOVE in data and (meeting_id := as_id(str(data[MOVE]))):
        meeting = await booking.get_meeting(session, actor=actor, meeting_id=meeting_id)
        if meeting is not None and meeting.kind_id is not None:
            manager.dialog_data.update(
                {
                    MOVE: meeting.id,
                    PARTICIPANT_ID: meeting.participant_id,
                    STAFF_ID: meeting.staff_id,
                    KIND_ID: meeting.kind_id,
                }
            )
            await manager.switch_to(BookingSG.day)
            return
    participant_id = actor.person_id
    if actor.is_staff and (chosen := as_id(str(data.get(PARTICIPANT_ID, "")))):
        participant_id = chosen
    participant = await booking.participant_for(session, actor=actor, participant_id=participant_id)
    if participant is None or participant.id is None:
        return  # the staff screen shows nobody to book with
    manager.dialog_data[PARTICIPANT_ID] = participant.id
    staff = await booking.bookable_staff(session, participant=participant)
    if len(staff) == 1 and staff[0].id is not None:
        await _choose_staff(manager, staff[0].id)
        await _choose_kind_by_code(manager, str(data.get(KIND_CODE, "")))


async def _choose_kind_by_code(manager: DialogManager, code: str) -> None:
    """The kind asked for when the dialog started, if the chosen lots has it: to the days."""
    if not code:
        return
    kinds = await booking.kinds_of(
        session_of(manager), staff_id=int(manager.dialog_data.get(STAFF_ID, 0))
    )
    for kind in kinds:
        if kind.code == code and kind.id is not None and await _may_book_kind(manager, kind.id):
            manager.dialog_data[KIND_ID] = kind.id
            await manager.switch_to(BookingSG.day)
            return


async def _may_book_with(manager: DialogManager, staff_id: int) -> bool:
    found = await booking.staff_for(
        session_of(manager),
        actor=actor_of(manager),
        participant_id=int(manager.dialog_data.get(PARTICIPANT_ID, 0)),
        staff_id=staff_id,
    )
    return found is not None


async def _choose_staff(manager: DialogManager, staff_id: int) -> None:
    """A staff member the actor may book with: their kinds (made the first time), then pick one."""
    session = session_of(manager)
    await booking.ensure_kinds(session, staff_id=staff_id)
    await session.commit()
    manager.dialog_data[STAFF_ID] = staff_id
    await manager.switch_to(BookingSG.kind)


async def on_staff_selected(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    staff_id = await checked_id(callback, manager, item_id, may_open=_may_book_with, person=True)
    if staff_id is None:
        return
    await _choose_staff(manager, staff_id)


async def _may_book_kind(manager: DialogManager, kind_id: int) -> bool:
    found = await booking.kind_for(
        session_of(manager),
        actor=actor_of(manager),
        participant_id=int(manager.dialog_data.get(PARTICIPANT_ID, 0)),
        kind_id=kind_id,
    )
    return found is not None and found[1].id == manager.dialog_data.get(STAFF_ID)


on_kind_selected = open_by_id(KIND_ID, BookingSG.day, may_open=_may_book_kind)


async def on_day_selected(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, day: date
) -> None:
    manager.dialog_data[DAY] = day.isoformat()
    manager.dialog_data.pop(SUGGEST, None)
    await manager.switch_to(BookingSG.time)


async def on_time_selected(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    try:
        start = datetime.fromisoformat(item_id)
    except ValueError:
        return
    if start.tzinfo is None:
        return
    manager.dialog_data[START] = start.isoformat()
    await manager.switch_to(BookingSG.confirm)


async def on_confirm(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    actor = actor_of(manager)
    try:
        start = datetime.fromisoformat(str(manager.dialog_data.get(START)))
    except ValueError:  # no time chosen: the button was pressed by its data
        await refuse(callback, manager, asked="confirm")
        return
    limits = limits_of(settings_of(manager))
    moving = manager.dialog_data.get(MOVE)
    if moving:
        outcome = await booking.move(
            session_of(manager),
            actor=actor,
            meeting_id=int(moving),
            starts_at=start,
            now=now_of(manager),
            limits=limits,
        )
    else:
        outcome = await booking.book(
            session_of(manager),
            actor=actor,
            participant_id=int(manager.dialog_data.get(PARTICIPANT_ID, 0)),
            kind_id=int(manager.dialog_data.get(KIND_ID, 0)),
            starts_at=start,
            now=now_of(manager),
            limits=limits,
        )
    if outcome.meeting is not None and outcome.refusal is None:
        await _send_confirmation(manager, outcome.meeting, moved=bool(moving))
        await manager.done({NOTICE: "booking-moved" if moving else "booking-done"})
        return
    i18n = translator(manager)
    match outcome.refusal:
        case Refusal.TAKEN | Refusal.NOT_FREE:
            # Someone else got it first: offer the next free times.
            manager.dialog_data[SUGGEST] = True
            set_notice(manager, "booking-taken")
            await manager.switch_to(BookingSG.time)
        case Refusal.TOO_MANY:
            await callback.answer(i18n("booking-too-many", max=limits.max_future), show_alert=True)
            await manager.done()
        case Refusal.LOCKED:
            hours = settings_of(manager).booking_lock_hours
            await callback.answer(i18n("booking-locked", hours=hours), show_alert=True)
            await manager.done()
        case _:
            await callback.answer(i18n("booking-gone"))
            await manager.done()


async def on_ics(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """The calendar file of a meeting in the list, again (say, when the lots booked it)."""
    meeting = await booking.get_meeting(
        session_of(manager),
        actor=actor_of(manager),
        meeting_id=int(manager.dialog_data.get(MEETING_ID, 0)),
    )
    if meeting is not None:
        await _send_confirmation(manager, meeting, moved=False)
        manager.show_mode = ShowMode.SEND


async def _send_confirmation(manager: DialogManager, meeting: Meeting, *, moved: bool) -> None:
    """To the one who booked: what, when, where, and a calendar file for their phone."""
    i18n = translator(manager)
    zone = zone_of(manager)
    text = i18n(
        "booking-confirmed-moved" if moved else "booking-confirmed",
        kind=kind_name(i18n, meeting.kind),
        minutes=int((meeting.ends_at - meeting.starts_at) / timedelta(minutes=1)),
        at=meeting.starts_at.astimezone(zone),
        staff=name_of(await session_of(manager).get(Person, meeting.staff_id), i18n),
        where=where(i18n, meeting.place, meeting.address),
    )
    await _send_file(manager, meeting, caption=text)


async def _send_cancellation(manager: DialogManager, meeting: Meeting) -> None:
    """To the one who cancelled: the file that takes the meeting out of their calendar."""
    await _send_file(manager, meeting, caption=translator(manager)("booking-ics-cancelled-caption"))
    manager.show_mode = ShowMode.SEND


async def _send_file(manager: DialogManager, meeting: Meeting, *, caption: str) -> None:
    actor = actor_of(manager)
    other_id = meeting.staff_id if actor.role is Role.PARTICIPANT else meeting.participant_id
    bot: Bot = bot_of(manager)
    i18n = translator(manager)
    content = calendar_file(
        i18n,
        meeting,
        with_name=name_of(await session_of(manager).get(Person, other_id), i18n),
        zone=zone_of(manager),
        bot_username=await bot_username(bot, settings_of(manager)),
        stamp=now_of(manager),
    )
    async with chat_action(bot, actor.telegram_id, ChatAction.UPLOAD_DOCUMENT):
        document = BufferedInputFile(content, filename=calendar_file_name(i18n, meeting))
        await bot.send_document(actor.telegram_id, document, caption=caption)


# -- my meetings --------------------------------------------------------------------------


async def _may_see_meeting(manager: DialogManager, meeting_id: int) -> bool:
    found = await booking.get_meeting(
        session_of(manager), actor=actor_of(manager), meeting_id=meeting_id
    )
    return found is not None


on_meeting_selected = open_by_id(MEETING_ID, MeetingsSG.view, may_open=_may_see_meeting)


async def _may_see_group(manager: DialogManager, meeting_id: int) -> bool:
    found = await groups.seat_of(
        session_of(manager), actor=actor_of(manager), meeting_id=meeting_id
    )
    return found is not None


async def on_group_selected(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    """A group meeting they said yes to: its own screen (the group meetings feature)."""
    meeting_id = await checked_id(callback, manager, item_id, may_open=_may_see_group)
    if meeting_id is not None:
        await manager.start(GroupVisitSG.view, data={GROUP_MEETING_ID: meeting_id})


async def on_move(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    if await _refused_as_locked(callback, manager):
        return
    await manager.start(BookingSG.day, data={MOVE: manager.dialog_data.get(MEETING_ID)})


async def on_cancel_asked(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    if await _refused_as_locked(callback, manager):
        return
    await manager.switch_to(MeetingsSG.cancel)


async def _refused_as_locked(callback: CallbackQuery, manager: DialogManager) -> bool:
    """Too close to the start for the participant to change it here: say so, kindly."""
    meeting = await booking.get_meeting(
        session_of(manager),
        actor=actor_of(manager),
        meeting_id=int(manager.dialog_data.get(MEETING_ID, 0)),
    )
    settings: Settings = settings_of(manager)
    if meeting is None:
        return False
    lock = limits_of(settings).lock
    if actor_of(manager).role is Role.PARTICIPANT and meeting.starts_at - now_of(manager) < lock:
        set_notice(manager, "booking-locked")
        return True
    return False


async def on_cancel(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    outcome = await booking.cancel(
        session_of(manager),
        actor=actor_of(manager),
        meeting_id=int(manager.dialog_data.get(MEETING_ID, 0)),
        now=now_of(manager),
        limits=limits_of(settings_of(manager)),
    )
    if outcome.refusal is Refusal.LOCKED:
        set_notice(manager, "booking-locked")
        await manager.switch_to(MeetingsSG.view)
        return
    set_notice(manager, "booking-cancelled" if outcome.refusal is None else "booking-gone")
    await manager.switch_to(MeetingsSG.list)
    if outcome.refusal is None and outcome.meeting is not None:
        await _send_cancellation(manager, outcome.meeting)


# -- answers to reminders -------------------------------------------------------------------


async def on_meeting_answer(
    callback: CallbackQuery,
    callback_data: MeetingAnswer,
    dialog_manager: DialogManager,
    session: Any,
    actor: Actor | None,
    i18n: Translator,
    settings: Settings,
) -> None:
    """ "I'm coming", "I need to move it", "I can't come", "Book a new time" on a message."""
    now = clock_of(dialog_manager).now()
    actor = await participant_or_refuse(callback, session=session, actor=actor, now=now, i18n=i18n)
    if actor is None:
        return
    meeting = await booking.get_meeting(session, actor=actor, meeting_id=callback_data.meeting_id)
    if meeting is None or meeting.participant_id != actor.person_id:
        await refuse_button(callback, session=session, actor=actor, now=now, i18n=i18n)
        return
    limits = limits_of(settings)
    if callback_data.answer == "b":
        await callback.answer()
        await go_home(dialog_manager, actor, show_mode=ShowMode.NO_UPDATE)
        await dialog_manager.start(BookingSG.staff, show_mode=ShowMode.SEND)
        return
    if meeting.status != booking.Status.BOOKED.value or meeting.ends_at <= now:
        await callback.answer(i18n("booking-gone"))
        return
    locked = meeting.starts_at - now < limits.lock
    if callback_data.answer == "c":
        await booking.respond(
            session, actor=actor, meeting_id=meeting.id or 0, response=Response.COMING, now=now
        )
        text = i18n("booking-answer-thanks")
    elif callback_data.answer == "m" and not locked:
        await callback.answer()
        await drop_buttons(callback)
        await go_home(dialog_manager, actor, show_mode=ShowMode.NO_UPDATE)
        await dialog_manager.start(BookingSG.day, data={MOVE: meeting.id}, show_mode=ShowMode.SEND)
        return
    elif callback_data.answer == "x" and not locked:
        outcome = await booking.cancel(
            session, actor=actor, meeting_id=meeting.id or 0, now=now, limits=limits
        )
        text = i18n("booking-answer-cancelled")
        if outcome.refusal is None and outcome.meeting is not None:
            # The answer comes with the file that takes the meeting out of their calendar.
            bot: Bot = bot_of(dialog_manager)
            content = calendar_file(
                i18n,
                outcome.meeting,
                with_name=name_of(await session.get(Person, meeting.staff_id), i18n),
                zone=ZoneInfo(settings.timezone),
                bot_username=await bot_username(bot, settings),
                stamp=now,
            )
            await callback.answer()
            await drop_buttons(callback)
            document = BufferedInputFile(
                content, filename=calendar_file_name(i18n, outcome.meeting)
            )
            await bot.send_document(actor.telegram_id, document, caption=text)
            return
    else:
        # Too close to change here: the lots hears it at once and gets in touch.
        response = Response.CANT if callback_data.answer == "x" else Response.MOVE
        await booking.respond(
            session, actor=actor, meeting_id=meeting.id or 0, response=response, now=now
        )
        text = i18n("booking-answer-told")
    await callback.answer()
    await drop_buttons(callback)
    if isinstance(callback.message, Message):
        await callback.message.answer(text)


def router() -> Router:
    """Buttons on messages the outbox sent: they carry no dialog, so they come before dialogs."""
    buttons = Router(name="meeting_buttons")
    buttons.callback_query.register(on_meeting_answer, MeetingAnswer.filter())
    return buttons


# -- staff ----------------------------------------------------------------------------------


async def on_toggle_week(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    manager.dialog_data[WEEK] = not manager.dialog_data.get(WEEK)


on_agenda_selected = open_by_id(MEETING_ID, StaffBookingSG.meeting, may_open=_may_see_meeting)


async def on_mark(callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    outcome = await booking.mark(
        session_of(manager),
        actor=actor_of(manager),
        meeting_id=int(manager.dialog_data.get(MEETING_ID, 0)),
        attended=button.widget_id == ATTENDED_ID,
        now=now_of(manager),
    )
    set_notice(manager, "staff-meeting-marked" if outcome.refusal is None else "booking-gone")


async def on_staff_cancel(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    outcome = await booking.cancel(
        session_of(manager),
        actor=actor_of(manager),
        meeting_id=int(manager.dialog_data.get(MEETING_ID, 0)),
        now=now_of(manager),
        limits=limits_of(settings_of(manager)),
    )
    set_notice(manager, "booking-cancelled" if outcome.refusal is None else "booking-gone")
    await manager.switch_to(StaffBookingSG.agenda)
    if outcome.refusal is None and outcome.meeting is not None:
        await _send_cancellation(manager, outcome.meeting)


async def _own_window(manager: DialogManager, window_id: int) -> bool:
    found = await booking.own_window(
        session_of(manager), actor=actor_of(manager), window_id=window_id
    )
    return found is not None


async def on_window_removed(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    window_id = await checked_id(callback, manager, item_id, may_open=_own_window)
    if window_id is not None:
        await booking.remove_window(
            session_of(manager), actor=actor_of(manager), window_id=window_id
        )
        set_notice(manager, "staff-hours-saved")


async def on_hours_day(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    if item_id.isdigit() and 0 <= int(item_id) <= 6:
        manager.dialog_data[HOURS_DAY] = int(item_id)
        await manager.switch_to(StaffBookingSG.hours_start)


async def on_hours_start(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    if _is_hour(item_id):
        manager.dialog_data[HOURS_START] = item_id
        await manager.switch_to(StaffBookingSG.hours_end)


def _is_hour(text: str) -> bool:
    return len(text) == 5 and text[:2].isdigit() and text[2:] == ":00" and int(text[:2]) < 24


async def on_hours_end(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    if not _is_hour(item_id):
        return
    added = await booking.add_window(
        session_of(manager),
        actor=actor_of(manager),
        weekday=int(manager.dialog_data.get(HOURS_DAY, -1)),
        start=str(manager.dialog_data.get(HOURS_START, "")),
        end=item_id,
    )
    if not added:
        await audit_refusal(manager, asked=item_id, action="deny:value")
    set_notice(manager, "staff-hours-saved" if added else NOT_ALLOWED)
    await manager.switch_to(StaffBookingSG.hours)


async def on_day_off(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, day: date
) -> None:
    off = await booking.toggle_day_off(session_of(manager), actor=actor_of(manager), day=day)
    set_notice(manager, "staff-day-off-closed" if off else "staff-day-off-opened")


async def on_kinds(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """The staff member's own meeting kinds, made from the defaults the first time."""
    session = session_of(manager)
    await booking.ensure_kinds(session, staff_id=actor_of(manager).person_id)
    await session.commit()
    await manager.switch_to(StaffBookingSG.kinds)


async def _own_kind(manager: DialogManager, kind_id: int) -> bool:
    found = await booking.own_kind(session_of(manager), actor=actor_of(manager), kind_id=kind_id)
    return found is not None


on_kind_edit = open_by_id(KIND_EDIT, StaffBookingSG.kind, may_open=_own_kind)


async def _update_kind(manager: DialogManager, **values: Any) -> None:
    updated = await booking.update_kind(
        session_of(manager),
        actor=actor_of(manager),
        kind_id=int(manager.dialog_data.get(KIND_EDIT, 0)),
        **values,
    )
    if not updated:
        await audit_refusal(manager, asked=" ".join(sorted(values)), action="deny:value")
    set_notice(manager, "staff-hours-saved" if updated else NOT_ALLOWED)
    await manager.switch_to(StaffBookingSG.kind)


async def on_kind_length(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    if item_id.isdigit() and len(item_id) <= 3:
        await _update_kind(manager, minutes=int(item_id))


async def on_kind_place(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    if item_id in {place.value for place in Place}:
        await _update_kind(manager, place=Place(item_id))


async def on_kind_address(
    message: Message, _widget: Any, manager: DialogManager, text: str
) -> None:
    await _update_kind(manager, address=text)


def clean_address(text: str) -> str:
    text = " ".join(text.split())
    if not text or len(text) > ADDRESS_MAX:
        raise ValueError("address")
    return text


async def on_bad_address(
    message: Message, _widget: Any, manager: DialogManager, _error: ValueError
) -> None:
    await message.answer(translator(manager)("core-text-too-long", max=ADDRESS_MAX))
