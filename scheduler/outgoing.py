"""What features hand to the scheduler: their outgoing messages and their timed work.

The scheduler names no feature. Each feature registers, in its own `outgoing.py`, how each
of its outbox purposes is rendered and what falls due on its clock; the app shell builds
one `Outgoing` from every feature and gives it to the sender and the ticks.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum

from aiogram import Bot
from aiogram.types import InlineKeyboardMarkup
from sqlmodel.ext.asyncio.session import AsyncSession

from rules.config import Settings
from rules.i18n import Translator
from storage.outbox import OutboxMessage
from storage.people import Person


@dataclass(frozen=True, slots=True)
class Document:
    """A file sent with the message, the text as its caption. Its content is made when it
    is sent, from the bot's @username (a calendar entry links back to the chat)."""

    filename: str
    content: Callable[[str], bytes]


@dataclass(frozen=True, slots=True)
class Copy:
    """A message already in Telegram, sent again by its id (a voice note from someone's chat
    with the bot): nothing is downloaded. The text is its caption."""

    from_chat_id: int
    message_id: int


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    markup: InlineKeyboardMarkup | None = None
    document: Document | None = None
    copy: Copy | None = None


async def bot_username(bot: Bot, settings: Settings) -> str:
    """The bot's @username: from the settings, or asked of Telegram once (aiogram caches getMe)."""
    if settings.bot_username:
        return settings.bot_username.lstrip("@")
    me = await bot.me()
    if not me.username:
        raise RuntimeError("the bot has no username; set BOT_USERNAME")
    return me.username


class Skip(Exception):
    """The message is no longer worth sending (already answered, subject gone)."""


Renderer = Callable[[AsyncSession, OutboxMessage, Person, Translator], Awaitable[Rendered]]


@dataclass(frozen=True, slots=True)
class Purpose:
    render: Renderer
    # Past this age after its due time a message is skipped, not sent (after downtime).
    max_age: timedelta
    # Prompts to a participant stop while they have paused messages; notices to staff do not.
    prompt: bool


@dataclass(frozen=True, slots=True)
class Due:
    """What timed work is given: the time now, a batch size, and the operator's settings."""

    now: datetime
    limit: int
    settings: Settings


# Timed work returns how much it did (rows queued, alerts raised, people erased).
Work = Callable[[AsyncSession, Due], Awaitable[int]]


class When(Enum):
    # Every tick, repeated until a batch comes back short: a crowded minute is one tick.
    BATCHED = "batched"
    # Every tick, once (reminders of what is already open).
    ONCE = "once"
    # Every quarter of an hour (silence watch).
    WATCH = "watch"
    # Once a day, at night (housekeeping).
    DAILY = "daily"


@dataclass(slots=True)
class Outgoing:
    """Every feature's outbox purposes and timed work, registered in one place."""

    purposes: dict[str, Purpose] = field(default_factory=dict)
    work: dict[When, list[Work]] = field(default_factory=lambda: {when: [] for when in When})

    def message(self, purpose: str, render: Renderer, *, max_age: timedelta, prompt: bool) -> None:
        """Register how outbox rows of `purpose` are rendered, and how long they stay useful."""
        if purpose in self.purposes:
            raise ValueError(f"outbox purpose {purpose!r} is registered twice")
        self.purposes[purpose] = Purpose(render, max_age=max_age, prompt=prompt)

    def due(self, when: When, work: Work) -> None:
        """Register timed work: it finds what is due in the tables and queues it."""
        self.work[when].append(work)
