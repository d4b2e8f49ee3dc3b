"""Lotsen's tests. aiogram's Telegram types are built when first used, as in a worker."""

from bot.telegram_types import build_when_used

build_when_used()
