"""A whole Lotsen in one process: real Dispatcher, real SQLite file, mocked Telegram."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiogram import Dispatcher
from aiogram.methods import SendMessage
from aiogram.types import (
    CallbackQuery,
    Chat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    PhotoSize,
    Sticker,
    Update,
    User,
    Voice,
)
from aiogram_dialog.test_tools import BotClient, MockMessageManager
from aiogram_dialog.test_tools.keyboard import InlineButtonTextLocator
from sqlmodel.ext.asyncio.session import AsyncSession

import dialogs
from bot.factory import create_dispatcher
from rules.clock import FakeClock
from rules.config import Settings
from rules.i18n import Localization
from scheduler.sender import Sender
from storage.db import SessionFactory
from tests.support.mocked_bot import MockedBot

# Every feature's outbox messages and timed work, as the app shell registers them.
OUTGOING = dialogs.outgoing()


@dataclass
class App:
    settings: Settings
    session_factory: SessionFactory
    l10n: Localization
    clock: FakeClock
    bot: MockedBot = field(default_factory=MockedBot)
    mm: MockMessageManager = field(default_factory=MockMessageManager)
    dp: Dispatcher = field(init=False)
    clients: list[Person] = field(default_factory=list)
    dispatchers: list[Dispatcher] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.dp = self._dispatcher()

    def _dispatcher(self) -> Dispatcher:
        dp = create_dispatcher(
            settings=self.settings,
            session_factory=self.session_factory,
            l10n=self.l10n,
            clock=self.clock,
            message_manager=self.mm,
        )
        self.dispatchers.append(dp)
        return dp

    async def close(self) -> None:
        """Close what each dispatcher opened (its dialog-state storage and pool)."""
        for dp in self.dispatchers:
            await dp.storage.close()

    def restart(self) -> None:
        """A new process on the same database: new dispatcher, nothing kept in memory."""
        self.dp = self._dispatcher()
        for client in self.clients:
            client.dp = self.dp

    def client(
        self,
        user_id: int,
        *,
        language_code: str | None = None,
        name: str = "User",
        worker: Dispatcher | None = None,
    ) -> Person:
        """A Telegram user; `worker` is the dispatcher their updates reach (default: this one)."""
        person = Person(self, user_id, language_code, name)
        if worker is not None:
            person.dp = worker
        self.clients.append(person)
        return person

    def another_worker(self) -> Dispatcher:
        """A second worker on the same database (several workers behind a load balancer)."""
        return self._dispatcher()

    def session(self) -> AsyncSession:
        return self.session_factory()

    async def deliver(self) -> int:
        """Let the outbox sender deliver everything due at the fake clock's now."""
        sender = Sender(
            bot=self.bot,
            session_factory=self.session_factory,
            l10n=self.l10n,
            clock=self.clock,
            settings=self.settings,
            purposes=OUTGOING.purposes,
        )
        try:
            return await sender.run_until_idle()
        finally:
            await sender.close()


