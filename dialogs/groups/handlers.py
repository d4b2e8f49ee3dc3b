from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from aiogram import Bot, Router
from aiogram.enums import ChatAction
from aiogram.types import (
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
)
from aiogram_dialog import DialogManager, ShowMode
from aiogram_dialog.widgets.kbd import Button, ManagedMultiselect

from dialogs.booking import start_kind
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
    now_of,
    open_by_id,
    participant_or_refuse,
    refuse,
    refuse_button,
    set_notice,
    translator,
)
from dialogs.context import bot_of, clock_of, session_of, settings_of
from dialogs.groups.callbacks import GroupAnswer
from dialogs.groups.files import calendar_file, calendar_file_name
from dialogs.groups.getters import (
    ADDRESS,
    DAY,
    GROUP_MEETING_ID,
    INVITE_ID,
    INVITED_NOW,
    KIND,
    MEETING_ID,
    MOVING,
    PLACE,
    PRESENT_ID,
    SEAT_CHOICES,
    SEATS,
    START,
    days_ahead,
    starts_on,
    zone_of,
)
from dialogs.states import GroupsSG
from rules.config import Settings
from rules.i18n import Translator
from scheduler.outgoing import bot_username
from storage import groups
from storage.groups import Answer, GroupMeeting
from storage.people import Actor

ADDRESS_MAX = 200
# What the mapping talk after an information meeting is, among the lots's meeting kinds.
MAPPING_KIND = "mapping"


# -- staff: the list and a new meeting --------------------------------------------------------


async def _may_open(manager: DialogManager, meeting_id: int) -> bool:
    found = await groups.own_meeting(
        session_of(manager), actor=actor_of(manager), meeting_id=meeting_id
    )
    return found is not None


on_meeting_selected = open_by_id(MEETING_ID, GroupsSG.meeting, may_open=_may_open)


