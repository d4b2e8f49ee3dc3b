"""Update middlewares: a database session, the acting person and their locale, and flood control.

The data keys they add are the only per-update keys handlers may rely on:
`session`, `actor` and `i18n` (see `dialogs.context`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from aiogram import BaseMiddleware
from aiogram.types import CallbackQuery, Message, TelegramObject, Update, User

from bot.throttling import FloodControl, Verdict
from dialogs.context import FORGET_USER, LOCKED_OUT, bind_identity
from rules.config import Settings
from rules.i18n import Localization, Translator, locale_from_telegram
from storage import audit, fsm, fsm_storage, people
from storage.db import SessionFactory, keep_loaded

logger = logging.getLogger(__name__)

# How often "last seen" is written: often enough for a 14-day silence alert, rarely enough
# that a chat does not write on every message.
SEEN_EVERY = timedelta(hours=1)
# The kinds of event flood control counts apart (see ThrottlingMiddleware).
MESSAGE = "message"
PRESS = "press"

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class DbSessionMiddleware(BaseMiddleware):
    """One session per update; storage functions commit their own units of work, and the
    reads that screens noted for the audit log are written once the update is handled.

    After the update, a person who asked to be forgotten also loses their dialog state:
    this runs outside aiogram-dialog's own saving, so nothing is written back afterwards.
    """

    def __init__(self, session_factory: SessionFactory) -> None:
        self.session_factory = session_factory

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        # Handlers get a copy of `data`, so they add to this set rather than set a key.
        forget: set[int] = set()
        async with self.session_factory() as session:
            keep_loaded(session)
            data["session"] = session
            data[FORGET_USER] = forget
            try:
                result = await handler(event, data)
                # What the update's screens showed of participants, audited in one write.
                await audit.write_noted(session)
                return result
            finally:
                if forget:
                    await session.rollback()
                    for telegram_id in forget:
                        await fsm.erase_user_state(session, telegram_id=telegram_id)
                    storage = data.get("fsm_storage")
                    if isinstance(storage, fsm_storage.DatabaseStorage):
                        storage.forget_cached()
                    elif storage is not None:
                        for telegram_id in forget:
                            await fsm_storage.erase_redis_state(storage, telegram_id=telegram_id)


class IdentityMiddleware(BaseMiddleware):
    """Who acts (`actor`, None for a stranger) and the translator in their language (`i18n`).

    A deactivated staff member is nobody from their next update on: no actor, `locked_out`.
    """

    def __init__(self, settings: Settings, l10n: Localization) -> None:
        self.settings = settings
        self.l10n = l10n

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user: User | None = data.get("event_from_user")
        actor = None
        locale = self.settings.default_locale
        if user is not None:
            person = await people.get_by_telegram_id(data["session"], telegram_id=user.id)
            if person is not None and person.erase_after is not None:
                # Archived: locked until it is erased. They are told so, and nothing runs.
                await _tell_locked(event, self.l10n(person.locale), person)
                return None
            if person is not None and people.locked_out(person, self.settings.admin_ids):
                # No actor: nothing of a member's may run for them (see bot.handlers.locked).
                data[LOCKED_OUT] = True
                locale = person.locale
            elif person is not None:
                actor = people.Actor.of(person, self.settings.admin_ids)
                locale = person.locale
                await people.touch(
                    data["session"], person=person, now=data["clock"].now(), every=SEEN_EVERY
                )
            else:
                locale = locale_from_telegram(user.language_code, self.settings.default_locale)
        bind_identity(data, actor, self.l10n(locale))
        return await handler(event, data)


async def _tell_locked(event: TelegramObject, i18n: Translator, person: people.Person) -> None:
    assert person.erase_after is not None
    text = i18n("rights-locked", until=person.erase_after.astimezone(ZoneInfo(person.timezone)))
    if isinstance(event, Update) and event.callback_query is not None:
        await event.callback_query.answer(text, show_alert=True)
    elif isinstance(event, Update) and event.message is not None:
        await event.message.answer(text)


class ThrottlingMiddleware(BaseMiddleware):
    """Flood control per person: messages and button presses each have their own bucket.

    Presses get more room than messages: a person tapping through a questionnaire at two
    taps a second must never lose an answer, while a script sending hundreds is slowed.
    Past the limit the event is dropped; the person is told once a period, kindly.
    Register it on `message` and `callback_query`, after the identity middleware.
    """

    def __init__(self, flood: FloodControl) -> None:
        self.flood = flood

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        user: User | None = data.get("event_from_user")
        if user is None:
            return await handler(event, data)
        bot = data.get("bot")
        kind = PRESS if isinstance(event, CallbackQuery) else MESSAGE
        verdict = await self.flood.take(
            kind, bot_id=bot.id if bot is not None else 0, user_id=user.id
        )
        if verdict is Verdict.PASS:
            return await handler(event, data)
        if verdict is Verdict.REFUSE_AND_TELL:
            logger.info("throttled user %s (%s)", user.id, kind)
            text = data["i18n"]("core-throttled")
            if isinstance(event, (CallbackQuery, Message)):
                await event.answer(text)
        elif isinstance(event, CallbackQuery):
            await event.answer()  # stop the button's spinner, silently
        return None
