"""Builds the Bot, the FSM storage and the Dispatcher. One place includes every router."""

from __future__ import annotations

from aiogram import Bot, Dispatcher, F
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ChatType
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage, DefaultKeyBuilder
from aiogram.fsm.storage.memory import SimpleEventIsolation
from aiogram_dialog import setup_dialogs
from aiogram_dialog.api.protocols import MessageManagerProtocol
from sqlalchemy.ext.asyncio import AsyncEngine

import dialogs
from bot.filters import on_loop
from bot.handlers import commands, errors, fallback, locked, start, strangers
from bot.middlewares import MESSAGE, PRESS, DbSessionMiddleware, UpdateMiddleware
from bot.throttling import Allowance, FloodControl
from dialogs import ids as dialog_ids
from dialogs.routing import RoutingDispatcher
from rules.clock import Clock, SystemClock
from rules.config import Settings
from rules.i18n import Localization
from storage.db import SessionFactory, create_engine, create_session_factory
from storage.fsm_storage import DatabaseStorage
from storage.people import PeopleCache

# Updates handled at once per process; each may hold a database connection for a moment.
UPDATE_CONCURRENCY = 10
# The main pool on SQLite: one connection for each update handled at once, and one each for
# the outbox sender and the scheduler's tick beside them.
SQLITE_CONNECTIONS = UPDATE_CONCURRENCY + 2


def create_bot(settings: Settings) -> Bot:
    """The Bot, talking to Telegram or to the local Bot API server at TELEGRAM_API_BASE."""
    if settings.bot_token is None:
        raise ValueError("BOT_TOKEN is not set")
    session = None
    if settings.telegram_api_base:
        session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_base))
    return Bot(
        token=settings.bot_token.get_secret_value(),
        session=session,
        default=DefaultBotProperties(parse_mode=None, link_preview_is_disabled=True),
    )


def create_fsm(settings: Settings, clock: Clock) -> tuple[BaseStorage, BaseEventIsolation]:
    """Dialog state in Redis when REDIS_URL is set, else in our own database."""
    key_builder = DefaultKeyBuilder(with_destiny=True, with_bot_id=True)
    if settings.redis_url:
        from aiogram.fsm.storage.redis import RedisStorage

        redis = RedisStorage.from_url(settings.redis_url, key_builder=key_builder)
        return redis, redis.create_isolation()
    # Its own pool: an update holds one connection from the main pool while aiogram-dialog
    # loads and saves its stack; sharing one pool lets a crowd of updates starve each other.
    # Every read and write of it is one statement: on PostgreSQL each runs on its own,
    # without a BEGIN and a ROLLBACK or COMMIT around it (two round trips more each).
    # On SQLite, a connection for each update handled at once (an update reads its sender's
    # records here the first time this process sees them) and one for the group write.
    sqlite = settings.database_url.startswith("sqlite")
    engine = create_engine(
        settings.database_url,
        **(
            {"connections": UPDATE_CONCURRENCY + 1} if sqlite else {"isolation_level": "AUTOCOMMIT"}
        ),
    )
    storage = DatabaseStorage(
        create_session_factory(engine),
        key_builder=key_builder,
        clock=clock,
        engine=engine,
        # SQLite is one process: its dialog state can be cached. PostgreSQL may have several.
        cache=sqlite,
        dialogs_only=True,
    )
    return storage, SimpleEventIsolation()


def _people_cache(session_factory: SessionFactory) -> PeopleCache | None:
    """The senders of updates kept in this process, on SQLite (see storage.people)."""
    bind = session_factory.kw.get("bind")
    return PeopleCache.for_engine(bind) if isinstance(bind, AsyncEngine) else None


def create_dispatcher(
    *,
    settings: Settings,
    session_factory: SessionFactory,
    l10n: Localization,
    clock: Clock | None = None,
    storage: BaseStorage | None = None,
    events_isolation: BaseEventIsolation | None = None,
    message_manager: MessageManagerProtocol | None = None,
) -> Dispatcher:
    """The dispatcher with every router, middleware and dialog, ready to feed updates to."""
    clock = clock or SystemClock()
    if storage is None:
        storage, events_isolation = create_fsm(settings, clock)
    events_isolation = events_isolation or SimpleEventIsolation()
    dp = RoutingDispatcher(
        storage=storage,
        events_isolation=events_isolation,
        settings=settings,
        l10n=l10n,
        clock=clock,
        session_factory=session_factory,
    )
    # Lotsen talks one to one; group chats and channels are not for participant data.
    dp.message.filter(on_loop(F.chat.type == ChatType.PRIVATE))
    dp.callback_query.filter(on_loop(F.message.chat.type == ChatType.PRIVATE))
    # The update's session, its dialog state's writes, who acts, flood control: one layer.
    people_cache = _people_cache(session_factory)
    update_middleware = UpdateMiddleware(
        session_factory,
        settings=settings,
        l10n=l10n,
        flood=FloodControl(
            allowances={
                MESSAGE: Allowance(settings.throttle_messages, settings.throttle_seconds),
                PRESS: Allowance(settings.throttle_presses, settings.throttle_seconds),
            },
            clock=clock,
            # Several workers share one Redis: a flood spread over them is counted once.
            redis=getattr(storage, "redis", None) if settings.redis_url else None,
        ),
        storage=storage,
        people_cache=people_cache,
    )
    if people_cache is not None:
        dp.shutdown.register(people_cache.close)
    dp.update.outer_middleware(update_middleware)
    # Error handlers run after the update's session has closed; they get a fresh one.
    dp.errors.outer_middleware(DbSessionMiddleware(session_factory))

    # Order matters: a deactivated staff member is answered before anything else sees them;
    # strangers are answered before any member router sees them;
    # commands come before dialogs so /menu works from any screen; fallback is last.
    dp.include_routers(
        errors.router(),
        locked.router(),
        start.router(),
        strangers.router(),
        commands.router(),
        dialogs.buttons(),
        dialogs.setup(),
        fallback.router(),
    )
    dialog_ids.install()
    setup_dialogs(dp, message_manager=message_manager, events_isolation=events_isolation)
    return dp
