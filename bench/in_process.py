"""The whole bot in one process for a bench: real Dispatcher, a migrated database (a new
SQLite file unless given), the in-process Bot double, no flood limit, a fake clock.

`TelegramMessageManager` and `TelegramBot` make a dialog's screens cost what they cost in
production: aiogram-dialog's own MessageManager builds each edit and sends it through the
Bot, and the Bot's session answers an edit with the edited message, as Telegram does.
"""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiogram import Bot
from aiogram.methods import EditMessageText, SendMessage, TelegramMethod
from aiogram.types import Chat, InlineKeyboardMarkup, Message
from aiogram_dialog.api.entities import NewMessage, OldMessage
from aiogram_dialog.manager.message_manager import MessageManager
from aiogram_dialog.test_tools import MockMessageManager
from sqlalchemy.ext.asyncio import AsyncEngine

from rules.clock import FakeClock
from rules.config import Settings
from rules.i18n import Localization
from storage.db import create_engine, create_session_factory
from storage.migrate import upgrade
from tests.support.app import App
from tests.support.mocked_bot import MockedBot, MockedSession


class TelegramSession(MockedSession):
    """The test session, but a text sent or edited is answered with the whole message, its
    buttons included, as Telegram does."""

    def _default(self, method: TelegramMethod[Any]) -> Any:
        if isinstance(method, SendMessage | EditMessageText):
            if isinstance(method, SendMessage):
                self._message_id += 1
            markup = method.reply_markup
            return Message(
                message_id=getattr(method, "message_id", None) or self._message_id,
                date=datetime.now(UTC),
                chat=Chat(id=int(method.chat_id or 0), type="private"),
                text=method.text,
                reply_markup=markup if isinstance(markup, InlineKeyboardMarkup) else None,
            )
        return super()._default(method)


class TelegramBot(MockedBot):
    def __init__(self) -> None:
        super().__init__()
        self.session = TelegramSession()


class TelegramMessageManager(MockMessageManager):
    """aiogram-dialog's production MessageManager, sending through the Bot double.

    It keeps each message the Bot answered with (no copy) in `sent_messages`, so the bench
    can find the screen and its buttons as it does with the test double.
    """

    def __init__(self) -> None:
        super().__init__()
        self._production = _Recording(self.sent_messages)

    async def answer_callback(self, bot: Bot, callback_query: Any) -> None:
        await self._production.answer_callback(bot, callback_query)

    async def remove_kbd(self, bot: Bot, show_mode: Any, old_message: OldMessage | None) -> Any:
        return await self._production.remove_kbd(bot, show_mode, old_message)

    async def show_message(
        self, bot: Bot, new_message: NewMessage, old_message: OldMessage | None
    ) -> OldMessage:
        return await self._production.show_message(bot, new_message, old_message)


class _Recording(MessageManager):
    def __init__(self, sent: list[Message]) -> None:
        self.sent = sent

    async def send_message(self, bot: Bot, new_message: NewMessage) -> Message:
        message = await super().send_message(bot, new_message)
        self.sent.append(message)
        return message

    async def edit_message(
        self, bot: Bot, new_message: NewMessage, old_message: OldMessage
    ) -> Message:
        message = await super().edit_message(bot, new_message, old_message)
        if message not in self.sent[-1:]:
            self.sent.append(message)
        return message


async def in_process_app(
    url: str | None = None, mm: MockMessageManager | None = None, bot: MockedBot | None = None
) -> tuple[App, AsyncEngine]:
    """The app and its engine (dispose of it after `app.close()`); `mm` how the app's
    messages are sent and edited (the test double's by default), `bot` the Bot double."""
    if url is None:
        folder = Path(tempfile.mkdtemp(prefix="lotsen-bench-"))
        url = f"sqlite+aiosqlite:///{folder / 'bench.db'}"
    await upgrade(url)
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        bot_token="42:BENCH",
        bot_username="lotsen_bench_bot",
        database_url=url,
        throttle_messages=1_000_000,
        throttle_presses=1_000_000,
    )
    engine = create_engine(url)
    app = App(
        settings=settings,
        session_factory=create_session_factory(engine),
        l10n=Localization(),
        clock=FakeClock(datetime(2026, 11, 23, 9, tzinfo=UTC)),
        bot=bot or MockedBot(),
        mm=mm or MockMessageManager(),
    )
    return app, engine
