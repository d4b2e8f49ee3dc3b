from __future__ import annotations

from aiogram import Bot
from aiogram.enums import ChatAction
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram_dialog import DialogManager, ShowMode
from aiogram_dialog.widgets.kbd import Button

from dialogs.common import actor_of, chat_action, file_name, refuse, set_notice, translator
from dialogs.context import bot_of, clock_of, forget_after_update, session_of, settings_of
from rules.clock import Clock
from storage import rights
from storage.people import Role


async def _refused(callback: CallbackQuery, manager: DialogManager, asked: str) -> bool:
    """Only a participant has these rights over their own data: anyone else is refused,
    and the refusal audited (staff may press the buttons by their data)."""
    if actor_of(manager).role is Role.PARTICIPANT:
        return False
    await refuse(callback, manager, asked=asked, action=f"deny:{asked}")
    return True


async def on_export(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Everything stored about them, as a JSON file in the chat."""
    if await _refused(callback, manager, "export-data"):
        return
    actor = actor_of(manager)
    bot: Bot = bot_of(manager)
    async with chat_action(bot, actor.telegram_id, ChatAction.UPLOAD_DOCUMENT):
        document = await rights.export(session_of(manager), actor=actor)
        i18n = translator(manager)
        await bot.send_document(
            actor.telegram_id,
            BufferedInputFile(document, filename=file_name(i18n, "rights-export-file", "json")),
            caption=i18n("rights-export-caption"),
        )
    manager.show_mode = ShowMode.SEND


async def on_stop(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    if await _refused(callback, manager, "stop-messages"):
        return
    clock: Clock = clock_of(manager)
    await rights.stop(session_of(manager), actor=actor_of(manager), now=clock.now())
    set_notice(manager, "rights-stopped")


async def on_start_again(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    if await _refused(callback, manager, "restart-messages"):
        return
    await rights.start_again(session_of(manager), actor=actor_of(manager))
    set_notice(manager, "rights-started")


async def on_delete(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Delete (or, under archive rules, hide and lock) everything about them, then say so."""
    if await _refused(callback, manager, "delete-data"):
        return
    actor = actor_of(manager)
    clock: Clock = clock_of(manager)
    days = settings_of(manager).archive_days
    outcome = await rights.forget_me(
        session_of(manager), actor=actor, now=clock.now(), archive_days=days
    )
    text = translator(manager)(
        "rights-deleted" if outcome == "deleted" else "rights-archived", days=days or 0
    )
    await manager.reset_stack(remove_keyboard=True)
    # Their dialog state goes after this update, so nothing of it is written back.
    forget_after_update(manager, actor.telegram_id)
    if isinstance(callback.message, Message):
        await callback.message.answer(text)
