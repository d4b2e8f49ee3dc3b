"""`python -m bot deliver`: run only the outbox sender until nothing is due.

For operators (drain the outbox by hand) and for the crash tests, which kill this process.
SIGTERM finishes the messages in flight and hands the rest back to the outbox. A message
Telegram refuses is decided on its own (scheduler/sender.py) and never stops the rest; a
wrong token stops everything, leaves the outbox as it was, and exits with status 1.
"""

from __future__ import annotations

import asyncio
import signal

import dialogs
from bot.factory import create_bot
from rules.clock import SystemClock
from rules.config import Settings
from rules.i18n import Localization
from scheduler.sender import Sender
from storage import outbox
from storage.db import create_engine, create_session_factory


async def deliver(settings: Settings) -> int:
    engine = create_engine(settings.database_url)
    session_factory = create_session_factory(engine)
    bot = create_bot(settings)
    sender = Sender(
        bot=bot,
        session_factory=session_factory,
        l10n=Localization(),
        clock=SystemClock(),
        settings=settings,
        purposes=dialogs.outgoing().purposes,
    )
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, sender.stop)
    try:
        while not sender.stopping:
            if await sender.run_once():
                continue
            async with session_factory() as session:
                if not await outbox.has_due_or_in_flight(session, now=SystemClock().now()):
                    break
            await asyncio.sleep(0.2)  # rows on lease or held: look again soon
    finally:
        await sender.close()
        await bot.session.close()
        await engine.dispose()
    return 1 if sender.token_refused else 0
