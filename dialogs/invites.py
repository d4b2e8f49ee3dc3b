"""Invite links and their QR codes, for the CLI and the staff menu alike."""

from __future__ import annotations

import io

import segno
from aiogram import Bot

from rules.config import Settings


def deep_link(username: str, code: str) -> str:
    return f"https://t.me/{username.lstrip('@')}?start={code}"


def qr_png(link: str) -> bytes:
    """A QR code of `link` as PNG bytes (segno; CPU-bound, so call it off the event loop)."""
    buffer = io.BytesIO()
    segno.make(link, error="m").save(buffer, kind="png", scale=8, border=4)
    return buffer.getvalue()


async def bot_username(bot: Bot, settings: Settings) -> str:
    """The bot's @username: from the settings, or asked of Telegram once (aiogram caches getMe)."""
    if settings.bot_username:
        return settings.bot_username.lstrip("@")
    me = await bot.me()
    if not me.username:
        raise RuntimeError("the bot has no username; set BOT_USERNAME")
    return me.username
