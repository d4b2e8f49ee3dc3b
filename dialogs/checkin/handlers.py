from __future__ import annotations

import logging
from typing import Any

from aiogram import Router
from aiogram.types import CallbackQuery, Message
from aiogram_dialog import DialogManager, ShowMode
from aiogram_dialog.widgets.kbd import Button

from dialogs.checkin.callbacks import CheckinMood
from dialogs.common import NOTICE, actor_of, go_home, participant_or_refuse, refuse_button
from dialogs.context import clock_of, session_of, translator
from dialogs.lotsline import keep_for_lots
from dialogs.states import CheckinSG
from rules.clock import Clock
from rules.i18n import Translator
from storage import checkins
from storage.checkins import Help
from storage.people import Actor

logger = logging.getLogger(__name__)
CHECKIN_ID = "checkin_id"


async def on_mood(
    callback: CallbackQuery,
    callback_data: CheckinMood,
    dialog_manager: DialogManager,
    session: Any,
    actor: Actor | None,
    i18n: Translator,
    clock: Clock,
) -> None:
    """A mood button on a check-in message from the outbox: one tap answers the question."""
    actor = await participant_or_refuse(
        callback, session=session, actor=actor, now=clock.now(), i18n=i18n
    )
    if actor is None:
        return
    checkin = await checkins.own_checkin(session, actor=actor, checkin_id=callback_data.checkin_id)
    if checkin is None:
        await refuse_button(callback, session=session, actor=actor, now=clock.now(), i18n=i18n)
        return
    if checkin.help is not None:
        await callback.answer(i18n("checkin-already-answered"))
        return
    await checkins.answer_mood(
        session,
        actor=actor,
        checkin_id=callback_data.checkin_id,
        mood=callback_data.mood,
        now=clock.now(),
    )
    await callback.answer()
    if isinstance(callback.message, Message):
        # The question is answered: its buttons go, so an old one cannot be pressed by mistake.
        await callback.message.edit_reply_markup(reply_markup=None)
    await go_home(dialog_manager, actor, show_mode=ShowMode.NO_UPDATE)
    await dialog_manager.start(
        CheckinSG.help, data={CHECKIN_ID: callback_data.checkin_id}, show_mode=ShowMode.SEND
    )


def router() -> Router:
    """Buttons on messages the outbox sent: they carry no dialog, so they come before dialogs."""
    buttons = Router(name="checkin_buttons")
    buttons.callback_query.register(on_mood, CheckinMood.filter())
    return buttons


def _checkin_id(manager: DialogManager) -> int:
    data = manager.start_data if isinstance(manager.start_data, dict) else {}
    return int(data.get(CHECKIN_ID, 0))


async def _answer(
    manager: DialogManager, help_: Help, notice: str, message: str | None = None
) -> None:
    clock: Clock = clock_of(manager)
    await checkins.answer_help(
        session_of(manager),
        actor=actor_of(manager),
        checkin_id=_checkin_id(manager),
        help_=help_,
        now=clock.now(),
        message=message,
    )
    await manager.done({NOTICE: notice})


async def on_no_help(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await _answer(manager, Help.NO, "checkin-thanks")


async def on_contact_me(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    await _answer(manager, Help.CONTACT, "checkin-thanks-contact")


async def on_message(message: Message, _widget: Any, manager: DialogManager, text: str) -> None:
    await _answer(manager, Help.MESSAGE, "checkin-thanks-message", message=text)


async def on_media_message(message: Message, _widget: Any, manager: DialogManager) -> None:
    """A voice note or photo for the lots answers "do you need help" with "a message"."""
    notice = await keep_for_lots(message, manager, checkin_id=_checkin_id(manager))
    if notice is not None:
        sent = notice == "lotsline-sent"
        await manager.done({NOTICE: "checkin-thanks-message" if sent else notice})


def clean_message(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValueError("empty")
    if len(text) > checkins.MESSAGE_MAX:
        raise ValueError("too long")
    return text


async def on_bad_message(
    message: Message, _widget: Any, manager: DialogManager, _error: ValueError
) -> None:
    i18n: Translator = translator(manager)
    await message.answer(i18n("checkin-message-too-long", max=checkins.MESSAGE_MAX))
