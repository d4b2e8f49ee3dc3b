"""Commands that work from anywhere for members: /menu, /cancel, /settings, /language,
/help, /privacy (their list for Telegram: dialogs.command_lists)."""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.state import State
from aiogram.types import Message
from aiogram_dialog import DialogManager, ShowMode

from bot.filters import on_loop
from dialogs.common import go_home
from dialogs.states import InfoSG, LanguageSG, SettingsSG
from rules.i18n import Translator
from storage.people import Actor


async def _is_member(_event: Any, actor: Any = None, **_: Any) -> bool:
    return actor is not None


async def menu(message: Message, dialog_manager: DialogManager, actor: Actor) -> None:
    await go_home(dialog_manager, actor, show_mode=ShowMode.SEND)


async def cancel(message: Message, dialog_manager: DialogManager, actor: Actor) -> None:
    """Leave whatever screen is open, back to the menu: what was saved stays, nothing else is."""
    await go_home(dialog_manager, actor, notice="core-cancelled", show_mode=ShowMode.SEND)


async def _on_top_of_home(manager: DialogManager, actor: Actor, state: State) -> None:
    """Open `state` above the member's home screen, so Back leads somewhere sensible."""
    await go_home(manager, actor, show_mode=ShowMode.NO_UPDATE)
    if actor.onboarded:
        await manager.start(state, show_mode=ShowMode.SEND)
    else:
        await manager.show(ShowMode.SEND)


async def help_(message: Message, dialog_manager: DialogManager, actor: Actor) -> None:
    await _on_top_of_home(dialog_manager, actor, InfoSG.help)


async def language(message: Message, dialog_manager: DialogManager, actor: Actor) -> None:
    await _on_top_of_home(dialog_manager, actor, LanguageSG.pick)


async def settings(message: Message, dialog_manager: DialogManager, actor: Actor) -> None:
    await _on_top_of_home(dialog_manager, actor, SettingsSG.main)


async def privacy(message: Message, dialog_manager: DialogManager, actor: Actor) -> None:
    await _on_top_of_home(dialog_manager, actor, InfoSG.privacy)


async def unknown_command(message: Message, i18n: Translator) -> None:
    await message.answer(i18n("core-unknown-command"))


def router() -> Router:
    members = Router(name="commands")
    members.message.filter(_is_member)
    members.message.register(menu, Command("menu"))
    members.message.register(cancel, Command("cancel"))
    members.message.register(settings, Command("settings"))
    members.message.register(help_, Command("help"))
    members.message.register(language, Command("language"))
    members.message.register(privacy, Command("privacy"))
    # Any other command: said here, before a dialog could take "/foo" as a typed answer.
    members.message.register(unknown_command, on_loop(F.text.startswith("/")))
    return members