class Person(BotClient):
    """One Telegram user talking to the bot: sends, presses buttons, and sees the replies."""

    def __init__(self, app: App, user_id: int, language_code: str | None, name: str) -> None:
        super().__init__(app.dp, user_id=user_id, chat_id=user_id, bot=app.bot)
        self.app = app
        self.user = User(id=user_id, is_bot=False, first_name=name, language_code=language_code)
        # What this user sent, by message id: Telegram gives it back as the message a bot's
        # reply answers (reply_to_message), e.g. on a button under that reply.
        self.sent_by_me: dict[int, Message] = {}

    # -- what the user sees ------------------------------------------------------------
    def _shown(self) -> list[Message]:
        return [
            m
            for m in self.app.mm.sent_messages
            if m.chat.id == self.chat.id and (m.text or m.caption)
        ]

    def screen(self) -> Message:
        """The dialog message currently shown to this user (the last one the dialog sent)."""
        mine = self._shown()
        assert mine, "no dialog screen was shown"
        return mine[-1]

    def screen_text(self) -> str:
        message = self.screen()
        return message.text or message.caption or ""

    def buttons(self) -> list[str]:
        markup = self.screen().reply_markup
        if markup is None:
            return []
        return [button.text for row in markup.inline_keyboard for button in row]

    def replies(self) -> list[str]:
        """Plain messages (not dialog screens) the bot sent this user, in order."""
        out = []
        for request in self.app.bot.session.requests:
            chat_id = getattr(request, "chat_id", None)
            if chat_id is not None and int(chat_id) == self.chat.id:
                text = getattr(request, "text", None) or getattr(request, "caption", None)
                if text:
                    out.append(text)
        return out

    def toasts(self) -> list[str]:
        return [
            r.text
            for r in self.app.bot.session.requests
            if r.__class__.__name__ == "AnswerCallbackQuery" and getattr(r, "text", None)
        ]

    # -- what the user does ------------------------------------------------------------
    async def press(self, label: str, message: Message | None = None) -> str:
        """Press the button whose text matches `label` (a regex) on the current screen."""
        return await self.click(message or self.screen(), InlineButtonTextLocator(label))

    async def press_on(self, sent: SendMessage, label: str) -> str:
        """Press the button `label` on a message the outbox sent (not a dialog screen)."""
        markup = sent.reply_markup
        assert isinstance(markup, InlineKeyboardMarkup), "that message has no buttons"
        button = next(b for row in markup.inline_keyboard for b in row if b.text == label)
        answered = sent.reply_parameters.message_id if sent.reply_parameters else None
        message = Message(
            message_id=500,
            date=datetime.now(UTC),
            chat=Chat(id=self.chat.id, type="private"),
            text=sent.text,
            reply_markup=markup,
            reply_to_message=self.sent_by_me.get(answered) if answered else None,
        )
        return await self.click(message, _ExactData(button.callback_data or ""))

    def intent(self) -> str:
        """The dialog id in the current screen's buttons: forged data needs it to be heard."""
        markup = self.screen().reply_markup
        assert isinstance(markup, InlineKeyboardMarkup), "the screen has no buttons"
        return (markup.inline_keyboard[0][0].callback_data or "").split("\x1d")[0]

    async def press_data(self, data: str) -> Any:
        """Press a button that carries exactly `data` (forged, or from someone else's screen)."""
        callback = CallbackQuery(
            id=str(self._new_update_id()),
            data=data,
            chat_instance="--",
            from_user=self.user,
            # A stranger who was never shown a screen presses too.
            message=self.screen() if self._shown() else None,
        )
        return await self.dp.feed_update(
            self.bot, Update(update_id=self._new_update_id(), callback_query=callback)
        )

    async def send_content(self, **content: Any) -> Any:
        message = Message(
            message_id=self._new_message_id(),
            date=datetime.fromtimestamp(1234567890),
            chat=self.chat,
            from_user=self.user,
            **content,
        )
        self.sent_by_me[message.message_id] = message
        return await self.dp.feed_update(
            self.bot, Update(update_id=self._new_update_id(), message=message)
        )

    async def send_sticker(self) -> Any:
        return await self.send_content(
            sticker=Sticker(
                file_id="s",
                file_unique_id="s",
                type="regular",
                width=1,
                height=1,
                is_animated=False,
                is_video=False,
            )
        )

    async def send_photo(self) -> Any:
        return await self.send_content(
            photo=[PhotoSize(file_id="p", file_unique_id="p", width=1, height=1)]
        )

    async def send_voice(self, *, seconds: int = 3, **content: Any) -> Any:
        return await self.send_content(
            voice=Voice(file_id="v", file_unique_id="v", duration=seconds), **content
        )

    def _new_message(self, text: str, reply_to: Message | None) -> Message:
        message: Message = super()._new_message(text, reply_to)
        self.sent_by_me[message.message_id] = message
        return message

    def last_sent_id(self) -> int:
        """The id of the last message this user sent."""
        return max(self.sent_by_me)


class _ExactData:
    """Finds the button whose callback data is exactly `data`."""

    def __init__(self, data: str) -> None:
        self.data = data

    def find_button(self, message: Message) -> InlineKeyboardButton | None:
        markup = message.reply_markup
        for row in markup.inline_keyboard if markup else []:
            for button in row:
                if button.callback_data == self.data:
                    return button
        return None
