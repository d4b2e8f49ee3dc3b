from __future__ import annotations

from aiogram import Bot
from aiogram.enums import ChatAction
from aiogram.types import BufferedInputFile, CallbackQuery, Message
from aiogram_dialog import DialogManager, ShowMode
from aiogram_dialog.widgets.kbd import Button

from dialogs.common import actor_of, chat_action, file_name, refuse, set_notice, translator
from dialogs.context import FORGET_USER
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
    bot: Bot = manager.middleware_data["bot"]
    async with chat_action(bot, actor.telegram_id, ChatAction.UPLOAD_DOCUMENT):
        document = await rights.export(manager.middleware_data["session"], actor=actor)
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
    clock: Clock = manager.middleware_data["clock"]
    await rights.stop(manager.middleware_data["session"], actor=actor_of(manager), now=clock.now())
    set_notice(manager, "rights-stopped")


async def on_start_again(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    if await _refused(callback, manager, "restart-messages"):
        return
    await rights.start_again(manager.middleware_data["session"], actor=actor_of(manager))
    set_notice(manager, "rights-started")


async def on_delete(callback: CallbackQuery, _button: Button, manager: DialogManager) -> None:
    """Delete (or, under archive rules, hide and lock) everything about them, then say so."""
    if await _refused(callback, manager, "delete-data"):
        return
    data = manager.middleware_data
    actor = actor_of(manager)
    clock: Clock = data["clock"]
    days = data["settings"].archive_days
    outcome = await rights.forget_me(
        data["session"], actor=actor, now=clock.now(), archive_days=days
    )
    text = translator(manager)(
        "rights-deleted" if outcome == "deleted" else "rights-archived", days=days or 0
    )
    await manager.reset_stack(remove_keyboard=True)
    # Their dialog state goes after this update, so nothing of it is written back.
    data[FORGET_USER].add(actor.telegram_id)
    if isinstance(callback.message, Message):
        await callback.message.answer(text)
