"""Anyone who is not a member gets one polite answer, and nothing about them is stored."""

from __future__ import annotations

from typing import Any

from aiogram import Router
from aiogram.types import CallbackQuery, Message

from rules.i18n import Translator


async def _is_stranger(_event: Any, actor: Any = None, **_: Any) -> bool:
    return actor is None


async def stranger_message(message: Message, i18n: Translator) -> None:
    await message.answer(i18n("start-no-invite"))


async def stranger_button(callback: CallbackQuery, i18n: Translator) -> None:
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(i18n("start-no-invite"))


def router() -> Router:
    strangers = Router(name="strangers")
    strangers.message.filter(_is_stranger)
    strangers.callback_query.filter(_is_stranger)
    strangers.message.register(stranger_message)
    strangers.callback_query.register(stranger_button)
    return strangers
