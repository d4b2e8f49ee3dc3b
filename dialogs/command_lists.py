"""The command list Telegram shows under "/" and the menu button, in each reader's language.

Telegram picks a list by the app's language code (ISO 639-1). Dari (prs) has none, so a
Dari reader gets their list for their own chat, set when they choose the language.
"""

from __future__ import annotations

import logging

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import BotCommand, BotCommandScopeChat

from rules.i18n import Localization, Translator

logger = logging.getLogger(__name__)

# In the order the list shows them: the menu and leaving a screen first.
COMMANDS = ("menu", "cancel", "settings", "language", "help", "privacy")
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


def needs_own_list(locale: str) -> bool:
    """Whether Telegram can never pick this locale's list by language code (Dari)."""
    return locale not in _TELEGRAM_LANGUAGE_CODE


async def set_chat_commands(
    bot: Bot, l10n: Localization, *, chat_id: int, locale: str, previous: str | None = None
) -> None:
    """After a reader chose `locale`: their own list if Telegram cannot choose it for them,
    and no own list any more when they leave such a language. Failing is only logged: the
    language is chosen either way."""
    try:
        if needs_own_list(locale):
            await bot.set_my_commands(
                bot_commands(l10n(locale)), scope=BotCommandScopeChat(chat_id=chat_id)
            )
        elif previous is not None and needs_own_list(previous):
            await bot.delete_my_commands(scope=BotCommandScopeChat(chat_id=chat_id))
    except TelegramAPIError as error:
        logger.warning("command list for chat %s not set: %s", chat_id, type(error).__name__)


async def set_commands(bot: Bot, l10n: Localization, own_lists: dict[int, str]) -> None:
    """Every language's list, and the own list of each chat in `own_lists` (chat id: locale)."""
    for language_code, i18n in command_languages(l10n):
        await bot.set_my_commands(bot_commands(i18n), language_code=language_code)
    for chat_id, locale in own_lists.items():
        await set_chat_commands(bot, l10n, chat_id=chat_id, locale=locale)
