from __future__ import annotations

from datetime import date, time
from typing import Any

from aiogram.types import CallbackQuery, Message
from aiogram_dialog import DialogManager
from aiogram_dialog.widgets.kbd import Button, ManagedMultiselect

from dialogs.common import (
    NOTICE,
    actor_of,
    as_id,
    checked_id,
    now_of,
    open_by_id,
    set_notice,
    translator,
)
from dialogs.context import session_of
from dialogs.reminders.getters import (
    AUDIENCE,
    DAY,
    DUE,
    FROM_CARD,
    IDS,
    PARTICIPANT_ID,
    PICK_ID,
    REMINDER_ID,
    TEMPLATE,
    TEXT,
    days_ahead,
    due_of,
    hours_left,
    quick_due,
    zone_of,
)
from dialogs.states import RemindersSG
from rules.i18n import Translator
from rules.timing import local_to_utc
from storage import reminders
from storage.reminders import Audience


async def on_start(start_data: Any, manager: DialogManager) -> None:
    """From a participant's card: that one participant is already chosen."""
    if isinstance(start_data, dict) and (found := start_data.get(PARTICIPANT_ID)):
        manager.dialog_data.update({IDS: [int(found)], AUDIENCE: Audience.ONE.value})
        manager.dialog_data[FROM_CARD] = True


async def _may_reach(manager: DialogManager, participant_id: int) -> bool:
    found = await reminders.reachable(
        session_of(manager), actor=actor_of(manager), participant_id=participant_id
    )
    return found is not None


async def _reachable(callback: CallbackQuery, manager: DialogManager, item_id: str) -> int | None:
    """The participant id behind a pressed button, if the actor may reach them (else refused)."""
    return await checked_id(callback, manager, item_id, may_open=_may_reach, person=True)


async def on_all(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    manager.dialog_data.update({AUDIENCE: Audience.ALL.value, IDS: []})
    await manager.switch_to(RemindersSG.content)


async def on_several(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    picked: ManagedMultiselect[str] = manager.find(PICK_ID)  # type: ignore[assignment]
    await picked.reset_checked()
    await manager.switch_to(RemindersSG.several)


async def on_one(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    if (participant_id := await _reachable(callback, manager, item_id)) is not None:
        manager.dialog_data.update({AUDIENCE: Audience.ONE.value, IDS: [participant_id]})
        await manager.switch_to(RemindersSG.content)


async def on_pick_changed(
    event: Any, widget: ManagedMultiselect[str], manager: DialogManager, item_id: str
) -> None:
    """A name ticked: keep it only when the actor may reach that participant."""
    if not widget.is_checked(item_id):
        return
    if isinstance(event, CallbackQuery) and await _reachable(event, manager, item_id) is None:
        await widget.set_checked(item_id, False)


async def on_several_done(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    picked: ManagedMultiselect[str] = manager.find(PICK_ID)  # type: ignore[assignment]
    ids = [found for item in picked.get_checked() if (found := as_id(item)) is not None]
    if not ids:
        await callback.answer(translator(manager)("reminders-pick-none"))
        return
    manager.dialog_data.update({AUDIENCE: Audience.SEVERAL.value, IDS: ids})
    await manager.switch_to(RemindersSG.content)


async def on_content_back(
    _callback: CallbackQuery, _button: Button, manager: DialogManager
) -> None:
    """Back to where the recipients were chosen (or to the card this started from)."""
    if manager.dialog_data.get(FROM_CARD):
        await manager.done()
        return
    back = {
        Audience.ONE.value: RemindersSG.one,
        Audience.SEVERAL.value: RemindersSG.several,
    }.get(manager.dialog_data.get(AUDIENCE, ""), RemindersSG.audience)
    await manager.switch_to(back)


async def on_template(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, code: str
) -> None:
    if code in reminders.TEMPLATES:
        manager.dialog_data.update({TEMPLATE: code, TEXT: None})
        await manager.switch_to(RemindersSG.when)


def clean_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValueError("empty")
    if len(text) > reminders.TEXT_MAX:
        raise ValueError("too long")
    return text


async def on_text(_message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    manager.dialog_data.update({TEMPLATE: None, TEXT: text})
    await manager.switch_to(RemindersSG.when)


async def on_bad_text(
    message: Message, _widget: Any, manager: DialogManager, _error: ValueError
) -> None:
    i18n: Translator = translator(manager)
    await message.answer(i18n("core-text-too-long", max=reminders.TEXT_MAX))


async def on_now(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    manager.dialog_data[DUE] = None
    await manager.switch_to(RemindersSG.preview)


async def on_quick(_callback: CallbackQuery, button: Button, manager: DialogManager) -> None:
    """'Tomorrow 08:00' or 'Monday 08:00' in the staff member's zone."""
    due = quick_due(button.widget_id or "", await zone_of(manager), now_of(manager))
    manager.dialog_data[DUE] = due.isoformat()
    await manager.switch_to(RemindersSG.preview)


async def on_day(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, day: date
) -> None:
    if day in days_ahead(await zone_of(manager), now_of(manager)):
        manager.dialog_data[DAY] = day.isoformat()
        await manager.switch_to(RemindersSG.hour)


async def on_hour(
    _callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    zone = await zone_of(manager)
    day = date.fromisoformat(manager.dialog_data.get(DAY) or "2000-01-01")
    if not (item_id.isascii() and item_id.isdigit() and len(item_id) <= 2):
        return
    hour = int(item_id)
    if hour not in hours_left(day, zone, now_of(manager)):
        return
    manager.dialog_data[DUE] = local_to_utc(day, time(hour), zone).isoformat()
    await manager.switch_to(RemindersSG.preview)


async def on_send(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    data = manager.dialog_data
    now = now_of(manager)
    due = due_of(manager)
    created = await reminders.create(
        session_of(manager),
        actor=actor_of(manager),
        audience=Audience(data.get(AUDIENCE, Audience.ONE.value)),
        participant_ids=[int(i) for i in data.get(IDS, [])],
        template=data.get(TEMPLATE),
        text=data.get(TEXT),
        due_at=due or now,
        now=now,
    )
    if created is None:
        await callback.answer(translator(manager)("reminders-nobody"))
        return
    notice = "reminders-done-later" if due is not None and due > now else "reminders-done-now"
    for key in (TEMPLATE, TEXT, DUE, DAY):
        data.pop(key, None)
    if data.get(FROM_CARD):
        await manager.done({NOTICE: notice})
        return
    set_notice(manager, notice)
    await manager.switch_to(RemindersSG.audience)


async def _own_reminder(manager: DialogManager, reminder_id: int) -> bool:
    found = await reminders.own_reminder(
        session_of(manager), actor=actor_of(manager), reminder_id=reminder_id
    )
    return found is not None


on_reminder_selected = open_by_id(REMINDER_ID, RemindersSG.report, may_open=_own_reminder)


async def on_cancel(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Stop the reminder for whoever has not had it yet; the report then shows where it is."""
    withdrawn = await reminders.cancel(
        session_of(manager),
        actor=actor_of(manager),
        reminder_id=int(manager.dialog_data.get(REMINDER_ID, 0)),
        now=now_of(manager),
    )
    if withdrawn is not None:  # None: not theirs (audited); the report then says it is gone
        set_notice(manager, "reminders-cancelled" if withdrawn else "reminders-cancel-too-late")
    await manager.switch_to(RemindersSG.report)
