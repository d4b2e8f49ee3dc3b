"""The lots's answer reaches the participant through the outbox: quiet hours hold it, a
pause holds it until it ends (it is queued for then), "stop" keeps it from being sent."""

from __future__ import annotations

from datetime import timedelta

from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup
from sqlmodel.ext.asyncio.session import AsyncSession

from dialogs.common import name_or_skip
from dialogs.lotsline.callbacks import AnswerBack
from rules.i18n import Translator
from scheduler.outgoing import Copy, Outgoing, Rendered, Skip
from storage.lotsline import ANSWER_PURPOSE, LotsMessage, MessageKind
from storage.outbox import OutboxMessage, load_subject
from storage.people import Person


async def _answer(
    session: AsyncSession, row: OutboxMessage, _participant: Person, i18n: Translator
) -> Rendered:
    message = await load_subject(session, LotsMessage, row.subject_id)
    if message is None:
        raise Skip("message gone")
    name = name_or_skip(await load_subject(session, Person, message.staff_id), i18n)
    # One tap to answer back, by text or voice.
    markup = InlineKeyboardMarkup(
        inline_keyboard=[
            [
                InlineKeyboardButton(
                    text=i18n("lotsline-answer-back"), callback_data=AnswerBack().pack()
                )
            ]
        ]
    )
    if message.kind == MessageKind.TEXT.value:
        return Rendered(i18n("lotsline-answer-text", name=name, text=message.text or ""), markup)
    # A voice answer is the lots's own recording, copied from their chat with its caption.
    return Rendered(
        i18n("lotsline-answer-voice", name=name),
        markup,
        copy=Copy(from_chat_id=message.chat_id, message_id=message.message_id),
    )


def register(outgoing: Outgoing) -> None:
    # Up to a month: a pause of up to four weeks holds it that long.
    outgoing.message(ANSWER_PURPOSE, _answer, max_age=timedelta(days=31), prompt=True)
