from __future__ import annotations

import logging
from typing import Any

from aiogram import Router
from aiogram.enums import ContentType
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import CallbackQuery, Message, MessageOriginUser
from aiogram_dialog import DialogManager, ShowMode
from aiogram_dialog.widgets.kbd import Button
from sqlmodel.ext.asyncio.session import AsyncSession

import dialogs.booking
from dialogs.common import (
    LINE_KINDS,
    NOT_ALLOWED,
    ToLots,
    actor_of,
    audit_refusal,
    checked_id,
    name_of,
    now_of,
    opens_on_menu,
    participant_or_refuse,
    refuse,
    refuse_button,
    set_notice,
    translator,
)
from dialogs.context import bot_of, session_of
from dialogs.lotsline.callbacks import AnswerBack
from dialogs.lotsline.getters import PARTICIPANT_ID
from dialogs.states import LotsLineSG, LotsThreadSG
from rules.clock import Clock
from rules.i18n import Translator
from storage import audit, lotsline, people
from storage.lotsline import LONGEST, TEXT_MAX, LotsMessage, MessageKind
from storage.people import Actor

logger = logging.getLogger(__name__)


def refusal_of(message: Message) -> str | None:
    """Why a message cannot go on the line (a message id for a kind answer), or None.

    Someone else's words forwarded are not the participant's to pass on; a recording past
    LONGEST is more than a lots can take in between two meetings.
    """
    origin = message.forward_origin
    sender = message.from_user.id if message.from_user else None
    if origin is not None and not (
        isinstance(origin, MessageOriginUser) and origin.sender_user.id == sender
    ):
        return "lotsline-forwarded"
    media = message.voice or message.video_note or message.audio
    if media is not None and (media.duration or 0) > LONGEST.total_seconds():
        return "lotsline-too-long"
    return None


