"""What a handler or getter may take from the update's data, named and typed in one place.

Dispatcher-lifetime objects (`settings`, `l10n`, `clock`, `session_factory`) are passed
as `Dispatcher(**kwargs)`; per-update ones (`session`, `actor`, `i18n`) are set by
`bot.middlewares`. Dialog code reads them through the functions below, never by a raw key.
"""

from __future__ import annotations

from typing import Any

from aiogram import Bot
from aiogram.types import Update, User
from aiogram_dialog import DialogManager
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.clock import Clock
from rules.config import Settings
from rules.i18n import Localization, Translator
from storage.people import Actor

SESSION = "session"
SETTINGS = "settings"
CLOCK = "clock"
L10N = "l10n"
BOT = "bot"
ACTOR = "actor"
I18N = "i18n"
# True for a staff member an admin deactivated: they get one kind "no access" and nothing else.
LOCKED_OUT = "locked_out"
# A set: a handler adds a Telegram user id whose dialog state is erased after the update.
FORGET_USER = "forget_user"


def bind_identity(data: dict[str, Any], actor: Actor | None, i18n: Translator) -> None:
    """Set (or, after joining or a language change, reset) who acts and in which language."""
    data[ACTOR] = actor
    data[I18N] = i18n


def session_of(manager: DialogManager) -> AsyncSession:
    """The update's database session (one per update, from `bot.middlewares`)."""
    session: AsyncSession = manager.middleware_data[SESSION]
    return session


def settings_of(manager: DialogManager) -> Settings:
    settings: Settings = manager.middleware_data[SETTINGS]
    return settings


def clock_of(manager: DialogManager) -> Clock:
    """The bot's clock (the fake clock in tests)."""
    clock: Clock = manager.middleware_data[CLOCK]
    return clock


def l10n_of(manager: DialogManager) -> Localization:
    """Every shipped locale (for a reader other than the actor, or a language list)."""
    l10n: Localization = manager.middleware_data[L10N]
    return l10n


def bot_of(manager: DialogManager) -> Bot:
    bot: Bot = manager.middleware_data[BOT]
    return bot


def translator(manager: DialogManager) -> Translator:
    """The actor's translator: their language, falling back to Swedish."""
    translate: Translator = manager.middleware_data[I18N]
    return translate


def actor_of(manager: DialogManager) -> Actor:
    """The acting member. Dialogs sit behind role gates, so a stranger never gets here."""
    actor: Actor | None = manager.middleware_data.get(ACTOR)
    if actor is None:
        raise PermissionError("dialog reached without a member")
    return actor


def act_as(manager: DialogManager, actor: Actor, i18n: Translator) -> None:
    """From this screen on, in this update: who acts now (after joining) and in which
    language (after a change of language)."""
    bind_identity(manager.middleware_data, actor, i18n)


def forget_after_update(manager: DialogManager, telegram_id: int) -> None:
    """Erase this person's dialog state once the update is done (they asked to be forgotten,
    or declined to join)."""
    forget: set[int] = manager.middleware_data[FORGET_USER]
    forget.add(telegram_id)


def telegram_user_of(manager: DialogManager) -> User | None:
    """The Telegram user behind the update, as aiogram gives it (name offered as a default)."""
    user: User | None = manager.middleware_data.get("event_from_user")
    return user


def update_id_of(manager: DialogManager) -> int | None:
    """The id of the update being handled (a notice belongs to the update that set it)."""
    update: Update | None = manager.middleware_data.get("event_update")
    return update.update_id if update is not None else None
