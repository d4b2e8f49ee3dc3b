"""Running the bot: long polling by default, webhook when WEBHOOK_URL is set."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import sys
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.webhook.aiohttp_server import SimpleRequestHandler, setup_application
from aiohttp import web

import dialogs
from bot.factory import (
    SQLITE_CONNECTIONS,
    UPDATE_CONCURRENCY,
    create_bot,
    create_dispatcher,
)
from dialogs.command_lists import needs_own_list, set_commands
from rules.clock import SystemClock
from rules.config import Settings
from rules.i18n import Localization
from rules.questions import QuestionsError, questions
from scheduler.leader import Leadership
from scheduler.runner import Ticks, catch_up, create_scheduler
from scheduler.sender import Sender
from storage import embedded, people
from storage.db import create_engine, create_session_factory
from storage.programme import FOLLOW_UP_KEEP_DAYS

logger = logging.getLogger(__name__)
# What Lotsen handles; everything else Telegram need not send.
ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"]


def freeze_startup_objects() -> None:
    """Move everything built at start-up out of the garbage collector's sight.

    A full collection over the app's long-lived objects (routers, dialogs, Fluent bundles,
    SQLAlchemy metadata) stalls the event loop for a few hundred milliseconds; frozen, they
    are never scanned again (bench/README.md has the figures).
    """
    gc.collect()
    gc.freeze()


# Tracked objects allocated (less those freed) that start a young collection; Python's default
# is 700. Ten updates handled at once hold a few thousand objects alive for a moment (their
# pydantic types, sessions, rendered screens): at 700 a worker collected about every fourth
# /menu, each time walking what was alive just then and promoting it, so that a full
# collection (44-60 ms) followed every 430 or so; garbage collection took 0.2-0.26 ms of
# every /menu. At 10,000, 3,000 /menu ran without one collection: what those updates leave
# in cycles is collected later, by young collections of about this many objects each (about
# 0.3 ms, timed alone). bench/README.md has the figures.
YOUNG_COLLECTION_THRESHOLD = 10_000


def collect_less_often() -> None:
    """Start a young garbage collection after YOUNG_COLLECTION_THRESHOLD allocations, not 700;
    the older generations keep Python's own thresholds."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, middle, old)


# How long a thread may hold the interpreter before another that wants it gets it (Python's
# default is 5 ms). The event loop gives it up at every SQLite call and every socket wait, and
# must then win it back from whichever thread is busy (a chart, a report): at 5 ms a turn, a
# read of a few rows on the loop waited 60-90 ms behind a report being written.
SWITCH_INTERVAL = 0.001


def share_the_interpreter() -> None:
    """Let the event loop's thread win the GIL back quickly from busy worker threads."""
    sys.setswitchinterval(SWITCH_INTERVAL)


class CannotStart(Exception):
    """Telegram cannot be used with these settings; the message says what to check."""


async def check_telegram(settings: Settings) -> None:
    """Ask Telegram who the bot is before anything else starts, so a wrong token or a missing
    network is one clear line instead of a traceback; the session is closed either way."""
    from aiogram.exceptions import (
        TelegramAPIError,
        TelegramNetworkError,
        TelegramNotFound,
        TelegramUnauthorizedError,
    )
    from aiogram.utils.token import TokenValidationError

    where = settings.telegram_api_base or "https://api.telegram.org"
    try:
        bot = create_bot(settings)
    except TokenValidationError:
        raise CannotStart(
            "BOT_TOKEN does not look like a bot token: copy it again from @BotFather "
            "(it looks like 123456789:AA...)."
        ) from None
    try:
        await bot.get_me()
    except (TelegramUnauthorizedError, TelegramNotFound):
        raise CannotStart(
            "Telegram does not accept BOT_TOKEN: check the token from @BotFather "
            "(send /mybots there to see it again)."
        ) from None
    except TelegramNetworkError:
        raise CannotStart(
            f"Cannot reach Telegram at {where}: check the network, "
            "or TELEGRAM_API_BASE if you set it."
        ) from None
    except TelegramAPIError as error:
        raise CannotStart(
            f"Telegram at {where} answered with an error ({type(error).__name__}): "
            "try again in a while."
        ) from None
    finally:
        await bot.session.close()