async def _kindly(message: Message, i18n: Translator, key: str) -> None:
    await message.answer(i18n(key, minutes=int(LONGEST.total_seconds() // 60), max=TEXT_MAX))


async def keep_for_lots(
    message: Message, manager: DialogManager, *, checkin_id: int | None = None
) -> str | None:
    """The participant's message (text, voice, video note, audio file, photo) to their own
    lots: kept by its ids, the lots told. Returns the notice for the next screen; None when
    it was refused with a kind answer (the screen stays, nothing is stored)."""
    i18n = translator(manager)
    kind = LINE_KINDS.get(ContentType(message.content_type))
    refusal = refusal_of(message)
    if kind is None or refusal is not None:
        await _kindly(message, i18n, refusal or "core-unexpected-input-type")
        manager.show_mode = ShowMode.SEND
        return None
    sent = await lotsline.from_participant(
        session_of(manager),
        actor=actor_of(manager),
        kind=kind,
        message_id=message.message_id,
        now=now_of(manager),
        checkin_id=checkin_id,
    )
    return "lotsline-none" if sent.outcome == "no-lots" else "lotsline-sent"


async def on_to_lots(message: Message, _widget: Any, manager: DialogManager) -> None:
    notice = await keep_for_lots(message, manager)
    if notice is None:
        return
    set_notice(manager, notice)
    manager.show_mode = ShowMode.SEND
    await manager.switch_to(LotsLineSG.home)


async def on_sticker(message: Message, _widget: Any, manager: DialogManager) -> None:
    await message.answer(translator(manager)("lotsline-sticker"))
    manager.show_mode = ShowMode.SEND


async def on_book(_callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Book a meeting with the lots (booking checks who may book with whom)."""
    await dialogs.booking.start_for(manager, participant_id=actor_of(manager).person_id)


async def on_call(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """The lots's contact card, to call with one tap: only when they chose to share it."""
    actor = actor_of(manager)
    lots = await lotsline.lots_of(session_of(manager), actor=actor)
    if lots is None or not lots.work_phone:
        await refuse(callback, manager, asked="call", action="deny:contact")
        return
    await bot_of(manager).send_contact(
        actor.telegram_id,
        phone_number=lots.work_phone,
        first_name=name_of(lots, translator(manager)),
    )
    manager.show_mode = ShowMode.SEND


# -- the "send it to my lots" button under a voice note or photo --------------------------


def _original(callback: CallbackQuery, message_id: int) -> Message | None:
    """The participant's own message the pressed offer answered, as Telegram gives it with
    the press; None when the offer answers nothing of theirs (a forged or copied button)."""
    offer = callback.message
    original = offer.reply_to_message if isinstance(offer, Message) else None
    if (
        original is None
        or original.message_id != message_id
        or original.from_user is None
        or original.from_user.id != callback.from_user.id
    ):
        return None
    return original


async def on_send_offered(
    callback: CallbackQuery,
    callback_data: ToLots,
    session: AsyncSession,
    actor: Actor | None,
    i18n: Translator,
    clock: Clock,
) -> None:
    actor = await participant_or_refuse(
        callback, session=session, actor=actor, now=clock.now(), i18n=i18n, onboarded=True
    )
    if actor is None:
        return
    original = _original(callback, callback_data.message_id)
    kind = LINE_KINDS.get(ContentType(original.content_type)) if original else None
    if original is None or kind in (None, MessageKind.TEXT) or refusal_of(original):
        await refuse_button(
            callback, session=session, actor=actor, now=clock.now(), i18n=i18n, key=NOT_ALLOWED
        )
        return
    assert kind is not None
    sent = await lotsline.from_participant(
        session, actor=actor, kind=kind, message_id=original.message_id, now=clock.now()
    )
    if sent.outcome == "no-lots":
        await refuse_button(
            callback, session=session, actor=actor, now=clock.now(), i18n=i18n, key="lotsline-none"
        )
        return
    await callback.answer()
    if isinstance(callback.message, Message):
        # Sent: the button goes, and the line says what happened.
        await callback.message.edit_text(i18n("lotsline-sent"), reply_markup=None)


# "Answer" under the lots's answer: the write screen, on top of the menu.
on_answer_back = opens_on_menu(LotsLineSG.write)


def router() -> Router:
    """Buttons under an offer and under a lots's answer: they carry no dialog, so they come
    before dialogs."""
    buttons = Router(name="lotsline_buttons")
    buttons.callback_query.register(on_send_offered, ToLots.filter())
    buttons.callback_query.register(on_answer_back, AnswerBack.filter())
    return buttons


# -- the lots's side: play, answer ----------------------------------------------------------


async def start_thread(manager: DialogManager, *, participant_id: int, reply: bool = False) -> None:
    """A participant's messages with their lots (or straight to the answer); every screen
    checks again that the actor may see them."""
    await manager.start(
        LotsThreadSG.reply if reply else LotsThreadSG.list,
        data={PARTICIPANT_ID: participant_id},
    )


async def on_thread_start(start_data: Any, manager: DialogManager) -> None:
    data = start_data if isinstance(start_data, dict) else {}
    manager.dialog_data[PARTICIPANT_ID] = int(data.get(PARTICIPANT_ID, 0))


async def play(
    callback: CallbackQuery, manager: DialogManager, message: LotsMessage | None
) -> None:
    """Play one message in the actor's chat by copying it from where it lives (an audited
    read); a message deleted in Telegram since is said so, kindly."""
    actor = actor_of(manager)
    await audit.record_for(
        session_of(manager),
        actor=actor,
        now=now_of(manager),
        action="read:lots-message",
        allowed=message is not None,
        subject_id=message.participant_id if message else None,
    )
    if message is None:
        await callback.answer(translator(manager)(NOT_ALLOWED))
        return
    try:
        await bot_of(manager).copy_message(
            actor.telegram_id, from_chat_id=message.chat_id, message_id=message.message_id
        )
    except TelegramBadRequest as error:
        logger.info("lots message %s not copied: %s", message.id, type(error).__name__)
        await callback.answer(translator(manager)("lotsline-gone"))
        return
    await callback.answer()
    manager.show_mode = ShowMode.SEND


async def play_for_alert(callback: CallbackQuery, manager: DialogManager, alert_id: int) -> None:
    """The message an alert of the actor's is about, played in their chat."""
    found = await lotsline.for_alert(
        session_of(manager), actor=actor_of(manager), alert_id=alert_id
    )
    await play(callback, manager, found)


async def _on_this_thread(manager: DialogManager, message_id: int) -> bool:
    found = await lotsline.get_message(
        session_of(manager), actor=actor_of(manager), message_id=message_id
    )
    return found is not None and found.participant_id == manager.dialog_data.get(PARTICIPANT_ID)


async def on_play_selected(
    callback: CallbackQuery, _widget: object, manager: DialogManager, item_id: str
) -> None:
    found_id = await checked_id(callback, manager, item_id, may_open=_on_this_thread)
    if found_id is None:
        return
    found = await lotsline.get_message(
        session_of(manager), actor=actor_of(manager), message_id=found_id
    )
    await play(callback, manager, found)


_ANSWERED = {
    "queued": "lotsline-answer-queued",
    "held": "lotsline-answer-held",
    "stopped": "lotsline-answer-stopped",
    "refused": NOT_ALLOWED,
}


async def on_answer(message: Message, _widget: Any, manager: DialogManager) -> None:
    """The lots answers by text or by voice; the participant gets it through the outbox."""
    i18n = translator(manager)
    refusal = refusal_of(message)
    text = message.text.strip() if message.text else None
    if refusal is None and text is not None and len(text) > TEXT_MAX:
        refusal = "core-text-too-long"
    if refusal is not None or (message.text is not None and not text):
        await _kindly(message, i18n, refusal or "core-unexpected-input")
        manager.show_mode = ShowMode.SEND
        return
    answer = await lotsline.to_participant(
        session_of(manager),
        actor=actor_of(manager),
        participant_id=int(manager.dialog_data.get(PARTICIPANT_ID, 0)),
        kind=MessageKind.TEXT if text is not None else MessageKind.VOICE,
        message_id=message.message_id,
        text=text,
        now=now_of(manager),
    )
    if answer.outcome == "refused":
        await audit_refusal(manager, asked="answer", action="deny:value")
    set_notice(manager, _ANSWERED[answer.outcome])
    manager.show_mode = ShowMode.SEND
    await manager.switch_to(LotsThreadSG.list)


# -- a lots's work number -------------------------------------------------------------------


async def on_phone(message: Message, _widget: Any, manager: DialogManager, phone: str) -> None:
    saved = await people.set_work_phone(session_of(manager), actor=actor_of(manager), phone=phone)
    await manager.done({"notice": "lotsline-phone-saved" if saved else NOT_ALLOWED})


async def on_bad_phone(
    message: Message, _widget: Any, manager: DialogManager, _error: ValueError
) -> None:
    await message.answer(translator(manager)("lotsline-phone-bad"))
    manager.show_mode = ShowMode.SEND


async def on_phone_hidden(
    _callback: CallbackQuery, _button: Button, manager: DialogManager
) -> None:
    saved = await people.set_work_phone(session_of(manager), actor=actor_of(manager), phone=None)
    await manager.done({"notice": "lotsline-phone-hidden" if saved else NOT_ALLOWED})