async def on_new(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    for key in (KIND, DAY, START, PLACE, ADDRESS, SEATS, MOVING):
        manager.dialog_data.pop(key, None)
    await manager.switch_to(GroupsSG.kind)


async def on_kind(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    if item_id not in groups.KINDS:
        await refuse(callback, manager, asked=item_id, action="deny:value")
        return
    manager.dialog_data[KIND] = item_id
    await manager.switch_to(GroupsSG.day)


async def on_day(
    callback: CallbackQuery, _widget: object, manager: DialogManager, day: date
) -> None:
    if day not in days_ahead(zone_of(manager), now_of(manager)):
        await refuse(callback, manager, asked=day.isoformat(), action="deny:value")
        return
    manager.dialog_data[DAY] = day.isoformat()
    await manager.switch_to(GroupsSG.time)


async def on_time(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    day = date.fromisoformat(str(manager.dialog_data.get(DAY, "2000-01-01")))
    offered = {start.isoformat() for start in starts_on(day, zone_of(manager))}
    if item_id not in offered:
        await refuse(callback, manager, asked=item_id, action="deny:value")
        return
    manager.dialog_data[START] = item_id
    await manager.switch_to(GroupsSG.confirm if manager.dialog_data.get(MOVING) else GroupsSG.place)


async def on_place(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    if item_id not in groups.PLACES:
        await refuse(callback, manager, asked=item_id, action="deny:value")
        return
    manager.dialog_data[PLACE] = item_id
    await manager.switch_to(GroupsSG.address)


def clean_address(text: str) -> str:
    text = " ".join(text.split())
    if not text or len(text) > ADDRESS_MAX:
        raise ValueError("address")
    return text


async def on_address(_message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    manager.dialog_data[ADDRESS] = text
    await manager.switch_to(GroupsSG.seats)


async def on_bad_address(
    message: Message, _widget: Any, manager: DialogManager, _error: ValueError
) -> None:
    await message.answer(translator(manager)("core-text-too-long", max=ADDRESS_MAX))


async def on_no_address(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    manager.dialog_data[ADDRESS] = None
    await manager.switch_to(GroupsSG.seats)


async def on_seats(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    if item_id not in {str(n) for n in SEAT_CHOICES}:
        await refuse(callback, manager, asked=item_id, action="deny:value")
        return
    manager.dialog_data[SEATS] = int(item_id)
    await manager.switch_to(GroupsSG.confirm)


async def on_confirm(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    data = manager.dialog_data
    try:
        start = datetime.fromisoformat(str(data.get(START)))
    except ValueError:  # nothing chosen: the button was pressed by its data
        await refuse(callback, manager, asked="confirm")
        return
    session, actor, now = session_of(manager), actor_of(manager), now_of(manager)
    meeting: GroupMeeting | None
    if data.get(MOVING):
        meeting = await groups.move(
            session,
            actor=actor,
            meeting_id=int(data.get(MEETING_ID, 0)),
            starts_at=start,
            now=now,
        )
        notice = "groups-moved"
    else:
        meeting = await groups.create(
            session,
            actor=actor,
            kind=str(data.get(KIND, "")),
            starts_at=start,
            place=str(data.get(PLACE, "")),
            address=data.get(ADDRESS),
            seats=int(data.get(SEATS, 0)),
            now=now,
        )
        notice = "groups-created"
    if meeting is None:
        await audit_refusal(manager, asked="confirm", action="deny:value")
        set_notice(manager, NOT_ALLOWED)
        await manager.switch_to(GroupsSG.list)
        return
    data[MEETING_ID] = meeting.id
    data.pop(MOVING, None)
    set_notice(manager, notice)
    await manager.switch_to(GroupsSG.meeting)


# -- staff: one meeting ---------------------------------------------------------------------


async def on_move(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    manager.dialog_data[MOVING] = True
    await manager.switch_to(GroupsSG.day)


async def on_day_back(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Back from the day: to the meeting being moved, or to the kinds of a new one."""
    moving = manager.dialog_data.get(MOVING)
    await manager.switch_to(GroupsSG.meeting if moving else GroupsSG.kind)


async def on_meeting_back(
    _callback: CallbackQuery, _button: Button, manager: DialogManager
) -> None:
    """Back to the list: a move begun and left is forgotten."""
    manager.dialog_data.pop(MOVING, None)
    await manager.switch_to(GroupsSG.list)


async def on_cancel(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    cancelled = await groups.cancel(
        session_of(manager),
        actor=actor_of(manager),
        meeting_id=int(manager.dialog_data.get(MEETING_ID, 0)),
        now=now_of(manager),
    )
    set_notice(manager, "groups-cancelled" if cancelled else "groups-gone")
    await manager.switch_to(GroupsSG.list)


async def on_invite_open(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    picked: ManagedMultiselect[str] = manager.find(INVITE_ID)  # type: ignore[assignment]
    await picked.reset_checked()
    await manager.switch_to(GroupsSG.invite)


async def _may_invite(manager: DialogManager, participant_id: int) -> bool:
    found = await groups.invitable(
        session_of(manager),
        actor=actor_of(manager),
        meeting_id=int(manager.dialog_data.get(MEETING_ID, 0)),
    )
    return any(person.id == participant_id for person in found)


async def on_invite_pick(
    event: Any, widget: ManagedMultiselect[str], manager: DialogManager, item_id: str
) -> None:
    """A name ticked: kept only when the actor may invite that participant."""
    if not widget.is_checked(item_id) or not isinstance(event, CallbackQuery):
        return
    if await checked_id(event, manager, item_id, may_open=_may_invite, person=True) is None:
        await widget.set_checked(item_id, False)


async def _invite(manager: DialogManager, participant_ids: list[int] | None) -> None:
    count = await groups.invite(
        session_of(manager),
        actor=actor_of(manager),
        meeting_id=int(manager.dialog_data.get(MEETING_ID, 0)),
        participant_ids=participant_ids,
        now=now_of(manager),
    )
    manager.dialog_data[INVITED_NOW] = count
    set_notice(manager, "groups-invited" if count else "groups-invited-none")
    await manager.switch_to(GroupsSG.meeting)


async def on_invite_picked(
    callback: CallbackQuery, _button: Button, manager: DialogManager
) -> None:
    picked: ManagedMultiselect[str] = manager.find(INVITE_ID)  # type: ignore[assignment]
    ids = [found for item in picked.get_checked() if (found := as_id(item)) is not None]
    if not ids:
        await callback.answer(translator(manager)("groups-pick-none"))
        return
    await _invite(manager, ids)


async def on_invite_all(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await _invite(manager, None)


async def on_attendance_open(
    _callback: CallbackQuery, _button: Button, manager: DialogManager
) -> None:
    """Everyone who said yes is ticked as present: staff untick who was missing. Marked
    before, the screen shows what was saved, to correct."""
    found = await groups.roster(
        session_of(manager),
        actor=actor_of(manager),
        meeting_id=int(manager.dialog_data.get(MEETING_ID, 0)),
    )
    present: ManagedMultiselect[str] = manager.find(PRESENT_ID)  # type: ignore[assignment]
    await present.reset_checked()
    for seat, person in found:
        if seat.status == groups.SeatStatus.COMING.value and seat.attended is not False:
            await present.set_checked(str(person.id), True)
    await manager.switch_to(GroupsSG.attendance)


async def on_present_changed(
    event: Any, widget: ManagedMultiselect[str], manager: DialogManager, item_id: str
) -> None:
    """Only the names on the list may be ticked (forged ids are refused and audited)."""
    if not isinstance(event, CallbackQuery):
        return
    found = await groups.roster(
        session_of(manager),
        actor=actor_of(manager),
        meeting_id=int(manager.dialog_data.get(MEETING_ID, 0)),
    )
    if item_id not in {str(person.id) for _seat, person in found}:
        await widget.set_checked(item_id, False)
        await refuse(event, manager, asked=item_id, subject_id=as_id(item_id))


async def on_attendance_saved(
    _callback: CallbackQuery, _button: Button, manager: DialogManager
) -> None:
    present: ManagedMultiselect[str] = manager.find(PRESENT_ID)  # type: ignore[assignment]
    marked = await groups.mark(
        session_of(manager),
        actor=actor_of(manager),
        meeting_id=int(manager.dialog_data.get(MEETING_ID, 0)),
        present=[found for item in present.get_checked() if (found := as_id(item)) is not None],
        now=now_of(manager),
    )
    set_notice(manager, "groups-marked" if marked else "groups-gone")
    await manager.switch_to(GroupsSG.meeting)


# -- participants: their meeting's screen -------------------------------------------------


async def on_visit_start(start_data: Any, manager: DialogManager) -> None:
    """The meeting the list started with, when it is the participant's own (else "gone")."""
    data = start_data if isinstance(start_data, dict) else {}
    meeting_id = as_id(str(data.get(GROUP_MEETING_ID, "")))
    if meeting_id is not None and await groups.seat_of(
        session_of(manager), actor=actor_of(manager), meeting_id=meeting_id
    ):
        manager.dialog_data[MEETING_ID] = meeting_id


async def on_leave(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    outcome = await groups.answer(
        session_of(manager),
        actor=actor_of(manager),
        meeting_id=int(manager.dialog_data.get(MEETING_ID, 0)),
        coming=False,
        now=now_of(manager),
    )
    key = "groups-left" if outcome is Answer.DECLINED else "groups-gone"
    await manager.done({NOTICE: key})


async def on_visit_ics(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    found = await groups.seat_of(
        session_of(manager),
        actor=actor_of(manager),
        meeting_id=int(manager.dialog_data.get(MEETING_ID, 0)),
    )
    if found is None:
        return
    i18n = translator(manager)
    await _send_file(
        bot_of(manager),
        actor_of(manager),
        i18n,
        found[1],
        settings=settings_of(manager),
        now=now_of(manager),
        caption=i18n("groups-ics-caption"),
    )
    manager.show_mode = ShowMode.SEND


async def _send_file(
    bot: Bot,
    actor: Actor,
    i18n: Translator,
    meeting: GroupMeeting,
    *,
    settings: Settings,
    now: datetime,
    caption: str,
) -> None:
    content = calendar_file(
        i18n,
        meeting,
        zone=ZoneInfo(settings.timezone),
        bot_username=await bot_username(bot, settings),
        stamp=now,
    )
    async with chat_action(bot, actor.telegram_id, ChatAction.UPLOAD_DOCUMENT):
        document = BufferedInputFile(content, filename=calendar_file_name(i18n, meeting))
        await bot.send_document(actor.telegram_id, document, caption=caption)


# -- answers on messages ------------------------------------------------------------------


def full_keyboard(i18n: Translator, meeting_id: int) -> InlineKeyboardMarkup:
    """A full meeting: a waiting place, or no thanks."""
    return InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=i18n(key),
                    callback_data=GroupAnswer(meeting_id=meeting_id, answer=answer).pack(),
                )
            ]
            for answer, key in (("w", "groups-answer-wait"), ("x", "groups-answer-no-thanks"))
        ]
    )


async def on_group_answer(
    callback: CallbackQuery,
    callback_data: GroupAnswer,
    dialog_manager: DialogManager,
    session: Any,
    actor: Actor | None,
    i18n: Translator,
    settings: Settings,
) -> None:
    """ "I'm coming", "I can't", "A waiting place, please", "Book my mapping talk"."""
    now = clock_of(dialog_manager).now()
    actor = await participant_or_refuse(callback, session=session, actor=actor, now=now, i18n=i18n)
    if actor is None:
        return
    meeting_id = callback_data.meeting_id
    found = await groups.seat_of(session, actor=actor, meeting_id=meeting_id)
    if found is None:
        await refuse_button(callback, session=session, actor=actor, now=now, i18n=i18n)
        return
    seat, meeting = found
    if callback_data.answer == "b":
        if not seat.attended:
            await refuse_button(callback, session=session, actor=actor, now=now, i18n=i18n)
            return
        await callback.answer()
        await go_home(dialog_manager, actor, show_mode=ShowMode.NO_UPDATE)
        await start_kind(dialog_manager, code=MAPPING_KIND, show_mode=ShowMode.SEND)
        return
    outcome = await groups.answer(
        session,
        actor=actor,
        meeting_id=meeting_id,
        coming=callback_data.answer != "x",
        wait=callback_data.answer == "w",
        now=now,
    )
    await callback.answer()
    await drop_buttons(callback)
    if outcome is Answer.COMING:
        await _send_file(
            bot_of(dialog_manager),
            actor,
            i18n,
            meeting,
            settings=settings,
            now=now,
            caption=i18n("groups-answer-seated"),
        )
        return
    if not isinstance(callback.message, Message):
        return
    if outcome is Answer.FULL:
        await callback.message.answer(
            i18n("groups-answer-full"), reply_markup=full_keyboard(i18n, meeting_id)
        )
        return
    text = {
        Answer.WAITING: "groups-answer-waiting",
        Answer.DECLINED: "groups-answer-declined",
    }.get(outcome, "groups-gone")
    await callback.message.answer(i18n(text))


def router() -> Router:
    """Buttons on messages the outbox sent: they carry no dialog, so they come before dialogs."""
    buttons = Router(name="group_buttons")
    buttons.callback_query.register(on_group_answer, GroupAnswer.filter())
    return buttons
