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
from aiogram.fsm.storage.base import BaseStorage
from aiogram.types import CallbackQuery, Message, TelegramObject, Update, User
from sqlmodel.ext.asyncio.session import AsyncSession

from bot.throttling import FloodControl, Verdict
from dialogs.context import FORGET_USER, LOCKED_OUT, bind_identity
from rules.config import Settings
from rules.i18n import Localization, Translator, locale_from_telegram
from storage import audit, fsm, fsm_storage, people
from storage.db import SessionFactory, close, keep_loaded

logger = logging.getLogger(__name__)

# How often "last seen" is written: often enough for a 14-day silence alert, rarely enough
# that a chat does not write on every message.
SEEN_EVERY = timedelta(hours=1)
# The kinds of event flood control counts apart (see UpdateMiddleware).
MESSAGE = "message"
PRESS = "press"

Handler = Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]]


class DbSessionMiddleware(BaseMiddleware):
    """One session per update; storage functions commit their own units of work, and the
    reads that screens noted for the audit log are written once the update is handled.

    After the update, a person who asked to be forgotten also loses their dialog state:
    this runs outside aiogram-dialog's own saving, so nothing is written back afterwards.
    Error handlers get this one alone (a fresh session: the update's has closed by then).
    """

    def __init__(self, session_factory: SessionFactory) -> None:
        self.session_factory = session_factory

    async def __call__(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        # Handlers get a copy of `data`, so they add to this set rather than set a key.
        forget: set[int] = set()
        # Closed by hand, not with `async with`: AsyncSession's exit runs close() in a task
        # of its own, shielded from cancellation, which costs every update two more turns of
        # the event loop (0.03 ms). Updates are cancelled only when the bot stops, and then
        # the engine and its connections are disposed of anyway.
        session = self.session_factory()
        try:
            keep_loaded(session)
            data["session"] = session
            data[FORGET_USER] = forget
            try:
                result = await self.inside(handler, event, data)
                # What the update's screens showed of participants, audited in one write.
                await audit.write_noted(session)
                return result
            finally:
                if forget:
                    await _forget(session, forget, data.get("fsm_storage"))
        finally:
            await close(session)

    async def inside(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        """What runs within the session: here the handler alone."""
        return await handler(event, data)


async def _forget(session: AsyncSession, forget: set[int], storage: BaseStorage | None) -> None:
    await session.rollback()
    for telegram_id in forget:
        await fsm.erase_user_state(session, telegram_id=telegram_id)
    if isinstance(storage, fsm_storage.DatabaseStorage):
        storage.forget_cached()
    elif storage is not None:
        for telegram_id in forget:
            await fsm_storage.erase_redis_state(storage, telegram_id=telegram_id)


class UpdateMiddleware(DbSessionMiddleware):
    """Everything Lotsen sets up around an update, in this order, as one middleware:

    1. the update's session (`DbSessionMiddleware`);
    2. the dialog state's writes gathered until the update is handled, when it is kept in
       our database (`DatabaseStorage.one_update`): inside the session, so a person who asked
       to be forgotten loses their state after those writes;
    3. who acts (`actor`, None for a stranger) and the translator in their language (`i18n`).
       A deactivated staff member is nobody from their next update on: no actor,
       `locked_out`. An archived person is told they are locked, and nothing runs;
    4. flood control for messages and button presses, once the sender's language is known.

    One layer instead of four: aiogram wraps each middleware of a layer in a partial and a
    coroutine for every update, and the four only ever ran together, in this order.
    """

    def __init__(
        self,
        session_factory: SessionFactory,
        *,
        settings: Settings,
        l10n: Localization,
        flood: FloodControl,
        storage: BaseStorage | None = None,
        people_cache: people.PeopleCache | None = None,
    ) -> None:
        super().__init__(session_factory)
        self.settings = settings
        self.l10n = l10n
        self.flood = flood
        self.batching = storage if isinstance(storage, fsm_storage.DatabaseStorage) else None
        self.people_cache = people_cache

    async def inside(self, handler: Handler, event: TelegramObject, data: dict[str, Any]) -> Any:
        if self.batching is None:
            return await self._identified(handler, event, data)
        async with self.batching.one_update():
            return await self._identified(handler, event, data)

    async def _identified(
        self, handler: Handler, event: TelegramObject, data: dict[str, Any]
    ) -> Any:
        user: User | None = data.get("event_from_user")
        if user is None:
            bind_identity(data, None, self.l10n(self.settings.default_locale))
            return await handler(event, data)
        if not await self._identify(event, data, user):
            return None
        if not await self._admitted(event, data, user):
            return None
        return await handler(event, data)

    async def _identify(self, event: TelegramObject, data: dict[str, Any], user: User) -> bool:
        """Bind who acts and their translator; False when nothing may run (archived)."""
        session = data["session"]
        if self.people_cache is not None:
            person = await self.people_cache.sender(session, telegram_id=user.id)
        elif self.batching is not None and self.batching.reads_each_update:
            # The sender and their dialog state in one round trip (PostgreSQL).
            person, kept = await fsm_storage.sender_with_state(session, telegram_id=user.id)
            if kept is not None:
                self.batching.prime(user.id, kept)
        else:
            person = await people.get_by_telegram_id(session, telegram_id=user.id)
        actor = None
        if person is None:
            locale = locale_from_telegram(user.language_code, self.settings.default_locale)
        elif person.erase_after is not None:
            # Archived: locked until it is erased. They are told so, and nothing runs.
            await _tell_locked(event, self.l10n(person.locale), person)
            return False
        elif people.locked_out(person, self.settings.admin_ids):
            # No actor: nothing of a member's may run for them (see bot.handlers.locked).
            data[LOCKED_OUT] = True
            locale = person.locale
        else:
            actor = people.Actor.of(person, self.settings.admin_ids)
            locale = person.locale
            now = data["clock"].now()
            written = await people.touch(session, person=person, now=now, every=SEEN_EVERY)
            if written and self.people_cache is not None:
                self.people_cache.seen(person)
        bind_identity(data, actor, self.l10n(locale))
        return True

    async def _admitted(self, event: TelegramObject, data: dict[str, Any], user: User) -> bool:
        """Flood control per person: messages and button presses each have their own bucket.

        Presses get more room than messages: a person tapping through a questionnaire at two
        taps a second must never lose an answer, while a script sending hundreds is slowed.
        Past the limit the event is dropped; the person is told once a period, kindly. Only
        messages and presses count, as they did when this was a middleware of those two.
        """
        if not isinstance(event, Update):
            return True
        answerable: Message | CallbackQuery
        if event.message is not None:
            kind, answerable = MESSAGE, event.message
        elif event.callback_query is not None:
            kind, answerable = PRESS, event.callback_query
        else:
            return True
        bot = data.get("bot")
        verdict = await self.flood.take(
            kind, bot_id=bot.id if bot is not None else 0, user_id=user.id
        )
        if verdict is Verdict.PASS:
            return True
        if verdict is Verdict.REFUSE_AND_TELL:
            logger.info("throttled user %s (%s)", user.id, kind)
            await answerable.answer(data["i18n"]("core-throttled"))
        elif isinstance(answerable, CallbackQuery):
            await answerable.answer()  # stop the button's spinner, silently
        return False


async def _tell_locked(event: TelegramObject, i18n: Translator, person: people.Person) -> None:
    assert person.erase_after is not None
    text = i18n("rights-locked", until=person.erase_after.astimezone(ZoneInfo(person.timezone)))
    if isinstance(event, Update) and event.callback_query is not None:
        await event.callback_query.answer(text, show_alert=True)
    elif isinstance(event, Update) and event.message is not None:
        await event.message.answer(text)
