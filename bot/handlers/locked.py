"""A staff member who was deactivated: one kind line that they have no access, audited."""

from __future__ import annotations

from typing import Any

from aiogram import Router
from aiogram.types import CallbackQuery, Message, TelegramObject, User

from dialogs.context import LOCKED_OUT
from rules.clock import Clock
from rules.i18n import Translator
from storage import audit


async def _is_locked_out(_event: Any, **data: Any) -> bool:
    return bool(data.get(LOCKED_OUT))


async def _deny(event: TelegramObject, data: dict[str, Any]) -> str:
    clock: Clock = data["clock"]
    user: User | None = data.get("event_from_user")
    await audit.record(
        data["session"],
        now=clock.now(),
        action="deny:deactivated",
        allowed=False,
        actor_telegram_id=user.id if user else None,
    )
    i18n: Translator = data["i18n"]
    return i18n("core-no-access")


async def locked_message(message: Message, **data: Any) -> None:
    await message.answer(await _deny(message, data))


async def locked_button(callback: CallbackQuery, **data: Any) -> None:
    text = await _deny(callback, data)
    await callback.answer()
    if isinstance(callback.message, Message):
        await callback.message.answer(text)


def router() -> Router:
    locked = Router(name="locked-out")
    locked.message.filter(_is_locked_out)
    locked.callback_query.filter(_is_locked_out)
    locked.message.register(locked_message)
    locked.callback_query.register(locked_button)
    return locked
