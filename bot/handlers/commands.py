"""Commands that work from anywhere for members: /menu, /help, /language, /privacy."""

from __future__ import annotations

from typing import Any

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.fsm.state import State
from aiogram.types import BotCommand, Message
from aiogram_dialog import DialogManager, ShowMode

from dialogs.common import go_home
from dialogs.states import InfoSG, LanguageSG
from rules.i18n import Localization, Translator
from storage.people import Actor


def _is_member(_event: Any, actor: Any = None, **_: Any) -> bool:
    return actor is not None


COMMANDS = ("menu", "help", "language", "privacy")
# Telegram takes ISO 639-1 codes only; Dari (prs) has none, its readers see the default list.
_TELEGRAM_LANGUAGE_CODE = {
    "sv": "sv",
    "en": "en",
    "ar": "ar",
    "so": "so",
    "ti": "ti",
    "fa": "fa",
    "uk": "uk",
}


def bot_commands(i18n: Translator) -> list[BotCommand]:
    return [BotCommand(command=name, description=i18n(f"command-{name}")) for name in COMMANDS]


def command_languages(l10n: Localization) -> list[tuple[str | None, Translator]]:
    """(language_code for setMyCommands, translator): the default list first, then each language."""
    pairs: list[tuple[str | None, Translator]] = [(None, l10n(l10n.default_locale))]
    pairs += [
        (_TELEGRAM_LANGUAGE_CODE[locale], l10n(locale))
        for locale in l10n.locales
        if locale in _TELEGRAM_LANGUAGE_CODE
    ]
    return pairs


async def menu(message: Message, dialog_manager: DialogManager, actor: Actor) -> None:
    await go_home(dialog_manager, actor, show_mode=ShowMode.SEND)


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


async def privacy(message: Message, dialog_manager: DialogManager, actor: Actor) -> None:
    await _on_top_of_home(dialog_manager, actor, InfoSG.privacy)


async def unknown_command(message: Message, i18n: Translator) -> None:
    await message.answer(i18n("core-unknown-command"))


def router() -> Router:
    members = Router(name="commands")
    members.message.filter(_is_member)
    members.message.register(menu, Command("menu"))
    members.message.register(help_, Command("help"))
    members.message.register(language, Command("language"))
    members.message.register(privacy, Command("privacy"))
    # Any other command: said here, before a dialog could take "/foo" as a typed answer.
    members.message.register(unknown_command, F.text.startswith("/"))
    return members