async def prepare(settings: Settings) -> tuple[Bot, Dispatcher]:
    """Migrate the embedded database, then build the bot and its dispatcher."""
    if settings.retention_days < FOLLOW_UP_KEEP_DAYS:
        logger.warning(
            "RETENTION_DAYS=%s erases people before the six-month question (asked about day "
            "183 after the end); keep at least %s days if the programme reports it",
            settings.retention_days,
            FOLLOW_UP_KEEP_DAYS,
        )
    try:
        questions()
    except QuestionsError as error:
        raise CannotStart(f"content/questions/{error}") from None
    if settings.is_sqlite:
        # The embedded default migrates itself (in a child process, when there is work);
        # PostgreSQL deployments run `migrate` once. No worker imports Alembic (about 20 MB).
        await embedded.migrate(settings.database_url)
    engine = create_engine(settings.database_url, connections=SQLITE_CONNECTIONS)
    session_factory = create_session_factory(engine)
    l10n = Localization(default_locale=settings.default_locale)
    clock = SystemClock()
    dp = create_dispatcher(
        settings=settings, session_factory=session_factory, l10n=l10n, clock=clock
    )
    bot = create_bot(settings)
    outgoing = dialogs.outgoing()
    sender = Sender(
        bot=bot,
        session_factory=session_factory,
        l10n=l10n,
        clock=clock,
        settings=settings,
        purposes=outgoing.purposes,
    )
    # With several workers on PostgreSQL, one at a time runs the ticks (an advisory lock).
    leadership = Leadership(engine)
    ticks = Ticks(
        session_factory=session_factory,
        clock=clock,
        settings=settings,
        outgoing=outgoing,
        leadership=leadership,
    )
    scheduler = create_scheduler(ticks, sender)

    async def on_startup(bot: Bot) -> None:
        async with session_factory() as session:
            own_lists = await people.readers_of(
                session, locales=[locale for locale in l10n.locales if needs_own_list(locale)]
            )
        await set_commands(bot, l10n, own_lists)
        await ticks.keep_leadership()
        await catch_up(ticks, sender)
        freeze_startup_objects()
        collect_less_often()
        share_the_interpreter()
        scheduler.start()

    async def on_shutdown() -> None:
        # Stop claiming; what is being sent finishes, the rest goes back to the outbox.
        sender.stop()
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(20):
                await sender.drain()
        scheduler.shutdown(wait=False)
        await sender.close()
        await leadership.release()
        await engine.dispose()

    dp.startup.register(on_startup)
    dp.shutdown.register(on_shutdown)
    return bot, dp


async def run_polling(settings: Settings) -> None:
    await check_telegram(settings)
    bot, dp = await prepare(settings)
    await bot.delete_webhook(drop_pending_updates=False)
    logger.info("starting long polling")
    await dp.start_polling(
        bot, allowed_updates=ALLOWED_UPDATES, tasks_concurrency_limit=UPDATE_CONCURRENCY
    )


def webhook_app(settings: Settings, bot: Bot, dp: Dispatcher) -> web.Application:
    """The aiohttp app that receives updates; Telegram's secret-token header is checked."""
    if settings.webhook_secret is None:
        raise ValueError("WEBHOOK_SECRET is required in webhook mode")
    secret = settings.webhook_secret.get_secret_value()
    app = web.Application()
    SimpleRequestHandler(dispatcher=dp, bot=bot, secret_token=secret).register(
        app, path=settings.webhook_path
    )
    # Webhook updates are handled as they arrive; bound them as polling is bounded.
    gate = asyncio.Semaphore(UPDATE_CONCURRENCY)

    async def bounded(handler: Any, event: Any, data: dict[str, Any]) -> Any:
        async with gate:
            return await handler(event, data)

    dp.update.outer_middleware(bounded)

    async def register_webhook(bot: Bot) -> None:
        assert settings.webhook_url is not None
        await bot.set_webhook(
            settings.webhook_url.rstrip("/") + settings.webhook_path,
            secret_token=secret,
            allowed_updates=ALLOWED_UPDATES,
        )

    dp.startup.register(register_webhook)
    setup_application(app, dp, bot=bot)
    return app


async def run_webhook(settings: Settings) -> None:
    await check_telegram(settings)
    bot, dp = await prepare(settings)
    app = webhook_app(settings, bot, dp)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, settings.webhook_host, settings.webhook_port)
    await site.start()
    logger.info(
        "listening for webhook updates on %s:%s", settings.webhook_host, settings.webhook_port
    )
    # SIGTERM (systemd, a container stop, a rolling deploy) shuts down as polling does: the
    # sender finishes what it is sending, hands back the rest, and the scheduler lock is freed.
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    try:
        await stop.wait()
        logger.info("stopping")
    finally:
        await runner.cleanup()
