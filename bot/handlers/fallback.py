"""What no dialog or command took: a kind word, and nothing changes."""

from __future__ import annotations

from typing import Any

from aiogram import Router
from aiogram.enums import ContentType
from aiogram.types import CallbackQuery, Message
from aiogram_dialog import DialogManager, ShowMode
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.handlers.errors import audit_refused_button
from dialogs.common import go_home, offer_to_lots
from rules.i18n import Translator
from storage.people import Actor


async def unexpected_message(
    message: Message,
    dialog_manager: DialogManager,
    actor: Actor | None,
    i18n: Translator,
    session: AsyncSession,
) -> None:
    if not await offer_to_lots(message, session=session, actor=actor, i18n=i18n):
        key = (
            "core-unexpected-input"
            if message.content_type == ContentType.TEXT
            else "core-unexpected-input-type"
        )
        await message.answer(i18n(key))
    if actor is not None and not dialog_manager.has_context():
        # No screen is open (its state was lost): show the buttons the reply speaks of.
        await go_home(dialog_manager, actor, show_mode=ShowMode.SEND)


async def unknown_button(
    callback: CallbackQuery,
    dialog_manager: DialogManager,
    actor: Actor | None,
    i18n: Translator,
    **data: Any,
) -> None:
    """A button whose data no dialog knows: an old keyboard, or forged data."""
    await callback.answer()
    if actor is None:
        return
    await audit_refused_button(data, actor, callback, "unknown")
    await go_home(dialog_manager, actor, notice="core-old-button", show_mode=ShowMode.SEND)


def router() -> Router:
    fallback = Router(name="fallback")
    fallback.message.register(unexpected_message)
    fallback.callback_query.register(unknown_button)
    return fallback
